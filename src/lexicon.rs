//! Word lists from `assets/lexicon/`, embedded in the binary and parsed once.
//!
//! Every list is plain UTF-8 text; `#` starts a comment line. Lookups are on lowercase
//! keys unless a field says otherwise.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

macro_rules! asset {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/lexicon/",
            $name
        ))
    };
}

#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub demonyms: Vec<String>,
    pub capital: String,
}

#[derive(Debug, Clone)]
pub struct Org {
    pub name: String,
    pub acronym: Option<String>,
    /// The acronym's other listed spellings, which match exactly (`Cosla`, `Nato`).
    pub spellings: Vec<String>,
}

impl Org {
    /// Whether `text` is this body's acronym in a case nobody wrote it in (`Who` for
    /// `WHO`): no name.
    pub fn miscased_acronym(&self, text: &str) -> bool {
        self.acronym
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(text) && a != text)
            && !self.spellings.iter().any(|s| s == text)
    }
}

/// What a lowercase place or organisation surface form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gazetteer {
    /// Country name or alias (index into `countries`).
    Country(usize),
    /// A demonym of the country.
    Demonym(usize),
    /// The capital of the country.
    Capital(usize),
    /// A seat of power standing for the country (`Kremlin`).
    Seat(usize),
    /// A known organisation (index into `orgs`).
    Org(usize),
    /// Another known place: a region, a state, a city (index into `places`).
    Place(usize),
}

/// The days of the week, lowercase.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What a navigation marker line says of the lines after it (`nav_markers.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavKind {
    /// A label inside the story (`Advertisement`): the story goes on after it.
    Interruption,
    /// A box of links (`Read also`, `Most read`): the story may or may not resume.
    List,
    /// The page after the story (`Comments`, `Tags`).
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounClass {
    Male,
    Female,
    Plural,
    Neuter,
    Any,
}

pub struct Lexicon {
    /// Inflected form -> base form.
    pub speech_verbs: FxHashMap<String, String>,
    /// Which (first byte, last byte) pairs speech verb forms have: most words are no
    /// speech verb, and this says so before hashing them.
    speech_verb_ends: Box<[u64; 64]>,
    /// Cue phrases as lowercase word sequences.
    pub cue_phrases: Vec<Vec<String>>,
    pub honorifics: FxHashSet<String>,
    /// Lowercase titles, possibly of several words.
    pub titles: FxHashSet<String>,
    pub title_max_words: usize,
    /// Occupations read as titles before a name, never in the plural
    /// (`Filmmaker Tulia Nacola`, not `Athletes Village`).
    pub trades: FxHashSet<String>,
    /// Last words of titles (`minister` for `foreign minister`).
    pub title_heads: FxHashSet<String>,
    /// First two words of cue phrases, joined by a space.
    pub cue_pairs: FxHashSet<String>,
    /// First words of cue phrases of two words or more.
    pub cue_firsts: FxHashSet<String>,
    /// Head words marking an organisation, as written (capitalised).
    pub org_heads: FxHashSet<String>,
    pub countries: Vec<Country>,
    pub orgs: Vec<Org>,
    /// Lowercase surface -> gazetteer entry (countries, demonyms, capitals, seats, orgs).
    pub gazetteer: FxHashMap<String, Gazetteer>,
    pub seats: Vec<(String, usize)>,
    /// Regions, states and cities that are not capitals, as written.
    pub places: Vec<String>,
    pub given_names: FxHashSet<String>,
    /// Given names used overwhelmingly for women / for men (pronoun gender).
    pub female_names: FxHashSet<String>,
    pub male_names: FxHashSet<String>,
    /// Lowercase spelling variant -> canonical spelling.
    pub translit: FxHashMap<String, String>,
    pub pronouns: FxHashMap<String, PronounClass>,
    pub nav_markers: Vec<(String, NavKind)>,
    pub document_nouns: FxHashSet<String>,
    pub nominal_speakers: FxHashSet<String>,
    /// Descriptive nouns for the person a story follows (`the tactician`).
    pub epithets: FxHashSet<String>,
    /// Common nouns for organisations (`the manufacturer`, `the company`).
    pub org_nouns: FxHashSet<String>,
    pub function_words: FxHashSet<String>,
    pub hedges: FxHashSet<String>,
    /// Social platforms, as written.
    /// Capitalised words and acronyms that name no actor (`GDP`, `CEO`, `Easter`),
    /// exact case (`not_actors.txt`).
    pub not_actors: FxHashSet<String>,
    pub platforms: FxHashSet<String>,
    /// A journalist's job, last word of a byline's job line (`correspondent`).
    pub byline_jobs: FxHashSet<String>,
    /// Words before it (`political`, `senior`).
    pub byline_desks: FxHashSet<String>,
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Markers under their `[interruption]`, `[list]` or `[end]` headers.
fn nav_markers(src: &str) -> Vec<(String, NavKind)> {
    let mut kind = NavKind::List;
    let mut out = Vec::new();
    for l in lines(src) {
        match l.trim() {
            "[interruption]" => kind = NavKind::Interruption,
            "[list]" => kind = NavKind::List,
            "[end]" => kind = NavKind::End,
            m => out.push((m.to_lowercase(), kind)),
        }
    }
    out
}

/// The lowercased lines under one `[section]` header of a list.
fn section(src: &str, header: &str) -> FxHashSet<String> {
    let mut on = false;
    let mut out = FxHashSet::default();
    for l in lines(src) {
        let l = l.trim();
        if l.starts_with('[') {
            on = l == header;
        } else if on {
            out.insert(l.to_lowercase());
        }
    }
    out
}

fn set_lower(src: &str) -> FxHashSet<String> {
    lines(src).map(|l| l.trim().to_lowercase()).collect()
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(|x| x.trim())
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut speech_verbs = FxHashMap::default();
        for l in lines(asset!("speech_verbs.txt")) {
            let mut forms = l.split_whitespace();
            if let Some(base) = forms.next() {
                let base = base.to_lowercase();
                speech_verbs.insert(base.clone(), base.clone());
                for f in forms {
                    speech_verbs.entry(f.to_lowercase()).or_insert(base.clone());
                }
            }
        }
        let cue_phrases: Vec<Vec<String>> = lines(asset!("cue_phrases.txt"))
            .map(|l| l.split_whitespace().map(|w| w.to_lowercase()).collect())
            .collect();
        let cue_firsts = cue_phrases
            .iter()
            .filter(|p| p.len() >= 2)
            .map(|p| p[0].clone())
            .collect();
        let cue_pairs = cue_phrases
            .iter()
            .filter(|p| p.len() >= 2)
            .map(|p| format!("{} {}", p[0], p[1]))
            .collect();
        let honorifics = lines(asset!("honorifics.txt"))
            .map(|l| l.trim().trim_end_matches('.').to_lowercase())
            .collect();
        let trades: FxHashSet<String> = lines(asset!("trades.txt"))
            .map(|l| l.trim().to_lowercase())
            .collect();
        let titles: FxHashSet<String> = lines(asset!("titles.txt"))
            .chain(lines(asset!("trades.txt")))
            .map(|l| {
                l.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            })
            .collect();
        let title_max_words = titles
            .iter()
            .map(|t| t.split(' ').count())
            .max()
            .unwrap_or(1);
        let title_heads = titles
            .iter()
            .filter_map(|t| t.split(' ').next_back().map(str::to_string))
            .collect();
        let org_heads = lines(asset!("org_heads.txt"))
            .map(|l| l.trim().to_string())
            .collect();

        let mut gazetteer = FxHashMap::default();
        let mut countries = Vec::new();
        for l in lines(asset!("countries.tsv")) {
            let cols: Vec<&str> = l.split('\t').collect();
            let name = cols[0].trim().to_string();
            if name.is_empty() {
                continue;
            }
            let idx = countries.len();
            let demonyms = cols.get(1).map(|s| split_list(s)).unwrap_or_default();
            let capital = cols
                .get(2)
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            let aliases = cols.get(3).map(|s| split_list(s)).unwrap_or_default();
            gazetteer.insert(name.to_lowercase(), Gazetteer::Country(idx));
            for a in &aliases {
                gazetteer
                    .entry(a.to_lowercase())
                    .or_insert(Gazetteer::Country(idx));
            }
            for d in &demonyms {
                gazetteer
                    .entry(d.to_lowercase())
                    .or_insert(Gazetteer::Demonym(idx));
            }
            if !capital.is_empty() {
                gazetteer
                    .entry(capital.to_lowercase())
                    .or_insert(Gazetteer::Capital(idx));
            }
            countries.push(Country {
                name,
                demonyms,
                capital,
            });
        }
        let mut seats = Vec::new();
        for l in lines(asset!("seats_of_power.tsv")) {
            let cols: Vec<&str> = l.split('\t').collect();
            let (Some(seat), Some(country)) = (cols.first(), cols.get(1)) else {
                continue;
            };
            if let Some(Gazetteer::Country(ci)) = gazetteer.get(&country.trim().to_lowercase()) {
                let ci = *ci;
                gazetteer
                    .entry(seat.trim().to_lowercase())
                    .or_insert(Gazetteer::Seat(ci));
                seats.push((seat.trim().to_string(), ci));
            }
        }
        let mut places = Vec::new();
        for l in lines(asset!("places.tsv")) {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or("").trim();
            if name.is_empty() {
                continue;
            }
            let idx = places.len();
            gazetteer
                .entry(name.to_lowercase())
                .or_insert(Gazetteer::Place(idx));
            for a in cols.next().map(split_list).unwrap_or_default() {
                gazetteer
                    .entry(a.to_lowercase())
                    .or_insert(Gazetteer::Place(idx));
            }
            places.push(name.to_string());
        }
        let mut orgs = Vec::new();
        for l in lines(asset!("organizations.tsv")) {
            let cols: Vec<&str> = l.split('\t').collect();
            let name = cols[0].trim().to_string();
            if name.is_empty() {
                continue;
            }
            let idx = orgs.len();
            let acronym = cols
                .get(1)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            gazetteer
                .entry(name.to_lowercase())
                .or_insert(Gazetteer::Org(idx));
            if let Some(a) = &acronym {
                // Acronyms are matched case-sensitively by the caller ("WHO" vs "who").
                gazetteer
                    .entry(a.to_lowercase())
                    .or_insert(Gazetteer::Org(idx));
            }
            let mut spellings = Vec::new();
            for v in cols.get(2).map(|s| split_list(s)).unwrap_or_default() {
                gazetteer
                    .entry(v.to_lowercase())
                    .or_insert(Gazetteer::Org(idx));
                if acronym
                    .as_deref()
                    .is_some_and(|a| a.eq_ignore_ascii_case(&v))
                {
                    spellings.push(v.to_string());
                }
            }
            orgs.push(Org {
                name,
                acronym,
                spellings,
            });
        }

        let mut translit = FxHashMap::default();
        for l in lines(asset!("translit.tsv")) {
            let mut cols = l.split('\t');
            if let (Some(v), Some(c)) = (cols.next(), cols.next()) {
                translit.insert(v.trim().to_lowercase(), c.trim().to_lowercase());
            }
        }
        let mut pronouns = FxHashMap::default();
        for l in lines(asset!("pronouns.txt")) {
            let mut cols = l.split('\t');
            if let (Some(w), Some(c)) = (cols.next(), cols.next()) {
                let class = match c.trim() {
                    "male" => PronounClass::Male,
                    "female" => PronounClass::Female,
                    "plural" => PronounClass::Plural,
                    "neuter" => PronounClass::Neuter,
                    _ => PronounClass::Any,
                };
                let w = w.trim().to_lowercase();
                // `the latter` / `the former` are looked up by their last word
                if let Some(last) = w.strip_prefix("the ") {
                    pronouns.insert(last.to_string(), class);
                }
                pronouns.insert(w, class);
            }
        }
        let mut speech_verb_ends = Box::new([0u64; 64]);
        for w in speech_verbs.keys() {
            if let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) {
                speech_verb_ends[usize::from(a & 63)] |= 1 << (z & 63);
            }
        }
        Lexicon {
            speech_verbs,
            speech_verb_ends,
            cue_phrases,
            cue_pairs,
            cue_firsts,
            title_heads,
            honorifics,
            titles,
            trades,
            title_max_words,
            org_heads,
            countries,
            orgs,
            gazetteer,
            seats,
            places,
            // every first name the gendered lists know is a first name too
            given_names: set_lower(asset!("given_names.txt"))
                .into_iter()
                .chain(set_lower(asset!("given_names_female.txt")))
                .chain(set_lower(asset!("given_names_male.txt")))
                .collect(),
            female_names: set_lower(asset!("given_names_female.txt")),
            male_names: set_lower(asset!("given_names_male.txt")),
            translit,
            pronouns,
            nav_markers: nav_markers(asset!("nav_markers.txt")),
            document_nouns: set_lower(asset!("document_nouns.txt")),
            nominal_speakers: set_lower(asset!("nominal_speakers.txt")),
            epithets: set_lower(asset!("epithets.txt")),
            org_nouns: set_lower(asset!("org_nouns.txt")),
            function_words: set_lower(asset!("function_words.txt")),
            hedges: set_lower(asset!("hedges.txt")),
            not_actors: lines(asset!("not_actors.txt"))
                .flat_map(|l| l.split_whitespace())
                .map(str::to_string)
                .collect(),
            platforms: lines(asset!("platforms.txt"))
                .map(|l| l.trim().to_string())
                .collect(),
            byline_jobs: section(asset!("bylines.txt"), "[jobs]"),
            byline_desks: section(asset!("bylines.txt"), "[desks]"),
        }
    }

    /// The base form of a speech verb, if `word` (lowercase) is one.
    pub fn speech_verb(&self, word: &str) -> Option<&str> {
        let (Some(&a), Some(&z)) = (word.as_bytes().first(), word.as_bytes().last()) else {
            return None;
        };
        if self.speech_verb_ends[usize::from(a & 63)] & (1 << (z & 63)) == 0 {
            return None;
        }
        self.speech_verbs.get(word).map(|s| s.as_str())
    }

    /// An epithet head (`tactician`, `55-year-old`).
    pub fn is_epithet(&self, lower: &str) -> bool {
        self.epithets.contains(lower)
            // a demonym that names one person: `the Spaniard`, `the Brazilian`, `the
            // Frenchman` (not `the British`, `the French`: a side, not a person)
            || (matches!(self.gazetteer.get(lower), Some(Gazetteer::Demonym(_)))
                && ["ian", "an", "ard", "man", "woman", "i"]
                    .iter()
                    .any(|x| lower.ends_with(x)))
            || lower
                .strip_suffix("-year-old")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }

    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower)
    }

    pub fn is_honorific(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        w.len() <= 10 && self.honorifics.contains(&*lower(w))
    }
}

/// A lowercase copy of a short word without a heap allocation (ASCII up to 48 bytes;
/// anything else falls back to `to_lowercase`).
pub enum Lower {
    Short(arrayvec::ArrayString<48>),
    Long(String),
}

impl std::ops::Deref for Lower {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Lower::Short(s) => s,
            Lower::Long(s) => s,
        }
    }
}

#[inline]
pub fn lower(w: &str) -> Lower {
    if w.is_ascii()
        && let Ok(mut s) = arrayvec::ArrayString::<48>::from(w)
    {
        s.make_ascii_lowercase();
        return Lower::Short(s);
    }
    Lower::Long(w.to_lowercase())
}

/// The word lists, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);
    &LEX
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_hold_the_basics() {
        let lx = lexicon();
        assert_eq!(lx.speech_verb("said"), Some("say"));
        assert_eq!(lx.speech_verb("told"), Some("tell"));
        assert!(lx.byline_jobs.contains("correspondent") && !lx.byline_jobs.contains("political"));
        assert!(
            lx.byline_desks.contains("political") && !lx.byline_desks.contains("correspondent")
        );
        let kind = |m: &str| lx.nav_markers.iter().find(|(x, _)| x == m).map(|(_, k)| *k);
        assert_eq!(kind("advertisement"), Some(NavKind::Interruption));
        assert_eq!(kind("read also"), Some(NavKind::List));
        assert_eq!(kind("comments"), Some(NavKind::End));
        assert!(lx.speech_verb("table").is_none());
        assert!(lx.is_title("foreign minister"));
        assert!(lx.is_honorific("Ms"));
        assert!(lx.is_honorific("Dr."));
        assert!(matches!(
            lx.gazetteer.get("germany"),
            Some(Gazetteer::Country(_))
        ));
        assert!(matches!(
            lx.gazetteer.get("german"),
            Some(Gazetteer::Demonym(_))
        ));
        assert!(matches!(
            lx.gazetteer.get("kremlin"),
            Some(Gazetteer::Seat(_))
        ));
        assert!(matches!(
            lx.gazetteer.get("world health organization"),
            Some(Gazetteer::Org(_))
        ));
        assert_eq!(
            lx.translit.get("sergey").map(|s| s.as_str()),
            Some("sergei")
        );
        assert!(lx.given_names.contains("anna"));
        // names only the gendered lists hold are first names as well
        assert!(lx.given_names.contains("francis"));
        assert!(lx.female_names.contains("maria") && lx.male_names.contains("peter"));
        assert!(lx.female_names.is_disjoint(&lx.male_names));
        assert!(lx.countries.len() > 150);
    }
}
