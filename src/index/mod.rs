//! The persistent tantivy index of a corpus: articles and quotes.
//!
//! Design: two tantivy indexes side by side, because the two kinds of result are
//! different documents. `articles` holds one document per article (searchable title,
//! body, byline, source, actor and speaker names; fast fields for the date and for the
//! actor and speaker ids used by the counting collectors; the stored annotation so that
//! the TUI renders an article without reading its file). `quotes` holds one document
//! per quote (its text, kind, speaker, article and position), so that
//! `speaker:X and a word` matches words X actually said, and a speaker's quotes come in
//! corpus order straight from fast fields. Both live under
//! `<data dir>/indexes/<corpus key>/`, with `meta.json` (schema version, corpus roots)
//! and the manifest (per file: content hash, size and time, to re-index only what
//! changed: `manifest.json` plus the changes since in `manifest.log`, see
//! `build::ManifestStore`). The manifest is saved after each commit, so a killed indexer
//! leaves an index that opens and a manifest that is at worst behind: the next run
//! re-indexes those files (deleting them by path first, so nothing is doubled).

pub mod build;
pub mod query;
pub mod search;
pub mod snippet;

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, ReloadPolicy};

/// Bump when the schema or the stored annotation changes: older indexes are rebuilt.
pub const SCHEMA_VERSION: u32 = 3;

/// Decompressed document-store blocks kept per segment.
const STORE_CACHE_BLOCKS: usize = 32;

/// The analyser of searchable text: simple tokens, long ones dropped, lowercased,
/// ASCII-folded (`Erdogan` finds `Erdoğan`). No stemming, so prefixes stay exact.
pub const TOKENIZER: &str = "saywho";

pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Tokens of `text` as the index sees them.
pub fn analyze(text: &str) -> Vec<String> {
    let mut a = analyzer();
    let mut out = Vec::new();
    let mut ts = a.token_stream(text);
    while ts.advance() {
        out.push(ts.token().text.clone());
    }
    out
}

fn text_opts(stored: bool, positions: bool) -> TextOptions {
    let idx = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER)
        .set_index_option(if positions {
            IndexRecordOption::WithFreqsAndPositions
        } else {
            IndexRecordOption::WithFreqs
        });
    let o = TextOptions::default().set_indexing_options(idx);
    if stored { o.set_stored() } else { o }
}

/// Fields of the articles index.
#[derive(Clone, Copy)]
pub struct ArticleFields {
    pub aid: Field,
    pub path: Field,
    pub title: Field,
    pub body: Field,
    pub byline: Field,
    pub source: Field,
    pub url: Field,
    pub published: Field,
    pub hash: Field,
    pub actors: Field,
    pub speakers: Field,
    pub actor_names: Field,
    pub speaker_names: Field,
    pub nquotes: Field,
    pub ann: Field,
}

/// Fields of the quotes index.
#[derive(Clone, Copy)]
pub struct QuoteFields {
    pub aid: Field,
    pub path: Field,
    pub pos: Field,
    pub text: Field,
    pub kind: Field,
    pub speaker: Field,
    pub speaker_names: Field,
    pub published: Field,
    pub source: Field,
}

pub fn article_schema() -> (Schema, ArticleFields) {
    let mut b = Schema::builder();
    let f = ArticleFields {
        aid: b.add_text_field("aid", STRING | STORED | FAST),
        // title and path are also columns: a result row beyond the snippet rows is
        // read from columns, not from the compressed document store
        path: b.add_text_field("path", STRING | STORED | FAST),
        title: b.add_text_field("title", text_opts(true, true).set_fast("raw")),
        body: b.add_text_field("body", text_opts(true, true)),
        byline: b.add_text_field("byline", text_opts(true, false)),
        source: b.add_text_field("source", text_opts(false, false)),
        url: b.add_text_field("url", STRING | STORED),
        published: b.add_i64_field("published", INDEXED | FAST | STORED),
        hash: b.add_text_field("hash", STRING | STORED),
        // values are `id\u{1f}name\u{1f}kind`, so the counting collector names its
        // top entries without another lookup
        actors: b.add_text_field("actors", STRING | FAST),
        speakers: b.add_text_field("speakers", STRING | FAST),
        actor_names: b.add_text_field("actor_names", text_opts(false, true)),
        speaker_names: b.add_text_field("speaker_names", text_opts(false, true)),
        nquotes: b.add_u64_field("nquotes", FAST | STORED),
        // stored as text: tantivy reads a stored string in one copy, bytes one by one
        ann: b.add_text_field("ann", STORED),
    };
    (b.build(), f)
}

pub fn quote_schema() -> (Schema, QuoteFields) {
    let mut b = Schema::builder();
    let f = QuoteFields {
        aid: b.add_text_field("aid", STRING | STORED | FAST),
        path: b.add_text_field("path", STRING | STORED),
        pos: b.add_u64_field("pos", FAST | STORED),
        text: b.add_text_field("text", text_opts(true, true)),
        kind: b.add_text_field("kind", STRING | STORED | FAST),
        speaker: b.add_text_field("speaker", STRING | STORED | FAST),
        speaker_names: b.add_text_field("speaker_names", text_opts(true, true)),
        published: b.add_i64_field("published", INDEXED | FAST | STORED),
        source: b.add_text_field("source", text_opts(false, false)),
    };
    (b.build(), f)
}

/// The data directory: `--data-dir`, else `$SAYWHO_DATA_DIR`, else the platform's.
pub fn data_dir(cli: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = cli {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("SAYWHO_DATA_DIR").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "saywho")
        .map(|d| d.data_dir().to_path_buf())
        .context("no home directory to keep the index in; pass --data-dir")
}

/// The roots of a corpus, made absolute, in a stable order.
pub fn corpus_roots(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect();
    roots.sort();
    roots.dedup();
    roots
}

/// The folder of the index of a corpus (one per set of roots).
pub fn index_dir(data_dir: &Path, roots: &[PathBuf]) -> PathBuf {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for r in roots {
        h.write(r.to_string_lossy().as_bytes());
        h.write_u8(0);
    }
    let name = roots
        .first()
        .and_then(|r| r.file_name())
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "corpus".into())
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect::<String>();
    data_dir
        .join("indexes")
        .join(format!("{name}-{:016x}", h.finish()))
}

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
pub struct Meta {
    pub schema: u32,
    pub roots: Vec<PathBuf>,
}

/// An open corpus index.
pub struct CorpusIndex {
    pub dir: PathBuf,
    pub articles: Index,
    pub quotes: Index,
    pub af: ArticleFields,
    pub qf: QuoteFields,
    pub areader: IndexReader,
    pub qreader: IndexReader,
    /// Per-segment ordinals of the counted fast fields, unpacked once (see OrdCache).
    pub ords: search::OrdCache,
    /// Result rows shown recently (see RowCache).
    pub rows: search::RowCache,
}

fn register(index: &Index) {
    index.tokenizers().register(TOKENIZER, analyzer());
}

/// Write a file atomically: a temporary file in the same folder, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| std::io::Write::write_all(w, bytes)).map(|_| ())
}

/// As `write_atomic`, with the content written by `fill` through a buffer; returns the
/// number of bytes written.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<u64> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let len = {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        {
            let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut f);
            fill(&mut w)?;
            w.flush()?;
        }
        f.sync_all()?;
        f.metadata()?.len()
    };
    std::fs::rename(&tmp, path)?;
    Ok(len)
}

impl CorpusIndex {
    /// Open the index in `dir`, creating it when missing, and rebuilding it (with a
    /// message in `notes`) when it comes from another schema version or is unreadable.
    pub fn open_or_create(dir: &Path, roots: &[PathBuf], notes: &mut Vec<String>) -> Result<Self> {
        let meta_path = dir.join("meta.json");
        let meta: Option<Meta> = std::fs::read(&meta_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        match &meta {
            Some(m) if m.schema == SCHEMA_VERSION => {}
            Some(m) => {
                notes.push(format!(
                    "the index at {} is from schema version {} (now {}); rebuilding it",
                    dir.display(),
                    m.schema,
                    SCHEMA_VERSION
                ));
                std::fs::remove_dir_all(dir)
                    .with_context(|| format!("cannot remove the old index at {}", dir.display()))?;
            }
            None if dir.exists() => {
                notes.push(format!(
                    "the index at {} has no readable meta.json; rebuilding it",
                    dir.display()
                ));
                std::fs::remove_dir_all(dir)
                    .with_context(|| format!("cannot remove {}", dir.display()))?;
            }
            None => {}
        }
        let fresh = !dir.exists();
        std::fs::create_dir_all(dir.join("articles"))
            .with_context(|| format!("cannot create the index folder {}", dir.display()))?;
        std::fs::create_dir_all(dir.join("quotes"))?;
        if fresh {
            let m = Meta {
                schema: SCHEMA_VERSION,
                roots: roots.to_vec(),
            };
            write_atomic(&meta_path, &serde_json::to_vec_pretty(&m)?)?;
        }
        match Self::open_dirs(dir) {
            Ok(ci) => Ok(ci),
            Err(e) if !fresh => {
                notes.push(format!(
                    "the index at {} cannot be opened ({e}); rebuilding it",
                    dir.display()
                ));
                std::fs::remove_dir_all(dir)?;
                Self::open_or_create(dir, roots, notes)
            }
            Err(e) => Err(e),
        }
    }

    fn open_dirs(dir: &Path) -> Result<Self> {
        let (aschema, af) = article_schema();
        let (qschema, qf) = quote_schema();
        let open = |sub: &str, schema: Schema| -> Result<Index> {
            let d = dir.join(sub);
            let mut idx = if d.join("meta.json").exists() {
                Index::open_in_dir(&d)?
            } else {
                Index::create_in_dir(&d, schema.clone())?
            };
            if idx.schema() != schema {
                bail!("schema mismatch in {}", d.display());
            }
            register(&idx);
            // a search visits the segments on every core: counting speakers and actors
            // over a wide result set is the cost of a keystroke
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            if cores > 1 {
                let _ = idx.set_multithread_executor(cores.min(4));
            }
            Ok(idx)
        };
        let articles = open("articles", aschema)?;
        let quotes = open("quotes", qschema)?;
        // consecutive keystrokes mostly fetch the same rows, so a few decompressed
        // blocks per segment are kept (32: p50 as with tantivy's 100, 15 MB less)
        let areader = articles
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(STORE_CACHE_BLOCKS)
            .try_into()?;
        let qreader = quotes
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(STORE_CACHE_BLOCKS)
            .try_into()?;
        Ok(CorpusIndex {
            dir: dir.to_path_buf(),
            articles,
            quotes,
            af,
            qf,
            areader,
            qreader,
            ords: Default::default(),
            rows: Default::default(),
        })
    }

    /// Open an existing index for searching only.
    pub fn open(dir: &Path) -> Result<Self> {
        let meta: Meta = serde_json::from_slice(
            &std::fs::read(dir.join("meta.json"))
                .with_context(|| format!("no index at {}", dir.display()))?,
        )?;
        if meta.schema != SCHEMA_VERSION {
            bail!(
                "the index at {} needs rebuilding (schema {})",
                dir.display(),
                meta.schema
            );
        }
        Self::open_dirs(dir)
    }

    /// Pick up commits made since the readers were opened (also by other processes).
    pub fn reload(&self) -> Result<()> {
        self.areader.reload()?;
        self.qreader.reload()?;
        let live = self
            .areader
            .searcher()
            .segment_readers()
            .iter()
            .map(|r| r.segment_id())
            .collect();
        self.ords.retain(&live);
        Ok(())
    }

    pub fn num_articles(&self) -> u64 {
        self.areader.searcher().num_docs()
    }

    pub fn num_quotes(&self) -> u64 {
        self.qreader.searcher().num_docs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyzer_folds_and_lowercases() {
        assert_eq!(analyze("Erdoğan SAID «Ça»"), vec!["erdogan", "said", "ca"]);
        let long = "x".repeat(60);
        assert!(analyze(&long).is_empty());
    }

    #[test]
    fn index_dir_is_stable_per_roots() {
        let a = index_dir(Path::new("/d"), &[PathBuf::from("/c/news")]);
        let b = index_dir(Path::new("/d"), &[PathBuf::from("/c/news")]);
        let c = index_dir(Path::new("/d"), &[PathBuf::from("/c/other")]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.to_string_lossy().contains("news-"));
    }
}
