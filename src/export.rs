//! Exporting marked passages with their citations: Markdown, JSON, CSV or plain text,
//! chosen by the file extension. Files are written atomically (a temporary file, then a
//! rename) and an existing file is never replaced unless the caller says so.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// A marked passage and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Passage {
    pub text: String,
    pub speaker: Option<String>,
    pub kind: Option<String>,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
    Csv,
    Text,
}

impl Format {
    pub fn from_path(p: &Path) -> Format {
        match p
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("json") => Format::Json,
            Some("csv") => Format::Csv,
            Some("txt") | Some("text") => Format::Text,
            _ => Format::Markdown,
        }
    }
}

/// What to do when the file exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fail if the file exists.
    New,
    Append,
    Overwrite,
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn citation(p: &Passage) -> String {
    let mut c = format!("“{}”", p.title);
    if let Some(d) = &p.published {
        c.push_str(&format!(", {}", d.get(..10).unwrap_or(d)));
    }
    c.push_str(&format!(", {}", p.url.as_deref().unwrap_or(&p.source)));
    c
}

/// Render passages in a format. `header` adds the CSV header line.
pub fn render(passages: &[Passage], format: Format, header: bool) -> String {
    match format {
        Format::Markdown => {
            let mut s = String::new();
            for p in passages {
                for line in p.text.lines() {
                    s.push_str("> ");
                    s.push_str(line);
                    s.push('\n');
                }
                s.push_str(&format!(
                    ">\n> — {}, {}\n\n",
                    p.speaker.as_deref().unwrap_or("unattributed"),
                    citation(p)
                ));
            }
            s
        }
        Format::Text => {
            let mut s = String::new();
            for p in passages {
                s.push_str(&format!(
                    "\"{}\"\n  — {}, {}\n\n",
                    p.text,
                    p.speaker.as_deref().unwrap_or("unattributed"),
                    citation(p)
                ));
            }
            s
        }
        Format::Csv => {
            let mut s = String::new();
            if header {
                s.push_str("text,speaker,kind,title,published,source,url\n");
            }
            for p in passages {
                let row = [
                    p.text.as_str(),
                    p.speaker.as_deref().unwrap_or(""),
                    p.kind.as_deref().unwrap_or(""),
                    p.title.as_str(),
                    p.published.as_deref().unwrap_or(""),
                    p.source.as_str(),
                    p.url.as_deref().unwrap_or(""),
                ];
                s.push_str(
                    &row.iter()
                        .map(|f| csv_field(f))
                        .collect::<Vec<_>>()
                        .join(","),
                );
                s.push('\n');
            }
            s
        }
        Format::Json => serde_json::to_string_pretty(passages).unwrap_or_default() + "\n",
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} already exists")]
    Exists(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}: the existing file is not a JSON array of passages; not appending")]
    NotAppendable(PathBuf),
}

/// Expand a leading `~/` and `DATE` (today, `YYYY-MM-DD`).
pub fn expand_path(p: &str, today: &str) -> PathBuf {
    let p = p.replace("DATE", today);
    if let Some(rest) = p.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(p)
}

/// Write passages to `path` (format from its extension), atomically.
pub fn write(path: &Path, passages: &[Passage], mode: Mode) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let format = Format::from_path(path);
    let exists = path.exists();
    if exists && mode == Mode::New {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let content = if exists && mode == Mode::Append {
        let old = std::fs::read_to_string(path).map_err(io)?;
        match format {
            Format::Json => {
                let mut v: Vec<serde_json::Value> = serde_json::from_str(&old)
                    .map_err(|_| ExportError::NotAppendable(path.to_path_buf()))?;
                for p in passages {
                    v.push(serde_json::to_value(p).unwrap_or_default());
                }
                serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
            }
            Format::Csv => {
                let header = old.is_empty();
                old + &render(passages, format, header)
            }
            _ => {
                let sep = if old.is_empty() || old.ends_with("\n\n") {
                    ""
                } else {
                    "\n"
                };
                old + sep + &render(passages, format, false)
            }
        }
    } else {
        render(passages, format, true)
    };
    crate::index::write_atomic(path, content.as_bytes()).map_err(io)
}

/// Base64 (standard alphabet, padded), for the OSC 52 clipboard sequence.
pub fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 {
            T[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if c.len() > 2 {
            T[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// The OSC 52 sequence that puts `text` on the terminal's clipboard (works over SSH
/// and in tmux with `set-clipboard on`).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Passage {
        Passage {
            text: text.into(),
            speaker: Some("Anna Varga".into()),
            kind: Some("direct".into()),
            title: "Talks, \"dead\"".into(),
            source: "a.txt".into(),
            url: None,
            published: Some("2025-03-17T09:40:00".into()),
        }
    }

    #[test]
    fn formats_and_append() {
        let d = std::env::temp_dir().join(format!("saywho-export-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        for ext in ["md", "json", "csv", "txt"] {
            let f = d.join(format!("out.{ext}"));
            let _ = std::fs::remove_file(&f);
            write(&f, &[p("We will not wait.")], Mode::New).unwrap();
            assert!(matches!(
                write(&f, &[p("x")], Mode::New),
                Err(ExportError::Exists(_))
            ));
            write(&f, &[p("Second, \"quoted\".")], Mode::Append).unwrap();
            let s = std::fs::read_to_string(&f).unwrap();
            assert!(
                s.contains("We will not wait.") && s.contains("Second"),
                "{ext}: {s}"
            );
            assert!(s.contains("Anna Varga"));
            if ext == "json" {
                let v: Vec<serde_json::Value> = serde_json::from_str(&s).unwrap();
                assert_eq!(v.len(), 2);
            }
            if ext == "csv" {
                assert_eq!(s.lines().count(), 3, "{s}");
                assert!(s.contains("\"Talks, \"\"dead\"\"\""));
            }
        }
        let missing = d.join("no/such/dir/out.md");
        assert!(matches!(
            write(&missing, &[p("x")], Mode::New),
            Err(ExportError::Io { .. })
        ));
    }

    #[test]
    fn clipboard_sequence() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        assert_eq!(
            expand_path("/x/saywho-DATE.md", "2025-01-02"),
            PathBuf::from("/x/saywho-2025-01-02.md")
        );
    }
}
