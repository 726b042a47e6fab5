//! From files on disk to clean [`Article`]s: decoding, format detection, cleaning.
//!
//! Nothing here panics on any input; every problem becomes one line naming the file
//! (and the line where it applies) in the result's `problems`, and, when an article
//! was still produced, in its `warnings`.

pub mod date;
pub mod html;
pub mod json;
pub mod text;

use crate::config::JsonFields;
use crate::model::Article;
use std::path::{Path, PathBuf};

/// Settings that ingest reads.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Files larger than this are skipped with a message.
    pub max_file_bytes: u64,
    pub json_fields: JsonFields,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_file_bytes: 64 * 1024 * 1024,
            json_fields: JsonFields::default(),
        }
    }
}

/// What reading one file gave.
#[derive(Debug, Default)]
pub struct FileResult {
    pub articles: Vec<Article>,
    /// One line each, already naming the file.
    pub problems: Vec<String>,
}

/// The formats ingest knows, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => return None,
        })
    }
}

/// Why a file's bytes were not turned into text.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"\x7fELF", "an executable (ELF)"),
        (b"MZ", "an executable (PE)"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"RIFF", "a RIFF media file"),
        (b"\xca\xfe\xba\xbe", "an executable (Mach-O)"),
        (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    ];
    for (m, what) in MAGIC {
        if bytes.starts_with(m) {
            return Some(what);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Some("a binary file (it holds NUL bytes)");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if head.len() >= 64 && controls * 10 > head.len() {
        return Some("a binary file (mostly control bytes)");
    }
    None
}

/// Decode file bytes to text. `Err` says why the file is skipped; the optional warning
/// says what was repaired.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode(rest);
    }
    for (bom, le) in [(&b"\xff\xfe"[..], true), (&b"\xfe\xff"[..], false)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|c| {
                    if le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                })
                .collect();
            let s = String::from_utf16_lossy(&units);
            return Ok((s, None));
        }
    }
    if let Some(why) = sniff_binary(bytes) {
        return Err(format!("skipped: {why}"));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let at = e.valid_up_to();
            Ok((
                String::from_utf8_lossy(bytes).into_owned(),
                Some(format!(
                    "invalid UTF-8 from byte {at}; decoded with replacement characters"
                )),
            ))
        }
    }
}

/// Normalise raw text: line ends to `\n`, exotic spaces to plain spaces, control and
/// invisible formatting characters removed (article text is untrusted and must never
/// carry terminal control sequences).
pub fn normalize(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut flushed = 0; // bytes of `s` before this are in `out`
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // fast path: printable ASCII, and lead bytes of chars that never need a change
        let suspicious = b < 0x20 || b == 0x7f || matches!(b, 0xc2 | 0xe2 | 0xe3 | 0xef);
        if !suspicious || b == b'\n' {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        let replacement: Option<&str> = match c {
            '\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
                ""
            } else {
                "\n"
            }),
            '\t'
            | '\u{a0}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{0c}'
            | '\u{0b}' => Some(" "),
            '\u{2028}' | '\u{2029}' | '\u{85}' => Some("\n"),
            // ESC and the rest of C0, DEL, C1, zero-width and bidi controls, BOM.
            '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}' => Some(""),
            // a low single mark glued to the word before it and followed by a space is
            // a comma some sites print in its place (`Chamisa‚ the opposition leader`);
            // an opening mark stands before its word
            '\u{201a}'
                if s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && matches!(bytes.get(i + len), Some(b' ' | b'\n') | None) =>
            {
                Some(",")
            }
            _ => None,
        };
        if let Some(r) = replacement {
            out.push_str(&s[flushed..i]);
            out.push_str(r);
            flushed = i + len;
        }
        i += len;
    }
    out.push_str(&s[flushed..]);
    out
}

/// Read one file into articles.
pub fn read_file(path: &Path, opts: &IngestOptions) -> FileResult {
    let display = path.display().to_string();
    let mut res = FileResult::default();
    let fail = |res: &mut FileResult, msg: String| res.problems.push(format!("{display}: {msg}"));
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            fail(&mut res, format!("cannot read: {e}"));
            return res;
        }
    };
    if meta.is_dir() {
        fail(&mut res, "is a directory".into());
        return res;
    }
    if meta.len() > opts.max_file_bytes {
        fail(
            &mut res,
            format!(
                "skipped: {} bytes is over the size limit of {} bytes (ingest.max_file_bytes)",
                meta.len(),
                opts.max_file_bytes
            ),
        );
        return res;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            fail(&mut res, format!("cannot read: {e}"));
            return res;
        }
    };
    read_bytes(&display, path, &bytes, opts)
}

/// Read the bytes of a file whose name is `display` (used in messages and as `source`).
pub fn read_bytes(display: &str, path: &Path, bytes: &[u8], opts: &IngestOptions) -> FileResult {
    let mut res = FileResult::default();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        res.problems
            .push(format!("{display}: skipped: the file is empty"));
        return res;
    }
    let (raw, warning) = match decode(bytes) {
        Ok(x) => x,
        Err(why) => {
            res.problems.push(format!("{display}: {why}"));
            return res;
        }
    };
    let mut file_warnings: Vec<String> = Vec::new();
    if let Some(w) = warning {
        file_warnings.push(format!("{display}: {w}"));
    }
    let format = Format::from_path(path).unwrap_or(Format::Text);
    let mut articles = match format {
        Format::Text | Format::Markdown => {
            let mut a = text::parse(&raw, format == Format::Markdown);
            if format == Format::Text
                && let Some(pre) = crate::brat::read_sibling_ann(path, &raw, &mut file_warnings)
            {
                a = pre;
            }
            vec![a]
        }
        Format::Html => vec![html::parse(&raw)],
        Format::Json => json::parse_json(display, &raw, &opts.json_fields, &mut file_warnings),
        Format::JsonLines => {
            json::parse_jsonl(display, &raw, &opts.json_fields, &mut file_warnings)
        }
    };
    articles.retain(|a| {
        let empty = a.title.trim().is_empty()
            && a.paragraphs.iter().all(|p| p.trim().is_empty())
            && a.preannotated.is_none();
        if empty {
            file_warnings.push(format!("{display}: skipped an article with no text"));
        }
        !empty
    });
    for a in &mut articles {
        a.source = display.to_string();
        let mut w = file_warnings.clone();
        w.append(&mut a.warnings);
        a.warnings = w;
    }
    res.problems = file_warnings;
    for a in &articles {
        for w in &a.warnings {
            if !res.problems.contains(w) {
                res.problems.push(w.clone());
            }
        }
    }
    res.articles = articles;
    res
}

/// The files below `paths` that ingest reads: folders are walked recursively, skipping
/// hidden and git-ignored files; files named directly are always taken. Problems (a
/// missing path, an unreadable folder, a symlink loop) are returned as messages.
/// One line for a problem met while walking `root`, naming the file.
fn walk_problem(root: &Path, err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { path, err } => {
            let why = match &**err {
                ignore::Error::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    "skipped: a broken link, or a file that vanished while walking".to_string()
                }
                ignore::Error::Io(e) => format!("cannot read: {e}"),
                other => other.to_string(),
            };
            format!("{}: {why}", path.display())
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_problem(root, err)
        }
        ignore::Error::Loop { ancestor, child } => format!(
            "{}: skipped: a symbolic link loop back to {}",
            child.display(),
            ancestor.display()
        ),
        other => format!("{}: {other}", root.display()),
    }
}

pub fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if !p.exists() {
            problems.push(format!("{}: no such file or directory", p.display()));
            continue;
        }
        if p.is_file() {
            files.push(p.clone());
            continue;
        }
        let walker = ignore::WalkBuilder::new(p)
            .hidden(true)
            .follow_links(true)
            .require_git(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let path = e.path();
                    if Format::from_path(path).is_none() {
                        continue;
                    }
                    match e.file_type() {
                        Some(t) if t.is_file() => files.push(path.to_path_buf()),
                        Some(t) if !t.is_dir() => problems.push(format!(
                            "{}: skipped: not a regular file (a pipe, socket or device)",
                            path.display()
                        )),
                        _ => {}
                    }
                }
                Err(err) => problems.push(walk_problem(p, &err)),
            }
        }
    }
    (files, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_bad_bytes() {
        assert!(
            decode(b"\x89PNG\r\n\x1a\n....")
                .unwrap_err()
                .contains("PNG")
        );
        assert!(
            decode(b"\x7fELF\x02\x01")
                .unwrap_err()
                .contains("executable")
        );
        let (s, w) = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(s, "caf\u{fffd} au lait");
        assert!(w.unwrap().contains("byte 3"));
        let (s, _) = decode(b"\xef\xbb\xbfhello").unwrap();
        assert_eq!(s, "hello");
        let (s, _) = decode(b"\xff\xfeh\x00i\x00").unwrap();
        assert_eq!(s, "hi");
    }

    #[test]
    fn normalize_strips_controls() {
        let s = normalize("a\r\nb\rc\u{a0}d\x1b[31me\u{9b}f\u{202e}g\x07");
        assert_eq!(s, "a\nb\nc d[31mefg");
    }

    #[test]
    fn a_low_mark_printed_for_a_comma_is_a_comma() {
        assert_eq!(
            normalize("Chamisa\u{201a} the leader\u{201a} said"),
            "Chamisa, the leader, said"
        );
        // an opening low mark stays
        assert_eq!(
            normalize("er sagte \u{201a}ja\u{2018}"),
            "er sagte \u{201a}ja\u{2018}"
        );
    }

    #[test]
    fn empty_and_binary_files_are_reported() {
        let o = IngestOptions::default();
        let r = read_bytes("e.txt", Path::new("e.txt"), b"   \n", &o);
        assert!(r.articles.is_empty());
        assert!(r.problems[0].contains("e.txt") && r.problems[0].contains("empty"));
        let r = read_bytes("x.txt", Path::new("x.txt"), b"\x00\x01\x02binary", &o);
        assert!(r.articles.is_empty());
        assert!(r.problems[0].starts_with("x.txt: skipped"));
    }
}
