//! The terminal UI: `app` (state and keys), `ui` (drawing), and here the event loop,
//! the search worker and the background indexer.
//!
//! Threads: one reads terminal input, one answers searches (a newer query replaces any
//! older one still waiting), one keeps the index up to date (at start, then every few
//! seconds, so files dropped into the corpus folder appear). The UI thread only waits
//! for messages and draws when something changed: idle, it uses no CPU.

pub mod app;
pub mod ui;

use crate::cli::open_corpus;
use crate::index::build::{self, BuildOptions};
use crate::index::search::{Engine, SearchOptions};
use crate::index::{CorpusIndex, corpus_roots, index_dir};
use anyhow::Result;
use app::{App, Effect, Request, Response};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Answer one request against an index (used by the worker thread and by tests).
pub fn serve(ci: &CorpusIndex, req: &Request) -> Response {
    let e = Engine::new(ci);
    match req {
        Request::Search {
            seq,
            query,
            sort,
            limit,
        } => {
            match e.search(
                query,
                // the list shows articles only; in:quotes queries still search quotes
                SearchOptions {
                    limit: *limit,
                    sort: *sort,
                    quote_limit: 0,
                    ..Default::default()
                },
            ) {
                Ok(r) => Response::Results {
                    seq: *seq,
                    results: Box::new(r),
                },
                Err(err) => Response::Error(format!("search failed: {err:#}")),
            }
        }
        Request::Article { aid, quote } => match e.article(aid) {
            Ok(a) => Response::Article {
                aid: aid.clone(),
                article: a.map(Box::new),
                quote: *quote,
            },
            Err(err) => Response::Error(format!("cannot load {aid}: {err:#}")),
        },
        Request::SpeakerQuotes { speaker, query } => {
            let q = crate::index::query::parse(&format!("{query} "));
            match e.speaker_quotes(speaker, Some(&q)) {
                Ok(quotes) => Response::SpeakerQuotes {
                    speaker: speaker.clone(),
                    quotes,
                },
                Err(err) => Response::Error(format!("speaker quotes failed: {err:#}")),
            }
        }
        Request::Tally { query } => {
            let q = crate::index::query::parse(&format!("{query} "));
            match e.speaker_tally(Some(&q), 200) {
                Ok(speakers) => Response::Tally {
                    query: query.clone(),
                    speakers,
                },
                Err(err) => Response::Error(format!("speaker counts failed: {err:#}")),
            }
        }
    }
}

enum Msg {
    Input(Event),
    Resp(Response),
    Quit,
}

enum Work {
    Req(Request),
    Reload,
}

fn worker(ci: CorpusIndex, rx: Receiver<Work>, tx: Sender<Msg>) {
    while let Ok(first) = rx.recv() {
        // take everything queued; only the newest search is worth running
        let mut batch = vec![first];
        while let Ok(w) = rx.try_recv() {
            batch.push(w);
        }
        let last_search = batch
            .iter()
            .rposition(|w| matches!(w, Work::Req(Request::Search { .. })));
        for (i, w) in batch.into_iter().enumerate() {
            match w {
                Work::Reload => {
                    let _ = ci.reload();
                }
                Work::Req(r) => {
                    if matches!(r, Request::Search { .. }) && Some(i) != last_search {
                        continue;
                    }
                    if tx.send(Msg::Resp(serve(&ci, &r))).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

/// Watch the corpus roots for files created, changed or removed; each event sends a
/// unit on `tx`. None when the platform refuses (e.g. no inotify watches left): the
/// indexer then rescans on a timer.
fn watch(roots: &[PathBuf], tx: Sender<()>) -> Option<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let mut w = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && !matches!(ev.kind, EventKind::Access(_))
        {
            let _ = tx.send(());
        }
    })
    .ok()?;
    for r in roots {
        let mode = if r.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        w.watch(r, mode).ok()?;
    }
    Some(w)
}

/// Keep the index in step with the corpus: index at start, then again whenever the
/// watcher reports a change (after 300 ms of quiet) or, as a safety net, every minute
/// (every 5 s without a watcher; never more often than four times the last scan took).
/// Between scans, commits made by another process (`saywho index` elsewhere) are
/// picked up by checking the index's commit stamp every second.
fn indexer(
    dir: PathBuf,
    roots: Vec<PathBuf>,
    opts: BuildOptions,
    tx: Sender<Msg>,
    work: Sender<Work>,
) {
    use std::sync::mpsc::RecvTimeoutError;
    use std::time::{Duration, Instant};
    let ci = match CorpusIndex::open(&dir) {
        Ok(c) => c,
        Err(e) => {
            let _ = tx.send(Msg::Resp(Response::Error(format!("index: {e:#}"))));
            return;
        }
    };
    let (etx, erx) = channel::<()>();
    let watcher = watch(&roots, etx);
    let every = if watcher.is_some() {
        Duration::from_secs(60)
    } else {
        Duration::from_secs(5)
    };
    let mut first = true;
    let mut last_stamp = None;
    let mut next_scan = Instant::now();
    loop {
        let scan = Instant::now() >= next_scan;
        let started = Instant::now();
        let result = if scan {
            let txp = tx.clone();
            let mut progress = |p: build::Progress| {
                if p.total > 0 {
                    let _ = txp.send(Msg::Resp(Response::Progress {
                        done: p.done,
                        total: p.total,
                    }));
                }
            };
            Some(build::update(&ci, &roots, &opts, &mut progress))
        } else {
            None
        };
        // what is committed on disk now: ours, or another indexer's (`saywho index`
        // running elsewhere holds the lock, and its commits must show here too)
        let stamp = ci.articles.load_metas().map(|m| m.opstamp).ok();
        let foreign = stamp != last_stamp;
        last_stamp = stamp;
        let (changed, mut msg) = match &result {
            Some(Ok(s)) => {
                let changed = s.added + s.updated + s.removed > 0;
                let mut msg = String::new();
                if changed {
                    msg = format!(
                        "indexed: {} added, {} updated, {} removed",
                        s.added, s.updated, s.removed
                    );
                }
                if !s.failed.is_empty() {
                    msg.push_str(&format!(
                        " · {} files failed (see `saywho index`)",
                        s.failed.len()
                    ));
                }
                (changed, msg)
            }
            Some(Err(e)) => (false, format!("{e:#}")),
            None => (false, String::new()),
        };
        if changed || first || foreign {
            let _ = ci.reload();
            let _ = work.send(Work::Reload);
            if msg.is_empty() && !first && foreign {
                msg = "new articles indexed by another saywho process".into();
            }
            let _ = tx.send(Msg::Resp(Response::Indexed {
                articles: ci.num_articles(),
                quotes: ci.num_quotes(),
                message: msg,
            }));
        } else if matches!(result, Some(Err(_))) {
            let _ = tx.send(Msg::Resp(Response::Error(msg)));
        }
        if scan {
            next_scan = Instant::now() + every.max(started.elapsed() * 4);
        }
        first = false;
        let wait = next_scan
            .saturating_duration_since(Instant::now())
            .min(Duration::from_secs(1));
        match erx.recv_timeout(wait) {
            Ok(()) => {
                // a change: let a burst of writes settle, then scan
                while erx.recv_timeout(Duration::from_millis(300)).is_ok() {}
                next_scan = Instant::now();
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(wait),
        }
    }
}

fn today() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    crate::index::search::iso_of(now)
        .and_then(|s| s.get(..10).map(str::to_string))
        .unwrap_or_default()
}

/// Only `http(s)` URLs without spaces or control characters, and files that exist.
fn open_allowed(target: &str) -> bool {
    let url = (target.starts_with("http://") || target.starts_with("https://"))
        && !target.chars().any(|c| c.is_whitespace() || c.is_control());
    url || !target.contains("://") && Path::new(target).is_file()
}

fn open_external(target: &str) -> Result<(), String> {
    if !open_allowed(target) {
        return Err(format!(
            "not opening {target:?}: only http(s) URLs and existing files"
        ));
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    // one argument, no shell
    std::process::Command::new(opener)
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("cannot run {opener}: {e}"))
}

/// Options of the TUI from the config file.
#[derive(Debug, Clone)]
pub struct TuiOptions {
    pub export_path: String,
    pub mouse: bool,
    pub keys: std::collections::BTreeMap<String, String>,
    pub palette: Vec<String>,
    pub match_color: String,
}

/// Run the app on a corpus (the bundled sample when `paths` is empty).
pub fn run(
    paths: &[PathBuf],
    data: Option<&Path>,
    build_opts: BuildOptions,
    opts: TuiOptions,
) -> Result<()> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "the interface needs a terminal; for scripts use `saywho search`, `quotes`, `actors` or `annotate` (see --help)"
        );
    }
    // open (and create) the index before touching the terminal, so errors print plainly
    let (corpus, _) = open_corpus(paths, data, &build_opts, false, true)?;
    let roots = corpus_roots(&corpus.roots);
    let dir = index_dir(&corpus.data_dir, &roots);
    let ci = corpus.index;
    let mut app = App::new(&opts.export_path, &today());
    app.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let (remap, mut problems) = app::keymap_from(&opts.keys);
    problems.extend(ui::set_colors(&opts.palette, &opts.match_color));
    app.remap = remap;
    if !problems.is_empty() {
        app.status = problems.join("; ");
    }
    app.corpus_articles = ci.num_articles();
    app.corpus_quotes = ci.num_quotes();

    let (tx, rx) = channel::<Msg>();
    let (wtx, wrx) = channel::<Work>();
    {
        let tx = tx.clone();
        std::thread::spawn(move || worker(ci, wrx, tx));
    }
    {
        let tx = tx.clone();
        let wtx = wtx.clone();
        std::thread::spawn(move || indexer(dir, roots, build_opts, tx, wtx));
    }
    {
        let tx = tx.clone();
        std::thread::spawn(move || {
            while let Ok(ev) = event::read() {
                if tx.send(Msg::Input(ev)).is_err() {
                    break;
                }
            }
        });
    }
    {
        // SIGTERM / SIGHUP: leave like `q`, restoring the terminal
        let tx = tx.clone();
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
        ]) {
            std::thread::spawn(move || {
                if signals.forever().next().is_some() {
                    let _ = tx.send(Msg::Quit);
                }
            });
        }
    }

    let mut terminal = ratatui::try_init()?;
    if opts.mouse {
        let _ = ratatui::crossterm::execute!(
            std::io::stdout(),
            ratatui::crossterm::event::EnableMouseCapture
        );
    }
    let result = (|| -> Result<()> {
        loop {
            for r in app.take_requests() {
                let _ = wtx.send(Work::Req(r));
            }
            if app.dirty {
                terminal.draw(|f| ui::draw(f, &mut app))?;
                app.dirty = false;
            }
            let Ok(first) = rx.recv() else { break };
            let mut msgs = vec![first];
            while let Ok(m) = rx.try_recv() {
                msgs.push(m);
            }
            for m in msgs {
                match m {
                    Msg::Quit => app.quit = true,
                    Msg::Resp(r) => app.on_response(r),
                    Msg::Input(Event::Key(k)) if k.kind != KeyEventKind::Release => {
                        match app.on_key(k) {
                            Some(Effect::Copy(text)) => {
                                use std::io::Write;
                                let mut out = std::io::stdout();
                                let _ = out.write_all(crate::export::osc52(&text).as_bytes());
                                let _ = out.flush();
                            }
                            Some(Effect::Open(t)) => {
                                app.status = match open_external(&t) {
                                    Ok(()) => format!("opened {t}"),
                                    Err(e) => e,
                                };
                            }
                            None => {}
                        }
                    }
                    Msg::Input(Event::Mouse(m)) => app.on_mouse(m),
                    Msg::Input(Event::Resize(..)) => app.dirty = true,
                    Msg::Input(_) => {}
                }
            }
            if app.quit {
                break;
            }
        }
        Ok(())
    })();
    if opts.mouse {
        let _ = ratatui::crossterm::execute!(
            std::io::stdout(),
            ratatui::crossterm::event::DisableMouseCapture
        );
    }
    ratatui::restore();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_and_existing_files_are_opened() {
        assert!(open_allowed("https://example.org/a?b=c"));
        assert!(open_allowed("http://example.org"));
        assert!(open_allowed(file!()) || !Path::new(file!()).exists());
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.org/x",
            "https://example.org/a b",
            "https://example.org/\u{1b}]52;c;x\u{7}",
            "; rm -rf ~",
            "$(reboot)",
            "/nonexistent/article.txt",
            "",
        ] {
            assert!(!open_allowed(bad), "{bad:?}");
            assert!(open_external(bad).unwrap_err().contains("not opening"));
        }
    }
}
