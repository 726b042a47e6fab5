//! Actors: people, organisations and places named in an article, found from capitalised
//! word chains, titles, honorifics, gazetteers and context; aliases merged.

use super::tokens::{Tk, Tok};
use crate::lexicon::{Gazetteer, lexicon, lower};
use crate::model::ActorKind;
use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

/// Fold a word for matching: lowercase, accents removed, spelling variants unified.
pub fn fold_word(w: &str) -> String {
    let w = strip_possessive(w).0;
    if w.is_ascii() {
        let lower = w.to_ascii_lowercase();
        return match lexicon().translit.get(&lower) {
            Some(c) => c.clone(),
            None => lower,
        };
    }
    let lower: String = w
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ı' => 'i',
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            'ß' => 's',
            '’' | '‘' | '`' => '\'',
            c => c,
        })
        .collect();
    match lexicon().translit.get(&lower) {
        Some(c) => c.clone(),
        None => lower,
    }
}

/// The folded key of a name: words, hyphenated parts split (`al-Noor` = `Al Noor`).
pub fn name_key(name: &str) -> Vec<String> {
    let mut key: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '‑')
        .filter(|w| !w.is_empty())
        .map(|w| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    // a generational suffix is no part of the surname: `Eli M. Remolona Jr.` is the
    // `Remolona` of the next paragraph
    while key.len() > 2
        && matches!(
            key.last().map(String::as_str),
            Some("jr" | "sr" | "ii" | "iii" | "iv")
        )
    {
        key.pop();
    }
    key
}

/// Stable id: the folded key joined by `-`, non-ASCII removed.
pub fn actor_id(name: &str) -> String {
    // the same names come back article after article: remember the last few thousand
    // (per thread; a pure function, so the cache changes nothing but the time)
    thread_local! {
        static IDS: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if let Some(id) = IDS.with(|m| m.borrow().get(name).cloned()) {
        return id;
    }
    let id = actor_id_uncached(name);
    IDS.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 8192 {
            m.clear();
        }
        m.insert(name.to_string(), id.clone());
    });
    id
}

fn actor_id_uncached(name: &str) -> String {
    let key = name_key(name);
    let mut id = String::new();
    for w in key {
        let w: String = w.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if w.is_empty() {
            continue;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&w);
    }
    if id.is_empty() {
        // a name with no ASCII letters: hash its folded form so the id stays stable
        let mut h: u64 = 0xcbf29ce484222325;
        for b in name.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        id = format!("actor-{h:016x}");
    }
    id
}

/// `Varga's` -> (`Varga`, true); `ministers'` -> (`ministers`, true).
pub fn strip_possessive(w: &str) -> (&str, bool) {
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return (w, false);
    }
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(x) = w.strip_suffix(suf)
            && !x.is_empty()
        {
            return (x, true);
        }
    }
    (w, false)
}

pub fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(|c| c.is_uppercase()),
    }
}

/// A surname that opens with a lowercase particle joined to it: `kaMsizi`, `deGrasse`,
/// `vanDyke` (inside a name only).
/// `al-Anani`, `el-Sisi`: an Arabic surname written with its article, in lower case.
fn particle_surname(w: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.len() >= 3 && is_cap(rest) && !rest.contains('-'))
    })
}

fn particle_name(w: &str) -> bool {
    ["ka", "de", "da", "di", "la", "le", "van", "von", "mac"]
        .iter()
        .any(|p| {
            w.strip_prefix(p).is_some_and(|rest| {
                rest.len() >= 3
                    && is_cap(rest)
                    && rest
                        .chars()
                        .skip(1)
                        .all(|c| c.is_lowercase() || c == '\'' || c == '’')
            })
        })
}

/// Letters written after a name, no part of it: `QC`, `MP`, `OBE`.
pub fn post_nominal(w: &str) -> bool {
    matches!(
        w,
        "QC" | "KC"
            | "SC"
            | "BL"
            | "SAN"
            | "MP"
            | "MEP"
            | "MSP"
            | "MLA"
            | "TD"
            | "OBE"
            | "CBE"
            | "MBE"
            | "KBE"
            | "JP"
    )
}

pub fn is_all_caps(w: &str) -> bool {
    // (most words fail on their second letter)
    if w.is_ascii() {
        let b = w.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "de"
            | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "dos"
            | "das"
            | "ben"
            | "abu"
            | "y"
            | "zu"
            | "ter"
            | "dela"
            | "delos"
            | "binti"
            | "ng"
    ) || matches!(w.as_bytes().first(), Some(b'a' | b'e' | b'b'))
        && ["al-", "el-", "bin-", "ad-", "as-", "ash-", "an-", "ar-"]
            .iter()
            .any(|x| w.starts_with(x))
}

/// Last words of a portfolio in a title (`Minister of Foreign Affairs`, `Vice President
/// for Communications`): a name may follow.
const PORTFOLIO_ENDS: &[&str] = &[
    "Affairs",
    "Relations",
    "Development",
    "Operations",
    "Communications",
    "Resources",
    "Services",
    "Security",
    "Defence",
    "Defense",
    "Finance",
    "Justice",
    "Health",
    "Education",
    "Transport",
    "Trade",
    "Energy",
    "Interior",
    "Agriculture",
    "Environment",
    "Labour",
    "Labor",
    "Marketing",
    "Sales",
    "Research",
    "Policy",
    "Strategy",
    "Technology",
    "Forestry",
    "Plantations",
    "Fisheries",
    "Mines",
    "Mining",
    "Petroleum",
    "Works",
    "Housing",
    "Tourism",
    "Culture",
    "Sports",
    "Youth",
    "Information",
    "Planning",
    "Industry",
    "Commerce",
    "Telecommunications",
    "Infrastructure",
    "Water",
    "Lands",
    "Power",
    "Aviation",
    "Welfare",
    "Women",
    "Heritage",
    "Police",
    "Prisons",
    "Arts",
    "Science",
    "Innovation",
    "Immigration",
    "Employment",
    "Pensions",
    "Economy",
    "Budget",
];

/// The last word of a portfolio: a listed one, or an abstract noun by its ending
/// (`Inter-Provincial Coordination`, `Overseas Employment`, `Public Safety`), not a
/// given name (`Clement`).
fn portfolio_end(w: &str) -> bool {
    PORTFOLIO_ENDS.contains(&w)
        || w.len() >= 6
            && ["tion", "sion", "ment", "ity", "ics", "ism"]
                .iter()
                .any(|x| w.ends_with(x))
            && is_cap(w)
            && !is_all_caps(w)
            && !lexicon().given_names.contains(&fold_word(w))
}

/// Stock exchanges named before a ticker in parentheses.
const EXCHANGES: &[&str] = &[
    "NYSE", "Nasdaq", "NASDAQ", "AMEX", "LSE", "TSX", "ASX", "HKEX", "SGX", "NSE", "BSE", "OTC",
    "Euronext", "XETRA", "Xetra", "TSE", "SIX", "JSE", "KRX", "TWSE", "OMX",
];

const LOC_PREPS: &[&str] = &[
    "in",
    "from",
    "near",
    "outside",
    "across",
    "into",
    "towards",
    "toward",
    "around",
    "via",
    "inside",
    "throughout",
    "to",
    "at",
    "visited",
    "visit",
    "capital",
];

const TITLE_MODIFIERS: &[&str] = &[
    "acting",
    "deputy",
    "former",
    "interim",
    "vice",
    "outgoing",
    "incoming",
    "caretaker",
    "then",
    "assistant",
    "associate",
    "senior",
    "chief",
    "junior",
    "first",
    "new",
    "ex",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// An actor being built.
#[derive(Debug, Clone)]
pub struct ActorB {
    pub name: String,
    pub key: Vec<String>,
    pub kind: Option<ActorKind>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub gender: Option<Gender>,
    pub person_ev: i32,
    pub place_ev: i32,
    pub other_ev: i32,
    /// Evidence for an organisation (`X, the manufacturer,`; `shares in X`).
    pub org_ev: i32,
    /// Mentions: (segment, first token, last token + 1).
    pub mentions: Vec<(usize, usize, usize)>,
    /// Mentions inside a hyphenated word (`Saudi-led`, `India-Pakistan`): (segment,
    /// byte start, byte end) in the segment's text. They name the actor but never
    /// stand for a noun phrase of their own.
    pub parts: Vec<(usize, usize, usize)>,
    pub merged_into: Option<usize>,
    pub quote_count: usize,
    /// Only ever seen opening a sentence.
    pub only_initial: bool,
    /// Known from a word list (gazetteer, platforms): always reported.
    pub known: bool,
}

/// One mention in a segment.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub actor: usize,
    /// Token range of the whole mention including titles/honorifics.
    pub full_s: usize,
    /// Token range of the name itself.
    pub s: usize,
    pub e: usize,
    pub has_title: bool,
}

#[derive(Default)]
pub struct Registry {
    pub actors: Vec<ActorB>,
    by_key: FxHashMap<Vec<String>, usize>,
    /// Demonyms seen in text: folded demonym -> actor (the place).
    pub demonyms: FxHashMap<String, usize>,
    /// Actors named side by side (`Karsk and Valdor`): they tend to share a kind.
    pub coordinated: Vec<(usize, usize)>,
    /// Nicknames set in a name (`Joko "Jokowi" Widodo`): the nickname's key and the
    /// person.
    nicknames: Vec<(Vec<String>, usize)>,
    /// Analysed chains: (text, opens a sentence, a lowercase word follows) -> mentions.
    /// (the key is the chain's text, two flags and the lower-case title before it,
    /// built in `chain_key`; the value indexes `chain_pushes`)
    chain_cache: FxHashMap<String, usize>,
    chain_pushes: Vec<Vec<CachedPush>>,
    chain_key: String,
}

impl Registry {
    pub fn resolve(&self, mut i: usize) -> usize {
        while let Some(j) = self.actors[i].merged_into {
            i = j;
        }
        i
    }

    fn find_key(&self, key: &[String]) -> Option<usize> {
        self.by_key.get(key).map(|&i| self.resolve(i))
    }

    fn add(&mut self, name: &str, key: Vec<String>, kind: Option<ActorKind>) -> usize {
        let i = self.actors.len();
        self.by_key.insert(key.clone(), i);
        self.actors.push(ActorB {
            name: name.to_string(),
            key,
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            gender: None,
            person_ev: 0,
            place_ev: 0,
            other_ev: 0,
            org_ev: 0,
            mentions: Vec::new(),
            parts: Vec::new(),
            merged_into: None,
            quote_count: 0,
            only_initial: true,
            known: false,
        });
        i
    }

    fn alias(&mut self, i: usize, surface: &str) {
        let a = &mut self.actors[i];
        if surface != a.name && !a.aliases.iter().any(|x| x == surface) {
            a.aliases.push(surface.to_string());
        }
        let key = name_key(surface);
        self.by_key.entry(key).or_insert(i);
    }

    /// The listed actor `name` of `kind` (found or made), written `surface` here.
    fn known_as(&mut self, name: &str, kind: ActorKind, surface: &str) -> usize {
        let nk = name_key(name);
        let a = match self.find_key(&nk) {
            Some(a) => a,
            None => self.add(name, nk, Some(kind)),
        };
        self.actors[a].kind = Some(kind);
        self.actors[a].known = true;
        if surface != name {
            self.alias(a, surface);
        }
        a
    }

    /// Find or make the actor for a person-like name.
    /// A role given by the text around a mention (an appositive, an office before the
    /// name): kept once, and a sign of a person (no place holds a role).
    fn described_as(&mut self, actor: usize, role: String) {
        let a = self.resolve(actor);
        let ab = &mut self.actors[a];
        if ab.kind != Some(ActorKind::Place)
            && !ab.roles.iter().any(|r| r.eq_ignore_ascii_case(&role))
        {
            ab.roles.push(role);
            ab.person_ev += 2;
        }
    }

    fn person_like(&mut self, surface: &str, key: Vec<String>, titled: bool) -> usize {
        if let Some(i) = self.find_key(&key) {
            return i;
        }
        // surname (or tail) of a known person: `Varga`, `Al Noor`; or, for a given name
        // alone, the one person of that first name (`Serena` after `Serena Williams`)
        let given = key.len() == 1 && lexicon().given_names.contains(&key[0]);
        let cands: Vec<usize> = (0..self.actors.len())
            .filter(|&i| {
                let a = &self.actors[i];
                a.merged_into.is_none()
                    && a.kind != Some(ActorKind::Place)
                    && a.kind != Some(ActorKind::Organization)
                    && a.key.len() > key.len()
                    && (a.key.ends_with(&key)
                        || ((titled || given) && key.len() == 1 && a.key[0] == key[0])
                        // the first of a person's three names or more, in the Malay and
                        // Arab way of naming (`Mushafiz` after `Mushafiz Mustafa Bakri`)
                        || (key.len() == 1
                            && a.key.len() >= 3
                            && a.key[0] == key[0]
                            && (a.kind == Some(ActorKind::Person)
                                || a.person_ev > 0
                                || !a.roles.is_empty()))
                        // a given name we do not list, alone, after the person's full
                        // name of two words was given with a title or role (`Mamata`
                        // after `Chief Minister Mamata Banerjee`, `Somyot` after `Pol
                        // Gen Somyot Poompunmuang`)
                        || (key.len() == 1
                            && a.key.len() == 2
                            && a.key[0] == key[0]
                            && !a.roles.is_empty()
                            && a.kind != Some(ActorKind::Other)
                            && !lexicon().gazetteer.contains_key(&key[0]))
                        // the name after a prophet's name or its short form, which
                        // many share (`Radzi` after `Mohd. Radzi Jidin`, `Nazri` after
                        // `Muhammad Nazri Aziz`)
                        || (key.len() == 1
                            && a.key.len() >= 3
                            && a.key[1] == key[0]
                            && matches!(
                                a.key[0].as_str(),
                                "mohd"
                                    | "muhd"
                                    | "md"
                                    | "muhammad"
                                    | "mohammad"
                                    | "mohamad"
                                    | "mohammed"
                                    | "mohamed"
                                    | "muhamad"
                                    // (and a lineage's style that stands first: `Rizwana`
                                    // after `Syeda Rizwana Hasan`)
                                    | "syed"
                                    | "syeda"
                                    | "sayed"
                                    | "sayyid"
                                    | "sheikh"
                                    | "shaikh"
                            )
                            && (a.kind == Some(ActorKind::Person)
                                || a.person_ev > 0
                                || !a.roles.is_empty()))
                        // the given names of a longer name (`Noor Hisham` after `Noor
                        // Hisham Abdullah`)
                        // (of a person: `World Cup` is no short form of `World Cup
                        // Group E`)
                        || (key.len() >= 2
                            && a.key.starts_with(&key)
                            && (a.kind == Some(ActorKind::Person)
                                || a.person_ev > 0
                                || !a.roles.is_empty()))
                        // a titled name that is the middle of a longer one (`Comm
                        // Rahaman` after `Ab Rahaman Arsad`)
                        || (titled
                            && key.len() == 1
                            && a.key.len() >= 3
                            && a.key[1..a.key.len() - 1].contains(&key[0])))
            })
            .collect();
        if cands.len() == 1
            || (cands.len() > 1
                && cands
                    .iter()
                    .all(|&c| self.actors[c].key == self.actors[cands[0]].key))
        {
            let i = cands[0];
            self.alias(i, surface);
            return i;
        }
        // (`Mr Williams` after `Douglas Williams, of Williams Gray Williams`: of names
        // ending so, the one person's)
        let personish = |a: &ActorB| {
            a.kind == Some(ActorKind::Person)
                || !a.roles.is_empty()
                || a.person_ev > 0
                || a.kind.is_none() && lexicon().given_names.contains(&a.key[0])
        };
        if cands.len() > 1
            && let [i] = cands
                .iter()
                .copied()
                .filter(|&c| personish(&self.actors[c]))
                .collect::<Vec<_>>()[..]
        {
            self.alias(i, surface);
            return i;
        }
        // (`Rivera` after `Nelson Rivera` and `Lori Lewis-Rivera`: a surname of its own
        // wins over the second half of a double-barrelled one)
        if cands.len() > 1
            && key.len() == 1
            && let [i] = cands
                .iter()
                .copied()
                .filter(|&c| {
                    self.actors[c]
                        .name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| fold_word(strip_possessive(w).0) == key[0])
                })
                .collect::<Vec<_>>()[..]
        {
            self.alias(i, surface);
            return i;
        }
        // a fuller name for an actor known so far by a tail: `Anna Varga` after `Varga`
        if key.len() >= 2 {
            let tails: Vec<usize> = (0..self.actors.len())
                .filter(|&i| {
                    let a = &self.actors[i];
                    a.merged_into.is_none()
                        && a.kind != Some(ActorKind::Place)
                        && a.kind != Some(ActorKind::Organization)
                        && a.key.len() < key.len()
                        && key.ends_with(&a.key)
                })
                .collect();
            if tails.len() == 1 {
                let i = tails[0];
                let old = std::mem::replace(&mut self.actors[i].name, surface.to_string());
                self.actors[i].key = key.clone();
                self.by_key.insert(key.clone(), i);
                self.alias(i, &old);
                return i;
            }
        }
        self.add(surface, key, None)
    }
}

/// Result of scanning one segment for actors.
pub struct SegActors {
    pub mentions: Vec<Mention>,
    /// token index -> mention index
    pub at: Vec<Option<u32>>,
}

/// Does the token at `k` open a sentence: the paragraph's or a sentence's first word,
/// the first after a quote mark or a colon, or the first after a dateline's dash near
/// the paragraph's start (`LONDON - Copper prices`, `(Reuters) - Copper prices`)?
fn opens_sentence(p: &str, toks: &[Tok], sid: &[u32], k: usize) -> bool {
    k == 0
        || sid[k] != sid[k - 1]
        || matches!(toks[k - 1].kind, Tk::Mark { .. } | Tk::Punct(':'))
        || (2..=12).contains(&k)
            && matches!(toks[k - 1].kind, Tk::Punct('-' | '–' | '—'))
            && (toks[k - 2].kind == Tk::Punct(')')
                || toks[k - 2].kind == Tk::Word && {
                    let w = word(p, &toks[k - 2]);
                    w.len() >= 2 && is_all_caps(w)
                })
}

fn word<'a>(p: &'a str, t: &Tok) -> &'a str {
    &p[t.s..t.e]
}

/// Is `words[from..from + k]` a title (lowercased, possessives stripped)?
fn is_title_run(words: &[&str], from: usize, k: usize) -> bool {
    // titles are short: built in place, no allocation
    let mut cand = arrayvec::ArrayString::<128>::new();
    for (i, w) in words[from..from + k].iter().enumerate() {
        if i > 0 && cand.try_push(' ').is_err() {
            return false;
        }
        let w = strip_possessive(w).0;
        let fits = if w.is_ascii() {
            cand.try_push_str(w).is_ok()
        } else {
            w.chars()
                .flat_map(char::to_lowercase)
                .all(|c| cand.try_push(c).is_ok())
        };
        if !fits {
            return false;
        }
    }
    cand.make_ascii_lowercase();
    // (a plural before a list of names: `Union Ministers Mukhtar Abbas Naqvi and ...`)
    lexicon().is_title(&cand)
        || cand.len() > 4
            && cand.ends_with('s')
            && !cand.ends_with("ss")
            && lexicon().is_title(&cand[..cand.len() - 1])
            && !lexicon().trades.contains(&cand[..cand.len() - 1])
        // (`City Councilmen Bill Gulliford and ...`, `Congressmen`)
        || cand
            .strip_suffix("men")
            .is_some_and(|stem| stem.len() >= 4 && lexicon().is_title(&format!("{stem}man")))
}

/// Words naming a minister's or a secretary's portfolio before the title (`Home
/// Minister`, `Union Minister`, `Finance Secretary`), folded.
const PORTFOLIO_WORDS: &[&str] = &[
    "home",
    "union",
    "finance",
    "foreign",
    "interior",
    "defence",
    "defense",
    "health",
    "education",
    "justice",
    "trade",
    "agriculture",
    "energy",
    "environment",
    "transport",
    "labour",
    "labor",
    "treasury",
    "cabinet",
    "state",
    "junior",
    "tourism",
    "housing",
    "communications",
    "information",
    "culture",
    "sports",
    "industry",
    "commerce",
    "petroleum",
    "mines",
    "fisheries",
    "water",
    "works",
    "railways",
    "aviation",
    "immigration",
    "police",
];

/// A lower-cased first word that opens a fronted phrase (`Speaking after ...,`,
/// `After the vote,`): a name inside that phrase is not the sentence's subject.
pub(crate) fn fronted_opener(w: &str) -> bool {
    w.ends_with("ing")
        || matches!(
            w,
            "after" | "before" | "when" | "while" | "asked" | "following" | "despite"
        )
}

/// A point of the compass, lower case (`north`, `south-east`, `northwest`).
fn compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// A title in the singular (`Union Ministers` -> `Union Minister`): one person's role.
fn singular_title(t: &str) -> String {
    let l = t.to_lowercase();
    if l.ends_with('s') && !l.ends_with("ss") && !lexicon().is_title(&l) {
        let one = &t[..t.len() - 1];
        if lexicon()
            .title_heads
            .contains(&*lower(one.rsplit(' ').next().unwrap_or(one)))
        {
            return one.to_string();
        }
    }
    t.to_string()
}

/// What `title_at` needs to know about each word of a chain, worked out once per chain
/// (title look-ups run from every word, and several times from the same one).
struct TitleFlags {
    /// A title modifier (`deputy`, `acting`).
    modifier: Vec<bool>,
    /// The last word of some title (`minister`), possessive stripped.
    head: Vec<bool>,
}

impl TitleFlags {
    fn of(words: &[&str]) -> TitleFlags {
        let lx = lexicon();
        TitleFlags {
            modifier: words
                .iter()
                .map(|w| TITLE_MODIFIERS.contains(&&*lower(w)))
                .collect(),
            head: words
                .iter()
                .map(|w| {
                    let l = lower(strip_possessive(w).0);
                    lx.title_heads.contains(&*l)
                        || l.len() > 4
                            && l.ends_with('s')
                            && !l.ends_with("ss")
                            && lx.title_heads.contains(&l[..l.len() - 1])
                        || l.strip_suffix("men").is_some_and(|stem| {
                            stem.len() >= 4 && lx.title_heads.contains(&*format!("{stem}man"))
                        })
                })
                .collect(),
        }
    }
}

/// Title match starting at chain word `i`: how many words it takes.
fn title_at(words: &[&str], tf: &TitleFlags, i: usize) -> Option<usize> {
    let lx = lexicon();
    // a whole title that starts with a modifier word (`Chief of Police`) first
    if i < words.len() && tf.modifier[i] {
        let max = lx.title_max_words.min(words.len() - i);
        if let Some(k) = (2..=max).rev().find(|&k| is_title_run(words, i, k)) {
            return Some(k);
        }
    }
    let mut j = i;
    while j < words.len() && tf.modifier[j] {
        j += 1;
    }
    let max = lx.title_max_words.min(words.len() - j);
    (1..=max)
        .rev()
        .find(|&k| tf.head[j + k - 1] && is_title_run(words, j, k))
        .map(|k| j + k - i)
        .or_else(|| {
            // a modifier that is a title itself (`Police Chief William McManus`)
            (j > i)
                .then(|| {
                    (1..=j - i)
                        .rev()
                        .find(|&k| tf.head[i + k - 1] && is_title_run(words, i, k))
                })
                .flatten()
        })
}

/// A past-tense verb form: regular (`disagreed`), or a common irregular one.
pub fn past_tense(w: &str) -> bool {
    // (a compound before a noun is no verb: `domestically-produced`, `state-owned`;
    // a prefix is: `re-elected`, `co-founded`)
    if let Some((head, _)) = w.split_once('-')
        && !matches!(
            head,
            "re" | "co" | "pre" | "de" | "un" | "mis" | "over" | "out"
        )
    {
        return false;
    }
    w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
        || w.ends_with("agreed")
        || w.ends_with("anteed")
        || matches!(
            w,
            "went"
                | "used"
                | "owed"
                | "died"
                | "saw"
                | "knew"
                | "grew"
                | "drew"
                | "flew"
                | "found"
                | "became"
                | "came"
                | "left"
                | "spoke"
                | "wrote"
                | "gave"
                | "took"
                | "made"
                | "sent"
                | "met"
                | "held"
                | "led"
                | "stood"
                | "broke"
                | "struck"
                | "sought"
                | "fought"
                | "won"
                | "lost"
                | "ran"
                | "hit"
                | "put"
                | "set"
                | "kept"
                | "brought"
                | "thought"
                | "felt"
                | "began"
                | "chose"
                | "rose"
                | "fell"
        )
}

/// The last word of an area's name (`Lake County`, `Sichuan Province`), lowercase.
/// A word of letters with a capital after lower-case letters, not after a surname's
/// prefix: `MetService`, `YouTube` (not `McAdam`, `DeSantis`, `LeBron`).
fn inner_capital(w: &str) -> bool {
    let w = strip_possessive(w).0;
    if !w.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    let b = w.as_bytes();
    // (lower case after it too: `PoS` is an abbreviation)
    let Some(i) = (1..b.len().saturating_sub(1)).find(|&i| {
        b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase() && b[i + 1].is_ascii_lowercase()
    }) else {
        return false;
    };
    !matches!(
        &w[..i],
        "Mc" | "Mac"
            | "De"
            | "Di"
            | "Da"
            | "Del"
            | "La"
            | "Le"
            | "Van"
            | "Von"
            | "Fitz"
            | "St"
            | "Du"
            | "Des"
            | "Dos"
            | "Al"
            | "El"
            | "Ben"
            | "Abu"
            | "Bin"
    )
}

/// A quarter of a city or region that police districts are named by (`SSP South`).
fn is_quarter(w: &str) -> bool {
    matches!(w, "North" | "South" | "East" | "West" | "Central")
}

/// Common nouns for people that open leads and headlines (`A MAN was`, `Woman
/// hurt`), never read as names alone.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "teen",
    "father",
    "mother",
    "son",
    "daughter",
    "husband",
    "wife",
    "brother",
    "sister",
    "mum",
    "dad",
    "grandmother",
    "grandfather",
    "pensioner",
    "motorist",
    "driver",
    "student",
    "worker",
    "nurse",
    "teacher",
    "farmer",
    "resident",
    "neighbour",
    "neighbor",
    "baby",
    "toddler",
    "child",
    "pupil",
    "cyclist",
    "pedestrian",
    "passenger",
    "tourist",
    "mother-of-two",
    "father-of-two",
];

/// Given names that often come second in a person's names (after a given name we may
/// not list): `Altaf Ahmad Shah`, `Rajesh Kumar Singh`, `Ismail Sabri Yaakob`.
const SECOND_NAMES: &[&str] = &[
    "ahmad", "ahmed", "ali", "mohammad", "muhammad", "mohammed", "mohamed", "kumar", "hussain",
    "hussein", "hassan", "abdul", "abdel", "uddin", "prasad", "lal", "chandra", "nath", "rahman",
    "karim", "aziz", "ibrahim", "ismail", "yusuf", "umar", "omar", "sabri", "singh", "bahadur",
    "mustafa", "mustapha", "abdullah", "hamid", "rashid", "mahmud", "mahmood", "osman", "othman",
    "yusof", "idris", "musa", "salleh", "saleh", "hamzah", "zainal", "noor", "nor",
];

/// The first word of a place named `X of Y` (`Bay of Plenty`, `Gulf of Aden`).
fn place_of_head(w: &str) -> bool {
    matches!(
        w,
        "Bay"
            | "Gulf"
            | "Isle"
            | "Sea"
            | "Strait"
            | "Straits"
            | "Cape"
            | "Lake"
            | "Port"
            | "Mount"
            | "Bight"
            | "Firth"
            | "Vale"
    )
}

fn area_head(w: &str) -> bool {
    matches!(
        w,
        "county"
            | "province"
            | "prefecture"
            | "oblast"
            | "township"
            | "parish"
            | "borough"
            | "governorate"
            | "district"
            | "region"
            // (and a landscape: `Jordan River`, `Rift Valley`, `Cape Peninsula`)
            | "river"
            | "island"
            | "islands"
            | "peninsula"
            | "valley"
            | "mountains"
            | "desert"
            | "ocean"
            | "strait"
            | "delta"
            | "plateau"
            | "archipelago"
    )
}

/// A title held in a company, a team or a firm rather than in a place's government
/// (`CEO`, `chief executive`, `coach`, `analyst`), judged by its last word.
fn corporate_title(title: &[&str]) -> bool {
    let Some(last) = title.last() else {
        return false;
    };
    matches!(
        &*lower(strip_possessive(last).0),
        "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "executive"
            | "officer"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "founder"
            | "co-founder"
            | "cofounder"
            | "analyst"
            | "economist"
            | "strategist"
            | "coach"
            | "manager"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "captain"
            | "owner"
            | "investor"
            | "partner"
            | "shareholder"
            | "trader"
            | "engineer"
            | "researcher"
            | "professor"
            | "scientist"
            | "publisher"
            | "editor"
            | "president"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}

/// A style of two words whose first word alone is a name (`Tan Sri`, `Toh Puan`): its
/// length when one starts at `k`.
fn paired_honorific(words: &[&str], k: usize) -> Option<usize> {
    (matches!(words.get(k), Some(&"Tan" | &"Toh" | &"TAN" | &"TOH"))
        && words
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "Sri" | "Puan" | "SRI" | "PUAN")))
    .then_some(2)
}

/// Whether word `k` is the `Sri` that opens a place's name (`Sri Lanka`, `Sri
/// Jayawardenepura Kotte`), not a style.
fn place_sri(words: &[&str], k: usize) -> bool {
    words[k].eq_ignore_ascii_case("sri")
        && words.get(k + 1).is_some_and(|n| {
            let n = strip_possessive(n).0.to_lowercase();
            n == "lanka" || n == "lankan" || n.starts_with("jayawarden")
        })
}

/// The number of style words (`Datuk`, `Dr`, `Tan Sri`) from word `k` on.
fn styles_at(words: &[&str], mut k: usize) -> usize {
    let from = k;
    while k < words.len() {
        if let Some(n) = paired_honorific(words, k) {
            k += n;
        } else if lexicon().is_honorific(words[k]) && !place_sri(words, k) {
            k += 1;
        } else {
            break;
        }
    }
    k - from
}

/// `Addressing participants at the rally, Mahama said`, `Speaking to reporters, ...`: a
/// participle opening a sentence before its object or a preposition, no name (`Boeing
/// said`, `Fleming told reporters` are: a verb follows them).
fn opening_participle(p: &str, toks: &[Tok], sid: &[u32], i: usize) -> bool {
    let w = word(p, &toks[i]);
    let starts = i == 0
        || sid.get(i) != sid.get(i - 1)
        || matches!(
            toks[i - 1].kind,
            Tk::Mark { .. } | Tk::Punct('(' | '—' | '–')
        ) && (i == 1 || sid.get(i - 1) != sid.get(i - 2));
    if !starts
        || w.len() < 6
        || !w.ends_with("ing")
        || !w[1..].bytes().all(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    // `Explaining, the analyst said`, `Continuing, she said`: a participle of saying
    // set off by its comma
    if toks.get(i + 1).is_some_and(|t| t.kind == Tk::Punct(','))
        && let l = lower(w)
        && (lexicon().speech_verb(&l).is_some()
            || matches!(
                &*l,
                "continuing" | "concluding" | "elaborating" | "reacting" | "responding"
            ))
    {
        return true;
    }
    let Some(next) = toks
        .get(i + 1)
        .filter(|t| t.kind == Tk::Word && t.s == toks[i].e + 1)
    else {
        return false;
    };
    let nw = &p[next.s..next.e];
    let l = lower(w);
    // `Calling Fazlur Rehman a "seasoned" politician, he urged ...`, `Thanking
    // Parliament, the minister said`: a participle that takes a name as its object
    if nw.starts_with(|c: char| c.is_uppercase())
        && matches!(
            &*l,
            "calling"
                | "describing"
                | "labelling"
                | "labeling"
                | "branding"
                | "dubbing"
                | "terming"
                | "praising"
                | "thanking"
                | "urging"
                | "accusing"
                | "congratulating"
                | "welcoming"
                | "criticising"
                | "criticizing"
                | "blaming"
                | "quoting"
                | "citing"
                | "addressing"
                | "telling"
                | "reminding"
                | "lauding"
                | "commending"
                | "hailing"
                | "assuring"
        )
    {
        return true;
    }
    if !nw.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let lx = lexicon();
    if lx.gazetteer.contains_key(&*l) || lx.given_names.contains(&*l) {
        return false;
    }
    matches!(
        nw,
        "at" | "to"
            | "on"
            | "in"
            | "with"
            | "about"
            | "before"
            | "after"
            | "from"
            | "for"
            | "during"
            | "over"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
            | "him"
            | "them"
            | "us"
            | "me"
    ) || nw.len() > 3
        && nw.ends_with('s')
        && !nw.ends_with("ss")
        && lx.speech_verb(nw).is_none()
        && !matches!(nw, "has" | "was" | "does" | "is")
}

/// The listed places and bodies inside the hyphenated word `t`: the capitalised head
/// of an adjective (`Saudi-led`, `UN-backed`, `Kenya-based`), or each member of a pair
/// (`India-Pakistan`, `US-China`). Each is recorded as a part mention.
fn hyphen_parts(reg: &mut Registry, seg: usize, p: &str, t: &Tok) {
    let w = strip_possessive(&p[t.s..t.e]).0;
    let pieces: Vec<(usize, &str)> = w
        .split(['-', '‑'])
        .scan(0usize, |at, x| {
            let here = *at;
            *at += x.len()
                + if w[*at + x.len()..].starts_with('‑') {
                    '‑'.len_utf8()
                } else {
                    1
                };
            Some((here, x))
        })
        .collect();
    let named: Vec<(usize, &str)> = if hyphen_modifier(w) {
        // (the head: all but the lower-case last part, itself one word)
        match pieces[..] {
            [(a, x), _] => vec![(a, x)],
            _ => return,
        }
    } else if pieces.len() == 2 {
        pieces
    } else {
        return;
    };
    let lx = lexicon();
    let mut found: Vec<(usize, usize, String, ActorKind)> = Vec::new();
    for (off, x) in named {
        if !is_cap(x) {
            return;
        }
        let (name, kind) = match lx.gazetteer.get(&*lower(x)).copied() {
            Some(Gazetteer::Country(ci) | Gazetteer::Demonym(ci)) => {
                (lx.countries[ci].name.clone(), ActorKind::Place)
            }
            Some(Gazetteer::Capital(ci)) => (lx.countries[ci].capital.clone(), ActorKind::Place),
            Some(Gazetteer::Place(pi)) => (lx.places[pi].clone(), ActorKind::Place),
            Some(Gazetteer::Org(oi)) if !lx.orgs[oi].miscased_acronym(x) => {
                (lx.orgs[oi].name.clone(), ActorKind::Organization)
            }
            _ => return,
        };
        found.push((off, off + x.len(), name, kind));
    }
    for (a, b, name, kind) in found {
        let act = reg.known_as(&name, kind, &w[a..b]);
        reg.actors[act].parts.push((seg, t.s + a, t.s + b));
    }
}

/// `Oslo-set`, `Goa-based`, `Oscar-winning`, `AI-powered`: a capitalised word made an
/// adjective by a lowercase last part, not a name (`Jean-Paul`, `al-Noor` are).
fn hyphen_modifier(w: &str) -> bool {
    if w.is_ascii() && !w.as_bytes().contains(&b'-') {
        return false;
    }
    // `Man-of-the-Match`, `Commander-in-Chief`: a compound phrase, not a name
    // (`Port-of-Spain`, `Stoke-on-Trent`, `Sutton-in-Ashfield` are)
    if w.split(['-', '‑']).any(|x| x == "the") || w.ends_with("-in-Chief") || w.ends_with("-in-Law")
    {
        return true;
    }
    w.rsplit_once(['-', '‑']).is_some_and(|(head, last)| {
        !head.is_empty()
            && last.chars().count() >= 3
            && last.chars().next().is_some_and(char::is_lowercase)
            && last.chars().all(char::is_alphabetic)
            // (a romanised given name is a name: `Chang-yong`, `Jin-wook`, `Kai-shek`)
            && !(romanised_syllable(&head.to_ascii_lowercase()) && romanised_syllable(last))
    })
}

/// One syllable of a romanised Korean or Chinese name (`chang`, `yong`, `wook`, `tae`,
/// `shek`): an initial consonant or cluster, a vowel group, a final nasal or stop.
fn romanised_syllable(s: &str) -> bool {
    const INITIALS: [&str; 10] = ["ch", "sh", "zh", "kk", "tt", "pp", "ss", "jj", "ts", "hs"];
    const VOWELS: [&str; 33] = [
        "yeo", "yae", "wae", "iao", "eo", "eu", "ae", "oe", "ui", "ya", "ye", "yo", "yu", "wa",
        "we", "wo", "wi", "ai", "ao", "ei", "ou", "ia", "ie", "iu", "ua", "uo", "oo", "ee", "a",
        "e", "i", "o", "u",
    ];
    const FINALS: [&str; 9] = ["ng", "n", "k", "l", "m", "p", "t", "h", ""];
    if !s.is_ascii() || s.len() > 7 {
        return false;
    }
    let rests = [
        Some(s),
        INITIALS.iter().find_map(|i| s.strip_prefix(i)),
        s.strip_prefix(|c: char| "bcdfghjklmnpqrstwxyz".contains(c)),
    ];
    rests.into_iter().flatten().any(|rest| {
        VOWELS
            .iter()
            .any(|v| rest.strip_prefix(v).is_some_and(|f| FINALS.contains(&f)))
    })
}

pub fn is_org_head(w: &str) -> bool {
    let w = strip_possessive(w).0;
    // (a plural's possessive: `Marlow Foods' plants`)
    let w = if w.ends_with("s'") || w.ends_with("s’") {
        w.trim_end_matches(['\'', '’'])
    } else {
        w
    };
    lexicon().org_heads.contains(w)
}

/// Scan a segment: find name chains, classify them, register actors and mentions.
/// A place first met in a dateline in capitals (`DAVAO CITY`) is written as a name
/// (`Davao City`), the capitals kept as an alias.
fn dateline_name(reg: &mut Registry, a: usize) {
    let a = reg.resolve(a);
    let name = reg.actors[a].name.clone();
    if !is_all_caps(&name) || reg.actors[a].known {
        return;
    }
    let titled: Vec<String> = name
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect();
    reg.actors[a].name = titled.join(" ");
    reg.alias(a, &name);
}

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// The closing mark of a nickname in quotes right after token `j` and before a
/// capitalised word (`“Boots” McCormick`, `"Magic" Johnson`): one or two capitalised
/// words between marks of one kind.
fn nickname_after(p: &str, toks: &[Tok], j: usize) -> Option<usize> {
    let open = toks.get(j + 1)?;
    let Tk::Mark { ch, .. } = open.kind else {
        return None;
    };
    if !matches!(ch, '“' | '"' | '‘' | '\'') || open.s != toks[j].e + 1 {
        return None;
    }
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Tk::Word && is_cap(word(p, t)))
    };
    let close = (j + 3..=j + 4).find(|&c| {
        toks.get(c)
            .is_some_and(|t| matches!(t.kind, Tk::Mark { .. }))
            && (j + 2..c).all(cap)
    })?;
    let after = toks.get(close + 1)?;
    (toks[close].e + 1 == after.s
        && cap(close + 1)
        // (`the Terrence "BJ" Marcelle-arranged version`: a modifier, no surname)
        && !hyphen_modifier(word(p, after))
        && !lexicon().function_words.contains(&*lower(word(p, after))))
    .then_some(close)
}

pub fn scan(reg: &mut Registry, seg_idx: usize, p: &str, toks: &[Tok], sid: &[u32]) -> SegActors {
    let lx = lexicon();
    let n = toks.len();
    let mut out = SegActors {
        mentions: Vec::new(),
        at: vec![None; n],
    };
    let is_word = |i: usize| i < n && toks[i].kind == Tk::Word;
    let caps_run = |i: usize| -> bool {
        let w = word(p, &toks[i]);
        if !is_all_caps(strip_possessive(w).0) {
            return false;
        }
        // (a short title in capitals is no shouting: `SEIFSA’s CEO Lucio Trentini`)
        let neighbour = |j: usize| {
            is_word(j) && {
                let nw = strip_possessive(word(p, &toks[j])).0;
                is_all_caps(nw)
                    && (nw.len() > 4 || !lx.is_title(&lower(nw)) || matches!(nw, "PM" | "AM"))
            }
        };
        (i > 0 && neighbour(i - 1)) || neighbour(i + 1)
    };
    // the token indices of up to `k` capitalised words from `from`
    let caps_ahead = |from: usize, k: usize| {
        (from..(from + k).min(n)).take_while(move |&x| is_word(x) && is_cap(word(p, &toks[x])))
    };
    // a stock exchange right after an opening parenthesis (its callers check that):
    // `(NYSE: MOT)`
    let exchange = |i: usize| {
        is_word(i)
            && toks.get(i + 1).is_some_and(|t| t.kind == Tk::Punct(':'))
            && EXCHANGES.contains(&word(p, &toks[i]))
    };
    // `Saudi-led`, `UN-backed`, `India-Pakistan`: listed places and bodies inside a
    // hyphenated word are named there (the word itself is no name)
    for t in toks {
        let b = &p.as_bytes()[t.s..t.e];
        if matches!(t.kind, Tk::Word)
            && (b[0].is_ascii_uppercase() || !b[0].is_ascii())
            && (b.contains(&b'-') || !b.is_ascii() && p[t.s..t.e].contains('‑'))
            && is_cap(&p[t.s..t.e])
        {
            hyphen_parts(reg, seg_idx, p, t);
        }
    }
    let mut i = 0;
    // (where the name after a bracketed title acronym starts; the acronym; the title)
    let mut role_acronym: Option<(usize, String, String)> = None;
    // (where a name set off after a body's officer starts; the title: `The CRDB Bank
    // Board Chairman, Mr Martin Mmari`)
    let mut role_comma: Option<(usize, String)> = None;
    // `KUALA LUMPUR, Oct 21 —`, `PORT HAMRA (Reuters) —`: a dateline of several words
    // in capitals opening the paragraph names a place
    // (`MANILA Philippines —`: one word in capitals, then the country)
    if is_word(0)
        && is_all_caps(word(p, &toks[0]))
        && word(p, &toks[0]).len() > 2
        && is_word(1)
        && !is_all_caps(word(p, &toks[1]))
        && toks
            .get(2)
            .is_some_and(|t| matches!(t.kind, Tk::Punct('(' | '—' | '–' | ',' | '|')))
        && matches!(
            lx.gazetteer.get(&*lower(word(p, &toks[1]))),
            Some(Gazetteer::Country(_) | Gazetteer::Place(_))
        )
        && !lx.function_words.contains(&*lower(word(p, &toks[0])))
    {
        let first = out.mentions.len();
        process_chain(reg, seg_idx, p, toks, sid, 0, 1, &mut out);
        for m in &out.mentions[first..] {
            reg.actors[m.actor].place_ev += 3;
            dateline_name(reg, m.actor);
        }
        i = 1;
    } else if let Some(r) = (2..=4).find(|&r| {
        (0..r).all(|k| {
            is_word(k) && is_all_caps(word(p, &toks[k])) && word(p, &toks[k]).len() > 1 && {
                // (words, not a shouted sentence: `THE MINISTER SAID,`)
                let l = lower(word(p, &toks[k]));
                !lx.function_words.contains(&*l)
                    && !lx.title_heads.contains(&*l)
                    && lx.speech_verb(&l).is_none()
            }
        }) && toks
            .get(r)
            .is_some_and(|t| matches!(t.kind, Tk::Punct('(' | '—' | '–' | ',' | '|')))
    }) && sid.get(r).is_some_and(|&x| x == sid[0])
    {
        let first = out.mentions.len();
        process_chain(reg, seg_idx, p, toks, sid, 0, r, &mut out);
        for m in &out.mentions[first..] {
            reg.actors[m.actor].place_ev += 3;
            dateline_name(reg, m.actor);
        }
        i = r;
    }
    while i < n {
        if i > 0 && toks[i - 1].kind == Tk::Punct('(') && exchange(i) {
            // the exchange, its colon and the symbol: no actors
            i += 3;
            continue;
        }
        if !is_word(i)
            || !(is_cap(word(p, &toks[i])) || particle_surname(word(p, &toks[i])))
            // (names hold no digits: `NOK1V`, `COVID-19`, `F-35`; but a listed body
            // does: `G20`)
            || word(p, &toks[i]).bytes().any(|b| b.is_ascii_digit())
                && !lexicon()
                    .gazetteer
                    .contains_key(&*lower(strip_possessive(word(p, &toks[i])).0))
            // (nor a lawmaker's party and state: `Bob Corker, R-Tenn.`)
            || super::party_state_tag(word(p, &toks[i]))
            // (nor a negative's contraction: `Hasn't said a word ...` in a headline)
            || word(p, &toks[i]).ends_with("n't")
            || word(p, &toks[i]).ends_with("n’t")
            || caps_run(i)
            || hyphen_modifier(word(p, &toks[i]))
            // (`US$1 billion`, `NZ$40`: a currency's prefix)
            || p[toks[i].e..].starts_with('$')
            || opening_participle(p, toks, sid, i)
        {
            i += 1;
            continue;
        }
        // extend the chain
        let start = i;
        let mut j = i;
        loop {
            let w = word(p, &toks[j]);
            // (`Cambodian People's Party`, `People’s Liberation Army`: a possessive inside
            // a body's name)
            if strip_possessive(w).1
                && !(matches!(strip_possessive(w).0, "People" | "Women" | "Children")
                    && is_word(j + 1)
                    && toks[j + 1].s == toks[j].e + 1
                    && matches!(
                        word(p, &toks[j + 1]),
                        "Party"
                            | "Republic"
                            | "Liberation"
                            | "Democratic"
                            | "Congress"
                            | "Alliance"
                            | "Front"
                            | "Movement"
                            | "Daily"
                            | "Bank"
                            | "Army"
                            | "Assembly"
                            | "Action"
                            | "Power"
                            | "National"
                            | "Progressive"
                            | "Hospital"
                            | "League"
                            | "Union"
                            | "Court"
                            | "Council"
                            | "Mujahedin"
                            | "Mojahedin"
                    ))
            {
                break;
            }
            let nx = j + 1;
            if is_word(nx) && toks[nx].s == toks[j].e + 1
                || is_word(nx) && p[toks[j].e..toks[nx].s].trim().is_empty()
            {
                let nw = word(p, &toks[nx]);
                // (a person's name of two words right after a body's head word, or its
                // acronym, is no part of the body's name: `Japan's Foreign Ministry Yukiko
                // Okano said`, `the President of the ASTI Eamon Dennehy said`)
                let wj = word(p, &toks[j]);
                if (matches!(
                    wj,
                    "Ministry"
                        | "Department"
                        | "Agency"
                        | "Commission"
                        | "Council"
                        | "Committee"
                        | "Office"
                        | "Police"
                        | "Authority"
                        | "Bureau"
                ) && j > start
                    || j == start
                        && wj.len() >= 3
                        && is_all_caps(wj)
                        && !lx.title_heads.contains(&*lower(wj))
                    // (`Minister in the Presidency Jeff Radebe`)
                    || j == start
                        && matches!(wj, "Presidency" | "Cabinet" | "Treasury" | "Parliament")
                        && start > 0
                        && matches!(word(p, &toks[start - 1]), "the" | "The"))
                    // (not an office: `Inspector General of Police Douglas Kanja`)
                    && !(start..j).any(|k| lx.title_heads.contains(&*lower(word(p, &toks[k]))))
                    && lx.given_names.contains(&fold_word(nw))
                    && is_word(nx + 1)
                    && is_cap(word(p, &toks[nx + 1]))
                    && toks[nx + 1].s == toks[nx].e + 1
                    && !(is_word(nx + 2)
                        && is_cap(word(p, &toks[nx + 2]))
                        && toks[nx + 2].s == toks[nx + 1].e + 1)
                {
                    break;
                }
                // (a day after a name is when, not part of it: `in Winston-Salem
                // Wednesday`)
                if is_cap(nw) && !caps_run(nx) && !hyphen_modifier(nw) && !weekday(nw)
                    || particle_name(nw)
                {
                    j = nx;
                    continue;
                }
                let nl_buf = lower(nw);
                let nl: &str = &nl_buf;
                let org_so_far = (start..=j).any(|k| is_org_head(word(p, &toks[k])))
                    // `Secretary of State`, `Minister of Foreign Affairs`
                    || lx.title_heads.contains(&*lower(word(p, &toks[j])))
                    // `Bay of Plenty`, `Isle of Man`, `Port of Spain`
                    || nl == "of"
                        && place_of_head(word(p, &toks[j]))
                        && (start..j).all(|k| word(p, &toks[k]) == "The");
                if (is_connector(nl) || (matches!(nl, "of" | "for") && org_so_far))
                    && is_word(nx + 1)
                    && is_cap(word(p, &toks[nx + 1]))
                    && !lx.function_words.contains(&*lower(word(p, &toks[nx + 1])))
                {
                    j = nx + 1;
                    continue;
                }
                if nw.starts_with("al-") || nw.starts_with("el-") {
                    j = nx;
                    continue;
                }
                // `Congress of the People`, `Bank of the Philippine Islands`: a body's head
                // word, then `of the` and a name
                if nl == "of"
                    && is_org_head(word(p, &toks[j]))
                    && !lx.title_heads.contains(&*lower(word(p, &toks[j])))
                    && is_word(nx + 1)
                    && word(p, &toks[nx + 1]) == "the"
                    && toks[nx + 1].s == toks[nx].e + 1
                    && is_word(nx + 2)
                    && toks[nx + 2].s == toks[nx + 1].e + 1
                    && is_cap(word(p, &toks[nx + 2]))
                    && !caps_run(nx + 2)
                    && !lx.function_words.contains(&*lower(word(p, &toks[nx + 2])))
                    // (not a body or place of its own: `the Corporate Communications
                    // Unit of the Jamaica Constabulary Force`, `of the United Nations`,
                    // `of the State of Mexico`)
                    && {
                        let run: Vec<usize> = caps_ahead(nx + 2, 4).collect();
                        let names = run.iter().map(|&k| word(p, &toks[k])).collect::<Vec<_>>();
                        let after = run.last().map_or(nx + 3, |&k| k + 1);
                        let own_body = names.iter().any(|w| {
                            is_org_head(w)
                                || lx.title_heads.contains(&*lower(w))
                                || lx.gazetteer.contains_key(&*lower(w))
                        }) || lx.gazetteer.contains_key(&*lower(&names.join(" ")));
                        let of_more = is_word(after) && word(p, &toks[after]) == "of";
                        !own_body && !of_more
                    }
                {
                    j = nx + 2;
                    continue;
                }
                // `Ministry of Health and Wellness`, `Center for Disease Control and
                // Prevention`, `Food and Drug Administration`: an organisation's name
                // goes on over `and` (`Ruritania and Borovia` does not)
                // (a name already ending in its head takes no more: `Teamsters and
                // United Steelworkers` are two unions)
                // (nor one holding a person's name: `Bank of America CEO Ken Lewis and
                // Merrill Lynch CEO John Thain`)
                // (a plural sector word is no head when a public body's head follows:
                // `Australian Securities and Investments Commission`)
                let sector_then_body = || {
                    let wj = word(p, &toks[j]);
                    wj.ends_with('s')
                        && is_word(nx + 1)
                        && caps_ahead(nx + 1, 3).any(|k| {
                            matches!(
                                strip_possessive(word(p, &toks[k])).0,
                                "Commission"
                                    | "Authority"
                                    | "Council"
                                    | "Committee"
                                    | "Board"
                                    | "Agency"
                                    | "Association"
                                    | "Federation"
                                    | "Union"
                                    | "Institute"
                                    | "Organisation"
                                    | "Organization"
                                    | "Department"
                                    | "Ministry"
                                    | "Bureau"
                                    | "Administration"
                                    | "Tribunal"
                            )
                        })
                };
                // (a known name holding `and`: `The Globe and Mail`, `Mail & Guardian`)
                if matches!(nl, "and" | "&")
                    && let Some(last) = (nx + 1..(nx + 3).min(n))
                        .take_while(|&x| is_word(x) && is_cap(word(p, &toks[x])))
                        .filter(|&x| {
                            // (after an article opening the chain too: `A Globe and Mail
                            // report says`)
                            let from = if j > start
                                && matches!(word(p, &toks[start]), "A" | "An" | "The")
                            {
                                [start, start + 1]
                            } else {
                                [start, start]
                            };
                            from.iter().any(|&f| {
                                lx.gazetteer.contains_key(&*lower(&format!(
                                    "{} {nl} {}",
                                    &p[toks[f].s..toks[j].e],
                                    &p[toks[nx + 1].s..toks[x].e]
                                )))
                            })
                        })
                        .last()
                {
                    j = last;
                    continue;
                }
                // (`Minister for Energy and Mineral Resources`: a title's portfolio
                // goes on over `and` whatever its words)
                let portfolio = || {
                    (start..j).any(|k| {
                        lx.title_heads.contains(&*lower(word(p, &toks[k])))
                            && matches!(word(p, &toks[k + 1]), "of" | "for")
                    })
                };
                if matches!(nl, "and" | "&")
                    && (!is_org_head(word(p, &toks[j])) || sector_then_body() || portfolio())
                    // (an acronym is a name of its own: `BJP and Samajwadi Party`)
                    && !(j == start && is_all_caps(word(p, &toks[j])))
                    && !(start..=j).any(|k| {
                        (lx.given_names.contains(&fold_word(word(p, &toks[k])))
                            // (or a title, then a name of two words: `CEO Ken Lewis`)
                            || lx.title_heads.contains(&*lower(word(p, &toks[k])))
                                && k + 2 <= j
                                && is_cap(word(p, &toks[k + 2])))
                            && is_word(k + 1)
                            && is_cap(word(p, &toks[k + 1]))
                    })
                    && is_word(nx + 1)
                    && is_cap(word(p, &toks[nx + 1]))
                    && !lx.given_names.contains(&fold_word(word(p, &toks[nx + 1])))
                    // (`Secretary of Health and Environment`: a title's portfolio too)
                    && ((start..=j).any(|k| matches!(word(p, &toks[k]), "of" | "for"))
                        && (org_so_far
                            || (start..j).any(|k| lx.title_heads.contains(&*lower(word(p, &toks[k]))))
                                // (not after a name, nor before a second title: `John
                                // Kerry and Defence Secretary Chuck Hagel`)
                                && !(start..=j)
                                    .any(|k| lx.given_names.contains(&fold_word(word(p, &toks[k]))))
                                && !caps_ahead(nx + 1, 3)
                                    .any(|k| lx.title_heads.contains(&*lower(word(p, &toks[k])))))
                        || caps_ahead(nx + 1, 3).any(|k| is_org_head(word(p, &toks[k]))))
                {
                    j = nx + 1;
                    continue;
                }
                break;
            }
            // `Workers' Union`, `Farmers' Cooperative Bank` (not `Reuters' Instinet`,
            // `Rovers' Lenz`: a possessor and a name of its own)
            if let Some(t) = toks.get(nx)
                && matches!(
                    t.kind,
                    Tk::Mark {
                        ch: '\'' | '’', ..
                    }
                )
                && t.s == toks[j].e
                && w.ends_with('s')
                && is_word(nx + 1)
                && is_cap(word(p, &toks[nx + 1]))
                && caps_ahead(nx + 1, 3).any(|k| is_org_head(word(p, &toks[k])))
            {
                j = nx + 1;
                continue;
            }
            // `Transport & General Workers Union`: an organisation's name goes on over a
            // free-standing ampersand
            if toks.get(nx).is_some_and(|t| t.kind == Tk::Punct('&'))
                && is_word(nx + 1)
                && is_cap(word(p, &toks[nx + 1]))
                && caps_ahead(nx + 1, 4).any(|k| is_org_head(word(p, &toks[k])))
            {
                j = nx + 1;
                continue;
            }
            // `William “Boots” McCormick`, `Earvin "Magic" Johnson`: a nickname in
            // quotes between a given name and the surname is part of the mention, not
            // of the name
            if let Some(close) = nickname_after(p, toks, j)
                && (lx.given_names.contains(&fold_word(w))
                    || (start..j).any(|k| lx.title_heads.contains(&*lower(word(p, &toks[k])))))
            {
                j = close + 1;
                continue;
            }
            // `J. Doe`, `Mr. Lund`
            if let Some(t) = toks.get(nx)
                && t.kind == Tk::Punct('.')
                && t.s == toks[j].e
                // `St. Eve`, `St. Louis`
                // `Mohd. Radzi Jidin`: a given name written short
                && (w.chars().count() == 1
                    || lx.is_honorific(w)
                    || matches!(w, "St" | "Mohd" | "Muhd" | "Md" | "Abd"))
                && is_word(nx + 1)
                && is_cap(word(p, &toks[nx + 1]))
            {
                j = nx + 1;
                continue;
            }
            break;
        }
        // `Judge Gerald Butler QC`, `Ann Lee MP`: letters after a name are no part of it
        let post_nominal = j > start + 1 && post_nominal(word(p, &toks[j]));
        if post_nominal {
            j -= 1;
        }
        // `Regional Police Commander (RPC) Gilles Muroto`: a title, its acronym in
        // brackets, then the name: the title and the acronym are the person's
        if toks.get(j + 1).is_some_and(|t| t.kind == Tk::Punct('('))
            && is_word(j + 2)
            && toks.get(j + 3).is_some_and(|t| t.kind == Tk::Punct(')'))
            && is_word(j + 4)
            && is_cap(word(p, &toks[j + 4]))
            && !post_nominal
            && {
                let ac = word(p, &toks[j + 2]);
                (2..=6).contains(&ac.chars().count()) && is_all_caps(ac)
            }
            && {
                let title = lower(&p[toks[start].s..toks[j].e]);
                let last = lower(word(p, &toks[j]));
                lx.title_heads.contains(&*last) && !is_org_head(word(p, &toks[j]))
                    || lx.is_title(&title)
            }
        {
            role_acronym = Some((
                j + 4,
                word(p, &toks[j + 2]).to_string(),
                p[toks[start].s..toks[j].e].to_string(),
            ));
            i = j + 4;
            continue;
        }
        // `The Dutch government`, `Norwegian police`, `the Chinese foreign ministry`: a
        // nation's institution, named by its demonym, is a body of its own
        // (`Rawalpindi police`, `Kuala Lumpur city council`, `Southwark crown court`: a
        // town's own force, council or court, named in lower case after it)
        let local = local_institution(p, toks, start, j);
        if let Some((start, end)) = local.or_else(|| {
            (j == start || j == start + 1 && word(p, &toks[start]) == "The")
                .then(|| national_institution(p, toks, j).map(|end| (j, end)))
                .flatten()
        }) {
            let name = p[toks[start].s..toks[end - 1].e].to_string();
            let a = reg.known_as(&name, ActorKind::Organization, &name);
            let id = out.mentions.len() as u32;
            for k in start..end {
                out.at[k] = Some(id);
            }
            out.mentions.push(Mention {
                actor: a,
                full_s: start,
                s: start,
                e: end,
                has_title: false,
            });
            reg.actors[a].mentions.push((seg_idx, start, end));
            reg.actors[a].only_initial = false;
            i = end;
            continue;
        }
        let first = out.mentions.len();
        // `Outgoing Elders Ltd boss ...`, `Sheepish Elders tries to ...`: a word that is
        // capitalised only because it opens the sentence, before a name known already,
        // is no part of it (unless it is a given name, a title, a place or a known name)
        if j > start
            && is_word(start)
            && is_word(start + 1)
            && (start == 0
                || sid[start] != sid[start - 1]
                || matches!(toks[start - 1].kind, Tk::Mark { .. } | Tk::Punct(':')))
            && opener_before_known(reg, p, toks, start, j)
        {
            process_chain(reg, seg_idx, p, toks, sid, start + 1, j + 1, &mut out);
            i = j + 1;
            continue;
        }
        // `Varga tells Malenko Ruritania expects ...`: a headline's capitals run two
        // known names together; a chain unknown as a whole, made of a known name and a
        // known one-word name, is the two
        if j > start && is_word(j) && is_word(j - 1) && {
            let key_of = |a: usize, b: usize| words_key(p, toks, a, b);
            let place = |a: usize| {
                let x = &reg.actors[a];
                x.kind == Some(ActorKind::Place) || x.kind.is_none() && x.place_ev > x.person_ev
            };
            let person = |a: usize| {
                let x = &reg.actors[a];
                x.kind == Some(ActorKind::Person) || x.kind.is_none() && x.person_ev > x.place_ev
            };
            // (cheapest test first: most chains end in no known place)
            reg.find_key(&key_of(j, j + 1)).is_some_and(place)
                && reg.find_key(&key_of(start, j + 1)).is_none()
                && (reg.find_key(&key_of(start, j)).is_some_and(person)
                    || j - start == 1
                        && reg.by_key.iter().any(|(k, &a)| {
                            k.len() >= 2
                                && k.last().map(String::as_str)
                                    == Some(&*fold_word(word(p, &toks[j - 1])))
                                && person(reg.resolve(a))
                        }))
        } {
            process_chain(reg, seg_idx, p, toks, sid, start, j, &mut out);
            process_chain(reg, seg_idx, p, toks, sid, j, j + 1, &mut out);
            i = j + 1;
            continue;
        }
        // `Jamaica Promotions Corporation (JAMPRO) President, Diane Edwards,`: a title
        // after a body's bracketed acronym is the office of the name set off after it
        if start > 0
            && toks[start - 1].kind == Tk::Punct(')')
            && toks.get(j + 1).is_some_and(|t| t.kind == Tk::Punct(','))
            && is_word(j + 2)
            && is_cap(word(p, &toks[j + 2]))
            && lx.is_title(&lower(&p[toks[start].s..toks[j].e]))
        {
            role_comma = Some((j + 2, p[toks[start].s..toks[j].e].to_string()));
            i = j + 1;
            continue;
        }
        // `the Reserve Bank Governor said`, `a beaming ISRO Chairman said`: a known
        // body's name, then a title and no name after it: a role; only the body is named
        if let Some(cut) = role_after_known(reg, p, toks, start, j + 1) {
            process_chain(reg, seg_idx, p, toks, sid, start, cut, &mut out);
            // (the name set off after the title holds it)
            if toks.get(j + 1).is_some_and(|t| t.kind == Tk::Punct(','))
                && is_word(j + 2)
                && is_cap(word(p, &toks[j + 2]))
            {
                role_comma = Some((j + 2, p[toks[cut].s..toks[j].e].to_string()));
            }
            i = j + 1;
            continue;
        }
        process_chain(reg, seg_idx, p, toks, sid, start, j + 1, &mut out);
        // `Caliber.Az`, `Dawn.com`: a name that is a web address is an outlet's
        if j == start && word(p, &toks[j]).contains('.') && !word(p, &toks[j]).ends_with('.') {
            for m in &out.mentions[first..] {
                let a = reg.resolve(m.actor);
                reg.actors[a].org_ev += 6;
            }
        }
        if let Some((at, title)) = role_comma.take()
            && at == start
            && let Some(m) = out.mentions[first..].iter().find(|m| m.full_s == start)
        {
            let a = reg.resolve(m.actor);
            let x = &reg.actors[a];
            if !matches!(x.kind, Some(ActorKind::Place | ActorKind::Organization))
                && !x.roles.iter().any(|r| r.eq_ignore_ascii_case(&title))
            {
                reg.actors[a].roles.push(title);
                reg.actors[a].person_ev += 2;
            }
        }
        if let Some((at, ac, title)) = role_acronym.take()
            && at == start
            && let Some(m) = out.mentions[first..].iter().find(|m| m.full_s == start)
        {
            let a = reg.resolve(m.actor);
            if reg.actors[a].kind != Some(ActorKind::Place) {
                reg.alias(a, &ac);
                reg.actors[a].person_ev += 4;
                reg.actors[a].kind.get_or_insert(ActorKind::Person);
                if !reg.actors[a]
                    .roles
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(&title))
                {
                    reg.actors[a].roles.push(title);
                }
            }
        }
        if post_nominal {
            j += 1;
        }
        // `UK-based Consensus Economics`, `a Lagos-based firm`: what is based somewhere
        // is a body
        if start > 0 && is_word(start - 1) && word(p, &toks[start - 1]).ends_with("-based") {
            for m in &out.mentions[first..] {
                reg.actors[m.actor].org_ev += 3;
            }
        }
        // `Motorola Inc. (NYSE: MOT)`, `Nokia (NOK1V.HE)`: a listed company
        let after = if toks.get(j + 1).is_some_and(|t| t.kind == Tk::Punct('.')) {
            j + 2
        } else {
            j + 1
        };
        if toks.get(after).is_some_and(|t| t.kind == Tk::Punct('('))
            && (exchange(after + 1)
                || is_word(after + 1)
                    && (after + 2..(after + 6).min(n)).any(|k| toks[k].kind == Tk::Punct(')'))
                    && {
                        let w = word(p, &toks[after + 1]);
                        w.bytes().any(|b| b.is_ascii_digit())
                            && !w.bytes().any(|b| b.is_ascii_lowercase())
                    })
        {
            for m in &out.mentions[first..] {
                reg.actors[m.actor].org_ev += 4;
            }
        }
        // `Mandera governor Ali Roba`, `the Bomet governor`: a name before the office
        // of a place's head, in lower case, is the place
        if toks.get(j + 1).is_some_and(|t| {
            t.kind == Tk::Word
                && matches!(
                    word(p, t),
                    "governor" | "mayor" | "premier" | "county" | "district"
                )
        }) && !lx.given_names.contains(&fold_word(word(p, &toks[j])))
        {
            for m in &out.mentions[first..] {
                if reg.actors[m.actor].kind != Some(ActorKind::Person) {
                    reg.actors[m.actor].place_ev += 3;
                }
            }
        }
        // `NEW YORK (AP) —`, `HOUSTON —`: a dateline opening the article names a place
        if seg_idx == 0
            && start == 0
            && is_all_caps(word(p, &toks[start]))
            && matches!(
                toks.get(j + 1).map(|t| t.kind),
                Some(Tk::Punct('(' | '—' | '–' | ',' | '|'))
            )
        {
            for m in &out.mentions[first..] {
                reg.actors[m.actor].place_ev += 3;
                dateline_name(reg, m.actor);
            }
        }
        i = j + 1;
    }
    // appositive roles: `Jane Roe, 43, a nurse in Valdor` -> role `nurse`
    for m in &out.mentions {
        let mut k = m.e;
        if toks.get(k).map(|t| t.kind) != Some(Tk::Punct(',')) {
            continue;
        }
        k += 1;
        if toks.get(k).map(|t| t.kind) == Some(Tk::Num)
            && toks.get(k + 1).map(|t| t.kind) == Some(Tk::Punct(','))
        {
            // `Mohammed, 50, from the town of Ouirgane,`: a name given an age is a
            // person's, even a lone one opening its sentence
            if p[toks[k].s..toks[k].e]
                .parse::<u8>()
                .is_ok_and(|age| (1..=110).contains(&age))
            {
                let a = reg.resolve(m.actor);
                if reg.actors[a].kind.is_none() || reg.actors[a].kind == Some(ActorKind::Other) {
                    reg.actors[a].person_ev += 2;
                }
            }
            k += 2;
        }
        if !is_word(k) {
            continue;
        }
        // (not a name inside a fronted phrase: `Speaking after talks with his
        // counterpart, Sergei Lavrov, the Labour leader said`)
        let ss = (0..m.full_s)
            .rev()
            .take_while(|&x| sid[x] == sid[m.full_s])
            .last()
            .unwrap_or(m.full_s);
        // (or a bare role in lower case: `Binta Nyako, judge of a federal high court,`)
        let bare = !matches!(word(p, &toks[k]), "a" | "an" | "the" | "another");
        // (a bare role describes the name after the phrase: `Addressing a briefing,
        // Benneth Igweh, FCT police commissioner, said`)
        if ss < m.full_s
            && is_word(ss)
            && fronted_opener(&lower(word(p, &toks[ss])))
            && !(bare
                && toks[m.full_s - 1].kind == Tk::Punct(',')
                && (ss..m.full_s - 1).all(|x| toks[x].kind != Tk::Punct(',')))
        {
            continue;
        }
        // (or one opened by a body's acronym: `Benneth Igweh, FCT police commissioner,`)
        let acronym = bare
            && is_all_caps(word(p, &toks[k]))
            && word(p, &toks[k]).len() >= 2
            && is_word(k + 1)
            && !is_cap(word(p, &toks[k + 1]));
        if bare && is_cap(word(p, &toks[k])) && !acronym {
            continue;
        }
        let first = if bare { k } else { k + 1 };
        // (the phrase's head comes before a preposition: `a spokesman for the
        // hospital` is a spokesman)
        let words: Vec<&str> = (first..(first + 4).min(n))
            .take_while(|&j| is_word(j))
            .map(|j| word(p, &toks[j]))
            .take_while(|w| !matches!(*w, "for" | "of" | "at" | "with" | "in" | "from" | "to"))
            .collect();
        // `..., talks between Merkel and Prime Minister Donald Tusk, the spokesman said`:
        // a phrase that is the subject of a verb of saying describes the name only when
        // the name opens its clause
        if (first..=first + words.len())
            .any(|j| is_word(j) && lx.speech_verb(&lower(word(p, &toks[j]))).is_some())
            && m.full_s > ss
            && !matches!(
                toks[m.full_s - 1].kind,
                Tk::Punct(',' | ':' | ';' | '—' | '–') | Tk::Mark { .. }
            )
        {
            continue;
        }
        // (a bare phrase holds no verb of saying: `Fatima Ahmad, said she led
        // officials of ...` is the name's sentence going on)
        if bare && words.iter().any(|w| lx.speech_verb(&lower(w)).is_some()) {
            continue;
        }
        if bare && {
            // (the bare phrase is all lower case and ends at a preposition or a comma)
            let after = first + words.len();
            words.iter().skip(usize::from(acronym)).any(|w| is_cap(w))
                || !(is_word(after) && matches!(word(p, &toks[after]), "of" | "for" | "at" | "to")
                    || toks.get(after).is_some_and(|t| t.kind == Tk::Punct(',')))
        } {
            continue;
        }
        // `Qualceram Shires, the bathroom products manufacturer,`: an organisation
        // (by its head: `Akeem, another supermarket worker,` is a person)
        if !bare
            && words
                .last()
                .is_some_and(|w| lx.org_nouns.contains(&*lower(w)) && !is_cap(w))
        {
            let a = reg.resolve(m.actor);
            // (a head that a person holds as well, after a name shaped like a person's:
            // `Nguyen Van Hung, an investor in corporate bonds,`)
            let both = words.last().is_some_and(|w| lx.is_title(&lower(w)));
            let key = &reg.actors[a].key;
            let personal = key.len() >= 3 || key.len() == 2 && lx.given_names.contains(&key[0]);
            if reg.actors[a].kind.is_none() && !(both && personal) {
                reg.actors[a].org_ev += 4;
            }
            continue;
        }
        // `Hong, a 50-year-old patient,`: a name described as one person is a person's
        if !bare
            && words.iter().any(|w| {
                let l = lower(w);
                !l.ends_with('s')
                    && (lx.is_epithet(&l) || lx.nominal_speakers.contains(&*l) || lx.is_title(&l))
            })
        {
            let a = reg.resolve(m.actor);
            if matches!(reg.actors[a].kind, None | Some(ActorKind::Other)) {
                reg.actors[a].person_ev += 2;
            }
        }
        for end in (1..=words.len()).rev() {
            let cand = words[..end].join(" ").to_lowercase();
            let last = words[end - 1].to_lowercase();
            if lx.title_heads.contains(&last) && (lx.is_title(&cand) || lx.is_title(&last)) {
                reg.described_as(m.actor, words[..end].join(" "));
                break;
            }
        }
    }
    // `Joko "Jokowi" Widodo`: the nickname set inside the name names the person too
    for m in &out.mentions {
        if m.e < m.full_s + 4 {
            continue;
        }
        let marks: Vec<usize> = (m.full_s..m.e)
            .filter(|&k| matches!(toks[k].kind, Tk::Mark { .. }))
            .collect();
        if let [a, b] = marks[..]
            && (2..=3).contains(&(b - a))
            && (a + 1..b).all(|k| is_word(k) && is_cap(word(p, &toks[k])))
        {
            let key = name_key(&p[toks[a + 1].s..toks[b - 1].e]);
            if !key.is_empty() {
                reg.nicknames.push((key, m.actor));
            }
        }
    }
    // `Robert Kyagulanyi, popularly known as Bobi Wine,` and `Bobi Wine, whose real
    // name is Robert Kyagulanyi,`: one person by two names; the real name leads
    for mi in 0..out.mentions.len() {
        let m = out.mentions[mi];
        if toks.get(m.e).map(|t| t.kind) != Some(Tk::Punct(',')) {
            continue;
        }
        let w = |k: usize| is_word(k).then(|| lower(word(p, &toks[k])));
        let mut k = m.e + 1;
        let real_after = if w(k).as_deref() == Some("whose")
            && w(k + 1).as_deref() == Some("real")
            && w(k + 2).as_deref() == Some("name")
            && w(k + 3).as_deref() == Some("is")
        {
            k += 4;
            true
        } else {
            if w(k).is_some_and(|x| {
                matches!(
                    x.as_ref(),
                    "popularly" | "better" | "also" | "widely" | "commonly" | "affectionately"
                )
            }) {
                k += 1;
            }
            if !(w(k).as_deref() == Some("known") && w(k + 1).as_deref() == Some("as")) {
                continue;
            }
            k += 2;
            false
        };
        let Some(other) = out
            .at
            .get(k)
            .copied()
            .flatten()
            .map(|id| out.mentions[id as usize])
        else {
            continue;
        };
        if other.full_s != k {
            continue;
        }
        let (a, b) = (reg.resolve(m.actor), reg.resolve(other.actor));
        let person_like = |x: usize| {
            matches!(reg.actors[x].kind, Some(ActorKind::Person) | None) && !reg.actors[x].known
        };
        if a == b || !person_like(a) || !person_like(b) {
            continue;
        }
        let (from, into) = if real_after { (a, b) } else { (b, a) };
        merge_into(reg, from, into);
        reg.actors[into].person_ev += 2;
    }
    // roles set before the name: `the bank's governor, Andrew Bailey, said`, `the
    // central bank governor, Mark Bell,` -> role `governor`, `central bank governor`
    for m in &out.mentions {
        let mut c = m.full_s;
        // (`The Minister of State in Vice President’s Office (Union Affairs and
        // Environment), Mr January Makamba,`: a portfolio in brackets after the office)
        let mut bracketed = false;
        if c >= 4
            && toks[c - 1].kind == Tk::Punct(',')
            && toks[c - 2].kind == Tk::Punct(')')
            && let Some(o) = (c.saturating_sub(10)..c - 2)
                .rev()
                .find(|&j| matches!(toks[j].kind, Tk::Punct('(' | ')')))
            && toks[o].kind == Tk::Punct('(')
            && o >= 2
            && (o + 1..c - 2)
                .all(|j| is_word(j) && (is_cap(word(p, &toks[j])) || word(p, &toks[j]) == "and"))
        {
            c = o + 1;
            bracketed = true;
        }
        if c < 2 || !(bracketed || toks[c - 1].kind == Tk::Punct(',')) || !is_word(c - 2) {
            continue;
        }
        let head = lower(word(p, &toks[c - 2]));
        // `The Minister of Agriculture and Rural Development, Alhaji Muhammad Sabo
        // Nanono has urged`: a capitalised office, its portfolio, then the name
        if is_cap(word(p, &toks[c - 2])) {
            let mut d = c - 2;
            while d > 0
                && c - 2 - d < 8
                && is_word(d - 1)
                && (is_cap(word(p, &toks[d - 1]))
                    || matches!(word(p, &toks[d - 1]), "of" | "and" | "for" | "the")
                    // (`Minister of State in the President's Office`)
                    || word(p, &toks[d - 1]) == "in"
                        && d >= 2
                        && is_word(d - 2)
                        && is_cap(word(p, &toks[d - 2])))
            {
                d -= 1;
            }
            // `The caretaker coach of the Super Eagles, Austin Eguavoen,`: a lower-case
            // office of a body named after it
            if d >= 2
                && matches!(word(p, &toks[d]), "of" | "for")
                && let Some(t) = lower_title_before(p, toks, d)
                && !t.starts_with("former ")
                && let n = t.split(' ').count()
                && d > n
                && let Some(det) = (d.saturating_sub(n + 3)..d - n)
                    .rev()
                    .find(|&j| is_word(j) && matches!(word(p, &toks[j]), "The" | "the"))
                && (det + 1..d - n).all(|j| is_word(j) && !is_cap(word(p, &toks[j])))
            {
                let role = (det + 1..d)
                    .map(|j| word(p, &toks[j]))
                    .collect::<Vec<_>>()
                    .join(" ");
                reg.described_as(m.actor, role);
                continue;
            }
            // (from `The`, or the sentence's start, to the comma)
            while d < c - 2 && matches!(word(p, &toks[d]), "The" | "the") {
                d += 1;
            }
            let office = lower(word(p, &toks[d]));
            if (d == 0 || sid[d - 1] != sid[d] || matches!(word(p, &toks[d - 1]), "The" | "the"))
                && lx.title_heads.contains(&*office)
                && is_word(d + 1)
                && matches!(word(p, &toks[d + 1]), "of" | "for")
            {
                let role = (d..c - 1)
                    .map(|j| word(p, &toks[j]))
                    .collect::<Vec<_>>()
                    .join(" ");
                reg.described_as(m.actor, role);
            }
            continue;
        }
        // (a lower-case role's name is closed by a comma: `the bank's governor, Andrew
        // Bailey, said`)
        if bracketed
            || !lx.title_heads.contains(&*head)
            || !toks
                .get(m.e)
                .is_some_and(|t| matches!(t.kind, Tk::Punct(',' | '.')))
        {
            continue;
        }
        // back over lower-case modifiers (and one possessor) to a determiner
        let mut d = c - 2;
        while d > 0 && c - 2 - d < 4 && is_word(d - 1) {
            let w = word(p, &toks[d - 1]);
            if matches!(lower(w).as_ref(), "the" | "its" | "his" | "her" | "their")
                || strip_possessive(w).1
            {
                break;
            }
            if is_cap(w) {
                d = 0;
                break;
            }
            d -= 1;
        }
        if d == 0 || !is_word(d - 1) {
            continue;
        }
        let det = word(p, &toks[d - 1]);
        if !(matches!(lower(det).as_ref(), "the" | "its" | "his" | "her" | "their")
            || strip_possessive(det).1)
        {
            continue;
        }
        let words: Vec<&str> = (d..c - 1).map(|j| word(p, &toks[j])).collect();
        let Some(start) = (0..words.len()).find(|&x| lx.is_title(&lower(&words[x..].join(" "))))
        else {
            continue;
        };
        reg.described_as(m.actor, words[start..].join(" "));
    }
    // (a demonym is an adjective, not a coordinated name: `Merkel and Polish Prime
    // Minister Donald Tusk`)
    let demonym = |m: &Mention| {
        matches!(
            lx.gazetteer
                .get(&*lower(strip_possessive(word(p, &toks[m.full_s])).0)),
            Some(Gazetteer::Demonym(_))
        )
    };
    for w in out.mentions.windows(2) {
        let (a, b) = (w[0], w[1]);
        if b.full_s == a.e + 1
            && toks[a.e].kind == Tk::Word
            && matches!(word(p, &toks[a.e]), "and" | "or")
            && a.actor != b.actor
            && !demonym(&a)
            && !demonym(&b)
        {
            reg.coordinated.push((a.actor, b.actor));
        }
    }
    // `inland Southland, Clutha, Dunedin, north Otago`: a list of three names or more,
    // joined by commas (and perhaps a last `and`), is of one kind (two names and a
    // comma are not: `In Berlin, Merkel said`)
    let joins = |a: &Mention, b: &Mention| {
        b.full_s == a.e + 1
            && (toks[a.e].kind == Tk::Punct(',')
                || toks[a.e].kind == Tk::Word && matches!(word(p, &toks[a.e]), "and" | "or"))
            || b.full_s == a.e + 2
                && toks[a.e].kind == Tk::Punct(',')
                && toks[a.e + 1].kind == Tk::Word
                && matches!(word(p, &toks[a.e + 1]), "and" | "or")
    };
    let ms = &out.mentions;
    let mut i = 0;
    while i < ms.len() {
        let mut j = i;
        while j + 1 < ms.len() && joins(&ms[j], &ms[j + 1]) {
            j += 1;
        }
        if j >= i + 2 {
            for k in i..j {
                if ms[k].actor != ms[k + 1].actor && !demonym(&ms[k]) && !demonym(&ms[k + 1]) {
                    reg.coordinated.push((ms[k].actor, ms[k + 1].actor));
                }
            }
        }
        i = j + 1;
    }
    out
}

#[allow(clippy::too_many_arguments)]
/// A mention made by analysing a chain, replayed when the same chain comes again.
#[derive(Debug, Clone, Copy)]
pub struct CachedPush {
    /// Token offsets from the chain's start.
    full_s: usize,
    s: usize,
    e: usize,
    actor: usize,
    titled: bool,
    /// Context-free evidence (person, place, other) a person-like mention adds.
    evidence: Option<(i32, i32, i32)>,
}

/// Analyse a chain of capitalised words, or replay the analysis of an identical chain
/// met earlier in the article (names recur; the analysis is the costly part).
#[allow(clippy::too_many_arguments)]
fn process_chain(
    reg: &mut Registry,
    seg: usize,
    p: &str,
    toks: &[Tok],
    sid: &[u32],
    s0: usize,
    e: usize,
    out: &mut SegActors,
) {
    // (the commonest chain by far: one capitalised function word opening a sentence,
    // `The`, `But`, `He`; the analysis would drop it and name nothing)
    if e == s0 + 1 {
        let bare = strip_possessive(word(p, &toks[s0])).0;
        let l = lower(bare);
        let lx = lexicon();
        if (lx.function_words.contains(&*l) || lx.pronouns.contains_key(&*l) || number_word(&l))
            && !is_all_caps(bare)
        {
            return;
        }
        // an adjective opening a sentence before a noun (`Regional staff are`), not a
        // party or a body as a subject (`National has said`)
        if opening_adjective(bare)
            && opens_sentence(p, toks, sid, s0)
            && toks.get(e).is_some_and(|t| {
                t.kind == Tk::Word && {
                    let w = word(p, t);
                    let lw = lower(w);
                    !is_cap(w)
                        && lx.speech_verb(&lw).is_none()
                        && !matches!(
                            &*lw,
                            "is" | "was"
                                | "has"
                                | "had"
                                | "have"
                                | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "are"
                                | "were"
                                | "may"
                                | "might"
                                | "must"
                                | "should"
                        )
                }
            })
        {
            return;
        }
        // an interview's label: `QUESTION:`, `ANSWER:`
        if s0 == 0
            && matches!(bare, "QUESTION" | "ANSWER")
            && toks.get(1).is_some_and(|t| t.kind == Tk::Punct(':'))
        {
            return;
        }
        // a page's label opening a line: `FILES – This combination of two photos`,
        // `WATCH:`, `BREAKING:`
        if s0 == 0
            && matches!(
                bare,
                "FILE" | "FILES" | "PHOTO" | "PHOTOS" | "WATCH" | "VIDEO" | "BREAKING" | "UPDATE"
            )
            && toks
                .get(1)
                .is_some_and(|t| matches!(t.kind, Tk::Punct(':' | '–' | '—' | '-' | '|')))
        {
            return;
        }
    }
    let initial0 = opens_sentence(p, toks, sid, s0);
    let next_lower = toks
        .get(e)
        .is_some_and(|t| t.kind == Tk::Word && !is_cap(word(p, t)));
    // (`the official GeoNet science agency`: an adjective before a body's name, not a
    // person's title)
    let pre_title = lower_title_before(p, toks, s0).filter(|_| {
        !(e..(e + 2).min(toks.len())).any(|k| {
            let w = word(p, &toks[k]);
            toks[k].kind == Tk::Word && !is_cap(w) && lexicon().org_nouns.contains(&*lower(w))
        })
    });
    // `actress Ilvana Roskic`, `biologist Karin Holm`: a person noun right before the
    // name says person, whatever the first name (after either path below)
    let first0 = out.mentions.len();
    let pre_person = s0 > 0 && {
        let t = &toks[s0 - 1];
        let w = word(p, t);
        t.kind == Tk::Word
            && toks[s0].s <= t.e + 1
            && !is_cap(w)
            && (lexicon().is_epithet(&lower(w)) || lexicon().title_heads.contains(&*lower(w)))
    } || appositive_person(p, toks, s0, e);
    // the key, built in a buffer kept for the purpose (no allocation per chain)
    let mut key = std::mem::take(&mut reg.chain_key);
    key.clear();
    key.push_str(&p[toks[s0].s..toks[e - 1].e]);
    key.push('\u{0}');
    key.push(if initial0 { '1' } else { '0' });
    key.push(if next_lower { '1' } else { '0' });
    // (the context two rules read: `Head of` before, a maker's noun after `the X`)
    key.push(if head_of_before(p, toks, s0) {
        'h'
    } else {
        '-'
    });
    key.push(
        if s0 > 0
            && toks[s0 - 1].kind == Tk::Word
            && word(p, &toks[s0 - 1]).eq_ignore_ascii_case("the")
            && maker_noun(p, toks, e)
        {
            'w'
        } else {
            '-'
        },
    );
    key.push_str(pre_title.as_deref().unwrap_or(""));
    let cached = reg.chain_cache.get(key.as_str()).copied();
    reg.chain_key = key;
    if let Some(ci) = cached {
        let lx = lexicon();
        let before_loc = (s0 > 0 && toks[s0 - 1].kind == Tk::Word)
            .then(|| lower(word(p, &toks[s0 - 1])).to_string())
            .filter(|b| LOC_PREPS.contains(&b.as_str()) && !according_to_at(p, toks, s0));
        for pi in 0..reg.chain_pushes[ci].len() {
            let cp = reg.chain_pushes[ci][pi];
            let (fs, a, b) = (s0 + cp.full_s, s0 + cp.s, s0 + cp.e);
            let id = out.mentions.len() as u32;
            for k in fs..b {
                out.at[k] = Some(id);
            }
            out.mentions.push(Mention {
                actor: cp.actor,
                full_s: fs,
                s: a,
                e: b,
                has_title: cp.titled,
            });
            let initial = opens_sentence(p, toks, sid, a);
            let ab = &mut reg.actors[cp.actor];
            ab.mentions.push((seg, a, b));
            if !initial {
                ab.only_initial = false;
            }
            if let Some((pe, pl, oe)) = cp.evidence {
                ab.person_ev += pe;
                ab.place_ev += pl;
                ab.other_ev += oe;
                let mut k = b;
                while k < toks.len()
                    && toks[k].kind == Tk::Word
                    && lx.hedges.contains(&*lower(word(p, &toks[k])))
                {
                    k += 1;
                }
                if k < toks.len()
                    && toks[k].kind == Tk::Word
                    && lx.speech_verb(&lower(word(p, &toks[k]))).is_some()
                {
                    ab.person_ev += 1;
                }
                if let Some(prep) = &before_loc
                    && place_after(prep, b - a)
                    && !cp.titled
                    && a == s0
                {
                    ab.place_ev += 2;
                }
                if !cp.titled && owner_noun_at(p, toks, b) {
                    ab.org_ev += 3;
                }
                if b == a + 1 && numbered_at(toks, b) {
                    ab.other_ev += 1;
                }
            }
            acronym_after(reg, cp.actor, p, toks, b);
        }
        if pre_person {
            person_noun_before(reg, out, first0, s0);
        }
        return;
    }
    let first = out.mentions.len();
    let mut evidence = None;
    process_chain_uncached(reg, seg, p, toks, sid, s0, e, out, &mut evidence, pre_title);
    let n = out.mentions.len();
    let pushes = out.mentions[first..]
        .iter()
        .enumerate()
        .map(|(i, m)| CachedPush {
            full_s: m.full_s - s0,
            s: m.s - s0,
            e: m.e - s0,
            actor: m.actor,
            titled: m.has_title,
            evidence: if i + first + 1 == n { evidence } else { None },
        })
        .collect();
    reg.chain_cache
        .insert(reg.chain_key.clone(), reg.chain_pushes.len());
    reg.chain_pushes.push(pushes);
    if pre_person {
        person_noun_before(reg, out, first0, s0);
    }
}

/// A common noun for a kind of business, singular or plural, that stands before a
/// company's name and never opens one (`carmaker Toyota`, `low-cost airlines Ryanair
/// and Vueling`).
pub(super) fn trade_of_body(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "carmaker"
            | "automaker"
            | "retailer"
            | "airline"
            | "carrier"
            | "firm"
            | "broadcaster"
            | "chipmaker"
            | "insurer"
            | "lender"
            | "brewer"
            | "conglomerate"
            | "startup"
            | "supermarket"
            | "miner"
            | "drugmaker"
            | "manufacturer"
            | "publisher"
            | "telco"
            | "e-commerce"
            | "streamer"
            | "broker"
            | "stockbroker"
    )
}

/// A number written as a word (`Twenty [thousand] is good`): no name alone.
pub(super) fn number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "fifteen"
            | "sixteen"
            | "eighteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
    )
}

/// `Their lawyer, Mhlopheki Khumalo, told`, `the victim's mother, Ann Lee, said`: a
/// name set between commas after a noun for a person (with its determiner): that
/// person's name.
fn appositive_person(p: &str, toks: &[Tok], s0: usize, e: usize) -> bool {
    if s0 < 3
        || toks[s0 - 1].kind != Tk::Punct(',')
        || toks.get(e).is_none_or(|t| t.kind != Tk::Punct(','))
        || toks[s0 - 2].kind != Tk::Word
    {
        return false;
    }
    let det = |j: usize| {
        toks[j].kind == Tk::Word
            && (matches!(
                &*lower(word(p, &toks[j])),
                "the" | "his" | "her" | "their" | "its" | "our" | "my" | "a" | "an" | "another"
            ) || strip_possessive(word(p, &toks[j])).1)
    };
    // (a person's noun, then what they work for: `A spokesman for the National Fire
    // Administration, Liang Yu-chu, said`)
    if let Some(prep) = (s0.saturating_sub(9).max(2)..s0 - 2)
        .rev()
        .take_while(|&j| toks[j].kind == Tk::Word)
        .find(|&j| matches!(word(p, &toks[j]), "for" | "of" | "at" | "with" | "from"))
        && toks[prep - 1].kind == Tk::Word
        && !is_cap(word(p, &toks[prep - 1]))
        && super::person_nominal(word(p, &toks[prep - 1])).is_some()
        && (prep.saturating_sub(4)..prep - 1).any(det)
    {
        return true;
    }
    let noun = word(p, &toks[s0 - 2]);
    // (or a title's head, in capitals or not: `the Maroko Divisional Police Officer,
    // Isah Abdulmajid, told`)
    let title = lexicon().title_heads.contains(&*lower(noun)) && !is_all_caps(noun);
    if !title && (is_cap(noun) || super::person_nominal(noun).is_none()) {
        return false;
    }
    (s0.saturating_sub(if title { 8 } else { 5 })..s0 - 2).any(det)
}

/// `Head of` right before token `s`.
fn head_of_before(p: &str, toks: &[Tok], s: usize) -> bool {
    s >= 2
        && toks[s - 1].kind == Tk::Word
        && word(p, &toks[s - 1]) == "of"
        && toks[s - 2].kind == Tk::Word
        && word(p, &toks[s - 2]) == "Head"
}

/// A noun for the maker or star of a work at token `e` (`filmmaker`, `star`).
fn maker_noun(p: &str, toks: &[Tok], e: usize) -> bool {
    toks.get(e).is_some_and(|t| t.kind == Tk::Word)
        && matches!(
            &*lower(word(p, &toks[e])),
            "filmmaker"
                | "film-maker"
                | "director"
                | "screenwriter"
                | "star"
                | "actor"
                | "actress"
                | "author"
                | "novelist"
                | "creator"
                | "singer"
                | "songwriter"
                | "rapper"
                | "hitmaker"
                | "showrunner"
                | "producer"
        )
}

/// `Singtel customers`, `Tesla shareholders`: a company's people or holdings right
/// after a name at token `e`.
fn owner_noun_at(p: &str, toks: &[Tok], e: usize) -> bool {
    toks.get(e).is_some_and(|t| {
        t.kind == Tk::Word
            && matches!(
                word(p, t),
                "customers"
                    | "employees"
                    | "shareholders"
                    | "subscribers"
                    | "staff"
                    | "users"
                    | "stores"
                    | "shares"
                    | "executives"
                    | "investors"
                    | "bosses"
                    | "fans"
            )
    })
}

/// Person evidence for the actor named right after a person noun at `s0`.
fn person_noun_before(reg: &mut Registry, out: &SegActors, first: usize, s0: usize) {
    if let Some(m) = out.mentions[first..].iter().find(|m| m.full_s == s0) {
        reg.actors[m.actor].person_ev += 3;
    }
}

#[allow(clippy::too_many_arguments)]
fn process_chain_uncached(
    reg: &mut Registry,
    seg: usize,
    p: &str,
    toks: &[Tok],
    sid: &[u32],
    mut s: usize,
    e: usize,
    out: &mut SegActors,
    evidence: &mut Option<(i32, i32, i32)>,
    pre_title: Option<String>,
) {
    let s0 = s;
    let lx = lexicon();
    // a nickname's words (`William “Boots” McCormick`) are no part of the name
    let nick = (s..e)
        .find(|&k| matches!(toks[k].kind, Tk::Mark { .. }))
        .and_then(|k| {
            let c = (k + 2..e).find(|&c| matches!(toks[c].kind, Tk::Mark { .. }))?;
            Some((k, c))
        });
    let in_nick = |k: usize| nick.is_some_and(|(a, b)| (a..=b).contains(&k));
    let words_of = |a: usize, b: usize| -> Vec<&str> {
        (a..b)
            .filter(|&k| toks[k].kind == Tk::Word && !in_nick(k))
            .map(|k| word(p, &toks[k]))
            .collect()
    };
    // drop leading function words and calendar words (not an acronym in capitals that
    // names a country or a body: `US`, `WHO`)
    while s < e && toks[s].kind == Tk::Word {
        let bare = strip_possessive(word(p, &toks[s])).0;
        let w_buf = lower(bare);
        let w: &str = &w_buf;
        if (lx.function_words.contains(w)
            || lx.pronouns.contains_key(w)
            // (a span of months or days: `April-June`, `Monday-Friday`)
            || w.contains('-') && w.split('-').all(|x| x.len() >= 3 && lx.function_words.contains(x)))
            && !(bare.len() >= 2
                && is_all_caps(bare)
                && (lx.gazetteer.contains_key(w)
                    // (or one the text defined: `the Office of Utilities Regulations
                    // (OUR)`)
                    || reg
                        .actors
                        .iter()
                        .any(|a| a.aliases.iter().any(|x| x == bare))))
            // (`Mar Valbuena`, `Jan Egeland`: a month's short form before a capitalised
            // word is a given name; a date has digits)
            && !(w.len() == 3
                && matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "oct" | "nov" | "dec")
                && bare.len() == word(p, &toks[s]).len()
                && s + 1 < e
                && toks[s + 1].kind == Tk::Word
                && is_cap(word(p, &toks[s + 1]))
                && !is_all_caps(word(p, &toks[s + 1])))
            // (`nurse director June Brown`, `Councillor April Jones`: a month that is also
            // a woman's name, right after an office and before a capitalised word, is
            // the given name)
            && !(matches!(w, "april" | "may" | "june")
                && s == s0
                && s > 0
                && s + 1 < e
                && toks[s - 1].kind == Tk::Word
                && toks[s + 1].kind == Tk::Word
                && {
                    let prev = word(p, &toks[s - 1]);
                    let lp = lower(prev);
                    lx.title_heads.contains(&*lp) || lx.is_title(&lp) || lx.is_honorific(prev)
                }
                && is_cap(word(p, &toks[s + 1]))
                && !is_all_caps(word(p, &toks[s + 1]))
                && !lx.function_words.contains(&*lower(word(p, &toks[s + 1]))))
            // (`following Will Jordan’s effort`: a modal never takes a capital inside a
            // sentence; before a capitalised word it is the given name)
            && !(w == "will"
                && s > 0
                && s + 1 < e
                && sid[s] == sid[s - 1]
                && toks[s - 1].kind == Tk::Word
                && !is_cap(word(p, &toks[s - 1])))
            // (nor the first word of a listed name: `the All Blacks`)
            && !(s + 1 < e
                && matches!(
                    lx.gazetteer
                        .get(&*lower(strip_possessive(&p[toks[s].s..toks[e - 1].e]).0)),
                    Some(Gazetteer::Org(_))
                ))
        {
            s += 1;
        } else if s == s0 && s + 1 < e && (s == 0 || sid[s] != sid[s - 1]) && trade_of_body(w) {
            // (a sentence's opening noun for a kind of business before its name:
            // `Carmaker Toyota said`, `Retailer Walmart posted`)
            s += 1;
        } else {
            break;
        }
    }
    if s >= e {
        return;
    }
    let initial = opens_sentence(p, toks, sid, s);
    let before = if s > 0 && toks[s - 1].kind == Tk::Word {
        Some(word(p, &toks[s - 1]).to_lowercase())
    } else {
        None
    };
    // the next word after hedges is a speech verb (`Varga reportedly said`)
    let speaks_at = |k: usize| -> bool {
        let mut k = k;
        while k < toks.len() && toks[k].kind == Tk::Word {
            let w_buf = lower(word(p, &toks[k]));
            let w: &str = &w_buf;
            if lx.hedges.contains(w) {
                k += 1;
                continue;
            }
            return lx.speech_verb(w).is_some();
        }
        false
    };
    let words = words_of(s, e);
    // `A MAN is to be released`, `Man gets bail`: a lead's first words set in capitals,
    // or a headline's first word, are a common noun for a person, no name
    if let [w] = words[..]
        && w.len() >= 3
        && (initial || is_all_caps(w) && toks[s - 1].kind == Tk::Word)
        && PERSON_NOUNS.contains(&&*lower(strip_possessive(w).0))
    {
        return;
    }
    // `The CEO of Flair Airlines`: a company's title, then the company; the company is
    // the actor (the title's holder is named elsewhere, or not at all)
    // (`Chief Executive Officer of Marlow Foods`, `Chief District Officer of Parbat, Ram
    // Thapa`: a title of several words, and a place too when a name is set off after it)
    if let Some(of) = (1..words.len().min(4)).find(|&i| words[i] == "of")
        && of + 1 < words.len()
        && corporate_title(&words[..of])
        && toks[s].kind == Tk::Word
        && (is_org_head(words[words.len() - 1])
            || matches!(
                lx.gazetteer.get(&*lower(&words[of + 1..].join(" "))),
                Some(Gazetteer::Org(_) | Gazetteer::Place(_) | Gazetteer::Country(_))
            ) && (of == 1 || toks.get(e).is_some_and(|t| t.kind == Tk::Punct(',')))
            || of > 1
                && words.len() - of - 1 <= 2
                && toks.get(e).is_some_and(|t| t.kind == Tk::Punct(',')))
        && !words[of + 1..]
            .iter()
            .any(|w| lx.given_names.contains(&fold_word(w)))
        && let Some(org_s) = (s + of + 1..e)
            .find(|&k| toks[k].kind == Tk::Word && word(p, &toks[k]) == words[of + 1])
    {
        process_chain_uncached(reg, seg, p, toks, sid, org_s, e, out, evidence, None);
        return;
    }
    // `Balaka DHO Bertha Maseko`: an office's acronym, then a person's given name and
    // surname; the words up to the acronym name a place or a body, the rest the person
    if words.len() >= 3
        // (not first: `AKM Shafiqul Alam` opens with a person's initials)
        && let Some(i) = (1..words.len() - 2).find(|&i| {
            let w = words[i];
            (2..=5).contains(&w.len())
                && is_all_caps(w)
                && w.bytes().all(|b| b.is_ascii_uppercase())
                // (a title the lists know is read as one: `Shoprite CEO Pieter ...`)
                && !lx.is_title(&lower(w))
                && !lx.title_heads.contains(&*lower(w))
                && !lx.is_honorific(w)
                && lx.given_names.contains(&fold_word(words[i + 1]))
                && (2..=3).contains(&(words.len() - i - 1))
                && words[i + 1..].iter().all(|x| is_cap(x) && !is_all_caps(x) && !is_org_head(x))
                // (`Lawyers AKM Shafiqul Alam`: a role before a person's initials)
                && words[..i].iter().all(|x| {
                    let l = lower(strip_possessive(x).0);
                    let sg = l.strip_suffix('s').unwrap_or(&l);
                    !lx.is_title(&l)
                        && !lx.is_title(sg)
                        && !lx.title_heads.contains(sg)
                        && !lx.nominal_speakers.contains(&*l)
                        && !lx.function_words.contains(&*l)
                        && !lx.is_honorific(x)
                })
        })
        && let Some(name_s) = (s..e).find(|&k| {
            toks[k].kind == Tk::Word
                && word(p, &toks[k]) == words[i + 1]
                && k > s
                && toks[k - 1].kind == Tk::Word
                && word(p, &toks[k - 1]) == words[i]
        })
    {
        process_chain_uncached(reg, seg, p, toks, sid, s, name_s, out, evidence, None);
        process_chain_uncached(reg, seg, p, toks, sid, name_s, e, out, evidence, None);
        return;
    }
    // `an Ohio Republican`, `a Texas Democrat`: a party's member from a place; the
    // place is the actor
    if words.len() >= 2
        && matches!(
            strip_possessive(words[words.len() - 1]).0,
            "Republican" | "Republicans" | "Democrat" | "Democrats"
        )
        && matches!(
            lx.gazetteer
                .get(&*lower(&words[..words.len() - 1].join(" "))),
            Some(Gazetteer::Country(_) | Gazetteer::Place(_) | Gazetteer::Capital(_))
        )
        && let Some(last) = (s..e).rev().find(|&k| toks[k].kind == Tk::Word)
    {
        process_chain_uncached(reg, seg, p, toks, sid, s, last, out, evidence, pre_title);
        return;
    }
    let tf = TitleFlags::of(&words);
    let tok_idx: Vec<usize> = (s..e)
        .filter(|&k| toks[k].kind == Tk::Word && !in_nick(k))
        .collect();
    // the text of tokens `from..e`, a nickname left out
    let text_from = |from: usize| -> String {
        match nick {
            Some((a, b)) if a > from && b + 1 < e => format!(
                "{} {}",
                &p[toks[from].s..toks[a - 1].e],
                &p[toks[b + 1].s..toks[e - 1].e]
            ),
            _ => p[toks[from].s..toks[e - 1].e].to_string(),
        }
    };
    let full = text_from(s);
    let (full_np, _) = strip_possessive(&full);
    let full_np = full_np.trim_end_matches(['\'', '’']).to_string();
    let speaks = speaks_at(e);

    // `Dr. Gemma Arellano of the DOH Emergency Operations said`: after a person and
    // `of the`, a body
    let person_of_the = s >= 3
        && before.as_deref() == Some("the")
        && toks[s - 2].kind == Tk::Word
        && word(p, &toks[s - 2]) == "of"
        && out.at[s - 3].is_some_and(|m| {
            let ac = &reg.actors[reg.resolve(out.mentions[m as usize].actor)];
            ac.kind == Some(ActorKind::Person) || ac.kind.is_none() && ac.person_ev >= 2
        });
    let mut push =
        |reg: &mut Registry, actor: usize, a: usize, b: usize, fs: usize, titled: bool| {
            let m = Mention {
                actor,
                full_s: fs,
                s: a,
                e: b,
                has_title: titled,
            };
            let id = out.mentions.len() as u32;
            for k in fs..b {
                out.at[k] = Some(id);
            }
            out.mentions.push(m);
            let ab = &mut reg.actors[actor];
            ab.mentions.push((seg, a, b));
            if !initial {
                ab.only_initial = false;
            }
        };

    // `Head of Presidency Sibongile Besani`, `Head of Communications Ann Lee`: after
    // `Head of`, the unit, then the person (a given name where one is listed, else the
    // last two words)
    if head_of_before(p, toks, s)
        && words.len() >= 3
        && !lx.given_names.contains(&fold_word(words[0]))
        && words.iter().all(|w| is_cap(w) && !is_all_caps(w))
    {
        let n = (1..words.len() - 1)
            .find(|&g| lx.given_names.contains(&fold_word(words[g])))
            .unwrap_or(words.len() - 2);
        let unit = words[..n].join(" ");
        if !lx.gazetteer.contains_key(&*lower(&unit)) {
            let name_s = tok_idx[n];
            let name_text = strip_possessive(&text_from(name_s)).0.to_string();
            let key = name_key(&name_text);
            if !key.is_empty() {
                let a = reg.person_like(&name_text, key, true);
                let ab = &mut reg.actors[a];
                let r = format!("Head of {unit}");
                if !ab.roles.iter().any(|x| x.eq_ignore_ascii_case(&r)) {
                    ab.roles.push(r);
                }
                ab.person_ev += 3;
                *evidence = Some((3, 0, 0));
                push(reg, a, name_s, e, s, true);
                return;
            }
        }
    }
    // `The Captain Phillips filmmaker`, `the Harry Potter star`: a work named before
    // the person who made it or starred in it (a name of its own, no person)
    if s > 0
        && toks[s - 1].kind == Tk::Word
        && matches!(before.as_deref(), Some("the"))
        && e < toks.len()
        && toks[e].kind == Tk::Word
        && !strip_possessive(words.last().copied().unwrap_or("")).1
        && maker_noun(p, toks, e)
        && !matches!(
            lx.gazetteer.get(&*lower(&full_np)),
            Some(Gazetteer::Org(_) | Gazetteer::Country(_) | Gazetteer::Capital(_))
        )
    {
        let key = name_key(&full_np);
        if key.is_empty() {
            return;
        }
        let a = match reg.find_key(&key) {
            Some(a) => a,
            None => reg.add(&full_np, key, Some(ActorKind::Other)),
        };
        if reg.actors[a].kind.is_none() {
            reg.actors[a].kind = Some(ActorKind::Other);
        }
        push(reg, a, s, e, s, false);
        return;
    }
    // `Port Royal Citizens Association Rhona Wade said`: a body's name closed by its
    // head word, then a person's name of two or three words (a listed given name, or
    // the chain speaks); two mentions
    if words.len() >= 4
        && title_at(&words, &tf, 0).is_none()
        && let Some(i) = (1..words.len() - 2).rfind(|&i| is_org_head(words[i]))
        && (2..=3).contains(&(words.len() - i - 1))
        && words[i + 1..].iter().enumerate().all(|(x, w)| {
            is_cap(w)
                && !is_all_caps(w)
                && !is_org_head(w)
                && title_at(&words, &tf, i + 1 + x).is_none()
                && !lx.is_honorific(w)
                && !lx.gazetteer.contains_key(&*lower(strip_possessive(w).0))
        })
        && !strip_possessive(words[i]).1
        && (lx.given_names.contains(&fold_word(words[i + 1])) || speaks)
        // (a plural title inside the body's name names its members: `Residents
        // Association`, `Teachers Union`)
        && (0..=i).all(|x| title_at(&words, &tf, x).is_none() || x < i && words[x].ends_with('s'))
        && let Some(&name_s) = tok_idx.get(i + 1)
        && toks[name_s].s == toks[tok_idx[i]].e + 1
    {
        process_chain_uncached(reg, seg, p, toks, sid, s, name_s, out, evidence, None);
        let first = out.mentions.len();
        process_chain_uncached(reg, seg, p, toks, sid, name_s, e, out, evidence, None);
        // (the name after the body is a person's, whatever the context says)
        for m in &out.mentions[first..] {
            let a = reg.resolve(m.actor);
            if reg.actors[a].kind.is_none() {
                reg.actors[a].person_ev += 3;
            }
        }
        *evidence = Some((3, 0, 0));
        return;
    }
    // Whole chain an organisation? (`Ruritanian Defence Forces`, `Ministry of Health`)
    let last = strip_possessive(words.last().copied().unwrap_or("")).0;
    let first = words[0];
    // an acronym the text defined (`Bangko Sentral ng Pilipinas (BSP)`) names that body,
    // whatever a list says it stands for elsewhere
    if words.len() == 1 {
        let bare = strip_possessive(first).0;
        if bare.len() >= 2
            && is_all_caps(bare)
            && lx.gazetteer.contains_key(&*lower(bare))
            && let Some(a) = (0..reg.actors.len()).find(|&i| {
                let x = &reg.actors[i];
                x.merged_into.is_none()
                    && x.kind != Some(ActorKind::Place)
                    && x.name != bare
                    && x.aliases.iter().any(|al| al == bare)
            })
        {
            push(reg, a, s, e, s, false);
            return;
        }
    }
    // (acronyms must be written as such: `Coe` is a surname, not `CoE`)
    let gaz_full =
        lx.gazetteer.get(&*lower(&full_np)).copied().filter(
            |g| !matches!(g, Gazetteer::Org(oi) if lx.orgs[*oi].miscased_acronym(&full_np)),
        );
    // `Council President Karl Hofer`: a body's title before a person's name
    let titled_person = |from: usize| {
        title_at(&words, &tf, from).is_some_and(|n| {
            words
                .get(from + n)
                .is_some_and(|w| lx.given_names.contains(&fold_word(w)))
                // (or a name of two or three words we do not list, at the end: `Bank
                // of Korea Governor Rhee Chang-yong`, `Senate President Franklin Drilon`)
                || from >= 1
                    && (2..=3).contains(&words.len().saturating_sub(from + n))
                    && words[from + n..].iter().all(|w| {
                        is_cap(w)
                            && !is_all_caps(w)
                            && !is_org_head(w)
                            && !lx.gazetteer.contains_key(&*lower(strip_possessive(w).0))
                    })
        })
        // (`Police Sgt. John Miller`: a rank, then a name)
        || words.get(from).is_some_and(|w| lx.is_honorific(w))
            && words.get(from + 1).is_some_and(|w| is_cap(w))
            && from + 2 < words.len()
    };
    // (`Washington State Department of Health`: a body's head word, then `of`)
    let head_of = words.len() >= 4
        && words[1..words.len() - 2]
            .iter()
            .zip(&words[2..])
            .any(|(w, n)| matches!(*n, "of" | "for") && is_org_head(w));
    if is_org_head(last) && words.len() >= 2
        || head_of
        || is_org_head(first)
            && !titled_person(1)
            && !titled_person(0)
            // (`Bank of America Governor Jerome Powell`: a person at the end)
            && !(2..words.len()).any(&titled_person)
            // (`Rugby World Cup`, `Athletics Championships`: an event)
            && !matches!(
                strip_possessive(last).0,
                "Cup" | "Championship" | "Championships" | "Games" | "Trophy" | "Open"
                    | "Series" | "Final" | "Finals" | "Sevens" | "Classic" | "Marathon"
            )
            && (words.len() >= 3
                || words.len() == 2 && is_all_caps(first)
                // (a body named for the country it serves: `Police Scotland`)
                || words.len() == 2
                    && matches!(
                        lx.gazetteer.get(&*lower(strip_possessive(words[1]).0)),
                        Some(Gazetteer::Country(_) | Gazetteer::Place(_))
                    ))
        || matches!(gaz_full, Some(Gazetteer::Org(_)))
    {
        let (name, key) = match gaz_full {
            Some(Gazetteer::Org(oi)) => {
                let o = &lx.orgs[oi];
                (o.name.clone(), name_key(&o.name))
            }
            _ => (full_np.clone(), name_key(&full_np)),
        };
        let a = match reg.find_key(&key) {
            Some(a) => a,
            None => reg.add(&name, key, Some(ActorKind::Organization)),
        };
        if name != full_np {
            reg.alias(a, &full_np);
        }
        if let Some(Gazetteer::Org(oi)) = gaz_full
            && let Some(ac) = &lx.orgs[oi].acronym
        {
            reg.alias(a, ac);
        }
        reg.actors[a].kind = Some(ActorKind::Organization);
        push(reg, a, s, e, s, false);
        acronym_after(reg, a, p, toks, e);
        return;
    }

    // A whole chain that is a known place (`Saudi Arabia`, `United Arab Emirates`)
    if let Some(
        g @ (Gazetteer::Country(_)
        | Gazetteer::Capital(_)
        | Gazetteer::Seat(_)
        | Gazetteer::Place(_)),
    ) = gaz_full
    {
        let (name, kind) = match g {
            Gazetteer::Country(ci) => (lx.countries[ci].name.clone(), ActorKind::Place),
            Gazetteer::Capital(ci) => (lx.countries[ci].capital.clone(), ActorKind::Place),
            Gazetteer::Place(pi) => (lx.places[pi].clone(), ActorKind::Place),
            _ => (full_np.clone(), ActorKind::Organization),
        };
        let a = reg.known_as(&name, kind, &full_np);
        push(reg, a, s, e, s, false);
        return;
    }
    // `the Ukraine-Poland border`, `Russian-Ukrainian talks`: a compound of places
    if words.len() == 1 && first.contains('-') {
        let parts: Vec<&str> = first.split('-').collect();
        if parts.len() >= 2
            && parts
                .iter()
                .all(|x| lx.gazetteer.contains_key(&*lower(strip_possessive(x).0)))
        {
            return;
        }
    }
    // Titles, honorifics and demonyms at the front.
    let mut k = 0;
    let mut roles: Vec<String> = Vec::new();
    let mut honor: Option<String> = None;
    let mut lineage: Option<&str> = None;
    // (where a portfolio word before the title began: `Home Minister`)
    let mut portfolio: Option<usize> = None;
    // `Harmon County Public Health Director Greta Vale`, `Bank of England Governor Ada
    // Bell`: a capitalised body before a title, then the person; the body and the title
    // are the role
    if title_at(&words, &tf, 0).is_none()
        && let Some((j, n)) = (2..words.len().min(6)).find_map(|j| {
            title_at(&words, &tf, j)
                .filter(|&n| {
                    // (styles between the title and the name: `Dewan Rakyat Speaker Tan
                    // Sri Pandikar Amin Mulia`)
                    let rest = words.len().saturating_sub(j + n);
                    let rest = rest - styles_at(&words, j + n).min(rest);
                    (1..=3).contains(&rest)
                        && words[j + n..].iter().all(|w| is_cap(w) && !is_all_caps(w))
                        // (`Publisher Dean Singleton`: a given name before a lone
                        // surname is no title)
                        && !(n == 1 && rest == 1 && lx.given_names.contains(&fold_word(words[j])))
                        // (`Martin Luther King Day`, `Stephen King Jr`: a royal word after
                        // names is a surname)
                        && !matches!(words[j], "King" | "Queen" | "Prince" | "Princess")
                })
                .map(|n| (j, n))
        })
        && words[..j].iter().all(|w| is_cap(w) || matches!(*w, "of" | "and" | "for"))
        // no title begins earlier (`Borovian Prime Minister`), and no demonym or known
        // place leads (the rules below make it a place of its own)
        && (1..j).all(|i| title_at(&words, &tf, i).is_none())
        // (unless an organisation's head follows it: `California Highway Patrol
        // Officer Axel Reyes`)
        // (or a team's or company's own name: `Uganda Cranes Coach Paul Put`, `Kenya
        // Power Managing Director Joseph Siror`)
        && (!lx.gazetteer.contains_key(&*lower(strip_possessive(words[0]).0))
            || words[1..j].iter().any(|w| is_org_head(w))
            || !words[0].ends_with(['s', 'n'])
                && words[1..j].iter().all(|w| {
                    is_cap(w)
                        && !is_all_caps(w)
                        && !lx.gazetteer.contains_key(&*lower(strip_possessive(w).0))
                        && !matches!(&*lower(w), "state" | "city")
                        && !area_head(&lower(w))
                }))
        // (nor a known place of several words: `New South Wales Premier Ada Bell`)
        && !(2..=3.min(j)).any(|m| lx.gazetteer.contains_key(&words[..m].join(" ").to_lowercase())
            && !words[m..j].iter().any(|w| is_org_head(w)))
    {
        roles.push(words[..j + n].join(" "));
        k = j + n;
    }
    // `DOH Medical Specialist IV Dr. Alethea de Guzman`, `Local Cllr Ruairí Ó Murchú`:
    // words of office, an honorific, then the name
    if k == 0
        && title_at(&words, &tf, 0).is_none()
        && let Some(h) = (1..words.len().saturating_sub(1)).find(|&h| {
            lx.is_honorific(words[h])
                && !place_sri(&words, h)
                && !matches!(words[h], "St" | "Saint" | "Sheikh" | "Sheikha" | "Sheik")
                && words[..h].iter().all(|w| {
                    is_cap(w) && !lx.given_names.contains(&fold_word(w)) && !lx.is_honorific(w)
                })
                && (0..h).all(|x| title_at(&words, &tf, x).is_none())
                && {
                    let g = h + styles_at(&words, h).min(words.len() - h);
                    (1..=4).contains(&(words.len() - g))
                        && is_cap(words[g])
                        && words[g..].iter().all(|w| {
                            (is_cap(w) || is_connector(w)) && !is_org_head(w) && !is_all_caps(w)
                        })
                }
        })
    {
        if h >= 2 || is_all_caps(words[0]) || is_org_head(words[0]) {
            roles.push(words[..h].join(" "));
        }
        k = h;
    }
    // `Taurus Securities Head of Research Zeeshan Afzal`: a body, `Head of` and its
    // unit, then the person (from a listed given name, else the last two words)
    if k == 0
        && roles.is_empty()
        && let Some(h) = (1..words.len().saturating_sub(4))
            .find(|&h| words[h] == "Head" && words[h + 1] == "of" && is_cap(words[h + 2]))
        && words[..h].iter().all(|w| is_cap(w))
        && (0..h).all(|x| title_at(&words, &tf, x).is_none())
        && let g = (h + 3..words.len() - 1)
            .find(|&g| lx.given_names.contains(&fold_word(words[g])))
            .unwrap_or(words.len() - 2)
        && g >= h + 3
        && (2..=3).contains(&(words.len() - g))
        && words[g..]
            .iter()
            .all(|w| is_cap(w) && !is_all_caps(w) && !is_org_head(w))
    {
        roles.push(words[..g].join(" "));
        k = g;
    }
    loop {
        if k >= words.len() {
            break;
        }
        if let Some(n) = title_at(&words, &tf, k).filter(|&n| {
            // `Dean Skelos`, `Earl Woods`: a given name, not the title, before a lone
            // surname
            !(n == 1
                && k + 2 == words.len()
                && is_cap(words[k])
                && lx.given_names.contains(&fold_word(words[k])))
        }) {
            let mut n = n;
            // `Minister for Transport and Ports`, `Secretary of State for Health`: the
            // portfolio belongs to the title, up to the person's given name
            if words.get(k + n).is_some_and(|w| matches!(*w, "for" | "of")) {
                // after the portfolio's last word, a name of one to three words
                // (`Vice President of External Affairs Samer Naji`, `Vice Minister of
                // Health Trinh Quan Huan`), else from the first given name
                match (k + n + 1..words.len().saturating_sub(1))
                    .rfind(|&q| portfolio_end(strip_possessive(words[q]).0))
                    .map(|q| q + 1)
                    .filter(|&g0| {
                        // (past a style before the name: `Mr. Trinh Quan Huan`)
                        let g = g0 + styles_at(&words, g0).min(words.len() - g0);
                        (1..=3).contains(&(words.len() - g))
                            && words[g..]
                                .iter()
                                .all(|w| is_cap(w) && !is_org_head(w) && !is_all_caps(w))
                    })
                    .or_else(|| {
                        // (a body's name closed by its head word, then one to three
                        // names: `CEO of Icelandair Group Bogi Nils Bogason`)
                        (k + n + 2..words.len().saturating_sub(1))
                            .rfind(|&q| is_org_head(words[q]))
                            .map(|q| q + 1)
                            .filter(|&g| {
                                (1..=3).contains(&(words.len() - g))
                                    && words[g..]
                                        .iter()
                                        .all(|w| is_cap(w) && !is_org_head(w) && !is_all_caps(w))
                            })
                    })
                    .or_else(|| {
                        // (a portfolio of one word at least: `Manager of Pedro Plains
                        // Sauces` names a company, no person)
                        (k + n + 2..words.len().min(k + n + 6))
                            .find(|&g| lx.given_names.contains(&fold_word(words[g])))
                    })
                    // `Lord Mayor of Dublin Daithí de Róiste`: a known place, then a
                    // name of one to four words whatever its given name
                    .or_else(|| {
                        let p0 = k + n + 1;
                        (1..=3).rev().find_map(|m| {
                            let mut g = p0 + m;
                            // (with its area word: `Lagos State`, `Kent County`)
                            if words.get(g).is_some_and(|w| {
                                let l = lower(w);
                                area_head(&l) || matches!(&*l, "state" | "city")
                            }) {
                                g += 1;
                            }
                            let rest = words.get(g..).filter(|r| (1..=4).contains(&r.len()))?;
                            let place = words.get(p0..p0 + m)?.join(" ");
                            (matches!(
                                lx.gazetteer.get(&*lower(&place)),
                                Some(
                                    Gazetteer::Country(_)
                                        | Gazetteer::Capital(_)
                                        | Gazetteer::Place(_)
                                )
                            ) && is_cap(rest[0])
                                && rest.iter().all(|w| {
                                    (is_cap(w) || is_connector(w))
                                        && !is_org_head(w)
                                        && !is_all_caps(w)
                                }))
                            .then_some(g)
                        })
                    }) {
                    Some(g) => n = g - k,
                    None => {
                        // (`Manager of Pedro Plains Sauces`: a name right after `of`
                        // is the body's, with no person after it)
                        if words.len() >= k + n + 3
                            && lx.given_names.contains(&fold_word(words[k + n + 1]))
                            && let Some(&from) = tok_idx.get(k + n + 1)
                        {
                            let first = out.mentions.len();
                            process_chain_uncached(
                                reg, seg, p, toks, sid, from, e, out, evidence, None,
                            );
                            for m in &out.mentions[first..] {
                                let a = reg.resolve(m.actor);
                                if reg.actors[a].kind != Some(ActorKind::Place) {
                                    reg.actors[a].kind = Some(ActorKind::Organization);
                                }
                            }
                        }
                        // (a portfolio, no person: resolved when it speaks)
                        return;
                    }
                }
            }
            // `SSP South Ejaz Ahmed`, `DIG East Ann Lee`: a district named by its
            // quarter belongs to the rank, before a name of two words or more
            if words.len() >= k + n + 3
                && is_quarter(words[k + n])
                && words[k + n + 1..]
                    .iter()
                    .all(|w| is_cap(w) && !is_org_head(w))
            {
                n += 1;
            }
            // `Medical Officer III`, `Clerk II`: a grade after the title is part of it
            if words.len() >= k + n + 2
                && matches!(
                    words[k + n],
                    "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII"
                )
            {
                n += 1;
            }
            let from = portfolio.take().unwrap_or(k);
            roles.push(singular_title(&words[from..k + n].join(" ")));
            k += n;
            continue;
        }
        // `Council President ...`, `Police Chief ...`: a body before a title
        if k + 1 < words.len() && is_org_head(words[k]) && titled_person(k + 1) {
            k += 1;
            continue;
        }
        // `Ports Peter Brandt`, `Rovers Peter Lenz` (a chain cut before `and`, a team
        // before a name): a capitalised word before a given name and a surname
        if k == 0
            && words.len() >= 3
            && !lx.given_names.contains(&fold_word(words[0]))
            && lx.given_names.contains(&fold_word(words[1]))
            // (`Thani bin Ahmed`: a connector is no given name here, whatever the lists
            // say of `Bin`)
            && !is_connector(words[1])
            && !lx
                .gazetteer
                .contains_key(&*lower(strip_possessive(words[0]).0))
            && !lx.is_honorific(words[0])
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && !is_all_caps(words[0])
            // (not before a name that often stands second in a person's names: `Altaf
            // Ahmad Shah`, `Rajesh Kumar Singh` are one person each)
            && !SECOND_NAMES.contains(&&*fold_word(words[1]))
            // (nor a lineage's style or a family's name that opens a person's names:
            // `Syeda Nargis Alam`, `Chaudhry Pervaiz Elahi`)
            && !matches!(
                &*fold_word(words[0]),
                "syed"
                    | "syeda"
                    | "sayed"
                    | "sayyid"
                    | "sayyida"
                    | "shaikh"
                    | "sheikh"
                    | "sheikha"
                    | "mir"
                    | "pir"
                    | "makhdoom"
                    | "mian"
                    | "chaudhry"
                    | "chaudhary"
                    | "khawaja"
                    | "khwaja"
                    | "malik"
                    | "raja"
                    | "rana"
                    | "sardar"
                    | "nawab"
                    | "begum"
                    | "haji"
                    | "hajji"
                    | "alhaji"
                    | "mallam"
                    | "ustaz"
                    // (a Vietnamese family name, written first: `Nguyen Thanh Can`)
                    | "nguyen"
                    | "tran"
                    | "pham"
                    | "hoang"
                    | "huynh"
                    | "phan"
                    | "vu"
                    | "vo"
                    | "dang"
                    | "bui"
                    | "ngo"
                    | "duong"
                    | "trinh"
                    | "dinh"
                    | "truong"
                    // (a particle that opens a given name: `La Sonja Harrison`)
                    | "la"
                    | "le"
                    | "de"
                    | "da"
                    | "di"
                    | "du"
            )
            // (nor a name after a person's title or trade: `businessman Natalio Mario
            // Grinman`)
            && !before.as_deref().is_some_and(|b| {
                lx.is_title(b) || lx.title_heads.contains(b) || lx.is_epithet(b)
            })
            // (nor a place's first word: `St. Joseph County`, `Sao Paulo`)
            && !matches!(
                words[0].trim_end_matches('.'),
                "St" | "Saint" | "Sao" | "São" | "San" | "Santa" | "Santo" | "Fort" | "Port"
                    | "Mount" | "New" | "Los" | "Las"
            )
        {
            k += 1;
            continue;
        }
        if let Some(n) = paired_honorific(&words, k)
            && k + n < words.len()
        {
            honor = Some(words[k..k + n].join(" "));
            k += n;
            continue;
        }
        if lx.is_honorific(words[k])
            && k + 1 < words.len()
            && !place_sri(&words, k)
            // (`Defense Minister Gen Nakatani`: after a civilian office, `Gen` before
            // a surname alone is a given name, not a general's rank)
            && !(words[k] == "Gen"
                && k + 2 == words.len()
                && roles.last().is_some_and(|r| {
                    let r = r.to_lowercase();
                    ["minister", "secretary", "governor", "mayor", "ambassador", "spokes"]
                        .iter()
                        .any(|x| r.contains(x))
                }))
            // (`Cr Don Pember`: after an honorific, a given name is the name)
            && !(honor.is_some() && lx.given_names.contains(&fold_word(words[k])))
            // (`Sheikh Rasheed`, `Sheikh Hasina`: before a single name, a sheikh's style
            // is how the person is known; `Sheikh Mohammed bin Rashid` keeps it apart)
            && !(k + 2 == words.len()
                && matches!(
                    words[k].to_lowercase().as_str(),
                    "sheikh" | "sheikha" | "sheik" | "shaikh"
                )
                // (unless the name alone is known already: `Sheikh Karim` after
                // `Emir Sheikh Karim bin Said al-Noor`)
                && {
                    let key = name_key(strip_possessive(words[k + 1]).0);
                    reg.find_key(&key).is_none()
                        && !reg.actors.iter().any(|a| {
                            a.merged_into.is_none() && a.key.len() > 1 && a.key[..1] == key[..]
                        })
                })
        {
            // (a Malay royal line's style opening the name stays in it: `Tengku
            // Datuk Zafrul Tengku Abdul Aziz` is Tengku Zafrul Tengku Abdul Aziz)
            if honor.is_none() && matches!(&*lower(words[k]), "tengku" | "tunku") {
                lineage = Some(words[k]);
            }
            honor = Some(words[k].to_string());
            k += 1;
            continue;
        }
        // `Washington State Governor Jay Inslee`, `New South Wales Premier ...`: a
        // known place of several words before a title
        if let Some((n, name, kind)) = (2..=3usize.min(words.len().saturating_sub(k + 1)))
            .rev()
            .find_map(|n| {
                let joined = words[k..k + n].join(" ").to_lowercase();
                let name = match lx.gazetteer.get(&joined) {
                    // (or a demonym of two words: `South African President Cyril
                    // Ramaphosa`, `South Korean Foreign Minister Park Jin`)
                    Some(Gazetteer::Country(ci) | Gazetteer::Demonym(ci)) => {
                        lx.countries[*ci].name.clone()
                    }
                    Some(Gazetteer::Capital(ci)) => lx.countries[*ci].capital.clone(),
                    Some(Gazetteer::Place(pi)) => lx.places[*pi].clone(),
                    // (or one we do not list, named by its kind: `Davao City Mayor Sara
                    // Duterte`, `Nairobi County Governor ...`)
                    None if matches!(
                        words[k + n - 1],
                        "City" | "County" | "State" | "Province" | "District" | "Region"
                    ) && words[k..k + n - 1]
                        .iter()
                        .all(|w| is_cap(w) && !is_org_head(w)) =>
                    {
                        words[k..k + n].join(" ")
                    }
                    _ => return None,
                };
                title_at(&words, &tf, k + n)
                    .filter(|t| k + n + t + 1 < words.len() || lx.gazetteer.contains_key(&joined))
                    .map(|_| (n, name, ActorKind::Place))
            })
            // `Bank of England Governor Andrew Bailey`, `Awami League General Secretary
            // Obaidul Quader`: a known organisation before a title and a name
            .or_else(|| {
                (1..=5usize.min(words.len().saturating_sub(k + 2)))
                    .rev()
                    .find_map(|n| {
                        let joined = words[k..k + n].join(" ").to_lowercase();
                        let Gazetteer::Org(oi) = *lx.gazetteer.get(&joined)? else {
                            return None;
                        };
                        title_at(&words, &tf, k + n)
                            .filter(|t| k + n + t < words.len())
                            .map(|_| (n, lx.orgs[oi].name.clone(), ActorKind::Organization))
                    })
            })
        {
            let a = reg.known_as(&name, kind, &words[k..k + n].join(" "));
            push(
                reg,
                a,
                tok_idx[k],
                tok_idx[k + n - 1] + 1,
                tok_idx[k],
                false,
            );
            k += n;
            continue;
        }
        let wl = fold_word(words[k]);
        // `Home Minister Amit Shah`, `the Union Minister said`: a portfolio before the
        // title is the office's, not a place
        if k + 1 < words.len()
            && PORTFOLIO_WORDS.contains(&wl.as_str())
            && title_at(&words, &tf, k + 1).is_some()
        {
            portfolio.get_or_insert(k);
            k += 1;
            continue;
        }
        if k + 1 < words.len()
            && let Some(place) = demonym_place(reg, &wl).or_else(|| {
                // `Karsk Mayor Rudi Hanke`, `Borovian Foreign Minister ...`: a place
                // qualifier before a title
                // (`Zentrix CEO Hanna Berg`, `Rovers coach Peter Lenz`: a company's or a
                // team's title makes the qualifier an organisation)
                // (or an abbreviated office: `Virginia Gov. Bob McDonnell`)
                // (`Aaron Judge`, `John Major`: a given name before a closing title
                // word is a person's whole name)
                title_at(&words, &tf, k + 1)
                    .filter(|&n| {
                        !(k + 1 + n == words.len()
                            && lx.given_names.contains(&fold_word(words[k]))
                            && !lx.gazetteer.contains_key(&*lower(words[k])))
                    })
                    .or_else(|| {
                        (lx.is_honorific(words[k + 1])
                            && words.get(k + 2).is_some_and(|w| is_cap(w))
                            && lx
                                .gazetteer
                                .contains_key(&*lower(strip_possessive(words[k]).0)))
                        .then_some(1)
                    })
                    .map(|n| {
                        let surface = strip_possessive(words[k]).0;
                        let key = name_key(surface);
                        // (a country's president is no company's: `US President
                        // Donald Trump`, `Kenya President William Ruto`; the country
                        // goes by its own name)
                        let place = match lx.gazetteer.get(&*lower(surface)) {
                            Some(Gazetteer::Country(ci)) => Some(lx.countries[*ci].name.clone()),
                            Some(Gazetteer::Capital(ci)) => Some(lx.countries[*ci].capital.clone()),
                            Some(Gazetteer::Place(pi)) => Some(lx.places[*pi].clone()),
                            _ => None,
                        };
                        if let Some(name) = place {
                            return reg.known_as(&name, ActorKind::Place, surface);
                        }
                        let corporate = corporate_title(&words[k + 1..k + 1 + n]);
                        match reg.find_key(&key) {
                            Some(a) => a,
                            None => {
                                let a = reg.add(surface, key, None);
                                // (an acronym unknown to the gazetteer is a body's:
                                // `NASA Administrator Bill Nelson`)
                                if corporate || is_all_caps(surface) {
                                    reg.actors[a].org_ev += 2;
                                } else {
                                    reg.actors[a].place_ev += 2;
                                }
                                a
                            }
                        }
                    })
            })
        {
            reg.alias(place, strip_possessive(words[k]).0);
            push(reg, place, tok_idx[k], tok_idx[k] + 1, tok_idx[k], false);
            k += 1;
            continue;
        }
        break;
    }
    // a title in lower case right before the name: `head coach Manolo Marquez`,
    // `striker Tomi Juric`
    if roles.is_empty()
        && k == honor.as_ref().map_or(0, |h| h.split(' ').count())
        && s == s0
        && k < words.len()
        && let Some(t) = pre_title
    {
        roles.push(t);
    }
    let titled = !roles.is_empty() || honor.is_some();
    if k >= words.len() {
        // `Judge said` after `Aaron Judge`: a person's surname that is a title word
        if let [w] = words[..]
            && is_cap(w)
            && let Some(a) = (0..reg.actors.len()).find(|&a| {
                let x = &reg.actors[a];
                x.merged_into.is_none()
                    && (x.kind == Some(ActorKind::Person)
                        || x.kind.is_none() && lx.given_names.contains(&x.key[0]))
                    && x.key.len() >= 2
                    && x.key.last() == Some(&fold_word(strip_possessive(w).0))
            })
        {
            push(reg, a, tok_idx[0], e, s, false);
        }
        return; // only a title: a nominal, resolved when it speaks
    }
    let name_s = tok_idx[k];
    let name_text = text_from(name_s);
    let mut name_text = strip_possessive(&name_text)
        .0
        .trim_end_matches(['\'', '’'])
        .to_string();
    if let Some(l) = lineage {
        name_text = format!("{l} {name_text}");
    }
    let name_words = &words[k..];
    let key = name_key(&name_text);
    if key.is_empty() {
        return;
    }
    // `Governor House sources`, `Mayor's Office`: a title and a body's head word name
    // a place of work, no person
    if !roles.is_empty()
        && honor.is_none()
        && name_words.len() == 1
        && (is_org_head(name_words[0])
            || matches!(
                strip_possessive(name_words[0]).0,
                "House" | "Office" | "Palace" | "Lodge" | "Mansion" | "Secretariat"
            ))
    {
        let key = name_key(&full_np);
        let a = match reg.find_key(&key) {
            Some(a) => a,
            None => reg.add(&full_np, key, Some(ActorKind::Organization)),
        };
        push(reg, a, s, e, s, false);
        return;
    }
    // `SSP South said` after `SSP South Ejaz Ahmed`: a rank and its district name the
    // officer holding them, or no one
    if let Some(last_role) = roles.last()
        && honor.is_none()
        && is_quarter(strip_possessive(name_words[0]).0)
        && name_words.len() == 1
    {
        let role = format!("{last_role} {}", strip_possessive(name_words[0]).0);
        if let Some(a) = (0..reg.actors.len()).find(|&a| {
            let x = &reg.actors[a];
            x.merged_into.is_none() && x.roles.iter().any(|r| r.eq_ignore_ascii_case(&role))
        }) {
            push(reg, a, s, e, s, true);
        }
        return;
    }

    // A platform: `posted on X`, `wrote on Telegram`
    if !titled
        && lx.platforms.contains(name_text.as_str())
        && (name_text.chars().count() > 1 || before.as_deref() == Some("on"))
    {
        let a = match reg.find_key(&key) {
            Some(a) => a,
            None => reg.add(&name_text, key.clone(), Some(ActorKind::Other)),
        };
        reg.actors[a].kind = Some(ActorKind::Other);
        reg.actors[a].known = true;
        push(reg, a, name_s, e, s, false);
        return;
    }
    if name_text.chars().count() == 1 {
        return; // a lone capital letter (an initial, `X` as a letter) is no actor
    }
    // Gazetteer: country, capital, demonym, seat of power, known organisation
    let gz = lx.gazetteer.get(&*lower(&name_text)).copied().filter(|g| {
        // acronyms must be written in capitals ("WHO", not "Who")
        !matches!(g, Gazetteer::Org(oi) if lx.orgs[*oi].miscased_acronym(&name_text))
    });
    if !titled && let Some(g) = gz {
        let (name, kind) = match g {
            Gazetteer::Country(ci) | Gazetteer::Demonym(ci) => {
                (lx.countries[ci].name.clone(), ActorKind::Place)
            }
            Gazetteer::Capital(ci) => (lx.countries[ci].capital.clone(), ActorKind::Place),
            Gazetteer::Place(pi) => (lx.places[pi].clone(), ActorKind::Place),
            Gazetteer::Seat(_) => (name_text.clone(), ActorKind::Organization),
            Gazetteer::Org(oi) => (lx.orgs[oi].name.clone(), ActorKind::Organization),
        };
        let a = reg.known_as(&name, kind, &name_text);
        if let Gazetteer::Org(oi) = g
            && let Some(ac) = &lx.orgs[oi].acronym
        {
            reg.alias(a, ac);
        }
        push(reg, a, name_s, e, s, false);
        acronym_after(reg, a, p, toks, e);
        return;
    }
    // A demonym of a place named in this article (`Ruritanian` for Ruritania)
    if name_words.len() == 1
        && !titled
        && let Some(place) = demonym_place(reg, &key[0])
    {
        reg.alias(place, &name_text);
        push(reg, place, name_s, e, s, false);
        return;
    }
    // An unknown demonym used as an adjective (`the Qasimari track`, `Borovian units`):
    // the place it derives from, named by rule (-ian -> -ia, -i -> stem)
    if name_words.len() == 1
        && !titled
        && !lx.given_names.contains(&key[0])
        && let Some(place) = invented_place(&name_text)
        && toks.get(e).is_some_and(|t| {
            t.kind == Tk::Word && {
                let nw = word(p, t);
                let nl = lower(nw);
                // (`Kocharian warned`, `Kocharian said`: a verb follows a surname)
                (!is_cap(nw) || is_org_head(nw) || lx.is_title(&nl))
                    && lx.speech_verb(&nl).is_none()
                    && !lx.hedges.contains(&*nl)
                    && !past_tense(&nl)
            }
        })
    {
        let pk = name_key(&place);
        let a = match reg.find_key(&pk) {
            Some(a) => a,
            None => reg.add(&place, pk, Some(ActorKind::Place)),
        };
        reg.actors[a].kind = Some(ActorKind::Place);
        reg.alias(a, &name_text);
        reg.demonyms.insert(key[0].clone(), a);
        push(reg, a, name_s, e, s, false);
        return;
    }
    // `Martin Luther King Day`, `Labour Day`, `Anzac Day`: a day named after a person
    // or a cause is no actor (`Doris Day` is: a given name, then the surname)
    if !titled
        && name_words.len() >= 2
        && matches!(*name_words.last().unwrap_or(&""), "Day" | "Week")
        && (name_words.len() >= 3 || !lx.given_names.contains(&fold_word(name_words[0])))
    {
        return;
    }
    // `Commented the first trader:`, `Added Ms Roe:`: an inverted verb of saying
    if name_words.len() == 1 && !titled && initial && {
        let l = lower(&name_text);
        lx.speech_verb(&l).is_some()
            && (l.ends_with("ed")
                // (`Said the minister:`, not `Said Jalili`)
                || toks.get(e).is_some_and(|t| {
                    t.kind == Tk::Word && matches!(word(p, t), "the" | "a" | "an" | "his" | "her")
                }))
    } {
        return;
    }
    // `the Senate`, `Congress`, `the Navy`: a state's institution named by its noun
    // alone is a body (the fuller one named in this article, if any)
    if name_words.len() == 1
        && !titled
        && (!initial
            // (a chamber opens a sentence as itself: `Congress will vote`; an army or a
            // cabinet may be a modifier: `Army veterans said`)
            || matches!(
                key[0].as_str(),
                "senate" | "congress" | "parliament" | "bundestag" | "knesset" | "duma"
            ))
        && matches!(
            key[0].as_str(),
            "senate"
                | "congress"
                | "parliament"
                | "cabinet"
                | "navy"
                | "army"
                | "presidency"
                | "bundestag"
                | "knesset"
                | "duma"
                | "legislature"
                | "judiciary"
                | "house"
        )
        && (key[0] != "house"
            || s > 0 && toks[s - 1].kind == Tk::Word && word(p, &toks[s - 1]) == "the")
    {
        let fuller = (0..reg.actors.len()).find(|&i| {
            let a = &reg.actors[i];
            a.merged_into.is_none()
                && a.kind == Some(ActorKind::Organization)
                && a.key.len() >= 2
                && a.key.last() == Some(&key[0])
        });
        let a = match fuller.or_else(|| reg.find_key(&key)) {
            Some(a) => a,
            None => reg.add(&name_text, key.clone(), Some(ActorKind::Organization)),
        };
        reg.actors[a].kind = Some(ActorKind::Organization);
        if fuller.is_some() {
            reg.alias(a, &name_text);
        }
        push(reg, a, name_s, e, s, false);
        return;
    }
    if name_words.len() == 1 && !titled {
        // `the Council`, `the Ministry`: a nominal, resolved when it speaks; and a
        // sentence-opening common noun (`Diplomats said`, `Officials`)
        let lower = name_text.to_lowercase();
        // (plurals too: `Commissioners said`)
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        // `Norcastle` for `Norcastle Energy` (`Elders` for `Elders Ltd`, though elders
        // may speak)
        let orgs: Vec<usize> = (0..reg.actors.len())
            .filter(|&i| {
                let a = &reg.actors[i];
                a.merged_into.is_none()
                    && a.kind == Some(ActorKind::Organization)
                    && a.key.len() >= 2
                    && a.key[0] == key[0]
            })
            .collect();
        if orgs.len() == 1 {
            reg.alias(orgs[0], &name_text);
            push(reg, orgs[0], name_s, e, s, false);
            return;
        }
        if is_org_head(&name_text)
            // `County officials`, `the Province`: an area's head word alone
            || area_head(&lower)
            || initial
                && (lx.nominal_speakers.contains(&lower)
                    || lx.document_nouns.contains(&lower)
                    || lx.is_title(&lower)
                    || lower.len() > 4
                        && (lx.nominal_speakers.contains(singular) || lx.is_title(singular)))
        {
            return;
        }
    }
    // An acronym already defined
    let a = if name_words.len() == 1 && !titled {
        match reg.find_key(&key) {
            Some(a) => a,
            None => {
                // surname of a known person
                reg.person_like(&name_text, key.clone(), false)
            }
        }
    } else {
        reg.person_like(&name_text, key.clone(), titled)
    };
    {
        let ab = &mut reg.actors[a];
        for r in roles {
            if !ab.roles.iter().any(|x| x.eq_ignore_ascii_case(&r)) {
                ab.roles.push(r);
            }
        }
        // context-free evidence, kept for replays of this chain
        let mut d = (0, 0, 0);
        if titled {
            d.0 += 3;
        }
        if let Some(h) = &honor {
            let h = h.trim_end_matches('.').to_lowercase();
            match h.as_str() {
                "mr" | "sir" | "lord" | "herr" | "monsieur" | "señor" | "don" | "sheikh" => {
                    ab.gender = Some(Gender::Male)
                }
                "ms" | "mrs" | "miss" | "dame" | "lady" | "frau" | "madame" | "mme" | "señora"
                | "sheikha" => ab.gender = Some(Gender::Female),
                _ => {}
            }
        }
        // `Maria Lenz` is a she, `Peter Brandt` a he: from the first given name, when
        // nothing said otherwise
        if ab.gender.is_none() && name_words.len() >= 2 {
            let plain = strip_possessive(name_words[0]).0.to_lowercase();
            let folded = fold_word(name_words[0]);
            let is =
                |set: &rustc_hash::FxHashSet<String>| set.contains(&plain) || set.contains(&folded);
            if is(&lx.female_names) {
                ab.gender = Some(Gender::Female);
            } else if is(&lx.male_names) {
                ab.gender = Some(Gender::Male);
            }
        }
        // (`Thani bin Ahmed Al-Zeyoudi`, `Siti binti Abdullah`: a patronymic's `son
        // of` or `daughter of` between names is a person's)
        let given = name_words.len() >= 2 && lx.given_names.contains(&fold_word(name_words[0]))
            || name_words.len() >= 3
                && name_words[1..name_words.len() - 1]
                    .iter()
                    .any(|w| matches!(*w, "bin" | "binti" | "bint" | "ibn"));
        if given {
            d.0 += 2;
        }
        if name_words.len() == 1 {
            let w = key[0].as_str();
            if w.ends_with("ia") || w.ends_with("stan") || w.ends_with("land") {
                d.1 += 1;
            }
        }
        if name_words.len() >= 2 && !given {
            d.2 += 1;
        }
        ab.person_ev += d.0;
        ab.place_ev += d.1;
        ab.other_ev += d.2;
        *evidence = Some(d);
        // and evidence from the context
        // (`the chairman of the Kamara Bayan said`: the office holder speaks; what the
        // office is of, after `the`, is a body)
        let office_of = |k: usize| {
            k >= 1
                && toks[k].kind == Tk::Word
                && word(p, &toks[k]) == "of"
                && toks[k - 1].kind == Tk::Word
                && !is_cap(word(p, &toks[k - 1]))
                && lx.title_heads.contains(&*lower(word(p, &toks[k - 1])))
        };
        // (a name used as an adjective is none: `the leader of the Christian democratic
        // party`, `the nation state of the Jewish people`)
        let of_the = s >= 3
            && before.as_deref() == Some("the")
            && office_of(s - 2)
            && !toks.get(e).is_some_and(|t| {
                let nw = word(p, t);
                t.kind == Tk::Word
                    && !is_cap(nw)
                    && !nw.ends_with("ed")
                    && lx.speech_verb(nw).is_none()
                    && !matches!(nw, "is" | "was" | "has" | "had" | "will" | "would")
            });
        // `Aeromexico spokeswoman Erika Montes`: a body's officer, named after it in
        // lower case
        let officer_after = !titled
            && name_words.len() <= 3
            // (`Presidential spokesman Manuel Adorni`: an office's adjective, no body)
            && !(name_words.len() == 1
                && matches!(
                    &*lower(name_words[0]),
                    "presidential"
                        | "ministerial"
                        | "federal"
                        | "provincial"
                        | "municipal"
                        | "regional"
                        | "national"
                        | "judicial"
                        | "parliamentary"
                        | "government"
                        | "governmental"
                        | "official"
                        | "military"
                        | "royal"
                        | "palace"
                        | "police"
                        | "army"
                        | "party"
                        | "company"
                        | "club"
                        | "team"
                        | "campaign"
                ))
            && toks.get(e).is_some_and(|t| {
                let w = word(p, t);
                t.kind == Tk::Word
                    && !is_cap(w)
                    && corporate_title(&[w])
                    && !matches!(w, "coach" | "captain" | "owner" | "partner")
            })
            && toks.get(e + 1).is_some_and(|t| {
                t.kind == Tk::Word && is_cap(word(p, t)) && !is_all_caps(word(p, t))
            })
            && !lx.gazetteer.contains_key(&key.join(" "))
            // (`Chief executive David Roe`: a title's first word is no body)
            && !name_words.iter().any(|w| {
                let l = lower(strip_possessive(w).0);
                lx.is_title(&l) || lx.title_heads.contains(&*l) || lx.function_words.contains(&*l)
            });
        if of_the || officer_after || person_of_the && !titled {
            ab.org_ev += 3;
        } else if speaks && !(s >= 2 && office_of(s - 1)) {
            ab.person_ev += 1;
        }
        // `shares in X`, `a stake in X`: a company
        // `shares of X`, `an analyst at X`, `an economist with X`: a company
        let holding = matches!(before.as_deref(), Some("in" | "of"))
            && s >= 2
            && toks[s - 2].kind == Tk::Word
            && matches!(
                &*lower(word(p, &toks[s - 2])),
                "shares" | "stake" | "stakes" | "holding" | "holdings" | "investment"
            )
            || matches!(before.as_deref(), Some("at" | "with"))
                && s >= 2
                && toks[s - 2].kind == Tk::Word
                && corporate_title(&[word(p, &toks[s - 2])])
            // `research firm Canalys`, `the broadcaster RTV`
            // (not a plural acronym: `hospital ERs`)
            || !titled
                && before
                    .as_deref()
                    .is_some_and(|b| lx.org_nouns.contains(b) || trade_of_body(b))
                && !name_text
                    .strip_suffix('s')
                    .is_some_and(|x| x.len() >= 2 && is_all_caps(x));
        let owner = !titled && owner_noun_at(p, toks, e);
        if name_words.len() == 1 && numbered_at(toks, e) {
            ab.other_ev += 1;
        }
        if holding || owner {
            ab.org_ev += 3;
        } else if let Some(b) = &before
            && LOC_PREPS.contains(&b.as_str())
            && place_after(b, name_words.len())
            && !titled
            && !according_to_at(p, toks, s)
        {
            ab.place_ev += 2;
        } else if let Some(b) = &before
            // `in Kerala's Ernaculum`: a place within a known place
            && let (owner, true) = strip_possessive(b)
            && matches!(
                lx.gazetteer.get(owner),
                Some(Gazetteer::Country(_) | Gazetteer::Place(_) | Gazetteer::Capital(_))
            )
            && s >= 2
            && toks[s - 2].kind == Tk::Word
            && LOC_PREPS.contains(&&*lower(word(p, &toks[s - 2])))
            && !titled
        {
            ab.place_ev += 2;
        }
        // `the Balrampur district`, `Turkana region`: a place; `Naspers shares`: a
        // company
        if !titled && e < toks.len() && toks[e].kind == Tk::Word {
            match &*lower(word(p, &toks[e])) {
                "district" | "region" | "province" | "county" | "division" | "valley"
                | "municipality" | "prefecture" | "governorate" | "oblast" | "township"
                | "village" | "suburb" => ab.place_ev += 3,
                "shares" | "stock" => ab.org_ev += 3,
                _ => {}
            }
        }
        // `the village of Cwm-yr-Eglwys`, `the city of Mazatlán`: a place
        if !titled
            && before.as_deref() == Some("of")
            && s >= 2
            && toks[s - 2].kind == Tk::Word
            && matches!(
                &*lower(word(p, &toks[s - 2])),
                "village"
                    | "villages"
                    | "town"
                    | "towns"
                    | "city"
                    | "cities"
                    | "hamlet"
                    | "township"
                    | "suburb"
                    | "suburbs"
                    | "municipality"
                    | "island"
                    | "islands"
                    | "province"
                    | "provinces"
                    | "county"
                    | "counties"
                    | "region"
                    | "regions"
                    | "district"
                    | "districts"
                    | "state"
                    | "port"
            )
        {
            ab.place_ev += 3;
        }
        // `neighbouring Eastleigh`
        if !titled && matches!(before.as_deref(), Some("neighbouring" | "neighboring")) {
            ab.place_ev += 2;
        }
        // `north Otago`, `central London`, `rural Kenya`: a place
        if !titled
            && before.as_deref().is_some_and(|b| {
                compass(b)
                    || matches!(
                        b,
                        "northern"
                            | "southern"
                            | "eastern"
                            | "western"
                            | "central"
                            | "inland"
                            | "coastal"
                            | "rural"
                            | "downtown"
                            | "upstate"
                            | "northeastern"
                            | "northwestern"
                            | "southeastern"
                            | "southwestern"
                            | "north-eastern"
                            | "north-western"
                            | "south-eastern"
                            | "south-western"
                    )
            })
        {
            ab.place_ev += 3;
        }
        // `east of Whakatane`, `the outskirts of Karsk`: a place
        if !titled && before.as_deref() == Some("of") && s >= 2 && toks[s - 2].kind == Tk::Word && {
            let w = lower(word(p, &toks[s - 2]));
            compass(&w) || matches!(&*w, "outskirts" | "suburbs" | "residents")
        } {
            ab.place_ev += 3;
        }
        // `Obama's speech`, `Naspers's shares`: what a name owns tells its kind
        if !titled
            && e < toks.len()
            && toks[e].kind == Tk::Word
            && strip_possessive(word(p, &toks[e - 1])).1
        {
            match &*lower(word(p, &toks[e])) {
                "speech" | "remarks" | "wife" | "husband" | "son" | "daughter" | "mother"
                | "father" | "brother" | "sister" | "family" | "lawyer" | "lawyers" | "death"
                | "arrest" | "resignation" | "career" | "funeral" | "birthday" | "memoir"
                | "biography" | "widow" | "aides" | "aide" | "administration" | "presidency"
                | "premiership" | "tenure" | "childhood" | "girlfriend" | "boyfriend"
                | "partner" | "children" => ab.person_ev += 2,
                "shares" | "stock" | "profits" | "profit" | "revenue" | "revenues"
                | "headquarters" | "website" | "shareholders" | "customers" | "subsidiary"
                | "employees" | "board" | "ceo" | "executives" => ab.org_ev += 2,
                _ => {}
            }
        }
        // `Debenhams chief executive Rob Templeman`, `Debenhams shares fell`: a name
        // used before a company's officer or its shares is a company's
        if !titled
            && e < toks.len()
            && toks[e].kind == Tk::Word
            && toks[e].s == toks[e - 1].e + 1
            && !strip_possessive(word(p, &toks[e - 1])).1
            // (an adjective opening a sentence is no name: `Local chief executives`)
            && !(name_words.len() == 1 && opening_adjective(&name_text))
            && !lx.function_words.contains(&*lower(&name_text))
            && matches!(
                word(p, &toks[e]),
                "chief" | "ceo" | "chairman" | "chairwoman" | "shares" | "shareholders"
                    | "profits" | "executives" | "employees" | "stores" | "boss"
            )
        {
            ab.org_ev += 2;
        }
        // a word with a capital inside (`MetService`, `WeatherWatch`, `JoyNews`) is a
        // brand or a body, unless the capital follows a surname's prefix (`McAdam`,
        // `DeSantis`, `MacArthur`)
        if name_words.len() == 1 && inner_capital(&name_text) {
            ab.org_ev += 2;
        }
        // an unknown acronym (`RTV`, `NUR`) is most likely an organisation
        if name_words.len() == 1 && is_all_caps(&name_text) && name_text.chars().count() <= 6 {
            ab.kind.get_or_insert(ActorKind::Organization);
        }
    }
    push(reg, a, name_s, e, s, titled);
    acronym_after(reg, a, p, toks, e);
}

/// A title in lower case right before token `s0` (`head coach`, `foreign minister`,
/// `striker`): the longest of up to three words.
fn lower_title_before(p: &str, toks: &[Tok], s0: usize) -> Option<String> {
    let lx = lexicon();
    let mut best = None;
    for n in 1..=3.min(s0) {
        let t = &toks[s0 - n];
        let w = word(p, t);
        if t.kind != Tk::Word || is_cap(w) || toks[s0 - n + 1].s > t.e + 1 {
            break;
        }
        // (`Food Crops Agency head Diden Trisnadi`: `head` after a body's name)
        if n == 1
            && matches!(w, "head" | "chief" | "boss")
            && s0 >= 2
            && toks[s0 - 2].kind == Tk::Word
            && is_cap(word(p, &toks[s0 - 2]))
            && toks[s0 - 2].e + 1 == t.s
        {
            return Some(w.to_string());
        }
        if n == 1 && !lx.title_heads.contains(&*lower(w)) {
            // (a plural office before names: `led by lawyers Andre Jumabhoy and Emmanuel
            // Eng` makes the first a lawyer)
            let l = lower(w);
            return l
                .strip_suffix('s')
                .filter(|sg| sg.len() >= 4 && lx.title_heads.contains(*sg) && lx.is_title(sg))
                .map(str::to_string);
        }
        let cand = (s0 - n..s0)
            .map(|j| lower(word(p, &toks[j])).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        if lx.is_title(&cand) {
            best = Some((n, cand));
        }
    }
    // (`former coach Gernot Rohr`: a role no longer held is kept as such, so that `the
    // coach` is not him)
    best.map(|(n, cand)| match (s0 > n).then(|| &toks[s0 - n - 1]) {
        Some(t) if t.kind == Tk::Word && word(p, t).eq_ignore_ascii_case("former") => {
            format!("former {cand}")
        }
        _ => cand,
    })
}

/// Whether `according to` stands right before token `s0` (a source follows, not a
/// place: `according to Diden`).
fn according_to_at(p: &str, toks: &[Tok], s0: usize) -> bool {
    s0 >= 2
        && toks[s0 - 2].kind == Tk::Word
        && word(p, &toks[s0 - 2]).eq_ignore_ascii_case("according")
        && word(p, &toks[s0 - 1]).eq_ignore_ascii_case("to")
}

/// Whether a name of `words` words after the preposition `prep` leans to a place:
/// `in`, `near`, `across` do; `from`, `to`, `at` take people as often (`a penalty from
/// Tomi Juric`, `a letter to Anna Varga`), so only a one-word name leans.
fn place_after(prep: &str, words: usize) -> bool {
    match prep {
        "from" | "to" | "at" | "via" => words <= 1,
        _ => true,
    }
}

/// `... Forces (RDF)`: the acronym becomes an alias.
fn acronym_after(reg: &mut Registry, a: usize, p: &str, toks: &[Tok], e: usize) {
    // `Petroleo Brasileiro SA, or Petrobras,`: a body's short name given after `or`,
    // when it is made of the name's first word or of its initials
    if let (Some(c1), Some(or), Some(w), Some(c2)) = (
        toks.get(e),
        toks.get(e + 1),
        toks.get(e + 2),
        toks.get(e + 3),
    ) && c1.kind == Tk::Punct(',')
        && or.kind == Tk::Word
        && &p[or.s..or.e] == "or"
        && w.kind == Tk::Word
        && matches!(c2.kind, Tk::Punct(',' | '.' | ';' | ')'))
        && reg.actors[a].key.len() >= 2
        && reg.actors[a].kind != Some(ActorKind::Person)
        && reg.actors[a].kind != Some(ActorKind::Place)
    {
        let short = &p[w.s..w.e];
        let f = fold_word(short);
        let k0 = &reg.actors[a].key[0];
        let stem = k0.len() >= 4 && f.len() > 4 && f.starts_with(&k0[..4]);
        let inits = short.len() >= 2 && initials(&reg.actors[a].name).eq_ignore_ascii_case(short);
        if is_cap(short) && (stem || inits) {
            reg.alias(a, short);
            reg.actors[a].org_ev += 2;
            return;
        }
    }
    if let (Some(o), Some(w), Some(c)) = (toks.get(e), toks.get(e + 1), toks.get(e + 2))
        && o.kind == Tk::Punct('(')
        && c.kind == Tk::Punct(')')
        && w.kind == Tk::Word
    {
        let ac = &p[w.s..w.e];
        let letters = ac.chars().filter(|c| c.is_alphabetic()).count();
        // (an acronym opens with its name's first letter: `Aggrey Orwenyo (KMPDU)` is a
        // person and the body he speaks for, two actors)
        let first = |x: &str| x.chars().next().map(|c| c.to_ascii_lowercase());
        // (or with its country's name left out: `US Department of Justice (DOJ)`)
        let key = &reg.actors[a].key;
        let spells = key
            .first()
            .is_some_and(|k| first(k) == first(&fold_word(ac)))
            || key.len() >= 3
                && lexicon().gazetteer.contains_key(key[0].as_str())
                && first(&key[1]) == first(&fold_word(ac));
        // (or written as a word, the British and Malaysian way, spelling the name's
        // initials exactly: `National Union of Flight Attendants Malaysia (Nufam)`)
        let as_word = || {
            letters >= 3
                && key.len() >= 3
                && is_cap(ac)
                && initials(&reg.actors[a].name).eq_ignore_ascii_case(ac)
        };
        if (2..=8).contains(&letters)
            && (ac.chars().filter(|c| c.is_uppercase()).count() >= 2 || as_word())
            && spells
        {
            reg.alias(a, ac);
            // (a name of three words or more given an acronym is a body's:
            // `Bangko Sentral ng Pilipinas (BSP)`)
            if reg.actors[a].key.len() >= 3 && reg.actors[a].kind.is_none() {
                reg.actors[a].org_ev += 2;
            }
        }
    }
}

/// The place a demonym refers to, if that place (or a name it derives from) is known.
fn demonym_place(reg: &mut Registry, folded: &str) -> Option<usize> {
    if let Some(&a) = reg.demonyms.get(folded) {
        return Some(reg.resolve(a));
    }
    let lx = lexicon();
    if let Some(Gazetteer::Demonym(ci)) = lx.gazetteer.get(folded) {
        let name = lx.countries[*ci].name.clone();
        let key = name_key(&name);
        let a = match reg.find_key(&key) {
            Some(a) => a,
            None => reg.add(&name, key, Some(ActorKind::Place)),
        };
        reg.demonyms.insert(folded.to_string(), a);
        return Some(a);
    }
    // invented or missing places: `Ruritanian` <- `Ruritania`, `Qasimari` <- `Qasimar`
    for suf in ["n", "an", "ian", "i", "ese", "ish", "ean"] {
        if let Some(stem) = folded.strip_suffix(suf)
            && stem.len() >= 3
            && let Some(&a) = reg.by_key.get([stem.to_string()].as_slice())
        {
            let a = reg.resolve(a);
            let ab = &reg.actors[a];
            if ab.kind.is_none() || ab.kind == Some(ActorKind::Place) {
                reg.actors[a].place_ev += 4;
                reg.demonyms.insert(folded.to_string(), a);
                return Some(a);
            }
        }
    }
    None
}

/// The place an unknown demonym derives from: `Ruritanian` -> `Ruritania`,
/// `Qasimari` -> `Qasimar`.
fn invented_place(demonym: &str) -> Option<String> {
    let d = strip_possessive(demonym).0;
    if d.chars().count() < 6 || !is_cap(d) || is_all_caps(d) {
        return None;
    }
    if let Some(stem) = d.strip_suffix("ian") {
        return Some(format!("{stem}ia"));
    }
    if let Some(stem) = d.strip_suffix("ari").or_else(|| d.strip_suffix("ani")) {
        return Some(format!("{stem}{}", &d[stem.len()..d.len() - 1]));
    }
    None
}

/// After all segments: late demonym links, surname merges, kinds decided.
pub fn finish(reg: &mut Registry, demonym_words: &[String]) {
    // demonyms seen before their place: `Ruritanian` early, `Ruritania` later
    for d in demonym_words {
        if reg.demonyms.contains_key(d) {
            continue;
        }
        let _ = demonym_place(reg, d);
    }
    // a listed body known here only by its acronym, when the text names another body
    // that the acronym spells: the text's body (`BSP Governor` beside the Bangko Sentral
    // ng Pilipinas is no Indian party)
    let n = reg.actors.len();
    for i in 0..n {
        let a = &reg.actors[i];
        if a.merged_into.is_some()
            || !a.known
            || a.kind != Some(ActorKind::Organization)
            || a.key.len() < 2
        {
            continue;
        }
        let Some(ac) = a
            .aliases
            .iter()
            .find(|x| (2..=6).contains(&x.len()) && is_all_caps(x))
            .cloned()
        else {
            continue;
        };
        // (the listed name written out in the text keeps it)
        if a.mentions.iter().any(|&(_, s, e)| e > s + 1) {
            continue;
        }
        let cands: Vec<usize> = (0..n)
            .filter(|&j| {
                let b = &reg.actors[j];
                j != i
                    && b.merged_into.is_none()
                    && !b.known
                    && b.key.len() >= 2
                    && matches!(b.kind, None | Some(ActorKind::Organization))
                    && b.person_ev == 0
                    && initials(&b.name) == ac
            })
            .collect();
        if let [j] = cands[..] {
            let listed = reg.actors[i].name.clone();
            merge_into(reg, i, j);
            let t = &mut reg.actors[j];
            t.aliases.retain(|x| *x != listed);
            t.kind = Some(ActorKind::Organization);
        }
    }
    // an acronym never defined in the text that spells exactly one body's initials
    // (`ASIC` for the Australian Securities and Investments Commission)
    // (the bodies' initials, worked out once and only when an acronym may need them)
    let mut initials_of: Vec<Option<String>> = Vec::new();
    for i in 0..n {
        let a = &reg.actors[i];
        if a.merged_into.is_some()
            || a.known
            || a.key.len() != 1
            || a.kind == Some(ActorKind::Place)
            || a.kind == Some(ActorKind::Person)
            || !(2..=6).contains(&a.name.len())
            || !(is_all_caps(&a.name) || mixed_acronym(&a.name))
        {
            continue;
        }
        // (`MoH`, `DoJ`: the small letters stand for `of`)
        let acro: String = a.name.chars().filter(|c| c.is_uppercase()).collect();
        let with_of = a.name.to_uppercase();
        if initials_of.is_empty() {
            initials_of = reg
                .actors
                .iter()
                .map(|b| (b.key.len() >= 2).then(|| initials(&b.name)))
                .collect();
        }
        let cands: Vec<usize> = (0..n)
            .filter(|&j| {
                let b = &reg.actors[j];
                j != i
                    && (initials_of[j].as_deref() == Some(acro.as_str())
                        // (`MTRC` for the MTR Corporation)
                        || b.key.len() >= 2
                            && is_all_caps(b.name.split_whitespace().next().unwrap_or(""))
                            && caps_initials(&b.name) == acro
                        // (`MOH` for the Ministry of Health)
                        || b.key.len() >= 3
                            && b.name.split_whitespace().any(|w| w == "of")
                            && initials_with_of(&b.name) == with_of)
                    && b.merged_into.is_none()
                    && (b.kind == Some(ActorKind::Organization)
                        || b.kind.is_none()
                            && (b.org_ev > 0
                                || b.name.split_whitespace().last().is_some_and(is_org_head)))
            })
            .collect();
        if cands.len() == 1 {
            merge_into(reg, i, cands[0]);
        }
    }
    // `Jokowi said` after `Joko "Jokowi" Widodo`: the nickname's own mentions
    for (key, p) in std::mem::take(&mut reg.nicknames) {
        let p = reg.resolve(p);
        if let Some(i) = reg.find_key(&key)
            && reg.resolve(i) != p
            && reg.actors[i].merged_into.is_none()
            && !reg.actors[i].known
            && matches!(reg.actors[i].kind, None | Some(ActorKind::Person))
            && matches!(reg.actors[p].kind, None | Some(ActorKind::Person))
        {
            merge_into(reg, i, p);
        }
    }
    // single-word actors that are the tail of exactly one fuller person (of several
    // sharing the surname, the one with a title or role: `Advocate Willis Otieno` over
    // `the suspects, Duncan Otieno and ...`)
    for i in 0..n {
        if reg.actors[i].merged_into.is_some() || reg.actors[i].kind.is_some() {
            continue;
        }
        let key = reg.actors[i].key.clone();
        let mut cands: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && reg.actors[j].merged_into.is_none()
                    && reg.actors[j].kind.is_none()
                    && reg.actors[j].key.len() > key.len()
                    && reg.actors[j].key.ends_with(&key)
            })
            .collect();
        if cands.len() > 1 {
            cands.retain(|&j| !reg.actors[j].roles.is_empty());
        }
        if cands.len() == 1 {
            merge_into(reg, i, cands[0]);
        }
    }
    // `Mngangagwa said` in a story about `Emmerson Mnangagwa`: a long surname typed
    // one letter wrong is the person's (when exactly one fuller name is that close)
    for i in 0..n {
        let a = &reg.actors[i];
        if a.merged_into.is_some()
            || a.kind.is_some()
            || a.known
            || a.key.len() != 1
            || a.key[0].chars().count() < 6
            || a.place_ev > 0
            || a.org_ev > 0
        {
            continue;
        }
        let w = a.key[0].clone();
        let close: Vec<usize> = (0..n)
            .filter(|&j| {
                let b = &reg.actors[j];
                j != i
                    && untyped_name(b)
                    && b.key.len() >= 2
                    && b.key.last().is_some_and(|l| one_edit_apart(l, &w))
            })
            .collect();
        if let [j] = close[..] {
            merge_into(reg, i, j);
        }
    }
    // `Rohit` in the body, `Rohit Sharma` only in the headline (read last): a one-word
    // name that opens exactly one person's name and ends none
    for i in 0..n {
        let a = &reg.actors[i];
        if a.merged_into.is_some()
            || a.kind.is_some()
            || a.key.len() != 1
            || a.place_ev > 0
            || a.org_ev > 0
        {
            continue;
        }
        let w = a.key[0].clone();
        let opens: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && untyped_name(&reg.actors[j])
                    && (2..=3).contains(&reg.actors[j].key.len())
                    && reg.actors[j].key[0] == w
            })
            .collect();
        let ends = (0..n)
            .any(|j| j != i && reg.actors[j].key.len() > 1 && reg.actors[j].key.last() == Some(&w));
        if opens.len() == 1 && !ends {
            merge_into(reg, i, opens[0]);
        }
    }
    // `Lula` after `Luiz Inacio Lula da Silva`: a one-word name standing inside exactly
    // one person's name of three words or more (neither its first word nor its last)
    for i in 0..n {
        let a = &reg.actors[i];
        if a.merged_into.is_some()
            || a.kind.is_some()
            || a.key.len() != 1
            || a.key[0].chars().count() < 3
            || a.place_ev > 0
            || a.org_ev > 0
            || is_connector(&a.key[0])
        {
            continue;
        }
        let w = a.key[0].clone();
        let inside: Vec<usize> = (0..n)
            .filter(|&j| {
                let k = &reg.actors[j].key;
                j != i
                    && untyped_name(&reg.actors[j])
                    && k.len() >= 3
                    && k[1..k.len() - 1].contains(&w)
            })
            .collect();
        let elsewhere = (0..n).any(|j| {
            let k = &reg.actors[j].key;
            j != i && k.len() > 1 && (k[0] == w || k.last() == Some(&w))
        });
        if inside.len() == 1 && !elsewhere {
            merge_into(reg, i, inside[0]);
        }
    }
    // `Qualceram` after `Qualceram Shires, the manufacturer`: a one-word name that
    // opens exactly one organisation's name
    for i in 0..n {
        // (not a place that names its institutions: `Karsk` and `Karsk City Council`)
        if reg.actors[i].merged_into.is_some()
            || reg.actors[i].kind.is_some()
            || reg.actors[i].key.len() != 1
            || reg.actors[i].place_ev > 0
            || reg.coordinated.iter().any(|&(x, y)| x == i || y == i)
        {
            continue;
        }
        let first = reg.actors[i].key[0].clone();
        let cands: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && reg.actors[j].merged_into.is_none()
                    && reg.actors[j].key.len() > 1
                    && reg.actors[j].key[0] == first
                    && (reg.actors[j].kind == Some(ActorKind::Organization)
                        || reg.actors[j].kind.is_none() && reg.actors[j].org_ev > 0)
            })
            .collect();
        if cands.len() == 1 {
            merge_into(reg, i, cands[0]);
        }
    }
    // merged mention lists back in text order (recent-actor look-ups rely on it)
    for a in reg.actors.iter_mut() {
        a.mentions.sort_unstable();
    }
    finish_kinds(reg);
}

/// The registry key of the words of tokens `a..b` (folded, possessives dropped).
/// Where the title starts in a chain `s..e` made of a known body's or place's name and
/// a title (`Reserve Bank Governor`, `ISRO Chairman`, `Harvard University Vice
/// Chancellor`), with no name after it.
fn role_after_known(reg: &Registry, p: &str, toks: &[Tok], s: usize, e: usize) -> Option<usize> {
    let lx = lexicon();
    if e < s + 2 || (s..e).any(|k| toks[k].kind != Tk::Word) {
        return None;
    }
    let mut a = s;
    while a + 1 < e && lx.function_words.contains(&*lower(word(p, &toks[a]))) {
        a += 1;
    }
    for n in (1..=3).rev() {
        if e < a + n + 1 {
            continue;
        }
        let cut = e - n;
        let t = lower(strip_possessive(&p[toks[cut].s..toks[e - 1].e]).0);
        // (a title for a person: not `Nigeria Police`, `Harbour Authority`)
        // (`the JAMPRO Head`: the word names an office after a body's name only)
        if !(lx.is_title(&t) || n == 1 && (lx.title_heads.contains(&*t) || &*t == "head"))
            || is_org_head(word(p, &toks[e - 1]))
            // (`a Labour MP`: letters after a name are read as the name's)
            || post_nominal(word(p, &toks[e - 1]))
            || lx.org_nouns.contains(&*t)
            || &*t == "police"
        {
            continue;
        }
        // (a title itself: `Prime Minister`, `Deputy Governor`)
        if lx.is_title(&lower(&p[toks[a].s..toks[e - 1].e])) {
            return None;
        }
        // (or the whole is a role someone was given: `Reserve Bank Governor Ann Lee`)
        let whole = lower(&p[toks[a].s..toks[e - 1].e]);
        let known = reg.actors.iter().any(|x| {
                x.merged_into.is_none() && x.roles.iter().any(|r| r.to_lowercase() == *whole)
            }) || reg
                .find_key(&words_key(p, toks, a, cut))
                .is_some_and(|x| reg.actors[x].kind != Some(ActorKind::Person))
                || matches!(
                    lx.gazetteer.get(&*lower(&p[toks[a].s..toks[cut - 1].e])),
                    Some(Gazetteer::Org(_) | Gazetteer::Country(_))
                )
                // (or a body of several words by its head: `Fiji Sugar and General
                // Workers Union General Secretary, Felix Anthony,`)
                // (not a rank holding its force: `Maroko Divisional Police Officer`;
                // nor two offices: `Attorney General and Cabinet Secretary`)
                || cut >= a + 2
                    && matches!(
                        word(p, &toks[cut - 1]),
                        "Union"
                            | "Party"
                            | "Association"
                            | "Federation"
                            | "Congress"
                            | "Confederation"
                            | "League"
                            | "Alliance"
                            | "Movement"
                            | "Front"
                            | "Society"
                            | "Corporation"
                            | "Company"
                            | "Institute"
                            | "Bank"
                    )
                // (or a body's acronym: `INEC Chairman, Mahmood Yakubu`)
                || cut == a + 1
                    && is_all_caps(strip_possessive(word(p, &toks[a])).0)
                    && word(p, &toks[a]).chars().count() >= 3;
        if known {
            return Some(cut);
        }
    }
    None
}

fn words_key(p: &str, toks: &[Tok], a: usize, b: usize) -> Vec<String> {
    (a..b)
        .map(|k| fold_word(strip_possessive(word(p, &toks[k])).0))
        .collect()
}

/// Whether the sentence-opening word at `start` is no part of the name that follows it
/// up to `j` (inclusive): the rest is a name known already, the whole is not, and the
/// word is a lead's modifier (`Outgoing`, `Former`) or no known name word at all (no
/// given name, title, honorific, place, acronym, nor a word of a known name).
fn opener_before_known(reg: &Registry, p: &str, toks: &[Tok], start: usize, j: usize) -> bool {
    let lx = lexicon();
    let w = word(p, &toks[start]);
    let lw = lower(w);
    if w.ends_with(['\'', '’']) || w.contains(['\'', '’']) || is_all_caps(w) {
        return false;
    }
    let modifier = matches!(
        &*lw,
        "outgoing" | "incoming" | "former" | "acting" | "interim" | "caretaker" | "ex"
    );
    let key_of = |a: usize, b: usize| words_key(p, toks, a, b);
    let f = fold_word(w);
    // (cheapest tests first: most chains open with a given name, a title or a place)
    if !modifier
        && (lx.given_names.contains(&f)
            || lx.is_title(&lw)
            || lx.is_honorific(w)
            || lx.gazetteer.contains_key(&*lw)
            || lx.title_heads.contains(&*lw)
            || is_org_head(w))
    {
        return false;
    }
    if reg.find_key(&key_of(start, j + 1)).is_some() {
        return false;
    }
    if modifier {
        return true;
    }
    let Some(rest) = reg.find_key(&key_of(start + 1, j + 1)) else {
        return false;
    };
    // (before a person's surname, a word that does not read as an adjective is the
    // given name we do not list: `Markram comes through ... Aiden Markram came`, but
    // `Embattled Markram`)
    let r = &reg.actors[reg.resolve(rest)];
    let person =
        r.kind == Some(ActorKind::Person) || r.kind.is_none() && r.org_ev == 0 && r.place_ev == 0;
    let adjectival = [
        "ing", "ed", "ish", "ful", "ous", "ive", "ly", "less", "able",
    ]
    .iter()
    .any(|s| lw.ends_with(s));
    if person && j == start + 1 && !adjectival {
        return false;
    }
    !reg.by_key.keys().any(|k| k.contains(&f))
}

/// The initials of a name's capitalised words, function words skipped (`Australian
/// Securities and Investments Commission` -> `ASIC`).
/// A name not merged away, of no kind yet, with nothing that says body or place: a
/// person's name, if anything (what the short forms of names may merge into).
fn untyped_name(b: &ActorB) -> bool {
    b.merged_into.is_none() && b.kind.is_none() && b.org_ev == 0 && b.place_ev == 0
}

/// Two different words one insertion, deletion or substitution apart, with the same
/// first letter (`mngangagwa`, `mnangagwa`).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.first() != b.first() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let p = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

/// Where `The Dutch government`, `Norwegian police`, `the Chinese foreign ministry`
/// ends, when the demonym at `k` opens such a body's name (the nouns in lower case).
fn national_institution(p: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let lx = lexicon();
    let w = word(p, &toks[k]);
    let (bare, possessive) = strip_possessive(w);
    if !is_cap(w) || is_all_caps(bare) {
        return None;
    }
    let word_at = |j: usize| {
        toks.get(j)
            .filter(|t| t.kind == Tk::Word && t.s <= toks[j - 1].e + 1)
            .map(|t| &p[t.s..t.e])
    };
    let n1 = word_at(k + 1)?;
    let end = match n1 {
        "government" | "police" | "army" | "military" | "navy" | "parliament" | "presidency"
        | "cabinet" | "embassy" | "coastguard" | "junta" => k + 2,
        "foreign" | "health" | "defence" | "defense" | "finance" | "interior" | "education"
        | "environment" | "trade" | "economy" | "justice" | "agriculture" | "energy"
        | "transport"
            if matches!(word_at(k + 2), Some("ministry")) =>
        {
            k + 3
        }
        "central" if matches!(word_at(k + 2), Some("bank")) => k + 3,
        _ => return None,
    };
    // (an office of it is a person's role: `Jamaica's police chief`, `a Chinese foreign
    // ministry spokesperson`)
    if let Some(nx) = word_at(end) {
        let l = lower(nx);
        if lx.title_heads.contains(&*l) || lx.nominal_speakers.contains(&*l) {
            return None;
        }
    }
    // (a demonym, `the Dutch government`, or a country's possessive, `Turkey's central
    // bank`)
    match lx.gazetteer.get(&*lower(bare)) {
        Some(Gazetteer::Demonym(_)) if !possessive => Some(end),
        Some(Gazetteer::Country(_)) if possessive => Some(end),
        _ => None,
    }
}

/// `Rawalpindi police`, `Johor state government`, `Southwark crown court`: the chain of
/// capitalised words `start..=j` names a place, and the words after it in lower case a
/// body of that place (a force or a court after any such name; a council or a
/// government after a listed town or region). Gives the body's token range.
fn local_institution(p: &str, toks: &[Tok], start: usize, j: usize) -> Option<(usize, usize)> {
    let word_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Tk::Word && t.s <= toks[k - 1].e + 1)
            .map(|t| &p[t.s..t.e])
    };
    // (the commonest case first: no such noun after the chain)
    let k = j + 1;
    let (end, court_or_force) = match word_at(k)? {
        "police" => (k + 1, true),
        "council" | "government" => (k + 1, false),
        "city" | "county" | "district" | "state" | "provincial" | "municipal" | "regional"
            if matches!(word_at(k + 1), Some("council" | "government" | "police")) =>
        {
            (k + 2, word_at(k + 1) == Some("police"))
        }
        "crown" | "high" | "district" | "county" | "provincial" | "sheriff" | "magistrates"
        | "magistrates'" | "magistrates’" | "magistrate's" | "magistrate’s"
            if word_at(k + 1) == Some("court") =>
        {
            (k + 2, true)
        }
        _ => return None,
    };
    let lx = lexicon();
    let start = if word(p, &toks[start]) == "The" {
        start + 1
    } else {
        start
    };
    if start > j
        || (start..=j).any(|k| toks[k].kind != Tk::Word || strip_possessive(word(p, &toks[k])).1)
    {
        return None;
    }
    // (an office of it is a person's role: `Rawalpindi police chief Ali Khan`)
    if word_at(end).is_some_and(|nx| {
        let l = lower(nx);
        lx.title_heads.contains(&*l) || lx.nominal_speakers.contains(&*l)
    }) {
        return None;
    }
    let name = lower(&p[toks[start].s..toks[j].e]);
    let place = matches!(lx.gazetteer.get(&*name), Some(Gazetteer::Place(_)));
    // (a force or a court after any name but a person's: not `Smith police`; nor after
    // a listed name of another kind, nor after a title)
    let person = start == j && lx.given_names.contains(&fold_word(word(p, &toks[j])));
    let other_listed = lx.gazetteer.contains_key(&*name);
    let titled = (start..=j).any(|k| lx.title_heads.contains(&*lower(word(p, &toks[k]))));
    let ok = place || court_or_force && !person && !other_listed && !titled;
    ok.then_some((start, end))
}

/// Initials counting `of` (`MOH` for the Ministry of Health).
fn initials_with_of(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "and" | "for" | "the" | "&" | "on" | "in"))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// An acronym whose small letters stand for short words: `MoH`, `DoJ`, `DfE`.
fn mixed_acronym(w: &str) -> bool {
    (3..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes()[w.len() - 1].is_ascii_uppercase()
        && w.bytes().filter(u8::is_ascii_lowercase).count() == 1
}

/// Initials keeping a leading acronym whole: `MTRC` for the MTR Corporation.
fn caps_initials(name: &str) -> String {
    let mut words = name.split_whitespace();
    let head = words.next().unwrap_or("");
    head.to_string() + &initials(&words.collect::<Vec<_>>().join(" "))
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "for" | "the" | "&" | "on" | "in"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Fold actor `i` into `j`: mentions, evidence, roles and names.
fn merge_into(reg: &mut Registry, i: usize, j: usize) {
    let src = std::mem::take(&mut reg.actors[i].mentions);
    let parts = std::mem::take(&mut reg.actors[i].parts);
    let surface = reg.actors[i].name.clone();
    let aliases = std::mem::take(&mut reg.actors[i].aliases);
    let roles = std::mem::take(&mut reg.actors[i].roles);
    let (pe, pl, oe, og, oi) = (
        reg.actors[i].person_ev,
        reg.actors[i].place_ev,
        reg.actors[i].other_ev,
        reg.actors[i].org_ev,
        reg.actors[i].only_initial,
    );
    reg.actors[i].merged_into = Some(j);
    let t = &mut reg.actors[j];
    t.mentions.extend(src);
    t.parts.extend(parts);
    t.person_ev += pe;
    t.place_ev += pl;
    t.other_ev += oe;
    t.org_ev += og;
    t.only_initial &= oi;
    for r in roles {
        if !t.roles.contains(&r) {
            t.roles.push(r);
        }
    }
    reg.alias(j, &surface);
    for a in aliases {
        reg.alias(j, &a);
    }
}

/// Kinds of the actors no word list typed, from the evidence gathered.
fn finish_kinds(reg: &mut Registry) {
    // `Karsk and Valdor`: an unknown name coordinated with a place is a place
    for _ in 0..2 {
        for &(x, y) in &reg.coordinated.clone() {
            let (x, y) = (reg.resolve(x), reg.resolve(y));
            let place = |a: &ActorB| {
                a.kind == Some(ActorKind::Place) || a.kind.is_none() && a.place_ev > a.person_ev
            };
            for (p, q) in [(x, y), (y, x)] {
                if place(&reg.actors[p]) && reg.actors[q].kind.is_none() {
                    reg.actors[q].place_ev += 2;
                }
                // (`the Shiv Sena, NCP, BJP and Samajwadi Party`: a name with nothing
                // of a person's, listed with bodies, is a body)
                if reg.actors[p].kind == Some(ActorKind::Organization)
                    && reg.actors[q].kind.is_none()
                    && reg.actors[q].person_ev == 0
                    && reg.actors[q].org_ev == 0
                {
                    reg.actors[q].org_ev += 1;
                }
            }
        }
    }
    for a in reg.actors.iter_mut() {
        if a.kind.is_some() {
            continue;
        }
        // `Bay of Plenty`, `Isle of Man`: a place by its first words
        if a.key.len() >= 3 && a.key[1] == "of" && place_of_head(&capitalise(&a.key[0])) {
            a.kind = Some(ActorKind::Place);
            continue;
        }
        // `Lake County`, `Sichuan Province`, `Donetsk Oblast`: an area by its last word
        if a.key.len() >= 2
            && a.key.last().is_some_and(|w| area_head(w))
            // (a school district is a body)
            && a.key[a.key.len() - 2] != "school"
        {
            a.kind = Some(ActorKind::Place);
            continue;
        }
        a.kind = Some(
            if a.org_ev > 0 && a.org_ev >= a.person_ev && a.org_ev >= a.place_ev {
                ActorKind::Organization
            } else if a.place_ev > a.person_ev {
                ActorKind::Place
            } else if a.person_ev > 0 {
                ActorKind::Person
            } else if a.other_ev > 0 {
                ActorKind::Other
            } else if a.key.len() >= 2
                // (a given name listed as a woman's or a man's, alone, named more than once and naming no place
                // or body: `Sandra* had been paying ...`, a person the story calls by
                // her first name)
                || a.mentions.len() >= 2
                    && (lexicon().female_names.contains(&a.key[0])
                        || lexicon().male_names.contains(&a.key[0]))
                    && !lexicon().gazetteer.contains_key(&a.key[0])
            {
                ActorKind::Person
            } else {
                ActorKind::Other
            },
        );
    }
}

/// An adjective that opens sentences before a noun of people or offices (`Regional
/// staff`, `Local chief executives`, `Commanding officer`): never a name on its own.
fn opening_adjective(w: &str) -> bool {
    matches!(
        &*lower(w),
        "local"
            | "national"
            | "regional"
            | "federal"
            | "state"
            | "provincial"
            | "municipal"
            | "senior"
            | "top"
            | "former"
            | "deputy"
            | "assistant"
            | "acting"
            | "interim"
            | "global"
            | "foreign"
            | "new"
            | "joint"
            | "commanding"
            | "public"
            | "central"
            | "private"
            | "international"
            | "junior"
            | "retired"
    )
}

/// Whether an actor is worth reporting (single unknown capitalised words that only ever
/// open a sentence are not).
pub fn keep(a: &ActorB) -> bool {
    if a.merged_into.is_some() {
        return false;
    }
    if a.known {
        return true;
    }
    // (`GDP`, `CEO`, `Easter`: words that name nobody; `some TDs` who speak are
    // speakers without an actor, as any group is)
    if lexicon().not_actors.contains(&a.name) {
        return false;
    }
    // (`Regional staff are ...`: an adjective opening the sentence)
    if a.only_initial && a.key.len() == 1 && a.quote_count == 0 && opening_adjective(&a.name) {
        return false;
    }
    if a.kind == Some(ActorKind::Other) && a.key.len() == 1 {
        return !a.only_initial && a.mentions.len() >= 2 || a.quote_count > 0;
    }
    if a.only_initial && a.key.len() == 1 && a.person_ev < 2 && a.place_ev < 2 && a.quote_count == 0
    {
        return a.kind == Some(ActorKind::Place) || a.kind == Some(ActorKind::Organization);
    }
    true
}

/// Whether a number follows at `k` (`Bill 904`, `Apollo 11`): a thing's name, no
/// person's.
fn numbered_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.kind == Tk::Num)
}

/// `bay` -> `Bay` (a folded key word back to its capitalised form, ASCII only).
fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_ids() {
        assert_eq!(actor_id("Sergey Malenko"), actor_id("Sergei Malenko"));
        assert_eq!(actor_id("Karim bin Said al-Noor"), "karim-bin-said-al-noor");
        assert_eq!(name_key("Al Noor"), name_key("al-Noor"));
        assert_eq!(actor_id("Recep Erdoğan"), "recep-erdogan");
        assert_eq!(
            actor_id("World Health Organisation"),
            actor_id("World Health Organization")
        );
        assert_eq!(strip_possessive("Varga’s"), ("Varga", true));
    }
}
