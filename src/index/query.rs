//! The query language shared by the CLI and the TUI.
//!
//! ```text
//! words            all must match (title, body, byline, actor names)
//! "a phrase"       words in this order
//! -word -"phrase"  must not match
//! speaker:NAME     quoted by NAME (name or alias; speaker:"Anna Varga")
//! actor:NAME       mentions NAME
//! source:X title:X restrict to the source (path, site) or the headline
//! in:quotes        search only quoted speech
//! after:2024-04-01 before:2024-05-01
//! ```
//!
//! The last word, when the query does not end with a space, is a prefix being typed.
//! Nothing here fails: syntax problems degrade to plain words and are reported in
//! `problems`.

/// A parsed query. Words are as typed (the index analyser lowercases and folds them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub words: Vec<String>,
    /// The last word, still being typed.
    pub prefix: Option<String>,
    pub phrases: Vec<String>,
    pub exclude: Vec<String>,
    pub speakers: Vec<String>,
    pub actors: Vec<String>,
    pub sources: Vec<String>,
    pub titles: Vec<String>,
    pub in_quotes: bool,
    /// Unix seconds, inclusive.
    pub after: Option<i64>,
    /// Unix seconds, exclusive (the end of the given day).
    pub before: Option<i64>,
    pub problems: Vec<String>,
}

impl Query {
    /// Nothing to match on: every article (sorted by date).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.prefix.is_none()
            && self.phrases.is_empty()
            && self.speakers.is_empty()
            && self.actors.is_empty()
            && self.sources.is_empty()
            && self.titles.is_empty()
            && self.after.is_none()
            && self.before.is_none()
    }
}

/// Days since 1970-01-01 for a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `2024-04-01`, `2024-04`, `2024` -> Unix seconds of its first instant, and of the
/// instant after its last one.
pub fn parse_day(s: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |x: &str| x.parse::<i64>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y] => (num(y)?, None, None),
        [y, m] => (num(y)?, Some(num(m)?), None),
        [y, m, d] => (num(y)?, Some(num(m)?), Some(num(d)?)),
        _ => return None,
    };
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let start_end = match (m, d) {
        (None, _) => (days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1)),
        (Some(m), None) if (1..=12).contains(&m) => {
            let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            (
                days_from_civil(y, m as u32, 1),
                days_from_civil(next.0, next.1 as u32, 1),
            )
        }
        (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            let s = days_from_civil(y, m as u32, d as u32);
            (s, s + 1)
        }
        _ => return None,
    };
    Some((start_end.0 * 86400, start_end.1 * 86400))
}

/// Split into raw items: words, `"phrases"`, `key:value`, `key:"value"`, `-x`.
fn lex(input: &str, problems: &mut Vec<String>) -> Vec<(String, bool)> {
    // (item, was_quoted_or_closed) — the bool marks items that cannot be a prefix
    let mut out = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut item = String::new();
        let mut closed = false;
        let mut in_quote = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '"' || c == '“' || c == '”' {
                if in_quote {
                    in_quote = false;
                    closed = true;
                } else {
                    in_quote = true;
                }
                item.push('"');
                i += 1;
                continue;
            }
            if c.is_whitespace() && !in_quote {
                break;
            }
            item.push(c);
            i += 1;
        }
        if in_quote {
            problems.push(format!("unclosed quote in {item}: read as words"));
            item.push('"');
        }
        out.push((item, closed));
    }
    out
}

fn unquote(s: &str) -> String {
    s.trim_matches('"').to_string()
}

/// Parse a query string.
pub fn parse(input: &str) -> Query {
    let mut q = Query::default();
    let items = lex(input, &mut q.problems);
    let typing = !input.ends_with(char::is_whitespace);
    let last = items.len().saturating_sub(1);
    for (n, (item, closed)) in items.iter().enumerate() {
        let is_last = n == last;
        if let Some(rest) = item.strip_prefix('-')
            && !rest.is_empty()
        {
            let v = unquote(rest);
            if !v.trim().is_empty() {
                q.exclude.push(v);
            }
            continue;
        }
        if let Some((key, value)) = item.split_once(':')
            && !key.is_empty()
            && key.chars().all(|c| c.is_ascii_alphabetic())
        {
            let v = unquote(value);
            let key_l = key.to_ascii_lowercase();
            if v.trim().is_empty() {
                if !(is_last && typing) {
                    q.problems.push(format!("{key}: needs a value"));
                }
                continue;
            }
            match key_l.as_str() {
                "speaker" | "by" => q.speakers.push(v),
                "actor" | "about" => q.actors.push(v),
                "source" | "site" => q.sources.push(v),
                "title" => q.titles.push(v),
                "in" => {
                    if v.eq_ignore_ascii_case("quotes") || v.eq_ignore_ascii_case("quote") {
                        q.in_quotes = true;
                    } else {
                        q.problems.push(format!("in:{v}: only in:quotes is known"));
                    }
                }
                "after" | "since" | "before" | "until" => match parse_day(&v) {
                    Some((start, end)) => {
                        if key_l == "after" || key_l == "since" {
                            q.after = Some(start);
                        } else {
                            q.before = Some(end);
                        }
                    }
                    None => {
                        if !(is_last && typing) {
                            q.problems
                                .push(format!("{key}:{v}: not a date (use YYYY-MM-DD)"));
                        }
                    }
                },
                _ => {
                    q.problems
                        .push(format!("unknown field {key}: searched as words"));
                    push_words(&mut q, &item.replace(':', " "), is_last && typing);
                }
            }
            continue;
        }
        if item.starts_with('"') {
            let v = unquote(item);
            if *closed && v.split_whitespace().count() > 1 {
                q.phrases.push(v);
            } else {
                push_words(&mut q, &v, is_last && typing && !closed);
            }
            continue;
        }
        push_words(&mut q, item, is_last && typing);
    }
    q
}

fn push_words(q: &mut Query, text: &str, last_is_prefix: bool) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if last_is_prefix && i + 1 == words.len() {
            q.prefix = Some(w.to_string());
        } else {
            q.words.push(w.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_prefix_and_phrases() {
        let q = parse("lavrov talk");
        assert_eq!(q.words, vec!["lavrov"]);
        assert_eq!(q.prefix.as_deref(), Some("talk"));
        let q = parse("lavrov talks ");
        assert_eq!(q.words, vec!["lavrov", "talks"]);
        assert_eq!(q.prefix, None);
        let q = parse("\"talks are dead\" border");
        assert_eq!(q.phrases, vec!["talks are dead"]);
        assert_eq!(q.prefix.as_deref(), Some("border"));
    }

    #[test]
    fn operators() {
        let q = parse(
            "speaker:\"Anna Varga\" actor:Lund -drones -\"cold war\" source:dip title:talks in:quotes after:2025-03-01 before:2025-03 ",
        );
        assert_eq!(q.speakers, vec!["Anna Varga"]);
        assert_eq!(q.actors, vec!["Lund"]);
        assert_eq!(q.exclude, vec!["drones", "cold war"]);
        assert_eq!(q.sources, vec!["dip"]);
        assert_eq!(q.titles, vec!["talks"]);
        assert!(q.in_quotes);
        assert_eq!(q.after, Some(days_from_civil(2025, 3, 1) * 86400));
        assert_eq!(q.before, Some(days_from_civil(2025, 4, 1) * 86400));
        assert!(q.problems.is_empty(), "{:?}", q.problems);
    }

    #[test]
    fn bad_syntax_degrades() {
        let q = parse("\"unclosed phrase");
        assert_eq!(q.words, vec!["unclosed"]);
        assert_eq!(q.prefix.as_deref(), Some("phrase"));
        assert_eq!(q.problems.len(), 1);
        let q = parse("after:yesterday foo:bar ");
        assert!(q.after.is_none());
        assert_eq!(q.words, vec!["foo", "bar"]);
        assert_eq!(q.problems.len(), 2, "{:?}", q.problems);
        let q = parse("in:titles speaker: ");
        assert!(!q.in_quotes);
        assert_eq!(q.problems.len(), 2);
        // typing a field value is not an error yet
        let q = parse("after:2025-0");
        assert!(q.problems.is_empty());
        assert!(parse("").is_empty());
        assert!(parse("   ").is_empty());
    }

    #[test]
    fn dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(
            parse_day("2024").unwrap().0,
            days_from_civil(2024, 1, 1) * 86400
        );
        assert!(parse_day("2024-13").is_none());
        assert!(parse_day("nope").is_none());
    }
}
