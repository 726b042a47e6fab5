//! End-to-end benchmark: generate a corpus, index it (both cores), then type queries
//! one keystroke at a time against it, in fresh processes so that memory and start-up
//! are measured honestly.
//!
//! Run: `cargo run --release --example bench -- --articles 200000 [--dir DIR]`
//! The corpus is generated once into DIR (default: $TMPDIR/saywho-bench-N) and reused;
//! each run indexes it afresh. The last line is `key=value` pairs:
//! articles, index_articles_per_s, keystroke_p50_ms, keystroke_p99_ms, open_ms,
//! peak_rss_index_mb, peak_rss_search_mb, add100_ms (100 new files: update until
//! committed and searchable, plus the first search), add100_with_merges_ms (the same
//! with the segment merges the update does after).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::{pct, peak_rss_mb};

use saywho::index::build::{BuildOptions, update};
use saywho::index::search::{Engine, SearchOptions};
use saywho::index::{CorpusIndex, corpus_roots, index_dir};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const QUERIES: &[&str] = &[
    "border talks",
    "speaker:varga budget",
    "ceasefire",
    "hospital staff",
    "malenko drones",
    "\"public interest\"",
    "transit strike -flood",
    "after:2025-01-01 election",
    "pipeline valdor",
    "stadium decision",
    "speaker:\"lena brandt\" housing",
    "merger norcastle",
    "vaccine ruling",
    "actor:karsk flood",
    "tariffs borovia",
    "in:quotes plan b",
    "the time to act",
    "okafor ruling appeal",
    "strel council",
    "qasimar talks next week",
    "figures speak",
    "regret agreement",
    "housing budget margin",
    "drones karsk",
    "port hamra negotiations",
    "before:2025-01-01 strike",
    "sorell hospital",
    "imre energy",
    "bellini stadium",
    "meris",
    "lund council",
    "olmec election",
    "residents complained",
];

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn open(corpus: &Path, data: &Path) -> CorpusIndex {
    let roots = corpus_roots(&[corpus.to_path_buf()]);
    let mut notes = Vec::new();
    CorpusIndex::open_or_create(&index_dir(data, &roots), &roots, &mut notes).expect("open index")
}

fn phase_index(corpus: &Path, data: &Path) {
    let _ = std::fs::remove_dir_all(data);
    let ci = open(corpus, data);
    let t = Instant::now();
    let s = update(
        &ci,
        &corpus_roots(&[corpus.to_path_buf()]),
        &BuildOptions::default(),
        &mut |_| {},
    )
    .expect("index");
    let secs = t.elapsed().as_secs_f64();
    println!(
        "index_articles={} index_quotes={} index_s={secs:.2} index_searchable_s={:.2} index_articles_per_s={:.0} failed={} peak_rss_index_mb={:.0}",
        s.articles_indexed,
        s.quotes_indexed,
        s.searchable_seconds,
        s.articles_indexed as f64 / secs,
        s.failed.len(),
        peak_rss_mb()
    );
}

fn phase_open(corpus: &Path, data: &Path) {
    let t = Instant::now();
    let roots = corpus_roots(&[corpus.to_path_buf()]);
    let ci = CorpusIndex::open(&index_dir(data, &roots)).expect("open");
    let r = Engine::new(&ci)
        .search("", SearchOptions::default())
        .expect("search");
    assert!(r.total > 0);
    println!("open_ms={:.2}", t.elapsed().as_secs_f64() * 1e3);
}

fn phase_search(corpus: &Path, data: &Path) {
    let roots = corpus_roots(&[corpus.to_path_buf()]);
    let ci = CorpusIndex::open(&index_dir(data, &roots)).expect("open");
    let e = Engine::new(&ci);
    // a keystroke: parse, top 50, count, speaker and actor counts, 20 snippets
    let opts = SearchOptions {
        limit: 50,
        snippets: 20,
        quote_limit: 0,
        ..Default::default()
    };
    // the interface shows the newest articles (the empty query) before the first
    // key; that first screen is what open_ms measures, and it is not a keystroke
    e.search("", SearchOptions::default())
        .expect("first screen");
    let mut lat = Vec::new();
    let mut slow: Vec<(f64, String, usize)> = Vec::new();
    let mut results = 0usize;
    for q in QUERIES {
        for end in 1..=q.chars().count() {
            let typed: String = q.chars().take(end).collect();
            let t = Instant::now();
            let r = e.search(&typed, opts).expect("search");
            let ms = t.elapsed().as_secs_f64() * 1e3;
            lat.push(ms);
            results += r.articles.len();
            if std::env::var_os("BENCH_SLOW").is_some() {
                slow.push((ms, typed.clone(), r.total));
            }
        }
    }
    let n = lat.len();
    slow.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, q, total) in slow.iter().take(25) {
        eprintln!("{ms:7.2} ms  {total:7} hits  {q:?}");
    }
    if !slow.is_empty() {
        eprintln!("...");
        let mid = slow.len() / 2;
        for (ms, q, total) in &slow[mid - 5..mid + 5] {
            eprintln!("{ms:7.2} ms  {total:7} hits  {q:?}");
        }
    }
    println!(
        "keystrokes={n} queries={} keystroke_p50_ms={:.2} keystroke_p99_ms={:.2} keystroke_max_ms={:.2} rows={results} peak_rss_search_mb={:.0}",
        QUERIES.len(),
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        pct(&mut lat, 1.0),
        peak_rss_mb()
    );
}

fn phase_add(corpus: &Path, data: &Path, base: usize) {
    let ci = open(corpus, data);
    let extra = corpus.join("extra");
    saywho::synth::write_corpus(&extra, 4242, base, 100).expect("write");
    let t = Instant::now();
    let s = update(
        &ci,
        &corpus_roots(&[corpus.to_path_buf()]),
        &BuildOptions::default(),
        &mut |_| {},
    )
    .expect("update");
    let total_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let r = Engine::new(&ci)
        .search("", SearchOptions::default())
        .expect("search");
    let search_ms = t.elapsed().as_secs_f64() * 1e3;
    // searchable: committed and reloaded, then the first search; merging segments
    // afterwards is reported apart
    let ms = s.searchable_seconds * 1e3 + search_ms;
    println!(
        "add100_ms={ms:.0} add100_with_merges_ms={:.0} added_articles={} total={}",
        total_ms + search_ms,
        s.articles_indexed,
        r.total
    );
    let _ = std::fs::remove_dir_all(&extra);
    let _ = update(
        &ci,
        &corpus_roots(&[corpus.to_path_buf()]),
        &BuildOptions::default(),
        &mut |_| {},
    );
}

fn child(phase: &str, dir: &Path, articles: usize) -> String {
    let exe = std::env::current_exe().expect("exe");
    let out = Command::new(exe)
        .args(["--phase", phase, "--dir"])
        .arg(dir)
        .args(["--articles", &articles.to_string()])
        .output()
        .expect("child");
    let s = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        eprintln!("{phase} failed: {}", String::from_utf8_lossy(&out.stderr));
        std::process::exit(1);
    }
    eprint!("{s}");
    s.trim().to_string()
}

fn get(line: &str, key: &str) -> String {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .unwrap_or("?")
        .to_string()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let articles: usize = arg(&args, "--articles")
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let dir = arg(&args, "--dir")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("saywho-bench-{articles}")));
    let corpus = dir.join("corpus");
    let data = dir.join("data");
    match arg(&args, "--phase").as_deref() {
        Some("index") => return phase_index(&corpus, &data),
        Some("open") => return phase_open(&corpus, &data),
        Some("search") => return phase_search(&corpus, &data),
        Some("add") => return phase_add(&corpus, &data, articles),
        _ => {}
    }
    let marker = dir.join(format!("generated-{articles}"));
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&corpus);
        let t = Instant::now();
        let files = saywho::synth::write_corpus(&corpus, 42, 0, articles).expect("generate");
        std::fs::write(&marker, b"").expect("marker");
        eprintln!(
            "generated {articles} articles in {files} files in {:.0}s",
            t.elapsed().as_secs_f64()
        );
    }
    let ix = child("index", &dir, articles);
    // warm opens: the first loads the files into the page cache
    let mut opens: Vec<f64> = (0..6)
        .map(|_| {
            get(&child("open", &dir, articles), "open_ms")
                .parse()
                .unwrap_or(f64::NAN)
        })
        .skip(1)
        .collect();
    let open_ms = pct(&mut opens, 0.5);
    let se = child("search", &dir, articles);
    let add = child("add", &dir, articles);
    println!(
        "articles={articles} index_articles_per_s={} keystroke_p50_ms={} keystroke_p99_ms={} open_ms={open_ms:.1} peak_rss_index_mb={} peak_rss_search_mb={} add100_ms={} add100_with_merges_ms={}",
        get(&ix, "index_articles_per_s"),
        get(&se, "keystroke_p50_ms"),
        get(&se, "keystroke_p99_ms"),
        get(&ix, "peak_rss_index_mb"),
        get(&se, "peak_rss_search_mb"),
        get(&add, "add100_ms"),
        get(&add, "add100_with_merges_ms"),
    );
}
