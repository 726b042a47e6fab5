//! A deterministic generator of realistic synthetic news articles, for benchmarks and
//! tests: recurring speakers and actors, quotes of every kind, dates over two years,
//! copied-page clutter (datelines, captions, navigation), in the formats ingest reads.

use std::fmt::Write as _;
use std::path::Path;

/// A small xorshift generator: the same seed always gives the same corpus.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Tomas", "Sergei", "Irina", "Erik", "Lena", "Tom", "Miriam", "Helena", "David",
    "Marco", "Pavel", "Nadia", "Johan", "Marta", "Viktor", "Ilse", "Karl", "Daria", "Jonas",
    "Petra", "Luka", "Sara", "Ruth", "Omar", "Mei", "Kofi", "Ines", "Raul", "Yusuf",
];
const LAST: &[&str] = &[
    "Varga", "Olmec", "Malenko", "Kovac", "Lund", "Brandt", "Ash", "Okafor", "Sorell", "Imre",
    "Bellini", "Drozd", "Rahim", "Brek", "Feld", "Hale", "Marr", "Brun", "Sokol", "Pell", "Holm",
    "Meris", "Lint", "Kessler", "Haddad", "Chen", "Mensah", "Duarte", "Navarro", "Demir", "Novak",
    "Weiss", "Adler", "Celik", "Sand", "Vesely", "Horvat",
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "President",
    "Prime Minister",
    "Mayor",
    "Judge",
    "Health Minister",
    "Defence Minister",
    "chief executive",
    "head coach",
    "spokesperson",
];
const PLACES: &[&str] = &[
    "Valdor",
    "Ruritania",
    "Borovia",
    "Strel",
    "Karsk",
    "Port Hamra",
    "Qasimar",
    "Lessin",
];
const ORGS: &[&str] = &[
    "the Council of Northern States (CNS)",
    "Norcastle Energy",
    "the Valdor Transit Authority",
    "the Ruritanian Defence Forces (RDF)",
    "the World Health Organization",
    "FC Valdor",
    "the Valdor District Court",
    "the Ruritanian Health Ministry",
];
const TOPICS: &[&str] = &[
    "border",
    "ceasefire",
    "budget",
    "strike",
    "flood",
    "hospital",
    "election",
    "tariffs",
    "drones",
    "pipeline",
    "housing",
    "transit",
    "vaccine",
    "stadium",
    "ruling",
    "merger",
];
const QUOTES: &[&str] = &[
    "We will not accept any further delay on the {T}",
    "The time to act on the {T} is now and we are ready",
    "Nobody in this city should have to wait that long for a decision on the {T}",
    "The figures on the {T} speak for themselves",
    "This decision on the {T} protects the public interest",
    "We have been clear from the start about the {T}",
    "There is no plan B for the {T}, and there never was",
    "I regret that the talks on the {T} ended without an agreement",
];
const CLAUSES: &[&str] = &[
    "the talks on the {T} would resume next week",
    "the {T} budget had been approved by a narrow margin",
    "the dispute over the {T} was likely to continue",
    "more staff were needed to deal with the {T}",
    "the decision on the {T} would be appealed",
];
const FILLER: &[&str] = &[
    "Officials in {P} spent the week preparing for a new round of negotiations on the {T}, which observers expect to be difficult.",
    "The decision comes after months of disputes over funding, staffing and the timetable for the {T}.",
    "Traffic in central {P} was disrupted for several hours on Tuesday as crews worked near the site.",
    "Analysts said the outcome would shape the region's economy for years to come.",
    "The {T} has dominated local politics in {P} since the spring, with rival plans on the table.",
    "Residents of {P} have complained for years about the state of the {T}.",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn fill(s: &str, r: &mut Rng, topic: &str) -> String {
    s.replace("{T}", topic).replace("{P}", r.pick(PLACES))
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "sta", "ven", "dor", "ri", "bel", "tan", "quo", "pre", "mi", "sol", "vak",
    "ter", "ni", "gra", "lum", "dis", "hel", "or", "pa", "sen", "tri", "ul", "zo",
];

/// A word from a vocabulary of about 450,000 pseudo-words drawn with a Zipf-like skew,
/// so that the corpus has the long tail of rare words real news has.
fn word(r: &mut Rng) -> String {
    // rank ~ 1/u: small ranks are frequent, large ones rare
    let u = (r.next_u64() % 1_000_000) as f64 / 1_000_000.0 + 1e-6;
    let rank = ((1.0 / u) as u64).min(450_000);
    let mut n = rank;
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[(n % SYLLABLES.len() as u64) as usize]);
        n /= SYLLABLES.len() as u64;
        if n == 0 {
            break;
        }
    }
    w
}

/// A sentence of varied vocabulary.
fn prose(r: &mut Rng) -> String {
    let n = 8 + r.below(10);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let w = if r.below(3) == 0 {
            r.pick(&[
                "the", "of", "and", "in", "to", "a", "for", "on", "with", "said",
            ])
            .to_string()
        } else {
            word(r)
        };
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(&w);
        }
    }
    s.push('.');
    s
}

/// One generated article: (file extension, contents). About 3–4 KB of text.
pub fn article(seed: u64, n: usize) -> (&'static str, String) {
    let mut r = Rng(seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for _ in 0..3 {
        r.next_u64();
    }
    let topic = r.pick(TOPICS);
    let day = 1 + r.below(28);
    let month = r.below(12);
    let year = 2024 + r.below(2);
    let hh = r.below(24);
    let mm = r.below(60);
    // a cast of three people for this story, from a corpus-wide pool: speakers recur
    let cast: Vec<(String, &str)> = (0..3)
        .map(|_| {
            let p = r.below(FIRST.len() * 7);
            (
                format!("{} {}", FIRST[p % FIRST.len()], LAST[p % LAST.len()]),
                r.pick(ROLES),
            )
        })
        .collect();
    let title = format!(
        "{} says {} talks on {} '{}' as {} waits",
        cast[0].0.split(' ').nth(1).unwrap_or(""),
        r.pick(&["new", "stalled", "crucial", "final"]),
        r.pick(PLACES),
        topic,
        r.pick(PLACES)
    );
    let mut body = String::new();
    for k in 0..14 {
        let (name, role) = &cast[k % 3];
        let surname = name.split(' ').nth(1).unwrap_or(name);
        let q = fill(r.pick(QUOTES), &mut r, topic);
        let who = if k < 3 {
            format!("{role} {name}")
        } else {
            surname.to_string()
        };
        match r.below(7) {
            0 => {
                let _ = write!(body, "\"{q},\" {who} said in {}.", r.pick(PLACES));
            }
            1 => {
                let _ = write!(
                    body,
                    "{who} told reporters that {}, according to {}.",
                    fill(r.pick(CLAUSES), &mut r, topic),
                    r.pick(ORGS)
                );
            }
            2 => {
                let _ = write!(
                    body,
                    "{who} warned of a \"{}\" and said {} would meet {} next week.",
                    q.to_lowercase(),
                    if r.below(2) == 0 { "she" } else { "he" },
                    r.pick(ORGS)
                );
            }
            3 => {
                let _ = write!(
                    body,
                    "“{q},” said {who}, who has followed the {topic} for years. “{}.”",
                    fill(r.pick(QUOTES), &mut r, topic)
                );
            }
            4 => {
                let _ = write!(body, "{who} said {}.", fill(r.pick(CLAUSES), &mut r, topic));
            }
            _ => {
                for _ in 0..3 {
                    if r.below(2) == 0 {
                        body.push_str(&fill(r.pick(FILLER), &mut r, topic));
                    } else {
                        body.push_str(&prose(&mut r));
                    }
                    body.push(' ');
                }
            }
        }
        body.push_str("\n\n");
    }
    let date = format!("{day} {} {year} - {hh:02}:{mm:02}", MONTHS[month]);
    match n % 10 {
        0 => {
            // JSON record (one line of a .jsonl)
            let iso = format!("{year}-{:02}-{day:02} {hh:02}:{mm:02}:00", month + 1);
            let rec = serde_json::json!({
                "title": title, "maintext": body, "date_publish": iso,
                "authors": ["Petra Holm"], "url": format!("https://news.example/{n}"),
                "source_domain": "news.example",
            });
            ("jsonl", rec.to_string())
        }
        1 => {
            let mut h = format!(
                "<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" content=\"{year}-{:02}-{day:02}T{hh:02}:{mm:02}:00\"><meta name=\"author\" content=\"Petra Holm\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>",
                month + 1
            );
            for p in body.split("\n\n").filter(|p| !p.is_empty()) {
                let p = p.replace('&', "&amp;").replace('<', "&lt;");
                let _ = write!(h, "<p>{p}</p>");
            }
            h.push_str("</article><footer>All news</footer></body></html>");
            ("html", h)
        }
        2 => (
            "md",
            format!("# {title}\n\n*By Petra Holm*\n\n{date}\n\n{body}"),
        ),
        _ => {
            let cap = format!("{} in {}", cast[0].0, r.pick(PLACES));
            (
                "txt",
                format!(
                    "WORLD  {date}\n\n{title}\nPetra Holm\n\n{cap} (photo credit: AGENCY)\n{cap}\n\n{body}Read also\nMarkets rally as talks resume\n09:40\nFloods in Karsk\n08:15\n"
                ),
            )
        }
    }
}

/// Write `count` articles into `dir` (`a0000123.txt` ...; JSON records go ten to a
/// `.jsonl` file). Returns the number of files written.
pub fn write_corpus(dir: &Path, seed: u64, start: usize, count: usize) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut files = 0;
    let mut jsonl = String::new();
    let mut jsonl_start = start;
    for n in start..start + count {
        let (ext, text) = article(seed, n);
        if ext == "jsonl" {
            if jsonl.is_empty() {
                jsonl_start = n;
            }
            jsonl.push_str(&text);
            jsonl.push('\n');
            if jsonl.len() > 30_000 {
                std::fs::write(dir.join(format!("w{jsonl_start:08}.jsonl")), &jsonl)?;
                jsonl.clear();
                files += 1;
            }
            continue;
        }
        let sub = dir.join(format!("d{:04}", n / 1000));
        if n % 1000 == 0 || !sub.exists() {
            std::fs::create_dir_all(&sub)?;
        }
        std::fs::write(sub.join(format!("a{n:08}.{ext}")), text)?;
        files += 1;
    }
    if !jsonl.is_empty() {
        std::fs::write(dir.join(format!("w{jsonl_start:08}.jsonl")), &jsonl)?;
        files += 1;
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        assert_eq!(article(7, 3), article(7, 3));
        assert_ne!(article(7, 3), article(7, 4));
        let exts: std::collections::BTreeSet<_> = (0..20).map(|n| article(1, n).0).collect();
        assert_eq!(exts.len(), 4);
        let (_, t) = article(1, 5);
        assert!(t.len() > 2000, "{}", t.len());
    }
}
