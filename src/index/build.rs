//! Incremental indexing: walk, hash, annotate what changed (on every core), write.

use super::CorpusIndex;
use crate::annotate::annotate;
use crate::ingest::{self, IngestOptions};
use crate::model::Annotated;
use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tantivy::schema::document::Document;
use tantivy::{IndexWriter, TantivyDocument, Term};

/// A document that counts itself while it waits in a writer's queue.
///
/// tantivy queues up to ten thousand documents per writer; an article document carries
/// its body and its stored annotation (about 10 KB), so a full queue held over 100 MB,
/// and on two cores the annotators keep it full. The count lets the feeding loop wait
/// instead ([`Backlog::wait_below`]).
struct Queued {
    doc: TantivyDocument,
    backlog: Backlog,
}

impl Queued {
    fn new(doc: TantivyDocument, backlog: &Backlog) -> Self {
        backlog.0.fetch_add(1, Ordering::Relaxed);
        Queued {
            doc,
            backlog: backlog.clone(),
        }
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        self.backlog.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Document for Queued {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }

    fn into_tantivy_document(mut self) -> TantivyDocument {
        std::mem::take(&mut self.doc)
    }
}

/// Documents handed to a writer and not yet indexed.
#[derive(Default, Clone)]
struct Backlog(Arc<AtomicUsize>);

/// How long the backlog may stand still before the writer is asked whether it lives.
const STALL: std::time::Duration = std::time::Duration::from_millis(500);

impl Backlog {
    /// Wait (briefly sleeping) until fewer than `max` documents are queued. When the
    /// count has not moved for a while, `alive` is asked: a writer whose indexing
    /// threads died (a full disk) never takes its queued documents, and waiting for
    /// them would hang; its error is returned instead.
    fn wait_below(&self, max: usize, alive: impl Fn() -> Result<()>) -> Result<()> {
        let mut last = self.0.load(Ordering::Relaxed);
        let mut since = std::time::Instant::now();
        while last >= max {
            std::thread::sleep(std::time::Duration::from_micros(200));
            let now = self.0.load(Ordering::Relaxed);
            if now != last {
                last = now;
                since = std::time::Instant::now();
            } else if since.elapsed() >= STALL {
                alive()?;
                since = std::time::Instant::now();
            }
        }
        Ok(())
    }
}

/// A writer that waits while `max` of its documents are queued.
struct Writer {
    w: IndexWriter<Queued>,
    queued: Backlog,
    max: usize,
    /// A term no document holds: deleting it is how a stalled writer is asked whether
    /// its threads still run (tantivy answers that only to an operation).
    probe: Term,
}

impl Writer {
    fn new(w: IndexWriter<Queued>, max: usize, field: tantivy::schema::Field) -> Writer {
        Writer {
            w,
            queued: Backlog::default(),
            max,
            probe: Term::from_field_text(field, "\u{0}saywho: liveness probe"),
        }
    }

    fn add(&self, doc: TantivyDocument) -> Result<()> {
        self.queued.wait_below(self.max, || {
            self.w
                .run([tantivy::indexer::UserOperation::Delete(self.probe.clone())])
                .context("the index writer stopped")?;
            Ok(())
        })?;
        self.w.add_document(Queued::new(doc, &self.queued))?;
        Ok(())
    }
}

impl std::ops::Deref for Writer {
    type Target = IndexWriter<Queued>;
    fn deref(&self) -> &Self::Target {
        &self.w
    }
}

impl std::ops::DerefMut for Writer {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.w
    }
}

/// Most article documents queued for the articles writer at once.
const MAX_QUEUED_ARTICLES: usize = 256;
/// Most quote documents queued for the quotes writer at once.
const MAX_QUEUED_QUOTES: usize = 4096;

/// What the manifest knows of one indexed file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct FileEntry {
    pub hash: String,
    pub size: u64,
    pub mtime: i64,
    pub articles: u32,
}

/// Indexed files by path (hashed: an update looks every file up).
pub type Manifest = rustc_hash::FxHashMap<String, FileEntry>;

/// The outcome of an index run.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// (file, why)
    pub failed: Vec<(String, String)>,
    pub articles_indexed: usize,
    pub quotes_indexed: usize,
    /// One-line messages (schema rebuild, warnings of files that were indexed).
    pub notes: Vec<String>,
    pub seconds: f64,
    /// Seconds until the changes were committed and searchable (merging segments
    /// afterwards takes the rest of `seconds`).
    pub searchable_seconds: f64,
}

#[derive(Clone)]
pub struct BuildOptions {
    pub ingest: IngestOptions,
    /// Commit (and save the manifest) after this many articles.
    pub commit_every: usize,
    /// Heap of the articles writer, in bytes.
    pub writer_heap: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            ingest: IngestOptions::default(),
            commit_every: 50_000,
            writer_heap: 60_000_000,
        }
    }
}

/// Progress of a run, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

fn manifest_path(dir: &Path) -> PathBuf {
    dir.join("manifest.json")
}

fn manifest_log_path(dir: &Path) -> PathBuf {
    dir.join("manifest.log")
}

/// The manifest on disk: `manifest.json`, the whole map as of its last rewrite, and
/// `manifest.log`, one JSON line per change since (`[path, entry]`, or `[path, null]`
/// for a file gone). A commit appends its changes to the log: adding 100 files to a
/// corpus of 200,000 writes 100 lines, not 24 MB. The map is rewritten (and the log
/// emptied) when the log outgrows half of it. A torn last line (a run killed while
/// appending) is skipped; any state the files are left in is at worst behind the
/// index, which only costs re-indexing (see `has_docs`).
pub struct ManifestStore {
    dir: PathBuf,
    pub map: Manifest,
    base_bytes: u64,
    log_bytes: u64,
    log_min: u64,
}

impl ManifestStore {
    pub fn load(dir: &Path) -> ManifestStore {
        let base = std::fs::read(manifest_path(dir)).unwrap_or_default();
        let mut map: Manifest = serde_json::from_slice(&base).unwrap_or_default();
        let log = std::fs::read(manifest_log_path(dir)).unwrap_or_default();
        for line in log.split(|&b| b == b'\n') {
            if let Ok((path, entry)) = serde_json::from_slice::<(String, Option<FileEntry>)>(line) {
                match entry {
                    Some(e) => map.insert(path, e),
                    None => map.remove(&path),
                };
            }
        }
        ManifestStore {
            dir: dir.to_path_buf(),
            map,
            base_bytes: base.len() as u64,
            log_bytes: log.len() as u64,
            log_min: MANIFEST_LOG_MIN,
        }
    }

    /// Applies `changes` to the map and makes them durable.
    pub fn save(&mut self, changes: Vec<(String, Option<FileEntry>)>) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let mut lines = Vec::new();
        for (p, e) in changes {
            serde_json::to_writer(&mut lines, &(&p, &e))?;
            lines.push(b'\n');
            match e {
                Some(e) => self.map.insert(p, e),
                None => self.map.remove(&p),
            };
        }
        let ctx = || format!("cannot write the manifest in {}", self.dir.display());
        if self.log_bytes + lines.len() as u64 <= (self.base_bytes / 2).max(self.log_min) {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(manifest_log_path(&self.dir))
                .with_context(ctx)?;
            // a torn line from a killed run would swallow the first of these
            if self.log_bytes > 0 {
                f.write_all(b"\n").with_context(ctx)?;
                self.log_bytes += 1;
            }
            f.write_all(&lines).with_context(ctx)?;
            f.sync_all().with_context(ctx)?;
            self.log_bytes += lines.len() as u64;
            return Ok(());
        }
        // streamed to the file: the map of a million files is 120 MB of JSON
        let base = crate::index::write_atomic_with(&manifest_path(&self.dir), |w| {
            serde_json::to_writer(w, &self.map).map_err(std::io::Error::other)
        })
        .with_context(ctx)?;
        match std::fs::remove_file(manifest_log_path(&self.dir)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(e).with_context(ctx);
            }
            _ => {}
        }
        self.base_bytes = base;
        self.log_bytes = 0;
        Ok(())
    }
}

/// The log may grow to this many bytes, or half the map's, before the map is rewritten.
const MANIFEST_LOG_MIN: u64 = 1 << 20;

fn content_hash(bytes: &[u8]) -> String {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    format!("{:016x}", h.finish())
}

fn mtime_of(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

/// ISO 8601 (`2025-03-17T09:40:00`) to Unix seconds.
pub fn iso_to_unix(iso: &str) -> Option<i64> {
    let (date, time) = iso.split_once('T').unwrap_or((iso, "00:00:00"));
    let mut d = date.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, dd) = (d.next()??, d.next()??, d.next()??);
    let mut t = time
        .split(':')
        .map(|x| x.get(..2).unwrap_or(x).parse::<i64>().ok());
    let (h, mi, s) = (
        t.next().flatten().unwrap_or(0),
        t.next().flatten().unwrap_or(0),
        t.next().flatten().unwrap_or(0),
    );
    Some(super::query::days_from_civil(y, m as u32, dd as u32) * 86400 + h * 3600 + mi * 60 + s)
}

/// Unknown dates sort last among "newest first" and never match a date range.
pub const NO_DATE: i64 = i64::MIN / 2;

/// What one file turned into, computed off the writer thread.
enum Work {
    Unchanged {
        path: String,
        entry: FileEntry,
    },
    Indexed {
        path: String,
        entry: FileEntry,
        arts: Vec<Annotated>,
        /// Each article's annotation as stored, without its text (on the annotating
        /// threads: the thread feeding the writers is the one that cannot be shared).
        anns: Vec<String>,
        notes: Vec<String>,
    },
    Failed {
        path: String,
        why: String,
        gone: bool,
    },
}

/// A file that could not be read: named with the reason; one that vanished since the
/// walk (deleted or moved while indexing) is also dropped from the index.
fn read_failure(path: String, e: std::io::Error) -> Work {
    let gone = e.kind() == std::io::ErrorKind::NotFound;
    let why = if gone {
        "disappeared while indexing (deleted or moved); skipped".to_string()
    } else {
        format!("cannot read: {e}")
    };
    Work::Failed { path, why, gone }
}

fn prepare(path: &PathBuf, old: Option<&FileEntry>, opts: &IngestOptions) -> Work {
    let display = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return read_failure(display, e),
    };
    let size = meta.len();
    let mtime = mtime_of(&meta);
    if let Some(o) = old
        && o.size == size
        && o.mtime == mtime
    {
        return Work::Unchanged {
            path: display,
            entry: o.clone(),
        };
    }
    if size > opts.max_file_bytes {
        return Work::Failed {
            path: display,
            why: format!(
                "skipped: {size} bytes is over the size limit of {} bytes (ingest.max_file_bytes)",
                opts.max_file_bytes
            ),
            gone: false,
        };
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return read_failure(display, e),
    };
    let hash = content_hash(&bytes);
    if let Some(o) = old
        && o.hash == hash
    {
        let entry = FileEntry {
            size,
            mtime,
            ..o.clone()
        };
        return Work::Unchanged {
            path: display,
            entry,
        };
    }
    let res = ingest::read_bytes(&display, path, &bytes, opts);
    if res.articles.is_empty() {
        let why = res
            .problems
            .first()
            .map(|p| {
                p.strip_prefix(&format!("{display}: "))
                    .unwrap_or(p)
                    .to_string()
            })
            .unwrap_or_else(|| "no article could be read".into());
        // the file is there but holds no article any more (emptied, overwritten by
        // something binary): what it held before is gone too
        return Work::Failed {
            path: display,
            why,
            gone: true,
        };
    }
    let mut arts: Vec<Annotated> = res.articles.iter().map(annotate).collect();
    let anns = arts.iter_mut().map(stored_annotation).collect();
    Work::Indexed {
        entry: FileEntry {
            hash,
            size,
            mtime,
            articles: arts.len() as u32,
        },
        path: display,
        arts,
        anns,
        notes: res.problems,
    }
}

fn join_names(a: &Annotated, ids: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for id in ids {
        if let Some(act) = a.actor(&id) {
            out.push_str(&act.name);
            out.push_str(" ; ");
            for al in &act.aliases {
                out.push_str(al);
                out.push_str(" ; ");
            }
        }
    }
    out
}

/// Add one annotated article to both writers.
/// The annotation as the index stores it: without its text (the body is stored in its
/// own field). The text is taken out for the writing and put back.
fn stored_annotation(a: &mut Annotated) -> String {
    let text = std::mem::take(&mut a.text);
    // a model of strings, numbers and lists: writing it to a string cannot fail
    let json = serde_json::to_string(&*a).unwrap_or_default();
    a.text = text;
    json
}

fn add_article(
    ci: &CorpusIndex,
    aw: &Writer,
    qw: &Writer,
    path: &str,
    i: usize,
    (a, ann): (&Annotated, &str),
    hash: &str,
) -> Result<usize> {
    let af = &ci.af;
    let qf = &ci.qf;
    let aid = format!("{path}#{i}");
    let published = a
        .published
        .as_deref()
        .and_then(iso_to_unix)
        .unwrap_or(NO_DATE);
    let source_text = format!("{} {}", path, a.url.as_deref().unwrap_or(""));
    let mut doc = TantivyDocument::new();
    doc.add_text(af.aid, &aid);
    doc.add_text(af.path, path);
    // the title is also a column (one value, kept whole): a runaway first line of a
    // broken file is cut, the stored annotation keeps it all
    doc.add_text(af.title, clip(&a.title, MAX_TITLE_BYTES));
    doc.add_text(af.body, &a.text);
    if let Some(b) = &a.byline {
        doc.add_text(af.byline, b);
    }
    doc.add_text(af.source, &source_text);
    if let Some(u) = &a.url {
        doc.add_text(af.url, u);
    }
    doc.add_i64(af.published, published);
    doc.add_text(af.hash, hash);
    for act in &a.actors {
        doc.add_text(
            af.actors,
            format!("{}\u{1f}{}\u{1f}{}", act.id, act.name, act.kind.as_str()),
        );
    }
    let mut speaker_ids: Vec<String> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().and_then(|s| s.actor.clone()))
        .collect();
    speaker_ids.sort();
    speaker_ids.dedup();
    for id in &speaker_ids {
        if let Some(act) = a.actor(id) {
            doc.add_text(
                af.speakers,
                format!("{}\u{1f}{}\u{1f}{}", act.id, act.name, act.kind.as_str()),
            );
        }
    }
    doc.add_text(
        af.actor_names,
        join_names(a, a.actors.iter().map(|x| x.id.clone())),
    );
    let mut sp_names = join_names(a, speaker_ids.iter().cloned());
    for q in &a.quotes {
        if let Some(s) = &q.speaker
            && s.actor.is_none()
        {
            sp_names.push_str(&s.name);
            sp_names.push_str(" ; ");
        }
    }
    doc.add_text(af.speaker_names, &sp_names);
    doc.add_u64(af.nquotes, a.quotes.len() as u64);
    doc.add_text(af.ann, ann);
    aw.add(doc)?;

    for (pos, q) in a.quotes.iter().enumerate() {
        let mut d = TantivyDocument::new();
        d.add_text(qf.aid, &aid);
        d.add_text(qf.path, path);
        d.add_u64(qf.pos, pos as u64);
        d.add_text(qf.text, &q.text);
        d.add_text(qf.kind, q.kind.as_str());
        let (sid, names) = match &q.speaker {
            Some(s) => {
                let mut names = format!("{} ; {}", s.name, s.mention);
                if let Some(id) = &s.actor
                    && let Some(act) = a.actor(id)
                {
                    for al in &act.aliases {
                        names.push_str(" ; ");
                        names.push_str(al);
                    }
                }
                (s.actor.clone().unwrap_or_default(), names)
            }
            None => (String::new(), String::new()),
        };
        d.add_text(qf.speaker, &sid);
        d.add_text(qf.speaker_names, &names);
        d.add_i64(qf.published, published);
        d.add_text(qf.source, &source_text);
        qw.add(d)?;
    }
    Ok(a.quotes.len())
}

fn lock_message(ci: &CorpusIndex, e: tantivy::TantivyError) -> anyhow::Error {
    match e {
        tantivy::TantivyError::LockFailure(..) => anyhow::anyhow!(
            "another saywho process is indexing this corpus ({}); wait for it to finish and run again",
            ci.dir.display()
        ),
        other => anyhow::Error::new(other).context("cannot open the index writer"),
    }
}

/// Bring the index of `roots` up to date. `progress` is called as files are done.
///
/// On error the index stays as its last commit left it (whole batches of articles):
/// it opens and searches, and the next run takes up what is missing.
pub fn update(
    ci: &CorpusIndex,
    roots: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary> {
    update_inner(ci, roots, opts, progress).map_err(|e| {
        if is_disk_full(&e) || no_room_left(&ci.dir) {
            anyhow::anyhow!(
                "the disk holding the index is full ({}). The index keeps what the last \
                 complete batch wrote; free some space (or choose another place with --data-dir) \
                 and run again to finish",
                ci.dir.display()
            )
        } else {
            e
        }
    })
}

/// Out of space or over a quota, however deep the cause (tantivy reports some I/O
/// errors from its writer threads as text).
fn is_disk_full(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| {
            matches!(
                io.kind(),
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
            )
        }) || {
            let t = c.to_string();
            t.contains("No space left on device")
                || t.contains("os error 28")
                || t.contains("Disk quota exceeded")
        }
    })
}

/// tantivy's writer threads can die of a full disk and report only that they died:
/// try to write a little in the index folder to tell.
fn no_room_left(dir: &Path) -> bool {
    let probe = dir.join(".saywho-space-probe");
    let r = std::fs::write(&probe, vec![0u8; 256 * 1024]);
    let _ = std::fs::remove_file(&probe);
    r.is_err_and(|e| {
        matches!(
            e.kind(),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
        )
    })
}

fn update_inner(
    ci: &CorpusIndex,
    roots: &[PathBuf],
    opts: &BuildOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary> {
    let t0 = std::time::Instant::now();
    let mut sum = Summary::default();
    // the manifest (24 MB for 200,000 files) is read while the corpus is walked
    let ((files, problems), mut store) = std::thread::scope(|scope| {
        let loading = scope.spawn(|| ManifestStore::load(&ci.dir));
        let walked = ingest::walk(roots);
        let store = loading
            .join()
            .unwrap_or_else(|_| ManifestStore::load(&ci.dir));
        (walked, store)
    });
    for p in problems {
        let (f, why) = p.split_once(": ").unwrap_or((&p, ""));
        sum.failed.push((f.to_string(), why.to_string()));
    }
    // Quick pass, on every core: stat only; files whose size and mtime match need
    // nothing.
    let keyed: Vec<(String, bool, u64)> = files
        .par_iter()
        .map(|f| {
            let key = f.display().to_string();
            let meta = std::fs::metadata(f);
            let size = meta.as_ref().map_or(0, |m| m.len());
            let same = match (store.map.get(&key), meta) {
                (Some(o), Ok(m)) => o.size == m.len() && o.mtime == mtime_of(&m),
                _ => false,
            };
            (key, same, size)
        })
        .collect();
    let mut todo: Vec<PathBuf> = Vec::new();
    let mut todo_bytes: Vec<u64> = Vec::new();
    // (the walk's list is consumed: a million paths held twice cost 70 MB)
    for (f, (_, same, size)) in files.into_iter().zip(&keyed) {
        if *same {
            sum.unchanged += 1;
        } else {
            todo.push(f);
            todo_bytes.push(*size);
        }
    }
    let current: rustc_hash::FxHashSet<&str> = keyed.iter().map(|(k, _, _)| k.as_str()).collect();
    let mut removed: Vec<String> = store
        .map
        .keys()
        .filter(|k| !current.contains(k.as_str()))
        .cloned()
        .collect();
    removed.sort();
    let total = todo.len();
    progress(Progress { done: 0, total });
    if todo.is_empty() && removed.is_empty() {
        sum.seconds = t0.elapsed().as_secs_f64();
        sum.searchable_seconds = sum.seconds;
        return Ok(sum);
    }

    // a small update gets a small heap: the memory a writer takes is zeroed up front
    let heap = opts
        .writer_heap
        .min(20_000_000 + total.saturating_mul(200_000));
    let mut aw = Writer::new(
        ci.articles
            .writer_with_num_threads(1, heap)
            .map_err(|e| lock_message(ci, e))?,
        MAX_QUEUED_ARTICLES,
        ci.af.path,
    );
    let mut qw = Writer::new(
        ci.quotes
            .writer_with_num_threads(1, (heap / 2).max(20_000_000))
            .map_err(|e| lock_message(ci, e))?,
        MAX_QUEUED_QUOTES,
        ci.qf.path,
    );
    // a run killed in the middle of a commit leaves files no commit refers to (a
    // deletes file named after an opstamp this run will reach again, among others):
    // clear them before writing anything
    aw.garbage_collect_files()
        .wait()
        .context("cannot clean the articles index")?;
    qw.garbage_collect_files()
        .wait()
        .context("cannot clean the quotes index")?;
    // no background merges: one explicit merge at the end (below) when segments pile up
    aw.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    qw.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    let af_path = ci.af.path;
    let qf_path = ci.qf.path;

    // changes to the manifest, saved with each commit
    let mut pending: Vec<(String, Option<FileEntry>)> = Vec::new();
    for r in removed {
        aw.delete_term(Term::from_field_text(af_path, &r));
        qw.delete_term(Term::from_field_text(qf_path, &r));
        pending.push((r, None));
        sum.removed += 1;
    }

    // the committed state, as the writers (holding the lock now) see it
    ci.areader.reload()?;
    ci.qreader.reload()?;
    let (asearcher, qsearcher) = (ci.areader.searcher(), ci.qreader.searcher());
    let mut since_commit = 0usize;
    let mut done = 0usize;
    let commit = |aw: &mut Writer,
                  qw: &mut Writer,
                  store: &mut ManifestStore,
                  pending: &mut Vec<(String, Option<FileEntry>)>|
     -> Result<()> {
        qw.commit().context("cannot commit the quotes index")?;
        aw.commit().context("cannot commit the articles index")?;
        store.save(std::mem::take(pending))
    };

    // Annotation of the next chunk (on every core) overlaps with writing this one (the
    // writers' own threads): the two alternating left a quarter of the CPU idle.
    let chunks = chunks(&todo_bytes, CHUNK_FILES, CHUNK_BYTES);
    let olds: Vec<Option<FileEntry>> = todo
        .iter()
        .map(|p| store.map.get(&p.display().to_string()).cloned())
        .collect();
    std::thread::scope(|scope| -> Result<()> {
        // one chunk waits while one is written: memory stays at a few chunks
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Work>>(1);
        let (todo, olds, ingest) = (&todo, &olds, &opts.ingest);
        scope.spawn(move || {
            for r in chunks {
                let works: Vec<Work> = todo[r.clone()]
                    .par_iter()
                    .zip(&olds[r])
                    .map(|(p, o)| prepare(p, o.as_ref(), ingest))
                    .collect();
                // the receiver is gone when writing failed: stop
                if tx.send(works).is_err() {
                    break;
                }
            }
        });
        for works in rx {
            for w in works {
                match w {
                    Work::Unchanged { path, entry } => {
                        sum.unchanged += 1;
                        pending.push((path, Some(entry)));
                    }
                    Work::Failed { path, why, gone } => {
                        if gone && store.map.contains_key(&path) {
                            aw.delete_term(Term::from_field_text(af_path, &path));
                            qw.delete_term(Term::from_field_text(qf_path, &path));
                            pending.push((path.clone(), None));
                            sum.removed += 1;
                        }
                        sum.failed.push((path, why));
                    }
                    Work::Indexed {
                        path,
                        entry,
                        arts,
                        anns,
                        notes,
                    } => {
                        // delete what the committed index holds of this file: its old
                        // version, or what a run killed between the two commits left
                        // behind (a queued delete costs memory and time until the commit,
                        // so new files get none)
                        if has_docs(&asearcher, af_path, &path) {
                            aw.delete_term(Term::from_field_text(af_path, &path));
                        }
                        if has_docs(&qsearcher, qf_path, &path) {
                            qw.delete_term(Term::from_field_text(qf_path, &path));
                        }
                        if store.map.contains_key(&path) {
                            sum.updated += 1;
                        } else {
                            sum.added += 1;
                        }
                        for (i, (a, ann)) in arts.iter().zip(&anns).enumerate() {
                            sum.quotes_indexed +=
                                add_article(ci, &aw, &qw, &path, i, (a, ann), &entry.hash)?;
                            sum.articles_indexed += 1;
                            since_commit += 1;
                        }
                        sum.notes.extend(notes);
                        pending.push((path, Some(entry)));
                    }
                }
                done += 1;
            }
            progress(Progress { done, total });
            if since_commit >= opts.commit_every {
                commit(&mut aw, &mut qw, &mut store, &mut pending)?;
                since_commit = 0;
            }
        }
        Ok(())
    })?;
    commit(&mut aw, &mut qw, &mut store, &mut pending)?;
    // keep segments few (searching visits each) without rewriting big ones for a
    // few new articles; one group at a time, so that a merge only maps its own segments
    let plans = [&ci.articles, &ci.quotes].map(|index| -> Result<_> {
        let metas = index.searchable_segment_metas()?;
        let sizes: Vec<u32> = metas.iter().map(|m| m.num_docs()).collect();
        let groups: Vec<Vec<tantivy::index::SegmentId>> = to_merge(&sizes)
            .into_iter()
            .map(|g| g.iter().map(|&i| metas[i].id()).collect())
            .collect();
        Ok(groups)
    });
    let [aplan, qplan] = plans;
    let (aplan, qplan) = (aplan?, qplan?);
    // an update's merge of a few small segments: searchable first, tidied up after. A
    // bulk load's regrouping waits: readers holding every old segment would keep the
    // pages each group's merge reads in memory to the end (the whole index)
    let bulk = aplan.len() > 1 || qplan.len() > 1;
    if !bulk {
        ci.reload()?;
        sum.searchable_seconds = t0.elapsed().as_secs_f64();
    }
    for (w, groups) in [(&mut aw.w, aplan), (&mut qw.w, qplan)] {
        for ids in groups {
            w.merge(&ids)
                .wait()
                .context("cannot merge index segments")?;
        }
    }
    aw.w.wait_merging_threads()?;
    qw.w.wait_merging_threads()?;
    ci.reload()?;
    sum.seconds = t0.elapsed().as_secs_f64();
    if bulk {
        sum.searchable_seconds = sum.seconds;
    }
    Ok(sum)
}

/// Whether any segment of `searcher` (deleted documents included) has a document whose
/// `field` is `path`; true when that cannot be read, so that a delete is never skipped
/// by mistake.
fn has_docs(searcher: &tantivy::Searcher, field: tantivy::schema::Field, path: &str) -> bool {
    let t = Term::from_field_text(field, path);
    searcher.segment_readers().iter().any(|r| {
        r.inverted_index(field)
            .and_then(|ii| Ok(ii.doc_freq(&t)?))
            .map_or(true, |n| n > 0)
    })
}

/// Most files annotated as one chunk.
const CHUNK_FILES: usize = 512;
/// Most bytes of input annotated as one chunk (about 300 articles of the usual size):
/// a chunk of files that each hold many articles (JSONL dumps) stays as small in memory
/// as any other.
const CHUNK_BYTES: u64 = 1 << 20;

/// Consecutive ranges of files, each of at most `max_files` files and `max_bytes`
/// bytes (or a single larger file).
fn chunks(bytes: &[u64], max_files: usize, max_bytes: u64) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut sum) = (0, 0u64);
    for (i, &b) in bytes.iter().enumerate() {
        if i > start && (i - start >= max_files || sum + b > max_bytes) {
            out.push(start..i);
            (start, sum) = (i, 0);
        }
        sum += b;
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

/// Which segments to merge, in groups, by their document counts: nothing up to 8
/// segments; over that, the smallest ones (each under a quarter of the largest, together
/// at most half of it) when there are two or more — an update adds small segments, and
/// merging them costs little; each merge folds every small segment that fits, so that
/// updates leave at most one behind, and its result soon outgrows "small", so that no
/// segment is rewritten again and again (at 1,000,000 articles, merging every segment
/// under a quarter of the largest, at any total, once took 100 s after adding 100
/// articles); over 16 (a bulk load
/// cut into many similar segments, or many updates), all of them, in about 8 groups of
/// neighbours by size, so that searching still has segments to share among threads and a
/// merge never holds the whole index in memory.
pub fn to_merge(docs: &[u32]) -> Vec<Vec<usize>> {
    if docs.len() <= 8 {
        return Vec::new();
    }
    let max = docs.iter().copied().max().unwrap_or(0);
    let mut small: Vec<usize> = (0..docs.len()).filter(|&i| docs[i] < max / 4).collect();
    small.sort_by_key(|&i| (docs[i], i));
    let mut total = 0u64;
    small.retain(|&i| {
        total += docs[i] as u64;
        total <= (max / 2).max(1) as u64
    });
    small.sort_unstable();
    if small.len() >= 2 {
        vec![small]
    } else if docs.len() > 16 {
        let mut order: Vec<usize> = (0..docs.len()).collect();
        order.sort_by_key(|&i| (docs[i], i));
        let per = docs.len().div_ceil(8);
        order
            .chunks(per)
            .filter(|g| g.len() >= 2)
            .map(|g| {
                let mut g = g.to_vec();
                g.sort_unstable();
                g
            })
            .collect()
    } else {
        Vec::new()
    }
}

/// Longest title the index keeps.
const MAX_TITLE_BYTES: usize = 2048;

/// `s` cut to at most `max` bytes on a character boundary.
fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_log_holds_changes_until_the_map_is_rewritten() {
        let dir = std::env::temp_dir().join(format!("saywho-manifest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let entry = |n: u64| FileEntry {
            hash: format!("{n:016x}"),
            size: n,
            mtime: n as i64 * 7,
            articles: 1,
        };
        let mut st = ManifestStore::load(&dir);
        assert!(st.map.is_empty());
        st.log_min = 2_000;
        st.save((0..10).map(|n| (format!("f{n}"), Some(entry(n)))).collect())
            .unwrap();
        // small changes go to the log only
        assert!(!manifest_path(&dir).exists());
        assert!(manifest_log_path(&dir).exists());
        st.save(vec![("f3".into(), None), ("f4".into(), Some(entry(44)))])
            .unwrap();
        let want = st.map.clone();
        assert_eq!(want.len(), 9);
        assert_eq!(ManifestStore::load(&dir).map, want);
        // a run killed while appending leaves a torn line: skipped, and what comes
        // after it still reads
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(manifest_log_path(&dir))
            .unwrap();
        std::io::Write::write_all(&mut f, b"[\"f5\",{\"hash\":\"ab").unwrap();
        drop(f);
        let mut st = ManifestStore::load(&dir);
        st.log_min = 2_000;
        assert_eq!(st.map, want);
        st.save(vec![("f6".into(), None)]).unwrap();
        let mut want = want;
        want.remove("f6");
        assert_eq!(ManifestStore::load(&dir).map, want);
        // past its bound the log is folded into the map and emptied
        let mut st = ManifestStore::load(&dir);
        st.log_min = 2_000;
        st.save(
            (100..140)
                .map(|n| (format!("g{n}"), Some(entry(n))))
                .collect(),
        )
        .unwrap();
        assert!(manifest_path(&dir).exists());
        assert!(!manifest_log_path(&dir).exists());
        for n in 100..140 {
            want.insert(format!("g{n}"), entry(n));
        }
        assert_eq!(ManifestStore::load(&dir).map, want);
        // and changes after that go to a new log
        st.save(vec![("g100".into(), None)]).unwrap();
        assert!(manifest_log_path(&dir).exists());
        want.remove("g100");
        assert_eq!(ManifestStore::load(&dir).map, want);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn merges_small_segments_and_leaves_big_ones() {
        assert!(to_merge(&[100; 8]).is_empty());
        // eight big segments and one new small one: nothing to rewrite yet
        let mut v = vec![25_000; 8];
        v.push(100);
        assert!(to_merge(&v).is_empty());
        // a second small one: the two small ones merge
        v.push(80);
        assert_eq!(to_merge(&v), vec![vec![8, 9]]);
        // small ones up to half the largest together, the smallest first
        let v = [
            100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 20_000, 9_000, 100,
            3_000, 24_000,
        ];
        assert_eq!(to_merge(&v), vec![vec![7, 8, 9, 10]]);
        // three small ones that no two of fit an eighth of the largest: all merge
        let mut v = vec![23_800; 8];
        v.extend([2_339, 2_373, 3_127]);
        assert_eq!(to_merge(&v), vec![vec![8, 9, 10]]);
        // the merged one is no longer small: the next new segment waits for a second
        v.truncate(8);
        v.extend([7_839, 100]);
        assert!(to_merge(&v).is_empty());
        // the ones under a quarter that would make a big merge wait for their turn
        let v = [
            100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 24_000, 24_000, 24_000,
            100,
        ];
        assert_eq!(to_merge(&v), vec![vec![7, 8, 10]]);
        // many similar segments after a bulk load: all, in about eight groups
        let groups = to_merge(&[10_000; 17]);
        assert_eq!(groups.len(), 6);
        let mut all: Vec<usize> = groups.concat();
        all.sort_unstable();
        assert_eq!(all, (0..17).collect::<Vec<_>>());
        // neighbours by size go together
        let sizes = [
            9_000, 30_000, 10_000, 31_000, 9_500, 29_000, 10_500, 30_500, 9_800, 8_000, 32_000,
            10_200, 29_500, 31_500, 9_900, 30_200, 10_100, 28_000,
        ];
        for g in to_merge(&sizes) {
            let big = g.iter().filter(|&&i| sizes[i] > 20_000).count();
            assert!(big == 0 || big == g.len(), "{g:?} mixes sizes");
        }
        assert!(to_merge(&[10_000; 12]).is_empty());
    }

    #[test]
    fn queued_documents_are_counted_until_indexed() {
        let mut b = tantivy::schema::Schema::builder();
        let f = b.add_text_field("t", tantivy::schema::TEXT);
        let index = tantivy::Index::create_in_ram(b.build());
        let mut w = Writer::new(index.writer_with_num_threads(1, 15_000_000).unwrap(), 8, f);
        let held = Queued::new(TantivyDocument::new(), &w.queued);
        assert_eq!(w.queued.0.load(Ordering::Relaxed), 1);
        drop(held);
        for i in 0..100 {
            let mut d = TantivyDocument::new();
            d.add_text(f, format!("doc {i}"));
            w.add(d).unwrap();
            assert!(w.queued.0.load(Ordering::Relaxed) <= 8);
        }
        w.commit().unwrap();
        assert_eq!(w.queued.0.load(Ordering::Relaxed), 0);
        assert_eq!(index.reader().unwrap().searcher().num_docs(), 100);
    }

    /// A directory in memory that refuses every new file once `full` is set.
    #[derive(Clone, Debug)]
    struct FullDisk {
        ram: tantivy::directory::RamDirectory,
        full: Arc<std::sync::atomic::AtomicBool>,
    }

    impl tantivy::Directory for FullDisk {
        fn get_file_handle(
            &self,
            path: &Path,
        ) -> Result<Arc<dyn tantivy::directory::FileHandle>, tantivy::directory::error::OpenReadError>
        {
            self.ram.get_file_handle(path)
        }
        fn delete(&self, path: &Path) -> Result<(), tantivy::directory::error::DeleteError> {
            self.ram.delete(path)
        }
        fn exists(&self, path: &Path) -> Result<bool, tantivy::directory::error::OpenReadError> {
            self.ram.exists(path)
        }
        fn open_write(
            &self,
            path: &Path,
        ) -> Result<tantivy::directory::WritePtr, tantivy::directory::error::OpenWriteError>
        {
            if self.full.load(Ordering::Relaxed) {
                return Err(tantivy::directory::error::OpenWriteError::wrap_io_error(
                    std::io::Error::from(std::io::ErrorKind::StorageFull),
                    path.to_path_buf(),
                ));
            }
            self.ram.open_write(path)
        }
        fn atomic_read(
            &self,
            path: &Path,
        ) -> Result<Vec<u8>, tantivy::directory::error::OpenReadError> {
            self.ram.atomic_read(path)
        }
        fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
            self.ram.atomic_write(path, data)
        }
        fn sync_directory(&self) -> std::io::Result<()> {
            self.ram.sync_directory()
        }
        fn watch(
            &self,
            cb: tantivy::directory::WatchCallback,
        ) -> tantivy::Result<tantivy::directory::WatchHandle> {
            self.ram.watch(cb)
        }
    }

    #[test]
    fn a_writer_whose_thread_died_is_an_error_not_a_wait_forever() {
        let full = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let dir = FullDisk {
            ram: tantivy::directory::RamDirectory::create(),
            full: full.clone(),
        };
        let mut b = tantivy::schema::Schema::builder();
        let f = b.add_text_field("t", tantivy::schema::TEXT);
        let index =
            tantivy::Index::create(dir, b.build(), tantivy::IndexSettings::default()).unwrap();
        let w = Writer::new(index.writer_with_num_threads(1, 15_000_000).unwrap(), 8, f);
        // the disk fills: the writer's thread dies on the next segment it starts
        full.store(true, Ordering::Relaxed);
        let mut d = TantivyDocument::new();
        d.add_text(f, "first");
        w.add(d).unwrap();
        // documents stuck in a dead writer's queue never leave it: the backlog is full
        let _held: Vec<Queued> = (0..8)
            .map(|_| Queued::new(TantivyDocument::new(), &w.queued))
            .collect();
        let mut d = TantivyDocument::new();
        d.add_text(f, "second");
        let err = w.add(d).unwrap_err();
        assert!(format!("{err:#}").contains("index writer"), "{err:#}");
    }

    #[test]
    fn chunks_are_bounded_by_files_and_by_bytes() {
        assert!(chunks(&[], 4, 100).is_empty());
        // by count
        assert_eq!(chunks(&[1; 10], 4, 100), vec![0..4, 4..8, 8..10]);
        // by bytes: a run of big files makes short chunks; a file over the limit is
        // alone
        assert_eq!(
            chunks(&[10, 10, 60, 50, 500, 5, 5], 4, 100),
            vec![0..3, 3..4, 4..5, 5..7]
        );
        // every file once, in order
        let sizes: Vec<u64> = (0..1000).map(|i| (i * 37 % 101) as u64).collect();
        let all: Vec<usize> = chunks(&sizes, 16, 300).into_iter().flatten().collect();
        assert_eq!(all, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso_to_unix("1970-01-01T00:00:00"), Some(0));
        assert_eq!(iso_to_unix("2025-03-17T09:40:00"), Some(1742204400));
        assert_eq!(iso_to_unix("garbage"), None);
    }
}
