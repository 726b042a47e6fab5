//! The corpus commands of the command line: `index`, `search`, `quotes`, `actors`.
//! Output is either readable text (control characters replaced) or stable JSON.

use crate::index::build::{self, BuildOptions, Progress, Summary};
use crate::index::query::parse;
use crate::index::search::{Engine, QuoteHit, SearchOptions, SortBy};
use crate::index::{CorpusIndex, corpus_roots, data_dir, index_dir};
use crate::output::printable;
use anyhow::{Context, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Where a command's corpus and index are.
pub struct Corpus {
    pub roots: Vec<PathBuf>,
    pub index: CorpusIndex,
    pub data_dir: PathBuf,
}

/// Open (and create or update when needed) the index of `paths`; with no paths, the
/// bundled sample corpus. `update` says whether to bring it up to date first.
pub fn open_corpus(
    paths: &[PathBuf],
    data: Option<&Path>,
    opts: &BuildOptions,
    update: bool,
    quiet: bool,
) -> Result<(Corpus, Option<Summary>)> {
    let data_dir = data_dir(data)?;
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![crate::sample::materialize(&data_dir).with_context(|| {
            format!("cannot write the sample corpus into {}", data_dir.display())
        })?]
    } else {
        paths.to_vec()
    };
    let roots = corpus_roots(&paths);
    let dir = index_dir(&data_dir, &roots);
    let mut notes = Vec::new();
    let index = CorpusIndex::open_or_create(&dir, &roots, &mut notes)?;
    for n in &notes {
        eprintln!("saywho: {n}");
    }
    let mut summary = None;
    if update {
        let s = run_update(&index, &roots, opts, quiet)?;
        summary = Some(s);
    }
    Ok((
        Corpus {
            roots,
            index,
            data_dir,
        },
        summary,
    ))
}

/// Update with a progress bar on a terminal, plain lines otherwise.
pub fn run_update(
    ci: &CorpusIndex,
    roots: &[PathBuf],
    opts: &BuildOptions,
    quiet: bool,
) -> Result<Summary> {
    let tty = std::io::stderr().is_terminal();
    let bar = (!quiet && tty).then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} indexing {bar:30} {pos}/{len} files  {per_sec}  eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let mut last_line = std::time::Instant::now();
    let mut cb = |p: Progress| {
        if let Some(b) = &bar {
            b.set_length(p.total as u64);
            b.set_position(p.done as u64);
        } else if !quiet
            && p.total > 0
            && (p.done == p.total || last_line.elapsed().as_secs_f64() > 2.0)
            && p.done > 0
        {
            eprintln!("saywho: indexed {}/{} files", p.done, p.total);
            last_line = std::time::Instant::now();
        }
    };
    let s = build::update(ci, roots, opts, &mut cb);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    s
}

pub fn print_summary(s: &Summary, ci: &CorpusIndex) {
    eprintln!(
        "saywho: {} added, {} updated, {} removed, {} unchanged, {} failed — {} articles and {} quotes indexed in {:.1}s; index holds {} articles, {} quotes ({})",
        s.added,
        s.updated,
        s.removed,
        s.unchanged,
        s.failed.len(),
        s.articles_indexed,
        s.quotes_indexed,
        s.seconds,
        ci.num_articles(),
        ci.num_quotes(),
        ci.dir.display()
    );
    for (f, why) in &s.failed {
        eprintln!("saywho: failed: {}: {}", printable(f), printable(why));
    }
}

fn out() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// `saywho search`.
pub fn search(c: &Corpus, query: &str, limit: usize, sort: SortBy, json: bool) -> Result<()> {
    let engine = Engine::new(&c.index);
    let res = engine.search(
        query,
        SearchOptions {
            limit,
            quote_limit: limit,
            sort,
            ..Default::default()
        },
    )?;
    let mut o = out();
    if json {
        serde_json::to_writer(&mut o, &res)?;
        writeln!(o)?;
        return Ok(());
    }
    for p in &res.problems {
        writeln!(o, "note: {}", printable(p))?;
    }
    if !res.completions.is_empty() {
        writeln!(o, "completing: {}", printable(&res.completions.join(", ")))?;
    }
    writeln!(o, "{} articles", res.total)?;
    for h in &res.articles {
        writeln!(
            o,
            "  {}  {}  [{} quotes]  {}",
            h.published
                .as_deref()
                .and_then(|d| d.get(..10))
                .unwrap_or("----------"),
            printable(&h.title),
            h.quotes,
            printable(&h.path)
        )?;
        if let Some(s) = &h.snippet {
            writeln!(
                o,
                "      {}",
                printable(&highlight_text(&s.text, &s.highlights))
            )?;
        }
    }
    if res.quotes_total > 0 {
        writeln!(o, "{} matching quotes", res.quotes_total)?;
        for q in &res.quotes {
            write_quote(&mut o, q)?;
        }
    }
    if !res.speakers.is_empty() {
        let s: Vec<String> = res
            .speakers
            .iter()
            .map(|c| format!("{} ({})", c.name, c.count))
            .collect();
        writeln!(o, "speakers: {}", printable(&s.join(", ")))?;
    }
    if !res.actors.is_empty() {
        let s: Vec<String> = res
            .actors
            .iter()
            .take(12)
            .map(|c| format!("{} ({})", c.name, c.count))
            .collect();
        writeln!(o, "actors: {}", printable(&s.join(", ")))?;
    }
    Ok(())
}

fn highlight_text(text: &str, hl: &[(usize, usize)]) -> String {
    let mut s = String::with_capacity(text.len() + hl.len() * 4);
    let mut at = 0;
    for &(a, b) in hl {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        s.push_str(&text[at..a]);
        s.push('[');
        s.push_str(&text[a..b]);
        s.push(']');
        at = b;
    }
    s.push_str(&text[at..]);
    s.replace('\n', " ")
}

fn write_quote(o: &mut impl Write, q: &QuoteHit) -> std::io::Result<()> {
    let mut t = printable(&q.text);
    if t.chars().count() > 140 {
        t = t.chars().take(137).collect::<String>() + "...";
    }
    writeln!(
        o,
        "  {}  {:<22} {:<8} «{}»  {}#{}",
        q.published
            .as_deref()
            .and_then(|d| d.get(..10))
            .unwrap_or("----------"),
        printable(q.speaker.as_deref().unwrap_or("?")),
        q.kind,
        t,
        printable(&q.path),
        q.pos
    )
}

/// The speaker id a name stands for: the id most often quoted under that name.
pub fn resolve_speaker(c: &Corpus, name: &str) -> Result<Option<String>> {
    let engine = Engine::new(&c.index);
    let res = engine.search(
        &format!("speaker:\"{}\" ", name.replace('"', "")),
        SearchOptions {
            limit: 1,
            counts: 50,
            ..Default::default()
        },
    )?;
    let wanted = crate::eval::norm_name(name);
    // prefer an exact name match, then the most quoted among the speakers found
    let exact = res
        .speakers
        .iter()
        .find(|s| crate::eval::norm_name(&s.name) == wanted || s.id == name);
    Ok(exact.or(res.speakers.first()).map(|s| s.id.clone()))
}

/// `saywho quotes`.
pub fn quotes(
    c: &Corpus,
    speaker: Option<&str>,
    query: &str,
    limit: usize,
    json: bool,
) -> Result<()> {
    let engine = Engine::new(&c.index);
    let q = parse(&format!("{query} "));
    let hits: Vec<QuoteHit> = match speaker {
        Some(name) => match resolve_speaker(c, name)? {
            Some(id) => {
                let mut v = engine.speaker_quotes(&id, Some(&q))?;
                // the query's words must also be in the quote itself
                if !q.words.is_empty() || !q.phrases.is_empty() {
                    let words: Vec<String> = q
                        .words
                        .iter()
                        .chain(&q.phrases)
                        .flat_map(|w| crate::index::analyze(w))
                        .collect();
                    v.retain(|h| {
                        let toks = crate::index::analyze(&h.text);
                        words.iter().all(|w| toks.contains(w))
                    });
                }
                v
            }
            None => {
                eprintln!("saywho: nobody named {name:?} is quoted in this corpus");
                Vec::new()
            }
        },
        None => {
            let res = engine.search_parsed(
                &crate::index::query::Query {
                    in_quotes: true,
                    ..q.clone()
                },
                SearchOptions {
                    limit: 1,
                    quote_limit: limit.max(1) * 4,
                    ..Default::default()
                },
            )?;
            let mut v = res.quotes;
            v.sort_by(|a, b| {
                a.published
                    .cmp(&b.published)
                    .then_with(|| a.aid.cmp(&b.aid))
                    .then_with(|| a.pos.cmp(&b.pos))
            });
            v
        }
    };
    let hits: Vec<QuoteHit> = hits.into_iter().take(limit).collect();
    let mut o = out();
    if json {
        serde_json::to_writer(&mut o, &hits)?;
        writeln!(o)?;
    } else {
        writeln!(o, "{} quotes", hits.len())?;
        for h in &hits {
            write_quote(&mut o, h)?;
        }
    }
    Ok(())
}

/// `saywho actors`.
pub fn actors(c: &Corpus, query: &str, kind: Option<&str>, limit: usize, json: bool) -> Result<()> {
    let engine = Engine::new(&c.index);
    let rows = engine.actors(&format!("{query} "), kind, limit)?;
    let mut o = out();
    if json {
        serde_json::to_writer(&mut o, &rows)?;
        writeln!(o)?;
    } else {
        writeln!(
            o,
            "{:<34} {:<12} {:>8} {:>8} {:>7}",
            "actor", "kind", "mentions", "articles", "quotes"
        )?;
        for r in &rows {
            writeln!(
                o,
                "{:<34} {:<12} {:>8} {:>8} {:>7}",
                printable(&r.name),
                r.kind,
                r.mentions,
                r.articles,
                r.quotes
            )?;
        }
    }
    Ok(())
}
