//! Annotation throughput on a generated corpus (ingest + clean + annotate, one core).
//!
//! Run: `cargo run --release --example annotate_bench -- [MEGABYTES] [RUNS] [--dir DIR]`
//! (defaults: 64 MB, 5 runs). Articles come from `saywho::synth` (about 3.5 KB each,
//! in every format ingest reads), generated in memory and read through the same path
//! as files on disk. With `--dir DIR`, the files of DIR (recursively; for example
//! `assets/corpus`) are read into memory once and cycled through instead, so the rate
//! can be measured on real text too. Prints per-run MB/s, then median and spread,
//! per-article latency p50/p99, and peak RSS.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::peak_rss_mb;

use saywho::annotate::annotate;
use saywho::ingest::{IngestOptions, read_bytes};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    let dir = args.iter().position(|a| a == "--dir").map(|i| {
        let d = args.get(i + 1).cloned().unwrap_or_else(|| {
            eprintln!("--dir needs a folder");
            std::process::exit(2)
        });
        args.drain(i..(i + 2).min(args.len()));
        d
    });
    let files: Vec<(PathBuf, Vec<u8>)> = match &dir {
        Some(d) => read_dir_files(d),
        None => Vec::new(),
    };
    let mb: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(64);
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let opts = IngestOptions::default();
    let mut rates = Vec::new();
    let mut lat_us: Vec<f64> = Vec::new();
    let mut total_quotes = 0usize;
    let mut articles = 0usize;
    let mut largest = 0usize;
    for run in 0..runs {
        let mut bytes = 0usize;
        let mut busy = 0f64;
        let mut ingest_s = 0f64;
        let mut n = 0;
        while bytes < mb * 1024 * 1024 {
            let generated;
            let (path, data): (PathBuf, &[u8]) = if files.is_empty() {
                let (ext, text) = saywho::synth::article(42, n);
                generated = text;
                (PathBuf::from(format!("gen.{ext}")), generated.as_bytes())
            } else {
                let (p, d) = &files[n % files.len()];
                (p.clone(), d)
            };
            n += 1;
            bytes += data.len();
            largest = largest.max(data.len());
            let t = Instant::now();
            let res = read_bytes("gen", &path, data, &opts);
            ingest_s += t.elapsed().as_secs_f64();
            for art in &res.articles {
                let ann = annotate(art);
                if run == 0 {
                    total_quotes += ann.quotes.len();
                }
                std::hint::black_box(ann);
            }
            let dt = t.elapsed().as_secs_f64();
            busy += dt;
            if run == 0 {
                lat_us.push(dt * 1e6);
            }
        }
        articles = n;
        let rate = bytes as f64 / (1024.0 * 1024.0) / busy;
        println!(
            "run {run}: {:.1} MB in {:.2}s busy ({:.2}s ingest + clean, {:.2}s annotate) = {:.1} MB/s",
            bytes as f64 / 1048576.0,
            busy,
            ingest_s,
            busy - ingest_s,
            rate
        );
        rates.push(rate);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    lat_us.sort_by(|a, b| a.total_cmp(b));
    let pct = |v: &[f64], p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "corpus_mb={mb} articles={articles} quotes={total_quotes} runs={runs} mb_per_s_median={:.1} mb_per_s_min={:.1} mb_per_s_max={:.1} article_p50_us={:.0} article_p99_us={:.0} largest_article_bytes={largest} peak_rss_mb={:.1}",
        pct(&rates, 0.5),
        rates[0],
        rates[rates.len() - 1],
        pct(&lat_us, 0.5),
        pct(&lat_us, 0.99),
        peak_rss_mb()
    );
}

/// Every regular file under `dir` (sorted, so runs are repeatable), read into memory.
fn read_dir_files(dir: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect();
    paths.sort();
    let files: Vec<(PathBuf, Vec<u8>)> = paths
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|d| (p, d)))
        .collect();
    if files.is_empty() {
        eprintln!("no readable files under {dir}");
        std::process::exit(2);
    }
    files
}
