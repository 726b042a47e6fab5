//! brat standoff: read `name.txt` + `name.ann` as a pre-annotated article, and write
//! saywho's annotations as `.txt` + `.ann` pairs that brat (or INCEpTION) can correct.
//!
//! Labels follow the attribution scheme by default (`Content`, `Source`, `Cue`, and an
//! `Attribution` event tying them), configurable in `[brat]`. A quote's kind may be given
//! by an attribute line `A1<TAB>Kind T1 partial`; without it the kind is inferred.

use crate::annotate::actors::name_key;
use crate::config::BratLabels;
use crate::model::{
    Actor, ActorKind, Annotated, Article, Part, Quote, QuoteKind, Speaker, char_slice,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
struct TSpan {
    label: String,
    start: usize,
    end: usize,
}

/// Labels used when reading; set once from the config by the CLI.
static LABELS: std::sync::OnceLock<BratLabels> = std::sync::OnceLock::new();

pub fn set_labels(l: BratLabels) {
    let _ = LABELS.set(l);
}

fn labels() -> &'static BratLabels {
    LABELS.get_or_init(BratLabels::default)
}

/// If `path` (a `.txt`) has a sibling `.ann`, read both into a pre-annotated article.
pub fn read_sibling_ann(path: &Path, raw: &str, warnings: &mut Vec<String>) -> Option<Article> {
    let ann_path = path.with_extension("ann");
    let ann = std::fs::read_to_string(&ann_path).ok()?;
    let display = ann_path.display().to_string();
    Some(parse(raw, &ann, &display, labels(), warnings))
}

/// Parse brat standoff over `text`.
pub fn parse(
    text: &str,
    ann: &str,
    display: &str,
    lb: &BratLabels,
    warnings: &mut Vec<String>,
) -> Article {
    let text = text.trim_end_matches(['\n', '\r']);
    let nchars = text.chars().count();
    let mut spans: BTreeMap<String, TSpan> = BTreeMap::new();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    let mut kinds: BTreeMap<String, QuoteKind> = BTreeMap::new();
    for (n, line) in ann.lines().enumerate() {
        let at = format!("{display}:{}", n + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        let Some(id) = cols.first() else { continue };
        match id.chars().next() {
            Some('T') => {
                let Some(def) = cols.get(1) else {
                    warnings.push(format!("{at}: text-bound annotation without a type"));
                    continue;
                };
                let mut parts = def.splitn(2, ' ');
                let label = parts.next().unwrap_or("").to_string();
                let mut lo = usize::MAX;
                let mut hi = 0;
                let mut ok = true;
                for frag in parts.next().unwrap_or("").split(';') {
                    let nums: Vec<Option<usize>> =
                        frag.split_whitespace().map(|x| x.parse().ok()).collect();
                    match nums.as_slice() {
                        [Some(a), Some(b)] if a <= b && *b <= nchars => {
                            lo = lo.min(*a);
                            hi = hi.max(*b);
                        }
                        _ => ok = false,
                    }
                }
                if !ok || lo == usize::MAX {
                    warnings.push(format!("{at}: bad offsets {def:?}; annotation skipped"));
                    continue;
                }
                spans.insert(
                    id.to_string(),
                    TSpan {
                        label,
                        start: lo,
                        end: hi,
                    },
                );
            }
            Some('E') | Some('R') => {
                let args: Vec<(String, String)> = cols
                    .get(1)
                    .unwrap_or(&"")
                    .split_whitespace()
                    .filter_map(|a| a.split_once(':'))
                    .map(|(r, t)| {
                        (
                            r.trim_end_matches(|c: char| c.is_ascii_digit()).to_string(),
                            t.to_string(),
                        )
                    })
                    .collect();
                events.push(args);
            }
            Some('A') | Some('M') => {
                let f: Vec<&str> = cols.get(1).unwrap_or(&"").split_whitespace().collect();
                if f.len() == 3 && f[0].eq_ignore_ascii_case("kind") {
                    let k = match f[2].to_lowercase().as_str() {
                        "direct" => Some(QuoteKind::Direct),
                        "partial" => Some(QuoteKind::Partial),
                        "indirect" => Some(QuoteKind::Indirect),
                        "scare" => Some(QuoteKind::Scare),
                        _ => None,
                    };
                    if let Some(k) = k {
                        kinds.insert(f[1].to_string(), k);
                    }
                }
            }
            _ => {}
        }
    }
    let is = |l: &str, set: &[String]| set.iter().any(|x| x == l);
    // actors from entity spans
    let mut actors: Vec<Actor> = Vec::new();
    let mut ent_of: BTreeMap<String, String> = BTreeMap::new();
    for (tid, sp) in &spans {
        let kind = if is(&sp.label, &lb.person) {
            ActorKind::Person
        } else if is(&sp.label, &lb.organization) {
            ActorKind::Organization
        } else if is(&sp.label, &lb.place) {
            ActorKind::Place
        } else {
            continue;
        };
        let surface = char_slice(text, sp.start, sp.end).unwrap_or("").to_string();
        let key = name_key(&surface);
        // merge into an actor whose key ends with this one (surname) or equals it
        let existing = actors.iter_mut().find(|a| {
            let k = name_key(&a.name);
            a.kind == kind
                && (k == key
                    || (k.ends_with(&key) && !key.is_empty())
                    || (key.ends_with(&k) && !k.is_empty()))
        });
        let id = match existing {
            Some(a) => {
                if name_key(&surface).len() > name_key(&a.name).len() {
                    let old = std::mem::replace(&mut a.name, surface.clone());
                    a.aliases.push(old);
                } else if surface != a.name && !a.aliases.contains(&surface) {
                    a.aliases.push(surface.clone());
                }
                a.mentions.push([sp.start, sp.end]);
                a.id.clone()
            }
            None => {
                let id = format!("t{}", actors.len());
                actors.push(Actor {
                    id: id.clone(),
                    name: surface.clone(),
                    kind,
                    aliases: vec![],
                    roles: vec![],
                    mentions: vec![[sp.start, sp.end]],
                    quote_count: 0,
                });
                id
            }
        };
        ent_of.insert(tid.clone(), id);
    }
    // quotes from content spans, with sources and cues from events
    let mut quotes = Vec::new();
    for (tid, sp) in &spans {
        if !is(&sp.label, &lb.content) {
            continue;
        }
        let mut source: Option<&TSpan> = None;
        let mut cue: Option<String> = None;
        for ev in &events {
            if ev
                .iter()
                .any(|(r, t)| t == tid && (is(r, &lb.content) || r == "Content"))
            {
                for (r, t) in ev {
                    if is(r, &lb.source) {
                        source = spans.get(t);
                    }
                    if is(r, &lb.cue) {
                        cue = spans
                            .get(t)
                            .and_then(|c| char_slice(text, c.start, c.end))
                            .map(str::to_string);
                    }
                }
            }
        }
        let qtext = char_slice(text, sp.start, sp.end).unwrap_or("").to_string();
        let prev = text
            .chars()
            .nth(sp.start.wrapping_sub(1))
            .filter(|_| sp.start > 0);
        let marked = prev.is_some_and(|c| "\"“„«'‘".contains(c));
        let kind = kinds.get(tid).copied().unwrap_or(if !marked {
            QuoteKind::Indirect
        } else if qtext.chars().next().is_some_and(|c| c.is_uppercase()) {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        });
        let speaker = source.map(|s| {
            let mention = char_slice(text, s.start, s.end).unwrap_or("").to_string();
            // the entity overlapping the source span
            let actor = spans
                .iter()
                .filter(|(_, e)| e.start < s.end && s.start < e.end)
                .find_map(|(t, _)| ent_of.get(t).cloned());
            let name = actor
                .as_ref()
                .and_then(|id| actors.iter().find(|a| &a.id == id))
                .map(|a| a.name.clone())
                .unwrap_or_else(|| mention.clone());
            Speaker {
                actor,
                name,
                mention,
                start: Some(s.start),
                end: Some(s.end),
            }
        });
        quotes.push(Quote {
            start: sp.start,
            end: sp.end,
            text: qtext,
            kind,
            part: Part::Body,
            caption: None,
            speaker,
            cue,
            confidence: 1.0,
        });
    }
    quotes.sort_by_key(|q| (q.start, q.end));
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    let ann = Annotated {
        source: String::new(),
        title: title.clone(),
        byline: None,
        published: None,
        section: None,
        url: None,
        text: text.to_string(),
        captions: vec![],
        quotes,
        actors,
        warnings: warnings.clone(),
    };
    Article {
        title,
        paragraphs: text.split("\n\n").map(str::to_string).collect(),
        preannotated: Some(Box::new(ann)),
        ..Default::default()
    }
}

/// Render one annotated article as brat `.ann` (offsets into `a.text`). Title and caption
/// quotes are left out: brat sees only the body text.
pub fn to_ann(a: &Annotated) -> String {
    let mut out = String::new();
    let mut t = 0;
    let mut e = 0;
    let mut attr = 0;
    let clean = |s: &str| s.replace(['\n', '\t'], " ");
    for act in &a.actors {
        let label = match act.kind {
            ActorKind::Person => "Person",
            ActorKind::Organization => "Organization",
            ActorKind::Place => "Location",
            ActorKind::Other => continue,
        };
        for m in &act.mentions {
            t += 1;
            let surf = char_slice(&a.text, m[0], m[1]).unwrap_or("");
            out.push_str(&format!(
                "T{t}\t{label} {} {}\t{}\n",
                m[0],
                m[1],
                clean(surf)
            ));
        }
    }
    for q in a.quotes.iter().filter(|q| q.part == Part::Body) {
        t += 1;
        let qt = t;
        out.push_str(&format!(
            "T{qt}\tContent {} {}\t{}\n",
            q.start,
            q.end,
            clean(&q.text)
        ));
        attr += 1;
        out.push_str(&format!("A{attr}\tKind T{qt} {}\n", q.kind.as_str()));
        let mut args = format!("Attribution:T{qt} Content:T{qt}");
        if let Some(sp) = &q.speaker
            && let (Some(s), Some(en)) = (sp.start, sp.end)
        {
            t += 1;
            out.push_str(&format!("T{t}\tSource {s} {en}\t{}\n", clean(&sp.mention)));
            let st = t;
            args.push_str(&format!(" Source:T{st}"));
        }
        e += 1;
        out.push_str(&format!("E{e}\t{args}\n"));
    }
    out
}

/// Write `.txt` + `.ann` for an article into `dir`, never overwriting: a taken name gets
/// a numeric suffix. Returns the `.txt` path.
pub fn write_pair(dir: &Path, a: &Annotated, stem: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let mut n = 0;
    loop {
        let name = if n == 0 {
            stem.to_string()
        } else {
            format!("{stem}-{n}")
        };
        let txt = dir.join(format!("{name}.txt"));
        let ann = dir.join(format!("{name}.ann"));
        if txt.exists() || ann.exists() {
            n += 1;
            continue;
        }
        std::fs::write(&txt, &a.text)?;
        std::fs::write(&ann, to_ann(a))?;
        return Ok(txt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_attribution_events_and_discontinuous_spans() {
        let text = "Varga said that \"the accord is broken\" today.\nAnna Varga left.";
        let ann = "T1\tSource 0 5\tVarga\nT2\tCue 6 10\tsaid\nT3\tContent 17 37\tthe accord is broken\nE1\tAttribution:T2 Content:T3 Source:T1 Cue:T2\nT4\tPerson 0 5\tVarga\nT5\tPerson 46 56\tAnna Varga\nT6\tContent 17 20;25 31\tthe ... is bro\nT7\tContent 999 1000\tbad\n";
        let mut w = Vec::new();
        let art = parse(text, ann, "x.ann", &BratLabels::default(), &mut w);
        let a = crate::preannotated::normalize(*art.preannotated.unwrap());
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].starts_with("x.ann:8:"));
        assert_eq!(a.actors.len(), 1);
        assert_eq!(a.actors[0].name, "Anna Varga");
        assert_eq!(a.actors[0].id, "anna-varga");
        let q = &a.quotes[1];
        assert_eq!(q.text, "the accord is broken");
        assert_eq!(q.kind, QuoteKind::Partial);
        assert_eq!(
            q.speaker.as_ref().unwrap().actor.as_deref(),
            Some("anna-varga")
        );
        assert_eq!(q.cue.as_deref(), Some("said"));
        assert_eq!(a.quotes.len(), 2);
        assert_eq!(a.quotes[0].start, 17);
        assert_eq!(a.quotes[0].end, 31);
    }
}
