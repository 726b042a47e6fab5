//! Write a deterministic synthetic corpus: `cargo run --release --example gen_corpus --
//! OUT_DIR COUNT [SEED] [START]`. Articles come from `saywho::synth`: txt (copied pages),
//! md, html and jsonl, recurring speakers, dates over two years.

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 3 {
        eprintln!("usage: gen_corpus OUT_DIR COUNT [SEED] [START]");
        std::process::exit(2);
    }
    let count: usize = a[2].parse().expect("COUNT is a number");
    let seed: u64 = a.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    let start: usize = a.get(4).and_then(|s| s.parse().ok()).unwrap_or(0);
    let t = std::time::Instant::now();
    let files = saywho::synth::write_corpus(std::path::Path::new(&a[1]), seed, start, count)
        .expect("cannot write the corpus");
    eprintln!(
        "{count} articles in {files} files written to {} in {:.1}s",
        a[1],
        t.elapsed().as_secs_f64()
    );
}
