//! The configuration file (`config.example.toml` documents every setting).
//!
//! Looked up in `$SAYWHO_CONFIG`, else `--config FILE`, else the platform config
//! directory (`$XDG_CONFIG_HOME/saywho/config.toml` on every Unix). An invalid file is
//! reported with its path, line and key, and the defaults are used.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
#[derive(Default)]
pub struct Config {
    pub ingest: IngestConfig,
    pub json: JsonFields,
    pub brat: BratLabels,
    pub tui: TuiConfig,
}

/// Settings of the terminal UI.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TuiConfig {
    /// Default export path; `~/` is the home folder, `DATE` today's date. The format
    /// follows the extension: .md, .json, .csv, .txt.
    pub export_path: String,
    /// Capture the mouse (click, wheel). Off leaves the terminal's own selection working.
    pub mouse: bool,
    /// Rebound keys: action name -> key (one character, or "space").
    pub keys: std::collections::BTreeMap<String, String>,
    /// Files and folders `saywho` opens when given no PATH (empty: the bundled sample).
    pub corpus: Vec<String>,
    /// Speaker colours, each speaker keeping one: names (`cyan`, `lightred`), `#rrggbb`
    /// or a 256-colour index. Empty: the built-in eight.
    pub palette: Vec<String>,
    /// Background of search matches and snippet highlights.
    pub match_color: String,
}

impl Default for TuiConfig {
    fn default() -> Self {
        TuiConfig {
            export_path: "~/saywho-export-DATE.md".into(),
            mouse: true,
            keys: Default::default(),
            corpus: Vec::new(),
            palette: Vec::new(),
            match_color: "yellow".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct IngestConfig {
    /// Files larger than this many bytes are skipped with a message.
    pub max_file_bytes: u64,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            max_file_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Which JSON fields hold what, in `.json` / `.jsonl` article dumps. Each list is tried
/// in order; the first present, non-empty field wins.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct JsonFields {
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub date: Vec<String>,
    pub author: Vec<String>,
    pub url: Vec<String>,
    pub source: Vec<String>,
    pub section: Vec<String>,
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

impl Default for JsonFields {
    fn default() -> Self {
        JsonFields {
            title: strings(&["title", "headline", "name"]),
            text: strings(&[
                "text",
                "body",
                "maintext",
                "content",
                "article",
                "article_text",
                "full_text",
                "description",
            ]),
            date: strings(&[
                "date",
                "published",
                "date_publish",
                "published_at",
                "publish_date",
                "pubdate",
                "datetime",
                "timestamp",
                "date_published",
            ]),
            author: strings(&["author", "authors", "byline", "creator"]),
            url: strings(&["url", "link", "canonical_url"]),
            source: strings(&["source", "source_domain", "site", "publisher", "domain"]),
            section: strings(&["section", "category", "categories"]),
        }
    }
}

/// Labels of brat `.ann` files (pre-annotated articles).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct BratLabels {
    pub content: Vec<String>,
    pub source: Vec<String>,
    pub cue: Vec<String>,
    pub attribution: Vec<String>,
    pub person: Vec<String>,
    pub organization: Vec<String>,
    pub place: Vec<String>,
}

impl Default for BratLabels {
    fn default() -> Self {
        BratLabels {
            content: strings(&["Content", "Quote", "Quotation"]),
            source: strings(&["Source", "Speaker"]),
            cue: strings(&["Cue"]),
            attribution: strings(&["Attribution"]),
            person: strings(&["Person", "PER", "PERSON"]),
            organization: strings(&["Organization", "Organisation", "ORG", "ORGANIZATION"]),
            place: strings(&["Location", "LOC", "GPE", "Place", "LOCATION"]),
        }
    }
}

/// Where the config comes from, in order of precedence.
pub fn config_path(cli: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SAYWHO_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(p) = cli {
        return Some(p.to_path_buf());
    }
    default_config_path()
}

/// `$XDG_CONFIG_HOME/saywho/config.toml` (or `~/.config/...`) on Unix, the platform
/// directory elsewhere.
pub fn default_config_path() -> Option<PathBuf> {
    if cfg!(unix) {
        if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(x).join("saywho").join("config.toml"));
        }
        if let Some(home) = std::env::var_os("HOME").filter(|p| !p.is_empty()) {
            return Some(
                PathBuf::from(home)
                    .join(".config")
                    .join("saywho")
                    .join("config.toml"),
            );
        }
    }
    directories::ProjectDirs::from("", "", "saywho").map(|d| d.config_dir().join("config.toml"))
}

/// Parse config text; the error names the file, line and key.
pub fn parse(path: &Path, text: &str) -> Result<Config, String> {
    toml::from_str::<Config>(text).map_err(|e| {
        let (line, col) = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map(|l| l.chars().count() + 1);
                (line, col.unwrap_or(1))
            })
            .unwrap_or((0, 0));
        let msg = e.message().trim().to_string();
        format!(
            "{}:{}:{}: invalid config: {}; using the defaults",
            path.display(),
            line,
            col,
            msg
        )
    })
}

/// Load the config: defaults when there is no file; defaults plus a message when the
/// file is invalid.
pub fn load(cli: Option<&Path>) -> (Config, Option<String>) {
    let Some(path) = config_path(cli) else {
        return (Config::default(), None);
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => match parse(&path, &text) {
            Ok(c) => (c, None),
            Err(msg) => (Config::default(), Some(msg)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && cli.is_none() => {
            (Config::default(), None)
        }
        Err(e) => (
            Config::default(),
            Some(format!(
                "{}: cannot read config: {e}; using the defaults",
                path.display()
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        let c = parse(Path::new("config.example.toml"), text).expect("example parses");
        assert_eq!(c.ingest.max_file_bytes, 64 * 1024 * 1024);
        assert!(c.json.text.contains(&"maintext".to_string()));
        assert_eq!(c.tui, TuiConfig::default());
        let c = parse(
            Path::new("c.toml"),
            "[tui]\ncorpus = [\"~/news\"]\npalette = [\"#112233\", \"cyan\"]\nmatch_color = \"lightblue\"\n",
        )
        .unwrap();
        assert_eq!(c.tui.corpus, vec!["~/news".to_string()]);
        assert_eq!(c.tui.palette.len(), 2);
        assert_eq!(c.tui.match_color, "lightblue");
    }

    #[test]
    fn bad_key_is_named_with_line() {
        let err = parse(
            Path::new("c.toml"),
            "[ingest]\nmax_file_bytes = 1\nbogus = 2\n",
        )
        .unwrap_err();
        assert!(err.starts_with("c.toml:3:"), "{err}");
        assert!(err.contains("bogus"), "{err}");
        let err = parse(Path::new("c.toml"), "[ingest]\nmax_file_bytes = \"big\"\n").unwrap_err();
        assert!(err.starts_with("c.toml:2:"), "{err}");
    }
}
