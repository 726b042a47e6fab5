//! Finding and normalising publication dates as they appear in copied pages and feeds.

/// Month names, lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        if *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept")) {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// A date found in a line: ISO 8601 form and the byte range it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub iso: String,
    pub start: usize,
    pub end: usize,
}

fn iso(y: u32, m: u32, d: u32, time: Option<(u32, u32, u32)>) -> Option<String> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let (h, mi, s) = time.unwrap_or((0, 0, 0));
    if h > 23 || mi > 59 || s > 59 {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}"))
}

/// Words of a line with their byte ranges (split on whitespace and , | / separators kept).
fn words(line: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let sep = c.is_whitespace() || c == ',' || c == '|' || c == '–' || c == '—';
        match (sep, start) {
            (true, Some(s)) => {
                out.push((s, i, &line[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len(), &line[s..]));
    }
    out
}

fn parse_time(w: &str) -> Option<(u32, u32, u32)> {
    let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let (w, pm) = if let Some(x) = w.strip_suffix("pm").or_else(|| w.strip_suffix("PM")) {
        (x, Some(true))
    } else if let Some(x) = w.strip_suffix("am").or_else(|| w.strip_suffix("AM")) {
        (x, Some(false))
    } else {
        (w, None)
    };
    // `18.02` as well as `18:02` (two digits of minutes after a dot)
    let sep = if !w.contains(':')
        && w.split_once('.').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len()) && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit())
        }) {
        '.'
    } else {
        ':'
    };
    let mut parts = w.split(sep);
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let s: u32 = parts.next().map(|x| x.parse().ok()).unwrap_or(Some(0))?;
    if parts.next().is_some() {
        return None;
    }
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    (h < 24 && m < 60 && s < 60).then_some((h, m, s))
}

fn num(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(['.', ',']);
    let w = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// Look for a time right after word index `i` (skipping `-`, `at`, `,`).
fn time_after(ws: &[(usize, usize, &str)], mut i: usize) -> (Option<(u32, u32, u32)>, usize) {
    let mut end = ws[i].1;
    for _ in 0..2 {
        i += 1;
        let Some(&(_, e, w)) = ws.get(i) else { break };
        if w == "-" || w.eq_ignore_ascii_case("at") || w == "/" {
            continue;
        }
        if let Some(mut t) = parse_time(w) {
            end = e;
            // `9:40 PM`
            if let Some(&(_, e2, x)) = ws.get(i + 1) {
                let x = x.trim_end_matches('.').to_ascii_lowercase();
                if matches!(x.as_str(), "pm" | "p.m") && t.0 < 12 {
                    t.0 += 12;
                    end = e2;
                } else if matches!(x.as_str(), "am" | "a.m") {
                    t.0 %= 12;
                    end = e2;
                }
            }
            return (Some(t), end);
        }
        break;
    }
    end = end.max(ws[i.min(ws.len() - 1)].1.min(end));
    (None, end)
}

/// Find the first date in `line`.
pub fn find_date(line: &str) -> Option<FoundDate> {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let ws = words(line);
    for i in 0..ws.len() {
        let (s, e, w) = ws[i];
        // ISO: 2025-03-17 or 2025-03-17T09:40:00(+zone)
        if w.len() >= 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
            // `get`: the word may hold any character after the dashes
            let y = w.get(0..4).and_then(num);
            let m = w.get(5..7).and_then(num);
            let d = w.get(8..10).and_then(num);
            if let (Some(y), Some(m), Some(d), Some(rest)) = (y, m, d, w.get(10..)) {
                let mut time = None;
                let mut end = s + 10;
                if let Some(t) = rest.strip_prefix('T') {
                    let t: String = t.chars().take(8).collect();
                    let short: String = t.chars().take(5).collect();
                    time = parse_time(&t).or_else(|| parse_time(&short));
                    end = e;
                } else if rest.is_empty() {
                    let (t, e2) = time_after(&ws, i);
                    time = t;
                    end = e2;
                }
                if let Some(iso) = iso(y, m, d, time) {
                    return Some(FoundDate { iso, start: s, end });
                }
            }
        }
        // 17.03.2025 or 17/03/2025
        let sep = if w.contains('.') { '.' } else { '/' };
        let parts: Vec<&str> = w.trim_end_matches(['.', ',']).split(sep).collect();
        if parts.len() == 3
            && parts[2].len() == 4
            && let (Some(d), Some(m), Some(y)) = (num(parts[0]), num(parts[1]), num(parts[2]))
        {
            let (t, end) = time_after(&ws, i);
            if let Some(iso) = iso(y, m, d, t) {
                return Some(FoundDate { iso, start: s, end });
            }
        }
        // 17 March 2025
        if let (Some(d), Some(&(_, _, mw)), Some(&(_, _, yw))) =
            (num(w), ws.get(i + 1), ws.get(i + 2))
            && let (Some(m), Some(y)) = (month_of(mw), num(yw))
            && y >= 1900
        {
            let (t, end) = time_after(&ws, i + 2);
            if let Some(iso) = iso(y, m, d, t) {
                return Some(FoundDate { iso, start: s, end });
            }
        }
        // March 17, 2025
        if let (Some(m), Some(&(_, _, dw)), Some(&(_, _, yw))) =
            (month_of(w), ws.get(i + 1), ws.get(i + 2))
            && let (Some(d), Some(y)) = (num(dw), num(yw))
            && y >= 1900
        {
            let (t, end) = time_after(&ws, i + 2);
            if let Some(iso) = iso(y, m, d, t) {
                return Some(FoundDate { iso, start: s, end });
            }
        }
    }
    None
}

/// Normalise a date string from metadata (HTML meta, JSON fields) to ISO 8601.
pub fn normalize_date(s: &str) -> Option<String> {
    find_date(s.trim()).map(|d| d.iso)
}

/// A line that is only a time stamp (`09:40`, `17 March 2025, 09:40`, `2 hours ago`).
pub fn is_timestamp_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 40 {
        return false;
    }
    if parse_time(t).is_some() {
        return true;
    }
    let lower = t.to_lowercase();
    if lower.ends_with(" ago") && lower.split_whitespace().count() <= 4 {
        return true;
    }
    if let Some(d) = find_date(t) {
        let rest = format!("{}{}", &t[..d.start], &t[d.end..]);
        return rest
            .split_whitespace()
            .all(|w| parse_time(w).is_some() || w.len() <= 2);
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    matches!(first, "yesterday" | "today")
        && lower
            .split_whitespace()
            .skip(1)
            .all(|w| parse_time(w).is_some() || w == "at")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dotted_time_and_a_spaced_am_or_pm() {
        assert_eq!(
            normalize_date("Tue 4 Mar 2025 18.02 GMT").as_deref(),
            Some("2025-03-04T18:02:00")
        );
        assert_eq!(
            normalize_date("Feb 09 2025 | 9:40 PM IST").as_deref(),
            Some("2025-02-09T21:40:00")
        );
        assert_eq!(
            normalize_date("March 26, 2015 | 12:00 AM").as_deref(),
            Some("2015-03-26T00:00:00")
        );
        // a dot with one digit after it is no time
        assert_eq!(parse_time("4.5"), None);
    }

    #[test]
    fn formats() {
        assert_eq!(
            normalize_date("17 March 2025 - 09:40").as_deref(),
            Some("2025-03-17T09:40:00")
        );
        assert_eq!(
            normalize_date("March 17, 2025").as_deref(),
            Some("2025-03-17T00:00:00")
        );
        assert_eq!(
            normalize_date("17.03.2025, 09:40").as_deref(),
            Some("2025-03-17T09:40:00")
        );
        assert_eq!(
            normalize_date("2025-06-02 14:05:00").as_deref(),
            Some("2025-06-02T14:05:00")
        );
        assert_eq!(
            normalize_date("2025-06-02T14:05:00+02:00").as_deref(),
            Some("2025-06-02T14:05:00")
        );
        assert_eq!(
            normalize_date("Mon, Jun 2nd 2025").as_deref(),
            Some("2025-06-02T00:00:00")
        );
        assert_eq!(normalize_date("31 February 20255"), None);
        assert_eq!(normalize_date("no date here"), None);
    }

    #[test]
    fn finds_date_inside_dateline() {
        let l = "ANALYSIS  17 March 2025 - 09:40";
        let d = find_date(l).unwrap();
        assert_eq!(&l[..d.start], "ANALYSIS  ");
        assert_eq!(d.end, l.len());
    }

    #[test]
    fn timestamps() {
        assert!(is_timestamp_line("09:40"));
        assert!(is_timestamp_line("17 March 2025, 09:40"));
        assert!(is_timestamp_line("2 hours ago"));
        assert!(is_timestamp_line("Yesterday 18:20"));
        assert!(!is_timestamp_line("The minister spoke at 09:40 on Monday."));
    }
}
