//! Annotation throughput on a generated corpus (ingest + clean + annotate, one core).
//!
//! Run: `cargo run --release --example annotate_bench -- [MEGABYTES] [RUNS]`
//! (defaults: 64 MB, 5 runs). Articles are generated deterministically in memory, as
//! copied-page `.txt` bytes, and read through the same path as files on disk. Prints
//! per-run MB/s, then median and spread, per-article latency p50/p99, and peak RSS.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use saywho::annotate::annotate;
use saywho::ingest::{IngestOptions, read_bytes};
use std::path::Path;
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PEOPLE: &[&str] = &[
    "Anna Varga",
    "Tomas Olmec",
    "Sergei Malenko",
    "Irina Kovac",
    "Erik Lund",
    "Lena Brandt",
    "Tom Ash",
    "Miriam Okafor",
    "Helena Sorell",
    "David Imre",
    "Marco Bellini",
    "Pavel Drozd",
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "President",
    "Prime Minister",
    "Mayor",
    "Judge",
    "Health Minister",
    "coach",
    "union leader",
];
const ORGS: &[&str] = &[
    "the Council of Northern States (CNS)",
    "Norcastle Energy",
    "the Valdor Transit Authority",
    "the Ruritanian Defence Forces (RDF)",
    "the World Health Organization",
];
const PLACES: &[&str] = &[
    "Valdor",
    "Ruritania",
    "Borovia",
    "Strel",
    "Karsk",
    "Port Hamra",
];
const QUOTES: &[&str] = &[
    "We will not accept any delay in the talks",
    "The time to act is now and we are ready",
    "Nobody in this city should have to wait that long",
    "The figures speak for themselves",
    "This decision protects the public interest",
];
const CLAUSES: &[&str] = &[
    "the talks would resume next week",
    "the budget had been approved",
    "the strike was likely to continue",
    "the hospital needed more staff",
    "the ruling would be appealed",
];
const FILLER: &[&str] = &[
    "Officials in {P} spent the week preparing for a new round of negotiations, which observers expect to be difficult.",
    "The decision comes after months of disputes over funding, staffing and the timetable for the next phase.",
    "Traffic in central {P} was disrupted for several hours on Tuesday as crews cleared the site.",
    "Analysts said the outcome would shape the region's economy for years to come.",
];

fn article(r: &mut Rng, n: usize) -> String {
    let mut s = format!(
        "WORLD  {} March 2025 - 09:{:02}\n\nNews item {n} on {}\nPetra Holm\n\n",
        1 + n % 28,
        n % 60,
        r.pick(PLACES)
    );
    // about 3.5 KB, the size of a typical wire story
    for _ in 0..16 {
        let p = r.pick(PEOPLE);
        let role = r.pick(ROLES);
        match r.next() % 5 {
            0 => {
                s += &format!(
                    "\"{}.\" {} {} said in {}.\n\n",
                    r.pick(QUOTES),
                    role,
                    p,
                    r.pick(PLACES)
                )
            }
            1 => {
                s += &format!(
                    "{} told reporters that {}, according to {}.\n\n",
                    p,
                    r.pick(CLAUSES),
                    r.pick(ORGS)
                )
            }
            2 => {
                s += &format!(
                    "{} warned of a \"{}\" and said she would meet {}.\n\n",
                    p,
                    r.pick(QUOTES).to_lowercase(),
                    r.pick(ORGS)
                )
            }
            3 => {
                s += &format!(
                    "“{},” said {}, 43, a nurse in {}. “{}.”\n\n",
                    r.pick(QUOTES),
                    p,
                    r.pick(PLACES),
                    r.pick(QUOTES)
                )
            }
            _ => {
                for _ in 0..3 {
                    s += &r.pick(FILLER).replace("{P}", r.pick(PLACES));
                    s.push(' ');
                }
                s += "\n\n";
            }
        }
    }
    s += "Read also\nMarkets rally\n09:40\nFloods in Karsk\n08:15\n";
    s
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    / 1024.0
            })
        })
        .unwrap_or(0.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mb: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(64);
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let opts = IngestOptions::default();
    let mut rates = Vec::new();
    let mut lat_us: Vec<f64> = Vec::new();
    let mut total_quotes = 0usize;
    let mut articles = 0usize;
    let mut largest = 0usize;
    for run in 0..runs {
        let mut r = Rng(0x9E3779B97F4A7C15);
        let mut bytes = 0usize;
        let mut busy = 0f64;
        let mut n = 0;
        let mut ingest_s = 0f64;
        while bytes < mb * 1024 * 1024 {
            let a = article(&mut r, n);
            n += 1;
            bytes += a.len();
            largest = largest.max(a.len());
            let t = Instant::now();
            let res = read_bytes("gen.txt", Path::new("gen.txt"), a.as_bytes(), &opts);
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
