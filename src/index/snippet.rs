//! Snippets: the passage of an article body with the most distinct search terms in it,
//! and the byte ranges of those terms.
//!
//! The words are cut and normalised as the index analyser does (alphanumeric runs,
//! words over 40 bytes dropped, lowercase, accents folded), so whatever matched in the
//! index is highlighted here, including the completions of a prefix. Written for the
//! keystroke path: an ASCII word is only lowercased and looked up when its length and
//! first letter could belong to a term, so a 3 KB body takes a few microseconds
//! (tantivy's generator runs the full analyser chain over every word).

use rustc_hash::FxHashSet;

/// The longest word the index keeps (`RemoveLongFilter::limit(40)`).
const LONGEST: usize = 40;

pub struct Snippeter {
    terms: FxHashSet<String>,
    /// Byte lengths of the ASCII terms (bit n set: some term has n bytes).
    lens: u64,
    /// First bytes of the ASCII terms.
    firsts: [bool; 256],
    /// Whether some term is not ASCII (then non-ASCII words are always analysed).
    any_non_ascii: bool,
    max_bytes: usize,
}

impl Snippeter {
    /// `terms` as the analyser gives them (lowercase, folded); `max_bytes` the longest
    /// passage.
    pub fn new<I: IntoIterator<Item = String>>(terms: I, max_bytes: usize) -> Option<Snippeter> {
        let terms: FxHashSet<String> = terms.into_iter().filter(|t| !t.is_empty()).collect();
        if terms.is_empty() {
            return None;
        }
        let mut lens = 0u64;
        let mut firsts = [false; 256];
        let mut any_non_ascii = false;
        for t in &terms {
            if t.len() < 64 {
                lens |= 1 << t.len();
            }
            firsts[t.as_bytes()[0] as usize] = true;
            any_non_ascii |= !t.is_ascii();
        }
        Some(Snippeter {
            terms,
            lens,
            firsts,
            any_non_ascii,
            max_bytes,
        })
    }

    /// Byte ranges of the words of `text` that are terms, with the term each is.
    fn hits<'a>(&'a self, text: &str) -> Vec<(usize, usize, &'a str)> {
        let mut out = Vec::new();
        let b = text.as_bytes();
        let mut i = 0;
        let mut buf = String::new();
        while i < b.len() {
            // skip to the next alphanumeric character
            if b[i] < 0x80 {
                if !b[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !c.is_alphanumeric() {
                    i += c.len_utf8();
                    continue;
                }
            }
            let s = i;
            let mut ascii = true;
            while i < b.len() {
                if b[i] < 0x80 {
                    if !b[i].is_ascii_alphanumeric() {
                        break;
                    }
                    i += 1;
                } else {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if !c.is_alphanumeric() {
                        break;
                    }
                    ascii = false;
                    i += c.len_utf8();
                }
            }
            let w = &text[s..i];
            if w.len() > LONGEST {
                continue;
            }
            let term = if ascii {
                if w.len() >= 64
                    || self.lens & (1 << w.len()) == 0
                    || !self.firsts[b[s].to_ascii_lowercase() as usize]
                {
                    continue;
                }
                buf.clear();
                buf.extend(w.bytes().map(|c| c.to_ascii_lowercase() as char));
                self.terms.get(buf.as_str())
            } else {
                // accents and case as the index folds them (rare: analysed fully)
                let mut t = super::analyze(w);
                match (t.pop(), t.is_empty()) {
                    (Some(x), true) if self.any_non_ascii || x.is_ascii() => {
                        self.terms.get(x.as_str())
                    }
                    _ => None,
                }
            };
            if let Some(t) = term {
                out.push((s, i, t.as_str()));
            }
        }
        out
    }

    /// The passage of `text` (at most `max_bytes`, cut at word boundaries) holding the
    /// most distinct terms, then the most hits, the earliest first; ranges relative to
    /// the passage. `None` when no term occurs.
    pub fn snippet(&self, text: &str) -> Option<(String, Vec<(usize, usize)>)> {
        let hits = self.hits(text);
        if hits.is_empty() {
            return None;
        }
        // best window starting at each hit
        let mut best = (0usize, 0usize, 0usize); // (distinct, count, start index)
        let mut j = 0;
        for i in 0..hits.len() {
            j = j.max(i);
            while j + 1 < hits.len() && hits[j + 1].1 - hits[i].0 <= self.max_bytes {
                j += 1;
            }
            let window = &hits[i..=j];
            let mut distinct: Vec<&str> = window.iter().map(|h| h.2).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let key = (distinct.len(), window.len());
            if key > (best.0, best.1) {
                best = (key.0, key.1, i);
            }
        }
        let first = hits[best.2];
        // a little context before the first hit: back to a sentence start or a few words
        let lead = self.max_bytes / 6;
        let mut start = first.0;
        let floor = floor_char(text, first.0.saturating_sub(lead));
        if let Some(p) = text[floor..first.0].rfind(['.', '!', '?', '\n']) {
            start = floor + p + 1;
        } else if floor < first.0 {
            // the whole word the budget lands in, unless it is very long
            let back = floor_char(text, floor.saturating_sub(20));
            start = match text[back..floor].rfind(char::is_whitespace) {
                // a text that starts just before: from its start
                _ if floor <= 20 => 0,
                Some(p) => back + p,
                None => match text[floor..first.0].find(char::is_whitespace) {
                    Some(p) => floor + p,
                    None => floor,
                },
            };
        }
        while start < first.0 && text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
        // end: the budget, cut back to a word boundary, never before the first hit's end
        let mut end = floor_char(text, (start + self.max_bytes).min(text.len()));
        if end < text.len()
            && let Some(p) = text[first.1.min(end)..end].rfind(char::is_whitespace)
        {
            end = first.1.min(end) + p;
        }
        let end = end.max(first.1);
        let highlights = hits
            .iter()
            .filter(|h| h.0 >= start && h.1 <= end)
            .map(|h| (h.0 - start, h.1 - start))
            .collect();
        Some((text[start..end].to_string(), highlights))
    }
}

/// The largest char boundary at or below `i`.
fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sn(terms: &[&str], text: &str, max: usize) -> (String, Vec<String>) {
        let s = Snippeter::new(terms.iter().map(|t| t.to_string()), max).unwrap();
        let (t, h) = s.snippet(text).unwrap();
        let words = h.iter().map(|&(a, b)| t[a..b].to_string()).collect();
        (t, words)
    }

    #[test]
    fn highlights_terms_case_and_accent_insensitively() {
        let (t, w) = sn(
            &["erdogan", "talks"],
            "Talks began. President Erdoğan said the TALKS would go on.",
            200,
        );
        assert_eq!(w, ["Talks", "Erdoğan", "TALKS"]);
        assert!(t.starts_with("Talks began"));
    }

    #[test]
    fn picks_the_passage_with_most_distinct_terms() {
        let filler = "Nothing to see in this sentence at all. ".repeat(20);
        let text =
            format!("The budget was long. {filler}The budget vote on the harbour came late.");
        let (t, w) = sn(&["budget", "harbour"], &text, 120);
        assert_eq!(w, ["budget", "harbour"]);
        assert!(t.starts_with("The budget vote"), "{t}");
        assert!(t.len() <= 120);
    }

    #[test]
    fn words_longer_than_the_index_keeps_are_not_hits() {
        let long = "a".repeat(41);
        let s = Snippeter::new([long.clone()], 100).unwrap();
        assert!(s.snippet(&format!("x {long} y")).is_none());
        assert!(Snippeter::new(Vec::<String>::new(), 100).is_none());
    }

    #[test]
    fn cuts_on_character_boundaries_and_never_panics() {
        let text = "é".repeat(300) + " hamra " + &"ü".repeat(300);
        let (t, w) = sn(&["hamra"], &text, 100);
        assert_eq!(w, ["hamra"]);
        assert!(t.len() <= 100 + 6);
        // parts of words do not count
        let s = Snippeter::new(["ham".to_string()], 100).unwrap();
        assert!(s.snippet("hamra hamlet").is_none());
    }
}
