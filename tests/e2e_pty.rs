//! The real binary in a pseudo-terminal (pure Rust: portable-pty and a vt100 screen):
//! search as you type, open an article, jump to the same speaker's next quote in another
//! article, mark it, export it, quit.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod common;
use common::tmp;

struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
}

impl Term {
    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }
    fn send(&self, s: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(s.as_bytes()).unwrap();
        w.flush().unwrap();
        drop(w);
        std::thread::sleep(Duration::from_millis(60));
    }
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let t = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if t.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn articles_count(s: &str) -> Option<usize> {
    let i = s.find("Articles (")? + "Articles (".len();
    s[i..].split(')').next()?.parse().ok()
}

/// The reader's header line ("Reader — quote i/n · kind · Speaker").
fn reader_header(s: &str) -> String {
    s.lines()
        .find_map(|l| l.find("Reader — ").map(|i| l[i..].to_string()))
        .unwrap_or_default()
}

/// The first line inside the reader pane: the article title.
fn reader_title(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let Some(row) = lines.iter().position(|l| l.contains("Reader")) else {
        return String::new();
    };
    let col = lines[row].find("Reader").unwrap_or(0);
    lines
        .get(row + 1)
        .map(|l| {
            l.chars()
                .skip(l[..col.min(l.len())].chars().count())
                .take(60)
                .collect()
        })
        .unwrap_or_default()
}

/// `q`, then the process ends with success within ten seconds.
fn quit(t: &Term, child: &mut Box<dyn portable_pty::Child + Send + Sync>) {
    t.send("q");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The interface in a 150x40 pseudo-terminal that answers cursor queries.
fn spawn_tui(
    args: &[&std::ffi::OsStr],
    data: &std::path::Path,
) -> (Term, Box<dyn portable_pty::Child + Send + Sync>) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 150,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_saywho"));
    for a in args {
        cmd.arg(a);
    }
    cmd.env("SAYWHO_DATA_DIR", data);
    cmd.env("SAYWHO_CONFIG", "/nonexistent/config.toml");
    cmd.env("TERM", "xterm-256color");
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(40, 150, 0)));
    let writer: Arc<Mutex<Box<dyn Write + Send>>> =
        Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
    {
        let parser = parser.clone();
        let writer = writer.clone();
        let mut reader = pty.master.try_clone_reader().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                // answer a cursor position query, as a terminal would
                if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = writer.lock().unwrap().write_all(b"\x1b[1;1R");
                }
                parser.lock().unwrap().process(&buf[..n]);
            }
        });
    }
    (Term { parser, writer }, child)
}

#[test]
fn a_newcomer_session_in_a_real_terminal() {
    let base = tmp("pty-session");
    let export = base.join("quotes.md");
    let (t, mut child) = spawn_tui(
        &[concat!(env!("CARGO_MANIFEST_DIR"), "/assets/corpus").as_ref()],
        &base.join("data"),
    );

    // start: the corpus is indexed in the background and listed
    t.wait("the article list", |s| articles_count(s) == Some(44));
    // search as you type: the list changes with the keys
    t.send("/");
    for c in "varga".chars() {
        t.send(&c.to_string());
    }
    let s = t.wait("fewer articles", |s| {
        articles_count(s).is_some_and(|n| n < 44)
    });
    assert!(s.contains("varga"));
    // open the first article, find a quote by Anna Varga
    t.send("\r");
    t.send("\r");
    let mut s = t.screen();
    for _ in 0..40 {
        t.send("]");
        s = t.wait("a quote", |s| reader_header(s).contains("quote"));
        if reader_header(&s).contains("Anna Varga") {
            break;
        }
    }
    assert!(reader_header(&s).contains("Anna Varga"), "{s}");
    let first_title = reader_title(&s);
    // jump to her next quotes until another article opens
    let mut moved = false;
    for _ in 0..20 {
        t.send("}");
        std::thread::sleep(Duration::from_millis(150));
        let s = t.screen();
        assert!(reader_header(&s).contains("Anna Varga"), "{s}");
        if reader_title(&s) != first_title {
            moved = true;
            break;
        }
    }
    assert!(moved, "}} never reached another article");
    // mark and export
    t.send(" ");
    t.wait("the basket", |s| s.contains("basket 1"));
    t.send("e");
    t.wait("the export prompt", |s| s.contains("Export 1 passages"));
    t.send("\x15"); // Ctrl-u
    t.send(export.to_str().unwrap());
    t.send("\r");
    t.wait("the export", |s| s.contains("exported 1 passages"));
    let md = std::fs::read_to_string(&export).unwrap();
    assert!(md.contains("Anna Varga") && md.starts_with("> "), "{md}");
    // quit cleanly
    quit(&t, &mut child);
}

/// The number in the status bar's "N articles · M quotes".
fn status_articles(s: &str) -> Option<usize> {
    let last = s.lines().rev().find(|l| l.contains(" articles · "))?;
    last.split(" articles · ")
        .next()?
        .split_whitespace()
        .last()?
        .parse()
        .ok()
}

#[test]
fn an_open_interface_picks_up_what_another_indexer_commits() {
    let base = tmp("pty-other");
    let corpus = base.join("corpus");
    let data = base.join("data");
    let n = 6000;
    saywho::synth::write_corpus(&corpus, 31, 0, n).unwrap();
    // `saywho index` runs elsewhere, committing every 200 articles, and holds the lock
    let mut other = std::process::Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["index", "-q", "--commit-every", "200", "--data-dir"])
        .arg(&data)
        .arg(&corpus)
        .env("SAYWHO_CONFIG", "/nonexistent")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait for its first commit, then open the interface on the same corpus
    let roots = saywho::index::corpus_roots(std::slice::from_ref(&corpus));
    let dir = saywho::index::index_dir(&data, &roots);
    let t0 = Instant::now();
    while saywho::index::CorpusIndex::open(&dir).map_or(true, |c| c.num_articles() == 0) {
        assert!(t0.elapsed() < Duration::from_secs(30), "no first commit");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (t, mut child) = spawn_tui(&[corpus.as_os_str()], &data);
    let s = t.wait("the first articles", |s| {
        articles_count(s).is_some_and(|c| c > 0)
    });
    let first = articles_count(&s).unwrap();
    let status = other.wait().unwrap();
    assert!(status.success());
    // everything the other process indexed shows up, without a restart
    let s = t.wait("every article", |s| {
        articles_count(s).is_some_and(|c| c >= n) && status_articles(s).is_some_and(|c| c >= n)
    });
    assert!(first <= articles_count(&s).unwrap());
    quit(&t, &mut child);
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn an_article_dropped_into_the_folder_appears_at_once() {
    let base = tmp("pty-drop");
    let corpus = base.join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    for (i, name) in ["a.txt", "sub/b.txt"].iter().enumerate() {
        std::fs::write(
            corpus.join(name),
            format!("Story {i}\n\n\"It works,\" said Mayor Lena Brandt.\n"),
        )
        .unwrap();
    }
    let (t, mut child) = spawn_tui(&[corpus.as_os_str()], &base.join("data"));
    t.wait("two articles", |s| articles_count(s) == Some(2));
    // a new file in a subfolder: the watcher sees it (the safety-net rescan would take
    // a minute)
    let dropped = Instant::now();
    std::fs::write(
        corpus.join("sub/new.txt"),
        "Harbour reopens\n\n\"We are back,\" said Captain Ines Moreau.\n",
    )
    .unwrap();
    let s = t.wait("the dropped article", |s| articles_count(s) == Some(3));
    assert!(dropped.elapsed() < Duration::from_secs(15));
    assert!(s.contains("Harbour reopens"), "{s}");
    // and a removed one goes
    std::fs::remove_file(corpus.join("a.txt")).unwrap();
    t.wait("the removal", |s| articles_count(s) == Some(2));
    quit(&t, &mut child);
    let _ = std::fs::remove_dir_all(&base);
}
