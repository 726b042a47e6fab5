//! Plain text and Markdown, as people get them by copying an article off a news site:
//! a header zone (section, dateline, headline, byline), the body, photo captions
//! (often twice, once with a credit), and navigation junk after the body.

use super::date::{find_date, is_timestamp_line};
use super::normalize;
use crate::lexicon::{NavKind, WEEKDAYS, lexicon};
use crate::model::Article;

/// Parse a whole copied page into an article.
pub fn parse(raw: &str, markdown: bool) -> Article {
    let norm = normalize(raw);
    let mut art = Article::default();
    let body = front_matter(&norm, &mut art);
    let mut lines = prepare_lines(body, markdown);
    let body_start = read_header(&mut lines, &mut art);
    let (paragraphs, captions) = clean_body(&lines[body_start..]);
    art.paragraphs = paragraphs;
    art.captions = captions;
    if art.title.is_empty()
        && let Some(first) = art.paragraphs.first()
        && first.chars().count() <= 200
    {
        art.title = art.paragraphs.remove(0);
    }
    art
}

/// A YAML front matter block, as static site generators and web clippers write it
/// (`---`, `title: ...`, `author: ...`, `published: ...`, `source: ...`, `---`): its
/// metadata goes into `art`; returns the text after it (all of `text` when there is
/// none). Only simple `key: value` lines and `- item` lists are read.
fn front_matter<'a>(text: &'a str, art: &mut Article) -> &'a str {
    let Some(rest) = text.trim_start_matches('\u{feff}').strip_prefix("---\n") else {
        return text;
    };
    let mut end = None;
    let mut off = 0;
    for (n, line) in rest.split_inclusive('\n').enumerate() {
        if n > 100 {
            break;
        }
        if matches!(line.trim_end(), "---" | "...") {
            end = Some((off, off + line.len()));
            break;
        }
        off += line.len();
    }
    let Some((close, after)) = end else {
        return text;
    };
    let block = &rest[..close];
    // every line a `key: value`, a list item or an indented continuation
    let yaml = block.lines().all(|l| {
        let t = l.trim();
        t.is_empty()
            || t.starts_with('#')
            || t.starts_with("- ")
            || l.starts_with([' ', '\t'])
            || t.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
            })
    });
    if !yaml || block.trim().is_empty() {
        return text;
    }
    fn clean(v: &str) -> String {
        let v = v.trim().trim_matches(['"', '\'']).trim();
        let v = v.trim_start_matches("[[").trim_end_matches("]]");
        // `[Name](https://...)`
        let v = match v.strip_prefix('[').and_then(|x| x.split_once("](")) {
            Some((name, _)) => name,
            None => v,
        };
        v.trim().to_string()
    }
    let mut values: Vec<(String, Vec<String>)> = Vec::new();
    for l in block.lines() {
        let t = l.trim();
        if let Some(item) = t.strip_prefix("- ") {
            if let Some((_, items)) = values.last_mut() {
                let item = clean(item);
                if !item.is_empty() {
                    items.push(item);
                }
            }
        } else if !l.starts_with([' ', '\t'])
            && let Some((k, v)) = t.split_once(':')
        {
            let v = v.trim();
            // an inline list: `[a, b]`
            let items: Vec<String> = match v.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
                Some(inner) if !v.starts_with("[[") => inner
                    .split(',')
                    .map(clean)
                    .filter(|x| !x.is_empty())
                    .collect(),
                _ => Some(clean(v))
                    .filter(|x| !x.is_empty())
                    .into_iter()
                    .collect(),
            };
            values.push((k.trim().to_lowercase(), items));
        }
    }
    let get = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            values
                .iter()
                .find(|(key, items)| key == k && !items.is_empty())
                .map(|(_, items)| items.clone())
        })
    };
    // (`Note: ...` between two rules is no front matter)
    if get(&[
        "title",
        "headline",
        "author",
        "date",
        "published",
        "source",
        "url",
    ])
    .is_none()
    {
        return text;
    }
    if let Some(t) = get(&["title", "headline"]) {
        art.title = t.join(" ");
    }
    if let Some(a) = get(&["author", "authors", "byline", "creator"]) {
        art.byline = Some(a.join(" and "));
    }
    art.published = get(&[
        "published",
        "date",
        "pubdate",
        "date_published",
        "publish_date",
        "published_at",
        "created",
    ])
    .and_then(|d| super::date::normalize_date(&d[0]));
    art.url = get(&["source", "url", "link", "canonical", "original_url"])
        .map(|u| u[0].clone())
        .filter(|u| u.starts_with("http"));
    art.section = get(&["section", "category", "categories"]).map(|c| c[0].clone());
    &rest[after..]
}

/// Clean a body that comes without a header (the text field of a JSON record).
pub fn parse_body(raw: &str) -> (Vec<String>, Vec<String>) {
    let norm = normalize(raw);
    let lines = prepare_lines(&norm, false);
    clean_body(&lines)
}

/// Clean blocks of text that are already separated (HTML paragraphs): each block is
/// one paragraph; captions given apart are merged with captions found in the blocks.
pub fn parse_blocks(blocks: &[String]) -> (Vec<String>, Vec<String>) {
    let mut lines = Vec::with_capacity(blocks.len() * 2);
    for b in blocks {
        lines.push(Line {
            text: collapse_spaces(&normalize(b).replace('\n', " ")),
            heading: 0,
            image: false,
        });
        lines.push(Line {
            text: String::new(),
            heading: 0,
            image: false,
        });
    }
    clean_body(&lines)
}

/// One input line after trimming and Markdown decoration removal.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// `# Heading` level, when Markdown.
    heading: u8,
    /// Markdown image alt text, or a `> ` line: a caption candidate.
    image: bool,
}

fn strip_md_inline(s: &str) -> String {
    // Links [text](url) -> text; images handled by the caller; emphasis markers removed
    // only when they wrap the whole line (`*By Anna*`) or a word (`**bold**`).
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if b[i] == b'['
            && let Some(close) = s[i..].find("](")
            && let Some(end) = s[i + close..].find(')')
        {
            out.push_str(&s[i + 1..i + close]);
            i += close + end + 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    let t = out.trim();
    let t = t
        .trim_start_matches(['*', '_'])
        .trim_end_matches(['*', '_']);
    t.replace("**", "").replace("__", "")
}

fn prepare_lines(norm: &str, markdown: bool) -> Vec<Line> {
    let mut out = Vec::new();
    for raw in norm.split('\n') {
        let t = raw.trim();
        if !markdown {
            out.push(Line {
                text: collapse_spaces(t),
                heading: 0,
                image: false,
            });
            continue;
        }
        let mut heading = 0u8;
        let mut image = false;
        let mut s = t;
        if s.starts_with('#') {
            let n = s.bytes().take_while(|&b| b == b'#').count();
            if n <= 6 && s[n..].starts_with(' ') {
                heading = n as u8;
                s = s[n..].trim();
            }
        }
        let owned;
        if let Some(rest) = s.strip_prefix("![") {
            // ![alt](url) "title"
            let alt = rest.split("](").next().unwrap_or("");
            owned = alt.to_string();
            s = &owned;
            image = true;
        } else if let Some(rest) = s.strip_prefix('>') {
            s = rest.trim();
            image = is_credit_line(s);
        }
        if matches!(s, "---" | "***" | "___") {
            s = "";
        }
        out.push(Line {
            text: collapse_spaces(&strip_md_inline(s)),
            heading,
            image,
        });
    }
    out
}

fn collapse_spaces(s: &str) -> String {
    if !s.contains("  ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

const SECTIONS: &[&str] = &[
    "world",
    "politics",
    "business",
    "economy",
    "markets",
    "sport",
    "sports",
    "football",
    "local",
    "health",
    "science",
    "tech",
    "technology",
    "opinion",
    "analysis",
    "comment",
    "culture",
    "news",
    "europe",
    "middle east",
    "africa",
    "asia",
    "americas",
    "courts",
    "crime",
    "education",
    "environment",
    "weather",
    "society",
    "region",
    "national",
    "international",
    "diplomacy",
    "security",
    "defence",
    "defense",
    "interview",
    "exclusive",
    "breaking",
    "breaking news",
    "live",
    "update",
    "city",
    "metro",
];

fn is_junk_header(t: &str) -> bool {
    let l = t.to_lowercase();
    l.contains(" > ")
        || l.contains(" » ")
        || matches!(
            l.as_str(),
            "menu"
                | "home"
                | "search"
                | "share"
                | "print"
                | "advertisement"
                | "skip to content"
                | "skip to main content"
                | "log in"
                | "sign in"
                | "subscribe"
                | "listen"
                | "listen to this article"
                | "follow"
        )
        || matches!(
            l.as_str(),
            "save" | "copy link" | "gift article" | "bookmark" | "email" | "comment"
        )
        // `2 hours ago`, `Updated 5 mins ago`
        || l.ends_with(" ago") && l.split_whitespace().count() <= 4
        || l.starts_with("share this")
        || l.starts_with("reading time")
        || l.ends_with("min read")
        || (l.chars().count() <= 2 && !l.chars().any(|c| c.is_alphanumeric()))
}

/// A line that is a byline: `By Anna Varga`, `Anna Varga`, `By A. Varga and B. Lund`,
/// `Anna Varga | Valdor Daily`.
fn byline_of(t: &str, title_seen: bool) -> Option<String> {
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    let (explicit, rest) = match t.strip_prefix("By ").or_else(|| t.strip_prefix("by ")) {
        Some(r) => (true, r.trim()),
        None => match [
            "author:",
            "written by",
            "posted by",
            "published by",
            "reported by",
            "story by",
            "words by",
        ]
        .iter()
        .find_map(|p| {
            t.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| t[p.len()..].trim_start_matches(':'))
        }) {
            Some(r) => (true, r.trim()),
            None => (false, t),
        },
    };
    let lx = lexicon();
    let mut words: Vec<&str> = rest
        .split(['|', ','])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .collect();
    // `Peter Walker Political correspondent`: the job goes
    if words.len() >= 3 && words.last().is_some_and(|w| is_byline_job(w)) {
        words.pop();
        while words.len() > 2
            && words
                .last()
                .is_some_and(|w| lx.byline_desks.contains(&w.to_lowercase()))
        {
            words.pop();
        }
    }
    let name = words.join(" ");
    if words.is_empty() || words.len() > 7 {
        return None;
    }
    if rest.ends_with(['.', '!', '?', '"', '”', ':']) && !explicit {
        return None;
    }
    let namey = words.iter().all(|w| {
        let f = w.chars().next().unwrap_or('a');
        f.is_uppercase()
            || matches!(
                *w,
                "and" | "de" | "van" | "von" | "al" | "bin" | "der" | "&"
            )
    }) && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    if !namey {
        return None;
    }
    if explicit {
        return Some(name);
    }
    if !title_seen || words.len() < 2 || words.len() > 4 {
        return None;
    }
    let first = words[0].trim_end_matches('.').to_lowercase();
    let all_caps = words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
    if lx.given_names.contains(&first) && !all_caps && !lx.function_words.contains(&first) {
        return Some(name);
    }
    None
}

fn is_byline_job(w: &str) -> bool {
    lexicon()
        .byline_jobs
        .contains(&*crate::lexicon::lower(w.trim_end_matches(['.', ','])))
}

/// `Political correspondent`, `Senior Reporter`: the line under a byline.
fn is_job_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.last().is_some_and(|w| is_byline_job(w))
        && words[..words.len() - 1].iter().all(|w| {
            lexicon().byline_desks.contains(&w.to_lowercase()) || w.starts_with(char::is_uppercase)
        })
}

/// Read the header zone; returns the index of the first body line.
fn read_header(lines: &mut [Line], art: &mut Article) -> usize {
    let mut i = 0;
    // (a title from front matter: the headline line repeating it goes)
    let mut title_seen = !art.title.is_empty();
    let limit = lines.len().min(16);
    while i < limit {
        let t = lines[i].text.as_str();
        if t.is_empty() || is_junk_header(t) {
            i += 1;
            continue;
        }
        let words = t.split_whitespace().count();
        if title_seen && t.eq_ignore_ascii_case(&art.title) {
            i += 1;
            continue;
        }
        if lines[i].heading == 1 && !title_seen {
            art.title = t.to_string();
            title_seen = true;
            i += 1;
            continue;
        }
        if take_date(t, art) {
            i += 1;
            continue;
        }
        let lower = t.to_lowercase();
        if !title_seen
            && words <= 3
            && (SECTIONS.contains(&lower.as_str())
                || (t.chars().all(|c| !c.is_lowercase()) && t.chars().any(|c| c.is_uppercase())))
            && art.section.is_none()
        {
            art.section = Some(t.to_string());
            i += 1;
            continue;
        }
        if take_byline(t, title_seen, art) {
            i += 1;
            continue;
        }
        if !title_seen {
            art.title = t.to_string();
            title_seen = true;
            i += 1;
            continue;
        }
        take_after_standfirst(lines, i, limit, art);
        break;
    }
    i
}

/// A date line of the header (`17 March 2025 - 09:40`, `ANALYSIS | 17 March 2025`):
/// the date and a section before it are taken.
fn take_date(t: &str, art: &mut Article) -> bool {
    let Some(d) = find_date(t) else {
        return false;
    };
    let before = t[..d.start].trim();
    let after = t[d.end..].trim();
    if t.split_whitespace().count() > 10
        || before.split_whitespace().count() > 4
        || after.split_whitespace().count() > 3
    {
        return false;
    }
    if art.published.is_none() {
        art.published = Some(d.iso);
    }
    let sec = before
        .trim_end_matches(['|', '-', '–', '—', '/', ',', ':', '·', '•'])
        .trim();
    let sec_l = sec.to_lowercase();
    let dated = [
        "published",
        "updated",
        "first published",
        "last updated",
        "posted",
        "date",
    ]
    .iter()
    .any(|p| sec_l.starts_with(p));
    let mut sec = if dated { "" } else { sec };
    // `Tuesday 05 December`, `By Lisa Henderson on 04 Mar`, `10.48 26 May`: a weekday,
    // `on` and a time are no section
    while !sec.is_empty() {
        let (head, last) = sec.rsplit_once([' ', ',']).unwrap_or(("", sec));
        let l = last.trim_end_matches([',', '.']).to_lowercase();
        if l.is_empty() && !head.is_empty()
            || WEEKDAYS
                .iter()
                .any(|d| l == *d || (l.len() >= 3 && d.starts_with(&l)))
            || matches!(
                l.as_str(),
                "on" | "at" | "of" | "|" | "-" | "–" | "·" | "am" | "pm" | "a.m" | "p.m" | "gmt"
            )
            || super::date::is_timestamp_line(&l)
        {
            sec = head.trim();
        } else {
            break;
        }
    }
    if sec.is_empty() {
        return true;
    }
    // `Naeem Asghar July 05, 2024`: a byline, not a section
    if let Some(b) = byline_of(sec, true) {
        art.byline.get_or_insert(b);
    } else if art.section.is_none() {
        art.section = Some(sec.to_string());
    }
    true
}

/// A byline, or the job line under one (`Political correspondent`).
fn take_byline(t: &str, title_seen: bool, art: &mut Article) -> bool {
    if let Some(b) = byline_of(t, title_seen) {
        if art.byline.is_none() {
            art.byline = Some(b);
        }
        return true;
    }
    title_seen && art.byline.is_some() && is_job_line(t)
}

/// A standfirst (one or two lines) between the headline and the byline or date, as
/// copied pages often have it: when a byline or a date line follows the line at `i`
/// closely, those header lines are taken and blanked; the standfirst opens the body.
fn take_after_standfirst(lines: &mut [Line], i: usize, limit: usize, art: &mut Article) {
    // a byline or date line, not a sentence; taken into `art` when it is one
    let take = |t: &str, art: &mut Article| {
        !t.ends_with(['.', '!', '?', '"', '”', '’'])
            && (take_date(t, art) || take_byline(t, true, art))
    };
    let meta = |t: &str, art: &Article| take(t, &mut art.clone());
    let (mut k, mut between) = (i + 1, 1);
    while k < limit && between <= 2 {
        let u = lines[k].text.as_str();
        if !u.is_empty() {
            if meta(u, art) {
                break;
            }
            between += 1;
        }
        k += 1;
    }
    if k >= limit || between > 2 || lines[i..k].iter().any(|l| l.text.chars().count() > 300) {
        return;
    }
    while k < limit {
        let u = lines[k].text.as_str();
        if !u.is_empty() && !is_junk_header(u) && !take(u, art) {
            break;
        }
        lines[k].text.clear();
        k += 1;
    }
}

const CREDIT_MARKERS: &[&str] = &[
    "(photo credit:",
    "(photo:",
    "(credit:",
    "(credits:",
    "(image:",
    "(picture:",
    "(source:",
    "(photo by",
    "(image credit:",
    "photo credit:",
    "credit:",
    "photo:",
    // (`... can handle’. Photograph: Jason Alden/Getty`)
    "photograph:",
    "illustration:",
    "image:",
    "(getty images)",
    "(afp)",
    "(reuters)",
    "(ap photo",
    // (only closing the line: `... the size of the loss. (AP)`, `... 2020. / AP`)
    "(ap)",
    "(epa)",
    "/ ap",
    "/ afp",
    "/ reuters",
];

/// Markers that make a credit only at the very end of a line.
const CLOSING_CREDITS: &[&str] = &["(ap)", "(epa)", "/ ap", "/ afp", "/ reuters"];

/// `... in local elections [Ali Unal/AP]`, `... in Helsinki. (Heikki Saukkomaa –
/// Lehtikuva)`: a photographer and agency in brackets closing the line, split by a
/// slash or a spaced dash: where the bracket opens.
fn closing_bracket_credit(t: &str) -> Option<usize> {
    let (open, close) = match t.as_bytes().last()? {
        b']' => ('[', ']'),
        b')' => ('(', ')'),
        _ => return None,
    };
    let at = t.rfind(open)?;
    let inner = &t[at + 1..t.len() - 1];
    if at == 0 || inner.len() > 60 || inner.contains(close) {
        return None;
    }
    if !(inner.contains('/') || inner.contains(" – ") || inner.contains(" - ")) {
        return None;
    }
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    ((2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
    .then_some(at)
}

fn credit_pos(t: &str) -> Option<usize> {
    use aho_corasick::AhoCorasick;
    if t.len() <= 700
        && let Some(p) = closing_bracket_credit(t)
    {
        return Some(p);
    }
    use std::sync::LazyLock;
    static AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CREDIT_MARKERS)
            .ok()
    });
    // captions are short; a credit marker stands in a short line
    if t.len() > 400 || memchr::memchr3(b'(', b':', b'/', t.as_bytes()).is_none() {
        return None;
    }
    AC.as_ref()?
        .find_iter(t)
        // `OSLO (Reuters) - Finland's foreign minister said ...`: a wire dateline that
        // opens a paragraph, not the credit of a photo
        .filter(|m| !t[m.end()..].trim_start().starts_with(['-', '–', '—']))
        .filter(|m| {
            !CLOSING_CREDITS.contains(&CREDIT_MARKERS[m.pattern().as_usize()])
                || t[m.end()..].trim().is_empty()
        })
        .map(|m| m.start())
        .find(|&p| p > 0 || t.len() > 20)
}

fn is_credit_line(t: &str) -> bool {
    credit_pos(t).is_some()
}

fn strip_credit(t: &str) -> String {
    // (a photographer and agency in brackets, or after `Photograph:`, stay: they name
    // actors)
    if t.len() <= 700 && closing_bracket_credit(t).is_some() {
        return t.to_string();
    }
    if let Some(p) = credit_pos(t)
        && t[p..].len() >= 12
        && (t[p..p + 12].eq_ignore_ascii_case("photograph: ")
            || t[p..].len() >= 14 && t[p..p + 14].eq_ignore_ascii_case("illustration: "))
    {
        return t.to_string();
    }
    match credit_pos(t) {
        Some(p) => t[..p]
            .trim()
            .trim_end_matches(['-', '–', '|'])
            .trim()
            .to_string(),
        None => t.to_string(),
    }
}

/// `PHOTO: AFP`, `ST PHOTO: ONG WEE JIN`, `Picture: Getty Images`: a photo's credit alone
/// on its line, under the caption it closes.
fn bare_credit(t: &str) -> bool {
    if t.len() > 80 || !t.contains(':') {
        return false;
    }
    let l = t.to_ascii_lowercase();
    let l = l
        .strip_prefix("st ")
        .or_else(|| l.strip_prefix("file "))
        .unwrap_or(&l);
    let Some(rest) = [
        "photo:",
        "photos:",
        "picture:",
        "pictures:",
        "pic:",
        "image:",
        "photo credit:",
    ]
    .iter()
    .find_map(|p| l.strip_prefix(p)) else {
        return false;
    };
    let words = rest.split_whitespace().count();
    (1..=6).contains(&words)
        && !rest.trim_end().ends_with(['.', '!', '?'])
        && rest.chars().all(|c| {
            c.is_alphabetic()
                || c.is_whitespace()
                || matches!(c, '/' | '&' | '-' | ',' | '.' | '\'')
        })
}

/// Photo labels as some sites print them: `Image source, Getty Images` (a credit, which
/// goes), `Image caption, Crowds on the bridge`, or `Image caption,` over the caption's
/// line. Whether it is a caption, and what follows the label.
fn photo_label(t: &str) -> Option<(bool, &str)> {
    for (label, caption) in [
        ("image source", false),
        ("image caption", true),
        ("media caption", true),
        ("video caption", true),
    ] {
        let Some(head) = t.get(..label.len()) else {
            continue;
        };
        let rest = &t[label.len()..];
        if head.eq_ignore_ascii_case(label) && (rest.is_empty() || rest.starts_with([',', ':'])) {
            return Some((caption, rest.trim_start_matches([',', ':']).trim()));
        }
    }
    None
}

/// A hash of a line (spaces are already collapsed): equal for copies of one caption.
/// 0 for an empty line.
fn caption_key(t: &str) -> u64 {
    use std::hash::Hasher;
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() {
        return 0;
    }
    let mut h = rustc_hash::FxHasher::default();
    h.write(t.as_bytes());
    h.finish() | 1
}

/// A line that starts a block of navigation or boilerplate.
/// A navigation marker line: its kind, and whether the marker stands alone (a box of
/// lines follows) or opens a line of its own (`Read also: Some headline`, which goes
/// alone).
fn nav_marker(t: &str) -> Option<(NavKind, bool)> {
    use std::sync::LazyLock;
    // every line of every article comes here: most are ruled out by their first word
    static FIRST_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
        lexicon()
            .nav_markers
            .iter()
            .map(|(m, _)| first_word(m).to_lowercase())
            .collect()
    });
    fn first_word(s: &str) -> &str {
        s.trim()
            .split(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | '-'))
            .next()
            .unwrap_or("")
    }
    if t.len() > 200
        || !FIRST_WORDS.contains(&*crate::lexicon::lower(
            first_word(t).trim_end_matches(['.', '›', '»', '>']),
        ))
    {
        return None;
    }
    let lower = t.trim().to_lowercase();
    let l = lower
        .trim_end_matches([':', '.', '›', '»', '>', '-', ' '])
        .trim();
    let markers = &lexicon().nav_markers;
    // the marker alone: a box follows (`Share this article` before `Share this ...`)
    if let Some((_, kind)) = markers.iter().find(|(m, _)| l == m.trim_end_matches(':')) {
        return Some((*kind, true));
    }
    for (m, kind) in markers {
        let m = m.trim_end_matches(':');
        if !lower.starts_with(m) || lower.len() >= m.len() + 120 {
            continue;
        }
        let rest = &lower[m.len()..];
        let after = rest.trim_start();
        // `Read also: headline`, `Related | headline`, `Watch - headline` (not `ad-hoc`
        // or `Comments by the minister`)
        let sep = rest.starts_with([':', '|'])
            || rest.starts_with(' ')
                && after.starts_with(['-', '–', '—', '»', '›', '>', '|', ':', '·', '•']);
        // `Read also Borovia recalls envoy`: a headline after a marker of two words
        let headline =
            rest.starts_with(' ') && m.contains(' ') && !t.trim_end().ends_with(['.', '!', '?']);
        if sep || headline {
            return Some((*kind, false));
        }
    }
    None
}

/// A paragraph of running text, not a headline, a button or a name.
fn is_prose(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '”', '’', '\'', '»', ')']);
    t.ends_with(['.', '!', '?', '…']) && t.split_whitespace().count() >= 8
}

/// After a box of links opened at a marker line, does the story go on? `rest` are the
/// body lines after the marker. The box is the run of lines that are not prose right
/// after it (at most twelve); the story resumes when what follows, up to the next box or
/// the end, is runs of paragraphs (a box of teasers alternates a headline and a
/// sentence). Returns how many lines the box holds.
fn story_resumes(lines: &[Line], rest: &[usize]) -> Option<usize> {
    let boxed = rest
        .iter()
        .take_while(|&&j| !is_prose(&lines[j].text))
        .count();
    if boxed > 12 || boxed == rest.len() {
        return None;
    }
    // paragraphs that follow a paragraph: a story has runs of them, teasers none
    let (mut prose, mut in_runs, mut prev) = (0usize, 0usize, false);
    for &j in &rest[boxed..] {
        let t = &lines[j].text;
        let p = match nav_marker(t) {
            Some((NavKind::Interruption, _)) | Some((_, false)) => continue,
            Some(_) => break,
            None => is_prose(t),
        };
        if p {
            prose += 1;
            in_runs += usize::from(prev);
        }
        prev = p;
    }
    (prose >= 2 && in_runs * 2 >= prose).then_some(boxed)
}

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', '"', '”', '’', '\'', '»', ':', ')', '…'])
}

/// Captions found so far: their texts, their keys (`caption_key`) and their lines.
type Captions = (Vec<String>, Vec<u64>, Vec<usize>);

/// Keep caption `text`, found on line `at`, unless it is empty or a copy of one kept.
fn add_caption(caps: &mut Captions, at: usize, text: &str) {
    let key = caption_key(text);
    if key != 0 && !caps.1.contains(&key) {
        caps.0.push(text.to_string());
        caps.1.push(key);
        caps.2.push(at);
    }
}

/// Split the body lines into paragraphs and captions, dropping navigation.
fn clean_body(lines: &[Line]) -> (Vec<String>, Vec<String>) {
    // 1. captions: lines with a credit, markdown images; and their duplicates.
    // (the captions, their keys, and the line each credited caption stands on)
    let mut caps: Captions = (Vec::new(), Vec::new(), Vec::new());
    let mut kind: Vec<u8> = vec![0; lines.len()]; // 0 body, 1 caption(kept), 2 drop
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() || kind[i] != 0 {
            continue;
        }
        // a credit alone on its line closes the caption right above it
        if bare_credit(&l.text) {
            kind[i] = 2;
            if let Some(j) = (i.saturating_sub(3)..i)
                .rev()
                .find(|&j| !lines[j].text.is_empty())
                && kind[j] == 0
                && lines[j].heading == 0
                && lines[j].text.split_whitespace().count() <= 60
            {
                kind[j] = 2;
                add_caption(&mut caps, j, &lines[j].text);
            }
            continue;
        }
        if let Some((is_caption, rest)) = photo_label(&l.text) {
            kind[i] = 2;
            if !is_caption {
                continue;
            }
            // `Image caption,` over the caption's own line
            let c = if rest.is_empty() {
                match (i + 1..lines.len().min(i + 3)).find(|&j| !lines[j].text.is_empty()) {
                    Some(j) => {
                        kind[j] = 2;
                        lines[j].text.as_str()
                    }
                    None => continue,
                }
            } else {
                rest
            };
            add_caption(&mut caps, i, c);
            continue;
        }
        if l.image || is_credit_line(&l.text) {
            kind[i] = 2;
            add_caption(&mut caps, i, &strip_credit(&l.text));
        }
    }
    let (mut captions, mut caption_keys, mut caption_lines) = caps;
    // duplicates of a caption, and lines repeated verbatim (photo captions without
    // credit, pull quotes): keep the first copy only.
    let keys: Vec<u64> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if kind[i] != 0 || l.text.is_empty() {
                0
            } else {
                caption_key(&l.text)
            }
        })
        .collect();
    let mut seen: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    for (i, l) in lines.iter().enumerate() {
        let key = keys[i];
        if kind[i] != 0 || key == 0 {
            continue;
        }
        if let Some(ci) = caption_keys.iter().position(|&k| k == key) {
            // a whole sentence of the story that a photo's caption repeated, paragraphs
            // away from it, stays in the body (the caption's copy goes): `Inspector-
            // General Khalid Abu Bakar said the investigation took time ... PHOTO: THE
            // STAR` (a copy right under the caption is the caption printed twice)
            let apart = caption_lines.get(ci).is_some_and(|&c| {
                (c.min(i) + 1..c.max(i)).any(|x| kind[x] == 0 && !lines[x].text.is_empty())
            });
            if apart && ends_sentence(&l.text) && l.text.split_whitespace().count() >= 10 {
                caption_keys.remove(ci);
                caption_lines.remove(ci);
                captions.remove(ci);
                seen.insert(key, i);
            } else {
                kind[i] = 2;
            }
            continue;
        }
        if let Some(&j) = seen.get(&key) {
            kind[i] = 2;
            // a repeated line that is not a sentence (or opens in capitals) is a caption
            let caps_open = l.text.split_whitespace().take(2).all(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
            });
            if caps_open || !ends_sentence(&l.text) {
                kind[j] = 2;
                caption_keys.push(key);
                caption_lines.push(j);
                captions.push(l.text.clone());
            }
            continue;
        }
        if l.text.chars().count() >= 20 {
            seen.insert(key, i);
        }
    }
    // 2. navigation: from a marker line (after some body) to the end; trailing runs of
    // short headlines with time stamps.
    let body_lines: Vec<usize> = (0..lines.len())
        .filter(|&i| kind[i] == 0 && !lines[i].text.is_empty())
        .collect();
    let mut cut = lines.len();
    let mut n = 0;
    while n < body_lines.len() {
        let i = body_lines[n];
        match nav_marker(&lines[i].text) {
            // `skip past newsletter promotion` ... `after newsletter promotion`: the
            // promotion between goes
            Some((NavKind::Interruption, true))
                if let Some(what) = lines[i].text.to_lowercase().strip_prefix("skip past ")
                    && let Some(m) = body_lines[n + 1..].iter().take(12).position(|&j| {
                        lines[j].text.to_lowercase().strip_prefix("after ") == Some(what)
                    }) =>
            {
                for &j in &body_lines[n..=n + 1 + m] {
                    kind[j] = 2;
                }
                n += 1 + m;
            }
            // a label, or a link on a line of its own: that line goes
            Some((NavKind::Interruption, _)) | Some((_, false)) => kind[i] = 2,
            Some((NavKind::End, true)) if n >= 1 => {
                cut = i;
                break;
            }
            Some((NavKind::List, true)) => match story_resumes(lines, &body_lines[n + 1..]) {
                Some(boxed) => {
                    kind[i] = 2;
                    for &j in &body_lines[n + 1..n + 1 + boxed] {
                        kind[j] = 2;
                    }
                    n += boxed;
                }
                None if n >= 1 => {
                    cut = i;
                    break;
                }
                None => {}
            },
            _ => {}
        }
        n += 1;
    }
    // trailing headline/timestamp runs
    let tail: Vec<usize> = body_lines.iter().copied().filter(|&i| i < cut).collect();
    let mut k = tail.len();
    let mut pairs = 0;
    while k >= 2
        && is_timestamp_line(&lines[tail[k - 1]].text)
        && !is_timestamp_line(&lines[tail[k - 2]].text)
        && lines[tail[k - 2]].text.chars().count() <= 120
    {
        k -= 2;
        pairs += 1;
    }
    if pairs >= 2 {
        cut = cut.min(tail[k]);
    }
    // 3. paragraphs: blank-line separated blocks; inside a block, hard-wrapped lines are
    // joined and sentence-final lines end a paragraph.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (i, l) in lines.iter().enumerate().take(cut) {
        if kind[i] != 0 || l.text.is_empty() {
            if !cur.is_empty() {
                paragraphs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let t = l.text.as_str();
        let label = is_speaker_label(t);
        if !cur.is_empty() {
            let prev_wrapped = !ends_sentence(&cur)
                && !label
                && (t.starts_with(|c: char| c.is_lowercase()) || cur.chars().count() >= 50);
            if prev_wrapped && l.heading == 0 {
                cur.push(' ');
                cur.push_str(t);
                continue;
            }
            paragraphs.push(std::mem::take(&mut cur));
        }
        cur.push_str(t);
    }
    if !cur.is_empty() {
        paragraphs.push(cur);
    }
    (paragraphs, captions)
}

/// `Q:`, `A:`, `ROE:` at the start of a line.
fn is_speaker_label(t: &str) -> bool {
    let Some(colon) = t.find(':') else {
        return false;
    };
    let head = &t[..colon];
    !head.is_empty()
        && head.len() <= 30
        && head
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-')
        && head.chars().any(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "    Menu\r\n    ANALYSIS  17 March 2025 - 09:40\r\n\r\n    'Talks are dead': Ruritanian FM rallies allies\r\n    Petra Holm\r\n\r\n    Ruritania's foreign minister said on Monday that the talks were over.\r\n\r\n    RURITANIA'S FOREIGN MINISTER Anna Varga in Valdor (photo credit: J. DOE/VNA)\r\n    RURITANIA'S FOREIGN MINISTER Anna Varga in Valdor\r\n\r\n    \"We will not wait,\" she said. \"The time to act is now.\"\r\n\r\n    Read also\r\n    Borovia recalls envoy\r\n    17 March 2025, 08:10\r\n    Floods in Karsk\r\n    16 March 2025, 22:05\r\n";

    #[test]
    fn copied_page_is_cleaned() {
        let a = parse(PAGE, false);
        assert_eq!(a.title, "'Talks are dead': Ruritanian FM rallies allies");
        assert_eq!(a.section.as_deref(), Some("ANALYSIS"));
        assert_eq!(a.published.as_deref(), Some("2025-03-17T09:40:00"));
        assert_eq!(a.byline.as_deref(), Some("Petra Holm"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        assert!(a.paragraphs[1].starts_with("\"We will not wait,\""));
        assert_eq!(
            a.captions,
            vec!["RURITANIA'S FOREIGN MINISTER Anna Varga in Valdor".to_string()]
        );
    }

    #[test]
    fn headline_timestamp_runs_are_cut() {
        let page = "Title here\n\nBody paragraph one is long enough to be a paragraph of the story.\n\nMore body text that ends the story.\nLatest news\nA short headline\n10:42\nAnother headline\n09:15\n";
        let a = parse(page, false);
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        let page2 = "Title here\n\nBody paragraph one is long enough to be a paragraph.\n\nShort headline one\n10:42\nShort headline two\n09:15\n";
        let a = parse(page2, false);
        assert_eq!(a.paragraphs.len(), 1, "{:?}", a.paragraphs);
    }

    #[test]
    fn wrapped_lines_join_and_labels_split() {
        let page = "Title\n\nThe minister said the plan, which was\nannounced on Monday, would go ahead.\nQ: Will you run?\nA: No.\n";
        let a = parse(page, false);
        assert_eq!(
            a.paragraphs,
            vec![
                "The minister said the plan, which was announced on Monday, would go ahead.",
                "Q: Will you run?",
                "A: No."
            ]
        );
    }

    #[test]
    fn a_story_sentence_a_caption_repeated_stays_in_the_body() {
        let caption = "Inspector-General Khalid Abu Bakar said the investigation took time as the process was a lengthy one.";
        // the caption first, the sentence paragraphs later: the body keeps it
        let page = format!(
            "Police will not be rushed\n\n{caption} PHOTO: THE STAR\n\nKUALA LUMPUR - The police chief spoke on Tuesday.\n\n{caption}\n\nThe probe goes on.\n"
        );
        let a = parse(&page, false);
        assert!(
            a.paragraphs.iter().any(|p| p == caption),
            "{:?}",
            a.paragraphs
        );
        assert!(a.captions.is_empty(), "{:?}", a.captions);
        // a copy right under the caption is the caption printed twice
        let page = format!(
            "Police will not be rushed\n\nThe police chief spoke on Tuesday.\n\n{caption} PHOTO: THE STAR\n\n{caption}\n\nThe probe goes on.\n"
        );
        let a = parse(&page, false);
        assert!(
            !a.paragraphs.iter().any(|p| p == caption),
            "{:?}",
            a.paragraphs
        );
        assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    }

    #[test]
    fn a_credit_alone_on_its_line_closes_the_caption_above() {
        let caption =
            "A flood watch was in effect for the region till May 3, the weather service said.";
        let page = format!(
            "Rivers rise in Karsk\n\n{caption}\nPHOTO: AFP\n\nKARSK - Evacuations were under way on Tuesday.\n\nThe water kept rising.\n\nRescuers at the bridge.\n\nST PHOTO: ONG WEE JIN\n\nThe mayor said the bridge would stay shut.\n"
        );
        let a = parse(&page, false);
        assert_eq!(a.captions, [caption, "Rescuers at the bridge."]);
        assert_eq!(
            a.paragraphs,
            [
                "KARSK - Evacuations were under way on Tuesday.",
                "The water kept rising.",
                "The mayor said the bridge would stay shut."
            ]
        );
        // a line that only begins like a credit is story text
        assert!(!bare_credit(
            "Photo: the minister said the picture was taken in March."
        ));
        assert!(!bare_credit("Image: a poor one, he said."));
        assert!(bare_credit("Picture: Getty Images"));
    }

    #[test]
    fn a_bracketed_photographer_and_agency_closing_a_line_make_a_caption() {
        let page = "Opposition claims victory\n\nThe party claimed victory in 36 provinces, according to the state agency [Ali Unal/AP]\n\nThe opposition has claimed victory in the capital.\n\nThe union chief spoke in Helsinki on Tuesday. (Heikki Saukkomaa – Lehtikuva)\n\nThe deal was signed by the mayor (Democrat) and the council.\n";
        let a = parse(page, false);
        assert_eq!(
            a.captions,
            vec![
                "The party claimed victory in 36 provinces, according to the state agency [Ali Unal/AP]"
                    .to_string(),
                "The union chief spoke in Helsinki on Tuesday. (Heikki Saukkomaa – Lehtikuva)"
                    .to_string()
            ]
        );
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
    }

    #[test]
    fn a_photograph_credit_makes_a_caption() {
        let page = "Salmon under threat\n\nThe minister admits that the impact was more than nature can handle. Photograph: Jason Alden/Getty\n\nThe minister said the ban would hold.\n";
        let a = parse(page, false);
        assert_eq!(
            a.captions,
            vec![
                "The minister admits that the impact was more than nature can handle. Photograph: Jason Alden/Getty"
                    .to_string()
            ]
        );
        assert_eq!(a.paragraphs.len(), 1, "{:?}", a.paragraphs);
    }

    #[test]
    fn a_wire_credit_closing_a_line_makes_a_caption() {
        let page = "Airline to grow\n\nThe chief said the airline would grow. (AP)\n\nDOHA (AP) - The chief executive said Tuesday the carrier will post a loss.\n\nA singer and lawmaker on stage in Kampala. / AP\n\nHe spoke for an hour (AP) and left.\n";
        let a = parse(page, false);
        assert_eq!(
            a.captions,
            vec![
                "The chief said the airline would grow.".to_string(),
                "A singer and lawmaker on stage in Kampala.".to_string()
            ]
        );
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        assert!(a.paragraphs[0].starts_with("DOHA (AP)"));
    }

    const PROSE: [&str; 3] = [
        "The council voted on Tuesday to close the library for repairs until spring.",
        "\"We had no other choice, the roof is failing,\" the council leader told reporters.",
        "Residents said they would petition the council to reopen it sooner than planned.",
    ];

    #[test]
    fn a_label_inside_the_story_goes_and_the_story_goes_on() {
        for label in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
        ] {
            let page = format!(
                "Library to close\n\n{}\n\n{label}\n\n{}\n\n{}\n",
                PROSE[0], PROSE[1], PROSE[2]
            );
            let a = parse(&page, false);
            assert_eq!(a.paragraphs, PROSE.to_vec(), "{label}");
        }
    }

    #[test]
    fn a_box_of_links_inside_the_story_goes_and_the_story_goes_on() {
        let page = format!(
            "Library to close\n\n{}\n\nRead more\nCouncil budget gap widens to 4m\n\n{}\n\n{}\n",
            PROSE[0], PROSE[1], PROSE[2]
        );
        let a = parse(&page, false);
        assert_eq!(a.paragraphs, PROSE.to_vec());
        // a share bar of buttons
        let page = format!(
            "Library to close\n\n{}\n\nShare this article\nFacebook\nX\nEmail\n\n{}\n\n{}\n",
            PROSE[0], PROSE[1], PROSE[2]
        );
        assert_eq!(parse(&page, false).paragraphs, PROSE.to_vec());
    }

    #[test]
    fn a_box_of_teasers_after_the_story_is_cut() {
        let page = format!(
            "Library to close\n\n{}\n\n{}\n\nRelated stories\nPool reopens after two years\nThe town's pool has reopened after a long refit, with new changing rooms.\nBus route 7 to be cut\nThe operator says the route no longer pays and will end in June this year.\n",
            PROSE[0], PROSE[1]
        );
        let a = parse(&page, false);
        assert_eq!(a.paragraphs, PROSE[..2].to_vec());
        // the end of a page: comments, whatever follows
        let page = format!(
            "Library to close\n\n{}\n\nComments\n\n{}\n\n{}\n",
            PROSE[0], PROSE[1], PROSE[2]
        );
        assert_eq!(parse(&page, false).paragraphs, PROSE[..1].to_vec());
    }

    #[test]
    fn a_sentence_opening_with_a_marker_word_is_story() {
        let lines = [
            "Ad hoc talks resumed on Monday, the minister said.",
            "Ad-hoc committees will meet weekly.",
            "Comments by the minister angered the union.",
            "Recommended changes were adopted by the board.",
            "Copyright claims against the broadcaster were dismissed.",
        ];
        let page = format!("Talks resume\n\n{}\n", lines.join("\n\n"));
        assert_eq!(parse(&page, false).paragraphs, lines.to_vec());
        // a link on a line of its own goes
        let page = format!(
            "Talks resume\n\n{}\n\nRead also: Talks stall again\n\nRelated | Budget row\n\n{}\n",
            PROSE[0], PROSE[1]
        );
        assert_eq!(parse(&page, false).paragraphs, PROSE[..2].to_vec());
    }

    #[test]
    fn share_bar_byline_with_job_and_photo_labels() {
        let page = "Bus drivers to strike over pay, union says\n\n2 hours ago\nShare\nSave\nJane Roe\nTransport correspondent\nImage source, Getty Images\nImage caption,\nDrivers at the depot in March\n\nBus drivers in the city will walk out for three days next month, their union has said.\n\nImage source, Reuters\nImage caption, A picket line in 2023\n\n\"Our members are fed up with being told to tighten their belts,\" said regional officer Sam Cole.\n";
        let a = parse(page, false);
        assert_eq!(a.title, "Bus drivers to strike over pay, union says");
        assert_eq!(a.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        assert!(a.paragraphs[0].starts_with("Bus drivers in the city"));
        assert_eq!(
            a.captions,
            vec!["Drivers at the depot in March", "A picket line in 2023"]
        );
    }

    #[test]
    fn a_standfirst_before_the_byline_and_a_newsletter_promotion() {
        let page = "Ministers face revolt over housing targets\n\nBackbenchers say plans will \"concrete over\" green belt\n\nPeter Walker Political correspondent\nTue 4 Mar 2025 18.02 GMT\n\nDozens of backbench MPs are preparing to rebel against the government's housing targets.\n\nskip past newsletter promotion\nSign up to First Edition\nFree daily newsletter\nOur morning email breaks down the key stories of the day and tells you why they matter.\nafter newsletter promotion\n\nThe housing minister said the targets were not up for negotiation this year.\n\nExplore more on these topics\nHousing\nShare\nReuse this content\n";
        let a = parse(page, false);
        assert_eq!(a.byline.as_deref(), Some("Peter Walker"));
        assert_eq!(a.published.as_deref(), Some("2025-03-04T18:02:00"));
        assert_eq!(
            a.paragraphs,
            vec![
                "Backbenchers say plans will \"concrete over\" green belt",
                "Dozens of backbench MPs are preparing to rebel against the government's housing targets.",
                "The housing minister said the targets were not up for negotiation this year.",
            ]
        );
        for (line, section) in [
            ("Politics of Thursday, 4 March 2025", Some("Politics")),
            ("Tuesday 05 December 2023 20:30 GMT", None),
            ("1:21 pm on 4 March 2025", None),
            ("By Lisa Henderson on 04 Mar 2025", None),
            ("First Published: Mar 04 2025 | 10:15 AM IST", None),
            ("Last Updated 4 March 2025", None),
        ] {
            let a = parse(&format!("Costs rise\n\n{line}\n\nPrices rose.\n"), false);
            assert_eq!(a.section.as_deref(), section, "{line}");
            assert!(a.published.is_some(), "{line}");
        }
        let a = parse(
            "Costs rise\n\nNaeem Asghar July 05, 2024\n\nPrices rose.\n",
            false,
        );
        assert_eq!(a.byline.as_deref(), Some("Naeem Asghar"));
        assert_eq!(a.section, None);
        // a first paragraph followed by a sentence with a date is no standfirst
        let page = "Vote set\n\nThe council will vote on the plan next month, officials said.\n\nThe vote is on 17 March 2025.\n";
        assert_eq!(parse(page, false).paragraphs.len(), 2);
    }

    #[test]
    fn wire_and_blog_page_furniture() {
        let wire = "Copper hits record\nBy Paul Morrow\nMarch 4, 2025 10:15 AM GMT+1\nUpdated 2 hours ago\n\nLONDON, March 4 (Reuters) - Copper prices hit a record high on Tuesday, traders said.\n\nAdvertisement · Scroll to continue\n\n\"The market is very tight,\" said Anna Berg, an analyst at Metals Research.\n\nSign up here.\n\nReporting by Paul Morrow; Editing by Kim Lee\nOur Standards: The Trust Principles., opens new tab\n";
        let a = parse(wire, false);
        assert_eq!(a.byline.as_deref(), Some("Paul Morrow"));
        assert_eq!(a.published.as_deref(), Some("2025-03-04T10:15:00"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        let blog = "Governor opens maternity wing\nPosted by: Staff Reporter\nMarch 4, 2025\n\nThe governor opened a new maternity wing at the county hospital on Tuesday morning.\n\nAlso Read | County nurses call off strike\n\n\"No mother should give birth on a corridor floor again,\" the governor said.\n\nShare this:\nClick to share on Twitter (Opens in new window)\nLike this:\nLike Loading...\nRelated\nNurses strike enters third week\nMarch 1, 2025\nIn \"News\"\n";
        let a = parse(blog, false);
        assert_eq!(a.byline.as_deref(), Some("Staff Reporter"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        assert!(a.paragraphs[1].ends_with("the governor said."));
    }

    #[test]
    fn front_matter_of_a_web_clipper_or_a_site_generator() {
        let clip = "---\ntitle: \"Port strike ends\"\nsource: \"https://example.com/port\"\nauthor:\n  - \"[[Maria Keane]]\"\npublished: 2025-03-17\ntags:\n  - \"clippings\"\n---\nDock workers voted to end the strike on Monday, the union said.\n\nThe operator said work would resume by Wednesday.\n";
        let a = parse(clip, true);
        assert_eq!(a.title, "Port strike ends");
        assert_eq!(a.byline.as_deref(), Some("Maria Keane"));
        assert_eq!(a.published.as_deref(), Some("2025-03-17T00:00:00"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/port"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        let post = "---\nlayout: post\ntitle: Council backs repair\ndate: 2025-08-19 10:30\nauthor: [Lena Brandt, Tom Ash]\ncategories: [local]\n---\n\n# Council backs repair\n\nThe council voted on Tuesday to repair the roof.\n";
        let a = parse(post, true);
        assert_eq!(a.title, "Council backs repair");
        assert_eq!(a.byline.as_deref(), Some("Lena Brandt and Tom Ash"));
        assert_eq!(a.published.as_deref(), Some("2025-08-19T10:30:00"));
        assert_eq!(a.section.as_deref(), Some("local"));
        assert_eq!(
            a.paragraphs,
            vec!["The council voted on Tuesday to repair the roof."]
        );
        // rules around a note are no front matter
        let a = parse("---\nNote: a draft\n---\n\nThe council voted.\n", true);
        assert!(a.title.contains("Note") || a.paragraphs.iter().any(|p| p.contains("Note")));
    }

    #[test]
    fn markdown_header() {
        let md = "# Mayor opens bridge\n\n*By Lena Brandt*\n\n2 June 2025\n\nThe [mayor](http://x) said it was \"a good day\".\n\n![Crowds at the bridge](img.jpg)\n";
        let a = parse(md, true);
        assert_eq!(a.title, "Mayor opens bridge");
        assert_eq!(a.byline.as_deref(), Some("Lena Brandt"));
        assert_eq!(a.published.as_deref(), Some("2025-06-02T00:00:00"));
        assert_eq!(a.paragraphs, vec!["The mayor said it was \"a good day\"."]);
        assert_eq!(a.captions, vec!["Crowds at the bridge"]);
    }
}
