//! Headless benchmark of the terminal UI on a corpus indexed by `examples/bench.rs`:
//! keystroke-to-frame (the query, then drawing into a 160x45 buffer), drawing alone,
//! and cold start (open the index, first results, first frame).
//!
//! Run: `cargo run --release --example bench -- --articles 200000` once, then
//! `cargo run --release --example tui_bench -- --articles 200000`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::pct;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use saywho::index::{CorpusIndex, corpus_roots, index_dir};
use saywho::tui::app::App;
use saywho::tui::{serve, ui};
use std::time::Instant;

const QUERIES: &[&str] = &[
    "border talks",
    "speaker:varga budget",
    "ceasefire",
    "hospital staff",
    "malenko drones",
    "transit strike -flood",
    "pipeline valdor",
    "stadium decision",
    "merger norcastle",
    "vaccine ruling",
    "tariffs borovia",
    "the time to act",
    "okafor ruling appeal",
    "strel council",
    "qasimar talks next week",
    "figures speak",
    "regret agreement",
    "drones karsk",
    "port hamra negotiations",
    "sorell hospital",
    "imre energy",
    "bellini stadium",
    "lund council",
    "olmec election",
    "residents complained",
    "housing budget margin",
    "in:quotes plan b",
    "actor:karsk flood",
    "meris",
    "election",
];

fn pump(app: &mut App, ci: &CorpusIndex) {
    for _ in 0..4 {
        let reqs = app.take_requests();
        if reqs.is_empty() {
            break;
        }
        for r in reqs {
            app.on_response(serve(ci, &r));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let articles: usize = args
        .iter()
        .position(|a| a == "--articles")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let dir = std::env::temp_dir().join(format!("saywho-bench-{articles}"));
    let corpus = dir.join("corpus");
    let roots = corpus_roots(&[corpus]);
    let t0 = Instant::now();
    let ci =
        CorpusIndex::open(&index_dir(&dir.join("data"), &roots)).expect("run examples/bench first");
    let mut app = App::new("/tmp/x.md", "2025-01-01");
    pump(&mut app, &ci);
    let mut term = Terminal::new(TestBackend::new(160, 45)).unwrap();
    term.draw(|f| ui::draw(f, &mut app)).unwrap();
    let cold_ms = t0.elapsed().as_secs_f64() * 1e3;

    let mut frame = Vec::new();
    let mut render = Vec::new();
    app.on_key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    for q in QUERIES {
        for c in q.chars() {
            let t = Instant::now();
            app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            pump(&mut app, &ci);
            let r = Instant::now();
            term.draw(|f| ui::draw(f, &mut app)).unwrap();
            render.push(r.elapsed().as_secs_f64() * 1e3);
            frame.push(t.elapsed().as_secs_f64() * 1e3);
        }
        app.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        pump(&mut app, &ci);
    }
    println!(
        "articles={articles} keystrokes={} keystroke_to_frame_p50_ms={:.2} keystroke_to_frame_p99_ms={:.2} render_p50_ms={:.2} render_p99_ms={:.2} cold_start_ms={cold_ms:.0}",
        frame.len(),
        pct(&mut frame, 0.5),
        pct(&mut frame, 0.99),
        pct(&mut render, 0.5),
        pct(&mut render, 0.99),
    );
}
