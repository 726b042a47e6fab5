//! Scoring the annotator against hand-made gold annotations (format: `tests/gold/README.md`).

use crate::annotate::annotate;
use crate::ingest::{IngestOptions, read_file};
use crate::model::{Annotated, Part, QuoteKind};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    pub kind: QuoteKind,
    #[serde(rename = "in", default)]
    pub part: Part,
    pub speaker: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldActor {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub file: String,
    #[serde(default)]
    pub article_index: usize,
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub actors: Vec<GoldActor>,
}

/// Counts for one article or a whole set.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub gold_quotes: usize,
    pub pred_quotes: usize,
    pub matched: usize,
    pub speaker_ok: usize,
    pub gold_actors: usize,
    pub actors_found: usize,
    /// Actors the annotator reported, and how many of them the gold names.
    pub pred_actors: usize,
    pub pred_actors_ok: usize,
    pub misses: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.pred_quotes)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold_quotes)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_ok, self.matched)
    }
    pub fn actor_recall(&self) -> f64 {
        ratio(self.actors_found, self.gold_actors)
    }
    /// Share of the reported actors whose name or an alias is a gold actor's name or
    /// alias.
    pub fn actor_precision(&self) -> f64 {
        ratio(self.pred_actors_ok, self.pred_actors)
    }
    fn add(&mut self, o: &Score) {
        self.gold_quotes += o.gold_quotes;
        self.pred_quotes += o.pred_quotes;
        self.matched += o.matched;
        self.speaker_ok += o.speaker_ok;
        self.gold_actors += o.gold_actors;
        self.actors_found += o.actors_found;
        self.pred_actors += o.pred_actors;
        self.pred_actors_ok += o.pred_actors_ok;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Words of a quote for overlap: lowercase alphanumeric runs.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut used = vec![false; b.len()];
    let mut common = 0;
    for w in a {
        if let Some(i) = (0..b.len()).find(|&i| !used[i] && &b[i] == w) {
            used[i] = true;
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn class(k: QuoteKind) -> u8 {
    match k {
        QuoteKind::Direct | QuoteKind::Partial => 0,
        QuoteKind::Indirect => 1,
        QuoteKind::Scare => 2,
    }
}

/// Normalise a name for comparison: case, accents, hyphens, a leading determiner (an
/// article, a possessive or a quantifier: `the`, `his team`, `several rebel groups`,
/// but not `some` in `some in the party`).
pub fn norm_name(s: &str) -> String {
    let k = crate::annotate::actors::name_key(s);
    let k: Vec<&str> = k.iter().map(|s| s.as_str()).collect();
    let det = k.first().is_some_and(|f| {
        matches!(
            *f,
            "the"
                | "a"
                | "an"
                | "one"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "other"
                | "several"
                | "some"
                | "many"
                | "two"
                | "three"
        )
    }) && k
        .get(1)
        .is_some_and(|w| !matches!(*w, "in" | "of" | "at" | "from" | "for" | "with" | "on"));
    let k = if det { &k[1..] } else { &k[..] };
    k.join(" ")
}

/// Score one annotated article against its gold.
pub fn score(pred: &Annotated, gold: &Gold) -> Score {
    let mut sc = Score {
        gold_quotes: gold.quotes.len(),
        pred_quotes: pred.quotes.len(),
        gold_actors: gold.actors.len(),
        ..Default::default()
    };
    let pw: Vec<Vec<String>> = pred.quotes.iter().map(|q| words(&q.text)).collect();
    let mut used = vec![false; pred.quotes.len()];
    for g in &gold.quotes {
        let gw = words(&g.text);
        let need = if g.kind == QuoteKind::Indirect {
            0.5
        } else {
            0.8
        };
        let best = (0..pred.quotes.len())
            .filter(|&i| {
                !used[i]
                    && pred.quotes[i].part == g.part
                    && class(pred.quotes[i].kind) == class(g.kind)
            })
            .map(|i| (i, dice(&gw, &pw[i])))
            .filter(|&(_, d)| d >= need)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((i, _)) = best else {
            sc.misses.push(format!(
                "missed {} {:?} ({:?})",
                g.kind.as_str(),
                g.text,
                g.speaker
            ));
            continue;
        };
        used[i] = true;
        sc.matched += 1;
        let q = &pred.quotes[i];
        let ok = match (&g.speaker, &q.speaker) {
            (None, None) => true,
            (Some(gs), Some(ps)) => {
                // (the gold speaker's name, or a spelling the gold lists for that actor)
                let gn: Vec<String> = std::iter::once(norm_name(gs))
                    .chain(
                        gold.actors
                            .iter()
                            .filter(|a| a.name == *gs)
                            .flat_map(|a| a.aliases.iter().map(|x| norm_name(x))),
                    )
                    .collect();
                let mut names = vec![ps.name.clone(), ps.mention.clone()];
                if let Some(id) = &ps.actor
                    && let Some(a) = pred.actor(id)
                {
                    names.push(a.name.clone());
                    names.extend(a.aliases.iter().cloned());
                }
                names.iter().any(|n| gn.contains(&norm_name(n)))
            }
            _ => false,
        };
        if ok {
            sc.speaker_ok += 1;
        } else {
            sc.misses.push(format!(
                "speaker of {:?}: gold {:?}, got {:?}",
                g.text,
                g.speaker,
                q.speaker.as_ref().map(|s| &s.name)
            ));
        }
    }
    for (i, q) in pred.quotes.iter().enumerate() {
        if !used[i] {
            sc.misses
                .push(format!("extra {} {:?}", q.kind.as_str(), q.text));
        }
    }
    // (an actor's name and aliases, normalised as names are compared)
    let forms = |name: &String, aliases: &[String]| -> Vec<String> {
        std::iter::once(name)
            .chain(aliases)
            .map(|n| norm_name(n))
            .collect()
    };
    let gold_forms: Vec<Vec<String>> = gold
        .actors
        .iter()
        .map(|a| forms(&a.name, &a.aliases))
        .collect();
    let pred_forms: Vec<Vec<String>> = pred
        .actors
        .iter()
        .map(|a| forms(&a.name, &a.aliases))
        .collect();
    let shares = |g: &[String], p: &[String]| p.iter().any(|n| g.contains(n));
    for (ga, forms) in gold.actors.iter().zip(&gold_forms) {
        if pred_forms.iter().any(|p| shares(forms, p)) {
            sc.actors_found += 1;
        } else {
            sc.misses.push(format!("actor not found: {}", ga.name));
        }
    }
    sc.pred_actors = pred.actors.len();
    for (a, p) in pred.actors.iter().zip(&pred_forms) {
        if gold_forms.iter().any(|g| shares(g, p)) {
            sc.pred_actors_ok += 1;
        } else {
            sc.misses.push(format!("extra actor: {}", a.name));
        }
    }
    sc
}

/// Where a gold file's `file` points: as given, else relative to the gold folder and its
/// ancestors.
fn resolve(gold_dir: &Path, file: &str) -> PathBuf {
    let p = PathBuf::from(file);
    if p.is_absolute() || p.exists() {
        return p;
    }
    let mut d = Some(gold_dir);
    while let Some(dir) = d {
        let c = dir.join(file);
        if c.exists() {
            return c;
        }
        d = dir.parent();
    }
    p
}

/// Score every gold file in `dir`: (per file, total).
pub fn run(dir: &Path) -> Result<(Vec<(String, Score)>, Score), String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no gold .json files", dir.display()));
    }
    let opts = IngestOptions::default();
    let mut per = Vec::new();
    let mut total = Score::default();
    for f in files {
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let gold: Gold = match std::fs::read_to_string(&f)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(g) => g,
            Err(e) => return Err(format!("{}: {e}", f.display())),
        };
        let path = resolve(dir, &gold.file);
        let res = read_file(&path, &opts);
        let Some(article) = res.articles.get(gold.article_index) else {
            return Err(format!(
                "{name}: article {} of {} not found ({})",
                gold.article_index,
                path.display(),
                res.problems.join("; ")
            ));
        };
        let pred = annotate(article);
        let sc = score(&pred, &gold);
        total.add(&sc);
        per.push((name, sc));
    }
    Ok((per, total))
}

/// The score table printed by `saywho eval`.
pub fn table(per: &[(String, Score)], total: &Score, verbose: bool) -> String {
    let mut s = format!(
        "{:<40} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n",
        "article", "gold", "pred", "P", "R", "F1", "speaker", "actors", "actP"
    );
    let row = |name: &str, sc: &Score| {
        format!(
            "{:<40} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>7.3} {:>7.3} {:>7.3}\n",
            name.chars().take(40).collect::<String>(),
            sc.gold_quotes,
            sc.pred_quotes,
            sc.precision(),
            sc.recall(),
            sc.f1(),
            sc.speaker_accuracy(),
            sc.actor_recall(),
            sc.actor_precision()
        )
    };
    for (n, sc) in per {
        s.push_str(&row(n, sc));
        if verbose {
            for m in &sc.misses {
                s.push_str(&format!("    {m}\n"));
            }
        }
    }
    s.push_str(&row("TOTAL", total));
    s
}

#[cfg(test)]
mod name_tests {
    use super::norm_name;

    #[test]
    fn leading_determiners_are_ignored_but_a_quantifier_head_is_kept() {
        assert_eq!(norm_name("The Minister"), "minister");
        assert_eq!(norm_name("his team"), "team");
        assert_eq!(norm_name("Several rebel groups"), "rebel groups");
        assert_eq!(norm_name("some in the party"), "some in the party");
        assert_eq!(norm_name("Ana Díaz-Ruiz"), norm_name("ana diaz ruiz"));
        assert_ne!(norm_name("his team"), norm_name("their union"));
    }
}

#[cfg(test)]
mod score_tests {
    use super::*;
    use crate::model::Article;

    #[test]
    fn actor_precision_counts_reported_actors_the_gold_names() {
        let pred = annotate(&Article {
            title: "Harbour news".into(),
            paragraphs: vec![
                "Anna Berg of Marlow Foods said the port in Karsk would reopen.".into(),
            ],
            ..Default::default()
        });
        let gold = |names: &[&str]| Gold {
            file: String::new(),
            article_index: 0,
            quotes: vec![],
            actors: names
                .iter()
                .map(|n| GoldActor {
                    name: n.to_string(),
                    aliases: vec![],
                })
                .collect(),
        };
        let all = score(&pred, &gold(&["Anna Berg", "Marlow Foods", "Karsk"]));
        assert_eq!(all.pred_actors, 3, "{:?}", pred.actors);
        assert_eq!(all.pred_actors_ok, 3);
        assert_eq!(all.actor_precision(), 1.0);
        let one = score(&pred, &gold(&["Anna Berg"]));
        assert_eq!(one.pred_actors_ok, 1);
        assert!((one.actor_precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!(
            one.misses.iter().any(|m| m == "extra actor: Karsk"),
            "{:?}",
            one.misses
        );
    }
}

#[cfg(test)]
mod speaker_tests {
    use super::*;
    use crate::model::{Article, Part, QuoteKind};

    #[test]
    fn a_speaker_named_by_a_spelling_the_gold_lists_is_right() {
        let pred = annotate(&Article {
            title: "Harbour news".into(),
            paragraphs: vec!["Anna Berg said the port in Karsk would reopen.".into()],
            ..Default::default()
        });
        let gold = |aliases: &[&str]| Gold {
            file: String::new(),
            article_index: 0,
            quotes: vec![GoldQuote {
                text: "the port in Karsk would reopen".into(),
                kind: QuoteKind::Indirect,
                speaker: Some("Anna Bergh".into()),
                part: Part::Body,
            }],
            actors: vec![GoldActor {
                name: "Anna Bergh".into(),
                aliases: aliases.iter().map(|x| x.to_string()).collect(),
            }],
        };
        assert_eq!(score(&pred, &gold(&[])).speaker_ok, 0);
        assert_eq!(score(&pred, &gold(&["Anna Berg"])).speaker_ok, 1);
    }
}
