//! The rule-based annotator: quotes (direct, partial, indirect, scare), their speakers,
//! and the actors of an article. Deterministic; word lists come from [`crate::lexicon`].

pub mod actors;
pub mod tokens;

use crate::lexicon::{PronounClass, lexicon};
use crate::model::{Actor, ActorKind, Annotated, Article, Part, Quote, QuoteKind, Speaker};
use actors::{
    Gender, Registry, SegActors, fold_word, is_all_caps, is_cap, past_tense, strip_possessive,
};
use tokens::{Span, Tk, Tok};

/// One annotated unit of text: a body paragraph, a caption or the title.
struct Seg {
    part: Part,
    caption: Option<usize>,
    /// Byte offset of this segment in its host string.
    base: usize,
    text: String,
    /// `text` lowercased char by char where that keeps byte lengths (so token offsets
    /// index both).
    lower: String,
    toks: Vec<Tok>,
    /// The base form of each word token that is a speech verb (looked up once: the
    /// rules ask for most words several times).
    verbs: Vec<Option<&'static str>>,
    /// [`Annotator::verb_at`] of each token once asked (it reads only this segment).
    verb_memo: Vec<std::cell::Cell<Option<Option<&'static str>>>>,
    spans: Vec<Span>,
    sid: Vec<u32>,
    in_quote: Vec<bool>,
    /// First and one-past-last token of each sentence (by sentence index).
    sent_bounds: Vec<(usize, usize)>,
    acts: SegActors,
    /// The quote span each token belongs to.
    span_of: Vec<Option<u32>>,
    /// A headline in Title Case (its capitals say nothing).
    title_cased: bool,
}

#[derive(Debug, Clone)]
struct Who {
    actor: Option<usize>,
    name: String,
    mention: String,
    seg: usize,
    s: usize,
    e: usize,
}

struct QuoteB {
    seg: usize,
    s: usize,
    e: usize,
    kind: QuoteKind,
    who: Option<Who>,
    cue: Option<String>,
    conf: f32,
}

/// Annotate an article (or take the annotations it came with).
pub fn annotate(a: &Article) -> Annotated {
    if let Some(pre) = &a.preannotated {
        let mut out = crate::preannotated::normalize(pre.as_ref().clone());
        out.source = a.source.clone();
        for w in &a.warnings {
            if !out.warnings.contains(w) {
                out.warnings.push(w.clone());
            }
        }
        return out;
    }
    // a rule that fails on some text must not take the corpus down with it: the article
    // is kept, unannotated, with a warning that says so
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        #[cfg(test)]
        if tests::FAIL.with(|f| f.get()) {
            panic!("a rule failed (forced by a test)");
        }
        Annotator::new(a).run()
    }))
    .unwrap_or_else(|_| unannotated(a))
}

/// `a` with no quotes and no actors, and a warning that annotation failed.
fn unannotated(a: &Article) -> Annotated {
    let mut warnings = a.warnings.clone();
    warnings.push(format!(
        "{}: annotation failed on an internal error; the article is kept without quotes \
         or actors (please report it)",
        a.source
    ));
    Annotated {
        source: a.source.clone(),
        title: a.title.clone(),
        byline: a.byline.clone(),
        published: a.published.clone(),
        section: a.section.clone(),
        url: a.url.clone(),
        text: a.text(),
        captions: a.captions.clone(),
        quotes: Vec::new(),
        actors: Vec::new(),
        warnings,
    }
}

use crate::lexicon::WEEKDAYS as DAYS;

/// People who stand for someone or side with them (`supporters of Karl Hofer`,
/// `lawyers for Peter Brandt`).
const GROUPS: &[&str] = &[
    "supporters",
    "followers",
    "fans",
    "allies",
    "aides",
    "critics",
    "opponents",
    "relatives",
    "friends",
    "members",
    "backers",
    "loyalists",
    "family",
    "lawyers",
    "attorneys",
    "representatives",
    "advisers",
    "advisors",
    // one person close to someone (`a colleague of Anna Varga said`)
    "colleague",
    "friend",
    "relative",
    "neighbour",
    "neighbor",
    "aide",
    "ally",
    "supporter",
    "critic",
    "cousin",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
];

/// A word that opens a reported clause without `that`: a determiner or a subject
/// pronoun (`told reporters the plan had failed`, `warned it would act`; `he's`, `they'd`
/// count as the pronoun).
/// Nouns for a hearing that hears evidence (`the court heard`, `the jury was told`).
const HEARING_NOUNS: &[&str] = &[
    "court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "inquiry",
];

fn clause_opener(w: &str) -> bool {
    matches!(
        w.split(['\'', '’']).next().unwrap_or(""),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "there"
            | "this"
            | "these"
            | "no"
    )
}

/// A lowercase word in `-ing` that reads as a participle (`making`, `citing`), not a
/// noun (`morning`, `building`, `something`).
fn participle_word(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && !is_cap(w)
        && !matches!(
            w,
            "morning"
                | "evening"
                | "meeting"
                | "building"
                | "something"
                | "nothing"
                | "everything"
                | "anything"
                | "during"
                | "briefing"
                | "hearing"
                | "funding"
                | "housing"
                | "training"
                | "spending"
                | "ceiling"
                | "wedding"
                | "setting"
                | "opening"
                | "beginning"
                | "ruling"
                | "warning"
                | "offering"
                | "shooting"
                | "bombing"
                | "killing"
                | "sentencing"
                | "understanding"
                | "feeling"
                | "wellbeing"
        )
}

/// A number word or quantifier that may open a clause's subject (`four people had been
/// arrested`, `several homes were damaged`).
fn count_word(w: &str) -> bool {
    actors::number_word(w)
        || matches!(
            w,
            "dozens" | "several" | "many" | "most" | "some" | "all" | "both"
        )
}

/// `mother-of-three` (or `mother of three`, joined so): a parent described by the
/// count of their children, an epithet for the person the story follows.
fn parent_of_n(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(p), Some(of), Some(n), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    matches!(
        p,
        "mother" | "father" | "grandmother" | "grandfather" | "mum" | "dad"
    ) && of == "of"
        && (matches!(
            n,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        ) || !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A manner adverb between a subject and its verb (`publicly said`, `repeatedly
/// denied`), not a noun that happens to end in -ly (`the family said`).
fn manner_adverb(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ly")
        && !matches!(
            w,
            "family"
                | "assembly"
                | "supply"
                | "anomaly"
                | "monopoly"
                | "butterfly"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "yearly"
                | "italy"
        )
}

/// A time word that makes a time phrase alone (`Tuesday`, `yesterday`).
/// A US lawmaker's party and state in wire style: `R-Tenn`, `D-Calif`, `I-Vt`, `R-N.Y`.
pub(crate) fn party_state_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len() <= 8
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// An auxiliary in the present, or a modal: the tense a reported clause is in.
fn present_or_modal(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "am"
            | "has"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "does"
            | "do"
    )
}

/// A finite auxiliary or modal, in the present or the past.
fn finite_aux(w: &str) -> bool {
    present_or_modal(w) || matches!(w, "was" | "were" | "had" | "did")
}

fn bare_time_word(w: &str) -> bool {
    matches!(w, "yesterday" | "today" | "tonight") || DAYS.contains(&w)
}

/// Cut `p` into pieces of at most about `max` bytes, after a sentence end where one is
/// near, else at a space: (byte offset, piece).
fn split_long(p: &str, max: usize) -> Vec<(usize, &str)> {
    if p.len() <= max {
        return vec![(0, p)];
    }
    let mut out = Vec::new();
    let mut start = 0;
    while p.len() - start > max {
        let mut end = start + max;
        while !p.is_char_boundary(end) {
            end -= 1;
        }
        let window = &p[start..end];
        let mut lo = window.len() / 2;
        while !window.is_char_boundary(lo) {
            lo += 1;
        }
        let cut = window[lo..]
            .rfind(". ")
            .or_else(|| window[lo..].rfind("? "))
            .map(|i| lo + i + 2)
            .or_else(|| window.rfind(' ').map(|i| i + 1))
            .filter(|&c| c > 0)
            .unwrap_or(window.len());
        out.push((start, &p[start..start + cut]));
        start += cut;
    }
    out.push((start, &p[start..]));
    out
}

/// A headline in Title Case: most longer words after the first are capitalised.
fn title_case(text: &str, toks: &[Tok]) -> bool {
    let (mut long, mut caps) = (0, 0);
    for t in toks.iter().filter(|t| t.kind == Tk::Word).skip(1) {
        let w = &text[t.s..t.e];
        if w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_alphabetic) {
            long += 1;
            caps += usize::from(is_cap(w));
        }
    }
    long >= 3 && caps * 4 >= long * 3
}

/// Classes of speech verbs.
fn tell_type(base: &str) -> bool {
    matches!(
        base,
        "tell"
            | "inform"
            | "assure"
            | "reassure"
            | "remind"
            | "advise"
            | "notify"
            | "warn"
            | "promise"
            | "brief"
    )
}

/// A noun for what someone said, whose sayer follows it (`claims by X that ...`).
fn sayers_noun(w: &str) -> bool {
    matches!(
        w,
        "claims"
            | "claim"
            | "complaints"
            | "complaint"
            | "suggestions"
            | "suggestion"
            | "allegations"
            | "allegation"
            | "accusations"
            | "accusation"
            | "assertions"
            | "assertion"
            | "insistence"
            | "warnings"
            | "assurances"
            | "assurance"
    )
}

/// A noun for a text someone issues (`issued a statement that ...`).
fn issued_noun(w: &str) -> bool {
    matches!(
        w,
        "statement" | "announcement" | "declaration" | "communique" | "communiqué"
    )
}

fn reporting_verb(base: &str) -> bool {
    matches!(
        base,
        "say"
            | "tell"
            | "add"
            | "stress"
            | "emphasize"
            | "emphasise"
            | "warn"
            | "note"
            | "argue"
            | "claim"
            | "insist"
            | "announce"
            | "state"
            | "declare"
            | "explain"
            | "reply"
            | "respond"
            | "confirm"
            | "deny"
            | "dispute"
            | "acknowledge"
            | "admit"
            | "assert"
            | "allege"
            | "contend"
            | "maintain"
            | "observe"
            | "recall"
            | "reiterate"
            | "repeat"
            | "underline"
            | "underscore"
            | "write"
            | "predict"
            | "promise"
            | "pledge"
            | "vow"
            | "threaten"
            | "complain"
            | "lament"
            | "concede"
            | "conclude"
            | "caution"
            | "testify"
            | "report"
            | "reveal"
            | "disclose"
            | "estimate"
            | "suggest"
            | "assure"
            | "reassure"
            | "inform"
            | "remind"
            | "signal"
            | "indicate"
            | "hint"
            | "agree"
            | "concur"
            | "highlight"
            | "submit"
            | "rule"
            | "hold"
            | "charge"
            | "find"
            | "affirm"
            | "reaffirm"
            | "boast"
            | "brag"
            | "mention"
            | "comment"
            | "tweet"
            | "post"
            | "swear"
            | "confess"
            | "guarantee"
            | "speculate"
            | "imply"
            | "forecast"
            | "clarify"
            | "advise"
            // (`pointed out`: `verb_at` keeps it only with its particle)
            | "point"
            // (`..., the PCB chief continued.`: `verb_at` keeps it only closing its
            // clause)
            | "continue"
            // (and the rarer verbs news uses for a `that` clause: `the mayor quipped
            // that he would take whatever victories he could`)
            | "remark"
            | "quip"
            | "joke"
            | "muse"
            | "recount"
            | "proclaim"
            | "opine"
            | "surmise"
            | "attest"
            | "exclaim"
            | "retort"
            | "counter"
            | "rebut"
            | "elaborate"
            | "posit"
            | "theorize"
            | "theorise"
            | "enthuse"
            | "make clear"
    )
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "one",
    "two", "three", "four", "several", "some", "many", "other", "another", "both", "each", "every",
    "no", "senior", "top",
];

const AUX: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "did",
    "does",
    "not",
    "also",
    "then",
    "reportedly",
    "allegedly",
    "later",
    "again",
    "further",
];

struct Annotator<'a> {
    art: &'a Article,
    body: String,
    segs: Vec<Seg>,
    reg: Registry,
    quotes: Vec<QuoteB>,
    /// Recent person actors (speakers, subjects), most recent last.
    salient: Vec<usize>,
    /// Recent organisations that spoke.
    salient_org: Vec<usize>,
    last_speaker: Option<Who>,
    /// The named speaker of the last reported clause, with its segment, while no quote
    /// has been attributed since: a bare quote right after `X said the bank was sound.`
    /// is X going on.
    last_indirect: Option<(usize, Who)>,
    /// The last document that spoke (`the study`, `the report`), for `it` after it.
    last_document: Option<Who>,
    /// A chain of quoted paragraphs is open (after `X said:` or a quoted paragraph).
    chain: Option<Who>,
    /// The named speaker of the last direct quote of a paragraph, with its segment: a
    /// paragraph after it that is one quote and no cue is theirs.
    last_para_direct: Option<(usize, Who)>,
    /// The last unnamed person who spoke (`a dealer`, `a spokeswoman for the firm`) and
    /// the gender its noun gives, while no person named since: `he` / `she` after it.
    last_nominal: Option<(Who, Option<Gender>)>,
    /// The last unnamed group that spoke (`officers`, `several rebel groups`), while no
    /// organisation spoke since: `they` after it.
    last_plural: Option<Who>,
    /// Unnamed speakers so far (`a senior diplomat`), for `the diplomat` later.
    nominals: std::cell::RefCell<Vec<String>>,
    /// Set while looking for a document's author (no nested look-ups).
    in_doc_author: std::cell::Cell<bool>,
}

impl<'a> Annotator<'a> {
    fn new(art: &'a Article) -> Self {
        Annotator {
            art,
            body: art.text(),
            segs: Vec::new(),
            reg: Registry::default(),
            quotes: Vec::new(),
            salient: Vec::new(),
            salient_org: Vec::new(),
            last_speaker: None,
            last_indirect: None,
            last_document: None,
            chain: None,
            last_para_direct: None,
            last_nominal: None,
            last_plural: None,
            nominals: std::cell::RefCell::new(Vec::new()),
            in_doc_author: std::cell::Cell::new(false),
        }
    }

    fn add_seg(
        &mut self,
        part: Part,
        caption: Option<usize>,
        base: usize,
        text: &str,
        continues: bool,
    ) {
        let toks = tokens::tokenize(text);
        let spans = tokens::quote_spans(text, &toks, continues);
        let sid = tokens::sentences(text, &toks, &spans);
        let mut in_quote = vec![false; toks.len()];
        let mut span_of = vec![None; toks.len()];
        for (si, sp) in spans.iter().enumerate() {
            let end = sp.close.unwrap_or(toks.len().saturating_sub(1));
            for k in sp.open..=end.min(toks.len().saturating_sub(1)) {
                in_quote[k] = k != sp.open && Some(k) != sp.close;
                span_of[k] = Some(si as u32);
            }
        }
        let mut sent_bounds: Vec<(usize, usize)> = Vec::new();
        for (k, &sn) in sid.iter().enumerate() {
            let sn = sn as usize;
            while sent_bounds.len() <= sn {
                sent_bounds.push((k, k));
            }
            sent_bounds[sn].1 = k + 1;
        }
        let seg_idx = self.segs.len();
        // a Title Case headline (`Jayson Williams Sentenced To Five Years`): its
        // capitals say nothing, so names are looked for as if only the words known to be
        // capitalised (names met in the body, listed names and places) were
        let title_cased = part == Part::Title && title_case(text, &toks);
        let decased = title_cased.then(|| self.decase_title(text, &toks));
        let scan_text = decased.as_deref().unwrap_or(text);
        let acts = actors::scan(&mut self.reg, seg_idx, scan_text, &toks, &sid);
        let mut lower = lower_same_len(text);
        keep_acronyms_apart(text, &toks, &mut lower);
        let lx = lexicon();
        let verbs: Vec<Option<&'static str>> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let w = &lower[t.s..t.e];
                // (`the Refinitiv estimate of 76.3 billion`: a noun between a name and
                // `of`, no verb)
                let noun = i >= 2
                    && toks.get(i + 1).is_some_and(|n| &lower[n.s..n.e] == "of")
                    && toks[i - 1].kind == Tk::Word
                    && text[toks[i - 1].s..].starts_with(char::is_uppercase)
                    && matches!(&lower[toks[i - 2].s..toks[i - 2].e], "the" | "a" | "an");
                (t.kind == Tk::Word && !noun)
                    .then(|| {
                        lx.speech_verb(w)
                            .or_else(|| {
                                // `the court held that ...` reports (`held talks` does not,
                                // and is no speech verb to the actor rules either)
                                (matches!(w, "held" | "holds")
                                    && toks.get(i + 1).is_some_and(|n| &lower[n.s..n.e] == "that"))
                                .then_some("hold")
                            })
                            .or_else(|| {
                                // `the magistrate ordered that ...`: an order reports,
                                // with `that` only
                                (matches!(w, "ordered" | "orders")
                                    && toks.get(i + 1).is_some_and(|n| &lower[n.s..n.e] == "that"))
                                .then_some("order")
                            })
                            .or_else(|| {
                                // `made it clear that ...`, `makes clear that ...`
                                let at = |j: usize| toks.get(j).map(|n| &lower[n.s..n.e]);
                                (matches!(w, "made" | "makes" | "make" | "making")
                                    && (at(i + 1) == Some("clear") && at(i + 2) == Some("that")
                                        || at(i + 1) == Some("it")
                                            && at(i + 2) == Some("clear")
                                            && at(i + 3) == Some("that")))
                                .then_some("make clear")
                            })
                    })
                    .flatten()
            })
            .collect();
        self.segs.push(Seg {
            part,
            caption,
            base,
            text: text.to_string(),
            lower,
            toks,
            verb_memo: vec![std::cell::Cell::new(None); verbs.len()],
            verbs,
            spans,
            sid,
            in_quote,
            sent_bounds,
            acts,
            span_of,
            title_cased,
        });
    }

    /// `text` with the first letter of each capitalised word lowered, unless the word
    /// is part of a name found so far, a listed given name or place, or an acronym.
    fn decase_title(&self, text: &str, toks: &[Tok]) -> String {
        let lx = lexicon();
        let mut known: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        for s in &self.segs {
            for m in &s.acts.mentions {
                for t in &s.toks[m.full_s..m.e] {
                    if t.kind == Tk::Word {
                        known.insert(strip_possessive(&s.text[t.s..t.e]).0);
                    }
                }
            }
        }
        let mut out = text.as_bytes().to_vec();
        for t in toks.iter().filter(|t| t.kind == Tk::Word) {
            let w = &text[t.s..t.e];
            let bare = strip_possessive(w).0;
            let keep = !w.as_bytes()[0].is_ascii_uppercase()
                || known.contains(bare)
                || is_all_caps(bare)
                || lx.given_names.contains(&fold_word(bare))
                || lx.gazetteer.contains_key(&*crate::lexicon::lower(bare))
                || lx.is_honorific(bare);
            if !keep {
                out[t.s] = out[t.s].to_ascii_lowercase();
            }
        }
        // only an ASCII letter changed, so this is still UTF-8
        String::from_utf8(out).unwrap_or_else(|_| text.to_string())
    }

    fn run(mut self) -> Annotated {
        let art = self.art;
        // body first (roles and names are introduced there), then captions, then title
        let mut base = 0;
        let paras = &art.paragraphs;
        for (i, p) in paras.iter().enumerate() {
            let continues = paras
                .get(i + 1)
                .is_some_and(|n| n.starts_with(['"', '“', '„', '«', '\'', '‘']));
            // a giant paragraph (a wall of text, a hostile file) is annotated in pieces
            // cut after sentence ends, so that the work stays linear in its size
            let pieces = split_long(p, 16 * 1024);
            let n = pieces.len();
            for (j, (off, piece)) in pieces.into_iter().enumerate() {
                self.add_seg(Part::Body, None, base + off, piece, continues && j + 1 == n);
            }
            base += p.len() + 2;
        }
        for (i, c) in art.captions.iter().enumerate() {
            self.add_seg(Part::Caption, Some(i), 0, c, false);
        }
        if !art.title.is_empty() {
            let t = art.title.clone();
            self.add_seg(Part::Title, None, 0, &t, false);
        }
        // capitalised words that may be demonyms, each once (a repeat would only look
        // the same word up again)
        let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        let mut demonyms: Vec<String> = Vec::new();
        let mut folded: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for s in &self.segs {
            for t in &s.toks {
                let w = &s.text[t.s..t.e];
                if t.kind != Tk::Word
                    || !matches!(w.as_bytes().last(), Some(b'n' | b'i' | b'e' | b'h'))
                    || !is_cap(w)
                    || !seen.insert(w)
                {
                    continue;
                }
                let f = fold_word(w);
                if ["n", "an", "ian", "i", "ese", "ish"]
                    .iter()
                    .any(|x| f.ends_with(x))
                    && folded.insert(f.clone())
                {
                    demonyms.push(f);
                }
            }
        }
        actors::finish(&mut self.reg, &demonyms);

        for si in 0..self.segs.len() {
            if self.segs[si].part != Part::Body {
                self.chain = None;
            }
            self.attribute_seg(si);
        }
        self.standfirst_pronoun_is_the_headlines();
        self.quote_runs_take_their_closing_cue();
        self.quote_before_a_cued_quote();
        self.headline_quotes_from_body();
        self.scare_words_echoed();
        self.scare_after_a_partial();
        self.roles_named_later();
        self.nominals_named_elsewhere();
        self.police_quoted_elsewhere();
        self.ranked_bodies_named_before();
        self.drop_outer_reports();
        self.output()
    }

    /// `Sony sees phones as vital, its CEO said` in the lead, then `Kenichiro Yoshida
    /// told reporters ...`: a leading role that named no one is the next person to speak,
    /// when that person is new and holds no other role. A headline's role (`..., says
    /// CEO`, `... - minister`) is looked for from the top of the body.
    fn roles_named_later(&mut self) {
        let before: Vec<bool> = self
            .quotes
            .iter()
            .map(|q| q.who.as_ref().is_some_and(|w| w.actor.is_none()))
            .collect();
        self.roles_named_later_inner();
        // (`The minister added:` later on, read as that same unnamed role: the person
        // now named)
        let named: Vec<(String, (usize, usize), usize)> = self
            .quotes
            .iter()
            .zip(&before)
            .filter(|(_, was)| **was)
            .filter_map(|(q, _)| {
                let w = q.who.as_ref()?;
                Some((w.mention.to_lowercase(), (w.seg, w.s), w.actor?))
            })
            .collect();
        if named.is_empty() {
            return;
        }
        // (the same words elsewhere only for a definite role: a later `a neighbour` is
        // someone new)
        let definite = |m: &str| !["a ", "an ", "one "].iter().any(|d| m.starts_with(d));
        for q in &mut self.quotes {
            if let Some(w) = q.who.as_mut()
                && w.actor.is_none()
                && let Some((_, _, a)) = named.iter().find(|(m, at, _)| {
                    *at == (w.seg, w.s)
                        || definite(m)
                            && (w.name.eq_ignore_ascii_case(m) || w.mention.eq_ignore_ascii_case(m))
                })
            {
                w.actor = Some(*a);
                w.name = self.reg.actors[*a].name.clone();
            }
        }
    }

    /// `According to the space agency` after `the national aerospace and space agency
    /// (JAXA) said`: a body's common noun phrase that named one body where it spoke
    /// names it again (by its last two words, when no other body spoke under them).
    /// `..., said police.` in a story where several forces are named but only one,
    /// `Parbat police`, is quoted: the bare `police` is that force.
    fn police_quoted_elsewhere(&mut self) {
        let force = |ab: &actors::ActorB| {
            ab.kind == Some(ActorKind::Organization)
                && ab.name.split_whitespace().count() >= 2
                && ab
                    .name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case("police"))
        };
        let mut quoted: Vec<usize> = self
            .quotes
            .iter()
            .filter_map(|q| q.who.as_ref()?.actor)
            .map(|a| self.reg.resolve(a))
            .filter(|&a| force(&self.reg.actors[a]))
            .collect();
        quoted.sort_unstable();
        quoted.dedup();
        let [a] = quoted[..] else {
            return;
        };
        let name = self.reg.actors[a].name.clone();
        for q in &mut self.quotes {
            if let Some(w) = q.who.as_mut()
                && w.actor.is_none()
                && matches!(w.mention.to_lowercase().as_str(), "police" | "the police")
            {
                w.actor = Some(a);
                w.name = name.clone();
            }
        }
    }

    fn nominals_named_elsewhere(&mut self) {
        let lx = lexicon();
        let tail = |m: &str| -> Option<String> {
            let w: Vec<&str> = m.split_whitespace().collect();
            (w.len() >= 2 && lx.org_nouns.contains(w[w.len() - 1]))
                .then(|| format!("{} {}", w[w.len() - 2], w[w.len() - 1]))
        };
        let mut known: Vec<(String, usize)> = Vec::new();
        for q in &self.quotes {
            if let Some(w) = &q.who
                && let Some(a) = w.actor
                && self.reg.actors[a].kind == Some(ActorKind::Organization)
                && let m = w.mention.to_lowercase()
                && !m.eq_ignore_ascii_case(&w.name)
                && let Some(t) = tail(&m)
            {
                if known.iter().any(|(k, b)| *k == t && *b != a) {
                    known.retain(|(k, _)| *k != t);
                    continue;
                }
                known.push((t, a));
            }
        }
        if known.is_empty() {
            return;
        }
        for q in &mut self.quotes {
            if let Some(w) = q.who.as_mut()
                && w.actor.is_none()
                && let m = w.mention.to_lowercase()
                && m.starts_with("the ")
                && let Some(t) = tail(&m)
                && let Some((_, a)) = known.iter().find(|(k, _)| *k == t)
            {
                w.actor = Some(*a);
                w.name = self.reg.actors[*a].name.clone();
            }
        }
    }

    /// `SA's largest retailer said` after `Shoprite ...`: a body described by its rank
    /// among its kind is the last body named before it (within three paragraphs).
    fn ranked_bodies_named_before(&mut self) {
        let lx = lexicon();
        // (each look is over every body's mentions: a few per article, not thousands)
        let mut budget = 32;
        for i in 0..self.quotes.len() {
            let Some(w) = self.quotes[i].who.as_ref().filter(|w| w.actor.is_none()) else {
                continue;
            };
            if budget == 0 {
                break;
            }
            let m = w.mention.to_lowercase();
            let words: Vec<&str> = m.split_whitespace().collect();
            // (a definite or owned description: `a leading consultancy` is someone new)
            if words.len() < 2
                || words.len() > 5
                || !(words[0] == "the" || words[0].ends_with("'s") || words[0].ends_with("’s"))
                || !words.iter().any(|x| {
                    matches!(
                        *x,
                        "largest" | "biggest" | "second-largest" | "second-biggest" | "leading"
                    )
                })
                || !lx.org_nouns.contains(*words.last().unwrap_or(&""))
            {
                continue;
            }
            budget -= 1;
            let at = (w.seg, w.s);
            let body = (0..self.reg.actors.len())
                .filter(|&a| {
                    let ab = &self.reg.actors[a];
                    ab.merged_into.is_none() && ab.kind == Some(ActorKind::Organization)
                })
                .filter_map(|a| {
                    self.reg.actors[a]
                        .mentions
                        .iter()
                        .map(|&(sg, t, _)| (sg, self.segs[sg].toks.get(t).map_or(0, |x| x.s)))
                        .filter(|&(sg, s)| {
                            self.segs[sg].part == Part::Body
                                && (sg, s) < at
                                && sg + 3 >= at.0
                                && !(sg == at.0 && s + m.len() + 2 > at.1 && s <= at.1)
                        })
                        .max()
                        .map(|p| (p, a))
                })
                .max();
            if let Some((_, a)) = body {
                self.name_speaker_of(i, a);
            }
        }
    }

    /// `the Iranian diplomat` (tokens `st..=k`, head noun `head`): the latest person to
    /// speak whose name came right after that country or its demonym (`Iran's Foreign
    /// Minister Abbas Araghchi`, `Iranian envoy Reza Najafi`).
    fn compatriot_named(&self, si: usize, st: usize, k: usize, head: &str) -> Option<usize> {
        use crate::lexicon::Gazetteer;
        if k != st + 2
            || self.lower(si, st) != "the"
            || !matches!(
                head,
                "diplomat"
                    | "minister"
                    | "official"
                    | "leader"
                    | "president"
                    | "envoy"
                    | "premier"
                    | "politician"
                    | "lawmaker"
                    | "general"
                    | "commander"
                    | "chief"
                    | "ambassador"
                    | "prime"
            )
            || !is_cap(self.word(si, st + 1))
        {
            return None;
        }
        let lx = lexicon();
        let Some(Gazetteer::Demonym(ci)) = lx.gazetteer.get(self.lower(si, st + 1)) else {
            return None;
        };
        let of_country = |w: &str| {
            matches!(
                lx.gazetteer.get(&*strip_possessive(w).0.to_lowercase()),
                Some(Gazetteer::Country(c) | Gazetteer::Demonym(c)) if c == ci
            )
        };
        self.salient.iter().rev().take(3).copied().find(|&a| {
            // (where the person is introduced: the first few mentions)
            self.reg.actors[a]
                .mentions
                .iter()
                .take(8)
                .any(|&(sg, s, _)| {
                    (s.saturating_sub(5)..s).any(|j| {
                        self.is_word(sg, j)
                            && is_cap(self.word(sg, j))
                            && of_country(self.word(sg, j))
                    })
                })
        })
    }

    /// Quote `i`'s speaker is actor `a`.
    fn name_speaker_of(&mut self, i: usize, a: usize) {
        let name = self.reg.actors[a].name.clone();
        if let Some(w) = self.quotes[i].who.as_mut() {
            w.actor = Some(a);
            w.name = name;
        }
    }

    /// The pass itself: each quote of a leading role, on its own.
    fn roles_named_later_inner(&mut self) {
        for i in 0..self.quotes.len() {
            let q = &self.quotes[i];
            let Some(w) = q.who.as_ref().filter(|w| w.actor.is_none()) else {
                continue;
            };
            let from = match self.segs[q.seg].part {
                Part::Body if q.seg <= 2 => (q.seg, q.e),
                Part::Title => (0, 0),
                _ => continue,
            };
            // `the city council has said` in the lead, `Southampton City Council
            // objected ...` after it: the first body of that kind named next
            let lower = w.name.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            // (the head is the last word, or the word after the article: `A union
            // representing striking Verizon workers said`, then `the Communication
            // Workers of America ...`)
            let mut heads = org_name_heads(strip_possessive(words.last().copied().unwrap_or("")).0);
            if heads.is_empty() && words.len() > 2 && matches!(words[0], "a" | "an") {
                heads = org_name_heads(words[1]);
            }
            // (a headline's bare body needs no article: `... – Police tell residents`)
            if !heads.is_empty()
                && (words
                    .first()
                    .is_some_and(|f| matches!(*f, "the" | "a" | "an"))
                    || from == (0, 0) && words.len() == 1)
            {
                let named = (0..self.reg.actors.len())
                    .filter(|&a| {
                        let ab = &self.reg.actors[a];
                        ab.merged_into.is_none()
                            && ab.kind == Some(ActorKind::Organization)
                            && ab.name.split_whitespace().any(|x| heads.contains(&x))
                    })
                    .filter_map(|a| {
                        let first = self.first_mention(a)?;
                        (self.segs[first.0].part == Part::Body
                            && first >= from
                            && first.0 <= from.0 + 3)
                            .then_some((first, a))
                    })
                    .min();
                if let Some((_, a)) = named {
                    self.name_speaker_of(i, a);
                }
                continue;
            }
            // `Report says host ... is still "a playground"` over the lead, then `an
            // Amnesty International report says`: the document the lead names next
            if words.len() <= 2
                && (words.len() == 1 || matches!(words[0], "the" | "a" | "an" | "new"))
                && let Some(head) = words.last().map(|h| strip_possessive(h).0)
                && lexicon().document_nouns.contains(head)
                && let Some(a) = self.quotes.iter().find_map(|b| {
                    let bw = b.who.as_ref()?;
                    ((b.seg, b.s) > from
                        && b.seg <= from.0 + 3
                        && self.segs[b.seg].part == Part::Body
                        && (bw.mention.to_lowercase().rsplit(' ').next() == Some(head)
                            // (`an Amnesty International report says`)
                            || self.segs[bw.seg].text.get(bw.e..).is_some_and(|t| {
                                t.trim_start()
                                    .split(|c: char| !c.is_alphanumeric())
                                    .next()
                                    .is_some_and(|w| w.eq_ignore_ascii_case(head))
                            })))
                    .then_some(bw.actor)
                    .flatten()
                })
            {
                let a = self.reg.resolve(a);
                self.name_speaker_of(i, a);
                continue;
            }
            // `..., said a neighbour.` in the lead, then `Her neighbour Nurul Islam
            // Hawladar said ...`: the person next introduced by that noun
            if words.len() == 2
                && matches!(words[0], "a" | "an")
                && lexicon().nominal_speakers.contains(words[1])
                && let Some(a) = self.person_introduced_as(words[1], from)
            {
                self.name_speaker_of(i, a);
                continue;
            }
            // `A year on, a lawyer has said ...` in the lead, then `Douglas Williams, of
            // Williams Gray Williams, told The Courier ...` opening the next paragraph:
            // the person who speaks next, new there and holding no role
            // (a place or a party may stand before the role: `a Craigavon councillor
            // has said`, then `Sinn Fein's Liam Mackle made the call ...`)
            let role_word = words.last().copied().unwrap_or("");
            if (2..=3).contains(&words.len())
                && matches!(words[0], "a" | "an")
                && (lexicon().nominal_speakers.contains(role_word) || lexicon().is_title(role_word))
                && person_nominal(role_word).is_some()
            {
                let reach = if words.len() == 2 { 2 } else { 3 };
                let next = self
                    .quotes
                    .iter()
                    // (or in the one after, when the next only brings the person in:
                    // `Ian Wilson from Little Ilford was speaking at the school ...`)
                    .filter(|b| {
                        self.segs[b.seg].part == Part::Body
                            && (self.quotes[i].seg + 1..=self.quotes[i].seg + reach)
                                .contains(&b.seg)
                    })
                    .find_map(|b| {
                        let a = self.reg.resolve(b.who.as_ref()?.actor?);
                        (self.reg.actors[a].kind == Some(ActorKind::Person)).then_some(a)
                    });
                if let Some(a) = next
                    && self.reg.actors[a].roles.is_empty()
                    && self.first_mention(a).is_some_and(|(sg, t)| {
                        sg == self.quotes[i].seg + 1
                            && (self.segs[sg].toks.first().is_some_and(|x| x.s == t)
                                // (after a party's or a body's possessive: `Sinn Fein's
                                // Liam Mackle`)
                                || words.len() == 3
                                    && self.segs[sg].toks.iter().take(4).any(|x| x.s == t)
                                    && self.segs[sg].toks[..4.min(self.segs[sg].toks.len())]
                                        .iter()
                                        .any(|x| strip_possessive(&self.segs[sg].text[x.s..x.e]).1))
                    })
                {
                    self.name_speaker_of(i, a);
                    continue;
                }
                // (else one holding that office who says the same later, below)
            }
            // (a role brought in by `a` is someone new: `a senior police official said`)
            let ml = w.mention.to_lowercase();
            let before = self.segs[w.seg].text.get(..w.s).unwrap_or("").trim_end();
            let before = before.rsplit(' ').next().unwrap_or("").to_lowercase();
            if ml.starts_with("a ") || ml.starts_with("an ") || before == "a" || before == "an" {
                // (unless a person holding that office is named soon after and says the
                // same thing in their own words: `..., a senior police official said.`,
                // then `Nairobi police chief Antony Kibuchi told Reuters four people had
                // been arrested`)
                if let Some(role) =
                    leading_role(ml.trim_start_matches("an ").trim_start_matches("a "))
                    && let Some(a) = self.same_report_named_later(i, &role, from)
                {
                    self.name_speaker_of(i, a);
                }
                continue;
            }
            let Some(role) = leading_role(&w.name) else {
                continue;
            };
            // (a headline's office held by exactly one person who speaks in the body's
            // first paragraphs is that person: `Councillor hits back, says ...`, then
            // `Klipspruit councillor Zodwa Nxumalo said` further down)
            if self.segs[self.quotes[i].seg].part == Part::Title
                && !matches!(role.as_str(), "official" | "chief" | "boss" | "head")
            {
                let mut holders: Vec<usize> = self
                    .quotes
                    .iter()
                    .filter(|b| self.segs[b.seg].part == Part::Body && b.seg <= 8)
                    .filter_map(|b| {
                        let a = self.reg.resolve(b.who.as_ref()?.actor?);
                        (self.reg.actors[a].kind == Some(ActorKind::Person)
                            && self.reg.actors[a].roles.iter().any(|r| {
                                r.to_lowercase().split_whitespace().last() == Some(role.as_str())
                            }))
                        .then_some(a)
                    })
                    .collect();
                holders.dedup();
                if let [a] = holders[..] {
                    self.name_speaker_of(i, a);
                    continue;
                }
            }
            let next = self
                .quotes
                .iter()
                .filter(|b| {
                    self.segs[b.seg].part == Part::Body
                        && (b.seg, b.s) >= from
                        && b.seg <= from.0 + 3
                })
                .find_map(|b| {
                    let a = self.reg.resolve(b.who.as_ref()?.actor?);
                    (self.reg.actors[a].kind == Some(ActorKind::Person)).then_some(a)
                });
            let Some(a) = next else {
                continue;
            };
            let ab = &self.reg.actors[a];
            // (new: first named after the role's words; holding no other role)
            let new = self
                .first_mention(a)
                .is_some_and(|first| self.segs[first.0].part == Part::Body && first >= from);
            // (`official` is any office: `New Jersey's top health official`, then
            // `Commissioner Fred M. Jacobs said`)
            // (a headline's `chief` or `boss` heads whatever: `HSE chief concedes ...`,
            // then `the HSE interim chief executive Stephen Mulvany said`)
            let head_of = |r: &String| {
                r.to_lowercase().split_whitespace().any(|w| {
                    matches!(
                        w,
                        "chief"
                            | "head"
                            | "boss"
                            | "ceo"
                            | "director"
                            | "executive"
                            | "president"
                            | "chairman"
                            | "chairwoman"
                            | "chair"
                            | "leader"
                            // (`..., chief says` over a central bank's governor)
                            | "governor"
                            | "commissioner"
                    )
                })
            };
            let fits = role == "official"
                || matches!(role.as_str(), "chief" | "boss" | "head")
                    && !ab.roles.is_empty()
                    && ab.roles.iter().all(head_of)
                || ab.roles.iter().all(|r| {
                    let r = r.to_lowercase();
                    portfolio_first(&r).split_whitespace().last() == role.split_whitespace().last()
                        // (`minister for ecology and energy`: the office before its
                        // portfolio)
                        || role.split_whitespace().last().is_some_and(|h| {
                            r.strip_prefix(h)
                                .is_some_and(|t| t.starts_with(" of ") || t.starts_with(" for "))
                                || r.contains(&format!(" {h} of "))
                                || r.contains(&format!(" {h} for "))
                        })
                });
            if new && fits {
                self.name_speaker_of(i, a);
            }
        }
    }

    /// The person who first speaks after quote `i` (within six paragraphs), new there,
    /// holding an office that fits `role`, whose first quote shares at least two
    /// content words with quote `i`: an unnamed role of the lead, named later.
    fn same_report_named_later(&self, i: usize, role: &str, from: (usize, usize)) -> Option<usize> {
        let q = &self.quotes[i];
        let text = &self.segs[q.seg].text[q.s..q.e];
        let head = role.split_whitespace().last()?;
        // (an office with that word: `Nairobi police chief`, `Consumer Rights Minister`)
        let holds = |ab: &actors::ActorB| {
            ab.roles.iter().any(|r| {
                r.to_lowercase()
                    .split_whitespace()
                    .any(|w| strip_possessive(w).0 == head)
            })
        };
        // (first named in the body after the unnamed role's words)
        let new_after = |a: usize| {
            self.first_mention(a)
                .is_some_and(|first| self.segs[first.0].part == Part::Body && first > from)
        };
        self.quotes
            .iter()
            .filter(|b| {
                self.segs[b.seg].part == Part::Body && (b.seg, b.s) > from && b.seg <= from.0 + 6
            })
            .find_map(|b| {
                let a = self.reg.resolve(b.who.as_ref()?.actor?);
                let ab = &self.reg.actors[a];
                let fits = head == "official" && !ab.roles.is_empty() || holds(ab);
                (ab.kind == Some(ActorKind::Person)
                    && new_after(a)
                    && fits
                    && shared_content_words(text, &self.segs[b.seg].text[b.s..b.e]) >= 2)
                    .then_some(a)
            })
            .or_else(|| {
                // (or the one person in the story holding such an office, speaking
                // later, when the lead kept no one anonymous: `..., a minister said`,
                // then `Consumer Rights Minister Pablo Bustinduy told The Associated
                // Press`)
                if head == "official" {
                    return None;
                }
                let lead = self.segs[q.seg].text.to_lowercase();
                if [
                    "anonymity",
                    "not to be named",
                    "not authorized",
                    "not authorised",
                ]
                .iter()
                .any(|x| lead.contains(x))
                {
                    return None;
                }
                let mut holders = (0..self.reg.actors.len()).filter(|&a| {
                    let ab = &self.reg.actors[a];
                    ab.merged_into.is_none() && ab.kind == Some(ActorKind::Person) && holds(ab)
                });
                let (Some(a), None) = (holders.next(), holders.next()) else {
                    return None;
                };
                let speaks = self.quotes.iter().any(|b| {
                    self.segs[b.seg].part == Part::Body
                        && (b.seg, b.s) > from
                        && b.seg <= from.0 + 8
                        && b.who
                            .as_ref()
                            .and_then(|w| w.actor)
                            .is_some_and(|x| self.reg.resolve(x) == a)
                });
                (new_after(a) && speaks).then_some(a)
            })
    }

    /// The first person named after `from` (within three paragraphs) whose first
    /// mention comes right after the noun `noun` (`her neighbour Nurul Islam Hawladar`,
    /// `witness Jane Roe`) or is followed by it in apposition (`Jane Roe, a witness,`).
    fn person_introduced_as(&self, noun: &str, from: (usize, usize)) -> Option<usize> {
        (0..self.reg.actors.len())
            .filter(|&a| {
                let ab = &self.reg.actors[a];
                ab.merged_into.is_none() && ab.kind == Some(ActorKind::Person)
            })
            .filter_map(|a| {
                let &(sg, t, e) = self.reg.actors[a].mentions.iter().min()?;
                let first = (sg, self.segs[sg].toks.get(t).map_or(0, |x| x.s));
                if self.segs[sg].part != Part::Body || first < from || sg > from.0 + 3 {
                    return None;
                }
                let before = t > 0 && self.is_word(sg, t - 1) && self.lower(sg, t - 1) == noun;
                let after = self.punct(sg, e) == Some(',')
                    && self.is_word(sg, e + 1)
                    && matches!(self.lower(sg, e + 1), "a" | "an" | "the")
                    && self.is_word(sg, e + 2)
                    && self.lower(sg, e + 2) == noun;
                (before || after).then_some((first, a))
            })
            .min()
            .map(|(_, a)| a)
    }

    /// A quote running over several paragraphs, each opened with a mark and left open,
    /// whose speaker is named only after the last one (`"We are asking ...` / `"We have
    /// told ...` / `"... until our demands are met," Dr Baah noted.`): the paragraphs
    /// before take that speaker.
    fn quote_runs_take_their_closing_cue(&mut self) {
        let n = self.segs.len();
        let opens_unclosed = |seg: &Seg| {
            seg.part == Part::Body
                && seg
                    .spans
                    .first()
                    .is_some_and(|sp| sp.open == 0 && sp.close.is_none())
                && seg.spans.len() == 1
        };
        let mut si = 0;
        while si < n {
            if !opens_unclosed(&self.segs[si]) {
                si += 1;
                continue;
            }
            let start = si;
            while si < n && opens_unclosed(&self.segs[si]) {
                si += 1;
            }
            // the run's last paragraph opens with a mark and holds the cue
            if si >= n
                || self.segs[si].part != Part::Body
                || self.segs[si].spans.first().is_none_or(|sp| sp.open != 0)
            {
                continue;
            }
            let Some(who) = self
                .quotes
                .iter()
                .find(|q| q.seg == si && q.kind == QuoteKind::Direct && q.s <= 3)
                .and_then(|q| q.who.clone())
            else {
                continue;
            };
            for q in self.quotes.iter_mut() {
                if (start..si).contains(&q.seg) && q.kind == QuoteKind::Direct && q.who.is_none() {
                    q.who = Some(who.clone());
                    q.conf = 0.6;
                }
            }
        }
    }

    /// A quote closed with a full stop, then its speaker's cue opening the next quote
    /// of the paragraph (`"I'm glad we won." Chelle remarked, "I'm happy ..."`): both
    /// are the speaker's.
    fn quote_before_a_cued_quote(&mut self) {
        // the quotes in text order, so that the next one is found by a search, not a
        // scan (a wall of quotes stays linear)
        let order = self.text_order();
        let next_of = |quotes: &[QuoteB], seg: usize, e: usize| -> Option<usize> {
            let at = order.partition_point(|&j| (quotes[j].seg, quotes[j].s) <= (seg, e));
            order.get(at).copied().filter(|&j| quotes[j].seg == seg)
        };
        for i in 0..self.quotes.len() {
            let q = &self.quotes[i];
            if !matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial) || q.who.is_some() {
                continue;
            }
            let seg = &self.segs[q.seg];
            // `"There is a change of era" and "a widespread rejection ..." asserted
            // Adorni`: two quotes joined by `and` before one cue share it
            if let Some(n) = next_of(&self.quotes, q.seg, q.e).map(|j| &self.quotes[j])
                && matches!(n.kind, QuoteKind::Direct | QuoteKind::Partial)
                && seg.text[q.e..n.s]
                    .trim_matches(|c: char| c.is_whitespace() || "\"“”'‘’,".contains(c))
                    == "and"
                && let Some(who) = n.who.as_ref()
                && who.seg == q.seg
                && who.s >= n.e
                && seg.text[n.e..who.s].split_whitespace().count() <= 3
            {
                self.quotes[i].who = Some(who.clone());
                self.quotes[i].conf = 0.6;
                continue;
            }
            if q.kind != QuoteKind::Direct
                || seg.part != Part::Body
                || !seg.text[..q.e].ends_with(['.', '!', '?'])
            {
                continue;
            }
            let next = next_of(&self.quotes, q.seg, q.e).map(|j| &self.quotes[j]);
            let Some(n) = next else {
                // a paragraph that is one quote and nothing else, then a paragraph
                // opening on a quote with its cue after it (`"...," Lee said today.`):
                // the same voice
                let first_next = {
                    let at = order.partition_point(|&j| self.quotes[j].seg <= q.seg);
                    order.get(at).copied()
                };
                if let Some(who) = self.next_paragraph_voice(q.seg, q.s, q.e, first_next) {
                    self.quotes[i].who = Some(who);
                    self.quotes[i].conf = 0.6;
                }
                continue;
            };
            let Some(who) = n.who.clone() else { continue };
            // the cue lies between the two, and holds nothing but the speaker's name
            // and a verb (`Chelle remarked,`)
            let between = &seg.text[q.e..n.s];
            if n.kind != QuoteKind::Direct
                || who.seg != q.seg
                || who.s < q.e
                || who.e > n.s
                || between.split_whitespace().count() > 6
                || !between
                    .trim_end()
                    .trim_end_matches(['"', '“', '”'])
                    .trim_end()
                    .ends_with([',', ':'])
            {
                continue;
            }
            self.quotes[i].who = Some(who);
            self.quotes[i].conf = 0.6;
        }
    }

    /// The speaker of the quote that opens the paragraph after segment `si`, when
    /// segment `si` holds nothing but the quote `s..e` and the next quote's cue follows
    /// it closely (`"...," Justice Lee said today.`).
    fn next_paragraph_voice(
        &self,
        si: usize,
        s: usize,
        e: usize,
        first_next: Option<usize>,
    ) -> Option<Who> {
        let seg = &self.segs[si];
        let only_mark = |t: &str| t.trim().chars().count() <= 1;
        if seg.part != Part::Body || !only_mark(&seg.text[..s]) || !only_mark(&seg.text[e..]) {
            return None;
        }
        let next = self.segs.get(si + 1).filter(|n| n.part == Part::Body)?;
        let n = first_next
            .map(|j| &self.quotes[j])
            .filter(|n| n.seg == si + 1)?;
        let who = n.who.as_ref()?;
        (n.kind == QuoteKind::Direct
            && only_mark(&next.text[..n.s])
            && who.seg == n.seg
            && who.s >= n.e
            && next.text[n.e..who.s].split_whitespace().count() <= 3
            && who.actor.is_some())
        .then(|| who.clone())
    }

    /// Where actor `a` is first named: (segment, byte).
    fn first_mention(&self, a: usize) -> Option<(usize, usize)> {
        self.reg.actors[a]
            .mentions
            .iter()
            .map(|&(sg, t, _)| (sg, self.segs[sg].toks.get(t).map_or(0, |x| x.s)))
            .min()
    }

    /// Nested reporting (`Chen said he would sell, according to the report`): of two
    /// reported clauses one inside the other, the inner one is kept (its cue is the
    /// speaker's; the outer one only says where the words were reported).
    fn drop_outer_reports(&mut self) {
        let ind: Vec<(usize, usize, usize)> = self
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| (q.seg, q.s, q.e))
            .collect();
        if ind.len() < 2 {
            return;
        }
        self.quotes.retain(|q| {
            q.kind != QuoteKind::Indirect
                || !ind.iter().any(|&(seg, s, e)| {
                    seg == q.seg && s >= q.s && e <= q.e && (s, e) != (q.s, q.e)
                })
        });
    }

    /// A word in quotes with no speaker (`singled out the "standout" performance`) that
    /// one speaker's own quote in the body holds (`"Jetstar had a standout year," she
    /// said`) is that speaker's word: a partial quote.
    fn scare_words_echoed(&mut self) {
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let in_body = |q: &QuoteB| self.segs[q.seg].part == Part::Body;
        if !self
            .quotes
            .iter()
            .any(|q| q.kind == QuoteKind::Scare && in_body(q))
        {
            return;
        }
        // the words of each named speaker's own quotes in the body, read once
        let said: Vec<(&Who, Vec<String>)> = self
            .quotes
            .iter()
            .filter(|b| in_body(b) && matches!(b.kind, QuoteKind::Direct | QuoteKind::Partial))
            .filter_map(|b| {
                let w = b.who.as_ref().filter(|w| w.actor.is_some())?;
                Some((w, words(&self.segs[b.seg].text[b.s..b.e])))
            })
            .collect();
        let mut echoed: Vec<(usize, Who)> = Vec::new();
        for (i, q) in self.quotes.iter().enumerate() {
            if q.kind != QuoteKind::Scare || !in_body(q) {
                continue;
            }
            let t = words(&self.segs[q.seg].text[q.s..q.e]);
            // (a common word says nothing: only words of some length)
            if t.is_empty() || t.len() > 2 || t.iter().all(|w| w.chars().count() < 5) {
                continue;
            }
            let mut speakers = said
                .iter()
                .filter(|(_, bw)| bw.windows(t.len()).any(|x| x == t.as_slice()))
                .map(|(w, _)| (w.actor, *w));
            let Some((a, w)) = speakers.next() else {
                continue;
            };
            // (one speaker's word, not a word everyone used)
            if speakers.any(|(b, _)| b != a) {
                continue;
            }
            echoed.push((i, w.clone()));
        }
        self.speakers_fragments(echoed);
    }

    /// Quoted words found to be someone's: partial quotes of that speaker.
    fn speakers_fragments(&mut self, found: Vec<(usize, Who)>) {
        for (i, w) in found {
            let q = &mut self.quotes[i];
            q.kind = QuoteKind::Partial;
            q.who = Some(w);
            q.conf = 0.6;
        }
    }

    /// The quotes' indices in text order (segment, then start).
    fn text_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.quotes.len()).collect();
        order.sort_by_key(|&j| (self.quotes[j].seg, self.quotes[j].s));
        order
    }

    /// `Kallon said "life-saving assistance ..." in Borno was the "immediate priority"`:
    /// a quote left without a speaker, later in the sentence of a speaker's partial
    /// quote with no other cue between them, is that speaker's too.
    fn scare_after_a_partial(&mut self) {
        let mut found: Vec<(usize, Who)> = Vec::new();
        // (in text order: the fragment before is a few steps back, not a scan away)
        let order = self.text_order();
        for (r, &i) in order.iter().enumerate() {
            let q = &self.quotes[i];
            if q.kind != QuoteKind::Scare || q.who.is_some() || self.segs[q.seg].part != Part::Body
            {
                continue;
            }
            let seg = &self.segs[q.seg];
            let Some(p) = order[..r]
                .iter()
                .rev()
                .take(8)
                .map(|&j| &self.quotes[j])
                .take_while(|p| p.seg == q.seg)
                .find(|p| p.e < q.s && matches!(p.kind, QuoteKind::Partial | QuoteKind::Scare))
                .filter(|p| p.kind == QuoteKind::Partial)
            else {
                continue;
            };
            let Some(w) = p.who.as_ref().filter(|w| w.actor.is_some()) else {
                continue;
            };
            let tok = |b: usize| seg.toks.partition_point(|t| t.s < b);
            let (pk, qk) = (tok(p.s), tok(q.s));
            if pk >= qk
                || qk >= seg.toks.len()
                || seg.sid[pk] != seg.sid[qk]
                || (pk..qk).any(|k| self.verb_at(q.seg, k).is_some_and(reporting_verb))
            {
                continue;
            }
            found.push((i, w.clone()));
        }
        self.speakers_fragments(found);
    }

    /// A quote in the headline with no speaker of its own (`Hospitals 'liable for
    /// superbug spread'`) is the speaker's whose quote in the body holds the same words.
    /// `DA is still not ready to govern, says ANC's Kodwa` / `He says the party should
    /// ...`: a `he` or `she` in the first paragraph, before the body names anyone, is
    /// the one person the headline names.
    fn standfirst_pronoun_is_the_headlines(&mut self) {
        let Some(first) = self.segs.iter().position(|s| s.part == Part::Body) else {
            return;
        };
        let persons = |s: &Seg| -> Vec<usize> {
            s.acts
                .mentions
                .iter()
                .map(|m| self.reg.resolve(m.actor))
                .filter(|&a| self.reg.actors[a].kind == Some(ActorKind::Person))
                .collect()
        };
        let mut in_title: Vec<usize> = self
            .segs
            .iter()
            .filter(|s| s.part == Part::Title)
            .flat_map(persons)
            .collect();
        in_title.dedup();
        let [a] = in_title[..] else {
            return;
        };
        let gender = self.reg.actors[a].gender;
        let name = self.reg.actors[a].name.clone();
        for q in self.quotes.iter_mut() {
            if q.seg != first {
                continue;
            }
            let Some(w) = q.who.as_mut() else {
                continue;
            };
            let want = match w.mention.to_lowercase().as_str() {
                "he" => Gender::Male,
                "she" => Gender::Female,
                _ => continue,
            };
            if w.actor.is_none()
                && w.seg == first
                && gender.is_none_or(|g| g == want)
                // (nobody named before it in that paragraph)
                && !self.segs[first].acts.mentions.iter().any(|m| {
                    self.segs[first].toks[m.full_s].s < w.s
                        && self.reg.actors[self.reg.resolve(m.actor)].kind
                            == Some(ActorKind::Person)
                })
            {
                w.actor = Some(a);
                w.name = name.clone();
            }
        }
    }

    fn headline_quotes_from_body(&mut self) {
        let norm = |t: &str| -> String {
            t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        };
        for i in 0..self.quotes.len() {
            let q = &self.quotes[i];
            if self.segs[q.seg].part != Part::Title || q.who.is_some() {
                continue;
            }
            let t = norm(&self.segs[q.seg].text[q.s..q.e]);
            if t.is_empty() {
                continue;
            }
            let padded = format!(" {t} ");
            let found = self.quotes.iter().find_map(|b| {
                let seg = &self.segs[b.seg];
                let w = b.who.as_ref()?;
                (seg.part == Part::Body && b.kind != QuoteKind::Scare)
                    .then(|| format!(" {} ", norm(&seg.text[b.s..b.e])))
                    .filter(|bt| bt.contains(&padded) && (t.contains(' ') || bt == &padded))
                    .map(|_| (w.clone(), b.kind))
            });
            // `‘It was unbelievable,’ coach Salman Butt on Nadeem’s throw`: a name right
            // after the quote (a title before it), then `on` or the headline's end
            let found = found.or_else(|| {
                let si = q.seg;
                let mut k = self.tok_from(si, q.e)?;
                let n = self.segs[si].toks.len();
                while k < n && !self.is_word(si, k) {
                    k += 1;
                }
                while k < n
                    && self.is_word(si, k)
                    && !is_cap(self.word(si, k))
                    && (lexicon().is_title(self.lower(si, k))
                        || lexicon().title_heads.contains(self.lower(si, k)))
                {
                    k += 1;
                }
                let m = self.mention_at(si, k)?;
                let a = self.reg.resolve(m.actor);
                (m.full_s <= k
                    && self.reg.actors[a].kind == Some(ActorKind::Person)
                    && (m.e >= n
                        || self.is_word(si, m.e) && matches!(self.lower(si, m.e), "on" | "about")))
                .then(|| (self.who_of_mention(si, m), QuoteKind::Direct))
            });
            if let Some((w, kind)) = found {
                let q = &mut self.quotes[i];
                if q.kind == QuoteKind::Scare {
                    q.kind = if kind == QuoteKind::Direct && q.s == 0 {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    };
                }
                q.who = Some(w);
                q.conf = 0.6;
            }
        }
    }

    #[inline]
    fn word(&self, si: usize, k: usize) -> &str {
        let s = &self.segs[si];
        &s.text[s.toks[k].s..s.toks[k].e]
    }

    /// The first token of segment `si` that starts at or after byte `byte`.
    fn tok_from(&self, si: usize, byte: usize) -> Option<usize> {
        let toks = &self.segs[si].toks;
        let k = toks.partition_point(|t| t.s < byte);
        (k < toks.len()).then_some(k)
    }

    /// A person named right before token `c` (`Doug Allred` in `Doug Allred, a ...`).
    fn person_ending_at(&self, si: usize, c: usize) -> Option<actors::Mention> {
        let m = self.mention_at(si, c.checked_sub(1)?)?;
        (m.e == c && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person))
            .then_some(m)
    }

    #[inline]
    fn lower(&self, si: usize, k: usize) -> &str {
        let s = &self.segs[si];
        &s.lower[s.toks[k].s..s.toks[k].e]
    }

    /// The lowercase word at `k`, or `""` for anything else (or past the end).
    #[inline]
    fn lower_or_empty(&self, si: usize, k: usize) -> &str {
        if self.is_word(si, k) {
            self.lower(si, k)
        } else {
            ""
        }
    }

    #[inline]
    fn is_word(&self, si: usize, k: usize) -> bool {
        self.segs[si]
            .toks
            .get(k)
            .is_some_and(|t| t.kind == Tk::Word)
    }

    /// `(said) in some incidents, the suspects attacked ...`: a prepositional phrase at
    /// `c` closed by a comma, then a clause (a determiner or pronoun, then an auxiliary
    /// or a verb in the past); the clause's first token.
    fn fronted_phrase_clause(&self, si: usize, c: usize, end: usize) -> Option<usize> {
        let in_q = |x: usize| self.segs[si].in_quote.get(x).copied().unwrap_or(false);
        if !self.is_word(si, c)
            || !matches!(
                self.lower(si, c),
                "in" | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "under"
                    | "following"
                    // (`said from his perspective, it seemed ...`, `said on Monday, the
                    // plan ...`)
                    | "from"
                    | "on"
                    // (`said as part of its strategy, the university had ...`)
                    | "as"
            )
        {
            return None;
        }
        // (no comma, when a personal pronoun opens the clause, which no phrase goes on
        // into: `says after the budget they will be adding buses`)
        if let Some(x) = (c + 2..end.min(c + 5))
            .take_while(|&x| self.is_word(si, x) && !in_q(x))
            .find(|&x| matches!(self.lower(si, x), "he" | "she" | "they" | "we" | "i"))
            && (c + 1..x).all(|y| self.is_word(si, y) && !in_q(y))
            && self.clause_follows(si, x, end)
        {
            return Some(x);
        }
        let j = (c + 2..end.min(c + 9)).find(|&j| !self.is_word(si, j))?;
        if self.punct(si, j) != Some(',')
            || (c..j).any(in_q)
            || !self.is_word(si, j + 1)
            || in_q(j + 1)
            || !clause_opener(self.lower(si, j + 1))
        {
            return None;
        }
        let finite = self.clause_follows(si, j + 1, end)
            || (j + 2..end.min(j + 7)).any(|x| {
                self.is_word(si, x)
                    && past_tense(self.lower(si, x))
                    && !is_cap(self.word(si, x))
                    && (j + 1..x).all(|y| self.is_word(si, y))
            })
            // (`no` and a long subject: `, no health worker and other frontline staff
            // at public health facilities had been infected`)
            || self.lower(si, j + 1) == "no"
                && (j + 2..end.min(j + 16))
                    .take_while(|&x| self.is_word(si, x) && !in_q(x))
                    .any(|x| matches!(self.lower(si, x), "had" | "has" | "have" | "was" | "were"));
        finite.then_some(j + 1)
    }

    /// `(apologise) for stating that ...`: a gerund at `k` (past 0) that is a
    /// preposition's object, a cue of no report of its own.
    fn gerund_after_preposition(&self, si: usize, k: usize) -> bool {
        self.lower(si, k).ends_with("ing")
            && self.is_word(si, k - 1)
            && matches!(
                self.lower(si, k - 1),
                "for"
                    | "of"
                    | "about"
                    | "without"
                    | "from"
                    | "against"
                    | "by"
                    | "after"
                    | "while"
                    | "when"
                    | "since"
                    | "upon"
            )
    }

    /// A finite clause starts at `c`: an auxiliary or modal verb within the next few
    /// words (`the harbour would close`, `the plan had failed`), before any quote mark.
    fn clause_follows(&self, si: usize, c: usize, end: usize) -> bool {
        for j in c..end.min(c + 8) {
            if matches!(self.segs[si].toks[j].kind, Tk::Mark { .. }) {
                return false;
            }
            if self.is_word(si, j)
                && matches!(
                    self.lower(si, j),
                    "would"
                        | "will"
                        | "had"
                        | "has"
                        | "have"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "could"
                        | "should"
                        | "must"
                        | "may"
                        | "might"
                        | "did"
                        | "does"
                        | "can"
                        | "cannot"
                        | "won't"
                        | "wouldn't"
                        | "isn't"
                        | "wasn't"
                        | "weren't"
                        | "hasn't"
                        | "haven't"
                        | "hadn't"
                        | "didn't"
                        | "doesn't"
                        | "don't"
                        | "couldn't"
                        | "shouldn't"
                        | "remains"
                        | "remained"
                        | "needs"
                        | "needed"
                )
            {
                return j > c;
            }
        }
        false
    }

    /// `as he acquired recordings, he reported them`: at `c`, a subordinate word, a
    /// clause with its subject up to a comma, then a clause of its own.
    fn subordinate_then_clause(&self, si: usize, c: usize, end: usize) -> bool {
        let in_q = |j: usize| self.segs[si].in_quote[j];
        if !(self.is_word(si, c + 1) && clause_opener(self.lower(si, c + 1))) {
            return false;
        }
        let Some(c2) = (c + 3..end.min(c + 16))
            .take_while(|&j| !in_q(j) && (self.is_word(si, j) || self.punct(si, j) == Some(',')))
            .find(|&j| self.punct(si, j) == Some(','))
        else {
            return false;
        };
        (c + 2..c2).any(|j| {
            let w = self.lower(si, j);
            past_tense(w) || AUX.contains(&w)
        }) && self.is_word(si, c2 + 1)
            && clause_opener(self.lower(si, c2 + 1))
            && (self.clause_follows(si, c2 + 1, end)
                || (c2 + 2..end.min(c2 + 5))
                    .any(|j| self.is_word(si, j) && past_tense(self.lower(si, j))))
    }

    /// `(said) no one was hurt`, `no arrests had been made`, `no explosion eventuated`:
    /// a clause opened by `no` and its noun (not `said no to the plan`, `said no
    /// comment`).
    fn no_clause(&self, si: usize, c: usize, end: usize) -> bool {
        self.is_word(si, c)
            && self.lower(si, c) == "no"
            && self.is_word(si, c + 1)
            && !matches!(
                self.lower(si, c + 1),
                "to" | "comment" | "comments" | "thanks" | "longer" | "more" | "less" | "and"
            )
            && (self.clause_follows(si, c + 1, end)
                || (c + 2..end.min(c + 4)).any(|j| {
                    self.is_word(si, j) && {
                        let w = self.lower(si, j);
                        w.len() > 4 && w.ends_with("ed")
                    }
                }))
    }

    /// The end of a short time or occasion phrase after a speech verb (`on Monday`,
    /// `last week`, `earlier this month`, `in a statement`, `on Tuesday night`).
    fn time_phrase_end(&self, si: usize, c: usize, end: usize) -> Option<usize> {
        const TIME: &[&str] = &[
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "weekend",
            "month",
            "year",
            "day",
            "today",
            "yesterday",
            "tonight",
            "earlier",
            "later",
            "this",
            "last",
            "a",
            "an",
            "statement",
            "interview",
            "briefing",
            "conference",
            "news",
            "press",
            "speech",
            "post",
            "letter",
            "on",
            "in",
            "late",
        ];
        // `said at the time they had arrested ...`
        if self.is_word(si, c)
            && self.lower(si, c) == "at"
            && self.lower_or_empty(si, c + 1) == "the"
            && self.lower_or_empty(si, c + 2) == "time"
            && c + 3 < end
            && !matches!(self.lower_or_empty(si, c + 3), "of" | "when" | "that")
        {
            return Some(c + 3);
        }
        // `claimed on its website more than 83% ...`, `said on his official Facebook
        // page the talks ...`: where it was said, online
        if self.lower_or_empty(si, c) == "on"
            && matches!(
                self.lower_or_empty(si, c + 1),
                "its" | "his" | "her" | "their"
            )
            && let Some(m) = (c + 2..end.min(c + 6)).find(|&j| {
                matches!(
                    self.lower_or_empty(si, j),
                    "website" | "page" | "account" | "blog" | "channel" | "site" | "handle"
                )
            })
            && m + 1 < end
        {
            return Some(m + 1);
        }
        if !self.is_word(si, c)
            || !(matches!(
                self.lower(si, c),
                "on" | "last" | "this" | "earlier" | "late" | "in"
            ) || bare_time_word(self.lower(si, c)))
        {
            return None;
        }
        let mut j = c;
        while j < end.min(c + 5)
            // (an article only before a word of the phrase: `Thursday a man has been`
            // opens the clause)
            && !(self.is_word(si, j)
                && matches!(self.lower(si, j), "a" | "an")
                && !(self.is_word(si, j + 1) && TIME.contains(&self.lower(si, j + 1))))
            && (self.is_word(si, j)
                && (TIME.contains(&self.lower(si, j))
                    || DAYS.contains(&self.lower(si, j))
                    || crate::ingest::date::MONTHS.contains(&self.lower(si, j)))
                || matches!(self.segs[si].toks[j].kind, Tk::Num))
        {
            j += 1;
        }
        // (a preposition alone is no time: `said on his official Facebook page`)
        (j > c
            && (c..j).any(|x| {
                !self.is_word(si, x) || !matches!(self.lower(si, x), "on" | "in" | "a" | "an")
            }))
        .then_some(j)
    }

    /// The start of a time phrase that ends at token `k` and stands between a subject
    /// and its verb (`on Tuesday`, `on Tuesday night`, `earlier this month`, `last
    /// week`, `yesterday`), when a word or an appositive's comma stands before it.
    fn time_phrase_before(&self, si: usize, k: usize, lo: usize) -> Option<usize> {
        let head = self.lower(si, k);
        // `Commissioners in December said`
        if crate::ingest::date::MONTHS.contains(&head)
            && k >= lo + 2
            && self.is_word(si, k - 1)
            && matches!(
                self.lower(si, k - 1),
                "in" | "since" | "last" | "early" | "late"
            )
            && (self.is_word(si, k - 2) || self.punct(si, k - 2) == Some(','))
        {
            return Some(k - 1);
        }
        // `The ISPR had a day earlier said`, `X two weeks ago told`
        // (an adverb is skipped before this is asked: the unit may come first)
        let unit = if matches!(head, "earlier" | "ago" | "before") {
            k.checked_sub(1)
        } else {
            (self.is_word(si, k + 1) && matches!(self.lower(si, k + 1), "earlier" | "ago"))
                .then_some(k)
        };
        if let Some(u) = unit
            && u >= lo + 2
            && self.is_word(si, u)
            && matches!(
                self.lower(si, u),
                "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
            )
            && (self.segs[si].toks[u - 1].kind == Tk::Num
                || self.is_word(si, u - 1)
                    && matches!(
                        self.lower(si, u - 1),
                        "a" | "two" | "three" | "four" | "five" | "six" | "several" | "few"
                    ))
        {
            let j = if u >= 2 && self.is_word(si, u - 2) && self.lower(si, u - 2) == "a" {
                u - 2
            } else {
                u - 1
            };
            return (j > lo && (self.is_word(si, j - 1) || self.punct(si, j - 1) == Some(',')))
                .then_some(j);
        }
        let bare = bare_time_word(head);
        if !bare
            && !matches!(
                head,
                "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "week"
                    | "month"
                    | "year"
                    | "fall"
                    | "spring"
                    | "summer"
                    | "winter"
                    | "autumn"
            )
        {
            return None;
        }
        let mut j = k;
        while j > lo + 1 && k - j < 4 && self.is_word(si, j - 1) {
            let w = self.lower(si, j - 1);
            if matches!(
                w,
                "on" | "last" | "this" | "earlier" | "late" | "early" | "next"
            ) || DAYS.contains(&w)
            {
                j -= 1;
            } else {
                break;
            }
        }
        let start = self.lower(si, j);
        let starts =
            j < k && matches!(start, "on" | "last" | "this" | "earlier" | "late") || j == k && bare;
        // (or after a name's acronym: `The Independent National Electoral Commission
        // (INEC) on Sunday cautioned`)
        (starts
            && j > lo
            && (self.is_word(si, j - 1) || matches!(self.punct(si, j - 1), Some(',' | ')'))))
        .then_some(j)
    }

    /// Whether token `k` belongs to an age set off by commas (`Monsegur, 30, merited`).
    fn age_aside(&self, si: usize, k: usize) -> bool {
        let num = |j: usize| {
            self.segs[si]
                .toks
                .get(j)
                .is_some_and(|t| t.kind == Tk::Num && t.e - t.s <= 3)
        };
        match self.punct(si, k) {
            Some(',') => {
                num(k + 1) && self.punct(si, k + 2) == Some(',')
                    || k >= 2 && num(k - 1) && self.punct(si, k - 2) == Some(',')
            }
            _ => {
                num(k)
                    && k > 0
                    && self.punct(si, k - 1) == Some(',')
                    && self.punct(si, k + 1) == Some(',')
            }
        }
    }

    #[inline]
    fn punct(&self, si: usize, k: usize) -> Option<char> {
        match self.segs[si].toks.get(k)?.kind {
            Tk::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Speech verb at token k (outside quotes), with its base form.
    fn verb_at(&self, si: usize, k: usize) -> Option<&'static str> {
        let memo = self.segs[si].verb_memo.get(k)?;
        if let Some(v) = memo.get() {
            return v;
        }
        let v = self.verb_at_uncached(si, k);
        memo.set(Some(v));
        v
    }

    fn verb_at_uncached(&self, si: usize, k: usize) -> Option<&'static str> {
        if !self.is_word(si, k) || self.segs[si].in_quote[k] {
            return None;
        }
        let base = self.segs[si].verbs[k]?;
        // `the protesters charge that ...` reports; `charged with murder` and `the
        // union's charge that ...` (a noun) do not
        if base == "charge"
            && (!(self.is_word(si, k + 1) && self.lower(si, k + 1) == "that")
                || k > 0
                    && self.is_word(si, k - 1)
                    && (DETERMINERS.contains(&self.lower(si, k - 1))
                        || strip_possessive(self.lower(si, k - 1)).1))
        {
            return None;
        }
        // `a police report`, `an official statement`: a noun after a singular determiner
        // and a modifier (a verb after `a police` would agree: `reports`)
        if k >= 2
            && self.word(si, k) == base
            && self.is_word(si, k - 1)
            && !is_cap(self.word(si, k - 1))
            && self.is_word(si, k - 2)
            && matches!(
                self.lower(si, k - 2),
                "a" | "an" | "every" | "each" | "this"
            )
        {
            return None;
        }
        // `continued to rise`, `will continue the talks`: no cue; `..., he continued.`,
        // `he continued: "..."` are
        if base == "continue"
            && !self.segs[si].toks.get(k + 1).is_none_or(|t| {
                matches!(t.kind, Tk::Punct('.' | ',' | ':' | ';') | Tk::Mark { .. })
            })
        {
            return None;
        }
        // `relations with various states`, `EU member states`: the noun
        if self.word(si, k) == "states"
            && k > 0
            && self.is_word(si, k - 1)
            && (actors::number_word(self.lower(si, k - 1))
                || matches!(
                    self.lower(si, k - 1),
                    "various"
                        | "several"
                        | "many"
                        | "member"
                        | "other"
                        | "all"
                        | "some"
                        | "neighbouring"
                        | "neighboring"
                        | "both"
                        | "these"
                        | "those"
                        | "few"
                        | "most"
                        | "nuclear"
                        | "island"
                        | "sovereign"
                        | "small"
                        | "developing"
                        | "coastal"
                        | "individual"
                        | "certain"
                        | "different"
                        | "numerous"
                        | "signatory"
                        | "participating"
                        | "of"
                ))
        {
            return None;
        }
        // `pointed out that ...`, `..., Estrela pointed out.`: only with its particle
        // (`pointed to`, `a point` are no report)
        // (`pointed to` stays a cue for a quote beside it: `In describing the "crisis",
        // Fernando pointed to ...`)
        if base == "point"
            && !(self.is_word(si, k + 1) && matches!(self.lower(si, k + 1), "out" | "to"))
        {
            return None;
        }
        // `in Borno, Yobe and Adamawa states`: a list of places, then the noun
        if base == "state"
            && k >= 3
            && self.word(si, k) == "states"
            && is_cap(self.word(si, k - 1))
            && (self.punct(si, k - 2) == Some(',')
                || self.is_word(si, k - 2) && matches!(self.lower(si, k - 2), "and" | "or"))
        {
            return None;
        }
        // `a woman found dead last fall`, `was found guilty`: a finding of fact, no
        // report
        if base == "find"
            && self.is_word(si, k + 1)
            && matches!(
                self.lower(si, k + 1),
                "dead"
                    | "alive"
                    | "guilty"
                    | "innocent"
                    | "unconscious"
                    | "injured"
                    | "safe"
                    | "missing"
                    | "hanging"
                    | "liable"
                    | "responsible"
                    | "unresponsive"
                    | "murdered"
                    | "stabbed"
                    | "shot"
                    | "lying"
                    | "buried"
                    | "abandoned"
            )
        {
            return None;
        }
        // `Several written submissions asked`, `a letter written to the council`: a
        // participle of its own form is an adjective or a reduced clause, unless an
        // auxiliary comes before it (`she has written that ...`)
        if matches!(self.lower(si, k), "written" | "spoken")
            && !(k > 0
                && self.is_word(si, k - 1)
                && matches!(
                    self.lower(si, k - 1),
                    "has"
                        | "had"
                        | "have"
                        | "having"
                        | "was"
                        | "were"
                        | "been"
                        | "be"
                        | "is"
                        | "are"
                        | "also"
                        | "already"
                        | "reportedly"
                ))
        {
            return None;
        }
        // `the said agreement`, `to say`, `declined to comment`, `a phone call`,
        // `its report`: nouns, not verbs
        if k > 0 && self.is_word(si, k - 1) {
            let prev = self.lower(si, k - 1);
            // (but `went on to say`: the sentence's subject said it)
            // (an acronym in capitals is a name, not a determiner: `the OUR said`)
            if matches!(
                prev,
                "the" | "to" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this"
            ) && !self.went_on_to(si, k - 1)
                && self.purpose_to(si, k - 1).is_none()
                && !(prev == "our" && is_all_caps(self.word(si, k - 1)))
            {
                return None;
            }
            // `a shock warning`, `a stark warning`: a determiner, a modifier, then the
            // noun
            if k > 1
                && self.lower(si, k) == "warning"
                && self.is_word(si, k - 2)
                && matches!(self.lower(si, k - 2), "a" | "an" | "the" | "its" | "their")
                && !is_cap(self.word(si, k - 1))
            {
                return None;
            }
            // `in comments that follow ...`, `of statements`, `with remarks`: a noun
            // after a preposition or a determiner (a gerund is still a verb: `in saying
            // that ...`)
            if matches!(
                prev,
                "in" | "of" | "with" | "these" | "those" | "such" | "whose" | "my" | "your"
            ) && !self.lower(si, k).ends_with("ing")
            {
                return None;
            }
            // `the school's answer`, `Smith's comments`: after a possessive, a noun (not
            // after `it's`, `he's`: a verb's auxiliary)
            // (but `Trump's comments earlier in the day that ...`: the possessor's
            // words are reported)
            if let (p, true) = strip_possessive(prev)
                && !(k + 1..(k + 7).min(self.segs[si].toks.len()))
                    .any(|j| self.is_word(si, j) && self.lower(si, j) == "that")
                && !matches!(
                    p,
                    "it" | "he"
                        | "she"
                        | "that"
                        | "there"
                        | "what"
                        | "who"
                        | "here"
                        | "where"
                        | "let"
                )
            {
                return None;
            }
        }
        // capitalised verbs are names or sentence openers we do not trust ("Said"),
        // except in a headline in Title Case (`..., Says Vice-chancellor`)
        if is_cap(self.word(si, k))
            && k > 0
            && self.segs[si].sid[k] == self.segs[si].sid[k - 1]
            && !self.segs[si].title_cased
        {
            return None;
        }
        Some(base)
    }

    /// `took to Twitter to`, `came on to the stage to`, `rose in parliament to`: a verb
    /// of going or using, a few words, then the `to` at `to` of a purpose (`to say`):
    /// that verb's index.
    fn purpose_to(&self, si: usize, to: usize) -> Option<usize> {
        if !(self.is_word(si, to) && self.lower(si, to) == "to") {
            return None;
        }
        (to.saturating_sub(7)..to.saturating_sub(1))
            .rev()
            .take_while(|&j| self.is_word(si, j) && !self.segs[si].in_quote[j])
            .find(|&j| {
                matches!(
                    self.lower(si, j),
                    "took"
                        | "take"
                        | "takes"
                        | "taking"
                        | "came"
                        | "comes"
                        | "rose"
                        | "used"
                        | "uses"
                        | "turned"
                        | "stepped"
                        | "appeared"
                        | "returned"
                        | "stood"
                )
            })
            // (not `used to say`: a habit)
            .filter(|&j| j + 1 < to)
    }

    /// `At least three tsunamis hit ...`, `At most ...` from token `k`: a quantity, no
    /// place or time opening the sentence.
    fn at_least(&self, si: usize, k: usize) -> bool {
        self.is_word(si, k)
            && self.lower(si, k) == "at"
            && self.is_word(si, k + 1)
            && matches!(self.lower(si, k + 1), "least" | "most")
    }

    /// `went on to` (`goes`, `go`, ...) ends at token `to` (`k`).
    fn went_on_to(&self, si: usize, to: usize) -> bool {
        to >= 2
            && self.is_word(si, to)
            && self.lower(si, to) == "to"
            && self.is_word(si, to - 1)
            && self.lower(si, to - 1) == "on"
            && self.is_word(si, to - 2)
            && matches!(
                self.lower(si, to - 2),
                "went" | "go" | "goes" | "going" | "gone"
            )
    }

    fn mention_at(&self, si: usize, k: usize) -> Option<actors::Mention> {
        let s = &self.segs[si];
        s.acts
            .at
            .get(k)
            .copied()
            .flatten()
            .map(|m| s.acts.mentions[m as usize])
    }

    fn who_of_mention(&self, si: usize, m: actors::Mention) -> Who {
        let s = &self.segs[si];
        let a = self.reg.resolve(m.actor);
        let st = s.toks[m.full_s].s;
        let en = s.toks[m.e - 1].e;
        let mention = strip_possessive(&s.text[st..en]).0.to_string();
        Who {
            actor: Some(a),
            name: self.reg.actors[a].name.clone(),
            mention,
            seg: si,
            s: st,
            e: st + strip_possessive(&s.text[st..en]).0.len(),
        }
    }

    /// The noun phrase ending at token `k` (inclusive), looking no further left than `lo`.
    fn np_ending(&self, si: usize, k: usize, lo: usize) -> Option<Who> {
        // `Sen. Bob Corker, R-Tenn., who said`: a lawmaker's party and state, set off
        // after the name, stand for the name
        let t = if self.punct(si, k) == Some('.') && k > lo {
            k - 1
        } else {
            k
        };
        if t >= lo + 2
            && self.is_word(si, t)
            && party_state_tag(self.word(si, t))
            && self.punct(si, t - 1) == Some(',')
        {
            return self.np_ending_at(si, t - 2, lo, 0);
        }
        self.np_ending_at(si, k, lo, 0)
    }

    /// The nominal that a phrase of places ending at the place mention starting at `ps`
    /// hangs on: over a possessive place or an adjective before the place (`in Kerala's
    /// Ernaculum`, `in rural Ernakulum`), and over one more phrase of a preposition (`at
    /// a relief camp`), to a nominal of no one named (`Women`, `people`).
    fn nominal_before_places(&self, si: usize, ps: usize, lo: usize, depth: u8) -> Option<Who> {
        const PREPS: [&str; 4] = ["in", "at", "of", "from"];
        let mut j = ps.checked_sub(1)?;
        // over `Kerala's` or `rural`
        let mut skipped = 0;
        while j > lo
            && skipped < 2
            && self.is_word(si, j)
            && !PREPS.contains(&self.lower(si, j))
            && (!is_cap(self.word(si, j))
                && !matches!(self.lower(si, j), "the" | "a" | "an" | "this" | "that")
                || is_cap(self.word(si, j)) && strip_possessive(self.word(si, j)).1)
        {
            j -= 1;
            skipped += 1;
        }
        if j <= lo || !self.is_word(si, j) || !PREPS.contains(&self.lower(si, j)) {
            return None;
        }
        let try_at = |k: usize| {
            self.np_ending_at(si, k, lo, depth + 1)
                .filter(|nom| nom.actor.is_none() && nom.seg == si)
        };
        if skipped > 0
            && let Some(nom) = try_at(j - 1)
        {
            return Some(nom);
        }
        // one more phrase: `at a relief camp`
        let mut q = j - 1;
        let mut n = 0;
        while q > lo && n < 4 && self.is_word(si, q) && !PREPS.contains(&self.lower(si, q)) {
            let w = self.lower(si, q);
            if is_cap(self.word(si, q)) || AUX.contains(&w) || lexicon().speech_verb(w).is_some() {
                return None;
            }
            q -= 1;
            n += 1;
        }
        if n == 0
            || q <= lo
            || !self.is_word(si, q)
            || !matches!(self.lower(si, q), "at" | "in" | "from")
        {
            return None;
        }
        try_at(q - 1)
    }

    fn np_ending_at(&self, si: usize, k: usize, lo: usize, depth: u8) -> Option<Who> {
        if k < lo || !self.is_word(si, k) {
            return None;
        }
        let lx = lexicon();
        if let Some(m) = self.mention_at(si, k)
            && m.e == k + 1
        {
            // `diplomats in Port Hamra`, `residents of Karsk`: the nominal, not the place
            let a = self.reg.resolve(m.actor);
            if matches!(
                self.reg.actors[a].kind,
                Some(ActorKind::Place) | Some(ActorKind::Other)
            ) && m.full_s >= lo + 2
                && self.is_word(si, m.full_s - 1)
                && matches!(self.lower(si, m.full_s - 1), "in" | "of" | "from" | "at")
                && depth < 2
                && let Some(mut nom) = self.np_ending_at(si, m.full_s - 2, lo, depth + 1)
                && nom.actor.is_none()
                && nom.seg == si
            {
                let seg = &self.segs[si];
                let end = seg.toks[m.e - 1].e;
                let text = strip_possessive(&seg.text[nom.s..end]).0.to_string();
                nom.e = nom.s + text.len();
                nom.name = text.clone();
                nom.mention = text;
                return Some(nom);
            }
            // `Women at a relief camp in Kerala's Ernaculum`, `people at a camp in rural
            // Ernakulum`: the nominal before a longer phrase of places
            if matches!(
                self.reg.actors[a].kind,
                Some(ActorKind::Place) | Some(ActorKind::Other)
            ) && depth < 2
                && let Some(nom) = self.nominal_before_places(si, m.full_s, lo, depth)
            {
                return Some(nom);
            }
            // `the Spaniard`, `the Brazilian`, `the 67-year-old German`: a person named
            // by nationality (lowercase modifiers may come between)
            if let Some(the) = (lo.max(k.saturating_sub(3))..k)
                .rev()
                .find(|&j| self.is_word(si, j) && self.lower(si, j) == "the")
                && (the + 1..k).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
                && m.full_s == k
                && lx.is_epithet(strip_possessive(self.lower(si, k)).0)
            {
                return Some(self.nominal_from(si, the, k));
            }
            // `a senior Ruritanian diplomat`: a place used as an adjective is no speaker
            if self.reg.actors[a].kind == Some(ActorKind::Place)
                && self.is_word(si, m.e)
                && !is_cap(self.word(si, m.e))
                && {
                    let nw = self.lower(si, m.e);
                    lx.speech_verb(nw).is_none() && !AUX.contains(&nw) && !lx.hedges.contains(nw)
                }
            {
                return None;
            }
            return Some(self.who_of_mention(si, m));
        }
        let w = self.lower(si, k);
        // possessive pronouns are no subjects
        if matches!(
            w,
            "his" | "her" | "its" | "their" | "our" | "my" | "your" | "him" | "them"
        ) {
            return None;
        }
        if let Some(&pc) = lx.pronouns.get(w) {
            // `the latter` / `the former`
            let (st, text) =
                if (w == "latter" || w == "former") && k > lo && self.lower(si, k - 1) == "the" {
                    (k - 1, {
                        let seg = &self.segs[si];
                        seg.text[seg.toks[k - 1].s..seg.toks[k].e].to_string()
                    })
                } else {
                    (k, self.word(si, k).to_string())
                };
            return self.resolve_pronoun(si, st, k, &text, pc, w);
        }
        // `Another said: "..."`: one more of the people a vox pop quotes, opening the
        // sentence on its own
        if matches!(w, "another" | "others")
            && self.sentence_start(si, k) == k
            && self.verb_at(si, k + 1).is_some_and(reporting_verb)
        {
            return Some(self.unnamed_words(si, k, k + 1));
        }
        // `the head of state`, `the head of government`: an office
        if matches!(w, "state" | "government")
            && k >= lo + 3
            && self.lower_or_empty(si, k - 1) == "of"
            && self.lower_or_empty(si, k - 2) == "head"
            && self.lower_or_empty(si, k - 3) == "the"
        {
            let s = &self.segs[si];
            let text = s.text[s.toks[k - 3].s..s.toks[k].e].to_string();
            return Some(self.resolve_nominal(si, k - 3, k, &text, w));
        }
        let head = strip_possessive(w).0.to_string();
        let is_head = lx.nominal_speakers.contains(&head)
            || lx.org_nouns.contains(&head)
            || lx.is_epithet(&head)
            || actors::is_org_head(self.word(si, k))
            || lx.document_nouns.contains(&head)
            || lx.is_title(&head)
            || lx.title_heads.contains(&head)
            // a body's head after its name (`the JAMPRO Head`)
            // (or its common noun: `the agency head`)
            || head == "head"
                && k > lo
                && self.is_word(si, k - 1)
                && (self.mention_at(si, k - 1).is_some_and(|m| m.e == k)
                    || lx.org_nouns.contains(self.lower(si, k - 1)))
            // a plural of a title (`Commissioners said`)
            || head.len() > 5
                && head.strip_suffix('s').is_some_and(|sg| {
                    lx.nominal_speakers.contains(sg) || lx.title_heads.contains(sg)
                })
            // (`businessmen`, `spokeswomen`: the plural of a `-man` noun)
            || head.len() > 5
                && head.strip_suffix("men").is_some_and(|x| {
                    let sg = format!("{x}man");
                    lx.nominal_speakers.contains(&sg) || lx.is_title(&sg) || lx.title_heads.contains(&sg)
                });
        if !is_head {
            return None;
        }
        // walk left to a determiner, over adjectives, titles, demonyms, possessives
        let mut st = k;
        let mut found_det = false;
        let mut steps = 0;
        while st > lo && steps < 6 {
            let j = st - 1;
            // an acronym in brackets between a body and its role
            // (`a World Health Organization (WHO) spokesman`)
            if j >= lo + 3
                && self.punct(si, j) == Some(')')
                && self.punct(si, j - 2) == Some('(')
                && self.is_word(si, j - 1)
                && self.word(si, j - 1).len() > 1
                && self.word(si, j - 1).chars().all(|c| c.is_ascii_uppercase())
                && self.is_word(si, j - 3)
                && is_cap(self.word(si, j - 3))
            {
                st = j - 3;
                steps += 1;
                continue;
            }
            if !self.is_word(si, j) {
                break;
            }
            let pw = self.lower(si, j);
            // (`a plan that officials say will ...`: `that` before a plural noun is
            // the relative pronoun, not the determiner)
            if matches!(pw, "that" | "this") && head.ends_with('s') && !head.ends_with("ss") {
                break;
            }
            if DETERMINERS.contains(&pw) {
                st = j;
                found_det = true;
                break;
            }
            // (an ordinal between the determiner and the noun: `the first trader`)
            let ordinal = matches!(pw, "first" | "second" | "third" | "fourth" | "same");
            if !ordinal
                && (lx.speech_verb(pw).is_some()
                    || lx.function_words.contains(pw)
                    || lx.pronouns.contains_key(pw))
            {
                break;
            }
            st = j;
            steps += 1;
            if strip_possessive(self.word(si, j)).1 {
                // `the ministry's spokesperson`: continue to its determiner
                continue;
            }
        }
        // `a group of businessmen said`: the group speaks, named with its members
        if st >= lo + 2
            && self.is_word(si, st - 1)
            && self.lower(si, st - 1) == "of"
            && self.is_word(si, st - 2)
            && matches!(
                self.lower(si, st - 2),
                "group" | "coalition" | "delegation" | "panel" | "team" | "handful" | "number"
            )
        {
            st -= 2;
            if st > lo
                && self.is_word(si, st - 1)
                && matches!(self.lower(si, st - 1), "a" | "an" | "the")
            {
                st -= 1;
            }
            found_det = true;
        }
        if !(found_det
            || head.ends_with('s')
            || head.len() > 5 && head.ends_with("men")
            || matches!(head.as_str(), "police" | "staff"))
            && st == k
        {
            // a bare singular head without determiner is not a speaker ("minister said"),
            // except in a headline's clipped style (`after judge said:`)
            if !is_cap(self.word(si, k)) && self.segs[si].part != Part::Title {
                return None;
            }
        }
        // `One of the students, who ..., said`: one person of the group (so a `he` after
        // it is that one)
        if found_det
            && st >= lo + 2
            && self.lower(si, st) == "the"
            && self.lower_or_empty(si, st - 1) == "of"
            && self.lower_or_empty(si, st - 2) == "one"
            && head.ends_with('s')
        {
            st -= 2;
        }
        // `the health department's statement said`: a document speaks for its author
        // (the author named by a nominal in turn)
        if lx.document_nouns.contains(head.as_str())
            && let Some(j) =
                (st..k).rfind(|&j| self.is_word(si, j) && strip_possessive(self.word(si, j)).1)
            && j > st
        {
            let ph = strip_possessive(self.lower(si, j)).0.to_string();
            if lx.nominal_speakers.contains(ph.as_str()) || lx.org_nouns.contains(ph.as_str()) {
                let s = &self.segs[si];
                let text = s.text[s.toks[st].s..s.toks[j].e].to_string();
                let text = strip_possessive(&text).0.to_string();
                return Some(self.resolve_nominal(si, st, j, &text, &ph));
            }
        }
        let s = &self.segs[si];
        let text = s.text[s.toks[st].s..s.toks[k].e].to_string();
        let text = strip_possessive(&text).0.to_string();
        Some(self.resolve_nominal(si, st, k, &text, &head))
    }

    /// `The petitioner told`: any common noun right before a speech verb, with its
    /// determiner a few words back, is an (unresolved) nominal speaker.
    /// A title in quote marks (`the film "Eyes of Heaven"`, `his role in "The Salt
    /// Road"`, `"Winter Fields" is the first feature by`): a name, not speech. Words in
    /// title case, after a noun for a work or in a sentence with no verb of saying.
    fn work_title(&self, si: usize, sp: Span, lo: usize, hi: usize) -> bool {
        const WORKS: &[&str] = &[
            "film",
            "movie",
            "book",
            "novel",
            "song",
            "album",
            "single",
            "series",
            "show",
            "play",
            "musical",
            "documentary",
            "drama",
            "comedy",
            "thriller",
            "opera",
            "painting",
            "exhibition",
            "memoir",
            "poem",
            "programme",
            "program",
            "podcast",
            "titled",
            "entitled",
            "called",
            "named",
            "hit",
            "track",
            "feature",
            "episode",
            "sitcom",
            "collection",
            "anthology",
            "game",
        ];
        let Some(close) = sp.close else {
            return false;
        };
        let seg = &self.segs[si];
        let words: Vec<&str> = (sp.open + 1..close)
            .filter(|&k| seg.toks[k].kind != Tk::Punct(','))
            .map(|k| &seg.text[seg.toks[k].s..seg.toks[k].e])
            .collect();
        if words.is_empty() || words.len() > 8 {
            return false;
        }
        // every word capitalised, small words excepted (not the first)
        let title_case = (sp.open + 1..close).all(|k| {
            let t = &seg.toks[k];
            let w = &seg.text[t.s..t.e];
            match t.kind {
                Tk::Word => {
                    is_cap(w)
                        || k > sp.open + 1
                            && matches!(
                                w,
                                "of" | "the"
                                    | "a"
                                    | "an"
                                    | "and"
                                    | "in"
                                    | "on"
                                    | "to"
                                    | "for"
                                    | "at"
                                    | "by"
                                    | "with"
                                    | "from"
                                    | "or"
                            )
                }
                Tk::Num => true,
                Tk::Punct(c) => matches!(c, ':' | '-' | '&' | ','),
                _ => false,
            }
        });
        if !title_case {
            return false;
        }
        let before = (lo..sp.open)
            .rev()
            .find(|&k| self.is_word(si, k))
            .filter(|&k| k + 3 >= sp.open);
        let after_work = before.is_some_and(|k| {
            WORKS.contains(&self.lower(si, k))
                || matches!(self.lower(si, k), "in" | "of")
                    && (k.saturating_sub(3).max(lo)..k).any(|j| {
                        self.is_word(si, j)
                            && (WORKS.contains(&self.lower(si, j))
                                || matches!(
                                    self.lower(si, j),
                                    "role" | "star" | "starred" | "scene" | "sequel" | "cast" | "premiere"
                                ))
                    })
        })
            // (or a noun for the work or its people right after it: `the new "Indiana
            // Jones" movie`, `'Indiana Jones' actor`)
            || self.is_word(si, close + 1)
                && (WORKS.contains(&self.lower(si, close + 1))
                    || matches!(
                        self.lower(si, close + 1),
                        "franchise"
                            | "sequel"
                            | "trilogy"
                            | "saga"
                            | "actor"
                            | "actress"
                            | "star"
                            | "director"
                            | "producer"
                            | "producers"
                            | "creator"
                            | "fans"
                            | "cast"
                            | "premiere"
                            | "soundtrack"
                    ));
        if after_work {
            return true;
        }
        // no verb of saying anywhere in the sentence outside quotes, two words or more
        // (not in a headline: `'We Will Not Wait': Minister Vows ...` is speech)
        seg.part != Part::Title
            && words.len() >= 2
            && !(lo..hi).any(|k| self.verb_at(si, k).is_some())
    }

    /// `A lawyer for the county`, `a spokeswoman for Larkspur Foods`, `an official at
    /// the ministry`: a speaker noun with the body it speaks for, ending at `k`. The
    /// speaker is the whole phrase, not the body.
    fn role_of_body(&self, si: usize, k: usize, lo: usize) -> Option<Who> {
        let lx = lexicon();
        let p = (lo + 1..k)
            .rev()
            .take(6)
            .take_while(|&j| self.is_word(si, j) || self.punct(si, j).is_none())
            .find(|&j| {
                self.is_word(si, j)
                    && (matches!(self.lower(si, j), "for" | "at" | "with" | "from")
                        || self.lower(si, j) == "of"
                            && j > lo
                            && self.is_word(si, j - 1)
                            && (GROUPS.contains(&self.lower(si, j - 1))
                                || lx.title_heads.contains(self.lower(si, j - 1))
                                || matches!(self.lower(si, j - 1), "head" | "boss" | "leader")))
            })?;
        let head = p - 1;
        // (the body's phrase holds no verb: `An official at the company said their
        // contract mentions` is two clauses)
        // (nor a clause of its own: `blamed the council for what she calls`)
        if !self.is_word(si, head)
            || (p + 1..k).any(|j| self.verb_at(si, j).is_some())
            || (p + 1..=k).any(|j| {
                self.is_word(si, j)
                    && matches!(
                        self.lower(si, j),
                        "what" | "which" | "who" | "whom" | "whose"
                    )
            })
        {
            return None;
        }
        // (`the head of state` is an office of its own)
        if self.lower(si, head) == "head"
            && matches!(self.lower_or_empty(si, k), "state" | "government")
            && p + 1 == k
        {
            return None;
        }
        // (`the mother of three` is a parent, no role of a body: the noun speaks)
        if p + 1 == k
            && parent_of_n(&format!(
                "{}-of-{}",
                self.lower(si, head),
                self.lower_or_empty(si, k)
            ))
        {
            return self.np_ending(si, head, lo);
        }
        let hw = self.lower(si, head);
        let group = GROUPS.contains(&hw);
        // `the chief executive of Safaricom`, `The CEO of Safaricom`, `the head of the
        // agency`: an office of a body
        // (not when a person's name closes it: `the US Secretary of State John Kerry`)
        let office = (lx.title_heads.contains(hw) || matches!(hw, "head" | "boss" | "leader"))
            && !self.mention_at(si, k).is_some_and(|m| {
                let a = &self.reg.actors[self.reg.resolve(m.actor)];
                a.kind == Some(ActorKind::Person) && a.key.len() >= 2
            });
        // (a capital only where the sentence starts: `Lawyers for Peter Brandt said`)
        let sentence_initial = head == self.sentence_start(si, head);
        if is_cap(self.word(si, head)) && !(group && sentence_initial) && !office
            || self.lower(si, p) == "of" && !group && !office
            || !(group || office || lx.nominal_speakers.contains(hw) || lx.title_heads.contains(hw))
            || (p + 1..=k).any(|j| self.segs[si].in_quote[j])
        {
            return None;
        }
        // the determiner (and modifiers) before the noun; a group may go without
        // (`Some 50,000 supporters of`)
        let det = (lo.max(head.saturating_sub(3))..head)
            .rev()
            .find(|&j| self.is_word(si, j) && matches!(self.lower(si, j), "a" | "an" | "the"));
        let det = match det {
            Some(d) => d,
            None if group => {
                let mut d = head;
                while d > lo
                    && head - d < 3
                    && (matches!(self.segs[si].toks[d - 1].kind, Tk::Num)
                        || self.is_word(si, d - 1)
                            && matches!(
                                self.lower(si, d - 1),
                                "some"
                                    | "many"
                                    | "several"
                                    | "thousands"
                                    | "hundreds"
                                    | "dozens"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "its"
                            ))
                {
                    d -= 1;
                }
                d
            }
            // (a headline's office goes without: `Head of Presidency says`)
            None if office && sentence_initial => head,
            None => return None,
        };
        if (det + 1..head).any(|j| !self.is_word(si, j) && self.segs[si].toks[j].kind != Tk::Num) {
            return None;
        }
        let seg = &self.segs[si];
        let (st, en) = (seg.toks[det].s, seg.toks[k].e);
        let text = strip_possessive(&seg.text[st..en]).0.to_string();
        // `the head of the Presidency` after `Head of Presidency Sibongile Besani`: the
        // person who holds that office
        if office && let Some(h) = self.office_holder(si, head, k) {
            return Some(Who {
                actor: Some(h),
                name: self.reg.actors[h].name.clone(),
                mention: text.clone(),
                seg: si,
                s: st,
                e: st + text.len(),
            });
        }
        Some(Who {
            actor: None,
            name: text.clone(),
            mention: text.clone(),
            seg: si,
            s: st,
            e: st + text.len(),
        })
    }

    /// Whether a clause with a subject and a verb of its own opens at `c` (after
    /// `admitted`, `conceded`: `admitted his side received`, `he had erred`), not an
    /// object (`admitted the offence and was jailed`, `acknowledged the support
    /// received from`).
    fn bare_clause_after(&self, si: usize, c: usize, end: usize) -> bool {
        if !self.is_word(si, c) {
            return false;
        }
        let first = self.lower(si, c);
        if matches!(first, "he" | "she" | "they" | "we" | "i" | "it" | "there") {
            return true;
        }
        // (or a name's possessive: `China's pipeline inventory was running out`)
        let det = matches!(
            first,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "this" | "that"
        );
        let owned = is_cap(self.word(si, c)) && strip_possessive(self.word(si, c)).1;
        if !(det || owned) {
            return false;
        }
        // (a phrase of `of` or `in` may lengthen the subject when an auxiliary follows:
        // `admitted the number of people waiting will continue to rise`)
        let mut prep = false;
        for j in c + 1..end.min(c + 8) {
            if !self.is_word(si, j) || !prep && j >= c + 6 {
                return false;
            }
            let w = self.lower(si, j);
            // (a relative clause describes the object: `conceded the penalty that
            // led to the goal`)
            if matches!(
                w,
                "and" | "or" | "but" | "to" | "for" | "with" | "on" | "that" | "which" | "who"
            ) {
                return false;
            }
            if matches!(w, "of" | "in") {
                prep = true;
                continue;
            }
            if AUX.contains(&w) {
                return j > c + 1;
            }
            // (a participle after a possessive is an adjective: `reiterated the House's
            // continued support`; so after an adverb: `the greatly contested penalty`)
            if j > c + 1
                && !prep
                && past_tense(w)
                && !strip_possessive(self.word(si, j - 1)).1
                && !self.lower(si, j - 1).ends_with("ly")
            {
                return !self.is_word(si, j + 1)
                    || !matches!(self.lower(si, j + 1), "by" | "from" | "in" | "at" | "on");
            }
        }
        false
    }

    /// The person named as holding the office `TITLE of BODY`, where the title's head
    /// is at `head` and the body's name ends at `k` (`Head of Presidency`).
    fn office_holder(&self, si: usize, head: usize, k: usize) -> Option<usize> {
        // `The UAE Minister of Economy stated` after `UAE Minister of Economy Abdullah
        // bin Touq Al-Marri`: the one person given that very office
        let phrase = (head..=k)
            .filter(|&j| self.is_word(si, j) && self.lower(si, j) != "the")
            .map(|j| self.lower(si, j))
            .collect::<Vec<_>>()
            .join(" ");
        let mut holders = self.reg.actors.iter().enumerate().filter(|(_, a)| {
            a.merged_into.is_none()
                && a.kind == Some(ActorKind::Person)
                && a.roles
                    .iter()
                    .any(|r| r.to_lowercase().replace(" of the ", " of ") == phrase)
        });
        if let (Some((h, _)), None) = (holders.next(), holders.next()) {
            return Some(self.reg.resolve(h));
        }
        let m = self.mention_at(si, k)?;
        let b = &self.reg.actors[self.reg.resolve(m.actor)];
        if b.kind != Some(ActorKind::Organization) {
            return None;
        }
        let title = self.lower(si, head);
        let offices: Vec<String> = std::iter::once(&b.name)
            .chain(b.aliases.iter())
            .map(|n| format!("{title} of {}", n.to_lowercase()))
            .collect();
        let h = self.reg.actors.iter().position(|a| {
            a.merged_into.is_none()
                && a.kind == Some(ActorKind::Person)
                && a.roles.iter().any(|r| {
                    let r = r.to_lowercase().replace(" of the ", " of ");
                    offices.contains(&r)
                })
        })?;
        Some(self.reg.resolve(h))
    }

    /// `A pensioner who lives in a village in Wales [says]`, `Officials who spoke to
    /// Reuters [said]`: when the words before token `t0` (where a subject was found) run
    /// back, without punctuation, to a `who` (or a participle such as `representing`)
    /// after a noun, that noun is the subject; the name found is inside the clause.
    fn relative_head_before(&self, si: usize, t0: usize, lo: usize) -> Option<Who> {
        // (or a participle: `attorneys representing a class of disabled residents
        // contended`)
        let r = (t0.saturating_sub(12).max(lo + 1)..t0)
            .rev()
            .take_while(|&r| self.is_word(si, r))
            .find(|&r| {
                let w = self.lower(si, r);
                w == "who"
                    || w.len() > 5
                        && w.ends_with("ing")
                        && !is_cap(self.word(si, r))
                        && matches!(
                            w,
                            "representing"
                                | "living"
                                | "working"
                                | "campaigning"
                                | "fighting"
                                | "running"
                                | "leading"
                                | "opposing"
                                | "backing"
                                | "supporting"
                                | "defending"
                                | "monitoring"
                                | "investigating"
                                | "studying"
                                | "advising"
                        )
            })?;
        // the clause has a verb of its own before the name (`who lives in`)
        if r + 1 >= t0 {
            return None;
        }
        let mut h = r - 1;
        if self.punct(si, h) == Some(',') {
            h = h.checked_sub(1).filter(|&h| h >= lo)?;
        }
        // (`who` itself says the noun names people)
        let people = |w: &Who| {
            w.actor
                .is_none_or(|a| self.reg.actors[self.reg.resolve(a)].kind != Some(ActorKind::Place))
        };
        // (`Bernard Mutua, a boda boda rider who witnessed the crash said`: the name
        // the head describes)
        let n = match self.np_ending(si, h, lo) {
            Some(n) => Some(n).filter(people),
            None => self.plain_nominal(si, h, lo).filter(people),
        }?;
        Some(self.appositive_name(si, &n, lo).unwrap_or(n))
    }

    /// Whether person `a` is named somewhere right after body `body` (`Indian Space
    /// Research Organisation (ISRO) Chairman Kailasavadivoo Sivan`).
    fn titled_after(&self, a: usize, body: usize) -> bool {
        // (a one-word name may sit inside the person's titled mention: `NDRRMC
        // Chairperson Gilberto Teodoro Jr.`)
        let b = &self.reg.actors[body];
        let words: Vec<&str> = std::iter::once(&b.name)
            .chain(b.aliases.iter())
            .filter(|n| !n.contains(' '))
            .map(String::as_str)
            .collect();
        self.reg.actors[a].mentions.iter().any(|&(seg, s, _)| {
            (s.saturating_sub(8)..s).any(|j| {
                self.mention_at(seg, j)
                    .is_some_and(|m| self.reg.resolve(m.actor) == body)
                    || self.is_word(seg, j) && words.contains(&self.word(seg, j))
            })
        })
    }

    /// `Rugby: Pride taken in wins but 'still stuff to work on'`: in a headline, a
    /// label of one or two words before a colon (no person's name) names the topic,
    /// not who speaks; where the claim after it starts (else `lo`).
    fn after_headline_label(&self, si: usize, lo: usize, open: usize) -> usize {
        if self.segs[si].part != Part::Title {
            return lo;
        }
        match (lo..open.min(lo + 3)).find(|&k| self.punct(si, k) == Some(':')) {
            // (not a person's name: `Malenko: Borovia ready for 'a ceasefire'`)
            Some(c)
                if c > lo
                    && c + 1 < open
                    && (lo..c).all(|k| {
                        self.is_word(si, k)
                            && self.mention_at(si, k).is_none_or(|m| {
                                self.reg.actors[self.reg.resolve(m.actor)].kind
                                    != Some(ActorKind::Person)
                            })
                    }) =>
            {
                c + 1
            }
            _ => lo,
        }
    }

    fn plain_nominal(&self, si: usize, k: usize, lo: usize) -> Option<Who> {
        let lx = lexicon();
        let w = self.lower(si, k);
        if is_cap(self.word(si, k))
            || !w.chars().all(char::is_alphabetic)
            || lx.function_words.contains(w)
            || lx.pronouns.contains_key(w)
            || lx.speech_verb(w).is_some()
        {
            return None;
        }
        let det = (lo.max(k.saturating_sub(3))..k).rev().find(|&j| {
            self.is_word(si, j) && matches!(self.lower(si, j), "the" | "a" | "an" | "another")
        })?;
        if (det + 1..k)
            .any(|j| !self.is_word(si, j) || lx.function_words.contains(self.lower(si, j)))
        {
            return None;
        }
        // `in a phone call`: a noun inside a prepositional phrase is no subject
        if det > 0
            && self.is_word(si, det - 1)
            && matches!(
                self.lower(si, det - 1),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "with"
                    | "by"
                    | "for"
                    | "from"
                    | "of"
                    | "to"
                    | "into"
                    | "about"
                    | "within"
                    | "inside"
                    | "near"
            )
        {
            return None;
        }
        let seg = &self.segs[si];
        let text = seg.text[seg.toks[det].s..seg.toks[k].e].to_string();
        Some(Who {
            actor: None,
            name: text.clone(),
            mention: text.clone(),
            seg: si,
            s: seg.toks[det].s,
            e: seg.toks[det].s + text.len(),
        })
    }

    /// The speaker a nominal refers to (`the foreign minister` -> the actor with that
    /// role), or the nominal itself.
    /// The one police force the article names (`Lagos Police`, `Toronto Police
    /// Service`), if it names exactly one.
    fn sole_police_force(&self) -> Option<usize> {
        let mut found = None;
        for (i, a) in self.reg.actors.iter().enumerate() {
            if a.merged_into.is_none()
                && !a.mentions.is_empty()
                && a.kind == Some(ActorKind::Organization)
                && a.name.split_whitespace().count() >= 2
                && a.name.split_whitespace().any(|w| w == "Police" || w == "police")
                // (a force, not one of its stations: `Dubai Police`, not `Rashidiya
                // Police Station`; `Norwegian police` too)
                && a.name.split_whitespace().last().is_some_and(|w| {
                    matches!(
                        w,
                        "Police"
                            | "police"
                            | "Service"
                            | "Force"
                            | "Department"
                            | "Command"
                            | "Scotland"
                    )
                })
            {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    /// The nominal running from token `st` to its head at `k` (possessives stripped),
    /// resolved.
    fn nominal_from(&self, si: usize, st: usize, k: usize) -> Who {
        let seg = &self.segs[si];
        let text = strip_possessive(&seg.text[seg.toks[st].s..seg.toks[k].e])
            .0
            .to_string();
        let head = strip_possessive(self.lower(si, k)).0.to_string();
        self.resolve_nominal(si, st, k, &text, &head)
    }

    /// `the company`, `the corporation`, `the railway giant`: the one business (a body
    /// whose name says no public office, union, party or school) named before token
    /// `st` of segment `si`, when `words` (the nominal, lower case) is such a phrase.
    fn sole_business_before(&self, si: usize, st: usize, words: &[&str]) -> Option<usize> {
        let [det, rest @ ..] = words else {
            return None;
        };
        if *det != "the" || rest.is_empty() || rest.len() > 2 {
            return None;
        }
        let head = rest[rest.len() - 1];
        if !(matches!(
            head,
            "company" | "corporation" | "giant" | "operator" | "bank"
        ) || actors::trade_of_body(head) && !head.ends_with('s'))
        {
            return None;
        }
        // (a modifier in lower case only: `the railway giant`, not `the Apple giant`)
        if rest.len() == 2 && !rest[0].chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        const PUBLIC: &[&str] = &[
            "Council",
            "Ministry",
            "Department",
            "Government",
            "Police",
            "Court",
            "Commission",
            "Parliament",
            "Union",
            "Party",
            "Agency",
            "Authority",
            "University",
            "School",
            "College",
            "Hospital",
            "Association",
            "Board",
            "Committee",
            "Office",
            "Assembly",
            "Senate",
            "Congress",
            "Service",
            "Institute",
            "Federation",
            "Forum",
            "Coalition",
            "Network",
            "Alliance",
            "Movement",
            "Society",
            "Foundation",
            "Trust",
            "Centre",
            "Center",
            "Army",
            "Force",
            "Bureau",
            "Cabinet",
            "Presidency",
        ];
        let mut found = self.reg.actors.iter().enumerate().filter(|(_, a)| {
            a.merged_into.is_none()
                && a.kind == Some(ActorKind::Organization)
                && a.mentions.iter().any(|&(sg, t, _)| (sg, t) < (si, st))
                // (`the bank`: a bank by name)
                && (head != "bank" || a.name.split_whitespace().any(|w| w == "Bank"))
                && !a
                    .name
                    .split_whitespace()
                    .any(|w| PUBLIC.contains(&w) || w.ends_with("Ministry"))
        });
        match (found.next(), found.next()) {
            (Some((a, _)), None) => Some(a),
            _ => None,
        }
    }

    fn resolve_nominal(&self, si: usize, st: usize, k: usize, text: &str, head: &str) -> Who {
        // (a member elected to a chamber, by any of the names news gives one)
        fn legislator(w: &str) -> bool {
            matches!(
                w,
                "representative"
                    | "lawmaker"
                    | "legislator"
                    | "councillor"
                    | "councilor"
                    | "councilman"
                    | "councilwoman"
                    | "senator"
                    | "congressman"
                    | "congresswoman"
                    | "assemblyman"
                    | "assemblywoman"
                    | "assemblymember"
                    | "alderman"
                    | "mp"
                    | "td"
                    | "mla"
                    | "mpp"
                    | "msp"
                    | "mep"
            )
        }
        let s = &self.segs[si];
        let start = s.toks[st].s;
        let mut who = Who {
            actor: None,
            name: text.to_string(),
            mention: text.to_string(),
            seg: si,
            s: start,
            e: start + text.len(),
        };
        let lx = lexicon();
        // `The Iranian diplomat` after `Iran's Foreign Minister Abbas Araghchi warned`:
        // the last person to speak who was named with that country
        if let Some(a) = self.compatriot_named(si, st, k, head) {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `The police said` in a story about `Lagos Police` (the one police force it
        // names): that force
        if (text.eq_ignore_ascii_case("police") || text.eq_ignore_ascii_case("the police"))
            && let Some(a) = self.sole_police_force()
        {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `the government said` in a story about `the Dutch government` (the one such
        // body it names, by a demonym): that body
        if let Some(h) = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .filter(|h| {
                matches!(
                    *h,
                    "government"
                        | "army"
                        | "military"
                        | "presidency"
                        | "cabinet"
                        | "embassy"
                        | "ministry"
                        | "navy"
                        | "junta"
                        | "central bank"
                        | "foreign ministry"
                )
            })
        {
            let mut found = self.reg.actors.iter().enumerate().filter(|(_, a)| {
                a.merged_into.is_none()
                    && a.kind == Some(ActorKind::Organization)
                    && !a.mentions.is_empty()
                    && a.name.strip_suffix(h).is_some_and(|r| r.ends_with(' '))
                    && a.name.starts_with(char::is_uppercase)
            });
            if let (Some((a, _)), None) = (found.next(), found.next()) {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
        }
        // `the local authority` in a story about `Galway County Council`: the one local
        // government body it names
        if text.to_lowercase().ends_with("local authority") {
            let mut found = self.reg.actors.iter().enumerate().filter(|(_, a)| {
                a.merged_into.is_none()
                    && a.kind == Some(ActorKind::Organization)
                    && !a.mentions.is_empty()
                    && (a.name.ends_with(" Council")
                        || a.name.ends_with(" Municipality")
                        || a.name.ends_with(" Municipal Corporation")
                        || a.name.ends_with(" Borough"))
            });
            if let (Some((a, _)), None) = (found.next(), found.next()) {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
        }
        // `the CFDT union`, `the Norcastle company`: a body named right before its
        // common noun is that body
        // (or with lowercase words between: `the official GeoNet science agency`)
        // (`the National Weather Service office in Houston`: the body's office)
        if k > st
            && (lx.org_nouns.contains(head) || matches!(head, "office" | "bureau" | "branch"))
            && let Some(m) = (st.max(k.saturating_sub(3))..k)
                .rev()
                .find_map(|j| self.mention_at(si, j))
            && (m.e..k).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
            && m.full_s >= st
            && !matches!(
                self.reg.actors[self.reg.resolve(m.actor)].kind,
                Some(ActorKind::Place | ActorKind::Person)
            )
        {
            let a = self.reg.resolve(m.actor);
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `the Chronicle` after `the San Francisco Chronicle`, `the Gazette`: a
        // capitalised head that closes the name of a body named before
        if k > st && is_cap(self.word(si, k)) && self.lower(si, st) == "the" {
            let w = strip_possessive(self.word(si, k)).0;
            if let Some(a) = self.recent_actors(si, k).into_iter().find(|&a| {
                let ab = &self.reg.actors[a];
                ab.kind == Some(ActorKind::Organization)
                    && ab.name.split_whitespace().count() >= 2
                    && ab.name.split_whitespace().last() == Some(w)
            }) {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        // `The corporation said`, `the railway giant said` in a story about MTR: the one
        // business named before it
        if let Some(b) = self.sole_business_before(si, st, &words) {
            who.actor = Some(b);
            who.name = self.reg.actors[b].name.clone();
            return who;
        }
        // a role phrase: the longest title inside the nominal
        let mut role: Option<String> = None;
        for n in (1..=words.len().min(4)).rev() {
            let cand = words[words.len() - n..].join(" ");
            let cand = cand.trim_end_matches("'s").to_string();
            let expanded = match cand.as_str() {
                "fm" => "foreign minister".to_string(),
                "pm" => "prime minister".to_string(),
                "gov" | "guv" => "governor".to_string(),
                _ => cand.clone(),
            };
            // (or the last word of a title: `the chief` for a police chief)
            // (`the JAMPRO Head`: a body's head, after its name)
            let body_head = n == 1 && expanded == "head" && words.len() >= 2;
            if lx.is_title(&expanded) || n == 1 && lx.title_heads.contains(&expanded) || body_head {
                role = Some(expanded);
                break;
            }
        }
        // `the first trader`, `the second trader` after `a currency trader` and `a
        // second trader` spoke: the unnamed speakers in the order they came
        if words.len() == 3
            && words[0] == "the"
            && let Some(nth) = ["first", "second", "third"]
                .iter()
                .position(|o| *o == words[1])
        {
            let noms = self.nominals.borrow();
            let h = head.trim_end_matches("'s");
            let mut seen: Vec<&String> = Vec::new();
            for n in noms.iter() {
                let l = n.to_lowercase();
                if l.split_whitespace().last() == Some(h)
                    && l.split_whitespace().count() >= 2
                    && !seen.iter().any(|x| x.eq_ignore_ascii_case(n))
                    && !l.starts_with("the ")
                {
                    seen.push(n);
                }
            }
            let named = seen
                .iter()
                .find(|n| n.to_lowercase().contains(&format!("{} {h}", words[1])));
            if let Some(n) = named.or_else(|| seen.get(nth)) {
                who.name = (*n).clone();
                return who;
            }
        }
        // `the diplomat` after `a senior Ruritanian diplomat` spoke
        if words.first().is_some_and(|w| *w == "the") && words.len() == 2 {
            let noms = self.nominals.borrow();
            if let Some(n) = noms.iter().rev().find(|n| {
                let l = n.to_lowercase();
                l.split_whitespace().last() == Some(head.trim_end_matches("'s"))
                    && (n.split_whitespace().count() > 2
                        // (or a modifier and the noun, set without an article: `its
                        // senior official said` is `senior official`)
                        || n.split_whitespace().count() == 2
                            && !l.starts_with(|c: char| !c.is_alphabetic())
                            && !matches!(
                                l.split_whitespace().next(),
                                Some("the" | "a" | "an" | "one" | "another" | "its" | "his" | "her")
                            ))
            }) {
                who.name = n.clone();
                return who;
            }
        }
        let definite = words
            .first()
            .is_some_and(|w| matches!(*w, "the" | "its" | "his" | "her" | "their"))
            || words.len() == 1
            || text.split_whitespace().next().is_some_and(is_cap);
        // `The Ukrainian leader said` after `President Volodymyr Zelenskyy announced`:
        // a nation's leader, when nobody holds the word `leader`, is the person the
        // story follows if they hold a head of state's or government's office
        // (also `the head of state`)
        let generic = match words[..] {
            ["the", d, "leader"] => matches!(
                lx.gazetteer.get(d),
                Some(crate::lexicon::Gazetteer::Demonym(_))
            )
            .then_some("leader"),
            ["the", "head", "of", x @ ("state" | "government")] => Some(x),
            _ => None,
        };
        if let Some(last) = generic
            && !self.reg.actors.iter().any(|x| {
                x.merged_into.is_none() && x.roles.iter().any(|r| r.to_lowercase().ends_with(last))
            })
            && let Some(&a) = self.salient.last()
            && self.reg.actors[a].roles.iter().any(|r| {
                matches!(
                    r.to_lowercase().as_str(),
                    "president"
                        | "prime minister"
                        | "premier"
                        | "chancellor"
                        | "king"
                        | "queen"
                        | "emir"
                )
            })
        {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `The veteran coach added`: an epithet before the role's head speaks of the
        // person the story follows (the latest speaker), not of any coach named
        if words.first() == Some(&"the")
            && words.len() == 3
            && role.as_deref() == Some(words[2])
            && lx.epithets.contains(words[1])
            && let Some(&a) = self.salient.last()
            && self.reg.actors[a].kind == Some(ActorKind::Person)
        {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `a beaming ISRO Chairman said`: a body's only office, named with the body,
        // is its holder even after `a`
        let named_office =
            role.as_deref().is_some_and(sole_office) && text.split_whitespace().skip(1).any(is_cap);
        if let Some(role) = role.filter(|_| definite || named_office) {
            // most recent actor with that role; fall back to any actor holding it
            let mut best: Option<usize> = None;
            let rl = role.clone();
            let holds = |r: &str, rl: &str| {
                let r = r.to_lowercase();
                let r = portfolio_first(&r);
                let r: &str = &r;
                // (a former holder is not `the coach`)
                if r.starts_with("former ") && !rl.starts_with("former ") {
                    return false;
                }
                r == rl
                    // (`the premier` for a prime minister, `the judge` for Justice Lee)
                    || rl == "premier" && r.ends_with("prime minister")
                    || rl == "judge" && r.ends_with("justice")
                    // (`the representative` for a councillor: one who sits for voters)
                    || legislator(rl) && r.split_whitespace().last().is_some_and(legislator)
                    || r.ends_with(&format!(" {rl}"))
                    || (rl.split(' ').count() == 1 && r.split_whitespace().last() == Some(rl))
                    // (`the head coach` for a coach: a rank word before the same office)
                    || rl.split_once(' ').is_some_and(|(m, rest)| {
                        matches!(m, "head" | "chief" | "senior" | "interim" | "acting" | "caretaker")
                            && r.split_whitespace().last() == Some(rest)
                    })
                    // (`the minister` for the Minister of Agriculture)
                    || r.strip_prefix(rl)
                        .is_some_and(|t| t.starts_with(" of ") || t.starts_with(" for "))
                    // (`the CEO` for a chief executive, `the MD` for a managing director)
                    || {
                        let (nr, nrl) = (short_office(r), short_office(rl));
                        (nr != r || nrl != rl)
                            && (nr == nrl || nr.ends_with(&format!(" {nrl}")))
                    }
            };
            for a in self.recent_actors(si, k) {
                if self.reg.actors[a].roles.iter().any(|r| holds(r, &rl)) {
                    best = Some(a);
                    break;
                }
            }
            // `the ISRO chief` for its chairman, when nobody is called chief: the head
            // of a body, named with the body
            if best.is_none()
                && matches!(rl.as_str(), "chief" | "boss" | "head")
                && let Some(body) = (st..k).find_map(|j| {
                    let m = self.mention_at(si, j)?;
                    let b = self.reg.resolve(m.actor);
                    (self.reg.actors[b].kind == Some(ActorKind::Organization)).then_some(b)
                })
                && !self
                    .reg
                    .actors
                    .iter()
                    .any(|x| x.merged_into.is_none() && x.roles.iter().any(|r| holds(r, &rl)))
            {
                best = self.recent_actors(si, k).into_iter().find(|&a| {
                    self.reg.actors[a].roles.iter().any(|r| {
                        r.to_lowercase()
                            .split_whitespace()
                            .last()
                            .is_some_and(sole_office)
                    }) && self.titled_after(a, body)
                });
            }
            // `"...," the Sinn Féin leader said` after Gerry Adams spoke, when nobody was
            // given that role: the person speaking goes on (in this paragraph or the
            // two before, holding no other role)
            let best = best.or_else(|| {
                // (the last to speak, or else the person the last sentences were about)
                let a = match self.last_speaker.as_ref() {
                    Some(w) if w.seg + 2 >= si && w.seg <= si => self.reg.resolve(w.actor?),
                    _ => *self.salient.last()?,
                };
                // (who has spoken already: not a player only named in the match report)
                if !self.quotes.iter().any(|q| {
                    q.who
                        .as_ref()
                        .and_then(|w| w.actor)
                        .is_some_and(|x| self.reg.resolve(x) == a)
                }) {
                    return None;
                }
                let ab = &self.reg.actors[a];
                // (only a role with a name in it, `the Sinn Féin leader`, `the Borovian
                // minister`: a bare `the judge` may be someone else)
                let named_role = text.split_whitespace().skip(1).any(is_cap) && ab.roles.is_empty();
                // (or a bare `the spokesman` for one brought in by that word a few words
                // before the name: `spokesman of the Unification Ministry Jeong Joon-hee
                // said`)
                let introduced = ab.roles.is_empty()
                    && words.len() == 2
                    && self.first_mention(a).is_some_and(|(sg, byte)| {
                        let t = &self.segs[sg].text[..byte];
                        let mut st = t.len().saturating_sub(80);
                        while !t.is_char_boundary(st) {
                            st -= 1;
                        }
                        let win = t[st..].rsplit(". ").next().unwrap_or("");
                        win.split_whitespace().rev().take(8).any(|w| w == rl)
                    });
                // (`The leftist leader said`, `The business leader forecast`: a leader
                // described, when the person the story follows leads something; not
                // the opposition's leader)
                // (so is `The electoral chief said` after INEC's chairman spoke: a
                // described chief, when that person holds a body's top office)
                let leader = (rl == "leader"
                    || matches!(rl.as_str(), "chief" | "boss") && !ab.roles.is_empty())
                    && (3..=4).contains(&words.len())
                    && !words.contains(&"opposition")
                    && ab.roles.iter().all(|r| {
                        let r = r.to_lowercase();
                        let last = r.split_whitespace().last().unwrap_or("");
                        matches!(
                            last,
                            "president"
                                | "minister"
                                | "premier"
                                | "chairman"
                                | "chairwoman"
                                | "chairperson"
                                | "chair"
                                | "ceo"
                                | "executive"
                                | "head"
                                | "businessman"
                                | "businesswoman"
                                | "founder"
                                | "secretary"
                                | "leader"
                        )
                    });
                (words.first() == Some(&"the")
                    && (named_role || leader || introduced)
                    && !head.ends_with('s')
                    && ab.kind == Some(ActorKind::Person)
                    && !self.reg.actors.iter().any(|x| {
                        x.merged_into.is_none()
                            && x.roles.iter().any(|r| {
                                r.to_lowercase().split_whitespace().last()
                                    == rl.split_whitespace().last()
                            })
                    }))
                .then_some(a)
            });
            // `The prime minister said` after `Theresa May is under pressure ...`: a
            // head of government's office nobody in the story holds, after a sentence
            // or paragraph about one person only
            let best =
                best.or_else(|| {
                    if words.len() != 3 && words.len() != 2
                        || words.first() != Some(&"the")
                        || !matches!(
                            rl.as_str(),
                            "prime minister" | "president" | "chancellor" | "taoiseach"
                        )
                        || self.reg.actors.iter().any(|x| {
                            x.merged_into.is_none() && x.roles.iter().any(|r| holds(r, &rl))
                        })
                    {
                        return None;
                    }
                    let mut persons: Vec<usize> = Vec::new();
                    for (a, ab) in self.reg.actors.iter().enumerate() {
                        if ab.merged_into.is_some() || ab.kind == Some(ActorKind::Place) {
                            continue;
                        }
                        let near = ab
                            .mentions
                            .iter()
                            .any(|&(sg, t, _)| sg + 1 == si || sg == si && t < st);
                        if near && ab.kind != Some(ActorKind::Organization) && ab.key.len() >= 2 {
                            persons.push(a);
                        }
                    }
                    match persons[..] {
                        [a] if self.reg.actors[a].roles.is_empty() => Some(a),
                        _ => None,
                    }
                });
            if let Some(a) = best {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
            // (`The Captain Phillips filmmaker said` when nobody was called one: a trade
            // that is also an epithet speaks of the person the story follows)
            if !(lx.trades.contains(&rl) && lx.is_epithet(&rl)) {
                return who;
            }
        }
        // an epithet (`the tactician`, `a visibly disappointed 55-year-old`): the person
        // the story follows — the latest person speaking, or named as a subject
        // (definite only: `a lawmaker said` brings in someone new; an age is the
        // exception, `a 55-year-old stated` follows a portrait)
        let the = words
            .first()
            .is_some_and(|w| matches!(*w, "the" | "his" | "her" | "their"));
        let parent = parent_of_n(head)
            || parent_of_n(&format!(
                "{head}-{}-{}",
                self.lower_or_empty(si, k + 1),
                self.lower_or_empty(si, k + 2)
            ));
        if (lx.is_epithet(head) || parent) && (the || head.ends_with("-year-old")) {
            if let Some(&a) = self.salient.last() {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
            }
            return who;
        }
        // a document: `the statement`, `the filing`, `the ruling` -> its author, the
        // subject of the latest sentence that mentions that document (`the statements
        // read` for one statement too)
        let head = head
            .strip_suffix('s')
            .filter(|h| !lx.document_nouns.contains(head) && lx.document_nouns.contains(*h))
            .unwrap_or(head);
        if lx.document_nouns.contains(head) {
            // `Laida Acevedo's statement`, `the ministry's report`: the possessor wrote it
            if let Some(a) = (st..k)
                .find_map(|j| {
                    let m = self.mention_at(si, j)?;
                    let a = self.reg.resolve(m.actor);
                    // (or a body named as its modifier: `the NCDC statement`, `an
                    // RCMP news release`)
                    let modifier = (m.e == k
                        || m.e + 1 == k
                            && self.is_word(si, m.e)
                            && matches!(self.lower(si, m.e), "news" | "press" | "media"))
                        && self.reg.actors[a].kind == Some(ActorKind::Organization);
                    (m.e <= k
                        && (strip_possessive(self.word(si, m.e - 1)).1 || modifier)
                        && self.reg.actors[a].kind != Some(ActorKind::Place))
                    .then_some(a)
                })
                // `a report from USA Today`, `a statement by the ministry`
                .or_else(|| {
                    // (`a news release from the Orange County Health Care Agency`)
                    let at = if self.is_word(si, k + 2) && self.lower(si, k + 2) == "the" {
                        k + 3
                    } else {
                        k + 2
                    };
                    (self.is_word(si, k + 1)
                        && matches!(self.lower(si, k + 1), "from" | "by" | "in"))
                    .then(|| self.mention_at(si, at))
                    .flatten()
                    .filter(|m| m.full_s == at)
                    .map(|m| self.reg.resolve(m.actor))
                    .filter(|&a| self.reg.actors[a].kind != Some(ActorKind::Place))
                })
                // `The research, conducted by investment management firm JLL, suggests`:
                // the author set off after the noun
                .or_else(|| {
                    (self.punct(si, k + 1) == Some(',')
                        && self.is_word(si, k + 2)
                        && matches!(
                            self.lower(si, k + 2),
                            "conducted"
                                | "commissioned"
                                | "compiled"
                                | "published"
                                | "released"
                                | "produced"
                                | "prepared"
                                | "written"
                                | "issued"
                        )
                        && self.is_word(si, k + 3)
                        && self.lower(si, k + 3) == "by")
                        .then(|| {
                            (k + 4..k + 10)
                                .take_while(|&j| self.is_word(si, j))
                                .find_map(|j| self.mention_at(si, j).filter(|m| m.full_s == j))
                        })
                        .flatten()
                        .map(|m| self.reg.resolve(m.actor))
                        .filter(|&a| {
                            matches!(
                                self.reg.actors[a].kind,
                                Some(ActorKind::Organization | ActorKind::Person)
                            )
                        })
                })
            {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
            // (`the advisers' report`: owned by people named by a common noun, it is
            // theirs, not that of whoever spoke of a report last)
            if self.in_doc_author.get()
                || (st..k).any(|j| {
                    let w = self.word(si, j);
                    self.is_word(si, j)
                        && !is_cap(w)
                        && (strip_possessive(w).1 || w.ends_with("s'") || w.ends_with("s’"))
                })
            {
                return who;
            }
            // `..., audit finds` over a body where `The audit found` was resolved: the
            // headline's document is the body's (the body is read first)
            if self.segs[si].part == Part::Title
                && let Some(a) = self.quotes.iter().find_map(|q| {
                    let w = q.who.as_ref()?;
                    (self.segs[q.seg].part == Part::Body
                        && w.mention
                            .to_lowercase()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|h| h == head))
                    .then_some(w.actor)
                    .flatten()
                })
            {
                let a = self.reg.resolve(a);
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
                return who;
            }
            self.in_doc_author.set(true);
            let author = self.document_author(si, st, head);
            self.in_doc_author.set(false);
            if let Some(a) = author {
                who.actor = Some(a);
                who.name = self.reg.actors[a].name.clone();
            }
            return who;
        }
        // an institution: `the ministry` -> the last organisation whose name has that head
        // (any other head that ends names of bodies: `the foundation` for the Africa
        // Wildlife Foundation, `the institute`, `the trust`)
        let org_heads = org_name_heads(head);
        let own_head = org_heads.is_empty() && head.len() >= 4 && {
            let mut c = head.chars();
            c.next().is_some_and(|f| {
                let cap: String = f.to_uppercase().chain(c).collect();
                actors::is_org_head(&cap)
            })
        };
        if (!org_heads.is_empty() || own_head) && definite {
            let fits = |w: &str| org_heads.contains(&w) || own_head && w.eq_ignore_ascii_case(head);
            for a in self.recent_actors(si, k) {
                let ab = &self.reg.actors[a];
                // (a facility no word list typed speaks as a body when its name ends in
                // the head: `the airport` for Southampton Airport)
                let facility = matches!(ab.kind, Some(ActorKind::Other) | None)
                    && ab.name.split_whitespace().count() >= 2
                    && ab
                        .name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head));
                if ab.kind == Some(ActorKind::Organization) && ab.name.split_whitespace().any(fits)
                    || facility
                {
                    who.actor = Some(a);
                    who.name = ab.name.clone();
                    return who;
                }
            }
        }
        // `the company said` about `Qualceram`: the organisation the story follows, or
        // the latest speaker no word list typed (a one-word company)
        if matches!(
            head,
            "company"
                | "firm"
                | "group"
                | "manufacturer"
                | "maker"
                | "retailer"
                | "lender"
                | "telco"
                | "carrier"
                | "airline"
                | "automaker"
                | "carmaker"
                | "chipmaker"
                | "drugmaker"
                | "planemaker"
        ) && words.first() == Some(&"the")
            // (not the paper reporting: `ST understands ... The telco had said`)
            && let Some(a) = self
                .one_org_earlier_in_sentence(si, st)
                .or_else(|| self.salient_org.iter().rev().copied()
                // (nor a nation's institution: `the Dutch government` is no company)
                .find(|&a| {
                    let name = &self.reg.actors[a].name;
                    !news_outlet(name)
                        && !name
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| w.starts_with(char::is_lowercase))
                }))
                .or_else(|| self.untyped_last_speaker())
                .or_else(|| self.dominant_org())
        {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        // `the agency said` after `National meteorological agency DMI`: the one body
        // the story gave that noun
        if words.len() == 2
            && words[0] == "the"
            && lx.org_nouns.contains(head)
            && let Some(a) = self.org_called(head)
        {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
            return who;
        }
        who
    }

    /// The one organisation named in the sentence before token `st` (`The strike hit
    /// plants supplying General Motors, but the auto maker said`), if just one is.
    fn one_org_earlier_in_sentence(&self, si: usize, st: usize) -> Option<usize> {
        let ss = self.sentence_start(si, st);
        let mut found = None;
        for j in ss..st {
            let Some(m) = self.mention_at(si, j).filter(|m| m.full_s == j) else {
                continue;
            };
            let a = self.reg.resolve(m.actor);
            let ab = &self.reg.actors[a];
            if ab.kind != Some(ActorKind::Organization) || news_outlet(&ab.name) {
                continue;
            }
            if found.is_some_and(|f| f != a) {
                return None;
            }
            found = Some(a);
        }
        found
    }

    /// The one organisation whose name the story set right after or before the common
    /// noun `head` (`agency DMI`, `the CFDT union`).
    fn org_called(&self, head: &str) -> Option<usize> {
        let mut found = None;
        for (a, ab) in self.reg.actors.iter().enumerate() {
            if ab.merged_into.is_some() || ab.kind != Some(ActorKind::Organization) {
                continue;
            }
            let called = ab.mentions.iter().any(|&(seg, s, e)| {
                s > 0 && self.is_word(seg, s - 1) && self.lower(seg, s - 1) == head
                    || self.is_word(seg, e) && self.lower(seg, e) == head
            });
            if called {
                if found.is_some() {
                    return None;
                }
                found = Some(a);
            }
        }
        found
    }

    /// The organisation a story is about: named at least three times, and more often
    /// than any other (`Laird` in a story on a bid for Laird).
    fn dominant_org(&self) -> Option<usize> {
        let mut counts: Vec<(usize, usize)> = (0..self.reg.actors.len())
            .filter(|&a| {
                let ab = &self.reg.actors[a];
                ab.merged_into.is_none() && ab.kind == Some(ActorKind::Organization)
            })
            .map(|a| (self.reg.actors[a].mentions.len(), a))
            .collect();
        counts.sort_unstable_by(|x, y| y.cmp(x));
        let &(n, a) = counts.first()?;
        (n >= 3 && counts.get(1).is_none_or(|&(m, _)| m < n)).then_some(a)
    }

    /// The latest speaker, when no word list or title typed it: `Qualceram said ...
    /// It said` (a person would be `he` or `she`).
    fn untyped_last_speaker(&self) -> Option<usize> {
        let a = self.last_speaker.as_ref()?.actor?;
        let a = self.reg.resolve(a);
        let ab = &self.reg.actors[a];
        (ab.kind.is_none() && ab.roles.is_empty() && ab.gender.is_none() && ab.key.len() == 1)
            .then_some(a)
    }

    /// The author of a document named by `head` before (si, k): the first person or
    /// organisation of the latest earlier sentence that names the same document, within
    /// the last few paragraphs; else the most recent speaker.
    fn document_author(&self, si: usize, k: usize, head: &str) -> Option<usize> {
        let lo_seg = si.saturating_sub(4);
        for s in (lo_seg..=si).rev() {
            let seg = &self.segs[s];
            if seg.part != self.segs[si].part && s != si {
                continue;
            }
            let end = if s == si { k } else { seg.toks.len() };
            for j in (0..end).rev() {
                if seg.in_quote[j] || seg.toks[j].kind != Tk::Word {
                    continue;
                }
                if strip_possessive(self.lower(s, j)).0 != head {
                    continue;
                }
                let st = self.sentence_start(s, j);
                let sen_end = self.sentence_end(s, j);
                for x in st..sen_end {
                    if x != j
                        && self.verb_at(s, x).is_some()
                        && let Some(w) = self.subject_before(s, x, st)
                        && let Some(a) = w.actor
                    {
                        return Some(a);
                    }
                }
                for x in st..sen_end {
                    if seg.in_quote[x] {
                        continue;
                    }
                    if let Some(m) = self.mention_at(s, x) {
                        let a = self.reg.resolve(m.actor);
                        if matches!(
                            self.reg.actors[a].kind,
                            Some(ActorKind::Person) | Some(ActorKind::Organization)
                        ) {
                            return Some(a);
                        }
                    }
                }
            }
        }
        self.last_speaker.as_ref().and_then(|w| w.actor)
    }

    /// Actors mentioned before (segment, token), most recent first.
    fn recent_actors(&self, si: usize, k: usize) -> Vec<usize> {
        let body = self.segs[si].part == Part::Body;
        let mut last: Vec<((usize, usize), usize)> = Vec::new();
        for (ai, a) in self.reg.actors.iter().enumerate() {
            if a.merged_into.is_some() || a.mentions.is_empty() {
                continue;
            }
            // mentions are in text order: the last one before (si, k) by binary search
            let m = &a.mentions;
            let pos = if body {
                let idx = m.partition_point(|&(s, t, _)| (s, t) < (si, k));
                if idx == 0 {
                    continue;
                }
                let (s, t, _) = m[idx - 1];
                // a window of recent paragraphs keeps this linear on huge texts
                if self.segs[s].part != Part::Body || s + 40 < si {
                    continue;
                }
                (s, t)
            } else {
                let (s, t, _) = m[m.len() - 1];
                (s, t)
            };
            last.push((pos, ai));
        }
        last.sort_by_key(|b| std::cmp::Reverse(b.0));
        let mut out = Vec::new();
        for (_, a) in last {
            let a = self.reg.resolve(a);
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    fn resolve_pronoun(
        &self,
        si: usize,
        st: usize,
        k: usize,
        text: &str,
        pc: PronounClass,
        w: &str,
    ) -> Option<Who> {
        let s = &self.segs[si];
        let start = s.toks[st].s;
        let mut who = Who {
            actor: None,
            name: text.to_string(),
            mention: text.to_string(),
            seg: si,
            s: start,
            e: s.toks[k].e,
        };
        let pick = match pc {
            PronounClass::Male | PronounClass::Female => {
                // `He quoted from Mifsud's decision, which he said was ...`: the same
                // pronoun opening the sentence stands for the same person
                let ss = self.sentence_start(si, st);
                if ss < st
                    && self.is_word(si, ss)
                    && self.lower(si, ss) == w
                    && matches!(w, "he" | "she")
                    && let Some(first) = self.resolve_pronoun(si, ss, ss, text, pc, w)
                {
                    who.actor = first.actor;
                    who.name = first.name;
                    return Some(who);
                }
                let want = if pc == PronounClass::Male {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // the subject of this sentence first (`Feld said ... what she called`)
                // (after a clause and its comma, `..., he said`, only a name opening that
                // clause: `The information was with director-general Tarit Pengdith, he
                // said` is someone else's report)
                let tail = st > 0 && self.punct(si, st - 1) == Some(',');
                let opens = |a: usize| {
                    let ss = self.after_fronted(si, self.sentence_start(si, st), st);
                    (ss..(ss + 4).min(st)).any(|j| {
                        self.mention_at(si, j)
                            .is_some_and(|m| m.full_s == j && self.reg.resolve(m.actor) == a)
                    })
                };
                let subject = self
                    .first_in_sentence(si, st, |a| {
                        a.kind == Some(ActorKind::Person) && a.gender.is_none_or(|g| g == want)
                    })
                    .filter(|&a| !tail || opens(a));
                // `A dealer said ... He added`: the unnamed person who spoke last, in
                // this paragraph or the two before, when nobody was named since
                if subject.is_none()
                    && let Some((w, g)) = &self.last_nominal
                    && g.is_none_or(|g| g == want)
                    && w.seg + 2 >= si
                    && w.seg <= si
                    && self.segs[w.seg].part == self.segs[si].part
                    && !self.person_named_between((w.seg, w.e), (si, start), want)
                {
                    who.name = w.name.clone();
                    return Some(who);
                }
                // `... in which Moodey accused the ANC and said "..." / He added:`: who
                // adds to something is who spoke last, when that was a paragraph or two
                // before
                let adds = matches!(
                    self.lower_or_empty(si, k + 1),
                    "added" | "adds" | "continued" | "continues"
                );
                let last = || {
                    let w = self.last_speaker.as_ref()?;
                    let a = self.reg.resolve(w.actor?);
                    let x = &self.reg.actors[a];
                    (w.seg < si
                        && w.seg + 2 >= si
                        && self.segs[w.seg].part == self.segs[si].part
                        && x.kind == Some(ActorKind::Person)
                        && x.gender.is_none_or(|g| g == want))
                    .then_some(a)
                };
                subject
                    .or_else(|| if adds { last() } else { None })
                    .or_else(|| {
                        self.salient
                            .iter()
                            .rev()
                            .copied()
                            .find(|&a| self.reg.actors[a].gender.is_none_or(|g| g == want))
                    })
                    .or_else(|| {
                        // `Maria Lenz met Peter Brandt. "…," he said.`: the latest person
                        // known to fit, mentioned but not the subject
                        self.recent_actors(si, st).into_iter().find(|&a| {
                            let x = &self.reg.actors[a];
                            x.kind == Some(ActorKind::Person) && x.gender == Some(want)
                        })
                    })
            }
            PronounClass::Plural | PronounClass::Neuter => {
                // `three sources told Reuters, although they said`: the group that spoke
                // earlier in this sentence, before any body it spoke to
                if pc == PronounClass::Plural
                    && let Some(w) = &self.last_plural
                    && w.seg == si
                    && w.e <= start
                    && self
                        .tok_from(si, w.s)
                        .is_some_and(|t| t >= self.sentence_start(si, st))
                {
                    who.name = w.name.clone();
                    return Some(who);
                }
                let org =
                    self.first_in_sentence(si, st, |a| a.kind == Some(ActorKind::Organization));
                // `Officers said ... They said: "..."`: the group that spoke last, in
                // this paragraph or the two before, when no organisation spoke since
                if org.is_none()
                    && pc == PronounClass::Plural
                    && let Some(w) = &self.last_plural
                    && w.seg + 2 >= si
                    && w.seg <= si
                    && self.segs[w.seg].part == self.segs[si].part
                {
                    who.name = w.name.clone();
                    return Some(who);
                }
                // `The parents have accused the principal ... They claimed that ...`: a
                // group of people that opened a recent sentence, when no body was named
                // after it
                if org.is_none()
                    && pc == PronounClass::Plural
                    && let Some((pos, name)) = self.plural_subject_before(si, st)
                    && !self.salient_org.last().is_some_and(|&a| {
                        self.reg.actors[a]
                            .mentions
                            .iter()
                            .any(|&(sg, t, _)| (sg, t) > pos && (sg, t) < (si, st))
                    })
                {
                    who.name = name;
                    return Some(who);
                }
                // `..., the study said. ... it warned`: a document that spoke last, in
                // this paragraph or the one before, is `it` (no body named in between)
                if org.is_none()
                    && pc == PronounClass::Neuter
                    && let Some(w) = &self.last_document
                    // (no named speaker since: `Strel said ... It demanded`)
                    && !self
                        .last_speaker
                        .as_ref()
                        .is_some_and(|l| l.actor.is_some() && (l.seg, l.s) > (w.seg, w.s))
                    && w.seg + 1 >= si
                    && w.seg <= si
                    && self.segs[w.seg].part == self.segs[si].part
                    && let Some(wt) = self.tok_from(w.seg, w.s)
                    && !self.salient_org.last().is_some_and(|&a| {
                        self.reg.actors[a]
                            .mentions
                            .iter()
                            .any(|&(sg, t, _)| (sg, t) > (w.seg, wt) && (sg, t) < (si, st))
                    })
                {
                    who.name = w.name.clone();
                    return Some(who);
                }
                // `Strel said the findings were "premature". It demanded that ...`: a
                // country that spoke last, in this paragraph, is `it`
                let place_speaker = (pc == PronounClass::Neuter)
                    .then_some(self.last_speaker.as_ref())
                    .flatten()
                    .filter(|w| w.seg == si)
                    .and_then(|w| w.actor)
                    .map(|a| self.reg.resolve(a))
                    .filter(|&a| self.reg.actors[a].kind == Some(ActorKind::Place));
                org.or(place_speaker)
                    .or_else(|| self.salient_org.last().copied())
                    .or_else(|| self.untyped_last_speaker())
                    .or_else(|| {
                        // `..., the National Trades Union Congress (NTUC) said.` missed,
                        // then `"...," it said`: the body named last before this sentence,
                        // in this paragraph or the two before
                        // (`they` is as often people: `authors X and Y ..., they said`)
                        if pc != PronounClass::Neuter {
                            return None;
                        }
                        let ss = self.sentence_start(si, st);
                        // (past a place or a person named since: `The US Department of
                        // Justice ... in the US. It claimed ...`)
                        self.recent_actors(si, ss).into_iter().find(|&a| {
                            let ab = &self.reg.actors[a];
                            ab.kind == Some(ActorKind::Organization)
                                && ab.mentions.iter().any(|&(sg, t, _)| {
                                    sg + 2 >= si && (sg, t) < (si, ss) && !self.segs[sg].in_quote[t]
                                })
                        })
                    })
            }
            PronounClass::Any => {
                // `the latter` / `the former`: the last two people named
                let persons: Vec<usize> = self
                    .recent_actors(si, st)
                    .into_iter()
                    .filter(|&a| self.reg.actors[a].kind == Some(ActorKind::Person))
                    .take(2)
                    .collect();
                if w == "former" {
                    persons.get(1).copied()
                } else {
                    persons.first().copied()
                }
            }
        };
        if let Some(a) = pick {
            who.actor = Some(a);
            who.name = self.reg.actors[a].name.clone();
        }
        Some(who)
    }

    /// The nearest sentence before token `k` of segment `si` (in it or the two
    /// paragraphs before) that opens with a group of people (`The parents`, `Residents`):
    /// where, and the words.
    fn plural_subject_before(&self, si: usize, k: usize) -> Option<((usize, usize), String)> {
        let lx = lexicon();
        for s in (si.saturating_sub(2)..=si).rev() {
            let seg = &self.segs[s];
            if seg.part != self.segs[si].part {
                continue;
            }
            for &(a, _) in seg.sent_bounds.iter().rev() {
                if s == si && a >= k {
                    continue;
                }
                let mut j = a;
                if self.is_word(s, j) && self.lower(s, j) == "the" {
                    j += 1;
                }
                if !self.is_word(s, j) || seg.in_quote[j] {
                    continue;
                }
                let w = self.lower(s, j);
                if lx.nominal_speakers.contains(w)
                    && plural_nominal(w)
                    && self.is_word(s, j + 1)
                    && !is_cap(self.word(s, j + 1))
                {
                    let text = &seg.text[seg.toks[a].s..seg.toks[j].e];
                    return Some(((s, a), text.to_string()));
                }
            }
        }
        None
    }

    /// Whether a person who may be `want` is named (outside quotes) between two places
    /// (segment, byte).
    fn person_named_between(&self, from: (usize, usize), to: (usize, usize), want: Gender) -> bool {
        (from.0..=to.0).any(|s| {
            let seg = &self.segs[s];
            seg.acts.mentions.iter().any(|m| {
                let (b, e) = (seg.toks[m.full_s].s, seg.toks[m.e - 1].e);
                (s > from.0 || b >= from.1)
                    && (s < to.0 || e <= to.1)
                    && !seg.in_quote[m.full_s]
                    // (a name after a verb or a preposition is its object, no new
                    // subject: `a police officer had to order Cain back`)
                    && !(m.full_s > 0 && !m.has_title && {
                        let lx = lexicon();
                        let p = self.lower(s, m.full_s - 1);
                        self.is_word(s, m.full_s - 1)
                            && !is_cap(self.word(s, m.full_s - 1))
                            && !matches!(p, "and" | "but" | "or" | "while" | "whereas" | "as")
                            && lx.speech_verb(p).is_none()
                            && !lx.title_heads.contains(p)
                            && !lx.is_epithet(p)
                            && !lx.nominal_speakers.contains(p)
                            && !DETERMINERS.contains(&p)
                    })
                    && {
                        let a = &self.reg.actors[self.reg.resolve(m.actor)];
                        a.kind == Some(ActorKind::Person) && a.gender.is_none_or(|g| g == want)
                    }
            })
        })
    }

    /// The first actor mentioned in the sentence of token `k`, before it, that fits.
    /// `Speaking alongside Anna Holm in Oslo, Peter Brandt said ...`: where the subject
    /// can start, after a fronted phrase that ends with a comma (`st` otherwise).
    fn after_fronted(&self, si: usize, st: usize, hi: usize) -> usize {
        // (after a conjunction: `But during the debate, Layton ...`)
        if st + 1 < hi
            && self.is_word(si, st)
            && matches!(self.lower(si, st), "but" | "and" | "yet" | "so")
        {
            let r = self.after_fronted(si, st + 1, hi);
            if r > st + 1 {
                return r;
            }
        }
        if st < hi
            && self.is_word(si, st)
            && {
                let w = self.lower(si, st);
                w.ends_with("ing") && w.len() > 5
                    || matches!(
                        w,
                        "after"
                            | "before"
                            | "during"
                            | "alongside"
                            | "with"
                            | "in"
                            | "at"
                            | "on"
                            | "asked"
                            | "despite"
                            | "unlike"
                            | "like"
                            | "following"
                            | "beside"
                            | "while"
                            | "although"
                            | "though"
                            | "whereas"
                            | "when"
                            | "once"
                            | "since"
                            | "as"
                            | "amid"
                            | "because"
                            // (a time or a link: `Earlier on Tuesday, ...`, `Last
                            // week, ...`, `Meanwhile, ...`)
                            | "earlier"
                            | "later"
                            | "meanwhile"
                            | "separately"
                            | "previously"
                            | "yesterday"
                            | "today"
                            | "last"
                            | "however"
                    )
            }
            && !self.at_least(si, st)
            && let Some(c) = (st + 1..hi.min(st + 24)).find(|&j| self.punct(si, j) == Some(','))
        {
            return c + 1;
        }
        st
    }

    fn first_in_sentence(
        &self,
        si: usize,
        k: usize,
        fits: impl Fn(&actors::ActorB) -> bool,
    ) -> Option<usize> {
        let st = self.after_fronted(si, self.sentence_start(si, k), k);
        (st..k)
            .filter(|&j| !self.segs[si].in_quote[j])
            .filter_map(|j| self.mention_at(si, j).filter(|m| m.full_s == j))
            .map(|m| self.reg.resolve(m.actor))
            .find(|&a| fits(&self.reg.actors[a]))
    }

    /// The subject of the clause that a coordinated verb (after `and` at `and_at`)
    /// continues: the first noun phrase of the sentence that a lowercase word (its
    /// verb) follows, and no earlier `and` — `Marquez and Costa met and said` is two.
    /// The nearest relative pronoun among `words` set off by a comma in the 14 tokens
    /// before `k` (`Helmersson, who ...`).
    fn comma_relative_before(
        &self,
        si: usize,
        k: usize,
        lo: usize,
        words: &[&str],
    ) -> Option<usize> {
        (k.saturating_sub(14).max(lo + 1)..k).rev().find(|&r| {
            self.is_word(si, r)
                && words.contains(&self.lower(si, r))
                && self.punct(si, r - 1) == Some(',')
        })
    }

    /// `The court heard (that)` / `Northampton Crown Court heard` between `lo` and `hi`:
    /// the token after the frame, where the clause it frames opens.
    fn court_heard_before(&self, si: usize, lo: usize, hi: usize) -> Option<usize> {
        let h = (lo + 1..hi).rfind(|&k| {
            self.is_word(si, k)
                && self.lower(si, k) == "heard"
                && self.is_word(si, k - 1)
                && (HEARING_NOUNS.contains(&self.lower(si, k - 1))
                    || matches!(self.lower(si, k - 1), "magistrates" | "judge")
                    || self.mention_at(si, k - 1).is_some_and(|m| {
                        self.reg.actors[self.reg.resolve(m.actor)].kind
                            == Some(ActorKind::Organization)
                    }))
        })?;
        let h = h + 1;
        Some(if self.is_word(si, h) && self.lower(si, h) == "that" {
            h + 1
        } else {
            h
        })
    }

    fn coordinated_subject(&self, si: usize, lo: usize, and_at: usize) -> Option<Who> {
        let mut st = self.sentence_start(si, and_at).max(lo);
        // `with one resident saying she was "disgusted" and saying ...`: a participle
        // joined to an earlier one shares its speaker
        if self.is_word(si, and_at + 1)
            && self.lower(si, and_at + 1).ends_with("ing")
            && self.verb_at(si, and_at + 1).is_some()
            && let Some(p) = (st..and_at).rev().find(|&j| {
                !self.segs[si].in_quote[j]
                    && self.lower(si, j).ends_with("ing")
                    && self.verb_at(si, j).is_some()
            })
            && let Some(w) = self.speaker_of_verb(si, p, st, p)
        {
            return Some(w);
        }
        // `... by Bob Corker, who called for "radical changes" and said`: the verb
        // joined inside a relative clause left open is the antecedent's
        if let Some(r) = (st + 2..and_at).rfind(|&j| {
            self.is_word(si, j)
                && self.lower(si, j) == "who"
                && self.punct(si, j - 1) == Some(',')
                && !self.segs[si].in_quote[j]
        }) && !(r + 1..and_at).any(|j| {
            !self.segs[si].in_quote[j] && matches!(self.punct(si, j), Some(',' | ';' | ':'))
        }) && let Some(w) = self.np_ending(si, r - 2, st)
            && w.actor.is_some_and(|a| {
                self.reg.actors[self.reg.resolve(a)].kind == Some(ActorKind::Person)
            })
        {
            return Some(w);
        }
        // `Critics were less generous: Hale called it a farce and said`: the clause
        // starts after a colon or semicolon
        if let Some(c) = (st..and_at).rfind(|&j| matches!(self.punct(si, j), Some(':') | Some(';')))
        {
            st = c + 1;
        }
        // `He reminded them of an interruption, when a man entered the room and told
        // her`: the clause starts after its subordinator
        if let Some(c) = (st + 1..and_at).rfind(|&j| {
            self.punct(si, j - 1) == Some(',')
                && self.is_word(si, j)
                && matches!(
                    self.lower(si, j),
                    "when" | "after" | "because" | "while" | "as"
                )
                && self.is_word(si, j + 1)
                && matches!(
                    self.lower(si, j + 1),
                    "a" | "an" | "the" | "his" | "her" | "their"
                )
        }) {
            st = c + 1;
        }
        // `a report in which party leader John Moodey accused the ANC ... and said`:
        // the clause starts after its relative word
        if let Some(c) = (st + 1..and_at).rfind(|&j| {
            self.is_word(si, j)
                && !self.segs[si].in_quote[j]
                && (self.lower(si, j) == "which"
                    && matches!(
                        self.lower_or_empty(si, j - 1),
                        "in" | "during" | "at" | "on"
                    )
                    || self.lower(si, j) == "where" && self.is_word(si, j - 1))
        }) && c + 3 < and_at
        {
            st = c + 1;
        }
        // `The court heard he admitted being present but told detectives:`: the clause
        // a hearing frames has a subject of its own
        if let Some(h) = self.court_heard_before(si, st, and_at) {
            st = h;
        }
        let st = self.after_fronted(si, st, and_at);
        for k in st..and_at.min(st + 10) {
            // (a possessor is no subject: `Apple's former chief financial officer Fred
            // Anderson settled ... and said`)
            if self.segs[si].in_quote[k]
                || !self.is_word(si, k)
                || strip_possessive(self.word(si, k)).1
                // (nor a title's modifier: `former chief financial officer`)
                || matches!(
                    self.lower(si, k),
                    "former" | "acting" | "deputy" | "interim" | "then" | "vice" | "chief"
                        | "senior" | "outgoing" | "incoming" | "late" | "new"
                )
            {
                continue;
            }
            // `Ms Baerbock, a co-leader of the Greens, held talks ... and told`: a name,
            // an appositive between commas, then the verb
            let after_apposition = self.punct(si, k + 1) == Some(',')
                && (k + 3..and_at.min(k + 14))
                    .find(|&c| self.punct(si, c) == Some(','))
                    .is_some_and(|c| {
                        self.is_word(si, c + 1)
                            && !is_cap(self.word(si, c + 1))
                            && (past_tense(self.lower(si, c + 1))
                                || AUX.contains(&self.lower(si, c + 1))
                                // (`..., an administration ally, said he ... and
                                // reminded`)
                                || self.verb_at(si, c + 1).is_some())
                    });
            if after_apposition
                && let Some(m) = self.mention_at(si, k).filter(|m| m.e == k + 1)
                && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
            {
                return Some(self.who_of_mention(si, m));
            }
            // `Debenhams - which re-listed in May - remained bullish and said`: a
            // relative clause between dashes or commas, then the verb
            let after_relative = k == st
                && matches!(self.punct(si, k + 1), Some(',' | '-' | '–' | '—'))
                && matches!(self.lower_or_empty(si, k + 2), "which" | "who")
                && (k + 4..and_at.min(k + 30))
                    .find(|&c| self.punct(si, c) == self.punct(si, k + 1))
                    .is_some_and(|c| {
                        self.is_word(si, c + 1)
                            && !is_cap(self.word(si, c + 1))
                            && (past_tense(self.lower(si, c + 1))
                                || AUX.contains(&self.lower(si, c + 1)))
                    });
            let next_is_verb = after_relative
                || self.is_word(si, k + 1) && !is_cap(self.word(si, k + 1)) && {
                    let nw = self.lower(si, k + 1);
                    !matches!(nw, "and" | "or" | "of" | "in" | "from" | "at" | "for")
                };
            // `A Norcastle spokesman declined`: the noun phrase goes on to its head
            if !next_is_verb
                || (!after_relative
                    && k + 1 < and_at
                    && self.np_ending_at(si, k + 1, st, 0).is_some())
            {
                continue;
            }
            if let Some(w) = self.np_ending_at(si, k, st, 0) {
                // (a name of no known kind opening the sentence speaks too:
                // `Debenhams remained bullish and said`)
                return (w.actor.is_none_or(|a| {
                    self.is_speaker_kind(a) || k == st && self.reg.actors[a].kind.is_none()
                }))
                .then_some(w);
            }
        }
        None
    }

    /// The person an unnamed noun phrase stands in apposition to: `Doug Allred, a
    /// spokesman for the hospital` (the phrase) gives Doug Allred. Looks no further
    /// left than `lo`.
    fn appositive_name(&self, si: usize, np: &Who, lo: usize) -> Option<Who> {
        if np.actor.is_some() || np.seg != si {
            return None;
        }
        let start = self.tok_from(si, np.s)?;
        // back over the phrase's determiner and modifiers to its comma
        let mut c = start;
        while c > lo && c + 8 > start {
            c -= 1;
            if self.punct(si, c) == Some(',') {
                break;
            }
            if !self.is_word(si, c) {
                return None;
            }
        }
        if self.punct(si, c) != Some(',') || c == 0 {
            return None;
        }
        let m = self.person_ending_at(si, c)?;
        // (not a name inside a fronted phrase: `Speaking after talks with his
        // counterpart, Sergei Lavrov, the Labour leader said`)
        let ss = self.sentence_start(si, c).max(lo);
        if m.full_s > ss && self.is_word(si, ss) && actors::fronted_opener(self.lower(si, ss)) {
            return None;
        }
        (m.full_s >= lo).then(|| self.who_of_mention(si, m))
    }

    fn is_speaker_kind(&self, a: usize) -> bool {
        matches!(
            self.reg.actors[a].kind,
            Some(ActorKind::Person) | Some(ActorKind::Organization)
        )
    }

    /// The subject of a verb at `v`: the noun phrase before it (skipping hedges and an
    /// appositive), looking no further left than `lo`.
    /// The person named before `, ROLE of|for|at BODY VERB` with the appositive's
    /// closing comma left out (the verb at `v`).
    fn unclosed_appositive(&self, si: usize, v: usize, lo: usize) -> Option<actors::Mention> {
        // `SallyAnn Kelly, Aberlour Chief Executive said`: a body and a capitalised
        // title left unclosed
        if v > lo + 2
            && self.is_word(si, v - 1)
            && is_cap(self.word(si, v - 1))
            && lexicon().title_heads.contains(self.lower(si, v - 1))
            && let Some(c) = (v.saturating_sub(6).max(lo)..v - 1)
                .rev()
                .find(|&j| self.punct(si, j) == Some(','))
            && c > lo
            && (c + 1..v).all(|j| self.is_word(si, j) && is_cap(self.word(si, j)))
            // (a name of unknown kind will do: its title says person)
            && let Some(m) = self.mention_at(si, c - 1).filter(|m| {
                m.e == c
                    && !matches!(
                        self.reg.actors[self.reg.resolve(m.actor)].kind,
                        Some(ActorKind::Place | ActorKind::Organization)
                    )
            })
        {
            return Some(m);
        }
        let p = (v.saturating_sub(7).max(lo)..v)
            .rev()
            .take_while(|&j| self.is_word(si, j) && !self.segs[si].in_quote[j])
            .find(|&j| matches!(self.lower(si, j), "of" | "for" | "at"))?;
        let c = (p.saturating_sub(5).max(lo)..p)
            .rev()
            .find(|&j| self.punct(si, j) == Some(','))?;
        if c <= lo
            || !(c + 1..p).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
            || !(c + 1..p).any(|j| {
                let w = self.lower(si, j);
                lexicon().title_heads.contains(w)
                    || lexicon().nominal_speakers.contains(w)
                    || w.ends_with("person")
                    || w.ends_with("man")
                    || w.ends_with("woman")
            })
        {
            return None;
        }
        self.person_ending_at(si, c)
    }

    /// `The news release about the charges against the officers says`, `An RCMP
    /// report issued Jan. 5 says`: a document opening the sentence, then a phrase on
    /// what it is about or when it came out, then the verb at `v`. The document speaks,
    /// not the last noun before the verb.
    fn document_with_its_phrase(&self, si: usize, v: usize, lo: usize) -> Option<Who> {
        let ss = self.sentence_start(si, v).max(lo);
        if v < ss + 3 {
            return None;
        }
        if !matches!(
            self.lower_or_empty(si, ss),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        ) {
            return None;
        }
        let lx = lexicon();
        // the document noun within the first five words, after a determiner
        let d = (ss + 1..(ss + 6).min(v - 1))
            .find(|&j| self.is_word(si, j) && lx.document_nouns.contains(self.lower(si, j)))?;
        if !(ss + 1..d).all(|j| self.is_word(si, j) && self.verb_at(si, j).is_none()) {
            return None;
        }
        let after = self.lower_or_empty(si, d + 1);
        let phrase = matches!(
            after,
            "about" | "on" | "into" | "against" | "over" | "regarding" | "concerning"
        ) || matches!(
            after,
            "issued" | "released" | "published" | "dated" | "sent"
        ) && self.time_phrase_end(si, d + 2, v).is_some_and(|t| t == v)
            || matches!(
                after,
                "issued" | "released" | "published" | "dated" | "sent"
            ) && self.segs[si]
                .toks
                .get(d + 2)
                .is_some_and(|t| t.kind == Tk::Word && is_cap(&self.segs[si].text[t.s..t.e]))
                && (d + 2..v).all(|j| {
                    self.segs[si].toks[j].kind == Tk::Num
                        || self.punct(si, j) == Some('.')
                        || self.is_word(si, j) && self.word(si, j).len() <= 5
                });
        if !phrase
            || !(d + 2..v).all(|j| {
                (self.is_word(si, j)
                    || self.segs[si].toks[j].kind == Tk::Num
                    || self.punct(si, j) == Some('.') && j + 1 < v)
                    && !self.segs[si].in_quote[j]
                    && (!self.is_word(si, j)
                        || self.verb_at(si, j).is_none()
                            && !AUX.contains(&self.lower(si, j))
                            && !matches!(self.lower(si, j), "that" | "which" | "who"))
            })
        {
            return None;
        }
        self.np_ending(si, d, ss)
    }

    fn subject_before(&self, si: usize, v: usize, lo: usize) -> Option<Who> {
        if let Some(w) = self.document_with_its_phrase(si, v, lo) {
            return Some(w);
        }
        // `Mr Lynch's letter to Ms Sturgeon states`: a document speaks for its writer,
        // not for the one it is addressed to
        if v >= lo + 3
            && let Some(to) = (v.saturating_sub(6).max(lo + 1)..v)
                .rev()
                .take_while(|&j| self.is_word(si, j) && self.verb_at(si, j).is_none())
                .find(|&j| self.lower(si, j) == "to")
            && self.is_word(si, to - 1)
            && lexicon().document_nouns.contains(self.lower(si, to - 1))
            && let Some(w) = self.np_ending(si, to - 1, lo)
            // (`Ncube in a letter to Mwonzora said`: the occasion, see below)
            && !self.tok_from(si, w.s).is_some_and(|t| {
                t > lo
                    && self.is_word(si, t - 1)
                    && matches!(self.lower(si, t - 1), "in" | "at" | "during" | "via" | "by")
            })
        {
            return Some(w);
        }
        // `SSP Farrukh Raza in a media briefing said`, `Smith in a statement said`: the
        // occasion, set between the subject and its verb, does not speak
        if v >= lo + 4
            && self.is_word(si, v - 1)
            && matches!(
                self.lower(si, v - 1),
                "statement"
                    | "briefing"
                    | "interview"
                    | "conference"
                    | "meeting"
                    | "speech"
                    | "post"
                    | "video"
                    | "letter"
                    | "message"
                    | "address"
                    | "release"
                    | "session"
                    | "hearing"
            )
            && let Some(p) = (v.saturating_sub(5).max(lo + 1)..v - 1).rev().find(|&j| {
                self.is_word(si, j) && matches!(self.lower(si, j), "in" | "during" | "at")
            })
            && (p + 1..v).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
            && let Some(m) = self.mention_at(si, p - 1)
            && m.e == p
            && matches!(
                self.reg.actors[self.reg.resolve(m.actor)].kind,
                Some(ActorKind::Person | ActorKind::Organization)
            )
        {
            // (of two joined subjects, the first: `A and B in a briefing said`)
            if m.full_s >= lo + 2
                && self.is_word(si, m.full_s - 1)
                && self.lower(si, m.full_s - 1) == "and"
                && let Some(f) = self.np_ending(si, m.full_s - 2, lo)
                && f.actor.is_some()
            {
                return Some(f);
            }
            return Some(self.who_of_mention(si, m));
        }
        // `Xavier Nyamu speaking moments after the court ruled, said`: a person, a
        // participle of speaking with no comma before it, its phrase, then the verb
        if v >= lo + 3
            && self.punct(si, v - 1) == Some(',')
            && let Some(pp) = (v.saturating_sub(30).max(lo + 1)..v).rev().find(|&j| {
                self.is_word(si, j)
                    && matches!(
                        self.lower(si, j),
                        "speaking"
                            | "addressing"
                            | "testifying"
                            | "appearing"
                            | "commenting"
                            | "responding"
                            | "reacting"
                            | "talking"
                    )
            })
            && let Some(m) = self.mention_at(si, pp - 1)
            && m.e == pp
            && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
            && !(pp + 1..v).any(|j| {
                self.segs[si].in_quote[j]
                    || matches!(self.punct(si, j), Some('.' | ';' | ':'))
                    || self.verb_at(si, j).is_some_and(reporting_verb)
                        && !self.lower(si, j).ends_with("ing")
            })
        {
            return Some(self.who_of_mention(si, m));
        }
        let mut np = self.subject_before_np(si, v, lo);
        // `Bob Collymore who has been on leave since October said that ...`: a person,
        // a relative clause on them without commas, then the verb
        if np.is_none()
            && let Some(w) = (v.saturating_sub(16).max(lo + 1)..v.saturating_sub(2))
                .rev()
                .find(|&j| self.is_word(si, j) && self.lower(si, j) == "who")
            && (w + 1..v).all(|j| {
                !self.segs[si].in_quote[j]
                    && (self.is_word(si, j) || self.segs[si].toks[j].kind == Tk::Num)
                    && self.verb_at(si, j).is_none()
            })
            // (or the clause opened by a comma and left unclosed: `Mathias Mpuuga, who
            // led the protest wondered if ...`)
            && let n = w - usize::from(w >= lo + 2 && self.punct(si, w - 1) == Some(','))
            && let Some(m) = self.mention_at(si, n - 1)
            && m.e == n
            && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
            && (m.full_s
                == self.after_fronted(si, self.sentence_start(si, m.full_s).max(lo), m.full_s + 1)
                // (after its own appositive: `Leader of Opposition, Mathias Mpuuga, who`)
                || m.full_s > lo && self.punct(si, m.full_s - 1) == Some(','))
        {
            np = Some(self.who_of_mention(si, m));
        }
        // `Grace Siu, vice-chairperson of the Flight Attendants Union said`, `Philipp
        // Rahn, senior counsel for the defence said`: an appositive left unclosed
        // before the verb; the person it describes speaks
        if np.as_ref().is_none_or(|w| {
            w.seg == si
                && w.actor.is_none_or(|a| {
                    matches!(
                        self.reg.actors[a].kind,
                        Some(ActorKind::Organization | ActorKind::Place)
                    )
                })
        }) && let Some(m) = self.unclosed_appositive(si, v, lo)
        {
            return Some(self.who_of_mention(si, m));
        }
        let who = np?;
        // `board members, including former US vice president Al Gore, said`: the
        // members speak, the name only belongs among them
        if who.seg == si
            && let Some(t0) = self.tok_from(si, who.s)
            && let Some(inc) = (t0.saturating_sub(6).max(lo)..t0).rev().find(|&j| {
                self.is_word(si, j) && matches!(self.lower(si, j), "including" | "among")
            })
            && inc >= lo + 2
            && self.punct(si, inc - 1) == Some(',')
            && let Some(first) = self.np_ending(si, inc - 2, lo)
        {
            return Some(first);
        }
        // `Police and an AFP photographer said`, `Anna Varga and Peter Brandt said`: of
        // two joined subjects opening the sentence, the first speaks (and leads)
        // (past the second one's role: `Singapore's Foreign Minister Vivian
        // Balakrishnan and his Chinese counterpart Wang Yi said`)
        let t0 = self.tok_from(si, who.s).map(|t0| {
            (t0.saturating_sub(5).max(lo + 1)..t0)
                .rev()
                .find(|&a| {
                    self.is_word(si, a - 1)
                        && self.lower(si, a - 1) == "and"
                        && matches!(self.lower(si, a), "his" | "her" | "their" | "its")
                        && (a + 1..t0).all(|j| {
                            self.is_word(si, j)
                                && self.mention_at(si, j).is_none_or(|m| {
                                    self.reg.actors[self.reg.resolve(m.actor)].kind
                                        == Some(ActorKind::Place)
                                })
                        })
                        && t0 > a + 1
                        && !is_cap(self.word(si, t0 - 1))
                })
                .unwrap_or(t0)
        });
        if who.seg == si
            && let Some(t0) = t0
            && t0 >= lo + 2
            && self.is_word(si, t0 - 1)
            && self.lower(si, t0 - 1) == "and"
            && let Some(first) = self.np_ending(si, t0 - 2, lo)
            && first.seg == si
            && first.actor.is_some() == who.actor.is_some()
            // (`Environment and Water Resources Minister Masagos Zulkifli said`: a
            // portfolio, no speaker)
            && first.actor.is_none_or(|a| {
                matches!(
                    self.reg.actors[self.reg.resolve(a)].kind,
                    Some(ActorKind::Person | ActorKind::Organization)
                )
            })
            && self.tok_from(si, first.s).is_some_and(|f| {
                let st = self.after_fronted(si, self.sentence_start(si, f).max(lo), t0);
                // (after its article: `The NBRU and Siptu issued statements`; or a
                // country's possessive: `Singapore's Foreign Minister ... and`)
                f == st
                    || f == st + 1
                        && (self.lower_or_empty(si, st) == "the"
                            || self.is_word(si, st)
                                && strip_possessive(self.word(si, st)).1
                                && is_cap(self.word(si, st)))
            })
        {
            return Some(first);
        }
        // `The lawyer for the accused Khanyiswa Mkhabe said`: a role, then the person's
        // name right before the verb; the person speaks
        if who.actor.is_none()
            && who.seg == si
            && let Some(m) = self.person_ending_at(si, v)
            && !m.has_title
            && self.segs[si].toks[m.full_s].s > who.s
            && self.segs[si].toks[m.e - 1].e <= who.e
            // (not after a preposition: `A colleague of Carrivick said`)
            && !(m.full_s > 0
                && self.is_word(si, m.full_s - 1)
                && matches!(
                    self.lower(si, m.full_s - 1),
                    "of" | "for" | "to" | "with" | "by" | "from" | "at" | "in" | "on" | "and"
                ))
        {
            return Some(self.who_of_mention(si, m));
        }
        // `Jerome Powell, testifying before a Senate panel on Tuesday said`: a participle
        // phrase opened by a comma after a person and never closed; the person speaks
        if who.seg == si
            && let Some(t0) = self.tok_from(si, who.s)
            && let Some(c) = (lo.max(t0.saturating_sub(12))..t0)
                .rev()
                .find(|&j| self.punct(si, j) == Some(','))
            && !(c + 1..v).any(|j| {
                matches!(
                    self.punct(si, j),
                    Some(',' | ';' | ':' | '.' | '—' | '–' | '!' | '?')
                )
            })
            && self.is_word(si, c + 1)
            && self.lower(si, c + 1).ends_with("ing")
            && c > lo
            && let Some(m) = self.person_ending_at(si, c)
            && who.actor != Some(self.reg.resolve(m.actor))
        {
            return Some(self.who_of_mention(si, m));
        }
        // `Dr Maria Lenz of the British Antarctic Survey said`: the person, not the
        // body she belongs to
        let kind = who.actor.and_then(|a| self.reg.actors[a].kind);
        if who.seg == si && kind != Some(ActorKind::Person) {
            let toks = &self.segs[si].toks;
            if let Ok(t) = toks.binary_search_by_key(&who.s, |t| t.s) {
                let mut j = t;
                // skip demonyms or determiners before the body's name
                while j > lo
                    && self.is_word(si, j - 1)
                    && (matches!(self.lower(si, j - 1), "the" | "a")
                        || self.mention_at(si, j - 1).is_some_and(|m| {
                            self.reg.actors[self.reg.resolve(m.actor)].kind
                                == Some(ActorKind::Place)
                        }))
                {
                    j -= 1;
                }
                if j >= lo + 2
                    && self.is_word(si, j - 1)
                    && matches!(self.lower(si, j - 1), "of" | "at" | "from")
                    && let Some(m) = self.mention_at(si, j - 2)
                    && {
                        let ab = &self.reg.actors[self.reg.resolve(m.actor)];
                        let k2 = ab.kind;
                        // (`KDFW-TV of Dallas-Fort Worth reported`: a body of a place)
                        k2 == Some(ActorKind::Person)
                            // (a name not typed yet that opens with a given name:
                            // `Gerald Fleming of Met Eireann said`)
                            || k2.is_none()
                                && ab.key.len() >= 2
                                && (ab.person_ev > 0
                                    || lexicon().given_names.contains(&ab.key[0]))
                            || kind == Some(ActorKind::Place)
                                && self.lower(si, j - 1) == "of"
                                && k2 != Some(ActorKind::Place)
                    }
                {
                    return Some(self.who_of_mention(si, m));
                }
                // `Headmasters and teachers in most parts of Zimbabwe said`: people
                // named by a plain noun, then where they are
                if kind == Some(ActorKind::Place)
                    && let Some(pp) = (j.saturating_sub(5).max(lo + 1)..j).rev().find(|&x| {
                        self.is_word(si, x)
                            && matches!(self.lower(si, x), "in" | "across" | "throughout" | "from")
                    })
                    && (pp + 1..j).all(|x| self.is_word(si, x) && !is_cap(self.word(si, x)))
                    && let Some(n) = self.plain_nominal(si, pp - 1, lo).or_else(|| {
                        // (bare, opening the sentence: `Headmasters and teachers`)
                        let ss = self.sentence_start(si, pp).max(lo);
                        // (of two joined, the first: `Headmasters`, as with names)
                        let pp = (ss + 1..pp)
                            .find(|&x| self.is_word(si, x) && self.lower(si, x) == "and")
                            .unwrap_or(pp);
                        (ss + 3 >= pp
                            && (ss..pp).all(|x| {
                                self.is_word(si, x)
                                    && (x == ss || !is_cap(self.word(si, x)))
                                    && self.mention_at(si, x).is_none()
                            }))
                        .then(|| {
                            let seg = &self.segs[si];
                            let text = seg.text[seg.toks[ss].s..seg.toks[pp - 1].e].to_string();
                            Who {
                                actor: None,
                                name: text.clone(),
                                mention: text.clone(),
                                seg: si,
                                s: seg.toks[ss].s,
                                e: seg.toks[pp - 1].e,
                            }
                        })
                    })
                    && (plural_nominal(&n.name) || person_nominal(&n.name).is_some())
                    && self.mention_at(si, pp - 1).is_none()
                {
                    return Some(n);
                }
                // `The Police Command in Lagos State says`: a body or person in a place
                if j >= lo + 2
                    && kind == Some(ActorKind::Place)
                    && self.is_word(si, j - 1)
                    && self.lower(si, j - 1) == "in"
                    && let Some(m) = self.mention_at(si, j - 2)
                    && matches!(
                        self.reg.actors[self.reg.resolve(m.actor)].kind,
                        Some(ActorKind::Organization | ActorKind::Person)
                    )
                {
                    return Some(self.who_of_mention(si, m));
                }
            }
        }
        Some(who)
    }

    fn subject_before_np(&self, si: usize, v: usize, lo: usize) -> Option<Who> {
        let lx = lexicon();
        let mut k = v;
        let mut bracket_org: Option<usize> = None;
        while k > lo {
            k -= 1;
            if self.is_word(si, k) {
                let w = self.lower(si, k);
                if AUX.contains(&w)
                    || lx.hedges.contains(w)
                    || manner_adverb(w) && !is_cap(self.word(si, k))
                    // (`has now told`, `had already said`)
                    || matches!(w, "now" | "just" | "already" | "since" | "again" | "still")
                        && k > lo
                        && self.is_word(si, k - 1)
                        && AUX.contains(&self.lower(si, k - 1))
                    // (letters after a name: `Judge Gerald Butler QC told`)
                    || k > lo
                        && actors::post_nominal(self.word(si, k))
                        && self.mention_at(si, k - 1).is_some()
                {
                    continue;
                }
                // `She went on to say that ...`: the subject of `went on`
                if k >= lo + 2 && self.went_on_to(si, k) {
                    k -= 2;
                    continue;
                }
                // `Ana Roe took to Twitter to say that ...`: the subject of `took`
                if let Some(j) = self.purpose_to(si, k).filter(|&j| j > lo) {
                    k = j;
                    continue;
                }
                // `The prosecutor on Tuesday said`, `X earlier this month said`
                if let Some(j) = self.time_phrase_before(si, k, lo) {
                    k = j;
                    // (a comma left before it alone: `The Electoral Commission (INEC),
                    // on Sunday cautioned`)
                    if k > lo + 1
                        && self.punct(si, k - 1) == Some(',')
                        && (self.punct(si, k - 2) == Some(')')
                            || self.mention_at(si, k - 2).is_some_and(|m| m.e == k - 1))
                    {
                        k -= 1;
                    }
                    continue;
                }
                // `Suresh Raina, who was Man-of-the-Match said`: a short relative clause
                // whose closing comma was left out; the person it hangs on speaks
                if let Some(r) = (k.saturating_sub(5).max(lo + 2)..k)
                    .rev()
                    .take_while(|&r| self.is_word(si, r))
                    .find(|&r| self.lower(si, r) == "who")
                    && self.punct(si, r - 1) == Some(',')
                    && self.is_word(si, r + 1)
                    && matches!(self.lower(si, r + 1), "was" | "is" | "had" | "has")
                    && let Some(n) = self.np_ending(si, r - 2, lo)
                    && n.actor
                        .is_some_and(|a| self.reg.actors[a].kind == Some(ActorKind::Person))
                {
                    return Some(n);
                }
                // `Anna Varga, who said`: the noun phrase the relative clause hangs on
                // (`Anthony Fauci, the top disease expert, who said`: the name)
                if matches!(w, "who" | "which") && k >= lo + 2 && self.punct(si, k - 1) == Some(',')
                {
                    return self
                        .np_ending(si, k - 2, lo)
                        .map(|n| self.appositive_name(si, &n, lo).unwrap_or(n));
                }
                // `said Sgt Donal Cronin who added that`: the comma left out after a
                // named person
                if w == "who"
                    && k > lo
                    && self.is_word(si, k - 1)
                    && let Some(n) = self.np_ending(si, k - 1, lo)
                    && n.actor
                        .is_some_and(|a| self.reg.actors[a].kind == Some(ActorKind::Person))
                {
                    return Some(n);
                }
                // `spoke to residents at the roundabout who said`: people named by a
                // plural noun, then where they were, then the relative clause
                if w == "who"
                    && k > lo + 2
                    && let Some(pp) = (k.saturating_sub(6).max(lo + 1)..k).find(|&x| {
                        self.is_word(si, x)
                            && matches!(self.lower(si, x), "at" | "in" | "near" | "outside")
                    })
                    && (pp + 1..k).all(|x| self.is_word(si, x))
                    && let Some(n) = self.np_ending(si, pp - 1, lo)
                    && n.actor.is_none()
                    && n.name.ends_with('s')
                {
                    return Some(n);
                }
                // `Marquez sounded optimistic and added:`: a second verb shares the
                // sentence's subject
                if matches!(w, "and" | "but") && k > lo + 1 {
                    // (inside a relative clause: `Helmersson, who has spent four years
                    // at the helm and said`)
                    if let Some(r) = self
                        .comma_relative_before(si, k, lo, &["who"])
                        .filter(|&r| r >= lo + 2)
                        && !(r + 1..k)
                            .any(|j| self.punct(si, j).is_some() || self.segs[si].in_quote[j])
                        && let Some(n) = self.np_ending(si, r - 2, lo)
                    {
                        return Some(self.appositive_name(si, &n, lo).unwrap_or(n));
                    }
                    return self.coordinated_subject(si, lo, k);
                }
                // a plain noun speaks only with a verb of saying (`the petitioner told`,
                // not `the numbers suggest`)
                let saying = self.verb_at(si, v).is_some_and(|b| {
                    matches!(
                        b,
                        "say"
                            | "tell"
                            | "add"
                            | "ask"
                            | "reply"
                            | "answer"
                            | "respond"
                            | "write"
                            | "testify"
                            | "explain"
                            | "insist"
                            | "claim"
                            | "warn"
                            | "argue"
                            | "state"
                            | "recall"
                            | "admit"
                            | "shout"
                            | "whisper"
                            | "complain"
                            | "contend"
                            | "allege"
                            | "assert"
                            | "deny"
                            | "concede"
                            | "acknowledge"
                            | "stress"
                    )
                });
                if let Some(w) = self.role_of_body(si, k, lo) {
                    return Some(w);
                }
                // `the four largest indigenous groups in the area said`: a place phrase
                // in lower case after the speaking noun
                if saying
                    && let Some(p) = (k.saturating_sub(3).max(lo + 1)..k).rev().find(|&p| {
                        self.is_word(si, p)
                            && matches!(self.lower(si, p), "in" | "across" | "around" | "near")
                    })
                    && (p + 1..=k).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
                    && self.is_word(si, p - 1)
                    && {
                        let h = self.lower(si, p - 1);
                        lexicon().nominal_speakers.contains(h)
                            || h.strip_suffix('s')
                                .is_some_and(|x| lexicon().nominal_speakers.contains(x))
                    }
                    && let Some(h) = self
                        .np_ending(si, p - 1, lo)
                        .or_else(|| self.plain_nominal(si, p - 1, lo))
                {
                    return Some(h);
                }
                let np = self
                    .np_ending(si, k, lo)
                    .or_else(|| saying.then(|| self.plain_nominal(si, k, lo)).flatten());
                // `Albert Ncube in a letter to Douglas Mwonzora said`: the one written
                // to is no subject; the name before the phrase is
                if let Some(n) = &np
                    && let Some(t0) = self.tok_from(si, n.s)
                    && let Some(m) = self.subject_before_addressee(si, t0, lo)
                {
                    return Some(self.who_of_mention(si, m));
                }
                // `A pensioner who lives in a village in Wales says`: the name ends a
                // relative clause; the noun the clause hangs on speaks
                if let Some(n) = &np
                    && let Some(t0) = self.tok_from(si, n.s)
                    && let Some(h) = self.relative_head_before(si, t0, lo)
                {
                    return Some(h);
                }
                // `the national aerospace and space agency (JAXA) said`: a body's
                // common noun, named by the acronym after it
                if let Some(n) = &np
                    && n.actor.is_none()
                    && let Some(a) = bracket_org
                {
                    let mut n = n.clone();
                    n.actor = Some(a);
                    n.name = self.reg.actors[a].name.clone();
                    return Some(n);
                }
                return np;
            }
            match self.punct(si, k) {
                // `Human Genome Sciences Inc. said`: the dot of an abbreviation ending
                // the name
                Some('.')
                    if k > lo
                        && self.is_word(si, k - 1)
                        && self.segs[si].toks[k - 1].e == self.segs[si].toks[k].s
                        && self.mention_at(si, k - 1).is_some() =>
                {
                    continue;
                }
                // `the Council of Northern States (CNS) urged`: skip the acronym
                Some(')') => match (lo..k).rev().find(|&j| self.punct(si, j) == Some('(')) {
                    Some(o) if k - o <= 4 => {
                        bracket_org = self
                            .mention_at(si, o + 1)
                            .map(|m| self.reg.resolve(m.actor))
                            .filter(|&a| self.reg.actors[a].kind == Some(ActorKind::Organization));
                        k = o;
                        continue;
                    }
                    _ => return None,
                },
                Some(',') | Some('—') | Some('–') => {
                    // appositive: `Jane Roe, 43, a nurse in Valdor, said`
                    let mut j = k;
                    let mut steps = 0;
                    let mut inner_person = None;
                    while j > lo && steps < 30 {
                        j -= 1;
                        steps += 1;
                        if self.segs[si].in_quote[j] {
                            // (a few quoted words inside the appositive are passed over:
                            // `Allan Hubley, under fire for a letter saying members were
                            // “doing damage”, says`)
                            let seg = &self.segs[si];
                            match seg.span_of[j].map(|x| &seg.spans[x as usize]) {
                                Some(sp)
                                    if sp.close.is_some_and(|c| c <= k && c - sp.open <= 7)
                                        && sp.open > lo =>
                                {
                                    steps -= 1;
                                    j = sp.open;
                                    continue;
                                }
                                _ => break,
                            }
                        }
                        if let Some(m) = self.mention_at(si, j)
                            && m.e == j + 1
                            // (not one written or spoken to: `Albert Ncube, in a letter to
                            // Douglas Mwonzora, said`)
                            && !self.addressee_at(si, m.full_s)
                            && (matches!(self.punct(si, m.e), Some(',') | Some('—') | Some('–'))
                                // (`Professor Terry Hughes from James Cook University,`)
                                || self.is_word(si, m.e)
                                    && matches!(self.lower(si, m.e), "from" | "of" | "at")
                                    && self.mention_at(si, m.e + 1).is_some_and(|b| {
                                        b.full_s == m.e + 1 && b.e == k && self.punct(si, k) == Some(',')
                                    }))
                        {
                            let a = self.reg.resolve(m.actor);
                            // (a body opening the sentence, described between dashes
                            // or commas: `X-Press Shipping – the Singapore based company
                            // which owns the vessel – confirmed`)
                            if self.reg.actors[a].kind == Some(ActorKind::Organization)
                                && m.full_s
                                    == self.after_fronted(
                                        si,
                                        self.sentence_start(si, m.full_s).max(lo),
                                        m.full_s + 1,
                                    )
                                && matches!(self.lower_or_empty(si, m.e + 1), "the" | "a" | "an")
                                && self.punct(si, m.e) == self.punct(si, k)
                            {
                                return Some(self.who_of_mention(si, m));
                            }
                            if self.reg.actors[a].kind == Some(ActorKind::Person) {
                                // (a name inside the appositive's phrase is no subject
                                // while a name opens the sentence: `Salman Butt, the
                                // coach of Pakistan's hero Arshad Nadeem, told`)
                                // (nor one inside a relative clause, past brackets or
                                // commas of its own: `Dr Husnina, who was representing
                                // deputy director-general (public health) Datuk Dr
                                // Norhayati Rusli, said`)
                                let inner = m.full_s > lo
                                    && (self.is_word(si, m.full_s - 1)
                                        && !is_cap(self.word(si, m.full_s - 1))
                                        || self
                                            .comma_relative_before(si, m.full_s, lo, &["who"])
                                            .is_some_and(|r| r >= lo + 2));
                                if inner {
                                    inner_person.get_or_insert(m);
                                    continue;
                                }
                                return Some(self.who_of_mention(si, m));
                            }
                        }
                    }
                    if let Some(m) = inner_person {
                        return Some(self.who_of_mention(si, m));
                    }
                    // `Toyota, based in Toyota city in Aichi, central Japan, said`: a
                    // participle's phrase (with commas of its own) after a body or a
                    // person; they speak
                    if let Some(w) = (lo.max(k.saturating_sub(20)) + 1..k)
                        .filter(|&c| {
                            self.punct(si, c) == Some(',')
                                && !self.segs[si].in_quote[c]
                                && self.is_word(si, c + 1)
                                && !is_cap(self.word(si, c + 1))
                                && {
                                    let w = self.lower(si, c + 1);
                                    matches!(
                                        w,
                                        "based"
                                            | "headquartered"
                                            | "located"
                                            | "founded"
                                            | "owned"
                                            | "controlled"
                                            | "listed"
                                            | "known"
                                            | "run"
                                            | "led"
                                    )
                                }
                        })
                        .find_map(|c| {
                            let n = self.np_ending(si, c - 1, lo)?;
                            let a = self.reg.resolve(n.actor?);
                            matches!(
                                self.reg.actors[a].kind,
                                Some(ActorKind::Person | ActorKind::Organization)
                            )
                            .then_some(n)
                        })
                    {
                        return Some(w);
                    }
                    // `Prime Minister Abiy Ahmed who signed the MOU with President Muse
                    // Bihi Abdi in the capital, wrote`: a relative clause whose opening
                    // comma was left out; the person it hangs on speaks
                    if let Some(r) = (lo.max(k.saturating_sub(24)) + 1..k)
                        .rev()
                        .take_while(|&j| self.punct(si, j).is_none() && !self.segs[si].in_quote[j])
                        .find(|&j| self.is_word(si, j) && self.lower(si, j) == "who")
                        && let Some(m) = self.mention_at(si, r - 1)
                        && m.e == r
                        && self.reg.actors[self.reg.resolve(m.actor)].kind
                            == Some(ActorKind::Person)
                    {
                        return Some(self.who_of_mention(si, m));
                    }
                    // `A senior diplomat, speaking on condition of anonymity, said`: the
                    // noun phrase before the parenthetical
                    let mut c1 = (lo.max(k.saturating_sub(14))..k)
                        .rev()
                        .find(|&j| self.punct(si, j) == Some(',') && !self.segs[si].in_quote[j])
                        // (a longer relative clause: `The JAMPRO Head, who was addressing
                        // a session of the ... Conference in Kingston on July 25, noted`)
                        .or_else(|| {
                            (lo.max(k.saturating_sub(24))..k).rev().find(|&j| {
                                self.punct(si, j) == Some(',')
                                    && !self.segs[si].in_quote[j]
                                    && self.is_word(si, j + 1)
                                    && self.lower(si, j + 1) == "who"
                            })
                        });
                    // (not the one written to: `The inmates, in a letter to Mickel Jackson,
                    // executive director of ..., had claimed`: the phrase before)
                    let mut hops = 0;
                    while let Some(c) = c1
                        && c > lo + 1
                        && hops < 2
                        && self
                            .np_ending(si, c - 1, lo)
                            .and_then(|n| self.tok_from(si, n.s))
                            .is_some_and(|t| self.addressee_at(si, t))
                    {
                        hops += 1;
                        c1 = (lo.max(c.saturating_sub(14))..c).rev().find(|&j| {
                            self.punct(si, j) == Some(',') && !self.segs[si].in_quote[j]
                        });
                    }
                    if let Some(c1) = c1
                        && c1 > lo
                    {
                        // (past a bracketed acronym: `The Marine Park Authority (GBRMPA),
                        // the official authority that ..., said`)
                        let mut e = c1 - 1;
                        if self.punct(si, e) == Some(')')
                            && let Some(o) = (lo..e).rev().find(|&j| self.punct(si, j) == Some('('))
                            && e - o <= 4
                            && o > lo
                        {
                            e = o - 1;
                        }
                        // (or people named by a plain noun: `The inmates, in a letter to
                        // Mickel Jackson, had claimed`)
                        return self.np_ending(si, e, lo).or_else(|| {
                            self.plain_nominal(si, e, lo)
                                .filter(|w| {
                                    plural_nominal(&w.name) || person_nominal(&w.name).is_some()
                                })
                                .or_else(|| {
                                    // (a person placed somewhere: `another worker within
                                    // the same premises, who is older ..., said`)
                                    let t =
                                        (lo.max(e.saturating_sub(4)) + 1..e).rev().find(|&j| {
                                            self.is_word(si, j)
                                                && matches!(
                                                    self.lower(si, j),
                                                    "within"
                                                        | "in"
                                                        | "at"
                                                        | "from"
                                                        | "inside"
                                                        | "near"
                                                )
                                        })?;
                                    self.plain_nominal(si, t - 1, lo)
                                        .filter(|h| person_nominal(&h.name).is_some())
                                })
                        });
                    }
                    return None;
                }
                _ => return None,
            }
        }
        None
    }

    /// The noun phrase starting at `k` (for `said Foreign Minister Anna Varga`).
    fn np_after(&self, si: usize, k: usize, hi: usize) -> Option<Who> {
        let w = self.np_after_raw(si, k, hi)?;
        Some(self.holder_of_body_title(si, &w).unwrap_or(w))
    }

    fn np_after_raw(&self, si: usize, k: usize, hi: usize) -> Option<Who> {
        let lx = lexicon();
        let mut k = k;
        while k < hi && self.is_word(si, k) && lx.hedges.contains(self.lower(si, k)) {
            k += 1;
        }
        if k >= hi || !self.is_word(si, k) || self.lower(si, k) == "that" {
            return None;
        }
        // `warns the chief executive of Wesfarmers, Michael Chaney.`: a role, then the
        // person's name set off after it, closing the sentence
        // (or a capitalised title with no article: `said Chief District Officer of
        // Parbat, Shambhu Regmi.`)
        let det = matches!(self.lower(si, k), "the" | "a" | "an" | "its" | "their");
        let title_first = || {
            !det && is_cap(self.word(si, k)) && {
                let l = self.lower(si, k);
                lexicon().is_title(l)
                    || lexicon().title_heads.contains(l)
                    || lexicon().is_honorific(self.word(si, k))
            }
        };
        if let Some(c) = (k + 2..hi.min(k + 9)).find(|&j| !self.is_word(si, j))
            && self.punct(si, c) == Some(',')
            && (det || title_first())
            && (k + 1..c).all(|j| self.verb_at(si, j).is_none())
            && (k + usize::from(det)..c).any(|j| {
                let l = self.lower(si, j);
                lexicon().is_title(l)
                    || lexicon().title_heads.contains(l)
                    || lexicon().nominal_speakers.contains(l)
            })
            && let Some(m) = self.mention_at(si, c + 1)
            && m.s == c + 1
            && !matches!(
                self.reg.actors[self.reg.resolve(m.actor)].kind,
                Some(ActorKind::Place | ActorKind::Organization)
            )
            && (m.e >= hi || !self.is_word(si, m.e) && self.punct(si, m.e) != Some(','))
        {
            return Some(self.who_of_mention(si, m));
        }
        // `shouted one of the students`: one or some of a group of people
        if matches!(
            self.lower(si, k),
            "one" | "some" | "many" | "several" | "two" | "three" | "most" | "each"
        ) && self.lower_or_empty(si, k + 1) == "of"
            && self.is_word(si, k + 2)
            && matches!(
                self.lower(si, k + 2),
                "the" | "his" | "her" | "their" | "its" | "our" | "those" | "these"
            )
            && let Some(g) = self.np_after_raw(si, k + 2, hi)
            && g.actor.is_none()
            && g.seg == si
        {
            let s = &self.segs[si];
            let text = s.text[s.toks[k].s..g.e].to_string();
            return Some(Who {
                actor: None,
                name: text.clone(),
                mention: text,
                seg: si,
                s: s.toks[k].s,
                e: g.e,
            });
        }
        // `said his barrister Antony Longworth`, `said her lawyer, Ann Lee`: a
        // possessive, the role in lower case, then the person who speaks
        if matches!(self.lower(si, k), "his" | "her" | "their" | "its" | "our")
            && let Some(p) = (k + 2..hi.min(k + 6))
                .find_map(|j| self.mention_at(si, j).filter(|p| p.full_s == j))
            && (k + 1..p.full_s).all(|j| {
                self.is_word(si, j) && !is_cap(self.word(si, j))
                    || j == p.full_s - 1 && self.punct(si, j) == Some(',')
            })
            && (k + 1..p.full_s).any(|j| {
                self.is_word(si, j) && {
                    let l = self.lower(si, j);
                    lx.is_title(l) || lx.title_heads.contains(l) || lx.nominal_speakers.contains(l)
                }
            })
            && self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
        {
            return Some(self.who_of_mention(si, p));
        }
        // `According to him, ...`: an object pronoun standing alone
        if matches!(self.lower(si, k), "him" | "her" | "them")
            && (k + 1 >= hi || !self.is_word(si, k + 1))
            && let Some(&pc) = lx.pronouns.get(self.lower(si, k))
        {
            let w = self.lower(si, k);
            return self.resolve_pronoun(si, k, k, self.word(si, k), pc, w);
        }
        if let Some(m) = self.mention_at(si, k) {
            let a = self.reg.resolve(m.actor);
            // `said Highbury Canco President and CEO Sam Diab`: a body's office, `and`,
            // a second office and the person holding both
            if self.reg.actors[a].kind != Some(ActorKind::Person)
                && lx.title_heads.contains(self.lower(si, m.e - 1))
                && self.is_word(si, m.e)
                && self.lower(si, m.e) == "and"
                && let Some(p) = self.mention_at(si, m.e + 1)
                && p.has_title
                && p.full_s == m.e + 1
                && self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
            {
                return Some(self.who_of_mention(si, p));
            }
            // `Ruritanian FM`, `Valdor officials`: a place used as an adjective
            let adjective = self.reg.actors[a].kind == Some(ActorKind::Place)
                && self.is_word(si, m.e)
                && self.mention_at(si, m.e).is_none();
            // `said Murray's defense attorney Dave Mejia`, `said Boston's Jason Terry`: a
            // possessor, up to three words of role, then the person who speaks
            if strip_possessive(self.word(si, m.e - 1)).1
                && let Some(p) = (m.e..hi.min(m.e + 4))
                    .take_while(|&j| self.is_word(si, j))
                    .find_map(|j| self.mention_at(si, j).filter(|p| p.full_s == j))
                && (m.e..p.full_s).all(|j| !is_cap(self.word(si, j)))
                && self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
            {
                return Some(self.who_of_mention(si, p));
            }
            // `said Rovers coach Peter Lenz`, `said Norbank chief executive Karl Hofer`:
            // a team or company before a role, then the person
            if self.reg.actors[a].kind != Some(ActorKind::Person) {
                // `said City of Waterloo Mayor Dorothy McCabe`: a body named `X of
                // Place`, then the person with a title of their own
                if self.is_word(si, m.e)
                    && self.lower(si, m.e) == "of"
                    && let Some(q) = self.mention_at(si, m.e + 1)
                    && q.full_s == m.e + 1
                {
                    let person = |p: &actors::Mention| {
                        self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
                    };
                    // (the place and the title read as one mention of the person)
                    if q.has_title && person(&q) {
                        return Some(self.who_of_mention(si, q));
                    }
                    if !person(&q)
                        && let Some(p) = self.mention_at(si, q.e)
                        && p.full_s == q.e
                        && p.has_title
                        && person(&p)
                    {
                        return Some(self.who_of_mention(si, p));
                    }
                }
                // `said Fresno County Coroner Dr. David Hadden`: a place, then the
                // person with a title of their own
                if let Some(p) = self.mention_at(si, m.e)
                    && p.full_s == m.e
                    && p.has_title
                    && self.reg.actors[self.reg.resolve(p.actor)].kind != Some(ActorKind::Place)
                {
                    return Some(self.who_of_mention(si, p));
                }
                let mut j = m.e;
                // (`Election Commission (EC) chairman Azhar Harun`: its acronym first)
                if self.punct(si, j) == Some('(')
                    && self.is_word(si, j + 1)
                    && self.punct(si, j + 2) == Some(')')
                {
                    j += 3;
                }
                // (a local's number: `said UNIFOR Local 233 president Stephane
                // Lefebvre`)
                if j < hi && self.segs[si].toks[j].kind == Tk::Num {
                    j += 1;
                }
                let e0 = j;
                let mut roles = 0;
                while j < hi.min(e0 + 4) && self.is_word(si, j) && self.mention_at(si, j).is_none()
                {
                    if lx.is_title(self.lower(si, j)) {
                        roles += 1;
                    }
                    j += 1;
                }
                if roles > 0
                    && j < hi
                    && let Some(p) = self.mention_at(si, j)
                    && p.full_s == j
                    && self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
                {
                    return Some(self.who_of_mention(si, p));
                }
                // (a longer role with its seat: `said Conservative member of parliament
                // for nearby Durham Erin O'Toole`)
                if self.is_word(si, e0)
                    && (1..=3).any(|n| {
                        (e0..e0 + n).all(|x| self.is_word(si, x))
                            && lx.is_title(
                                &(e0..e0 + n)
                                    .map(|x| self.lower(si, x))
                                    .collect::<Vec<_>>()
                                    .join(" "),
                            )
                    })
                    && let Some(p) = (e0 + 1..hi.min(e0 + 9))
                        .take_while(|&x| self.is_word(si, x))
                        .filter_map(|x| self.mention_at(si, x).filter(|p| p.full_s == x))
                        .find(|p| {
                            self.reg.actors[self.reg.resolve(p.actor)].kind
                                == Some(ActorKind::Person)
                        })
                    && (e0 + 1..p.full_s)
                        .any(|x| self.is_word(si, x) && matches!(self.lower(si, x), "of" | "for"))
                {
                    return Some(self.who_of_mention(si, p));
                }
            }
            if !adjective {
                return Some(self.who_of_mention(si, m));
            }
        }
        // `said the Irishman`, `said the 67-year-old Brazilian`: a person named by
        // nationality
        if self.lower(si, k) == "the"
            && let Some(h) = (k + 1..hi.min(k + 4))
                .take_while(|&j| self.is_word(si, j))
                .find(|&j| is_cap(self.word(si, j)))
            && (k + 1..h).all(|j| !is_cap(self.word(si, j)))
            && self
                .mention_at(si, h)
                .is_some_and(|m| m.full_s == h && m.e == h + 1)
            && lx.is_epithet(strip_possessive(self.lower(si, h)).0)
        {
            return Some(self.nominal_from(si, k, h));
        }
        // scan forward to the end of a determiner phrase: find the head
        let mut j = k;
        let mut last_head: Option<usize> = None;
        while j < hi && j < k + 7 && self.is_word(si, j) {
            if let Some(m) = self.mention_at(si, j) {
                // `the foreign minister, Anna Varga` / `the Ruritanian president` with name
                let kind = self.reg.actors[self.reg.resolve(m.actor)].kind;
                // (one adjective may come between: `the federal Centers for ...`)
                let det_then_name = (j == k + 1
                    || j == k + 2 && self.is_word(si, k + 1) && !is_cap(self.word(si, k + 1)))
                    && DETERMINERS.contains(&self.lower(si, k))
                    && !(kind == Some(ActorKind::Place) && self.is_word(si, m.e))
                    // (`a Western Telegraph reader`: the name modifies a person noun)
                    && !(self.is_word(si, m.e)
                        && !is_cap(self.word(si, m.e))
                        && lx.nominal_speakers.contains(self.lower(si, m.e)));
                // `research firm Canalys`, `the broadcaster RTV`: a body's common noun,
                // then its name
                let named_body = self.is_word(si, j - 1)
                    && lx.org_nouns.contains(self.lower(si, j - 1))
                    && kind != Some(ActorKind::Place);
                // `quoted former chairman Chen Xiao`: a title in lower case, then a name
                let titled_name = self.is_word(si, j - 1)
                    && lx.is_title(self.lower(si, j - 1))
                    && !matches!(kind, Some(ActorKind::Place | ActorKind::Organization));
                // `stated the CoG chairman Isaac Ruto`: a body, its officer's title,
                // then the officer
                if matches!(kind, Some(ActorKind::Organization | ActorKind::Place))
                    && let Some(p) = (m.e..hi.min(m.e + 4))
                        .take_while(|&x| self.is_word(si, x))
                        .find_map(|x| self.mention_at(si, x).filter(|p| p.full_s == x))
                    && p.full_s > m.e
                    && (m.e..p.full_s).all(|x| !is_cap(self.word(si, x)))
                    && (m.e..p.full_s).any(|x| lx.title_heads.contains(self.lower(si, x)))
                    && self.reg.actors[self.reg.resolve(p.actor)].kind == Some(ActorKind::Person)
                {
                    return Some(self.who_of_mention(si, p));
                }
                if m.full_s == j
                    && j > k
                    && (kind == Some(ActorKind::Person)
                        || titled_name
                        || named_body
                        || det_then_name && kind == Some(ActorKind::Organization))
                {
                    return Some(self.who_of_mention(si, m));
                }
            }
            let w = strip_possessive(self.lower(si, j)).0.to_string();
            // (`former`, `latter` are pronouns after `the` only: `former chairman X`)
            // (nor before a noun of their own: `the former fly-half`)
            let pronoun = lx.pronouns.contains_key(&w)
                && (!matches!(w.as_str(), "former" | "latter")
                    || j > 0
                        && self.is_word(si, j - 1)
                        && self.lower(si, j - 1) == "the"
                        && (!self.is_word(si, j + 1) || is_cap(self.word(si, j + 1))));
            if lx.nominal_speakers.contains(&w)
                || lx.document_nouns.contains(&w)
                || lx.is_title(&w)
                || pronoun
            {
                last_head = Some(j);
                if pronoun {
                    break;
                }
            }
            if j > k && (w == "of" || w == "who" || w == "in" || w == "at" || w == "from") {
                break;
            }
            j += 1;
        }
        let h = last_head?;
        let mut who = self.np_ending(si, h, k)?;
        // `a senior diplomat in Valdor`: keep a place phrase with an unnamed speaker
        if who.actor.is_none()
            && who.seg == si
            && h + 2 < hi
            && self.is_word(si, h + 1)
            && matches!(self.lower(si, h + 1), "in" | "from" | "at")
            && let Some(m) = self.mention_at(si, h + 2)
            && m.full_s == h + 2
            && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Place)
        {
            let seg = &self.segs[si];
            let end = seg.toks[m.e - 1].e;
            let text = strip_possessive(&seg.text[who.s..end]).0.to_string();
            who.e = who.s + text.len();
            who.name = text.clone();
            who.mention = text;
        }
        // `said a county resident, David Allen.`: the name in apposition
        if who.actor.is_none() && who.seg == si {
            let toks = &self.segs[si].toks;
            if let Some(c) = self.tok_from(si, who.e)
                && c < hi
                && self.punct(si, c) == Some(',')
                && let Some(m) = self.mention_at(si, c + 1)
                && m.full_s == c + 1
                && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
                && (m.e >= hi
                    || matches!(self.punct(si, m.e), Some('.' | ',' | ';'))
                    || toks.get(m.e).is_none())
            {
                return Some(self.who_of_mention(si, m));
            }
        }
        Some(who)
    }

    /// Speaker from a cue verb at `v` whose region starts at `lo` and ends at `hi`.
    /// `was told`, `were told`, `has been told` at `v`: a passive, whose subject heard
    /// the words.
    fn passive_told(&self, si: usize, v: usize, lo: usize) -> bool {
        // (an adverb may come between: `Hansen was quickly told`)
        let aux = if v > lo + 1
            && self.is_word(si, v - 1)
            && self.lower(si, v - 1).ends_with("ly")
            && self.lower(si, v - 1).len() > 4
        {
            v - 2
        } else {
            v.saturating_sub(1)
        };
        self.lower(si, v) == "told"
            && aux >= lo
            && aux < v
            && self.is_word(si, aux)
            && matches!(
                self.lower(si, aux),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            )
    }

    /// `The NBRU and Siptu issued statements saying ...`: for a participle at `v` right
    /// after a text (`statement`, `letter`, `post`) that a verb like `issued` put out,
    /// who put it out.
    fn issuer_of_text_before(&self, si: usize, v: usize, lo: usize) -> Option<Who> {
        if v < lo + 3 {
            return None;
        }
        let text_noun = |j: usize| {
            self.is_word(si, j) && {
                let noun = self.lower(si, j);
                matches!(
                    noun.strip_suffix('s').unwrap_or(noun),
                    "statement"
                        | "message"
                        | "letter"
                        | "post"
                        | "note"
                        | "tweet"
                        | "email"
                        | "notice"
                        | "video"
                        | "circular"
                        | "release"
                        | "communique"
                        | "communiqué"
                )
            }
        };
        // (the text, or the text and where it went: `posted a message on X saying`)
        let n = if text_noun(v - 1) {
            v - 1
        } else {
            let on = (v.saturating_sub(4).max(lo + 2)..v - 1)
                .find(|&j| self.is_word(si, j) && matches!(self.lower(si, j), "on" | "to"))?;
            if !text_noun(on - 1) || !(on + 1..v).all(|j| self.is_word(si, j)) {
                return None;
            }
            on - 1
        };
        let v = n + 1;
        let vb = (v.saturating_sub(6).max(lo)..v - 1).rev().find(|&j| {
            self.is_word(si, j)
                && matches!(
                    self.lower(si, j),
                    "issued"
                        | "issues"
                        | "released"
                        | "releases"
                        | "posted"
                        | "posts"
                        | "sent"
                        | "published"
                        | "shared"
                        | "put"
                        | "wrote"
                        | "tweeted"
                        | "circulated"
                )
        })?;
        // (only the text's article and modifiers between: `issued a brief statement`)
        if !(vb + 1..v - 1).all(|j| self.is_word(si, j) && !self.segs[si].in_quote[j]) {
            return None;
        }
        self.subject_before(si, vb, lo)
    }

    fn speaker_of_verb(&self, si: usize, v: usize, lo: usize, hi: usize) -> Option<Who> {
        let base = self.verb_at(si, v)?;
        if self.lower(si, v).ends_with("ing")
            && let Some(w) = self.issuer_of_text_before(si, v, lo)
        {
            return Some(w);
        }
        // `..., the inquest was told`, `MPs were told`: the subject heard it; who said it
        // is not named here
        if self.passive_told(si, v, lo) {
            return None;
        }
        // `rejected the Tories' claims that ...`, `the opposition's claims that ...`: a
        // noun of saying after a possessive is the possessor's
        if v > lo + 1 && !self.lower(si, v).ends_with("ing") {
            let seg = &self.segs[si];
            let owner = if self.is_word(si, v - 1)
                && strip_possessive(self.word(si, v - 1)).1
                && !matches!(
                    strip_possessive(self.lower(si, v - 1)).0,
                    "it" | "he" | "she" | "that" | "there" | "what" | "who" | "here" | "where"
                ) {
                Some(v - 1)
            } else if matches!(
                seg.toks[v - 1].kind,
                Tk::Mark {
                    ch: '\'' | '’', ..
                }
            ) && seg.toks[v - 1].s == seg.toks[v - 2].e
                && self.is_word(si, v - 2)
                && self.word(si, v - 2).ends_with('s')
            {
                Some(v - 2)
            } else {
                None
            };
            if let Some(o) = owner
                && let Some(np) = self.np_ending(si, o, lo)
                && np.seg == si
            {
                return Some(np);
            }
        }
        // `despite the company saying its profit passed $100 million`: a gerund with a
        // subject of its own after a preposition; that subject speaks
        if v >= lo + 2
            && self.lower(si, v).ends_with("ing")
            && self.is_word(si, v - 1)
            && let Some(np) = self.np_ending_after_word(
                si,
                v - 1,
                lo,
                &["despite", "with", "amid", "without", "by"],
            )
            && np.actor.is_none_or(|a| {
                !matches!(
                    self.reg.actors[self.reg.resolve(a)].kind,
                    Some(ActorKind::Place)
                )
            })
        {
            return Some(np);
        }
        // `The sheriff's office released no names, saying ...`: the subject of the
        // sentence says it
        // (or a second participle: `..., waving flags and chanting "..."`)
        let after_comma = v > lo
            && (self.punct(si, v - 1) == Some(',')
                // `disagreed by saying`, `left after saying`
                || self.is_word(si, v - 1)
                    && matches!(self.lower(si, v - 1), "by" | "after" | "before")
                // (its comma left out before `that`: `invest in Zimbabwe highlighting
                // that ...`)
                || self.is_word(si, v - 1)
                    && self.lower(si, v).ends_with("ing")
                    && self.lower_or_empty(si, v + 1) == "that"
                    && !lexicon().document_nouns.contains(self.lower(si, v - 1))
                // (its comma left out before a colon: `rebutted the accusations saying:
                // "..."`; not after people who say it: `quoted officials saying:`)
                || self.is_word(si, v - 1)
                    && self.lower(si, v).ends_with("ing")
                    && self.punct(si, v + 1) == Some(':')
                    && !is_cap(self.word(si, v - 1))
                    && {
                        let lx = lexicon();
                        let w = self.lower(si, v - 1);
                        let sg = w.strip_suffix('s').unwrap_or(w);
                        // (`quoted him as saying:`)
                        w != "as"
                            && ![w, sg].iter().any(|x| {
                            lx.nominal_speakers.contains(*x)
                                || lx.org_nouns.contains(*x)
                                || lx.is_title(x)
                                || lx.title_heads.contains(*x)
                                || lx.is_epithet(x)
                                || lx.pronouns.contains_key(*x)
                        })
                    }
                || v > lo + 2
                    && self.is_word(si, v - 1)
                    && self.lower(si, v - 1) == "and"
                    && (v.saturating_sub(4).max(lo + 1)..v - 1).any(|j| {
                        self.punct(si, j - 1) == Some(',')
                            && self.is_word(si, j)
                            && self.lower(si, j).ends_with("ing")
                    }));
        if after_comma && self.lower(si, v).ends_with("ing") {
            let ss = self.sentence_start(si, v).max(lo);
            // (after a dateline: `(Bloomberg) -- President Lula kept pressure on the
            // bank, saying ...`)
            let ss = if ss == 0 {
                self.dateline_end(si, v)
            } else {
                ss
            };
            let seg = &self.segs[si];
            // `Some 50,000 supporters of Karl Hofer gathered ..., chanting`: the group
            if let Some(g) = (ss..(ss + 4).min(v)).find(|&j| {
                self.is_word(si, j)
                    && GROUPS.contains(&self.lower(si, j))
                    && self.is_word(si, j + 1)
                    && matches!(self.lower(si, j + 1), "of" | "for")
            }) && let Some(m) = (g + 2..(g + 6).min(v)).find_map(|j| self.mention_at(si, j))
                && let Some(w) = self.role_of_body(si, m.e - 1, ss)
            {
                return Some(w);
            }
            // `... was presented by Council Leader Mark Pritchard, who gave more time to
            // ..., adding:`: the person a relative clause hangs on goes on in it
            if let Some(r) = (ss + 2..v)
                .rev()
                .find(|&j| self.is_word(si, j) && self.lower(si, j) == "who")
                && self.punct(si, r - 1) == Some(',')
                && !(r..v).any(|j| {
                    seg.in_quote[j] || matches!(self.punct(si, j), Some(';' | ':' | '—' | '–'))
                })
                && let Some(m) = self.mention_at(si, r - 2)
                && m.e == r - 1
                && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
            {
                return Some(self.who_of_mention(si, m));
            }
            // (`the member states`: a noun after a lowercase word)
            let noun_use = |j: usize| {
                self.lower(si, j).ends_with('s')
                    && j > ss
                    && self.is_word(si, j - 1)
                    && !is_cap(self.word(si, j - 1))
                    && !lexicon().function_words.contains(self.lower(si, j - 1))
                    && !lexicon().pronouns.contains_key(self.lower(si, j - 1))
            };
            // `"...," Lenz said, adding that ...`, `said Frank Roe, adding ...`: whoever
            // spoke last before the comma goes on (not the subject of the quoted words)
            // (of several, the sentence's first: `He said BCC had cautioned people,
            // adding that ...` goes on with `he`)
            if let Some(w) = (ss..v.saturating_sub(1))
                .filter(|&j| {
                    !seg.in_quote[j]
                        && self.verb_at(si, j).is_some_and(reporting_verb)
                        && !self.lower(si, j).ends_with("ing")
                        && !noun_use(j)
                })
                .find_map(|j| self.speaker_of_verb(si, j, lo, v - 1))
            {
                return Some(w);
            }
            // the subject of the nearest clause: after a subordinator (`..., when the
            // union walked out, accusing`), else the sentence's
            let sub = (ss..v).rev().find(|&j| {
                self.is_word(si, j)
                    && !seg.in_quote[j]
                    && matches!(
                        self.lower(si, j),
                        "when" | "after" | "because" | "as" | "while" | "since" | "before"
                    )
                    // (a clause of its own, not `such as the situation`)
                    && j > ss
                    && self.punct(si, j - 1) == Some(',')
            });
            let first = sub
                .and_then(|j| {
                    (j + 1..(j + 3).min(v))
                        .filter(|&k| !seg.in_quote[k])
                        .find_map(|k| self.np_ending_at_start(si, k, v))
                })
                .or_else(|| {
                    (ss..(ss + 2).min(v))
                        .filter(|&j| !seg.in_quote[j])
                        // (not the object of a fronted preposition: `In an audio message,
                        // Harrison urged ...`)
                        .filter(|&j| {
                            j == ss
                                || !matches!(
                                    self.lower_or_empty(si, ss),
                                    "in" | "at"
                                        | "on"
                                        | "during"
                                        | "after"
                                        | "before"
                                        | "from"
                                        | "with"
                                        | "by"
                                        | "through"
                                        | "via"
                                        | "under"
                                        | "for"
                                )
                        })
                        .find_map(|j| self.np_ending_at_start(si, j, v))
                })
                // (past a fronted phrase: `Earlier on Tuesday, Campos Neto defended the
                // bank's autonomy, saying ...`)
                .or_else(|| {
                    let st = self.after_fronted(si, ss, v);
                    (st > ss)
                        .then(|| {
                            (st..(st + 2).min(v))
                                .filter(|&j| !seg.in_quote[j])
                                .find_map(|j| self.np_ending_at_start(si, j, v))
                        })
                        .flatten()
                        // (the subject: its verb follows it)
                        .filter(|w| {
                            self.tok_from(si, w.e).is_some_and(|k| {
                                self.is_word(si, k) && {
                                    let l = self.lower(si, k);
                                    past_tense(l)
                                        || AUX.contains(&l)
                                        || self.verb_at(si, k).is_some()
                                }
                            })
                        })
                })
                .filter(|w| w.seg == si);
            // the token right after the noun phrase
            let next = |w: &Who| self.tok_from(si, w.e);
            match first {
                // `The sheriff's office`: the possessed noun is the subject
                Some(w) if seg.text[w.e..].starts_with(['\'', '’']) => {
                    // the possessed word (past an `'s` of its own, if any)
                    let t = next(&w).and_then(|k| {
                        (k..(k + 3).min(seg.toks.len())).find(|&j| {
                            self.is_word(si, j) && !matches!(self.word(si, j), "s" | "'s" | "’s")
                        })
                    });
                    // (a noun that can speak: `the sheriff's office`, not `Ryan Ledson's
                    // handball`)
                    let speaks = |t: usize| {
                        let lx = lexicon();
                        let l = self.lower(si, t);
                        let sg = l.strip_suffix('s').unwrap_or(l);
                        [l, sg].iter().any(|x| {
                            lx.nominal_speakers.contains(*x)
                                || lx.title_heads.contains(*x)
                                || lx.org_nouns.contains(*x)
                                || lx.document_nouns.contains(*x)
                                || lx.is_epithet(x)
                        })
                    };
                    if let Some(t) = t
                        && !is_cap(self.word(si, t))
                        && t < v
                        && speaks(t)
                    {
                        let name = seg.text[w.s..seg.toks[t].e].to_string();
                        return Some(Who {
                            actor: None,
                            mention: name.clone(),
                            name,
                            seg: si,
                            s: w.s,
                            e: seg.toks[t].e,
                        });
                    }
                }
                // `A Valdor judge ...`: a name used as an adjective is not the subject;
                // leave it to the rules below
                // (a past tense after the name makes it the subject: `Tom Reyes
                // disagreed, saying ...`)
                Some(w)
                    if next(&w).is_some_and(|k| {
                        self.is_word(si, k)
                            && !is_cap(self.word(si, k))
                            && self.verb_at(si, k).is_none()
                            && !AUX.contains(&self.lower(si, k))
                            && !lexicon().function_words.contains(self.lower(si, k))
                            && !past_tense(self.lower(si, k))
                    }) => {}
                // `Bangko Sentral ng Pilipinas (BSP) Governor Eli Remolona struck ...,
                // signaling`: a body, its acronym, then the titled person who heads the
                // phrase
                Some(w)
                    if let Some(k) = next(&w)
                        // (the rest of the body's name may come first: `The Reserve
                        // Bank of Harbour (RBH) Governor ...`)
                        && let Some(t) = if k > 0 && self.punct(si, k - 1) == Some(')') {
                            Some(k)
                        } else {
                            (k..(k + 6).min(v))
                                .take_while(|&j| self.is_word(si, j) || self.punct(si, j) == Some('('))
                                .find(|&j| {
                                    self.punct(si, j) == Some('(') && self.punct(si, j + 2) == Some(')')
                                })
                                .map(|j| j + 3)
                        }
                        && let Some(m) = self.mention_at(si, t)
                        && m.full_s == t
                        && m.has_title
                        && self.reg.actors[self.reg.resolve(m.actor)].kind
                            == Some(ActorKind::Person) =>
                {
                    return Some(self.who_of_mention(si, m));
                }
                Some(w) => return Some(w),
                None => {
                    // `"...," said Frank Roe, adding that ...`: whoever spoke first
                    if let Some(w) = (ss..v.saturating_sub(1))
                        .rev()
                        .filter(|&j| !seg.in_quote[j] && self.verb_at(si, j).is_some())
                        .find_map(|j| self.speaker_of_verb(si, j, lo, v - 1))
                    {
                        return Some(w);
                    }
                }
            }
        }
        if let Some(w) = self.subject_before(si, v, lo) {
            return Some(w);
        }
        // `..., adding that` / `and said`: the subject of an earlier verb in the sentence
        let floor = self.sentence_start(si, v).max(v.saturating_sub(60));
        let mut j = v;
        while j > floor {
            j -= 1;
            if self.segs[si].in_quote[j] {
                continue;
            }
            if j < v
                && self.verb_at(si, j).is_some()
                && let Some(w) = self.subject_before(si, j, self.sentence_start(si, j))
            {
                return Some(w);
            }
        }
        // inversion: `said Varga`, `said the minister` (not after a participle:
        // `..., saying the bank allows ...` opens the clause)
        let participle = after_comma && self.lower(si, v).ends_with("ing");
        // (`calls on the council to`: the one called on)
        let called_on = base == "call" && self.lower_or_empty(si, v + 1) == "on";
        // (`"...," informed DSP Ram Thapa`: right after a quote, whoever follows
        // informs; elsewhere the one informed does)
        let after_quote = v > 0
            && (matches!(self.segs[si].toks[v - 1].kind, Tk::Mark { .. })
                || self.punct(si, v - 1) == Some(',')
                    && v > 1
                    && matches!(self.segs[si].toks[v - 2].kind, Tk::Mark { .. }));
        let inverted_tell = base == "inform" && after_quote;
        if tell_type(base) && !inverted_tell || participle || called_on {
            return None;
        }
        // (`data suggests it continues`: an object pronoun is no inverted subject)
        if self.is_word(si, v + 1)
            && matches!(
                self.lower(si, v + 1),
                "it" | "him" | "them" | "us" | "me" | "this" | "that" | "there"
            )
        {
            return None;
        }
        self.np_after(si, v + 1, hi)
    }

    /// `says RBI Guv`, `said the ISRO Chairman`: a body named, then its title and no
    /// name; the one person titled so after that body's name speaks.
    fn holder_of_body_title(&self, si: usize, w: &Who) -> Option<Who> {
        let body = self.reg.resolve(w.actor?);
        if w.seg != si || self.reg.actors[body].kind != Some(ActorKind::Organization) {
            return None;
        }
        let t = self.segs[si].toks.partition_point(|t| t.s < w.e);
        if !self.is_word(si, t) || self.mention_at(si, t).is_some() {
            return None;
        }
        let title = self.lower(si, t);
        let title = if title == "guv" { "governor" } else { title };
        // (`said the JAAA boss`: whoever leads it)
        let top = matches!(title, "boss" | "chief" | "head");
        if !(lexicon().title_heads.contains(title) || top) || self.mention_at(si, t + 1).is_some() {
            return None;
        }
        // the head word of a role: `JAAA president`, `President of the JAAA`
        let role_fits = |r: &str| {
            let r = r.to_lowercase();
            let head = match r.split_once(" of ") {
                Some((h, _)) => h.split_whitespace().last().map(str::to_string),
                None => r.split_whitespace().last().map(str::to_string),
            };
            head.is_some_and(|h| {
                h == title
                    || top
                        && matches!(
                            h.as_str(),
                            "president"
                                | "chairman"
                                | "chairwoman"
                                | "chairperson"
                                | "chair"
                                | "ceo"
                                | "director-general"
                                | "secretary-general"
                                | "leader"
                                | "head"
                                | "chief"
                        )
            })
        };
        let mut holders = (0..self.reg.actors.len()).filter(|&a| {
            let ab = &self.reg.actors[a];
            ab.merged_into.is_none()
                && ab.kind == Some(ActorKind::Person)
                && (ab.roles.iter().any(|r| role_fits(r))
                    // (`President of the Jamaica Athletics Administrative Association
                    // (JAAA) Garth Gayle`: the office written before the body)
                    || ab.mentions.iter().any(|&(seg, s, _)| {
                        (s.saturating_sub(12)..s).any(|j| {
                            self.is_word(seg, j)
                                && self.lower_or_empty(seg, j + 1) == "of"
                                && role_fits(self.lower(seg, j))
                                && (j + 2..s).any(|x| {
                                    self.mention_at(seg, x)
                                        .is_some_and(|m| self.reg.resolve(m.actor) == body)
                                })
                        })
                    }))
                && self.titled_after(a, body)
        });
        let a = holders.next()?;
        if holders.next().is_some() {
            return None;
        }
        let mut w = w.clone();
        w.actor = Some(a);
        w.name = self.reg.actors[a].name.clone();
        // (the mention takes the title in: `RBI Guv`)
        w.e = self.segs[si].toks[t].e;
        w.mention = self.segs[si].text[w.s..w.e].to_string();
        Some(w)
    }

    fn sentence_start(&self, si: usize, k: usize) -> usize {
        let s = &self.segs[si];
        s.sent_bounds[s.sid[k] as usize].0
    }

    fn sentence_end(&self, si: usize, k: usize) -> usize {
        let s = &self.segs[si];
        s.sent_bounds[s.sid[k] as usize].1
    }

    /// Find a cue in tokens [lo, hi) outside quotes, nearest to `near_end` first
    /// (true: scan right to left). Returns (speaker, cue text).
    fn cue_in(
        &self,
        si: usize,
        lo: usize,
        hi: usize,
        right_to_left: bool,
        after: bool,
    ) -> Option<(Who, String)> {
        let idx: Vec<usize> = if right_to_left {
            (lo..hi).rev().collect()
        } else {
            (lo..hi).collect()
        };
        for (n, &k) in idx.iter().enumerate() {
            if after && n > 22 {
                break;
            }
            if self.segs[si].in_quote[k] || self.segs[si].span_of[k].is_some() {
                continue;
            }
            if !self.is_word(si, k) {
                continue;
            }
            let w = self.lower(si, k);
            if w == "according" && self.is_word(si, k + 1) && self.lower(si, k + 1) == "to" {
                let end = if after { hi } else { hi.max(k + 2) };
                if let Some(who) = self.np_after(si, k + 2, end) {
                    return Some((who, "according to".into()));
                }
                continue;
            }
            // `"one of the most bizarre days" in the Dáil, in the words of Alan Kelly`
            if w == "words"
                && k >= 2
                && self.lower(si, k - 1) == "the"
                && self.lower(si, k - 2) == "in"
                && self.is_word(si, k + 1)
                && self.lower(si, k + 1) == "of"
                && let Some(who) = self.np_after(si, k + 2, hi.max(k + 3))
            {
                return Some((who, "in the words of".into()));
            }
            // `"...," was Rodgers' assessment`: the quote was someone's verdict
            if after
                && n <= 1
                && matches!(w, "was" | "is" | "came")
                && let Some(h) = (k + 2..hi.min(k + 8)).find(|&h| {
                    self.is_word(si, h)
                        && matches!(
                            self.lower(si, h),
                            "assessment"
                                | "verdict"
                                | "view"
                                | "response"
                                | "reaction"
                                | "reply"
                                | "answer"
                                | "summary"
                                | "take"
                                | "message"
                                | "explanation"
                                | "analysis"
                                | "conclusion"
                                | "warning"
                                | "retort"
                                | "description"
                        )
                })
                && (k + 1..h).any(|j| {
                    strip_possessive(self.word(si, j)).1
                        || matches!(self.punct(si, j), Some('\'' | '’'))
                        || self.word(si, j).ends_with(['\'', '’'])
                })
                && let Some(who) = self.np_after(si, k + 1, h)
            {
                return Some((who, self.word(si, h).to_string()));
            }
            // `As Brad Stevens put it, "..."`: the one who put it so speaks
            if w == "put"
                && self.is_word(si, k + 1)
                && self.lower(si, k + 1) == "it"
                && k >= lo + 2
                && let Some(np) = self.np_ending_after_word(si, k - 1, lo, &["as"])
            {
                return Some((np, "put it".into()));
            }
            // `"...," Reuters quoted Anton as saying`: the one quoted speaks, not the
            // outlet
            if matches!(w, "quoted" | "quotes" | "cited" | "cites")
                && let Some(a) = (k + 2..(k + 10).min(hi)).find(|&a| {
                    self.is_word(si, a)
                        && self.lower(si, a) == "as"
                        && self.is_word(si, a + 1)
                        && matches!(self.lower(si, a + 1), "saying" | "telling")
                })
                && !(k + 1..a).any(|j| self.segs[si].in_quote[j])
                && let Some(who) = self.np_after(si, k + 1, a)
            {
                return Some((who, "quoted as saying".into()));
            }
            // `..., leading one councillor to dub it the "Goldilocks budget"`: the one
            // led to speak speaks
            // (an infinitive is no cue of its own: `verb_at` leaves it out)
            let region_lo = self.sentence_start(si, k).min(lo.min(k));
            if self.segs[si].verbs[k].is_some()
                && k >= region_lo + 3
                && self.is_word(si, k - 1)
                && self.lower(si, k - 1) == "to"
                && let Some(np) = self.np_ending_after_word(
                    si,
                    k - 2,
                    region_lo,
                    &[
                        "leading",
                        "led",
                        "prompting",
                        "prompted",
                        "causing",
                        "caused",
                        "forcing",
                        "forced",
                        "inspiring",
                        "inspired",
                    ],
                )
            {
                return Some((np, self.word(si, k).to_string()));
            }
            if let Some(_base) = self.verb_at(si, k) {
                let region_lo = if after {
                    lo
                } else {
                    self.sentence_start(si, k).max(lo.min(k))
                };
                let region_lo = if after {
                    region_lo
                } else {
                    self.sentence_start(si, k).min(region_lo)
                };
                if let Some(who) = self.speaker_of_verb(si, k, region_lo, hi) {
                    return Some((who, self.word(si, k).to_string()));
                }
            }
            // noun-phrase cues: `in a statement`, `in a post on X`
            if !["according", "in", "at"].contains(&w)
                && lexicon().cue_firsts.contains(w)
                && self.is_word(si, k + 1)
                && lexicon()
                    .cue_pairs
                    .contains(&format!("{w} {}", self.lower(si, k + 1)))
                && let Some(who) = self.subject_before(si, k, self.sentence_start(si, k))
            {
                return Some((who, self.word(si, k).to_string()));
            }
        }
        None
    }

    /// The noun phrase ending at token `k` of segment `si` (from `lo` on), when the word
    /// right before it is one of `words` (`despite the company`, `leading one
    /// councillor`, `As Brad Stevens`).
    fn np_ending_after_word(&self, si: usize, k: usize, lo: usize, words: &[&str]) -> Option<Who> {
        let np = self.np_ending(si, k, lo).filter(|np| np.seg == si)?;
        let t0 = self.tok_from(si, np.s)?;
        (t0 > lo && self.is_word(si, t0 - 1) && words.contains(&self.lower(si, t0 - 1)))
            .then_some(np)
    }

    /// `MMFF spokesperson Noel Ferrer`, `Celtic manager Brendan Rodgers`: a body or a
    /// place found first, then a role and the person, who is the one meant.
    fn person_behind_body(&self, si: usize, w: Who, hi: usize) -> Who {
        match w.actor.map(|a| self.reg.actors[a].kind) {
            Some(Some(ActorKind::Organization | ActorKind::Place | ActorKind::Other) | None) => {
                self.tok_from(si, w.s)
                    .and_then(|k| self.np_after(si, k, hi))
                    .filter(|p| {
                        p.actor
                            .is_some_and(|a| self.reg.actors[a].kind == Some(ActorKind::Person))
                    })
                    .or_else(|| {
                        // (a role in lower case between them: `Celtic manager Brendan Rodgers`)
                        let mut k = self.tok_from(si, w.e)?;
                        let from = k;
                        while k < hi.min(from + 3)
                            && self.is_word(si, k)
                            && !is_cap(self.word(si, k))
                            && lexicon().is_title(self.lower(si, k))
                        {
                            k += 1;
                        }
                        let m = self
                            .mention_at(si, k)
                            .filter(|m| m.full_s == k && k > from)?;
                        let b = &self.reg.actors[self.reg.resolve(m.actor)];
                        (b.kind == Some(ActorKind::Person)
                            || b.kind.is_none() && !b.roles.is_empty())
                        .then(|| self.who_of_mention(si, m))
                    })
                    .unwrap_or(w)
            }
            _ => w,
        }
    }

    fn note_speaker(&mut self, who: &Who) {
        if who.actor.is_none() && who.name.split_whitespace().count() >= 2 {
            self.nominals.borrow_mut().push(who.name.clone());
        }
        if who.actor.is_none()
            && !matches!(who.mention.to_lowercase().as_str(), "it" | "they")
            && who.name.rsplit(' ').next().is_some_and(|h| {
                lexicon()
                    .document_nouns
                    .contains(&*crate::lexicon::lower(h))
            })
        {
            self.last_document = Some(who.clone());
        }
        if who.actor.is_none()
            && let Some(g) = person_nominal(&who.name)
        {
            self.last_nominal = Some((who.clone(), g));
        }
        if who.actor.is_none() && plural_nominal(&who.name) {
            self.last_plural = Some(who.clone());
        }
        if let Some(a) = who.actor {
            // a full name that speaks is a person, whatever its first name (as the
            // output says; said here so that `he` can find it)
            let ab = &mut self.reg.actors[a];
            // (not a name ending in a body's or a facility's noun: `Southampton Airport`)
            if ab.kind == Some(ActorKind::Other)
                && ab.key.len() >= 2
                && !ab.known
                && !ends_in_body_noun(&ab.name)
            {
                ab.kind = Some(ActorKind::Person);
            }
            match self.reg.actors[a].kind {
                Some(ActorKind::Person) => {
                    self.last_nominal = None;
                    self.salient.retain(|&x| x != a);
                    self.salient.push(a);
                    let m = who.mention.to_lowercase();
                    if m == "she" || m == "her" {
                        self.reg.actors[a].gender.get_or_insert(Gender::Female);
                    } else if m == "he" || m == "him" {
                        self.reg.actors[a].gender.get_or_insert(Gender::Male);
                    }
                }
                Some(ActorKind::Organization) => {
                    self.last_plural = None;
                    self.salient_org.retain(|&x| x != a);
                    self.salient_org.push(a);
                }
                _ => {}
            }
        }
    }

    /// Note persons that open sentences as subjects (for pronouns).
    fn note_subjects(&mut self, si: usize, lo: usize, hi: usize) {
        // `The second trader agreed. "...," he said.`: an unnamed person who opens the
        // sentence as its subject is whom `he` or `she` next refers to
        // (cheap test first: an article, then a noun for a speaker, among the first words)
        let lx = lexicon();
        // (past a fronted phrase: `Regarding the cancellation, the promoter posted`)
        let lo0 = self.after_fronted(si, lo, hi);
        let may = (lo0..(lo0 + 2).min(hi))
            .any(|k| self.is_word(si, k) && matches!(self.lower(si, k), "the" | "a" | "an"))
            && (lo0 + 1..(lo0 + 6).min(hi))
                .any(|k| self.is_word(si, k) && lx.nominal_speakers.contains(self.lower(si, k)));
        if may
            && let Some(w) = (lo0..(lo0 + 2).min(hi))
                .filter(|&k| !self.segs[si].in_quote[k])
                .find_map(|k| self.np_ending_at_start(si, k, hi))
            && w.actor.is_none()
            && w.seg == si
            && let Some(next) = self.tok_from(si, w.e)
            && next < hi
            && self.is_word(si, next)
            && !is_cap(self.word(si, next))
            && (past_tense(self.lower(si, next)) || self.verb_at(si, next).is_some())
            && let Some(g) = person_nominal(&w.mention)
        {
            self.last_nominal = Some((w, g));
            return;
        }
        // a sentence opening with a role (`The emir, for his part, urged`) names its subject
        // (past a fronted phrase, and not a possessor: `On Rahul Gandhi's march, Zafar
        // Islam took a dig`)
        // (nor a person named inside what this sentence reports: `According to him,
        // the policy came through President Akufo-Addo.` leaves `him` the subject)
        // (the byte spans this paragraph's reported speech holds, gathered once)
        let spans: arrayvec::ArrayVec<(usize, usize), 8> = self
            .quotes
            .iter()
            .rev()
            .take_while(|q| q.seg == si)
            .filter(|q| q.kind == QuoteKind::Indirect)
            // (what a body reports keeps its subject: `Mr Buhari received 15 million
            // votes, the commission declared.` then `he`)
            .filter(|q| {
                q.who.as_ref().is_none_or(|w| match w.actor {
                    Some(a) => {
                        self.reg.actors[self.reg.resolve(a)].kind != Some(ActorKind::Organization)
                    }
                    None => {
                        person_nominal(&w.name).is_some()
                            || matches!(
                                w.mention.to_lowercase().as_str(),
                                "he" | "she" | "him" | "her" | "i"
                            )
                    }
                })
            })
            .take(8)
            .map(|q| (q.s, q.e))
            .collect();
        let reported = |k: usize| {
            !spans.is_empty() && {
                let b = self.segs[si].toks[k].s;
                spans.iter().any(|&(s, e)| s <= b && b < e)
            }
        };
        // `Munoz was dismissed ... but Lorenzo had no harsh words`: the subject of a
        // clause joined by `but` comes after the sentence's own
        let but_subject = (lo0 + 2..hi)
            .filter(|&k| {
                self.is_word(si, k - 1)
                    && matches!(self.lower(si, k - 1), "but" | "while" | "whereas")
                    && !self.segs[si].in_quote[k]
            })
            .find_map(|k| {
                let m = self.mention_at(si, k).filter(|m| m.full_s == k)?;
                let a = self.reg.resolve(m.actor);
                (self.reg.actors[a].kind == Some(ActorKind::Person)
                    && self.is_word(si, m.e)
                    && !is_cap(self.word(si, m.e)))
                .then_some(a)
            });
        let push_but = |me: &mut Self| {
            if let Some(b) = but_subject {
                me.salient.retain(|&x| x != b);
                me.salient.push(b);
            }
        };
        if let Some(w) = (lo0..(lo0 + 2).min(hi))
            .filter(|&k| !self.segs[si].in_quote[k] && !reported(k))
            .find_map(|k| self.np_ending_at_start(si, k, hi))
            && !self.segs[si].text[w.e..].starts_with(['\'', '’'])
            && let Some(a) = w.actor
            && self.reg.actors[a].kind == Some(ActorKind::Person)
        {
            self.salient.retain(|&x| x != a);
            self.salient.push(a);
            push_but(self);
            return;
        }
        for k in self.after_fronted(si, lo, hi)..hi {
            if self.segs[si].in_quote[k] || reported(k) {
                continue;
            }
            if let Some(m) = self.mention_at(si, k) {
                let a = self.reg.resolve(m.actor);
                // `Benali's men`: a possessive name modifies, it is no subject
                let possessive = m.e > 0 && strip_possessive(self.word(si, m.e - 1)).1;
                // (`..., with Zouhair El Moutaraji finding the net twice`: a phrase on
                // the side, no subject)
                let with_ing = k > 0
                    && self.is_word(si, k - 1)
                    && self.lower(si, k - 1) == "with"
                    && self.is_word(si, m.e)
                    && self.lower(si, m.e).ends_with("ing");
                if self.reg.actors[a].kind == Some(ActorKind::Person)
                    && k == m.full_s
                    && !possessive
                    && !with_ing
                {
                    // (a person named after an unnamed speaker takes `he` from it)
                    if self
                        .last_nominal
                        .as_ref()
                        .is_some_and(|(w, _)| w.seg != si || w.s < self.segs[si].toks[lo].s)
                    {
                        self.last_nominal = None;
                    }
                    // the first person named is the likeliest subject: keep only it
                    self.salient.retain(|&x| x != a);
                    self.salient.push(a);
                    push_but(self);
                    return;
                }
            }
        }
    }

    fn attribute_seg(&mut self, si: usize) {
        let n = self.segs[si].toks.len();
        if n == 0 {
            return;
        }
        // interview labels: `ROE:` / `Q:` / `A:` — the rest of the line is the quote
        // (a headline's `UNILAG: ...` is a topic label; see headline_label)
        let label = if self.segs[si].part == Part::Title
            && !self.segs[si]
                .toks
                .iter()
                .any(|t| matches!(t.kind, Tk::Mark { .. }))
        {
            None
        } else {
            self.label_speaker(si)
        };
        if let Some(l) = &label
            && self.segs[si].spans.is_empty()
        {
            let seg = &self.segs[si];
            if let Some(colon) = seg.toks.iter().position(|t| t.kind == Tk::Punct(':'))
                && colon + 1 < n
            {
                let s0 = seg.toks[colon + 1].s;
                let e0 = seg.text.trim_end().len();
                let who = (l.mention != "Q").then(|| l.clone());
                if let Some(w) = &who {
                    self.note_speaker(w);
                }
                self.quotes.push(QuoteB {
                    seg: si,
                    s: s0,
                    e: e0,
                    kind: QuoteKind::Direct,
                    who,
                    cue: Some(":".into()),
                    conf: 0.85,
                });
                return;
            }
        }
        // a quote running on from the paragraph before with its opening mark left out,
        // closing at this paragraph's end: `"He has the right not to give evidence.` /
        // `That does not mean he is guilty."`
        if si > 0
            && label.is_none()
            && self.segs[si - 1].part == self.segs[si].part
            && self.segs[si - 1]
                .spans
                .last()
                .is_some_and(|sp| sp.close.is_none())
            && let Some((p, who)) = self.last_para_direct.clone()
            && p + 1 == si
        {
            let seg = &self.segs[si];
            let t = seg.text.trim_end();
            let marks = seg
                .text
                .chars()
                .filter(|c| matches!(c, '"' | '“' | '”'))
                .count();
            let span = t
                .strip_suffix(['”', '"'])
                .filter(|b| {
                    marks == 1
                        && !b.trim_start().starts_with(['\'', '‘', '’', '«', '„'])
                        && b.trim_end().ends_with(['.', '!', '?', ','])
                        && b.split_whitespace().count() >= 3
                })
                .map(|b| (seg.text.len() - seg.text.trim_start().len(), b.len()));
            if let Some((s0, e0)) = span {
                self.note_speaker(&who);
                self.quotes.push(QuoteB {
                    seg: si,
                    s: s0,
                    e: e0,
                    kind: QuoteKind::Direct,
                    who: Some(who.clone()),
                    cue: None,
                    conf: 0.7,
                });
                self.last_para_direct = Some((si, who));
                return;
            }
        }
        let mut k = 0;
        let mut prev_in_para: Option<(Who, QuoteKind)> = None;
        let para_starts_with_quote = self.segs[si].spans.first().is_some_and(|s| s.open == 0);
        let whole_para_quote = para_starts_with_quote
            && self.segs[si]
                .spans
                .first()
                .is_some_and(|s| s.close.is_none_or(|c| c + 2 >= n));
        while k < n {
            let end = self.sentence_end(si, k);
            self.sentence(si, k, end, &label, &mut prev_in_para, whole_para_quote);
            k = end;
        }
        // the paragraph's last quote, when it is direct and someone's (or a fragment
        // opening the paragraph: `"It's not my job" to think about it, she said.`)
        let seg_text = &self.segs[si].text;
        self.last_para_direct = self
            .quotes
            .last()
            .filter(|q| {
                q.seg == si
                    && (q.kind == QuoteKind::Direct
                        || q.kind == QuoteKind::Partial
                            && (seg_text[..q.s].trim().chars().count() <= 1
                                // (or one closing on its comma before an inverted cue:
                                // `The protesters "will not give up," said Itzik Shmuli`)
                                || seg_text[q.s..q.e].trim_end().ends_with(',')
                                    && seg_text[q.e..]
                                        .trim_start_matches(['"', '\u{201d}', '\'', '\u{2019}'])
                                        .split_whitespace()
                                        .next()
                                        .is_some_and(|w| {
                                            lexicon().speech_verb(&w.to_lowercase()).is_some()
                                        })))
            })
            .and_then(|q| q.who.clone())
            // (a named person, or an unnamed one: `..., the spokesman said.`)
            .filter(|w| {
                w.actor.is_some()
                    || !lexicon()
                        .pronouns
                        .contains_key(w.mention.to_lowercase().as_str())
            })
            .map(|w| (si, w));
        // a paragraph ending with `X said:` opens a chain
        let s = &self.segs[si];
        let ends_colon = s.toks.last().is_some_and(|t| t.kind == Tk::Punct(':'));
        if ends_colon {
            let lo = self.sentence_start(si, n - 1);
            self.chain = self.cue_in(si, lo, n - 1, true, false).map(|x| x.0);
        } else if whole_para_quote && prev_in_para.is_some() {
            self.chain = prev_in_para.map(|x| x.0);
        } else if let Some(w) = self.unclosed_last_quote(si) {
            // `They said: "We believe ...` with no closing mark: the quote runs on into
            // the next paragraph, which opens with a mark
            self.chain = Some(w);
        } else if self.segs[si].part == Part::Body {
            self.chain = None;
        }
    }

    /// The speaker of a direct quote that opens in paragraph `si` and is still open at
    /// its end, when the next paragraph opens with a quote mark.
    fn unclosed_last_quote(&self, si: usize) -> Option<Who> {
        let seg = &self.segs[si];
        let next_opens = self.segs.get(si + 1).is_some_and(|n| {
            n.part == Part::Body && n.text.starts_with(['"', '“', '„', '«', '\'', '‘'])
        });
        if seg.part != Part::Body || !next_opens {
            return None;
        }
        seg.spans.last().filter(|sp| sp.close.is_none())?;
        self.quotes
            .last()
            .filter(|q| q.seg == si && q.kind == QuoteKind::Direct && q.e + 2 >= seg.text.len())
            .and_then(|q| q.who.clone())
    }

    /// The name key of a transcript's label in mixed case opening segment `si` (`Bettigole:
    /// We have ...`): one or two capitalised words, a colon, and a line of speech after
    /// it (no quote mark).
    fn transcript_label(&self, si: usize) -> Option<Vec<String>> {
        let s = &self.segs[si];
        if s.part != Part::Body {
            return None;
        }
        let colon = s.toks.iter().position(|t| t.kind == Tk::Punct(':'))?;
        if !(1..=2).contains(&colon)
            || !(0..colon).all(|k| self.is_word(si, k) && is_cap(self.word(si, k)))
            || (0..colon).any(|k| is_all_caps(self.word(si, k)))
            || s.toks.len() < colon + 4
            || matches!(s.toks[colon + 1].kind, Tk::Mark { .. })
        {
            return None;
        }
        let head = &s.text[..s.toks[colon].s];
        // (page furniture and the writer's notes: `Note:`, `Update:`, `Read more:`)
        if head.split_whitespace().any(|w| {
            lexicon().function_words.contains(&*w.to_lowercase())
                || matches!(
                    w,
                    "Note"
                        | "Update"
                        | "Updated"
                        | "Editor"
                        | "Correction"
                        | "Warning"
                        | "Source"
                        | "Sources"
                        | "Photo"
                        | "Watch"
                        | "Listen"
                        | "Related"
                        | "Disclaimer"
                        | "Background"
                        | "Context"
                        | "Credit"
                )
        }) {
            return None;
        }
        Some(actors::name_key(head)).filter(|k| !k.is_empty())
    }

    /// Some person of the story goes by a name ending in `key`.
    fn person_by_key(&self, key: &[String]) -> bool {
        self.reg.actors.iter().any(|a| {
            a.merged_into.is_none() && a.kind == Some(ActorKind::Person) && a.key.ends_with(key)
        })
    }

    fn label_speaker(&self, si: usize) -> Option<Who> {
        let s = &self.segs[si];
        let colon = s.toks.iter().position(|t| t.kind == Tk::Punct(':'))?;
        if colon == 0 || colon > 4 {
            return None;
        }
        let head = &s.text[..s.toks[colon].s];
        let caps = head
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-');
        // `Judge: “…”`: a capitalised label right before a quote
        let titled = head.split_whitespace().count() <= 3
            && head.split_whitespace().all(is_cap)
            && matches!(s.toks.get(colon + 1).map(|t| t.kind), Some(Tk::Mark { .. }));
        // `Bettigole: We have two confirmed infections ...`: a transcript's label in
        // mixed case, the name of a person in the story (or next to such a line:
        // `Stahl: How many more infections do we have now?`)
        let transcript = !caps
            && !titled
            && (self
                .transcript_label(si)
                .is_some_and(|k| self.person_by_key(&k))
                || [si.wrapping_sub(1), si + 1].into_iter().any(|x| {
                    x < self.segs.len()
                        && self.segs[x].part == s.part
                        && self
                            .transcript_label(x)
                            .is_some_and(|k| self.person_by_key(&k))
                }) && self.transcript_label(si).is_some());
        if !caps && !titled && !transcript {
            return None;
        }
        // (`QUESTION:` / `ANSWER:`, the labels spelled out)
        if head == "Q" || head == "QUESTION" {
            return Some(Who {
                actor: None,
                name: "interviewer".into(),
                mention: "Q".into(),
                seg: si,
                s: 0,
                e: 1,
            });
        }
        if head == "A" || head == "ANSWER" {
            // the interviewee: the person the article is about (most mentions)
            let a = (0..self.reg.actors.len())
                .filter(|&i| {
                    let x = &self.reg.actors[i];
                    x.merged_into.is_none() && x.kind == Some(ActorKind::Person)
                })
                .max_by_key(|&i| (self.reg.actors[i].mentions.len(), std::cmp::Reverse(i)));
            return Some(Who {
                actor: a,
                name: a
                    .map(|a| self.reg.actors[a].name.clone())
                    .unwrap_or_else(|| "interviewee".into()),
                mention: "A".into(),
                seg: si,
                s: 0,
                e: 1,
            });
        }
        // `RMT’s Mick Lynch:`: the person, not the body owning them
        let head = match head.split_once(' ') {
            Some((first, rest)) if strip_possessive(first).1 && rest.contains(' ') => rest,
            _ => head,
        };
        // `ROE:` -> the actor whose key ends with that word
        let key = actors::name_key(head);
        let found = self
            .reg
            .actors
            .iter()
            .enumerate()
            .find(|(_, a)| a.merged_into.is_none() && !key.is_empty() && a.key.ends_with(&key));
        // `OSLO: The goalkeeper kept a clean sheet`: a dateline, not a speaker
        let place = match found {
            Some((i, _)) => self.reg.actors[self.reg.resolve(i)].kind == Some(ActorKind::Place),
            None => matches!(
                lexicon().gazetteer.get(&fold_word(head)),
                Some(
                    crate::lexicon::Gazetteer::Country(_)
                        | crate::lexicon::Gazetteer::Capital(_)
                        | crate::lexicon::Gazetteer::Place(_)
                )
            ),
        };
        // an all-caps word opening the article, named nowhere else, is a dateline too
        let unknown = found.is_none_or(|(i, a)| {
            a.mentions.len() <= 1
                && self.reg.actors[self.reg.resolve(i)].kind != Some(ActorKind::Person)
        });
        // (`TANAH RATA:`: of up to three words; after a standfirst or two, when plain
        // narration follows it rather than a quote)
        let early = si == 0
            || si <= 2
                && self.segs[si].part == Part::Body
                && !matches!(s.toks.get(colon + 1).map(|t| t.kind), Some(Tk::Mark { .. }));
        // (a word met again later as a name's first word is still no person: `SEPANG:`
        // then `Sepang district police chief`)
        let no_person = !self.reg.actors.iter().any(|a| {
            a.merged_into.is_none()
                && a.key.ends_with(&key)
                && (a.kind == Some(ActorKind::Person) || a.key.len() > key.len())
        });
        if place
            || (unknown || si > 0 && no_person)
                && caps
                && early
                && head.split_whitespace().count() <= 3
                && head.len() > 2
        {
            return None;
        }
        let (actor, name) = match found {
            Some((i, a)) => (Some(i), a.name.clone()),
            None => {
                // a role label (`Judge:`) -> the actor holding that role
                let head_word = head.split_whitespace().last().unwrap_or("").to_lowercase();
                let w = self.resolve_nominal(si, 0, colon - 1, head, &head_word);
                (w.actor, w.name)
            }
        };
        Some(Who {
            actor,
            name,
            mention: head.to_string(),
            seg: si,
            s: 0,
            e: head.len(),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        label: &Option<Who>,
        prev_in_para: &mut Option<(Who, QuoteKind)>,
        whole_para_quote: bool,
    ) {
        let spans: Vec<(usize, Span)> = self.segs[si]
            .spans
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, sp)| sp.open >= lo && sp.open < hi)
            .collect();
        let mut quoted_here: Vec<(usize, usize)> = Vec::new();
        for (qi, &(_, sp)) in spans.iter().enumerate() {
            let close = sp.close.unwrap_or(hi.saturating_sub(1));
            quoted_here.push((sp.open, close));
            let prev_close = if qi == 0 {
                lo
            } else {
                spans[qi - 1].1.close.map(|c| c + 1).unwrap_or(hi)
            };
            let next_open = spans.get(qi + 1).map(|x| x.1.open).unwrap_or(hi);
            let before = (prev_close, sp.open);
            let after = (close + 1, next_open);
            if self.work_title(si, sp, lo, hi) {
                continue;
            }
            let text = self.segs[si].text[sp.s..sp.e].to_string();
            let nwords = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            let starts_upper = text
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || text.starts_with(['…', '.', '[']);
            // what stands before the quote in its sentence
            // what stands before the quote (the last few dozen tokens are enough)
            let lead: Vec<usize> = (lo.max(sp.open.saturating_sub(60))..sp.open)
                .filter(|&k| self.segs[si].span_of[k].is_none())
                .collect();
            let lead_words = lead.iter().filter(|&&k| self.is_word(si, k)).count();
            let lead_end = lead.last().map(|&k| self.punct(si, k));
            // (or a whole sentence right after its verb, with no comma or colon:
            // `Mensah said “We will win.”`, `The statement read ‘’The command ...’’`)
            let verb_right_before = sp.open > lo && lead.last() == Some(&(sp.open - 1)) && {
                let k = sp.open - 1;
                self.is_word(si, k)
                    && (self.verb_at(si, k).is_some_and(|b| {
                        matches!(b, "say" | "add" | "state" | "write" | "declare")
                    }) || matches!(self.lower(si, k), "read" | "reads")
                        && lead.iter().any(|&j| {
                            self.is_word(si, j) && {
                                let l = self.lower(si, j);
                                let dn = &lexicon().document_nouns;
                                dn.contains(l)
                                    || l.strip_suffix('s').is_some_and(|x| dn.contains(x))
                            }
                        }))
            };
            let whole_sentence = verb_right_before
                && text.trim_end().ends_with(['.', '!', '?', '…'])
                && text.split_whitespace().count() >= 3;
            let at_start = lead_words == 0
                || whole_sentence
                || matches!(lead_end, Some(Some(':')))
                || (matches!(lead_end, Some(Some(',')))
                    && lead.iter().any(|&k| self.verb_at(si, k).is_some()))
                || label.is_some() && lead_words <= 1;
            // (not after a clause of the writer's own between them: `"...," he said,
            // adding that the highest was in Meulaboh, "measuring 80 centimeters"`)
            let continued = qi > 0
                && matches!(lead_end, Some(Some(',')))
                && !starts_upper
                && !lead
                    .iter()
                    .any(|&k| self.is_word(si, k) && self.lower(si, k) == "that")
                && prev_in_para
                    .as_ref()
                    .is_some_and(|p| p.1 == QuoteKind::Direct);
            // `"It's not my job" to think about it, she said.`: the writer's sentence
            // goes on after the closing mark, so the quote is part of it
            let runs_on = sp.close.is_some_and(|c| {
                self.is_word(si, c + 1)
                    && !is_cap(self.word(si, c + 1))
                    && self.verb_at(si, c + 1).is_none()
                    && !lexicon().pronouns.contains_key(self.lower(si, c + 1))
                    && !lexicon().hedges.contains(self.lower(si, c + 1))
                    && !matches!(self.lower(si, c + 1), "according" | "the" | "a" | "an")
                    && !text
                        .trim_end()
                        .ends_with(['.', ',', '!', '?', '…', ';', ':'])
            });
            let mut kind = if (at_start && starts_upper && !runs_on)
                || continued
                || sp.close.is_none()
                || (sp.open == 0 && lo == 0 && whole_para_quote && !runs_on)
            {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let mut cue: Option<String> = None;
            let mut conf = 0.9;
            let cue_before = self.cue_in(si, before.0, before.1, true, false);
            // (a clause of its own after a contrast: `would be "Johnson's man in
            // Scotland", while Greens co-leader Patrick Harvie said ...` is not the
            // fragment's cue)
            let contrast_after = kind == QuoteKind::Partial
                && (after.0..(after.0 + 2).min(after.1))
                    .find(|&k| self.is_word(si, k))
                    .is_some_and(|k| {
                        matches!(self.lower(si, k), "while" | "whereas")
                            && (after.0..k).all(|j| self.punct(si, j).is_some())
                    });
            let cue_after = if after.0 < after.1 && !contrast_after {
                self.cue_in(si, after.0, after.1, false, true)
            } else {
                None
            };
            let mut who: Option<Who> = None;
            // (`in the words of X` names whose words they are, whoever reported them)
            let words_of = cue_after
                .as_ref()
                .is_some_and(|(_, c)| c == "in the words of");
            let order = if kind == QuoteKind::Partial && !words_of {
                [cue_before, cue_after]
            } else {
                [cue_after, cue_before]
            };
            if let Some((w, c)) = order.into_iter().flatten().next() {
                who = Some(w);
                cue = Some(c);
            }
            // `Albanese 'shifty' and 'out of his depth' on Voice: Dutton`: a headline
            // closed by a colon and a name; what is quoted before them is that person's
            if self.segs[si].part == Part::Title
                && let Some(colon) = (close + 1..hi)
                    .rev()
                    .find(|&k| matches!(self.punct(si, k), Some(':' | '–' | '—')))
                && {
                    let words = (colon + 1..hi).filter(|&k| self.is_word(si, k)).count();
                    (1..=4).contains(&words)
                        && (colon + 1..hi).all(|k| {
                            self.is_word(si, k) && is_cap(self.word(si, k))
                                || self.punct(si, k).is_some() && k + 1 == hi
                        })
                }
                && let Some(w) = self.np_after(si, colon + 1, hi)
                && w.actor.is_some_and(|a| {
                    matches!(
                        self.reg.actors[self.reg.resolve(a)].kind,
                        Some(ActorKind::Person | ActorKind::Organization)
                    )
                })
            {
                who = Some(w);
                cue = Some(":".into());
                conf = 0.7;
            }
            // `"...," he told Efe. Kevin Prado, 27, a student, at the Lima protest.`: a
            // pronoun naming nobody before, then a sentence with no verb that names the
            // person (a wire's translated style)
            if let Some(w) = &who
                && w.actor.is_none()
                && w.seg == si
                && matches!(
                    w.name.to_lowercase().as_str(),
                    "he" | "she" | "the woman" | "the man"
                )
                && let Some(m) = self.person_in_verbless_sentence(si, close + 1)
            {
                who = Some(self.who_of_mention(si, m));
            }
            // `Scott used words like "devastating" and "catastrophic"`: the words are the
            // user's
            let mut used_words = false;
            if kind == QuoteKind::Partial && who.is_none() && nwords <= 3 {
                let from = lo.max(sp.open.saturating_sub(8));
                if let Some(k) = (from..sp.open).rev().find(|&k| {
                    self.is_word(si, k)
                        && matches!(
                            self.lower(si, k),
                            "word" | "words" | "term" | "terms" | "phrase" | "phrases"
                        )
                }) && let Some(u) = (k.saturating_sub(3).max(lo)..k).find(|&j| {
                    self.is_word(si, j)
                        && matches!(self.lower(si, j), "used" | "uses" | "using" | "use")
                }) && let Some(w) = self.subject_before(si, u, lo)
                {
                    who = Some(w);
                    cue = Some(self.lower(si, u).to_string());
                    used_words = true;
                }
            }
            // `the so-called "Feld clause"` is a scare quote whatever the cue
            // (so is a name after `known as`: `popularly known as the 'Tweeting Chief'`)
            let so_called = sp.open > 0
                && self.is_word(si, sp.open - 1)
                && matches!(self.lower(si, sp.open - 1), "so-called" | "so‑called")
                || {
                    let d = usize::from(
                        sp.open > 0
                            && self.is_word(si, sp.open - 1)
                            && matches!(self.lower(si, sp.open - 1), "the" | "a"),
                    );
                    sp.open >= d + 2
                        && self.is_word(si, sp.open - d - 1)
                        && self.lower(si, sp.open - d - 1) == "as"
                        && self.is_word(si, sp.open - d - 2)
                        && self.lower(si, sp.open - d - 2) == "known"
                };
            if so_called && nwords <= 3 {
                kind = QuoteKind::Scare;
                who = None;
                cue = None;
            }
            // scare quotes: one or two words with no cue attached tightly
            if kind == QuoteKind::Partial && nwords <= 2 {
                // `and looked forward to 'serious work'`: the speaker of the sentence's
                // previous quote goes on
                if cue.is_none()
                    && qi > 0
                    && let Some((p, _)) = prev_in_para.as_ref()
                    && !(before.0..before.1)
                        .any(|k| self.mention_at(si, k).is_some() || self.verb_at(si, k).is_some())
                {
                    who = Some(p.clone());
                    cue = Some("and".into());
                    conf = 0.6;
                }
                // `commended the "measured" and "wise" approach`, `talk of a "crisis" in`:
                // a word between a determiner and the rest of its phrase is a scare quote,
                // unless a naming verb (`called it a "blank-cheque" policy`) attaches it
                let tight = cue.is_some() && {
                    let prev_det = sp.open > 0
                        && self.is_word(si, sp.open - 1)
                        && (DETERMINERS.contains(&self.lower(si, sp.open - 1))
                            || matches!(self.lower(si, sp.open - 1), "and" | "or"));
                    let next_word =
                        self.is_word(si, close + 1) && !is_cap(self.word(si, close + 1));
                    let naming = (sp.open.saturating_sub(6)..sp.open).any(|k| {
                        self.verb_at(si, k).is_some_and(|b| {
                            matches!(b, "call" | "describe" | "brand" | "label" | "term" | "dub")
                        })
                    });
                    // (the object of a promise or a demand: `He promises a "better
                    // democracy" to the millions`)
                    let promised = prev_det
                        && sp.open >= 2
                        && self.verb_at(si, sp.open - 2).is_some_and(|b| {
                            matches!(
                                b,
                                "promise" | "pledge" | "vow" | "demand" | "predict" | "propose"
                            )
                        });
                    !(prev_det && next_word) || naming || used_words || promised
                };
                if !tight {
                    kind = QuoteKind::Scare;
                    who = None;
                    cue = None;
                }
            }
            if kind != QuoteKind::Scare && who.is_none() {
                // colon without a verb: `The minister was blunt: "..."`
                if matches!(lead_end, Some(Some(':')))
                    && label.is_none()
                    && let Some(w) =
                        (lo..sp.open).find_map(|k| self.np_ending_at_start(si, k, sp.open))
                {
                    who = Some(self.person_behind_body(si, w, sp.open));
                    cue = Some(":".into());
                    conf = 0.75;
                }
            }
            // headline pattern: `'Talks are dead': Ruritanian FM rallies allies`
            // (or a subheading shaped like one: `"It was a crazy moment" - Noah Lyles on
            // the wait`, a short paragraph with no full stop)
            let subhead = || {
                let seg = &self.segs[si];
                seg.part == Part::Body
                    && sp.open == 0
                    && lo == 0
                    && seg.toks.len() <= 30
                    && !seg
                        .text
                        .trim_end()
                        .ends_with(['.', '!', '?', '"', '”', '’', '\''])
            };
            if kind != QuoteKind::Scare
                && who.is_none()
                && (self.segs[si].part == Part::Title || subhead())
                && matches!(self.punct(si, close + 1), Some(':' | '-' | '–' | '—'))
                && let Some(w) = self.np_after(si, close + 2, hi)
                // (the speaker closes the headline, or a phrase on when or what follows
                // it: `- Noah Lyles on the wait`; not `: Urgent flood alarm for ...`)
                && (w.seg != si || {
                    let rest = self.tok_from(si, w.e).unwrap_or(hi);
                    (rest..hi).all(|k| self.punct(si, k).is_some())
                        || self.is_word(si, rest)
                            && matches!(
                                self.lower(si, rest),
                                "on" | "after" | "at" | "in" | "about" | "over" | "ahead"
                                    | "following" | "before" | "during" | "as" | "says"
                            )
                        // (or the speaker's verb in a headline's present: `'Out of his
                        // depth': Dutton attacks Albanese`)
                        || w.actor.is_some_and(|a| {
                            matches!(
                                self.reg.actors[self.reg.resolve(a)].kind,
                                Some(ActorKind::Person | ActorKind::Organization)
                            )
                        })
                            && self.is_word(si, rest)
                            && !is_cap(self.word(si, rest))
                            && (self.verb_at(si, rest).is_some()
                                || self.lower(si, rest).len() > 3
                                    && self.lower(si, rest).ends_with('s')
                                    && !self.lower(si, rest).ends_with("ss"))
                })
            {
                who = Some(w);
                cue = Some(":".into());
                conf = 0.7;
            }
            if kind != QuoteKind::Scare && who.is_none() {
                if let Some(l) = label {
                    who = Some(l.clone());
                    cue = Some(":".into());
                    conf = 0.85;
                } else if let Some((p, _)) = prev_in_para.as_ref().filter(|_| {
                    kind == QuoteKind::Direct
                        || qi > 0
                            && !(before.0..before.1).any(|k| {
                                self.mention_at(si, k).is_some() || self.verb_at(si, k).is_some()
                            })
                }) {
                    // the same speaker goes on: `"A," she said. "B."`, `"A" and "B"`
                    who = Some(p.clone());
                    conf = 0.75;
                } else if lo == 0
                    && sp.open <= 1
                    && let Some(c) = self.chain.clone()
                {
                    who = Some(c);
                    conf = 0.7;
                } else if kind == QuoteKind::Direct
                    && lo == 0
                    && sp.open == 0
                    && whole_para_quote
                    && let Some((_, w)) =
                        self.last_para_direct.clone().filter(|(p, _)| *p + 1 == si)
                {
                    // `"A," Roe said.` then a paragraph that is one quote: Roe goes on
                    who = Some(w);
                    conf = 0.7;
                } else if kind == QuoteKind::Direct
                    && let Some(w) = self.next_sentence_speaker(si, hi)
                {
                    who = Some(w);
                    conf = 0.65;
                } else if kind == QuoteKind::Direct
                    && whole_para_quote
                    && text.trim_end().ends_with(',')
                    && self.segs.get(si + 1).is_some_and(|n| n.part == Part::Body)
                    && let Some(w) = self.next_sentence_speaker(si + 1, 0)
                {
                    // `"..., we had no space for her,"` alone, then `Saningo said ...`:
                    // the comma leaves the quote to the speaker who comes next
                    who = Some(w);
                    conf = 0.6;
                } else if kind == QuoteKind::Direct
                    && sp.open <= lo + 1
                    && let Some((_, w)) = self
                        .last_indirect
                        .clone()
                        .filter(|(s0, _)| *s0 == si || *s0 + 1 == si)
                {
                    who = Some(w);
                    conf = 0.6;
                } else if kind == QuoteKind::Direct
                    && lo == 0
                    && sp.open == 0
                    && whole_para_quote
                    && si > 0
                    && let Some(w) = self
                        .quotes
                        .iter()
                        .rev()
                        .take_while(|q| q.seg + 1 >= si)
                        .find(|q| q.seg + 1 == si)
                        .and_then(|q| q.who.clone())
                        .filter(|w| w.actor.is_some())
                {
                    // `Kelly said the Cabinet "went into isolation".` then a paragraph
                    // that is one quote: the last one quoted goes on
                    who = Some(w);
                    conf = 0.55;
                } else if kind == QuoteKind::Partial
                    // (a quoted predicate after a copula is no one's word: `levels are
                    // "suffocating fish"`)
                    // (nor the next one: `are "choking rivers" and "suffocating fish"`)
                    && !{
                        let mut j = sp.open;
                        while j > lo {
                            if let Tk::Mark { .. } = self.segs[si].toks[j - 1].kind
                                && let Some(x) = self.segs[si].span_of[j - 1]
                            {
                                j = self.segs[si].spans[x as usize].open;
                            } else if self.punct(si, j - 1) == Some(',')
                                || self.is_word(si, j - 1)
                                    && matches!(self.lower(si, j - 1), "and" | "or")
                            {
                                j -= 1;
                            } else {
                                break;
                            }
                        }
                        j > lo
                            && self.is_word(si, j - 1)
                            && matches!(
                                self.lower(si, j - 1),
                                "is" | "are" | "was" | "were" | "be" | "been" | "being"
                            )
                            // (the sentence's own verb: not after `felt the win was`)
                            && !(lo..j - 1).any(|x| {
                                self.is_word(si, x)
                                    && !is_cap(self.word(si, x))
                                    && (self.verb_at(si, x).is_some()
                                        || past_tense(self.lower(si, x))
                                        || matches!(
                                            self.lower(si, x),
                                            "felt" | "thought" | "believes" | "feels"
                                                | "thinks" | "believed"
                                        ))
                            })
                    }
                    && let Some(w) = (self.after_headline_label(si, lo, sp.open)..sp.open)
                        .filter(|&k| self.segs[si].span_of[k].is_none())
                        // (not the one urged: `calls on the council to "..."`)
                        .filter(|&k| !self.urged_at(si, k))
                        .find_map(|k| self.np_ending_at_start(si, k, sp.open))
                        .filter(|w| {
                            w.actor.is_some_and(|a| {
                                // (a headline capitalises its words: a name there must
                                // be known as someone's)
                                self.segs[si].part != Part::Title
                                    || matches!(
                                        self.reg.actors[self.reg.resolve(a)].kind,
                                        Some(ActorKind::Person | ActorKind::Organization)
                                    )
                            })
                        })
                    && let w = self.person_behind_body(si, w, sp.open)
                    // (a thing speaks no words: `Phosphorus levels keep "..."`)
                    && w.actor.is_none_or(|a| {
                        self.reg.actors[self.reg.resolve(a)].kind != Some(ActorKind::Other)
                    })
                {
                    who = Some(w);
                    conf = 0.5;
                } else if kind == QuoteKind::Direct
                    && sp.open == 0
                    && sp.close.is_none_or(|c| c + 3 >= self.segs[si].toks.len())
                    && let Some(w) = self.previous_paragraph_subject(si)
                {
                    // `Dr Diaz briefed reporters on the outbreak.` then a paragraph that
                    // is one quote: the person the paragraph before was about
                    who = Some(w);
                    conf = 0.5;
                } else if kind == QuoteKind::Direct
                    && lo == 0
                    && sp.open == 0
                    && whole_para_quote
                    && self.segs[si].part == Part::Body
                    && let Some(w) = self.sole_quoted_person()
                {
                    // an interview piece: quote paragraphs after a line of narration,
                    // when one person alone has been quoted so far, are still theirs
                    who = Some(w);
                    conf = 0.45;
                }
            }
            if let Some(w) = &who {
                if w.actor.is_none()
                    && ["he", "she", "they", "it", "the latter", "the former"]
                        .contains(&w.mention.to_lowercase().as_str())
                {
                    conf = 0.4;
                }
                self.note_speaker(&w.clone());
                *prev_in_para = Some((w.clone(), kind));
                self.last_speaker = Some(w.clone());
                self.last_indirect = None;
            }
            if kind == QuoteKind::Scare {
                conf = 0.6;
            }
            self.quotes.push(QuoteB {
                seg: si,
                s: sp.s,
                e: sp.e,
                kind,
                who,
                cue,
                conf,
            });
        }
        let n = self.quotes.len();
        self.indirect(si, lo, hi, &quoted_here);
        if self.quotes.len() == n && self.segs[si].part == Part::Body {
            self.speech_noun_report(si, lo, hi, &quoted_here);
        }
        self.note_subjects(si, lo, hi);
    }

    /// Where a clause from `from` to `hi` ends without its final full stops.
    fn before_final_stop(&self, si: usize, from: usize, hi: usize) -> usize {
        let mut end = hi;
        while end > from && matches!(self.segs[si].toks[end - 1].kind, Tk::Punct('.' | '!')) {
            end -= 1;
        }
        end
    }

    /// `denied claims by Carlos Ahenkorah that they stormed his office`, `the
    /// complaints of New Democrats that they'd rather be working`: a noun for what was
    /// said, its sayer after `by`, `of` or `from`, then the `that` clause it holds (when
    /// the sentence reports nothing else).
    fn speech_noun_report(&mut self, si: usize, lo: usize, hi: usize, quoted: &[(usize, usize)]) {
        // (most sentences hold none of the nouns: one cheap pass first)
        let seg = &self.segs[si];
        if !(lo..hi).any(|k| {
            let t = &seg.toks[k];
            let l = &seg.lower[t.s..t.e];
            l.len() >= 5
                && matches!(l.as_bytes()[0], b'c' | b's' | b'a' | b'i' | b'w' | b'd')
                && (sayers_noun(l) || issued_noun(l))
        }) {
            return;
        }
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        // `The council issued a statement on Sunday, November 5 that ...`: the issuer
        if let Some(v) = (lo + 1..hi.saturating_sub(5)).find(|&v| {
            !in_q(v)
                && self.is_word(si, v)
                && matches!(
                    self.lower(si, v),
                    "issued" | "released" | "published" | "sent" | "made" | "issues" | "releases"
                )
                && self.is_word(si, v + 1)
                && matches!(self.lower(si, v + 1), "a" | "an" | "the")
                && self.is_word(si, v + 2)
                && issued_noun(self.lower(si, v + 2))
        }) && let Some(j) = (v + 3..hi.min(v + 12))
            .take_while(|&j| !in_q(j) && (self.is_word(si, j) || self.punct(si, j) == Some(',') || self.segs[si].toks[j].kind == Tk::Num))
            .find(|&j| self.is_word(si, j) && self.lower(si, j) == "that")
            // (not a relative clause: `a statement that was later withdrawn`)
            && self.is_word(si, j + 1)
            && !{
                let l = self.lower(si, j + 1);
                AUX.contains(&l) || past_tense(l) || self.verb_at(si, j + 1).is_some()
            }
            && let Some(who) = self.subject_before(si, v, lo)
        {
            let end = self.before_final_stop(si, j + 1, hi);
            if end >= j + 4 {
                let cue = self.word(si, v + 2).to_string();
                self.push_indirect(si, j + 1, end, Some(who), &cue, quoted);
                return;
            }
        }
        let Some(k) = (lo..hi.saturating_sub(4)).find(|&k| {
            !in_q(k)
                && self.is_word(si, k)
                && sayers_noun(self.lower(si, k))
                && self.is_word(si, k + 1)
                && matches!(self.lower(si, k + 1), "by" | "of" | "from")
        }) else {
            return;
        };
        let Some(j) = (k + 3..hi.min(k + 14))
            .take_while(|&j| self.is_word(si, j) && !in_q(j))
            .find(|&j| self.lower(si, j) == "that")
        else {
            return;
        };
        // (the first of several named: `of New Democrats and Tories`)
        let Some(who) = self.np_after(si, k + 2, j).or_else(|| {
            let m = self.mention_at(si, k + 2).filter(|m| m.full_s == k + 2)?;
            Some(self.who_of_mention(si, m))
        }) else {
            return;
        };
        let end = self.before_final_stop(si, j + 1, hi);
        let finite = self.clause_follows(si, j + 1, end)
            || (j + 2..end.min(j + 9)).any(|x| {
                self.is_word(si, x) && {
                    let l = self.lower(si, x);
                    past_tense(l) || l.ends_with("'d") || l.ends_with("’d")
                }
            });
        if end < j + 4 || !finite {
            return;
        }
        let cue = self.word(si, k).to_string();
        self.push_indirect(si, j + 1, end, Some(who), &cue, quoted);
    }

    /// Where the phrase starting at token `t0` begins with its determiner, if one
    /// stands right before it.
    fn over_determiner(&self, si: usize, t0: usize) -> usize {
        if t0 > 0 && self.is_word(si, t0 - 1) && DETERMINERS.contains(&self.lower(si, t0 - 1)) {
            t0 - 1
        } else {
            t0
        }
    }

    /// Whether the phrase starting at token `t0` is the one urged or asked to act
    /// (`calls on the council to`, `urged the minister to`).
    fn urged_at(&self, si: usize, t0: usize) -> bool {
        let p = self.over_determiner(si, t0);
        p > 0
            && self.is_word(si, p - 1)
            && (matches!(
                self.lower(si, p - 1),
                "urged" | "urges" | "urging" | "pressed" | "presses" | "begged" | "implored"
            ) || self.lower(si, p - 1) == "on"
                && p >= 2
                && self.is_word(si, p - 2)
                && matches!(
                    self.lower(si, p - 2),
                    "calls" | "called" | "calling" | "call"
                ))
    }

    /// Whether the phrase starting at token `t0` is the object of `to` or `with` (`in a
    /// letter to X`, `in an interview with X`).
    fn addressee_at(&self, si: usize, t0: usize) -> bool {
        // (over a determiner: `to the minister`)
        let p = self.over_determiner(si, t0);
        p > 0
            && self.is_word(si, p - 1)
            && (matches!(self.lower(si, p - 1), "to" | "with" | "toward" | "towards")
                // (or whose friend or lawyer is meant: `a friend of Ann Lee`, `a lawyer
                // for Ann Lee`)
                || matches!(self.lower(si, p - 1), "of" | "for")
                    && p >= 2
                    && self.is_word(si, p - 2)
                    && !is_cap(self.word(si, p - 2)))
    }

    /// The person or body before a phrase addressed to someone that opens at token `t0`
    /// (`Albert Ncube in a letter to X said`: Albert Ncube), when only lower-case words
    /// stand between them.
    fn subject_before_addressee(&self, si: usize, t0: usize, lo: usize) -> Option<actors::Mention> {
        if !self.addressee_at(si, t0) {
            return None;
        }
        let mut j = t0;
        let mut steps = 0;
        while j > lo && steps < 10 {
            j -= 1;
            steps += 1;
            if self.punct(si, j) == Some(',') {
                continue;
            }
            if !self.is_word(si, j) || self.verb_at(si, j).is_some() {
                return None;
            }
            if let Some(m) = self.mention_at(si, j) {
                let a = self.reg.resolve(m.actor);
                return (m.e == j + 1
                    && matches!(
                        self.reg.actors[a].kind,
                        Some(ActorKind::Person | ActorKind::Organization)
                    )
                    && !self.addressee_at(si, m.full_s)
                    && (self.punct(si, m.e) == Some(',')
                        || self.is_word(si, m.e)
                            && matches!(
                                self.lower(si, m.e),
                                "in" | "at" | "during" | "on" | "speaking" | "writing"
                            )))
                .then_some(m);
            }
            if is_cap(self.word(si, j)) {
                return None;
            }
        }
        None
    }

    /// The one person every attributed quote so far belongs to (two quotes at least),
    /// as their latest quote names them.
    fn sole_quoted_person(&self) -> Option<Who> {
        let mut one: Option<(usize, &Who)> = None;
        let mut n = 0;
        for q in &self.quotes {
            let Some(w) = &q.who else { continue };
            let a = self.reg.resolve(w.actor?);
            if one.is_some_and(|(b, _)| b != a) {
                return None;
            }
            one = Some((a, w));
            n += 1;
        }
        let (a, w) = one?;
        (n >= 2 && self.reg.actors[a].kind == Some(ActorKind::Person)).then(|| w.clone())
    }

    /// A noun phrase that is the subject at the start of the sentence region.
    /// The person the last sentence of the paragraph before `si` is about, when that
    /// paragraph quotes no one: a name (or `he`/`she`) among its first words.
    fn previous_paragraph_subject(&self, si: usize) -> Option<Who> {
        let p = si.checked_sub(1)?;
        let seg = &self.segs[p];
        if seg.part != Part::Body || seg.part != self.segs[si].part || !seg.spans.is_empty() {
            return None;
        }
        let n = seg.toks.len();
        let last = (0..n).rev().find(|&k| self.is_word(p, k))?;
        let st = self.after_fronted(p, self.sentence_start(p, last), n);
        for k in st..n.min(st + 6) {
            if !self.is_word(p, k) {
                continue;
            }
            if let Some(m) = self.mention_at(p, k)
                && m.full_s == k
            {
                let a = self.reg.resolve(m.actor);
                let possessive = m.e > 0 && strip_possessive(self.word(p, m.e - 1)).1;
                // `Deutsche Bahn's head of human resources, Martin Seiler, also
                // criticized ...`: the person named after a body's role
                if possessive && self.reg.actors[a].kind != Some(ActorKind::Person) {
                    let comma = (m.e..n.min(m.e + 10))
                        .take_while(|&j| self.is_word(p, j) || self.punct(p, j) == Some(','))
                        .find(|&j| self.punct(p, j) == Some(','))?;
                    let pm = self.mention_at(p, comma + 1)?;
                    return (pm.full_s == comma + 1
                        && self.reg.actors[self.reg.resolve(pm.actor)].kind
                            == Some(ActorKind::Person)
                        && self.punct(p, pm.e) == Some(','))
                    .then(|| self.who_of_mention(p, pm));
                }
                return (self.reg.actors[a].kind == Some(ActorKind::Person) && !possessive)
                    .then(|| self.who_of_mention(p, m));
            }
            if k == st && matches!(self.lower(p, k), "he" | "she") {
                return self.np_ending_at(p, k, k, 0).filter(|w| {
                    w.actor
                        .is_some_and(|a| self.reg.actors[a].kind == Some(ActorKind::Person))
                });
            }
            if self.verb_at(p, k).is_some() {
                return None;
            }
        }
        None
    }

    fn np_ending_at_start(&self, si: usize, k: usize, hi: usize) -> Option<Who> {
        if let Some(m) = self.mention_at(si, k) {
            if m.full_s == k
                && self.reg.actors[self.reg.resolve(m.actor)].kind != Some(ActorKind::Place)
            {
                return Some(self.who_of_mention(si, m));
            }
            return None;
        }
        if !self.is_word(si, k) {
            return None;
        }
        let w = self.lower(si, k);
        if let Some(&pc) = lexicon().pronouns.get(w) {
            if matches!(pc, PronounClass::Male | PronounClass::Female) && (w == "he" || w == "she")
            {
                return self.resolve_pronoun(si, k, k, self.word(si, k), pc, w);
            }
            return None;
        }
        if DETERMINERS.contains(&w) {
            // the nominal head within a few words
            for j in k + 1..(k + 5).min(hi) {
                if let Some(who) = self.np_ending(si, j, k) {
                    return Some(who);
                }
            }
            return None;
        }
        // a bare plural before its verb: `Police have defended ...`, `Government
        // officials said ...` (the first of two: `Police and government officials`)
        let j = (k..(k + 4).min(hi))
            .take_while(|&j| self.is_word(si, j))
            .find(|&j| {
                self.is_word(si, j + 1) && {
                    let nw = self.lower(si, j + 1);
                    AUX.contains(&nw) || past_tense(nw) || nw == "and"
                }
            })?;
        // (`Police` may be the force the story names)
        self.np_ending(si, j, k).filter(|w| {
            plural_nominal(&w.name)
                || w.actor.is_some_and(|a| {
                    self.reg.actors[a].kind == Some(ActorKind::Organization)
                        && plural_nominal(self.word(si, j))
                })
        })
    }

    /// `"We lost everything." That is how Jane Roe, a farmer, describes the flood.`
    /// A person named near the start of the sentence after the one holding token `cue`,
    /// before a comma, when that sentence has no verb (`Kevin Prado, 27-year-old business student, at the
    /// Lima protest.`, `Cuban ambassador in Italy, Mirta Granda Averhoff.`).
    fn person_in_verbless_sentence(&self, si: usize, cue: usize) -> Option<actors::Mention> {
        let s = &self.segs[si];
        if cue >= s.toks.len() {
            return None;
        }
        let from = self.sentence_end(si, cue);
        if from >= s.toks.len() || from == 0 || s.sid[from] == s.sid[from - 1] {
            return None;
        }
        let end = self.sentence_end(si, from);
        if (from..end).any(|k| {
            s.span_of[k].is_some()
                // (a noun after its determiner or a name is none: `at the Lima
                // protest`)
                || self.verb_at(si, k).is_some()
                    && !(k > from
                        && (DETERMINERS.contains(&self.lower_or_empty(si, k - 1))
                            || is_cap(self.word(si, k - 1))))
                || self.is_word(si, k) && {
                    let w = self.lower(si, k);
                    past_tense(w) || AUX.contains(&w)
                }
        }) {
            return None;
        }
        (from..end.min(from + 8)).find_map(|k| {
            self.mention_at(si, k).filter(|m| {
                m.full_s == k
                    && self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Person)
                    && matches!(self.punct(si, m.e), Some(',' | '.'))
            })
        })
    }

    fn next_sentence_speaker(&self, si: usize, from: usize) -> Option<Who> {
        let s = &self.segs[si];
        if from >= s.toks.len() {
            return None;
        }
        let end = self.sentence_end(si, from);
        if (from..end).any(|k| s.span_of[k].is_some()) {
            return None;
        }
        for k in from..end {
            if self.verb_at(si, k).is_some()
                && let Some(w) = self.subject_before(si, k, from)
                && w.actor.is_some()
            {
                return Some(w);
            }
        }
        None
    }

    /// What a hearing was told, its speaker unnamed: `CLAUSE, an inquest has heard.`,
    /// `The inquest heard (that) CLAUSE`, `An inquest held at ... on Tuesday, heard
    /// CLAUSE`. Pushes the clause (speaker null) and says whether it did.
    fn hearing_report(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        quoted: &[(usize, usize)],
    ) -> bool {
        const HEARINGS: &[&str] = &[
            "inquest",
            "court",
            "jury",
            "tribunal",
            "hearing",
            "trial",
            "inquiry",
            "committee",
        ];
        // (cheap test first: the word in the sentence's text at all)
        if lo >= hi {
            return false;
        }
        let seg = &self.segs[si];
        if !seg.lower[seg.toks[lo].s..seg.toks[hi - 1].e].contains("heard") {
            return false;
        }
        let Some(h) = (lo..hi).find(|&k| self.is_word(si, k) && self.lower(si, k) == "heard")
        else {
            return false;
        };
        if quoted.iter().any(|&(a, b)| h >= a && h <= b) {
            return false;
        }
        let mut end = hi;
        while end > h + 1 && self.punct(si, end - 1).is_some() {
            end -= 1;
        }
        // (`The court heard he told detectives ...`, `He told detectives ..., the jury
        // heard`: a report inside what was heard is the one to read, as usual)
        let teller = |from: usize, to: usize| {
            (from..to.min(from + 16)).any(|j| {
                j > from
                    && !quoted.iter().any(|&(a, b)| j >= a && j <= b)
                    && self
                        .verb_at(si, j)
                        .is_some_and(|v| matches!(v, "tell" | "say"))
                    && self.is_word(si, j - 1)
                    && matches!(self.lower(si, j - 1), "he" | "she" | "they" | "but" | "and")
            })
        };
        if teller(lo, h) || teller(h + 1, end) {
            return false;
        }
        // the head noun before `heard` (past `has`/`had`), with its article
        let mut n = h - usize::from(h > lo);
        if n > lo && self.is_word(si, n) && matches!(self.lower(si, n), "has" | "had" | "was") {
            n -= 1;
        }
        let head = |k: usize| self.is_word(si, k) && HEARINGS.contains(&self.lower(si, k));
        let det = |k: usize| {
            self.is_word(si, k) && matches!(self.lower(si, k), "the" | "an" | "a" | "this")
        };
        // `CLAUSE, an inquest has heard.`
        if n > lo + 2 && head(n) && det(n - 1) && self.punct(si, n - 2) == Some(',') && end == h + 1
        {
            let n0 = self.quotes.len();
            self.push_indirect(si, lo, n - 2, None, "heard", quoted);
            return self.quotes.len() > n0;
        }
        // `The inquest heard (that) CLAUSE`, or the subject with a phrase of its own set
        // off by commas: `An inquest held at ... on Tuesday, September 28, heard CLAUSE`
        let subject = (head(n) && n > lo && det(n - 1) && n - 1 == lo)
            || (det(lo) && head(lo + 1) && h > lo + 2 && self.punct(si, h - 1) == Some(','))
            // (or named with its place: `London's Southwark crown court has heard`)
            || head(n)
                && n > lo
                && n - lo <= 5
                && (lo..n).all(|j| self.is_word(si, j) && self.verb_at(si, j).is_none())
                && (lo..n).any(|j| is_cap(self.word(si, j)));
        if subject && end > h + 3 {
            let mut c = h + 1;
            let that = self.is_word(si, c) && self.lower(si, c) == "that";
            if that {
                c += 1;
            }
            // a clause, not what was heard (`heard evidence from six witnesses`)
            let clause = that
                || self.is_word(si, c)
                    && (clause_opener(self.lower(si, c)) || self.mention_at(si, c).is_some())
                    && (self.clause_follows(si, c, end)
                        || (c + 1..end.min(c + 8)).any(|j| {
                            self.is_word(si, j)
                                && past_tense(self.lower(si, j))
                                && !is_cap(self.word(si, j))
                        }));
            if clause && self.is_word(si, c) && !self.lower(si, c).ends_with("ing") {
                let n0 = self.quotes.len();
                self.push_indirect(si, c, end, None, "heard", quoted);
                return self.quotes.len() > n0;
            }
        }
        false
    }

    /// Reported speech without quote marks in sentence [lo, hi).
    /// `Noting that the work is a "laborious process," the minister said ...`, `While
    /// acknowledging that delays "cannot be eliminated," the minister stressed ...`: a
    /// participle of saying set before the subject, with its `that` clause, is that
    /// subject's report. Pushes it and returns where the main clause starts.
    fn fronted_participle_report(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        quoted: &[(usize, usize)],
    ) -> Option<usize> {
        let p = if matches!(self.lower_or_empty(si, lo), "while" | "after" | "in") {
            lo + 1
        } else {
            lo
        };
        if !self.is_word(si, p)
            || !self.lower(si, p).ends_with("ing")
            || !self.verb_at(si, p).is_some_and(reporting_verb)
            || self.lower_or_empty(si, p + 1) != "that"
        {
            return None;
        }
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        let (np, who) = (p + 4..hi.min(p + 60)).find_map(|c| {
            if self.punct(si, c) != Some(',') {
                return None;
            }
            // (the comma inside the closing mark: `a "laborious process," the ...`)
            let mark = matches!(
                self.segs[si].toks.get(c + 1).map(|t| t.kind),
                Some(Tk::Mark { .. })
            );
            let np = c + 1 + usize::from(mark);
            if in_q(np) || !self.is_word(si, np) {
                return None;
            }
            // the main clause's verb a few words on, and its subject before it
            let t = (np + 1..hi.min(np + 12)).find(|&t| {
                self.is_word(si, t)
                    && !in_q(t)
                    && !is_cap(self.word(si, t))
                    && (self.verb_at(si, t).is_some() || past_tense(self.lower(si, t)))
            })?;
            let who = self.subject_before(si, t, np)?;
            (who.seg == si && self.tok_from(si, who.s).is_some_and(|x| x >= np))
                .then_some((np, who))
        })?;
        let cue = self.word(si, p).to_string();
        let n = self.quotes.len();
        self.push_indirect(si, p + 2, np, Some(who), &cue, quoted);
        (self.quotes.len() > n).then_some(np)
    }

    fn indirect(&mut self, si: usize, lo: usize, hi: usize, quoted: &[(usize, usize)]) {
        if self.segs[si].part == Part::Body && self.this_according_to(si, lo, hi) {
            return;
        }
        // a headline: `Minister says CLAUSE`, or the comma cue below (`CLAUSE, says
        // Roger Federer`, `CLAUSE, health officials admit`)
        if self.segs[si].part == Part::Title {
            let n = self.quotes.len();
            self.headline_indirect(si, lo, hi, quoted);
            if self.quotes.len() == n {
                self.headline_label(si, lo, hi, quoted);
            }
            if self.quotes.len() > n {
                return;
            }
        }
        if self.segs[si].part == Part::Body && self.hearing_report(si, lo, hi, quoted) {
            return;
        }
        // every construction below hangs on a speech verb or `according to`: a sentence
        // without one reports nothing (most sentences; the rest of this is costly)
        let seg = &self.segs[si];
        if !(lo..hi).any(|k| {
            seg.verbs[k].is_some()
                || seg.toks[k].kind == Tk::Word
                    && matches!(
                        self.lower(si, k),
                        "according" | "assurance" | "assurances" | "undertaking" | "guarantee"
                    )
        }) {
            return;
        }
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        if self.document_signed_by(si, lo, hi, quoted) {
            return;
        }
        if let Some(rest) = self.fronted_participle_report(si, lo, hi, quoted) {
            self.indirect(si, rest, hi, quoted);
            return;
        }
        // `As reported by state media CNA, the judge has reserved her decision`: what
        // the source reported, as after `according to`
        let end = (lo..hi)
            .rev()
            .find(|&j| !matches!(self.segs[si].toks[j].kind, Tk::Punct('.' | '!' | '?')))
            .map_or(hi, |j| j + 1);
        if end > lo + 6
            && self.is_word(si, lo)
            && self.lower(si, lo) == "as"
            && self.is_word(si, lo + 1)
            && self.lower(si, lo + 1) == "reported"
            && self.is_word(si, lo + 2)
            && self.lower(si, lo + 2) == "by"
            && let Some(c) = (lo + 4..end.min(lo + 12)).find(|&j| self.punct(si, j) == Some(','))
            && !(lo..c).any(&in_q)
            && c + 3 < end
            && let Some(who) = self
                .np_after(si, lo + 3, c)
                .or_else(|| self.source_words(si, lo + 3, c))
                // (a name after its description: `state media CNA`)
                .or_else(|| {
                    let m = self
                        .mention_at(si, c - 1)
                        .filter(|m| m.e == c && m.full_s > lo + 2)?;
                    Some(self.who_of_mention(si, m))
                })
        {
            self.push_indirect(si, c + 1, end, Some(who), "reported by", quoted);
            return;
        }
        if self.opening_participle_report(si, lo, hi, quoted) {
            return;
        }
        // sentence end without the final full stop
        let mut end = hi;
        while end > lo
            && matches!(
                self.segs[si].toks[end - 1].kind,
                Tk::Punct('.' | '!' | '?' | ')' | '…')
            )
        {
            end -= 1;
        }
        // `... before the end of the year Jeong said.`: a person named before, and
        // their cue, close the sentence with no comma before them
        if quoted.is_empty()
            && end >= lo + 7
            && self.is_word(si, end - 1)
            && matches!(self.lower(si, end - 1), "said" | "says" | "added")
            && let Some(m) = self.mention_at(si, end - 2)
            && m.e == end - 1
            && m.full_s >= lo + 5
            && self.is_word(si, m.full_s - 1)
            && !is_cap(self.word(si, m.full_s - 1))
            && !matches!(
                self.lower(si, m.full_s - 1),
                "and"
                    | "or"
                    | "but"
                    | "that"
                    | "as"
                    | "of"
                    | "by"
                    | "to"
                    | "with"
                    | "for"
                    | "from"
                    | "than"
                    | "what"
                    | "where"
                    | "who"
                    | "when"
                    | "how"
                    | "why"
            )
            && let a = self.reg.resolve(m.actor)
            && self.reg.actors[a].kind == Some(ActorKind::Person)
            && self
                .first_mention(a)
                .is_some_and(|f| f < (si, self.segs[si].toks[lo].s))
            && (lo..m.full_s).any(|j| {
                self.is_word(si, j) && {
                    let w = self.lower(si, j);
                    AUX.contains(&w) || is_modal(w) || past_tense(w)
                }
            })
            && !(lo..m.full_s).any(|j| {
                self.segs[si].in_quote[j] || self.verb_at(si, j).is_some_and(reporting_verb)
            })
        {
            let cue = self.word(si, end - 1).to_string();
            let who = self.who_of_mention(si, m);
            self.push_indirect(si, lo, m.full_s, Some(who), &cue, quoted);
            return;
        }
        // `clause, X said.` / `clause, said X.` / `clause, X told reporters.`
        // `clause, a sheriff said, and a driver was arrested`: the cue closes the first
        // of two joined clauses
        // (or before a clause hung on the cue: `..., Koski said in Oslo, where she met`)
        let joined = |c: usize| {
            self.is_word(si, c + 1)
                && matches!(
                    self.lower(si, c + 1),
                    "and"
                        | "but"
                        | "where"
                        | "which"
                        | "who"
                        | "whose"
                        | "while"
                        | "when"
                        | "after"
                        | "before"
                        | "although"
                        | "though"
                        | "amid"
                        | "as"
                        | "despite"
                        // (or a phrase on where and how it was said: `..., Menon said
                        // on Wednesday, in a speech to bankers`)
                        | "in"
                        | "at"
                        | "during"
                        | "speaking"
                        | "citing"
                )
                    // (`..., Legault said, adding that ...`: a participle of saying with
                    // its own clause)
                    || self.is_word(si, c + 1)
                        && self.lower(si, c + 1).ends_with("ing")
                        && self.segs[si].verbs[c + 1].is_some()
                    // (or any participle hung on the cue: `..., state-run Anadolu Agency
                    // reported, making inroads into ...`)
                    // (not `..., visiting Indian foreign secretary Vikram Misri said`: the
                    // cue's verb comes right before that comma)
                    || self.is_word(si, c + 1)
                        && participle_word(self.word(si, c + 1))
                        && (c.saturating_sub(4).max(lo)..c).any(|j| {
                            self.verb_at(si, j).is_some_and(reporting_verb)
                                && !self.lower(si, j).ends_with("ing")
                        })
        };
        let mut commas = (lo + 3..end)
            .rev()
            .filter(|&j| self.punct(si, j) == Some(','));
        let last = commas.next();
        let cue_comma = match (last, commas.next()) {
            // (`..., said Syeda Rizwana Hasan, adviser to the Ministry of Environment,
            // Forest, and Climate Change.`: an inverted cue whose name has an apposition,
            // however many commas that holds)
            (Some(_), _)
                if let Some(c1) = (lo + 3..end).find(|&j| {
                    self.punct(si, j) == Some(',')
                        && self.verb_at(si, j + 1).is_some_and(reporting_verb)
                        // (`told` takes its hearer after it, never its speaker)
                        && !self.verb_at(si, j + 1).is_some_and(tell_type)
                        && !self.lower(si, j + 1).ends_with("ing")
                        && self.mention_at(si, j + 2).is_some_and(|m| {
                            m.full_s == j + 2
                                && self.punct(si, m.e) == Some(',')
                                && self.is_word(si, m.e + 1)
                                && {
                                    let l = self.lower(si, m.e + 1);
                                    matches!(l, "a" | "an" | "the")
                                        || lexicon().is_title(l)
                                        || lexicon().title_heads.contains(l)
                                }
                        })
                }) =>
            {
                Some((c1, end))
            }
            // (`..., warns the chief executive of Wesfarmers, Michael Chaney.`: an
            // inverted cue's role, then the name set off after it)
            (Some(c2), Some(_))
                if let Some(m) = self.mention_at(si, c2 + 1)
                    && m.s == c2 + 1
                    && (m.e..end).all(|j| !self.is_word(si, j))
                    && !matches!(
                        self.reg.actors[self.reg.resolve(m.actor)].kind,
                        Some(ActorKind::Place | ActorKind::Organization)
                    )
                    && let Some(c1) = (c2.saturating_sub(9).max(lo + 3)..c2).rfind(|&j| {
                        self.punct(si, j) == Some(',')
                            && self.verb_at(si, j + 1).is_some_and(reporting_verb)
                            && self.verb_at(si, j + 1) != Some("tell")
                            && !self.lower(si, j + 1).ends_with("ing")
                            && matches!(self.lower_or_empty(si, j + 2), "the" | "a" | "an")
                    })
                    && (c1 + 1..c2).all(|j| self.is_word(si, j)) =>
            {
                Some((c1, end))
            }
            // (brackets lengthen it: `the Monetary Authority of Singapore's (MAS)
            // chief said on Wednesday (Feb 27), in comments ...`)
            (Some(c2), Some(c1))
                if joined(c2)
                    && c2 - c1
                        <= if (c1..c2).any(|j| self.punct(si, j) == Some('('))
                            // (or a pronoun's cue, then where it was said: `, he said at
                            // a news conference in the Red Sea resort of Sharm el-Sheikh,
                            // where ...`)
                            || self.is_word(si, c1 + 1)
                                && matches!(self.lower(si, c1 + 1), "he" | "she" | "they")
                                && self.verb_at(si, c1 + 2).is_some_and(reporting_verb)
                        {
                            18
                        } else {
                            12
                        } =>
            {
                Some((c1, c2))
            }
            // (`..., Legault said, adding that if the pace continues, Quebec will ...`:
            // the comma before a participle of saying and its `that` ends the cue, however
            // many commas its clause holds)
            (Some(c), _) => (lo + 3..c)
                .rev()
                .filter(|&j| {
                    self.punct(si, j) == Some(',')
                        && self.is_word(si, j + 2)
                        && self.lower(si, j + 2) == "that"
                        && self.is_word(si, j + 1)
                        && self.lower(si, j + 1).ends_with("ing")
                        && self.segs[si].verbs[j + 1].is_some()
                })
                .find_map(|c2| {
                    let c1 = (lo + 3..c2)
                        .rev()
                        .find(|&j| self.punct(si, j) == Some(','))?;
                    (c2 - c1 <= 12).then_some((c1, c2))
                })
                .or(Some((c, end))),
            _ => None,
        };
        // a cue closing the sentence after a clause with a cue of its own (`Malenko told
        // the mediators that Borovia was ready, a Qasimari official said`): that clause
        // ends at the comma (the inner cue wins; the outer only reports it)
        let mut trailing_cue: Option<usize> = None;
        let sentence_end = end;
        if let Some((comma, end)) = cue_comma {
            // (a bracketed acronym lengthens the name: `the National Trades Union
            // Congress (NTUC) said`)
            let reach = if (comma + 1..end.min(comma + 10)).any(|j| self.punct(si, j) == Some('('))
            {
                12
            } else {
                9
            };
            // (`..., adding that they were advised to ...`: a participle's clause, no
            // closing cue)
            let participle = self.is_word(si, comma + 1)
                && self.lower(si, comma + 1).ends_with("ing")
                && self.verb_at(si, comma + 1).is_some_and(reporting_verb);
            // (a long titled name is one mention: `, Inspector-General of Police Tan
            // Sri Khalid Abu Bakar said`)
            let reach = match self.mention_at(si, comma + 1) {
                Some(m) if m.full_s == comma + 1 && m.e >= comma + reach => m.e - comma + 1,
                _ => reach,
            };
            let v = (comma + 1..end.min(comma + reach)).find(|&j| {
                !participle
                    && self.verb_at(si, j).is_some_and(reporting_verb)
                    && !self.lower(si, j).ends_with("ing")
            });
            if let Some(v) = v {
                // (the comma inside a closing mark: `... is "closed," said Jennifer Morse`; not
                // in a headline, whose quote is the fragment alone)
                let inv = comma
                    + 1
                    + usize::from(
                        self.segs[si].part != Part::Title
                            && matches!(
                                self.segs[si].toks.get(comma + 1).map(|t| t.kind),
                                Some(Tk::Mark { .. })
                            ),
                    );
                // the cue must close the sentence: at most a few words after the verb
                // (`told reporters`, `on Monday`), never a clause of its own
                // (`..., the inquest was told`: the subject heard it, the speaker is
                // not named)
                let heard = self.passive_told(si, v, comma + 1);
                let who = if v == inv {
                    self.np_after(si, v + 1, end).or_else(|| {
                        // `..., says minister`, `..., say police`: a bare role (headline
                        // style)
                        let n = end - v - 1;
                        ((1..=3).contains(&n) && (v + 1..end).all(|j| self.is_word(si, j)) && {
                            let lx = lexicon();
                            let last = strip_possessive(self.lower(si, end - 1)).0;
                            lx.is_title(last)
                                || lx.title_heads.contains(last)
                                || lx.nominal_speakers.contains(last)
                        })
                        .then(|| self.unnamed_words(si, v + 1, end))
                    })
                } else if heard {
                    None
                } else {
                    self.subject_before(si, v, comma + 1)
                };
                // (a long name closing an inverted cue is no clause: `, said Fresno
                // County Coroner Dr. David Hadden.`)
                let long_name = v == inv
                    && who.as_ref().is_some_and(|w| {
                        w.actor.is_some()
                            && w.seg == si
                            && (v + 1..end).all(|j| self.segs[si].toks[j].e <= w.e)
                    });
                // (`..., a lawyer has said residents are angry`: a clause after the
                // verb, so no closing cue)
                // (a phrase on where or how closes it: `, Stephen Jones told reporters
                // in a media call Tuesday afternoon.`)
                // (the phrase follows the verb at once: in `said some workers in Rio
                // blocked ...` the place is the clause's)
                let place_tail = v != inv
                    && self.is_word(si, v + 1)
                    && (matches!(
                        self.lower(si, v + 1),
                        "in" | "at" | "during" | "on" | "via" | "after" | "before" | "outside"
                    ) || self.time_phrase_end(si, v + 1, end).is_some())
                    && (v + 1..end.min(v + 5)).any(|j| {
                        self.is_word(si, j)
                            && matches!(
                                self.lower(si, j),
                                "in" | "at"
                                    | "during"
                                    | "on"
                                    | "via"
                                    | "after"
                                    | "before"
                                    | "outside"
                            )
                    })
                    && !self.clause_follows(si, v + 1, end)
                    && !(v + 1..end).any(|j| self.verb_at(si, j).is_some_and(reporting_verb));
                // the NP of an inverted cue closes the sentence, or only a phrase on
                // where and when follows it (`, said Singtel in a statement on Wednesday
                // (Feb 17).`)
                let inverted_tail = v == inv
                    && who.as_ref().is_some_and(|w| {
                        w.seg == si && {
                            let rest: Vec<usize> = (v + 1..end)
                                .filter(|&j| self.segs[si].toks[j].s >= w.e)
                                .collect();
                            let plain = |j: usize| {
                                self.punct(si, j) != Some(',')
                                    && !(self.is_word(si, j)
                                        && (self.lower(si, j) == "that"
                                            || self.verb_at(si, j).is_some()
                                            || lexicon().pronouns.contains_key(self.lower(si, j))
                                            || AUX.contains(&self.lower(si, j))))
                            };
                            rest.len() <= 2
                                // (or an apposition: `, said Syeda Rizwana Hasan,
                                // adviser to the Ministry of Environment, Forest, and
                                // Climate Change.`)
                                || self.punct(si, rest[0]) == Some(',')
                                    && rest.len() >= 2
                                    && self.is_word(si, rest[1])
                                    && {
                                        let l = self.lower(si, rest[1]);
                                        let l = l.strip_prefix("ex-").unwrap_or(l);
                                        matches!(l, "a" | "an" | "the")
                                            || lexicon().is_title(l)
                                            || lexicon().title_heads.contains(l)
                                            || lexicon().nominal_speakers.contains(l)
                                    }
                                    && {
                                        // (names and a relative clause may follow:
                                        // `the head of the union that represents bakers`)
                                        let mut rel = false;
                                        rest[2..].iter().all(|&j| {
                                            rel |= self.is_word(si, j)
                                                && matches!(
                                                    self.lower(si, j),
                                                    "that" | "who" | "which"
                                                )
                                                && self.is_word(si, j - 1);
                                            rel || self.punct(si, j) == Some(',')
                                                || self.is_word(si, j)
                                                    && is_cap(self.word(si, j))
                                                || plain(j)
                                        })
                                    }
                                || self.is_word(si, rest[0])
                                    && matches!(
                                        self.lower(si, rest[0]),
                                        "in" | "on"
                                            | "at"
                                            | "during"
                                            | "via"
                                            | "late"
                                            | "earlier"
                                            | "last"
                                            | "this"
                                            | "yesterday"
                                            | "today"
                                            | "through"
                                            // (wire copy: `, said the governor here on
                                            // Thursday.`)
                                            | "here"
                                            | "there"
                                    )
                                    && rest.iter().all(|&j| plain(j))
                        }
                    });
                // (`, Said Kristiawan told AFP before the warning was lifted.`: the
                // hearer, then when it was said)
                let told_tail = v != inv
                    && self.verb_at(si, v).is_some_and(tell_type)
                    && (v + 2..end.min(v + 6))
                        .take_while(|&j| self.is_word(si, j))
                        .find(|&j| {
                            matches!(
                                self.lower(si, j),
                                "before"
                                    | "after"
                                    | "when"
                                    | "while"
                                    | "as"
                                    | "on"
                                    | "in"
                                    | "at"
                                    | "during"
                                    | "shortly"
                            )
                        })
                        .is_some_and(|j| {
                            (v + 1..j).all(|x| {
                                self.is_word(si, x)
                                    && self.verb_at(si, x).is_none()
                                    && self.lower(si, x) != "that"
                                    && !lexicon().pronouns.contains_key(self.lower(si, x))
                            })
                        });
                let place_tail = place_tail || told_tail;
                let that_after = end - v > 7 && !long_name && !place_tail && !inverted_tail
                    || v != inv && !told_tail && end - v > 3 && self.clause_follows(si, v + 1, end)
                    || !inverted_tail
                        && (v + 1..end).any(|j| {
                            self.is_word(si, j)
                                && (self.lower(si, j) == "that"
                                    || lexicon().pronouns.contains_key(self.lower(si, j))
                                        && v != inv)
                        });
                // the NP of an inverted cue must close the sentence (`, said Jane Roe.`);
                // a pronoun after the verb opens a clause (`, said it would strike`)
                let pronoun_clause = v == inv
                    && v + 2 < end
                    && self.is_word(si, v + 1)
                    && matches!(
                        self.lower(si, v + 1),
                        "he" | "she" | "it" | "they" | "we" | "i"
                    );
                let np_closes = !pronoun_clause && (v != inv || inverted_tail);
                // the clause before the comma must be a clause, not an opening phrase
                // (`At least three people died, ...` is a clause: a quantity, no place)
                let opener = self.is_word(si, lo)
                    && !self.at_least(si, lo)
                    && matches!(
                        self.lower(si, lo),
                        "in" | "at"
                            | "on"
                            | "when"
                            | "whether"
                            | "asked"
                            | "after"
                            | "before"
                            | "while"
                            | "as"
                            | "if"
                            | "during"
                            | "speaking"
                            | "writing"
                            | "that"
                            | "regarding"
                            | "concerning"
                            | "responding"
                            | "reacting"
                            | "commenting"
                            | "following"
                            | "despite"
                            // (a purpose: `To fund a crackdown, the president
                            // suggested a moratorium`)
                            | "to"
                            // (`Since its founding in 1955, the party has ruled`)
                            | "since"
                            | "until"
                            | "although"
                            | "though"
                            | "because"
                            | "amid"
                            | "throughout"
                            | "unlike"
                    )
                    // (`After the vote, prices rose, the analyst said`: the opening
                    // phrase ends at a comma and a clause follows it)
                    && !(lo + 1..comma)
                        .rev()
                        .find(|&j| self.punct(si, j) == Some(','))
                        .is_some_and(|ci| {
                            // (a subject first: `, delivered a week before,` is no clause)
                            self.is_word(si, ci + 1)
                                && !past_tense(self.lower(si, ci + 1))
                                && !self.lower(si, ci + 1).ends_with("ing")
                                && (ci + 2..comma).any(|j| {
                                self.is_word(si, j) && {
                                    let w = self.lower(si, j);
                                    past_tense(w) || AUX.contains(&w)
                                }
                            })
                        });
                // `..., and Malenko agreed`: a clause of its own joined on, not a cue
                // (or set against it: `..., though the unions said some workers ...`)
                let coordinated = self.is_word(si, comma + 1)
                    && matches!(
                        self.lower(si, comma + 1),
                        "and" | "but" | "or" | "while" | "though" | "although" | "whereas"
                    );
                // `Lenz added that ..., X said`: the clause has a cue of its own
                // (or `told the mediators that ...`, or `, saying he hopes ...`)
                let own_cue = (lo + 1..comma).any(|j| {
                    self.punct(si, j - 1) == Some(',')
                        && self.lower(si, j).ends_with("ing")
                        && self.verb_at(si, j).is_some_and(reporting_verb)
                        // (`, adding up to 25 minutes` is no cue)
                        && self.is_word(si, j + 1)
                        && (self.lower(si, j + 1) == "that" || clause_opener(self.lower(si, j + 1)))
                }) || (lo..comma).any(|j| {
                    !(j > lo && self.gerund_after_preposition(si, j))
                        && self.verb_at(si, j).is_some_and(|b| {
                            reporting_verb(b)
                                && (self.is_word(si, j + 1) && self.lower(si, j + 1) == "that"
                                    // (`said in a statement that`, `said on Monday that`)
                                    || self.time_phrase_end(si, j + 1, comma).is_some_and(|t| {
                                        self.is_word(si, t) && self.lower(si, t) == "that"
                                    })
                                    || tell_type(b)
                                        && (j + 2..(j + 16).min(comma)).any(|x| {
                                            self.is_word(si, x) && self.lower(si, x) == "that"
                                        }))
                        })
                }) || (lo + 1..comma).any(|j| {
                    // (`Some ministers said it was vital ..., Reuters reported`: a
                    // subject saying a bare clause of its own; the outlet reporting it
                    // only carried it)
                    // (`Ives said China's inventory was running out, said the
                    // sources`: a named person's own report, carried by sources)
                    self.is_word(si, j)
                        && matches!(self.lower(si, j), "said" | "says")
                        && (self.bare_clause_after(si, j + 1, comma)
                            || j == lo + 1 && self.clause_follows(si, j + 1, comma))
                        && self.subject_before(si, j, lo).is_some_and(|w| {
                            matches!(self.lower(si, v), "reported" | "reports")
                                || j == lo + 1
                                    && (w.actor.is_some_and(|a| {
                                        self.reg.actors[self.reg.resolve(a)].kind
                                            == Some(ActorKind::Person)
                                    })
                                        // (`She said prices would rise, as analysts
                                        // had predicted`)
                                        || matches!(
                                            w.mention.to_lowercase().as_str(),
                                            "he" | "she" | "they" | "we" | "i"
                                        ))
                        })
                });
                // `The case was confirmed, Doug Allred, a spokesman for the hospital,
                // said Friday`: the name, then its description, then the verb
                // (or where it was said: `, said in an interview.`)
                let occasion_tail = (v + 1..end).filter(|&j| self.is_word(si, j)).count() <= 2
                    || self.is_word(si, v + 1)
                        && matches!(self.lower(si, v + 1), "in" | "on" | "at" | "during")
                        && end - v <= 9
                        && !(v + 2..end).any(|j| {
                            self.is_word(si, j)
                                && (self.lower(si, j) == "that"
                                    || lexicon().pronouns.contains_key(self.lower(si, j))
                                    || self.verb_at(si, j).is_some())
                        });
                if v == inv
                    && !that_after
                    && quoted.is_empty()
                    && occasion_tail
                    && let Some(c1) = (lo..comma).rev().find(|&j| self.punct(si, j) == Some(','))
                    && comma - c1 <= 10
                    && self.is_word(si, c1 + 1)
                    // (or a possessive: `Philippe Martin, France’s new minister for
                    // ecology and energy, announced`)
                    // (or a bare role: `Chen Li, chief economist at Soochow Securities,
                    // said`)
                    && (matches!(self.lower(si, c1 + 1), "a" | "an" | "the" | "its" | "their")
                        || strip_possessive(self.word(si, c1 + 1)).1
                        || !is_cap(self.word(si, c1 + 1)) && {
                            let lx = lexicon();
                            let bare = |j: usize| {
                                self.is_word(si, j) && {
                                    let w = self.lower(si, j);
                                    lx.is_title(w) || lx.title_heads.contains(w)
                                }
                            };
                            bare(c1 + 1) || c1 + 2 < comma && bare(c1 + 2)
                        })
                    && (c1 + 2..comma).all(|j| self.is_word(si, j))
                    && (c1 + 2..comma).any(|j| {
                        let w = self.lower(si, j);
                        lexicon().nominal_speakers.contains(w) || lexicon().is_title(w)
                    })
                    && let Some(m) = self.mention_at(si, c1 - 1)
                    && m.e == c1
                    && m.full_s > lo + 2
                    && self.punct(si, m.full_s - 1) == Some(',')
                    && !matches!(
                        self.reg.actors[self.reg.resolve(m.actor)].kind,
                        Some(ActorKind::Place | ActorKind::Organization)
                    )
                {
                    let cue = self.word(si, v).to_string();
                    let name = self.who_of_mention(si, m);
                    self.push_indirect(si, lo, m.full_s - 1, Some(name), &cue, quoted);
                    return;
                }
                // `Inflation is concerning, the bank's governor, Andrew Bailey, said in an
                // interview`: the role, then the name set off by commas, then the verb
                if v == inv
                    && quoted.is_empty()
                    && (v + 1..end).filter(|&j| self.is_word(si, j)).count() <= 8
                    && !(v + 1..end).any(|j| {
                        self.is_word(si, j)
                            && (self.lower(si, j) == "that"
                                || lexicon().pronouns.contains_key(self.lower(si, j))
                                || self.verb_at(si, j).is_some())
                    })
                    && let Some(m) = self.mention_at(si, comma - 1)
                    && m.e == comma
                    && m.full_s >= lo + 4
                    && self.punct(si, m.full_s - 1) == Some(',')
                    && let Some(c0) = (lo + 1..m.full_s - 1)
                        .rev()
                        .find(|&j| self.punct(si, j) == Some(','))
                    && m.full_s - 1 - c0 <= 8
                    && (c0 + 1..m.full_s - 1).all(|j| self.is_word(si, j))
                    && (matches!(
                        self.lower(si, c0 + 1),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their"
                    ) || strip_possessive(self.word(si, c0 + 1)).1)
                    && (c0 + 1..m.full_s - 1).any(|j| {
                        let w = strip_possessive(self.lower(si, j)).0;
                        lexicon().nominal_speakers.contains(w)
                            || lexicon().title_heads.contains(w)
                            || lexicon().is_title(w)
                    })
                    && matches!(
                        self.reg.actors[self.reg.resolve(m.actor)].kind,
                        Some(ActorKind::Person) | None
                    )
                {
                    let cue = self.word(si, v).to_string();
                    let name = self.who_of_mention(si, m);
                    self.push_indirect(si, lo, c0, Some(name), &cue, quoted);
                    return;
                }
                // (a name with its title, then the name set off: `The CRDB Bank Board
                // Chairman, Mr Martin Mmari said ...` is no clause: it has no word in
                // lowercase but those joining a name)
                let title_only = quoted.is_empty()
                    && self.segs[si].part != Part::Title
                    && (lo..comma).all(|j| {
                        !self.is_word(si, j)
                            || is_cap(self.word(si, j))
                            || matches!(self.lower(si, j), "the" | "of" | "and" | "for")
                    });
                // (nor a short phrase with no verb: `Also on Wednesday, the Danish
                // Storm Council confirmed ...`)
                let verbless = quoted.is_empty()
                    && self.segs[si].part != Part::Title
                    && (lo..comma).filter(|&j| self.is_word(si, j)).count() <= 4
                    && !(lo..comma).any(|j| {
                        self.is_word(si, j) && {
                            let l = self.lower(si, j);
                            (AUX.contains(&l) && !matches!(l, "also" | "then" | "not"))
                                || is_modal(l)
                                || past_tense(l)
                                || self.verb_at(si, j).is_some()
                                || l.ends_with("s") && !is_cap(self.word(si, j))
                        }
                    });
                // (nor a name and its appositive: `Anna Berg, the council leader, wrote
                // to the minister` is the sentence's subject before its verb)
                let name_and_role = quoted.is_empty()
                    && comma == v - 1
                    && self
                        .mention_at(si, lo)
                        .filter(|m| m.full_s == lo)
                        .is_some_and(|m| {
                            m.e + 1 < comma
                                && self.punct(si, m.e) == Some(',')
                                && (m.e + 1..comma).all(|j| {
                                    self.is_word(si, j) && {
                                        let l = self.lower(si, j);
                                        !AUX.contains(&l)
                                            && !is_modal(l)
                                            && !past_tense(l)
                                            && self.verb_at(si, j).is_none()
                                    }
                                })
                        });
                // (nor a relative clause with a cue inside: `a fare increase, which
                // they say would cut ridership` reports what follows the verb)
                let relative = comma + 2 < v
                    && self.is_word(si, comma + 1)
                    && matches!(self.lower(si, comma + 1), "which" | "who" | "whom")
                    && v + 1 < end
                    && self.is_word(si, v + 1);
                if !that_after
                    && (who.is_some() || heard)
                    && np_closes
                    && !opener
                    && !coordinated
                    && !title_only
                    && !verbless
                    && !name_and_role
                    && !relative
                {
                    if own_cue {
                        trailing_cue = Some(comma);
                    } else if quoted
                        .iter()
                        // (marks in a clause joined after the cue are that clause's:
                        // `..., a union leader warned, as he called it "frustrating"`)
                        .filter(|&&(a, _)| a < end)
                        .all(|&(a, b)| a > lo && (b < comma || b == comma + 1))
                    {
                        // (quoted words inside the clause are its partial quotes:
                        // `Talks, which are "difficult", go on daily, Lavrov said`,
                        // `prices have been "peaky," Leighton said`)
                        let cue = self.word(si, v).to_string();
                        let n = self.quotes.len();
                        self.push_indirect(si, lo, comma, who, &cue, quoted);
                        if self.quotes.len() > n || quoted.is_empty() {
                            // `..., three sources told Reuters, although they said no
                            // decision was made`: the joined clause may report too
                            if end < sentence_end
                                && self.quotes.len() > n
                                && self.is_word(si, end + 1)
                                && (matches!(
                                    self.lower(si, end + 1),
                                    "although" | "though" | "but" | "while" | "and"
                                ) || self.lower(si, end + 1).ends_with("ing")
                                    && self.segs[si].verbs[end + 1].is_some())
                            {
                                // (a participle reports after its comma: the comma goes too)
                                let from = if self.lower(si, end + 1).ends_with("ing") {
                                    end
                                } else {
                                    end + 1
                                };
                                self.indirect(si, from, hi, quoted);
                            }
                            return;
                        }
                    }
                }
            }
        }
        // a headline's other reported speech is its own (see headline_indirect)
        if self.segs[si].part == Part::Title {
            return;
        }
        // `The plan, she said, would cost the city millions`: a cue set between two
        // commas inside the reported sentence; the whole sentence is reported (the
        // span holds the cue, as one span cannot leave it out)
        if quoted.is_empty()
            && let Some((c1, c2, v)) = self.parenthetical_cue(si, lo, end)
            // (`told` right after the comma has its hearer after it: `Paulette Brown,
            // told JIS News, that she ...` is no cue set inside)
            && !(v == c1 + 1 && self.verb_at(si, v).is_some_and(tell_type))
        {
            let who = if v == c1 + 1 {
                self.np_after(si, v + 1, c2)
            } else {
                self.subject_before(si, v, c1 + 1)
            };
            if who.is_some() {
                // what was said starts after a colon or a dash (`offering an explanation:
                // Before birth, they say, ...`), and a narrator's opening phrase is not
                // part of it (`With calls growing, the champion said, it was opinion`)
                let mut start = (lo..c1)
                    .rev()
                    .find(|&j| matches!(self.punct(si, j), Some(':' | '—' | '–' | ';')))
                    .map_or(lo, |j| j + 1);
                // (and a lone connective before the cue: `But, he said, such efforts
                // will fail`)
                let opener = self.is_word(si, start).then(|| self.lower(si, start));
                if opener.is_some_and(|w| {
                    matches!(
                        w,
                        "with"
                            | "asked"
                            | "speaking"
                            | "after"
                            | "as"
                            | "despite"
                            | "amid"
                            | "following"
                            | "given"
                            | "when"
                            | "while"
                    ) || c1 == start + 1
                        && matches!(
                            w,
                            "but"
                                | "and"
                                | "yet"
                                | "so"
                                | "still"
                                | "now"
                                | "instead"
                                | "meanwhile"
                                | "moreover"
                                | "indeed"
                                | "nevertheless"
                                | "nonetheless"
                                | "however"
                                | "furthermore"
                                | "therefore"
                                | "thus"
                                | "ultimately"
                                | "overall"
                                | "otherwise"
                                | "rather"
                        )
                }) {
                    start = c2 + 1;
                }
                // (`..., its CEO said, bucking calls from investors`: a participle
                // after the cue is the writer's, what was said ends before the cue)
                let stop = if self.is_word(si, c2 + 1) && self.lower(si, c2 + 1).ends_with("ing") {
                    c1
                } else {
                    end
                };
                let cue = self.word(si, v).to_string();
                self.push_indirect(si, start, stop, who, &cue, quoted);
                return;
            }
        }
        // `As NPR's Merrit Kennedy reported on Saturday, police believe he acted alone`:
        // a fronted `as` clause with a cue, then what was reported
        if self.is_word(si, lo)
            && self.lower(si, lo) == "as"
            && let Some(comma) =
                (lo + 2..end.min(lo + 14)).find(|&j| self.punct(si, j) == Some(','))
            && let Some(v) = (lo + 2..comma).find(|&j| {
                self.verb_at(si, j)
                    .is_some_and(|b| reporting_verb(b) || b == "report")
                    && !self.lower(si, j).ends_with("ing")
            })
            && let Some(who) = self.subject_before(si, v, lo + 1)
            && !(lo..comma).any(&in_q)
        {
            let cue = self.word(si, v).to_string();
            self.push_indirect(si, comma + 1, end, Some(who), &cue, quoted);
            return;
        }
        let mut k = lo;
        while k < end {
            if in_q(k) {
                k += 1;
                continue;
            }
            // `according to X, clause` / `clause, according to X`
            if self.is_word(si, k)
                && self.lower(si, k) == "according"
                && self.is_word(si, k + 1)
                && self.lower(si, k + 1) == "to"
            {
                if k == lo || (k == lo + 1 && self.punct(si, lo).is_some()) {
                    // clause after the comma that ends the NP
                    if let Some(c) = (k + 2..end).find(|&j| self.punct(si, j) == Some(',')) {
                        let mut who = self.np_after(si, k + 2, c);
                        let mut c = c;
                        // `According to the headmaster, Amos Kabanda, the fire started`:
                        // the name in apposition is the source
                        if who.as_ref().is_some_and(|w| w.actor.is_none())
                            && let Some(m) = self.mention_at(si, c + 1)
                            && m.full_s == c + 1
                            && self.punct(si, m.e) == Some(',')
                            && !matches!(
                                self.reg.actors[self.reg.resolve(m.actor)].kind,
                                Some(ActorKind::Place | ActorKind::Organization)
                            )
                        {
                            who = Some(self.who_of_mention(si, m));
                            c = m.e;
                        }
                        // `According to The Star, the minister said the schools would
                        // close`: the source reports a report; the inner cue wins
                        if let Some(v) = (c + 2..end.min(c + 10))
                            .take_while(|&j| self.is_word(si, j))
                            .find(|&j| self.verb_at(si, j).is_some_and(reporting_verb))
                            && !(c + 1..=v).any(&in_q)
                            && self.subject_before(si, v, c + 1).is_some()
                        {
                            let n = self.quotes.len();
                            self.indirect(si, c + 1, hi, quoted);
                            if self.quotes.len() > n {
                                return;
                            }
                        }
                        self.push_indirect(si, c + 1, end, who, "according to", quoted);
                    }
                    return;
                }
                // `The survey shows that, according to the forecasts, the rand
                // should ...`: the clause after the aside is what the verb reports
                if k > lo + 3
                    && self.punct(si, k - 1) == Some(',')
                    && self.is_word(si, k - 2)
                    && self.lower(si, k - 2) == "that"
                {
                    if let Some(c) = (k + 2..end).find(|&j| self.punct(si, j) == Some(','))
                        && c + 1 < end
                    {
                        let v = k - 3;
                        let verb = self.verb_at(si, v).is_some();
                        let who = if verb {
                            self.speaker_of_verb(si, v, lo, k - 2)
                        } else {
                            self.subject_before(si, v, lo)
                                .or_else(|| self.np_after(si, k + 2, c))
                        };
                        let cue = if verb {
                            self.word(si, v).to_string()
                        } else {
                            "according to".to_string()
                        };
                        self.push_indirect(si, c + 1, end, who, &cue, quoted);
                    }
                    return;
                }
                // `The plan, according to officials, would cost the city millions`:
                // an aside set inside the sentence; the whole sentence is reported (the
                // span holds the aside, as one span cannot leave it out)
                if k >= lo + 2
                    && self.punct(si, k - 1) == Some(',')
                    && let Some(c) =
                        (k + 3..end.min(k + 12)).find(|&j| self.punct(si, j).is_some() || in_q(j))
                    && self.punct(si, c) == Some(',')
                    && c + 3 < end
                    && self.is_word(si, c + 1)
                    && !matches!(self.lower(si, c + 1), "who" | "which" | "and" | "but")
                    && (c + 1..(c + 4).min(end)).any(|j| {
                        self.is_word(si, j) && {
                            let l = self.lower(si, j);
                            AUX.contains(&l) || past_tense(l) || self.verb_at(si, j).is_some()
                        }
                    })
                {
                    let who = self.np_after(si, k + 2, c);
                    self.push_indirect(si, lo, end, who, "according to", quoted);
                    return;
                }
                if k > lo + 3 && self.punct(si, k - 1) == Some(',') {
                    // (`..., according to the premier, who added that the law ...`: the
                    // source's own clause after a relative cue)
                    let rel = (k + 3..end.min(k + 12)).find(|&j| {
                        self.punct(si, j) == Some(',')
                            && self.is_word(si, j + 1)
                            && self.lower(si, j + 1) == "who"
                            && self.verb_at(si, j + 2).is_some_and(reporting_verb)
                            && self.is_word(si, j + 3)
                            && self.lower(si, j + 3) == "that"
                            && !(j..j + 4).any(&in_q)
                    });
                    let who = self
                        .np_after(si, k + 2, rel.unwrap_or(end))
                        .or_else(|| self.source_words(si, k + 2, rel.unwrap_or(end)));
                    self.push_indirect(si, lo, k - 1, who.clone(), "according to", quoted);
                    if let Some(j) = rel
                        && j + 5 < end
                    {
                        let cue = self.word(si, j + 2).to_string();
                        self.push_indirect(si, j + 4, end, who, &cue, quoted);
                    }
                    return;
                }
            }
            // `Karachi police claimed to have arrested a man ...`: what the subject claims
            // to have done is reported
            if self.is_word(si, k + 1)
                && self.lower(si, k + 1) == "to"
                && self.lower(si, k).starts_with("claim")
                && !self.lower(si, k).ends_with("ing")
                && self.verb_at(si, k) == Some("claim")
                && self.is_word(si, k + 2)
                && matches!(self.lower(si, k + 2), "have" | "be" | "know")
                && end >= k + 6
                && !(k + 1..k + 4).any(&in_q)
                && let Some(who) = self.subject_before(si, k, lo)
            {
                let cue = self.word(si, k).to_string();
                // (up to a clause joined on: `..., while Paris denounced ...`)
                let stop = (k + 4..end)
                    .find(|&j| {
                        self.punct(si, j) == Some(',')
                            && self.is_word(si, j + 1)
                            && matches!(self.lower(si, j + 1), "while" | "whereas" | "but")
                    })
                    .unwrap_or(end);
                self.push_indirect(si, k + 1, stop, Some(who), &cue, quoted);
                return;
            }
            // `Local radio quoted Lenz as saying (that) the ferry would stop`
            if self.is_word(si, k)
                && matches!(self.lower(si, k), "quoted" | "cited")
                && let Some(a) = (k + 2..end.min(k + 10)).find(|&a| {
                    self.is_word(si, a)
                        && self.lower(si, a) == "as"
                        && self.is_word(si, a + 1)
                        && matches!(self.lower(si, a + 1), "saying" | "telling")
                })
                && !(k + 1..a).any(&in_q)
            {
                let who = self.np_after(si, k + 1, a);
                let mut c = a + 2;
                if self.is_word(si, c) && self.lower(si, c) == "that" {
                    c += 1;
                }
                if who.is_some() && c < end && !in_q(c) {
                    self.push_indirect(si, c, end, who, "quoted as saying", quoted);
                    return;
                }
            }
            // `The police chief gave the assurance that the probe is ongoing`, `issued a
            // warning that ...`: a noun of saying given, then its clause
            if self.is_word(si, k)
                && matches!(
                    self.lower(si, k),
                    "gave" | "gives" | "give" | "issued" | "issues" | "offered" | "offers"
                )
                && let Some(n) = (k + 1..(k + 4).min(end)).find(|&j| {
                    self.is_word(si, j)
                        && matches!(
                            self.lower(si, j),
                            "assurance"
                                | "assurances"
                                | "undertaking"
                                | "warning"
                                | "warnings"
                                | "guarantee"
                                | "indication"
                                | "reassurance"
                        )
                })
                && (k + 1..n).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)) && !in_q(j))
                // (a time word may come between: `issued a shock warning today that`)
                && let Some(that) = [n + 1, n + 2].into_iter().find(|&t| {
                    self.is_word(si, t)
                        && self.lower(si, t) == "that"
                        && (t == n + 1
                            || matches!(self.lower(si, n + 1), "today" | "yesterday" | "tonight"))
                })
                && that + 1 < end
                && !(n + 1..end).any(&in_q)
                && let Some(who) = self
                    .subject_before(si, k, self.sentence_start(si, k).max(lo))
                    .or_else(|| {
                        k.checked_sub(1).and_then(|p| {
                            self.plain_nominal(si, p, self.sentence_start(si, k).max(lo))
                        })
                    })
            {
                let cue = self.segs[si].text[self.segs[si].toks[k].s..self.segs[si].toks[n].e]
                    .to_string();
                // (`... lower than expected and revealed that ...`: a second verb of
                // saying of the same subject ends the clause and reports its own)
                let second = (that + 2..end).find(|&j| {
                    self.is_word(si, j)
                        && self.lower(si, j) == "and"
                        && self.verb_at(si, j + 1).is_some_and(reporting_verb)
                        && past_tense(self.lower(si, j + 1))
                        && self.is_word(si, j + 2)
                        && self.lower(si, j + 2) == "that"
                });
                self.push_indirect(
                    si,
                    that + 1,
                    second.unwrap_or(end),
                    Some(who.clone()),
                    &cue,
                    quoted,
                );
                if let Some(j) = second
                    && j + 3 < end
                {
                    let cue = self.word(si, j + 1).to_string();
                    self.push_indirect(si, j + 3, end, Some(who), &cue, quoted);
                }
                return;
            }
            let Some(base) = self.verb_at(si, k) else {
                k += 1;
                continue;
            };
            // `when it found the coalition had a majority`: finding out in a clause of
            // time is no report
            if base == "find"
                && (k.saturating_sub(3).max(lo)..k).any(|j| {
                    self.is_word(si, j)
                        && matches!(self.lower(si, j), "when" | "after" | "once" | "until")
                })
            {
                k += 1;
                continue;
            }
            // `expressed hope that ...`, `voicing concern the plan would fail`: a noun of
            // belief after the verb, then the clause
            if matches!(base, "express" | "voice" | "proffer") {
                // (`expressed that most Argentines are against ...`: a translated `expresó
                // que`, the clause at once)
                if base == "express"
                    && self.is_word(si, k + 1)
                    && self.lower(si, k + 1) == "that"
                    && !in_q(k + 1)
                    && k + 2 < end
                    && self.clause_follows(si, k + 2, end)
                {
                    let who = self.speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end);
                    let cue = self.word(si, k).to_string();
                    self.push_indirect(si, k + 2, end, who, &cue, quoted);
                    return;
                }
                let w = self.lower(si, k);
                let n = k
                    + 1
                    + usize::from(
                        self.is_word(si, k + 1)
                            && matches!(
                                self.lower(si, k + 1),
                                "deep" | "strong" | "serious" | "grave"
                                    // (`expressed the hope that`, `voiced their
                                    // concern that`)
                                    | "the" | "his" | "her" | "their" | "its" | "our"
                            ),
                    );
                let after_comma = k > lo && self.punct(si, k - 1) == Some(',');
                if (!w.ends_with("ing") || after_comma)
                    && self.is_word(si, n)
                    && matches!(
                        self.lower(si, n),
                        "hope"
                            | "hopes"
                            | "concern"
                            | "concerns"
                            | "confidence"
                            | "fear"
                            | "fears"
                            | "optimism"
                            | "doubt"
                            | "doubts"
                            | "belief"
                            | "regret"
                            // (`expressed the view that`, `proffered the view that`)
                            | "view"
                            | "opinion"
                    )
                    && !(k..n + 3).any(&in_q)
                {
                    let that = self.is_word(si, n + 1) && self.lower(si, n + 1) == "that";
                    let c = n + 1 + usize::from(that);
                    if (that || self.clause_follows(si, c, end)) && c < end {
                        let who =
                            self.speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end);
                        let cue = self.segs[si].text
                            [self.segs[si].toks[k].s..self.segs[si].toks[n].e]
                            .to_string();
                        self.push_indirect(si, c, end, who, &cue, quoted);
                        return;
                    }
                }
                k += 1;
                continue;
            }
            // `Keary also questioned why the council ...`, `She asked the minister
            // whether ...`: a reported question, opened by its question word
            // (not `Asked whether he feared ..., he paused`: a participle, no report)
            if matches!(base, "ask" | "question" | "wonder" | "inquire" | "enquire")
                && !self.lower(si, k).ends_with("ing")
                && k > lo
                && (self.is_word(si, k - 1)
                    && !matches!(
                        self.lower(si, k - 1),
                        "when" | "after" | "if" | "once" | "being"
                            // (`Snelling was asked how ...`: a question put to the subject)
                            | "was" | "were" | "been" | "is" | "are" | "be"
                    )
                    // (or after a relative clause set off by commas: `Mpuuga, who led
                    // the protest, wondered if ...`)
                    || self.punct(si, k - 1) == Some(',')
                        && self.comma_relative_before(si, k, lo, &["who"]).is_some())
                && let Some(q) = (k + 1..end.min(k + 5)).find(|&j| {
                    self.is_word(si, j)
                        && matches!(
                            self.lower(si, j),
                            "why" | "whether" | "how" | "what" | "when" | "where" | "if" | "who"
                        )
                })
                && (k + 1..q)
                    .all(|j| self.is_word(si, j) && !in_q(j) && self.verb_at(si, j).is_none())
                && q + 3 < end
                // (quoted words may stand inside: `questioned whether the government is
                // making Monyela the "scapegoat"`)
                && !in_q(q)
                && !in_q(q + 1)
                && (self.clause_follows(si, q + 1, end)
                    || (q + 2..end.min(q + 5))
                        .any(|j| self.is_word(si, j) && actors::past_tense(self.lower(si, j))))
            {
                let who = self.speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end);
                if who.is_some() {
                    let cue = self.word(si, k).to_string();
                    self.push_indirect(si, q, end, who, &cue, quoted);
                    return;
                }
            }
            // `He asked that the bail be restored`, `Counsel prayed that ...`: a
            // request's `that` clause is what was asked
            if matches!(base, "ask" | "demand" | "request" | "pray" | "propose" | "recommend")
                && !self.lower(si, k).ends_with("ing")
                && self.is_word(si, k + 1)
                && self.lower(si, k + 1) == "that"
                && !(k + 1..end).any(&in_q)
                // (a clause, its verb perhaps a bare subjunctive: `that Kanu be moved`)
                && (self.clause_follows(si, k + 2, end)
                    || (k + 3..end.min(k + 9)).any(|j| {
                        self.is_word(si, j)
                            && (self.lower(si, j) == "be" || past_tense(self.lower(si, j)))
                    }))
                && let Some(who) =
                    self.speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end)
            {
                let cue = self.word(si, k).to_string();
                self.push_indirect(si, k + 2, end, Some(who), &cue, quoted);
                return;
            }
            // (`ordered that ...`: a judge's order; the verb list gives `order` only
            // before `that`)
            if !reporting_verb(base) && base != "order" {
                k += 1;
                continue;
            }
            let w = self.lower(si, k);
            // (`..., adding to a deluge in an area that had received ...`: adding to
            // something says nothing)
            // (`added to reporters that ...` is said to someone)
            if matches!(w, "adding" | "added" | "adds" | "add")
                && self.lower_or_empty(si, k + 1) == "to"
                && self.is_word(si, k + 2)
                && !is_cap(self.word(si, k + 2))
                && !matches!(
                    self.lower(si, k + 2),
                    "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them"
                )
            {
                k += 1;
                continue;
            }
            // (`The wealth fund, announced on Monday, would be seeded ...`: a participle
            // set off by commas after a noun describes the noun; the sentence's verb
            // follows)
            if k > lo + 1
                && past_tense(w)
                && self.punct(si, k - 1) == Some(',')
                && self.is_word(si, k - 2)
                && !is_cap(self.word(si, k - 2))
                && let Some(t) = self.time_phrase_end(si, k + 1, hi).or_else(|| {
                    (self.lower_or_empty(si, k + 1) == "by")
                        .then(|| (k + 2..hi.min(k + 8)).find(|&j| self.punct(si, j).is_some()))
                        .flatten()
                })
                && self.punct(si, t) == Some(',')
                && self.is_word(si, t + 1)
                && (AUX.contains(&self.lower(si, t + 1)) || is_modal(self.lower(si, t + 1)))
            {
                k += 1;
                continue;
            }
            // (`described as "extremely serious" claims that ...`: `claims` after a
            // closing mark or an adjective is the noun)
            if matches!(
                w,
                "claims" | "reports" | "warnings" | "allegations" | "orders"
            ) && k > lo
                && (matches!(self.segs[si].toks[k - 1].kind, Tk::Mark { double: true, .. })
                    // (or the object of a verb: `rejected claims that`)
                    || self.is_word(si, k - 1)
                        && !is_cap(self.word(si, k - 1))
                        && (past_tense(self.lower(si, k - 1))
                            || self.lower(si, k - 1).ends_with("ing"))
                    || self.is_word(si, k - 1)
                        && matches!(
                            self.lower(si, k - 1),
                            "the"
                                | "these"
                                | "those"
                                | "such"
                                | "new"
                                | "fresh"
                                | "serious"
                                | "false"
                                | "unfounded"
                                | "similar"
                                | "repeated"
                                | "earlier"
                                | "media"
                                | "news"
                        ))
            {
                k += 1;
                continue;
            }
            // (`The family was told of the arrest and ...`: told of or about a thing,
            // with no `that` after it, is being informed, no report)
            if self.passive_told(si, k, lo)
                && matches!(self.lower_or_empty(si, k + 1), "of" | "about")
                && !(k + 2..end.min(k + 12))
                    .any(|j| self.is_word(si, j) && self.lower(si, j) == "that")
            {
                k += 1;
                continue;
            }
            let participle = w.ends_with("ing");
            // (`Doctors are advising patients that ...`: a progressive is finite)
            let progressive = k > lo
                && self.is_word(si, k - 1)
                && matches!(
                    self.lower(si, k - 1),
                    "are" | "is" | "was" | "were" | "been"
                );
            // (a participle reports after a comma, `by` or `after`; a progressive always)
            let participle_cue = progressive
                || k > lo
                    && (self.punct(si, k - 1) == Some(',')
                        // (the comma inside a closing mark: `... 22 hours," saying`)
                        || k > lo + 1
                            && matches!(self.segs[si].toks[k - 1].kind, Tk::Mark { .. })
                            && self.punct(si, k - 2) == Some(',')
                        || self.is_word(si, k - 1)
                            && matches!(self.lower(si, k - 1), "by" | "after" | "before")
                        // (its comma left out, when `that` follows: `... invest in
                        // Zimbabwe highlighting that Zimbabwe is a safe destination`;
                        // not a text's: `a report highlighting that`)
                        || self.is_word(si, k - 1)
                            && self.lower_or_empty(si, k + 1) == "that"
                            && matches!(
                                self.lower(si, k),
                                "saying"
                                    | "adding"
                                    | "noting"
                                    | "highlighting"
                                    | "stressing"
                                    | "emphasising"
                                    | "emphasizing"
                                    | "warning"
                                    | "insisting"
                                    | "arguing"
                                    | "claiming"
                            )
                            && !lexicon().document_nouns.contains(self.lower(si, k - 1))
                            && !matches!(
                                self.lower(si, k - 1),
                                "statement" | "statements" | "message" | "post" | "letter"
                            ));
            // `..., with Mr Orwenyo saying they had heard nothing`: the participle of a
            // `with` phrase reports what its noun phrase says (so does one after
            // `despite` or `amid`: `despite the company saying its profit rose`)
            let with_subject = participle
                && !participle_cue
                && (k.saturating_sub(12).max(lo)..k.saturating_sub(1)).any(|j| {
                    self.is_word(si, j)
                        && matches!(self.lower(si, j), "with" | "despite" | "amid")
                        // (a bracketed acronym may follow the name: `with the National
                        // Employers Association (Neasa) saying`)
                        && (j + 1..k).all(|x| {
                            !in_q(x)
                                && (self.is_word(si, x)
                                    || matches!(self.punct(si, x), Some('(' | ')'))
                                        && k - x <= 3)
                        })
                        && (j + 1..k).filter(|&x| self.is_word(si, x)).count() <= 9
                });
            // `The NBRU issued a statement saying it did not condone ...`: a participle
            // right after a text someone put out
            let text_cue = participle
                && matches!(
                    w,
                    "saying" | "stating" | "claiming" | "warning" | "announcing"
                )
                && self.issuer_of_text_before(si, k, lo).is_some();
            if participle && !participle_cue && !with_subject && !text_cue {
                k += 1;
                continue;
            }
            // (`Recall that earlier this year, MDCAN disclosed ...`: the writer's
            // imperative to the reader opens the sentence; the report is inside)
            if k == self.sentence_start(si, k)
                && is_cap(self.word(si, k))
                && matches!(self.lower(si, k), "recall" | "remember" | "note")
                && self.lower_or_empty(si, k + 1) == "that"
            {
                k += 1;
                continue;
            }
            // (`Snelling was asked how ...`: the question put to the subject is no
            // report of theirs)
            if base == "ask"
                && k > lo
                && matches!(
                    self.lower_or_empty(si, k - 1),
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                )
            {
                k += 1;
                continue;
            }
            // complement start (past the particle of `pointed out`)
            let mut c = k + 1;
            if base == "point" {
                c += 1;
            }
            let mut that = false;
            let mut rel_that = false;
            let mut steps = 0;
            while c < end && steps < 10 {
                if in_q(c) {
                    break;
                }
                if self.is_word(si, c) && self.lower(si, c) == "that" {
                    // `warning residents in several towns that could be hit`: after an
                    // object with a place phrase, `that` before a modal opens a relative
                    // clause on the noun, no report
                    let relative = c > k + 3
                        && (k + 2..c).any(|j| {
                            self.is_word(si, j)
                                && matches!(
                                    self.lower(si, j),
                                    "in" | "of" | "from" | "near" | "across"
                                )
                        })
                        && self.is_word(si, c + 1)
                        && is_modal(self.lower(si, c + 1));
                    if relative {
                        rel_that = true;
                        break;
                    }
                    that = true;
                    c += 1;
                    break;
                }
                let cw = if self.is_word(si, c) {
                    self.lower(si, c)
                } else {
                    ""
                };
                // `said on Monday that`, `said in a statement that`: a phrase before `that`
                if (matches!(
                    cw,
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "ahead"
                        | "following"
                        | "outside"
                        | "with"
                        | "through"
                        | "to"
                        | "late"
                        | "last"
                        | "earlier"
                        | "as"
                ) || bare_time_word(cw)
                    // `said this week that` (not `said this smacked of arrogance`)
                    || cw == "this"
                        && self.is_word(si, c + 1)
                        && (bare_time_word(self.lower(si, c + 1))
                            || matches!(
                                self.lower(si, c + 1),
                                "week"
                                    | "weekend"
                                    | "month"
                                    | "year"
                                    | "morning"
                                    | "afternoon"
                                    | "evening"
                                    | "season"
                                    | "summer"
                                    | "spring"
                                    | "autumn"
                                    | "fall"
                                    | "winter"
                                    | "quarter"
                                    | "time"
                            ))
                    // `confirmed early Wednesday that` (not `said early voting ...`)
                    || cw == "early"
                        && self.is_word(si, c + 1)
                        && (bare_time_word(self.lower(si, c + 1))
                            || matches!(self.lower(si, c + 1), "on" | "this" | "last" | "next")))
                    && !tell_type(base)
                {
                    match (c..end.min(c + 12)).find(|&j| {
                        self.is_word(si, j) && self.lower(si, j) == "that"
                            || self.punct(si, j).is_some()
                    }) {
                        Some(j) if self.is_word(si, j) => {
                            c = j;
                            continue;
                        }
                        _ => {
                            // `said on Monday the harbour would close`
                            // (`said Tuesday its revenues rose`: a determiner or a
                            // pronoun opens the clause after the time)
                            let fronted = (base == "say" && c == k + 1)
                                .then(|| self.fronted_phrase_clause(si, c, end))
                                .flatten()
                                .filter(|_| self.subject_before(si, k, lo).is_some());
                            if let Some(j) = fronted {
                                // (`as part of its strategy, ...`, `as he left, ...` are
                                // part of what was said)
                                if cw != "as" {
                                    c = j;
                                }
                                that = true;
                                break;
                            }
                            // (`RCMP announced Thursday a man has been arrested`)
                            // (its comma skipped: `said on Sunday night, officers went`)
                            // (and only before a clause's subject: not `, adding`, `,
                            // shortly after`)
                            let te = self.time_phrase_end(si, c, end).map(|j| {
                                j + usize::from(
                                    self.punct(si, j) == Some(',')
                                        && self.is_word(si, j + 1)
                                        && !is_cap(self.word(si, j + 1))
                                        && (clause_opener(self.lower(si, j + 1))
                                            || self.lower(si, j + 1).ends_with('s')
                                                && !self.lower(si, j + 1).ends_with("ss")),
                                )
                            });
                            match te {
                                Some(j)
                                    if matches!(
                                        base,
                                        "say"
                                            | "announce"
                                            | "confirm"
                                            | "reveal"
                                            | "add"
                                            | "warn"
                                            | "claim"
                                    ) && (self.clause_follows(si, j, end)
                                        // (or a verb in the past a few words on: `claimed
                                        // on its website more than 83% of the sector
                                        // participated`; or right after a bare plural:
                                        // `said on Sunday night officers went out`)
                                        || (j + 2
                                            - usize::from(
                                                self.is_word(si, j)
                                                    && !is_cap(self.word(si, j))
                                                    && self.lower(si, j).len() > 3
                                                    && self.lower(si, j).ends_with('s')
                                                    && !self.lower(si, j).ends_with("ss"),
                                            )..end.min(j + 12))
                                            .any(|x| {
                                            self.is_word(si, x)
                                                && past_tense(self.lower(si, x))
                                                && !is_cap(self.word(si, x))
                                                && (j..x).all(|y| {
                                                    self.is_word(si, y)
                                                        || self.segs[si].toks[y].kind == Tk::Num
                                                        || self.punct(si, y) == Some('%')
                                                })
                                        })
                                        || end >= j + 4
                                            && self.is_word(si, j)
                                            && matches!(
                                                self.lower(si, j),
                                                "its"
                                                    | "their"
                                                    | "his"
                                                    | "her"
                                                    | "it"
                                                    | "he"
                                                    | "she"
                                                    | "they"
                                                    | "we"
                                                    | "there"
                                            ))
                                        && !(j..end.min(j + 2)).any(&in_q) =>
                                {
                                    c = j;
                                    that = true;
                                }
                                _ => c = end,
                            }
                            break;
                        }
                    }
                }
                // (`The media were told there was no magistrate`: a passive has no
                // addressee; the clause starts at once)
                if tell_type(base)
                    && steps == 0
                    && c == k + 1
                    && clause_opener(cw)
                    && self.passive_told(si, k, lo)
                    // (a plain `was told` / `were told`: `had long been told the
                    // embankment could hold` is what people believed)
                    && matches!(self.lower_or_empty(si, k - 1), "was" | "were")
                    && self.clause_follows(si, c, end)
                {
                    that = true;
                    break;
                }
                if tell_type(base)
                    || base == "make clear" && matches!(cw, "it" | "clear")
                    || matches!(
                        cw,
                        "reporters"
                            | "journalists"
                            | "also"
                            | "again"
                            | "repeatedly"
                            | "publicly"
                            | "only"
                    ) && !(matches!(cw, "reporters" | "journalists")
                        // (the clause's subject: `suggested reporters were "lazy"`)
                        && (AUX.contains(&self.lower_or_empty(si, c + 1))
                            || is_modal(self.lower_or_empty(si, c + 1))))
                    || self.mention_at(si, c).is_some() && tell_type(base)
                {
                    c += 1;
                    steps += 1;
                    continue;
                }
                break;
            }
            if rel_that {
                k += 1;
                continue;
            }
            // `told CNBC's Chery Kang at the bank's annual meeting in Incheon that`: a
            // long addressee and place, then `that` (not a clause opened mid-phrase)
            if !that && steps >= 10 && tell_type(base) {
                match (c..end.min(k + 24)).find(|&j| {
                    self.is_word(si, j) && self.lower(si, j) == "that"
                        || self.punct(si, j).is_some()
                        || in_q(j)
                }) {
                    // (not when a clause has begun before it: `told AFP the cut came
                    // as a surprise and that ...`)
                    Some(j)
                        if self.is_word(si, j)
                            && !in_q(j)
                            && !(k + 1..j).any(|x| {
                                self.is_word(si, x)
                                    && past_tense(self.lower(si, x))
                                    && !is_cap(self.word(si, x))
                            }) =>
                    {
                        c = j + 1;
                        that = true;
                    }
                    _ => {}
                }
            }
            // `said, despite the storm, the harbour was safe`
            if !that
                && c == k + 1
                && base == "say"
                && self.punct(si, c) == Some(',')
                && let Some(j) = (c + 2..end.min(c + 10)).find(|&j| self.punct(si, j) == Some(','))
                && self.clause_follows(si, j + 1, end)
                && !in_q(j + 1)
            {
                c = j + 1;
                if self.is_word(si, c) && self.lower(si, c) == "that" {
                    c += 1;
                }
                that = true;
            }
            // `He said under the deal, the suspects ...`
            if !that
                && c == k + 1
                && base == "say"
                && let Some(j) = self.fronted_phrase_clause(si, c, end)
                && self.subject_before(si, k, lo).is_some()
            {
                c = j;
                that = true;
            }
            // `Holm said, it was too early to panic`: a comma, then the clause
            if !that
                && c == k + 1
                && base == "say"
                && self.punct(si, c) == Some(',')
                && self.is_word(si, c + 1)
                && matches!(
                    self.lower(si, c + 1),
                    "it" | "he" | "she" | "they" | "we" | "i" | "there" | "the" | "this"
                )
                && self.clause_follows(si, c + 1, end)
                && !in_q(c + 1)
                && self.subject_before(si, k, lo).is_some()
            {
                c += 1;
                that = true;
            }
            // `told reporters the plan had failed`, `admitted the plan had failed`
            // the addressee of `told`: one or two words, then the clause
            if !that
                && tell_type(base)
                && self.subject_before(si, k, lo).is_some()
                // (three words after a determiner: `told a community meeting the`)
                // (or a programme named with its broadcaster's: `told Radio
                // Australia's Pacific Beat the`)
                && let owned_programme = self.mention_at(si, k + 1).and_then(|m| {
                    (m.full_s == k + 1 && strip_possessive(self.word(si, m.e - 1)).1)
                        .then(|| self.mention_at(si, m.e))
                        .flatten()
                        .filter(|m2| m2.full_s == m.e)
                        .map(|m2| m2.e)
                })
                && let Some(a) = (owned_programme.unwrap_or(k + 2)..owned_programme.map_or(
                    k + 4 + usize::from(matches!(
                        self.lower_or_empty(si, k + 1),
                        "a" | "an" | "the" | "his" | "her" | "its" | "their"
                    )),
                    |e| e + 1,
                )
                .min(end))
                    .find(|&a| {
                    // (a bare plural and its verb: `told reporters officers went out`,
                    // `told the Chronicle residents were putting bricks`)
                    let bare_plural = a > k + 1
                        && self.is_word(si, a)
                        && self.is_word(si, a + 1)
                        && !is_cap(self.word(si, a))
                        && {
                            let w = self.lower(si, a);
                            let n = self.lower(si, a + 1);
                            // (the addressee ends right before it: a name or a plural,
                            // not `warned its fuel costs were`, `told foreign ministers
                            // gathered in Valdor`)
                            let pw = self.word(si, a - 1);
                            let addressee_end = is_cap(pw)
                                || pw.len() > 3 && pw.ends_with('s') && !pw.ends_with("ss");
                            addressee_end
                                && w.len() > 3
                                && w.ends_with('s')
                                && !w.ends_with("ss")
                                && !w.ends_with("ous")
                                && (AUX.contains(&n)
                                    || past_tense(n)
                                        && !is_cap(self.word(si, a + 1))
                                        && !matches!(
                                            self.lower_or_empty(si, a + 2),
                                            "in" | "at" | "by" | "from" | "on" | "for" | "near"
                                                | "outside" | "inside" | "to"
                                        ))
                        }
                        && !(k + 1..a).any(|j| in_q(j) || self.punct(si, j).is_some());
                    bare_plural
                    // (or a count: `told Reuters four people had been arrested`)
                    || (self.is_word(si, a)
                        && (clause_opener(self.lower(si, a))
                            || count_word(self.lower(si, a))
                            // (`told detectives another man was responsible`)
                            || matches!(
                                self.lower(si, a),
                                "another" | "some" | "several" | "many" | "most" | "both"
                                    | "all" | "every" | "each" | "those"
                            ))
                        || self.segs[si].toks[a].kind == Tk::Num
                            && self.is_word(si, a + 1)
                            && !self.lower(si, a + 1).ends_with("am")
                            && !self.lower(si, a + 1).ends_with("pm"))
                        && (self.clause_follows(si, a, end)
                            // (or a verb in the past after a noun phrase: `told AFP the
                            // new cut came as a surprise`, or after a pronoun: `told
                            // detectives he picked up the wallet`)
                            || (a + 2
                                - usize::from(matches!(
                                    self.lower(si, a),
                                    "he" | "she" | "they" | "we" | "i"
                                ))..end.min(a + 7))
                                .any(|j| {
                                self.is_word(si, j)
                                    && past_tense(self.lower(si, j))
                                    && !is_cap(self.word(si, j))
                                    && (a + 1..j).all(|x| self.is_word(si, x) && !in_q(x))
                            }))
                        && !(k + 1..a).any(|j| in_q(j) || self.punct(si, j).is_some())
                })
            {
                c = a;
                that = true;
            }
            // `Cr Power said, while he didn't agree with everything, it was in the
            // community's interest ...`: a subordinate clause set off by commas right
            // after the verb, then the reported clause; the report takes both in
            if !that
                && c == k + 1
                && matches!(
                    base,
                    "say" | "add" | "explain" | "argue" | "stress" | "insist" | "warn" | "admit"
                )
                && !self.lower(si, k).ends_with("ing")
                && self.punct(si, c) == Some(',')
                && self.is_word(si, c + 1)
                && !in_q(c + 1)
                && matches!(
                    self.lower(si, c + 1),
                    "while"
                        | "although"
                        | "though"
                        | "if"
                        | "unless"
                        | "because"
                        | "since"
                        | "despite"
                        | "given"
                        | "once"
                        | "when"
                )
                && self.subject_before(si, k, lo).is_some()
                && let Some(c2) = (c + 3..end.min(c + 30))
                    .take_while(|&j| {
                        !in_q(j) && !matches!(self.punct(si, j), Some('.' | ';' | ':'))
                    })
                    .find(|&j| self.punct(si, j) == Some(','))
                && self.is_word(si, c2 + 1)
                && (clause_opener(self.lower(si, c2 + 1)) || self.no_clause(si, c2 + 1, end))
                && self.clause_follows(si, c2 + 1, end)
            {
                c += 1;
                that = true;
            }
            // `Kocharian warned the government was prepared to act`: a verb whose
            // addressee may be left out, then the clause at once
            if !that
                && matches!(base, "warn" | "promise" | "assure" | "caution")
                && self.is_word(si, k + 1)
                && !in_q(k + 1)
                && clause_opener(self.lower(si, k + 1))
                && self.clause_follows(si, k + 1, end)
                // (or a participle after a comma: `..., warning they are prepared to`)
                && (self.subject_before(si, k, lo).is_some()
                    || k > lo
                        && self.punct(si, k - 1) == Some(',')
                        && self.lower(si, k).ends_with("ing"))
            {
                c = k + 1;
                that = true;
            }
            // `the Australians, who captain Richie McCaw admits will be a different
            // challenge`: the subject of a relative clause, then the verb; what was said
            // is the rest of the relative clause, which starts with its verb
            if !that
                && c == k + 1
                && self.is_word(si, c)
                && !in_q(c)
                && (is_modal(self.lower(si, c))
                    || matches!(self.lower(si, c), "is" | "was" | "are" | "were" | "has" | "had"))
                && let Some(w) = self.subject_before(si, k, lo)
                && w.seg == si
                && let Some(t) = self.tok_from(si, w.s)
                // (over the speaker's title: `who captain Richie McCaw admits`)
                && let t = (t.saturating_sub(3).max(lo)..t)
                    .find(|&x| {
                        (x..t).all(|y| {
                            self.is_word(si, y) && {
                                let l = self.lower(si, y);
                                l == "the" || lexicon().is_title(l)
                            }
                        })
                    })
                    .unwrap_or(t)
                && t > lo
                && self.is_word(si, t - 1)
                && matches!(self.lower(si, t - 1), "who" | "which" | "that")
            {
                that = true;
            }
            if !that
                && (tell_type(base) && c > k + 1
                    || c == k + 1
                        && matches!(
                            base,
                            "admit"
                                | "acknowledge"
                                | "concede"
                                | "confirm"
                                | "announce"
                                | "note"
                                | "explain"
                                | "stress"
                                | "reveal"
                                | "complain"
                                | "lament"
                                | "agree"
                                | "indicate"
                                | "signal"
                                | "hint"
                                | "deny"
                                | "reply"
                                | "maintain"
                        )
                        // (these take an object as often: `admitted the offence and was
                        // jailed`)
                        && (!matches!(base, "admit" | "concede" | "acknowledge" | "maintain")
                            || self.bare_clause_after(si, c, end)))
                && self.is_word(si, c)
                && !matches!(
                    self.lower(si, c),
                    "on" | "in"
                        | "at"
                        | "to"
                        | "for"
                        | "with"
                        | "about"
                        | "by"
                        | "from"
                        | "of"
                        | "over"
                        | "against"
                        | "as"
                        | "into"
                        | "after"
                        | "before"
                        | "during"
                        | "without"
                        | "through"
                )
                && self.clause_follows(si, c, end)
                // (`will admit new patients who will be sent`: the verb is the
                // relative clause's, the object no clause)
                && !(c..end.min(c + 6)).any(|j| {
                    self.is_word(si, j) && matches!(self.lower(si, j), "who" | "which" | "whom")
                })
                && self.subject_before(si, k, lo).is_some()
            {
                that = true;
            }
            // a progressive takes a `that` clause only (`was writing a ticket when`)
            if !that && progressive {
                k += 1;
                continue;
            }
            if !that {
                // (`admit`, `concede`, `acknowledge` only with a clause of its own:
                // `admitted his side received`)
                let bare_ok = matches!(
                    base,
                    "say"
                        | "add"
                        | "allege"
                        | "find"
                        | "claim"
                        | "insist"
                        | "argue"
                        | "write"
                        | "predict"
                        | "warn"
                        | "tell"
                        | "estimate"
                        | "suggest"
                        | "believe"
                        | "testify"
                        | "assert"
                        | "contend"
                ) || matches!(
                    base,
                    "admit"
                        | "concede"
                        | "acknowledge"
                        | "maintain"
                        | "note"
                        // (`She stated the project would offer ...`)
                        | "state"
                        | "stress"
                        | "emphasise"
                        | "emphasize"
                        | "reiterate"
                        | "confirm"
                        | "announce"
                        | "explain"
                        | "declare"
                        | "reveal"
                ) && c == k + 1
                    && self.bare_clause_after(si, c, end);
                if !bare_ok || tell_type(base) || c != k + 1 && base != "say" {
                    k += 1;
                    continue;
                }
                // inverted `"...," said X, 52, a nurse` is no reported clause
                let mut p = k;
                while p > lo
                    && self.is_word(si, p - 1)
                    && lexicon().hedges.contains(self.lower(si, p - 1))
                {
                    p -= 1;
                }
                // `Reyes disagreed, saying the supply chain remained fragile`: a
                // participle after a comma, then a clause with a subject of its own
                let participle_clause = participle
                    && c == k + 1
                    && end >= c + 3
                    && self.is_word(si, c)
                    && (clause_opener(self.lower(si, c))
                        || self.mention_at(si, c).is_some_and(|m| m.full_s == c)
                        // (or a bare plural and its auxiliary: `saying teachers were
                        // not setting students up`)
                        || (c + 1..(c + 3).min(end)).any(|j| {
                            self.is_word(si, j)
                                && AUX.contains(&self.lower(si, j))
                                && (c..j).all(|x| {
                                    self.is_word(si, x)
                                        && !is_cap(self.word(si, x))
                                        && !lexicon().function_words.contains(self.lower(si, x))
                                })
                                && self.lower(si, j - 1).ends_with('s')
                        }))
                    && self
                        .speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end)
                        .is_some();
                let inverted = !participle_clause
                    && (p == lo
                        || matches!(self.segs[si].toks[p - 1].kind, Tk::Mark { .. })
                        || self.subject_before(si, k, lo).is_none());
                // a clause starts here: any word but a preposition or conjunction
                // other verbs than `say` take a bare clause only when it has a verb
                // (`adds two paid training days` is an object, not a clause)
                // (`found the paper to be flawed` is no clause: `find` needs an
                // auxiliary, `the study found the glaciers had lost`)
                let clause_like = if matches!(base, "find" | "note") {
                    self.clause_follows(si, c, end)
                        // (`noting it lasted about five seconds`: a pronoun, then a past
                        // tense)
                        || base == "note"
                            && self.is_word(si, c)
                            && matches!(self.lower(si, c), "it" | "he" | "she" | "they" | "we")
                            && self.is_word(si, c + 1)
                            && past_tense(self.lower(si, c + 1))
                } else {
                    base == "say"
                        || self.is_word(si, c)
                            && matches!(
                                self.lower(si, c).split(['\'', '’']).next().unwrap_or(""),
                                "it" | "he" | "she" | "they" | "we" | "i" | "there"
                            )
                        || self.clause_follows(si, c, end)
                        // (the clause's verb comes before a comma: `has claimed two
                        // lives, local elders have claimed` is an object)
                        // (an age set off by commas is no stop: `argued Monsegur, 30,
                        // merited`)
                        || (c + 1..end.min(c + 10))
                            .filter(|&j| !self.age_aside(si, j))
                            .take_while(|&j| self.punct(si, j) != Some(','))
                            .any(|j| {
                                self.is_word(si, j)
                                    && (past_tense(self.lower(si, j))
                                        || self.verb_at(si, j).is_some())
                            })
                };
                // (`added his own appeal as the house met`, `added its voice to calls`: a
                // possessive's noun phrase, then `as` or `to` before any verb, is the object)
                let clause_like = clause_like
                    && !(base != "say"
                        && self.is_word(si, c)
                        && matches!(self.lower(si, c), "his" | "her" | "their" | "its" | "our")
                        && (c + 1..end.min(c + 10))
                            .take_while(|&j| {
                                self.is_word(si, j) && {
                                    let w = self.lower(si, j);
                                    !(past_tense(w) || AUX.contains(&w) || is_modal(w))
                                }
                            })
                            .any(|j| matches!(self.lower(si, j), "as" | "to")));
                // (`said referring to the camp`: a participle and its preposition are
                // no clause)
                // (but a gerund can be the subject: `said going on strike could have
                // serious implications`)
                let participle_phrase = self.is_word(si, c)
                    && self.lower(si, c).ends_with("ing")
                    && self.is_word(si, c + 1)
                    && matches!(
                        self.lower(si, c + 1),
                        "to" | "about" | "on" | "at" | "for" | "with" | "in" | "from" | "back"
                    )
                    && !(c + 2..end.min(c + 6))
                        .take_while(|&j| self.is_word(si, j))
                        .any(|j| {
                            let w = self.lower(si, j);
                            is_modal(w) || matches!(w, "is" | "was")
                        });
                let ok = !inverted
                    && clause_like
                    && !participle_phrase
                    && (matches!(self.segs[si].toks.get(c).map(|t| t.kind), Some(Tk::Num))
                        || self.is_word(si, c) && {
                            let cw = self.lower(si, c);
                            ![
                                "on", "in", "at", "to", "for", "with", "by", "from", "about",
                                "after", "before", "during", "of", "as", "and", "but", "or", "so",
                                "nothing", "goodbye", "hello", "sorry", "yes", "no", "more",
                                "little", "much",
                            ]
                            .contains(&cw)
                                || self.no_clause(si, c, end)
                                // `said as he acquired recordings, he reported them`: a
                                // subordinate clause with its subject, a comma, then the
                                // reported clause
                                || matches!(cw, "as" | "after" | "before")
                                    && self.subordinate_then_clause(si, c, end)
                                // `said more money could be added`: a quantity opening a
                                // clause (not `said more than once`, `said little`)
                                || matches!(cw, "more" | "much" | "little")
                                    && self.is_word(si, c + 1)
                                    && !matches!(
                                        self.lower(si, c + 1),
                                        "than" | "about" | "on" | "of" | "to" | "that"
                                    )
                                    && self.clause_follows(si, c + 1, end)
                                // `said about 200 employees will work`: a number made
                                // rough, then the clause's subject
                                // (or a measure and a verb in the past: `said about
                                // 20.3cm of rain fell`)
                                || matches!(cw, "about" | "over" | "around")
                                    && (matches!(
                                        self.segs[si].toks.get(c + 1).map(|t| t.kind),
                                        Some(Tk::Num)
                                    ) || self.is_word(si, c + 1)
                                        && self.word(si, c + 1).starts_with(|ch: char| {
                                            ch.is_ascii_digit()
                                        }))
                                    && (self.clause_follows(si, c + 1, end)
                                        || (c + 2..end.min(c + 9)).any(|j| {
                                            self.is_word(si, j)
                                                && !is_cap(self.word(si, j))
                                                && past_tense(self.lower(si, j))
                                                && (c + 1..j).all(|x| !in_q(x))
                                        }))
                        });
                // `said this was arrogant` is a clause, `said this to reporters` is not
                let demonstrative =
                    self.is_word(si, c) && matches!(self.lower(si, c), "this" | "these");
                let ok = ok
                    && (!demonstrative
                        || self.clause_follows(si, c, end)
                        || (c + 1..end.min(c + 4)).any(|j| {
                            self.is_word(si, j)
                                && (past_tense(self.lower(si, j)) || self.verb_at(si, j).is_some())
                        }));
                if !ok {
                    k += 1;
                    continue;
                }
            }
            // clause end: before another cue of its own
            let mut ce = match trailing_cue {
                Some(comma) if comma > c => comma,
                _ => end,
            };
            // `due to what the airline said was a mechanical issue, passengers ...`: a
            // free relative's clause is part of a phrase, it ends at the first comma
            let free_relative = (k.saturating_sub(6).max(lo)..k)
                .rev()
                .take_while(|&j| self.is_word(si, j))
                .any(|j| self.lower(si, j) == "what");
            // `Helmersson, who has spent four years at the helm and said the job had
            // been tough, will be replaced`: a relative clause set off by commas ends
            // where the sentence's own verb comes back
            let in_relative = self
                .comma_relative_before(si, k, lo, &["who", "which"])
                .is_some();
            let cue_past =
                past_tense(self.lower(si, k)) || matches!(self.lower(si, k), "said" | "told");
            for j in c..end {
                if free_relative && self.punct(si, j) == Some(',') {
                    ce = j;
                    break;
                }
                // `said both sides are "facing the same direction" and expressed ...`:
                // after a fragment's closing mark, `and` and a verb in the past go back
                // to the speaker; so does a verb of saying after `and` (`said the plan
                // was sound and urged calm`)
                if cue_past
                    && j > c + 1
                    && self.is_word(si, j)
                    && self.lower(si, j) == "and"
                    && !in_q(j)
                    && self.is_word(si, j + 1)
                    && !in_q(j + 1)
                    && past_tense(self.lower(si, j + 1))
                    && (matches!(self.segs[si].toks[j - 1].kind, Tk::Mark { .. })
                        && in_q(j - 1)
                        // (when the clause is in another tense: `had a "good discussion"
                        // and exchanged views` goes on)
                        && (c..j)
                            .rev()
                            .find(|&x| {
                                self.is_word(si, x) && !in_q(x) && finite_aux(self.lower(si, x))
                            })
                            .is_some_and(|x| present_or_modal(self.lower(si, x)))
                        || j > c + 3
                            && self.verb_at(si, j + 1).is_some_and(|b| {
                                reporting_verb(b) && !matches!(b, "agree" | "concur")
                                    || matches!(
                                        b,
                                        "urge" | "express" | "call" | "appeal" | "thank" | "ask"
                                    )
                            }))
                {
                    ce = j;
                    break;
                }
                if in_relative
                    && self.punct(si, j) == Some(',')
                    && self.is_word(si, j + 1)
                    && !in_q(j + 1)
                    && matches!(
                        self.lower(si, j + 1),
                        "will"
                            | "would"
                            | "has"
                            | "had"
                            | "is"
                            | "was"
                            | "could"
                            | "can"
                            | "must"
                            | "should"
                            | "may"
                            | "might"
                    )
                {
                    ce = j;
                    break;
                }
                // `Trump, who insists the affairs never happened, said ...`: the
                // sentence's own verb of saying after a comma
                if self.punct(si, j) == Some(',')
                    && k > lo
                    && self.is_word(si, k - 1)
                    && matches!(self.lower(si, k - 1), "who" | "which")
                    && self.verb_at(si, j + 1).is_some_and(reporting_verb)
                    && !self.lower(si, j + 1).ends_with("ing")
                {
                    ce = j;
                    break;
                }
                if self.punct(si, j) == Some(',')
                    && self.is_word(si, j + 1)
                    && self.lower(si, j + 1) == "according"
                {
                    ce = j;
                    break;
                }
                // (`was "ready to talk," according to the court`: the comma inside the
                // marks; the clause keeps the closing mark)
                if self.punct(si, j) == Some(',')
                    && matches!(
                        self.segs[si].toks.get(j + 1).map(|t| t.kind),
                        Some(Tk::Mark { .. })
                    )
                    && self.is_word(si, j + 2)
                    && self.lower(si, j + 2) == "according"
                {
                    ce = j + 2;
                    break;
                }
                // `admitted the number will rise, though he suggested it will fall`: a
                // joined clause with a cue of its own
                if j > c + 1
                    && self.punct(si, j - 1) == Some(',')
                    && self.is_word(si, j)
                    && matches!(self.lower(si, j), "though" | "although" | "while" | "as")
                    && self.is_word(si, j + 1)
                    && !in_q(j + 1)
                    && (matches!(self.lower(si, j + 1), "he" | "she" | "they" | "we")
                        && self
                            .verb_at(si, j + 2)
                            .is_some_and(|b| reporting_verb(b) && !tell_type(b))
                        // (or a named or plain subject: `, though the unions said some
                        // workers ...`)
                        || (j + 2..end.min(j + 7))
                            .take_while(|&x| self.is_word(si, x) && !in_q(x))
                            .find(|&x| self.verb_at(si, x).is_some())
                            .is_some_and(|x| {
                                self.verb_at(si, x).is_some_and(reporting_verb)
                                    && !self.lower(si, x).ends_with("ing")
                                    && self.subject_before(si, x, j + 1).is_some()
                            }))
                {
                    ce = j - 1;
                    break;
                }
                // `said the government would not be blackmailed, and he called on ...`,
                // `said he had expected it, and credited his players`: the narration
                // goes on with a clause of its own
                // (the comma may sit inside a closing mark: `are expected "imminently,"
                // and Norman said`)
                if j > c
                    && (self.punct(si, j - 1) == Some(',')
                        || j > c + 1
                            && matches!(self.segs[si].toks[j - 1].kind, Tk::Mark { .. })
                            && self.punct(si, j - 2) == Some(','))
                    && self.is_word(si, j)
                    && matches!(self.lower(si, j), "and" | "but")
                    && self.is_word(si, j + 1)
                    && !in_q(j + 1)
                    && {
                        let nw = self.lower(si, j + 1);
                        // (`, but did not provide details`)
                        past_tense(nw) || nw == "did"
                        // (or, after a cue in the present, a verb in the present:
                        // `Dinn says a debate is a positive, but does take issue with`)
                        || matches!(self.lower(si, k), "says" | "adds" | "argues" | "insists")
                            && matches!(
                                nw,
                                "does" | "is" | "has" | "also" | "wants" | "believes" | "hopes"
                                    | "thinks" | "warns" | "notes" | "admits" | "says" | "adds"
                            )
                        || {
                            // the subject: a pronoun or a name (`and Malenko agreed`)
                            let after = if matches!(nw, "he" | "she" | "they" | "we" | "i") {
                                Some(j + 2)
                            } else {
                                self.mention_at(si, j + 1)
                                    .filter(|m| m.full_s == j + 1)
                                    .map(|m| m.e)
                            };
                            after.is_some_and(|x| {
                                self.is_word(si, x)
                                    && (past_tense(self.lower(si, x))
                                        || self.verb_at(si, x).is_some()
                                        || AUX.contains(&self.lower(si, x)))
                            })
                        }
                    }
                {
                    // (a closing mark stays with its quote)
                    ce = if self.punct(si, j - 1) == Some(',') {
                        j - 1
                    } else {
                        j
                    };
                    break;
                }
                // `said he was changed: "I don't remember ..."`: a colon before a quote
                // closes the reported clause (one before a list does not)
                // (or a comma before a whole quoted sentence: `said she knew right away,
                // "The noise and the shaking ..."`)
                if (self.punct(si, j) == Some(':')
                    || self.punct(si, j) == Some(',')
                        && quoted.iter().any(|&(a, b)| {
                            a == j + 1
                                && b > a + 4
                                && self.segs[si]
                                    .spans
                                    .iter()
                                    .any(|sp| sp.open == a && sp.close.is_none_or(|c| c + 1 >= end))
                        }))
                    && matches!(
                        self.segs[si].toks.get(j + 1).map(|t| t.kind),
                        Some(Tk::Mark { .. })
                    )
                {
                    ce = j;
                    break;
                }
                if self.is_word(si, j) && matches!(self.lower(si, j), "and" | "but") {
                    let mut x = j + 1;
                    while x < end
                        && self.is_word(si, x)
                        && lexicon().hedges.contains(self.lower(si, x))
                    {
                        x += 1;
                    }
                    // `and state statutes`: a bare verb form followed by a noun is a
                    // noun phrase (`state`, `report`, `claim` are nouns too), not a cue
                    let noun_use = self.verb_at(si, x).is_some_and(|b| b == self.lower(si, x))
                        && self.is_word(si, x + 1)
                        && !is_cap(self.word(si, x + 1))
                        && {
                            let nw = self.lower(si, x + 1);
                            !lexicon().function_words.contains(nw)
                                && !lexicon().pronouns.contains_key(nw)
                        };
                    if !noun_use && self.verb_at(si, x).is_some_and(reporting_verb) {
                        ce = j;
                        break;
                    }
                    // `... were very serious and he said he had grave concerns`: a
                    // second report of its own, with its subject
                    if self.is_word(si, x)
                        && matches!(self.lower(si, x), "he" | "she" | "they" | "we" | "i")
                        && self.is_word(si, x + 1)
                        && self
                            .verb_at(si, x + 1)
                            .is_some_and(|b| matches!(b, "say" | "tell" | "add" | "insist"))
                    {
                        ce = j;
                        break;
                    }
                    // `... had been arrested but he gave no further details`, `but
                    // declined to elaborate`: the speaker's refusal to say more ends it
                    let y = x + usize::from(
                        self.is_word(si, x) && matches!(self.lower(si, x), "he" | "she" | "they"),
                    );
                    if self.is_word(si, y)
                        && matches!(
                            self.lower(si, y),
                            "gave" | "declined" | "refused" | "did" | "would" | "could" | "offered"
                        )
                        && (y + 1..end.min(y + 6)).any(|v| {
                            self.is_word(si, v)
                                && matches!(
                                    self.lower(si, v),
                                    "details" | "elaborate" | "comment" | "specify" | "further"
                                )
                        })
                    {
                        ce = j;
                        break;
                    }
                    // (`but has declined to name him`, `but refused to say`)
                    let y2 = y + usize::from(
                        self.is_word(si, y) && matches!(self.lower(si, y), "has" | "had" | "have"),
                    );
                    if self.is_word(si, y2)
                        && matches!(self.lower(si, y2), "declined" | "refused")
                        && self.lower_or_empty(si, y2 + 1) == "to"
                    {
                        ce = j;
                        break;
                    }
                    // `..., and the head of the ruling party, Jaroslaw Kaczynski, said
                    // that ...`: a second speaker, a long subject, and a report of its own
                    if j > c
                        && self.punct(si, j - 1) == Some(',')
                        && (j + 2..end.min(j + 22))
                            .take_while(|&v| !matches!(self.punct(si, v), Some('.' | ';' | ':')))
                            .take_while(|&v| !self.segs[si].in_quote[v])
                            .any(|v| {
                                self.verb_at(si, v).is_some_and(reporting_verb)
                                    && self.verb_at(si, v) != Some(self.lower(si, v))
                                    && (self.punct(si, v - 1) == Some(',')
                                        || self.mention_at(si, v - 1).is_some_and(|m| m.e == v))
                                    && self.is_word(si, v + 1)
                                    && (self.lower(si, v + 1) == "that"
                                        || clause_opener(self.lower(si, v + 1)))
                            })
                    {
                        ce = j - 1;
                        break;
                    }
                }
                if self.punct(si, j) == Some(',')
                    && self.is_word(si, j + 1)
                    && self.lower(si, j + 1).ends_with("ing")
                    && self.verb_at(si, j + 1).is_some()
                {
                    ce = j;
                    break;
                }
                // (no comma before it: `... in seven sub-counties adding that most cases
                // were mild`)
                if j > c + 3
                    && self.is_word(si, j)
                    && matches!(
                        self.lower(si, j),
                        "adding" | "noting" | "stressing" | "insisting" | "explaining"
                    )
                    && self.lower_or_empty(si, j + 1) == "that"
                    && self.is_word(si, j - 1)
                    && !matches!(
                        self.lower(si, j - 1),
                        "of" | "for"
                            | "by"
                            | "after"
                            | "before"
                            | "without"
                            | "about"
                            | "while"
                            | "in"
                            | "on"
                            | "from"
                            | "as"
                            | "is"
                            | "was"
                            | "be"
                            | "been"
                    )
                    && !in_q(j)
                {
                    ce = j;
                    break;
                }
                // (the comma inside a closing mark: `would be met with a "befitting
                // response," adding that ...`; the clause keeps the mark)
                if self.punct(si, j) == Some(',')
                    && matches!(
                        self.segs[si].toks.get(j + 1).map(|t| t.kind),
                        Some(Tk::Mark { .. })
                    )
                    && self.is_word(si, j + 2)
                    && !in_q(j + 2)
                    && self.lower(si, j + 2).ends_with("ing")
                    && self.verb_at(si, j + 2).is_some_and(reporting_verb)
                {
                    ce = j + 2;
                    break;
                }
                // `pensions must be up for debate, while the National Coalition Party
                // has ...`: the writer sets another side against the report
                if self.punct(si, j) == Some(',')
                    && self.is_word(si, j + 1)
                    && matches!(self.lower(si, j + 1), "while" | "whereas")
                    && (self
                        .mention_at(si, j + 2)
                        .is_some_and(|m| m.full_s == j + 2)
                        || self.is_word(si, j + 2)
                            && self.lower(si, j + 2) == "the"
                            && self
                                .mention_at(si, j + 3)
                                .is_some_and(|m| m.full_s == j + 3))
                {
                    ce = j;
                    break;
                }
            }
            let who = self
                .speaker_of_verb(si, k, self.sentence_start(si, k).max(lo), end)
                // `it was previously reported that ...`: an impersonal passive names
                // no one
                .filter(|w| {
                    !(w.actor.is_none()
                        && w.mention.eq_ignore_ascii_case("it")
                        && (k.saturating_sub(3).max(lo)..k).any(|j| {
                            self.is_word(si, j)
                                && matches!(self.lower(si, j), "was" | "is" | "been" | "be")
                        }))
                });
            let cue = self.word(si, k).to_string();
            self.push_indirect(si, c, ce, who, &cue, quoted);
            k = ce.max(k + 1);
        }
    }

    /// A cue between two commas in mid-sentence (`, she said,`, `, said Varga,`, `, the
    /// president said,`): the commas and the verb, when words stand on both sides and
    /// the cue holds nothing else (a noun phrase and the verb, six tokens at most).
    fn parenthetical_cue(&self, si: usize, lo: usize, end: usize) -> Option<(usize, usize, usize)> {
        let commas: Vec<usize> = (lo + 1..end)
            .filter(|&j| self.punct(si, j) == Some(','))
            .collect();
        commas.windows(2).find_map(|w| {
            let (c1, c2) = (w[0], w[1]);
            if c2 - c1 < 3
                || c2 - c1 > 10
                || (c2 + 1..end).filter(|&j| self.is_word(si, j)).count() < 3
            {
                return None;
            }
            // only words between the commas (a title's full stop too: `Gov.`), the verb
            // first or last, or last before a time (`, Mayor Ada Holt said on Monday,`)
            if (c1 + 1..c2).any(|j| !self.is_word(si, j) && self.punct(si, j) != Some('.')) {
                return None;
            }
            let last = (c1 + 2..c2 - 1)
                .find(|&j| {
                    self.lower(si, j) == "said" && self.time_phrase_end(si, j + 1, c2) == Some(c2)
                })
                .unwrap_or(c2 - 1);
            if c2 - c1 > 7 && last == c2 - 1 {
                return None;
            }
            let v = [c1 + 1, last].into_iter().find(|&j| {
                self.verb_at(si, j).is_some_and(reporting_verb)
                    && !self.lower(si, j).ends_with("ing")
                    && !self.lower(si, j).ends_with('s')
                    || self.lower(si, j) == "says"
            })?;
            // the words between the commas are the cue's noun phrase: a pronoun, a
            // name or a determiner phrase (not `, which said,`)
            let np = if v == c1 + 1 { c1 + 2 } else { c1 + 1 };
            let w = self.lower(si, np);
            let np_ok = lexicon().pronouns.contains_key(w)
                && !matches!(w, "which" | "who" | "that" | "it")
                || DETERMINERS.contains(&w)
                || self.mention_at(si, np).is_some();
            np_ok.then_some((c1, c2, v))
        })
    }

    /// A headline's reported speech, in the present tense and without auxiliaries:
    /// `Ruritania says Borovian drones crossed border near Karsk, summons envoy`,
    /// `Varga tells UN peace deal is within reach`. The clause must follow the verb
    /// directly (`warns over border drills`, `says sorry` report nothing) and ends at
    /// the next comma, semicolon or colon.
    fn headline_indirect(&mut self, si: usize, lo: usize, hi: usize, quoted: &[(usize, usize)]) {
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        let mut end = hi;
        while end > lo && matches!(self.segs[si].toks[end - 1].kind, Tk::Punct('.' | '!' | '?')) {
            end -= 1;
        }
        for k in lo + 1..end {
            if in_q(k) || !self.is_word(si, k) {
                continue;
            }
            let verb = self.lower(si, k);
            // (a headline written as a sentence may keep the past: `Tusk said he was
            // confident of winning the elections.`)
            let tell = matches!(verb, "tells" | "tell" | "told");
            let plain = matches!(verb, "says" | "say" | "said");
            if !(plain
                || tell
                || matches!(
                    verb,
                    "warns"
                        | "warn"
                        | "claims"
                        | "claim"
                        | "insists"
                        | "insist"
                        | "admits"
                        | "admit"
                        | "confirms"
                        | "confirm"
                        | "denies"
                        | "deny"
                ))
            {
                continue;
            }
            // `Consumers in distress says Shoprite CEO`: the comma before an inverted
            // cue left out; a speaker of a few words closes the headline
            if plain
                && verb == "says"
                && k >= lo + 3
                && self.punct(si, k - 1).is_none()
                && (2..=5).contains(&(end - k - 1))
                && (k + 1..end).all(|j| self.is_word(si, j) && self.verb_at(si, j).is_none())
                && is_cap(self.word(si, k + 1))
                && {
                    let last = self.lower(si, end - 1);
                    lexicon().title_heads.contains(last)
                        || lexicon().nominal_speakers.contains(last)
                }
                && let Some(who) = self.np_after(si, k + 1, end)
            {
                self.push_indirect(si, lo, k, Some(who), "says", quoted);
                return;
            }
            // (`Remolona backtracks, says another rate cut possible`: a first verb of the
            // same subject, then the comma)
            // (or a longer predicate: `Veteran analyst Chen Li is optimistic about Hong
            // Kong stocks, says prices yet to reflect ...`; or a bare title as the
            // subject: `Councillor hits back, says protest not about service delivery`)
            let first_verb_subject = || {
                let verb_at_start = |e: usize| {
                    self.is_word(si, e) && {
                        let w = self.lower(si, e);
                        !is_cap(self.word(si, e))
                            && (w.ends_with('s') || matches!(w, "is" | "has" | "was"))
                    }
                };
                let predicate = |e: usize| {
                    k >= e + 2
                        && self.punct(si, k - 1) == Some(',')
                        && verb_at_start(e)
                        && (k - e <= 4
                            && (e..k - 1).all(|j| self.is_word(si, j) && !is_cap(self.word(si, j)))
                            || k - e <= 12
                                && (e..k - 1).all(|j| self.is_word(si, j))
                                && self.is_word(si, k + 1)
                                && !is_cap(self.word(si, k + 1))
                                && end - k >= 4)
                };
                if let Some(m) = self.mention_at(si, lo)
                    .or_else(|| self.mention_at(si, lo + 1))
                    .or_else(|| self.mention_at(si, lo + 2))
                    .filter(|m| m.full_s <= lo + 2)
                    // (over the body they speak for: `Chen Li of Soochow Securities is`)
                    && let e = if self.is_word(si, m.e)
                        && matches!(self.lower(si, m.e), "of" | "at" | "from")
                    {
                        (m.e + 1..end)
                            .find(|&j| !(self.is_word(si, j) && is_cap(self.word(si, j))))
                            .unwrap_or(end)
                    } else {
                        m.e
                    }
                    && predicate(e)
                {
                    return Some(self.who_of_mention(si, m));
                }
                let lx = lexicon();
                (self.is_word(si, lo)
                    && self.mention_at(si, lo).is_none()
                    && {
                        let w = self.lower(si, lo);
                        lx.title_heads.contains(w) || lx.nominal_speakers.contains(w)
                    }
                    && predicate(lo + 1))
                .then(|| self.unnamed_words(si, lo, lo + 1))
            };
            let Some(who) = self.subject_before(si, k, lo).or_else(first_verb_subject) else {
                return;
            };
            let mut c = k + 1;
            if tell {
                // the addressee: a name (`tells UN`, `tells Malenko`)
                match self.mention_at(si, c) {
                    Some(m) if m.full_s == c => {
                        // (`tells Malenko Ruritania expects ...`: a headline's capitals
                        // run the addressee into the country that opens the clause)
                        let last = strip_possessive(self.lower(si, m.e - 1)).0;
                        c = if m.e - m.full_s >= 2
                            && matches!(
                                lexicon().gazetteer.get(last),
                                Some(crate::lexicon::Gazetteer::Country(_))
                            ) {
                            m.e - 1
                        } else {
                            m.e
                        };
                    }
                    _ => return,
                }
            }
            let that = self.is_word(si, c) && self.lower(si, c) == "that";
            if that {
                c += 1;
            }
            let starts_clause = self.is_word(si, c)
                && !matches!(
                    self.lower(si, c),
                    "on" | "in"
                        | "at"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "about"
                        | "over"
                        | "against"
                        | "of"
                        | "as"
                        | "and"
                        | "but"
                        | "or"
                        | "sorry"
                        | "yes"
                        | "no"
                        | "goodbye"
                        | "more"
                        | "nothing"
                )
                || self.no_clause(si, c, end)
                || matches!(self.segs[si].toks.get(c).map(|t| t.kind), Some(Tk::Num));
            // `says` takes any clause; the other verbs need `that` or an auxiliary
            if !starts_clause || !(plain || tell || that || self.clause_follows(si, c, end)) {
                return;
            }
            let ce = (c..end)
                .find(|&j| matches!(self.punct(si, j), Some(',' | ';' | ':' | '—' | '–')))
                .unwrap_or(end);
            let cue = verb.to_string();
            self.push_indirect(si, c, ce, Some(who), &cue, quoted);
            return;
        }
    }

    /// A headline that gives unmarked words and their speaker around a colon or a dash:
    /// `They deserved to win: Rovers' Cooper after defeat`, `We conceded a poor goal –
    /// Hughton on the loss`, `Attorney: Government plans to appeal ruling`. The speaker
    /// must be the whole other side (a name, or a name then `after`/`on`/... a phrase).
    fn headline_label(&mut self, si: usize, lo: usize, hi: usize, quoted: &[(usize, usize)]) {
        // (quoted words of three or fewer may stand in the claim: `Health Minister: Five
        // to six 'sick' hospitals`; the marks must be theirs)
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        if quoted
            .iter()
            .any(|&(a, b)| (a + 1..b).filter(|&k| self.is_word(si, k)).count() > 3)
            || (lo..hi).any(|k| matches!(self.segs[si].toks[k].kind, Tk::Mark { .. }) && !in_q(k))
        {
            return;
        }
        let mut end = hi;
        while end > lo && matches!(self.segs[si].toks[end - 1].kind, Tk::Punct('.' | '!' | '?')) {
            end -= 1;
        }
        let mut lo = lo;
        let mut seps: Vec<usize> = (lo..end)
            .filter(|&k| matches!(self.punct(si, k), Some(':' | '–' | '—' | '-')) && !in_q(k))
            .collect();
        let words = |a: usize, b: usize| (a..b).filter(|&k| self.is_word(si, k)).count();
        // `Wales schools: Some will shut on strike days - minister`: a short topic label
        // before a colon, then the claim and its speaker
        if let [c, _] = seps[..]
            && self.punct(si, c) == Some(':')
            && words(lo, c) <= 3
        {
            lo = c + 1;
            seps.remove(0);
        }
        let [sep] = seps[..] else {
            return;
        };
        let tok_at = |byte: usize| self.tok_from(si, byte).unwrap_or(end);
        // the speaker after: `...: Jamshedpur FC's Cooper after 1-0 loss`
        if words(lo, sep) >= 3 {
            let mut who = self.np_after(si, sep + 1, end);
            // a possessor first: the speaker is the name after it
            if let Some(w) = &who
                && w.seg == si
            {
                let t = &self.segs[si].text;
                let poss = t[w.e..].starts_with(['\'', '’'])
                    || t[..w.e].ends_with("'s")
                    || t[..w.e].ends_with("’s");
                if poss {
                    let next = tok_at(w.e + t[w.e..].find(' ').unwrap_or(0));
                    who = self.np_after(si, next.max(sep + 1), end);
                }
            }
            if let Some(w) = who.filter(|w| w.seg == si && w.actor.is_some()) {
                let rest = tok_at(w.e);
                let closes = rest >= end
                    || self.is_word(si, rest)
                        && matches!(
                            self.lower(si, rest),
                            "after"
                                | "on"
                                | "at"
                                | "in"
                                | "ahead"
                                | "following"
                                | "before"
                                | "during"
                                // (`... – Police tell Jigawa residents`: whom it was
                                // said to)
                                | "tell"
                                | "tells"
                                | "warns"
                                | "urges"
                                | "assures"
                        );
                // (`...: FO Spokesman`: a body's role, its holder unnamed)
                let role_after = !closes
                    && w.actor.is_some_and(|a| {
                        self.reg.actors[self.reg.resolve(a)].kind == Some(ActorKind::Organization)
                    })
                    && (rest..end).all(|k| self.is_word(si, k))
                    && rest + 2 >= end
                    && rest < end
                    && {
                        let last = strip_possessive(self.lower(si, end - 1)).0;
                        lexicon().nominal_speakers.contains(last)
                            || lexicon().is_title(last)
                            || last == "head"
                    };
                // (`...: MAS chief Ravi Menon`: a body and a role, then the person
                // who closes the headline)
                let person_last = (!closes)
                    .then(|| self.person_ending_at(si, end))
                    .flatten()
                    .filter(|m| {
                        m.full_s > sep + 1
                            && m.full_s <= sep + 4
                            && (sep + 1..m.full_s).all(|k| self.is_word(si, k))
                    });
                if closes {
                    self.push_indirect(si, lo, sep, Some(w), ":", quoted);
                } else if let Some(m) = person_last {
                    let who = self.who_of_mention(si, m);
                    self.push_indirect(si, lo, sep, Some(who), ":", quoted);
                } else if role_after {
                    // (the role's holder where the story names one: `... – JAMPRO Head`)
                    let who = self
                        .np_ending_at(si, end - 1, sep + 1, 0)
                        .filter(|w| w.actor.is_some())
                        .unwrap_or_else(|| self.unnamed_words(si, sep + 1, end));
                    self.push_indirect(si, lo, sep, Some(who), ":", quoted);
                }
            } else if let Some(t) = (sep + 2..end.min(sep + 5)).find(|&k| {
                self.is_word(si, k)
                    && matches!(
                        self.lower(si, k),
                        "tell" | "tells" | "warns" | "urges" | "assures"
                    )
            }) && (sep + 1..t).all(|k| self.is_word(si, k))
                && role_word(strip_possessive(self.lower(si, t - 1)).0)
            {
                // (`... – Police tell Jigawa residents`: an unnamed body, then whom it
                // was said to)
                let who = self.unnamed_words(si, sep + 1, t);
                self.push_indirect(si, lo, sep, Some(who), ":", quoted);
            } else if (1..=4).contains(&words(sep + 1, end))
                && (sep + 1..end).all(|k| self.is_word(si, k))
                && {
                    // `... - minister`, `...: Italy's coast guard`: a role or a body's
                    // unnamed speaker, alone after the claim
                    let last = strip_possessive(self.lower(si, end - 1)).0;
                    role_word(last) || lexicon().document_nouns.contains(last)
                }
            {
                let who = self.unnamed_words(si, sep + 1, end);
                self.push_indirect(si, lo, sep, Some(who), ":", quoted);
            }
            return;
        }
        // the speaker before: `Attorney: Government plans to appeal the ruling`
        if words(sep + 1, end) >= 3
            && let Some(w) = self.np_after(si, lo, sep)
            && w.seg == si
            && tok_at(w.e) >= sep
            && (w.actor.is_some_and(|a| {
                self.reg.actors[self.reg.resolve(a)].kind == Some(ActorKind::Person)
            }) || w.actor.is_none() && self.punct(si, sep) == Some(':'))
            && self.clause_like(si, sep + 1, end)
        {
            self.push_indirect(si, sep + 1, end, Some(w), ":", quoted);
        }
    }

    /// Tokens `a..b` as a speaker nobody is named for (`FO Spokesman`, `minister`).
    /// The source after `according to` when no name or role stands there: the words
    /// as written (`official data`, `near-complete results`), or the body the data
    /// come from (`data from the Food Price Information Portal`).
    fn source_words(&self, si: usize, a: usize, b: usize) -> Option<Who> {
        let end = (a..b)
            .find(|&j| !self.is_word(si, j) || self.segs[si].in_quote[j])
            .unwrap_or(b);
        // (`data from X`, `figures released by X`)
        if let Some(f) =
            (a + 1..(a + 3).min(end)).find(|&j| matches!(self.lower(si, j), "from" | "by"))
            && let Some(w) = self.np_after(si, f + 1, end).filter(|w| w.actor.is_some())
        {
            return Some(w);
        }
        end.checked_sub(a).filter(|&n| (1..=4).contains(&n))?;
        // (the source's own words, without a determiner)
        let a = if matches!(self.lower(si, a), "the" | "a" | "an") {
            a + 1
        } else {
            a
        };
        (a < end && (a..end).all(|j| !is_cap(self.word(si, j)) || j == a))
            .then(|| self.unnamed_words(si, a, end))
    }

    fn unnamed_words(&self, si: usize, a: usize, b: usize) -> Who {
        let t = &self.segs[si];
        let (s0, e0) = (t.toks[a].s, t.toks[b - 1].e);
        let name = t.text[s0..e0].to_string();
        Who {
            actor: None,
            name: name.clone(),
            mention: name,
            seg: si,
            s: s0,
            e: e0,
        }
    }

    /// Words that can be a clause: not a bare noun phrase (`Armstrong killing: 8
    /// arrested`) but something with a verb-like word in it.
    fn clause_like(&self, si: usize, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            self.is_word(si, k) && {
                let w = self.lower(si, k);
                AUX.contains(&w)
                    || self.verb_at(si, k).is_some()
                    || (w.ends_with("s") || w.ends_with("ed")) && k > a && !is_cap(self.word(si, k))
            }
        })
    }

    /// `Noting that costs had risen, Mushafiz said ...`, `Pointing out that ..., the
    /// union said`: a participle of saying opening a sentence reports its `that` clause,
    /// said by the subject of the main clause after the comma; that clause is read on
    /// its own after it.
    fn opening_participle_report(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        quoted: &[(usize, usize)],
    ) -> bool {
        if self.segs[si].part != Part::Body
            || lo != self.sentence_start(si, lo)
            || !self.is_word(si, lo)
            || !self.word(si, lo).starts_with(char::is_uppercase)
        {
            return false;
        }
        // (`While stating that ..., Davis said`: the participle after `while`)
        let p0 = if self.lower(si, lo) == "while" && self.is_word(si, lo + 1) {
            lo + 1
        } else {
            lo
        };
        let w = self.lower(si, p0);
        let mut t = p0 + 1;
        if w == "pointing" && self.is_word(si, t) && self.lower(si, t) == "out" {
            t += 1;
        } else if !w.ends_with("ing")
            || !lexicon()
                .speech_verb(w)
                .is_some_and(|b| reporting_verb(b) && !tell_type(b))
        {
            return false;
        }
        if !(self.is_word(si, t) && self.lower(si, t) == "that") {
            return false;
        }
        let in_q = |k: usize| quoted.iter().any(|&(a, b)| k >= a && k <= b);
        // the comma that ends the participle's clause: a subject and a speech verb follow
        let Some((comma, who)) = (t + 4..hi)
            .filter(|&j| matches!(self.punct(si, j), Some(',' | '–' | '—')) && !in_q(j))
            .find_map(|j| {
                let v = (j + 1..hi.min(j + 8))
                    .take_while(|&v| {
                        !in_q(v) && !matches!(self.punct(si, v), Some(',' | '–' | '—'))
                    })
                    .find(|&v| self.verb_at(si, v).is_some())?;
                self.subject_before(si, v, j + 1).map(|w| (j, w))
            })
        else {
            return false;
        };
        let cue = format!("{} {}", self.word(si, p0), self.word(si, t));
        self.push_indirect(si, t + 1, comma, Some(who), &cue, quoted);
        self.indirect(si, comma + 1, hi, quoted);
        true
    }

    /// `The decision was "ill-informed". This is according to the affidavit of a
    /// pupil, Anle Spies.`: a sentence that only names a source reports the sentence
    /// before it (in its paragraph or the one before). Says whether it did.
    fn this_according_to(&mut self, si: usize, lo: usize, hi: usize) -> bool {
        let w = |k: usize| self.is_word(si, k).then(|| self.lower(si, k));
        if !matches!(w(lo), Some("this" | "that")) {
            return false;
        }
        let mut k = lo + 1;
        if matches!(w(k), Some("is" | "was")) {
            k += 1;
        }
        if w(k) != Some("according") || w(k + 1) != Some("to") {
            return false;
        }
        let mut end = hi;
        while end > k + 2 && matches!(self.punct(si, end - 1), Some('.' | '!')) {
            end -= 1;
        }
        // (the source only, no clause of its own: not `This according to the ministry
        // was due to ...`)
        if (k + 2..end).any(|j| {
            self.is_word(si, j)
                && (matches!(
                    self.lower(si, j),
                    "was" | "is" | "were" | "are" | "has" | "had" | "will" | "would"
                ) || actors::past_tense(self.lower(si, j)))
        }) {
            return false;
        }
        // the source: a person named in the phrase (`the affidavit of a pupil, Anle
        // Spies`), else the phrase
        let who = (k + 2..end)
            .filter_map(|j| self.mention_at(si, j).filter(|m| m.full_s == j))
            .find(|m| match self.reg.actors[self.reg.resolve(m.actor)].kind {
                Some(ActorKind::Person) => true,
                // (a name set in apposition: `a pupil, Anle Spies`)
                None | Some(ActorKind::Other) => {
                    m.full_s > 0 && self.punct(si, m.full_s - 1) == Some(',')
                }
                _ => false,
            })
            .map(|m| self.who_of_mention(si, m))
            .or_else(|| self.np_after(si, k + 2, end));
        let Some(who) = who else {
            return false;
        };
        let (ps, pa, pb) = if lo > 0 {
            (si, self.sentence_start(si, lo - 1), lo)
        } else if si > 0
            && self.segs[si - 1].part == Part::Body
            && !self.segs[si - 1].toks.is_empty()
        {
            let n = self.segs[si - 1].toks.len();
            (si - 1, self.sentence_start(si - 1, n - 1), n)
        } else {
            return false;
        };
        let mut b = pb;
        while b > pa && matches!(self.punct(ps, b - 1), Some('.' | '!')) {
            b -= 1;
        }
        let (sa, sb) = (self.segs[ps].toks[pa].s, self.segs[ps].toks[b - 1].e);
        // (not a sentence reported already)
        if pa >= b
            || self
                .quotes
                .iter()
                .any(|q| q.seg == ps && q.kind != QuoteKind::Scare && q.s < sb && q.e > sa)
        {
            return false;
        }
        let n = self.segs[ps].toks.len();
        let quoted: Vec<(usize, usize)> = self.segs[ps]
            .spans
            .iter()
            .map(|sp| (sp.open, sp.close.unwrap_or(n - 1)))
            .collect();
        let before = self.quotes.len();
        self.push_indirect(ps, pa, b, Some(who), "according to", &quoted);
        self.quotes.len() > before
    }

    /// `A statement signed by the police spokesman, Nnamdi Omoni said the command ...`:
    /// a document issued by someone, that someone named after a comma with no comma
    /// to close the name, then the verb: the named person reports the clause (the
    /// words before the comma are no clause of their own).
    fn document_signed_by(
        &mut self,
        si: usize,
        lo: usize,
        hi: usize,
        quoted: &[(usize, usize)],
    ) -> bool {
        let lx = lexicon();
        let w = |k: usize| (k < hi && self.is_word(si, k)).then(|| self.lower(si, k));
        if !matches!(w(lo), Some("a" | "an" | "the"))
            || !w(lo + 1).is_some_and(|n| lx.document_nouns.contains(n))
            || !w(lo + 2).is_some_and(|p| {
                matches!(
                    p,
                    "issued"
                        | "signed"
                        | "released"
                        | "sent"
                        | "made"
                        | "posted"
                        | "published"
                        | "obtained"
                        | "circulated"
                        | "shared"
                        | "distributed"
                )
            })
        {
            return false;
        }
        let Some(c) = (lo + 3..hi.min(lo + 30)).find(|&j| self.punct(si, j) == Some(',')) else {
            return false;
        };
        let Some(m) = self.mention_at(si, c + 1).filter(|m| m.full_s == c + 1) else {
            return false;
        };
        let v = m.e;
        if self.reg.actors[self.reg.resolve(m.actor)].kind == Some(ActorKind::Place)
            || quoted
                .iter()
                .any(|&(a, b)| (a..=b).contains(&v) || (lo..c).contains(&a))
            || !self.verb_at(si, v).is_some_and(reporting_verb)
        {
            return false;
        }
        let mut start = v + 1;
        if w(start) == Some("that") {
            start += 1;
        }
        let end = self.before_final_stop(si, start, hi);
        if end < start + 3 {
            return false;
        }
        let who = self.who_of_mention(si, m);
        let cue = self.word(si, v).to_string();
        self.push_indirect(si, start, end, Some(who), &cue, quoted);
        true
    }

    fn push_indirect(
        &mut self,
        si: usize,
        a: usize,
        b: usize,
        who: Option<Who>,
        cue: &str,
        quoted: &[(usize, usize)],
    ) {
        // (`explained that, compared to ...`: the clause starts after the comma)
        let mut a = a;
        // (a headline's topic label is not said: `UNILAG: New Fees Irreversible, Says
        // Vice-chancellor`)
        if self.segs[si].part == Part::Title
            && let Some(c) = (a..b).find(|&k| self.punct(si, k) == Some(':'))
            && (a..c).filter(|&k| self.is_word(si, k)).count() <= 3
            && c + 1 < b
        {
            a = c + 1;
        }
        while a < b && matches!(self.punct(si, a), Some(',' | ';')) {
            a += 1;
        }
        if a >= b {
            return;
        }
        // `Citing the 2010 acquisition of Cognis, Bock said:`: a participle's phrase
        // set before the cue, with no verb of its own, is how, not what
        if self.is_word(si, a)
            && matches!(
                self.lower(si, a),
                "citing"
                    | "speaking"
                    | "referring"
                    | "asked"
                    | "commenting"
                    | "responding"
                    | "addressing"
                    | "reacting"
                    | "pointing"
                    | "quoting"
                    | "reflecting"
                    | "writing"
                    | "turning"
                    | "recalling"
            )
            && !(a + 1..b).any(|k| {
                self.is_word(si, k) && {
                    let w = self.lower(si, k);
                    AUX.contains(&w) || past_tense(w) || w == "that"
                }
            })
        {
            return;
        }
        // `prices have been "peaky," Leighton said`: the comma before the cue stands
        // inside the marks; the clause runs to the closing mark
        // (only when the marks hold a small part of it: `the aircraft had "lost their
        // link to the operators ...,"` is the fragment's alone)
        let mut b = b;
        // (`they were pulling out of those talks, citing dissatisfaction ...`: the
        // reason the speaker gave is how it was said, not what)
        if let Some(j) = (a + 3..b.saturating_sub(1)).find(|&j| {
            self.punct(si, j) == Some(',')
                && self.is_word(si, j + 1)
                && matches!(
                    self.lower(si, j + 1),
                    "citing"
                        // (`she was stepping down, sending shares tumbling`: what followed,
                        // in the writer's words)
                        | "sending"
                        | "prompting"
                        | "triggering"
                        | "sparking"
                        | "causing"
                )
                && !self.segs[si].in_quote[j + 1]
        }) {
            b = j;
        }
        if let Some(&(x, y)) = quoted.iter().find(|&&(x, y)| {
            x >= a && x < b && y > b && y <= b + 1 && (b..y).all(|j| self.punct(si, j).is_some())
        }) {
            let words = |p: usize, q: usize| (p..q).filter(|&k| self.is_word(si, k)).count();
            if words(a, x) < words(x, y) {
                return;
            }
            b = y + 1;
        }
        // a clause may hold whole quotes (`said his team played "wonderfully well" to
        // force a draw`: the quoted words lie inside the reported clause), but not part
        // of one, nor a stray mark, and it must say something besides its quotes
        let inner: Vec<(usize, usize)> = quoted
            .iter()
            .copied()
            .filter(|&(x, y)| x < b && y >= a)
            .collect();
        if inner.iter().any(|&(x, y)| x < a || y >= b) {
            return;
        }
        let inside = |k: usize| inner.iter().any(|&(x, y)| k >= x && k <= y);
        // (the marks hold nearly all of it: `said the whole situation was "symbolic of
        // ... contempt for Scotland"` is the fragment's alone)
        // (double marks only: a single one may be an apostrophe, `process'`)
        if let [(x, y)] = inner[..]
            && (y + 1..b).all(|k| self.punct(si, k).is_some())
            && matches!(self.segs[si].toks[x].kind, Tk::Mark { double: true, .. })
        {
            let words = |p: usize, q: usize| (p..q).filter(|&k| self.is_word(si, k)).count();
            if words(a, x) <= 4 && words(x, y) >= 8 {
                return;
            }
        }
        // (a whole sentence in marks inside is a direct quote in its own right)
        let (sa, sb) = (self.segs[si].toks[a].s, self.segs[si].toks[b - 1].e);
        if (a..b).any(|k| matches!(self.segs[si].toks[k].kind, Tk::Mark { .. }) && !inside(k))
            || self
                .quotes
                .iter()
                .rev()
                .take_while(|q| q.seg == si)
                .any(|q| q.kind == QuoteKind::Direct && q.s >= sa && q.e <= sb)
            // (nor in a headline, nor when the quote opens the clause: `emphasized "that
            // any repetition ..." and told ...`)
            || !inner.is_empty()
                && (inside(a)
                    // (nor when a cue of its own stands inside: `..., Olmec told the
                    // emir, according to ...`; the quotes go to the inner speaker)
                    || (a..b).any(|k| {
                        !inside(k)
                            && self.verb_at(si, k).is_some_and(|v| {
                                reporting_verb(v)
                                    // (`but data suggests it continues`: evidence
                                    // described, no one's cue)
                                    && !(matches!(v, "suggest" | "show" | "indicate" | "signal")
                                        && k > a
                                        && self.is_word(si, k - 1)
                                        && !is_cap(self.word(si, k - 1)))
                                    // (`can maintain full services "while ..."`, `holds
                                    // the record`: a verb that also takes a thing as
                                    // its object, with one)
                                    && (!matches!(
                                        v,
                                        "maintain"
                                            | "hold"
                                            | "find"
                                            | "post"
                                            | "submit"
                                            | "highlight"
                                            | "report"
                                            | "rule"
                                            | "charge"
                                            | "record"
                                    ) || !self.is_word(si, k + 1)
                                        || inside(k + 1)
                                        || matches!(
                                            self.lower(si, k + 1),
                                            "that" | "he" | "she" | "they" | "we" | "i"
                                        )
                                        // (`would find it "incredible"` judges, no one
                                        // reports)
                                        || self.lower(si, k + 1) == "it" && v != "find")
                                    // (`while powers agree on a solution`: talks, not
                                    // a report)
                                    && !(matches!(v, "agree" | "talk" | "speak")
                                        && matches!(
                                            self.lower_or_empty(si, k + 1),
                                            "on" | "with" | "about" | "over" | "to"
                                        ))
                            })
                            && !(k > a && self.gerund_after_preposition(si, k))
                            // (a pronoun before it is the speaker again: `France says it
                            // told partners 'early enough'`)
                            && !(k > a
                                && self.is_word(si, k - 1)
                                && matches!(
                                    self.lower(si, k - 1),
                                    "it" | "he" | "she" | "they" | "we" | "i"
                                ))
                            // (a passive is no cue: `a mark was found`)
                            && !(k > 0
                                && self.is_word(si, k - 1)
                                && matches!(
                                    self.lower(si, k - 1),
                                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                                ))
                    }))
            || !inner.is_empty()
                && (a..b)
                    .filter(|&k| !inside(k) && self.is_word(si, k))
                    .count()
                    < 3
        {
            return;
        }
        // `DETROIT — The man ... is in custody, police said`: the dateline is not said
        let a = if a == 0 { self.dateline_end(si, b) } else { a };
        // (two words will do after `that`: `said that cases rose`)
        let nwords = (a..b).filter(|&k| self.is_word(si, k)).count();
        let after_that = a > 0 && self.is_word(si, a - 1) && self.lower(si, a - 1) == "that";
        if nwords < 3 && !(after_that && nwords == 2) {
            return;
        }
        // (`the judge said addressing the lawyer`: a participle's phrase right after the
        // verb, no finite verb in it, is how it was said, not what)
        if !after_that
            && a > 0
            && self.verb_at(si, a - 1).is_some()
            && self.is_word(si, a)
            && self.lower(si, a).ends_with("ing")
            && !is_cap(self.word(si, a))
            && !self.clause_follows(si, a + 1, b)
            // (a gerund may be the subject, its verb further on: `said sharpening
            // their focus on customers enabled the company to thrive`)
            && !(a + 3..b.min(a + 30)).any(|j| {
                self.is_word(si, j)
                    && !is_cap(self.word(si, j))
                    && past_tense(self.lower(si, j))
                    && !matches!(
                        self.lower(si, j - 1),
                        "who" | "which" | "that" | "had" | "has" | "have" | "been" | "was"
                            | "were" | "is" | "are" | "be"
                    )
                    && matches!(
                        self.lower_or_empty(si, j + 1),
                        "the" | "a" | "an" | "it" | "them" | "us" | "him" | "her" | "their"
                            | "its" | "our" | "his"
                    )
            })
        {
            return;
        }
        let mut b2 = b;
        // (`..., the jury heard.`: the hearing that framed it is no part of it)
        while b2 > a && self.punct(si, b2 - 1).is_some() {
            b2 -= 1;
        }
        if b2 > a + 4
            && self.is_word(si, b2 - 1)
            && self.lower(si, b2 - 1) == "heard"
            && let Some(c) =
                (b2.saturating_sub(5).max(a)..b2 - 1).rfind(|&j| self.punct(si, j) == Some(','))
            && (c + 1..b2 - 1).all(|j| {
                self.is_word(si, j)
                    && (is_cap(self.word(si, j))
                        || matches!(
                            self.lower(si, j),
                            "the" | "a" | "an" | "has" | "had" | "was"
                        )
                        || HEARING_NOUNS.contains(&self.lower(si, j)))
            })
            && (c + 1..b2 - 1).any(|j| HEARING_NOUNS.contains(&self.lower(si, j)))
        {
            b2 = c;
        } else {
            b2 = b;
        }
        while b2 > a
            && matches!(
                self.segs[si].toks[b2 - 1].kind,
                Tk::Punct(',' | ';' | ':' | '—' | '–')
            )
        {
            b2 -= 1;
        }
        let s = self.segs[si].toks[a].s;
        let e = self.segs[si].toks[b2 - 1].e;
        let conf = match &who {
            Some(w) if w.actor.is_some() => 0.8,
            Some(_) => 0.65,
            None => 0.4,
        };
        if let Some(w) = &who {
            self.note_speaker(&w.clone());
        }
        // (a named speaker, or an unnamed person: `the dealer noted that ...`)
        self.last_indirect = who
            .as_ref()
            .filter(|w| {
                w.actor.is_some()
                    || person_nominal(&w.name).is_some()
                        && !matches!(w.mention.to_lowercase().as_str(), "he" | "she" | "they")
            })
            .map(|w| (si, w.clone()));
        // the quotes inside are the reported speaker's own words
        if let Some(w) = &who {
            for q in self.quotes.iter_mut().rev() {
                if q.seg != si {
                    break;
                }
                // (or a pronoun nothing resolved: `says it told partners 'early enough'`)
                let unresolved = q.who.as_ref().is_some_and(|w| {
                    w.actor.is_none()
                        && matches!(
                            w.mention.to_lowercase().as_str(),
                            "it" | "he" | "she" | "they" | "we" | "i"
                        )
                });
                if q.s >= s
                    && q.e <= e
                    && (q.who.is_none() || q.kind == QuoteKind::Scare || unresolved)
                {
                    if q.kind == QuoteKind::Scare {
                        q.kind = QuoteKind::Partial;
                    }
                    q.who = Some(w.clone());
                    q.conf = f32::min(conf, 0.7);
                }
            }
        } else {
            // (an unnamed speaker's words are still someone's: `..., the hearing was
            // told` over `walked "incredibly slowly"`)
            for q in self.quotes.iter_mut().rev() {
                if q.seg != si {
                    break;
                }
                if q.s >= s && q.e <= e && q.kind == QuoteKind::Scare {
                    q.kind = QuoteKind::Partial;
                }
            }
        }
        self.quotes.push(QuoteB {
            seg: si,
            s,
            e,
            kind: QuoteKind::Indirect,
            who,
            cue: Some(cue.to_string()),
            conf,
        });
    }

    /// The first token after a dateline that opens paragraph `si` (`DETROIT —`,
    /// `UTRECHT, Netherlands, March 18 (AFP) –`), looking no further than `hi`; 0 when
    /// there is none.
    fn dateline_end(&self, si: usize, hi: usize) -> usize {
        let toks = &self.segs[si].toks;
        // `April 30 (Reuters) –`, `Lagos, May 2 (AFP) -`: an agency in brackets, a dash
        if let Some(d) = (2..hi.min(12)).find(|&j| {
            matches!(toks[j].kind, Tk::Punct('—' | '–' | '-'))
                && toks[j - 1].kind == Tk::Punct(')')
                && (j.saturating_sub(5)..j - 1).any(|o| toks[o].kind == Tk::Punct('('))
        }) && (0..d).all(|j| {
            !matches!(toks[j].kind, Tk::Mark { .. } | Tk::Punct(':' | ';'))
                // (a month cut short keeps its dot: `COLOMBO, Aug. 18 (Xinhua) --`)
                && !(toks[j].kind == Tk::Punct('.')
                    && !(j > 0 && self.is_word(si, j - 1) && self.word(si, j - 1).len() <= 4))
        }) {
            // (`--`: a dash typed as two hyphens)
            let mut d = d;
            while d + 1 < hi && matches!(toks[d + 1].kind, Tk::Punct('—' | '–' | '-')) {
                d += 1;
            }
            return d + 1;
        }
        // a place in capitals first
        let mut k = 0;
        while k < hi && k < 4 && self.is_word(si, k) && is_all_caps(self.word(si, k)) {
            k += 1;
        }
        if k == 0
            || self
                .word(si, 0)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                < 3
        {
            return 0;
        }
        // `TANAH RATA: The by-election ...`: a colon right after the capitals (or after
        // a country: `ISLAMABAD, Pakistan: ...`), in the first paragraph
        let first_para = (0..si).all(|x| self.segs[x].part != Part::Body);
        if k < hi && toks[k].kind == Tk::Punct(':') && first_para {
            return k + 1;
        }
        if first_para
            && k + 3 < hi
            && toks[k].kind == Tk::Punct(',')
            && let Some(c) = (k + 2..(k + 5).min(hi)).find(|&j| toks[j].kind == Tk::Punct(':'))
            && (k + 1..c).all(|j| self.is_word(si, j) && is_cap(self.word(si, j)))
            && matches!(
                lexicon().gazetteer.get(&*crate::lexicon::lower(
                    &self.segs[si].text[toks[k + 1].s..toks[c - 1].e]
                )),
                Some(crate::lexicon::Gazetteer::Country(_))
            )
        {
            return c + 1;
        }
        // then, within a few tokens, a dash
        for (j, t) in toks.iter().enumerate().take(hi.min(k + 16)).skip(k) {
            match t.kind {
                Tk::Punct('—' | '–' | '-') => return j + 1,
                // `WARRIOR, Ala. -`: the dot of a state's abbreviation
                Tk::Punct('.')
                    if j > k
                        && self.is_word(si, j - 1)
                        && is_cap(self.word(si, j - 1))
                        && self.word(si, j - 1).len() <= 5
                        && toks[j - 1].e == t.s => {}
                Tk::Mark { .. } | Tk::Punct('.' | ':' | ';') => return 0,
                _ => {}
            }
        }
        0
    }

    fn output(mut self) -> Annotated {
        // quote counts
        for q in &self.quotes {
            if let Some(a) = q.who.as_ref().and_then(|w| w.actor) {
                let a = self.reg.resolve(a);
                self.reg.actors[a].quote_count += 1;
            }
        }
        // a full name that speaks is a person, whatever its first name
        // (`Shelley Pearson said`, with a given name not in our lists)
        // (a name ending in a body's or a facility's noun that speaks is a body:
        // `Southampton Airport said`)
        for a in self.reg.actors.iter_mut() {
            if a.quote_count > 0 && a.kind == Some(ActorKind::Other) && a.key.len() >= 2 && !a.known
            {
                a.kind = Some(if ends_in_body_noun(&a.name) {
                    ActorKind::Organization
                } else {
                    ActorKind::Person
                });
            }
        }
        // kept actors, ids, char offsets
        let body = std::mem::take(&mut self.body);
        let conv = ByteToChar::new(&body);
        let mut id_of: Vec<Option<String>> = vec![None; self.reg.actors.len()];
        let mut actors_out: Vec<Actor> = Vec::new();
        let mut order: Vec<usize> = (0..self.reg.actors.len())
            .filter(|&i| actors::keep(&self.reg.actors[i]))
            .collect();
        order.sort_by_cached_key(|&i| {
            let a = &self.reg.actors[i];
            let seg_tok = |sg: usize, b: usize| self.segs[sg].toks.partition_point(|t| t.e <= b);
            a.mentions
                .iter()
                .map(|m| (self.segs[m.0].part != Part::Body, m.0, m.1))
                .chain(
                    a.parts
                        .iter()
                        .map(|&(sg, b, _)| (self.segs[sg].part != Part::Body, sg, seg_tok(sg, b))),
                )
                .min()
        });
        for i in order {
            let a = &self.reg.actors[i];
            let id = actors::actor_id(&a.name);
            if let Some(existing) = actors_out.iter_mut().find(|x| x.id == id) {
                id_of[i] = Some(id);
                existing.quote_count += a.quote_count;
                continue;
            }
            let mut mentions: Vec<[usize; 2]> = a
                .mentions
                .iter()
                .filter(|m| self.segs[m.0].part == Part::Body)
                .map(|&(s, t0, t1)| {
                    let seg = &self.segs[s];
                    let bs = seg.base + seg.toks[t0].s;
                    let raw = &seg.text[seg.toks[t0].s..seg.toks[t1 - 1].e];
                    let be = bs + strip_possessive(raw).0.trim_end_matches(['\'', '’']).len();
                    [conv.conv(bs), conv.conv(be)]
                })
                .chain(
                    a.parts
                        .iter()
                        .filter(|m| self.segs[m.0].part == Part::Body)
                        .map(|&(s, b0, b1)| {
                            let base = self.segs[s].base;
                            [conv.conv(base + b0), conv.conv(base + b1)]
                        }),
                )
                .collect();
            mentions.sort();
            mentions.dedup();
            let mut aliases: Vec<String> = a
                .aliases
                .iter()
                .filter(|x| **x != a.name)
                .cloned()
                .collect();
            aliases.sort();
            aliases.dedup();
            id_of[i] = Some(id.clone());
            actors_out.push(Actor {
                id,
                name: a.name.clone(),
                kind: a.kind.unwrap_or(ActorKind::Other),
                aliases,
                roles: a.roles.clone(),
                mentions,
                quote_count: a.quote_count,
            });
        }
        let title_conv = ByteToChar::new(&self.art.title);
        let cap_convs: Vec<ByteToChar> = self
            .art
            .captions
            .iter()
            .map(|c| ByteToChar::new(c))
            .collect();
        let mut quotes: Vec<Quote> = Vec::new();
        for q in &self.quotes {
            let seg = &self.segs[q.seg];
            let (host, cv): (&str, &ByteToChar) = match seg.part {
                Part::Body => (&body, &conv),
                Part::Title => (&self.art.title, &title_conv),
                Part::Caption => (
                    &self.art.captions[seg.caption.unwrap_or(0)],
                    &cap_convs[seg.caption.unwrap_or(0)],
                ),
            };
            let bs = seg.base + q.s;
            let be = seg.base + q.e;
            let speaker = q.who.as_ref().map(|w| {
                let actor = w.actor.and_then(|a| id_of[self.reg.resolve(a)].clone());
                let wseg = &self.segs[w.seg];
                let (start, end) = if wseg.part == Part::Body {
                    let bs = wseg.base + w.s;
                    let be = wseg.base + w.e;
                    (Some(conv.conv(bs)), Some(conv.conv(be)))
                } else if wseg.part == seg.part
                    && wseg.caption == seg.caption
                    && seg.part == Part::Caption
                {
                    (Some(cv.conv(w.s)), Some(cv.conv(w.e)))
                } else {
                    (None, None)
                };
                let name = match &actor {
                    Some(id) => actors_out
                        .iter()
                        .find(|a| &a.id == id)
                        .map(|a| a.name.clone())
                        .unwrap_or_else(|| w.name.clone()),
                    None => w.name.clone(),
                };
                Speaker {
                    actor,
                    name,
                    mention: w.mention.clone(),
                    start,
                    end,
                }
            });
            quotes.push(Quote {
                start: cv.conv(bs),
                end: cv.conv(be),
                text: host[bs..be].to_string(),
                kind: q.kind,
                part: seg.part,
                caption: seg.caption,
                speaker,
                cue: q.cue.clone(),
                confidence: q.conf,
            });
        }
        quotes.sort_by_key(|q| {
            (
                q.part != Part::Title,
                q.part == Part::Caption,
                q.caption,
                q.start,
                q.end,
            )
        });
        Annotated {
            source: self.art.source.clone(),
            title: self.art.title.clone(),
            byline: self.art.byline.clone(),
            published: self.art.published.clone(),
            section: self.art.section.clone(),
            url: self.art.url.clone(),
            text: body,
            captions: self.art.captions.clone(),
            quotes,
            actors: actors_out,
            warnings: self.art.warnings.clone(),
        }
    }
}

/// Whether an unnamed speaker (`a dealer`, `A spokeswoman for the firm`) is a person,
/// and the gender its noun gives (`Some(None)`: a person of either).
/// A modal verb (`could`, `will`, `must`).
/// A word (lowercase) that names an unnamed speaker: a nominal (`residents`), a title
/// (`minister`) or a title's head.
fn role_word(w: &str) -> bool {
    let lx = lexicon();
    lx.nominal_speakers.contains(w) || lx.is_title(w) || lx.title_heads.contains(w)
}

/// An office written out in full, in its usual short form (`chief executive officer`
/// -> `ceo`); other text unchanged.
fn short_office(r: &str) -> std::borrow::Cow<'_, str> {
    const LONG: [(&str, &str); 5] = [
        ("chief executive officer", "ceo"),
        ("chief executive", "ceo"),
        ("chief financial officer", "cfo"),
        ("chief operating officer", "coo"),
        ("managing director", "md"),
    ];
    match LONG.iter().find(|(l, _)| r.contains(l)) {
        Some((l, s)) => std::borrow::Cow::Owned(r.replacen(l, s, 1)),
        None => std::borrow::Cow::Borrowed(r),
    }
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "could" | "would" | "will" | "can" | "may" | "might" | "should" | "must"
    )
}

/// The last word of an office a body has one of (`chairman`, `governor`, `ceo`).
fn sole_office(role: &str) -> bool {
    matches!(
        role.rsplit(' ').next().unwrap_or(role),
        "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "ceo"
            | "governor"
            | "president"
            | "director-general"
            | "secretary-general"
            | "mayor"
            | "vice-chancellor"
            | "commissioner"
    ) || matches!(
        role,
        "chief executive" | "managing director" | "director general" | "secretary general"
    )
}

/// `minister of finance` -> `finance minister`, `secretary for health` -> `health
/// secretary`: an office with a one-word portfolio, said the short way (others as
/// they are).
fn portfolio_first(role: &str) -> std::borrow::Cow<'_, str> {
    let w: Vec<&str> = role.split(' ').collect();
    match w[..] {
        [t, "of" | "for", p] | [t, "of" | "for", "the", p]
            if matches!(t, "minister" | "secretary" | "commissioner" | "director") =>
        {
            format!("{p} {t}").into()
        }
        _ => role.into(),
    }
}

fn person_nominal(name: &str) -> Option<Option<Gender>> {
    let lower = name.to_lowercase();
    // `one of the students`: one of them, by the plural's singular
    if let Some(rest) = lower
        .strip_prefix("one of the ")
        .or_else(|| lower.strip_prefix("one of "))
    {
        let head = rest.split_whitespace().last().unwrap_or("");
        let sg = head.strip_suffix('s').unwrap_or(head);
        return (sg.len() < head.len())
            .then(|| person_nominal(sg))
            .flatten();
    }
    for w in lower.split_whitespace() {
        if matches!(w, "for" | "of" | "at" | "with" | "from" | "in") {
            break;
        }
        let g = match w {
            "spokesman" | "chairman" | "businessman" | "man" | "father" | "son" | "brother"
            | "husband" | "boy" => Some(Gender::Male),
            "spokeswoman" | "chairwoman" | "businesswoman" | "woman" | "mother" | "daughter"
            | "sister" | "wife" | "girl" => Some(Gender::Female),
            "spokesperson" | "official" | "officer" | "source" | "dealer" | "trader"
            | "analyst" | "economist" | "strategist" | "witness" | "resident" | "diplomat"
            | "lawyer" | "attorney" | "prosecutor" | "doctor" | "nurse" | "teacher" | "farmer"
            | "worker" | "employee" | "manager" | "executive" | "aide" | "adviser" | "advisor"
            | "engineer" | "scientist" | "researcher" | "expert" | "investor" | "owner"
            | "driver" | "passenger" | "neighbour" | "neighbor" | "survivor" | "relative"
            | "friend" | "representative" | "negotiator" | "commander" | "soldier" | "student"
            | "parent" | "broker" | "banker" | "promoter" | "organiser" | "organizer" | "coach"
            | "player" | "captain" | "headteacher" | "headmaster" | "minister" | "president"
            | "mayor" | "governor" | "senator" | "judge" | "magistrate" | "secretary"
            | "director" | "commissioner" | "councillor" | "councilor" | "premier"
            | "chancellor" | "ambassador" | "envoy" | "inspector" | "superintendent"
            | "detective" | "constable" | "sergeant" | "ceo" | "chairperson" | "founder"
            | "principal" | "lawmaker" | "legislator" | "activist" | "candidate" => None,
            "king" | "prince" => Some(Gender::Male),
            "queen" | "princess" => Some(Gender::Female),
            _ => continue,
        };
        return Some(g);
    }
    None
}

/// Whether a name ends in the noun of a body or a facility (`Southampton Airport`,
/// `Harbour Trust`): a name that speaks, but not a person's.
fn ends_in_body_noun(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    actors::is_org_head(last)
        || lexicon()
            .nominal_speakers
            .contains(last.to_lowercase().as_str())
}

/// Whether an unnamed speaker is a group of people or bodies (`Officers`, `several
/// rebel groups`, `police`, `security sources`): what `they` may stand for.
fn plural_nominal(name: &str) -> bool {
    let lower = name.to_lowercase();
    let head = lower
        .split_whitespace()
        .take_while(|w| !matches!(*w, "for" | "of" | "at" | "with" | "from" | "in" | "on"))
        .last()
        .unwrap_or("");
    matches!(
        head,
        "police" | "staff" | "people" | "spokespeople" | "spokesmen" | "media"
    ) || (head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("'s")
        && !matches!(
            head,
            "news" | "analysis" | "series" | "reports" | "statements"
        ))
}

/// A newspaper, agency or broadcaster by the last word of its name (`The Straits
/// Times`, `Daily Nation`, `ABC News`): the one reporting, never `the company`.
fn news_outlet(name: &str) -> bool {
    matches!(
        name.split_whitespace().last().unwrap_or(""),
        "Times"
            | "Post"
            | "News"
            | "Herald"
            | "Journal"
            | "Tribune"
            | "Telegraph"
            | "Gazette"
            | "Chronicle"
            | "Express"
            | "Standard"
            | "Nation"
            | "Guardian"
            | "Reuters"
            | "Bloomberg"
            | "Press"
            | "Inquirer"
            | "Observer"
    )
}

/// The words an organisation's name holds when a common noun stands for it (`the
/// ministry` for the Ministry of Health, `the company` for Norcastle Energy).
fn org_name_heads(head: &str) -> &'static [&'static str] {
    match head {
        "ministry" => &["Ministry"],
        "council" => &["Council"],
        "court" | "tribunal" => &["Court", "Tribunal"],
        "union" => &[
            "Union",
            "Workers",
            "Federation",
            "Congress",
            "Confederation",
            "Guild",
            "Association",
            "Alliance",
            "Teamsters",
            "Steelworkers",
        ],
        "army" | "military" | "forces" => &["Forces", "Army", "Military"],
        "agency" => &["Agency", "Authority"],
        "authority" => &["Authority", "Agency"],
        "company" | "firm" | "group" | "business" | "operator" | "utility" | "energy" => &[
            "Energy",
            "Corp",
            "Corporation",
            "Inc",
            "Ltd",
            "Group",
            "Holdings",
            "Company",
            "Airlines",
            "Motors",
            "Bank",
            "Industries",
            "Systems",
            "Technologies",
            "Co",
            "Partners",
            "Media",
            "LLC",
            "plc",
            "PLC",
        ],
        "airline" | "carrier" => &["Airlines", "Airways", "Air"],
        "club" | "team" | "side" => &["FC", "Club", "United", "City"],
        "bank" => &["Bank"],
        "office" => &["Office"],
        "department" => &["Department"],
        "party" => &["Party"],
        "commission" => &["Commission"],
        "committee" => &["Committee"],
        "hospital" => &["Hospital"],
        "airport" => &["Airport"],
        "university" => &["University"],
        "police" => &["Police"],
        "force" => &["Police", "Constabulary"],
        "society" => &["Society"],
        "charity" => &["Trust", "Foundation", "Society", "Charity"],
        "organization" | "organisation" => &["Organization", "Organisation"],
        "service" => &["Service"],
        "board" => &["Board"],
        "regulator" | "watchdog" => &["Authority", "Commission", "Regulator", "Ombudsman"],
        _ => &[],
    }
}

/// How many distinct content words (four letters or more, no function word) two
/// texts share, a plural `s` aside.
fn shared_content_words(a: &str, b: &str) -> usize {
    let lx = lexicon();
    let words = |t: &str| -> Vec<String> {
        let mut v: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| {
                let l = w.to_lowercase();
                l.strip_suffix('s').map(str::to_string).unwrap_or(l)
            })
            .filter(|w| !lx.function_words.contains(w.as_str()))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let b = words(b);
    words(a)
        .iter()
        .filter(|w| b.binary_search(w).is_ok())
        .count()
}

/// The office named by an unnamed speaker that a person named later may hold: a
/// definite role of a leading office (`its CEO`, `the education minister`, `CEO` alone
/// in a headline), not `a minister`.
fn leading_role(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (first, last) = (*words.first()?, *words.last()?);
    if matches!(
        first,
        "a" | "an" | "one" | "another" | "some" | "two" | "several"
    ) {
        return None;
    }
    let last = last.trim_end_matches("'s");
    let office = matches!(
        last,
        "official"
            | "minister"
            | "secretary"
            | "ceo"
            | "chairman"
            | "chairwoman"
            | "president"
            | "governor"
            | "premier"
            | "mayor"
            | "coach"
            | "manager"
            | "captain"
            | "chancellor"
            | "skipper"
            | "boss"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "adviser"
            | "advisor"
            | "director"
            | "commissioner"
            | "chairperson"
            | "ambassador"
            | "envoy"
            | "commander"
            | "chief"
            | "head"
            | "councillor"
            | "councilor"
            | "senator"
            | "mp"
            | "lawmaker"
            | "legislator"
            | "judge"
            | "prosecutor"
            | "sheriff"
            | "leader"
            | "chair"
            | "founder"
    ) || lower.ends_with("chief executive");
    if matches!(last, "gov" | "guv") {
        // (a headline's short form: `..., RBI Gov`)
        return Some("governor".to_string());
    }
    office.then(|| last.to_string())
}

/// `US`, `WHO`, `IT` written in capitals among ordinary words are acronyms: their
/// lowercase copy keeps the capitals, so that no rule reads them as the pronoun `us`,
/// the relative `who` or `it` (`A US official said`). A run of capitals (a shouted
/// headline, `A JUDGE has`) is lowered as usual.
fn keep_acronyms_apart(text: &str, toks: &[Tok], lower: &mut String) {
    let caps = |t: &Tok| {
        t.kind == Tk::Word && {
            let w = &text[t.s..t.e];
            w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
        }
    };
    let mut hits: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Tk::Word || !matches!(&text[t.s..t.e], "US" | "WHO" | "IT") {
            continue;
        }
        let prev = toks[..i].iter().rev().find(|x| x.kind == Tk::Word);
        let next = toks[i + 1..].iter().find(|x| x.kind == Tk::Word);
        if !prev.is_some_and(caps) && !next.is_some_and(caps) {
            hits.push(i);
        }
    }
    if hits.is_empty() {
        return;
    }
    // (ASCII letters swapped for ASCII letters: still UTF-8, same offsets)
    let mut bytes = std::mem::take(lower).into_bytes();
    for i in hits {
        let t = &toks[i];
        bytes[t.s..t.e].copy_from_slice(&text.as_bytes()[t.s..t.e]);
    }
    *lower = String::from_utf8(bytes).unwrap_or_else(|_| lower_same_len(text));
}

/// Lowercase `s` char by char, keeping any char whose lowercase form has another
/// UTF-8 length as it is, so byte offsets stay valid.
fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
    }
    out
}

/// Converts byte offsets to char offsets, fast for ASCII-heavy text.
pub struct ByteToChar {
    /// char count at every 64-byte block start
    blocks: Vec<usize>,
    text: Vec<u8>,
}

impl ByteToChar {
    pub fn new(s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / 64 + 1);
        let mut count = 0;
        for chunk in bytes.chunks(64) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        blocks.push(count);
        ByteToChar {
            blocks,
            text: bytes.to_vec(),
        }
    }

    pub fn conv(&self, b: usize) -> usize {
        let b = b.min(self.text.len());
        let blk = b / 64;
        let base = self.blocks[blk];
        base + self.text[blk * 64..b]
            .iter()
            .filter(|&&x| (x & 0xC0) != 0x80)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Makes the next annotation on this thread fail, as a bug in a rule would.
        pub(super) static FAIL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    #[test]
    fn a_failing_rule_leaves_the_article_unannotated_with_a_warning() {
        let art = Article {
            source: "x.txt".into(),
            title: "Harbour news".into(),
            paragraphs: vec!["\"We will not wait,\" Anna Varga said.".into()],
            ..Default::default()
        };
        assert_eq!(annotate(&art).quotes.len(), 1);
        FAIL.with(|f| f.set(true));
        let out = annotate(&art);
        FAIL.with(|f| f.set(false));
        assert!(out.quotes.is_empty() && out.actors.is_empty());
        assert_eq!(out.text, art.text());
        assert!(
            out.warnings.iter().any(|w| w.contains("annotation failed")),
            "{:?}",
            out.warnings
        );
    }
}
