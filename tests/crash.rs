//! Crash safety: an indexer killed at twenty moments (building and updating), a
//! full disk, files that vanish or shrink while they are being indexed, and files
//! that cannot be read.

use saywho::index::build::{BuildOptions, update};
use saywho::index::search::{Engine, SearchOptions};
use saywho::index::{CorpusIndex, corpus_roots, index_dir};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;

mod common;
use common::tmp;

fn open(corpus: &Path, data: &Path) -> CorpusIndex {
    let roots = corpus_roots(&[corpus.to_path_buf()]);
    let mut notes = Vec::new();
    CorpusIndex::open_or_create(&index_dir(data, &roots), &roots, &mut notes).unwrap()
}

fn index_cmd(corpus: &Path, data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_saywho"));
    c.args(["index", "-q", "--commit-every", "150", "--data-dir"])
        .arg(data)
        .arg(corpus)
        .env("SAYWHO_CONFIG", "/nonexistent");
    c
}

/// Run the indexer to its end; how long it took.
fn index_fully(corpus: &Path, data: &Path) -> Duration {
    let t = Instant::now();
    let out = index_cmd(corpus, data).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    t.elapsed()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), dst).unwrap();
        }
    }
}

/// The index opens, and every article it returns is whole: its text and its
/// annotation are stored together and agree (every quote's offsets give its text).
/// When `settled` (after a run that finished), the quotes index also holds exactly
/// each article's quotes: the two indexes commit one after the other, so a kill
/// between the two commits can leave the last batch's quotes ahead of its articles
/// until the next run, which re-indexes that batch.
fn assert_whole(corpus: &Path, data: &Path, moment: &str, settled: bool) -> u64 {
    let ci = open(corpus, data);
    let engine = Engine::new(&ci);
    let r = engine
        .search(
            "",
            SearchOptions {
                limit: 100_000,
                ..SearchOptions::default()
            },
        )
        .unwrap();
    assert_eq!(r.total as u64, ci.num_articles(), "{moment}");
    let qs = ci.qreader.searcher();
    for a in &r.articles {
        let art = engine.article(&a.aid).unwrap().unwrap();
        assert!(!art.text.is_empty(), "{moment}: {} has no text", a.aid);
        assert_eq!(art.quotes.len() as u64, a.quotes, "{moment}: {}", a.aid);
        for q in &art.quotes {
            let part = match q.part {
                saywho::model::Part::Body => art.text.as_str(),
                saywho::model::Part::Title => art.title.as_str(),
                saywho::model::Part::Caption => art.captions[q.caption.unwrap()].as_str(),
            };
            assert_eq!(
                saywho::model::char_slice(part, q.start, q.end),
                Some(q.text.as_str()),
                "{moment}: {}",
                a.aid
            );
        }
        if !settled {
            continue;
        }
        let q = TermQuery::new(
            tantivy::Term::from_field_text(ci.qf.aid, &a.aid),
            IndexRecordOption::Basic,
        );
        let n = qs.search(&q, &Count).unwrap() as u64;
        assert_eq!(
            n, a.quotes,
            "{moment}: quotes of {} in the quotes index",
            a.aid
        );
    }
    ci.num_articles()
}

fn counts(corpus: &Path, data: &Path) -> (u64, u64) {
    let ci = open(corpus, data);
    (ci.num_articles(), ci.num_quotes())
}

/// Start the indexer, kill it with SIGKILL after `after`, check the index, re-run it
/// to the end and compare with a clean index of the same corpus.
fn kill_and_check(corpus: &Path, data: &Path, after: Duration, want: (u64, u64), moment: &str) {
    let mut child = index_cmd(corpus, data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let finished_first = child.try_wait().unwrap().is_some();
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    let seen = assert_whole(corpus, data, moment, false);
    index_fully(corpus, data);
    assert_eq!(
        counts(corpus, data),
        want,
        "{moment}: killed with {seen} articles in the index (finished first: {finished_first})"
    );
    assert_whole(corpus, data, moment, true);
}

#[test]
fn twenty_kills_while_building_and_updating() {
    let corpus = tmp("kill-corpus");
    let n = 1500;
    saywho::synth::write_corpus(&corpus, 21, 0, n).unwrap();

    // ten kills while building from nothing, spread over a full run
    let clean = tmp("kill-clean");
    let full = index_fully(&corpus, &clean);
    let want = counts(&corpus, &clean);
    assert!(want.0 >= n as u64 && want.1 > 0);
    for i in 0..10u32 {
        let after = full.mul_f64((i as f64 + 0.5) / 10.0);
        let data = tmp(&format!("kill-build-{i}"));
        kill_and_check(
            &corpus,
            &data,
            after,
            want,
            &format!("build kill {i} at {after:?}"),
        );
        let _ = std::fs::remove_dir_all(&data);
    }

    // ten kills while updating: files changed, deleted and added since the last run
    let base = tmp("kill-base");
    copy_dir(&clean, &base);
    saywho::synth::write_corpus(&corpus, 22, 200, 400).unwrap(); // rewrite 400
    saywho::synth::write_corpus(&corpus, 23, n, 600).unwrap(); // add 600
    let mut deleted = 0;
    for e in std::fs::read_dir(corpus.join("d0001")).unwrap().take(150) {
        std::fs::remove_file(e.unwrap().path()).unwrap();
        deleted += 1;
    }
    assert_eq!(deleted, 150);
    let clean2 = tmp("kill-clean2");
    index_fully(&corpus, &clean2);
    let want2 = counts(&corpus, &clean2);
    let probe = tmp("kill-probe");
    copy_dir(&base, &probe);
    let full2 = index_fully(&corpus, &probe);
    assert_eq!(counts(&corpus, &probe), want2);
    for i in 0..10u32 {
        let after = full2.mul_f64((i as f64 + 0.5) / 10.0);
        let data = tmp(&format!("kill-update-{i}"));
        copy_dir(&base, &data);
        kill_and_check(
            &corpus,
            &data,
            after,
            want2,
            &format!("update kill {i} at {after:?}"),
        );
        let _ = std::fs::remove_dir_all(&data);
    }
    for d in [&corpus, &clean, &clean2, &base, &probe] {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn files_that_vanish_or_shrink_while_indexing() {
    let corpus = tmp("vanish");
    saywho::synth::write_corpus(&corpus, 5, 0, 300).unwrap();
    let data = tmp("vanish-data");
    let ci = open(&corpus, &data);
    let roots = corpus_roots(std::slice::from_ref(&corpus));
    let dir = corpus.join("d0000");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let (deleted, emptied, halved) = (names[0].clone(), names[1].clone(), names[2].clone());
    // the walk has listed every file; then, before any is read, one is deleted,
    // one emptied and one cut in half
    let mut struck = false;
    let s = update(&ci, &roots, &BuildOptions::default(), &mut |p| {
        if p.done == 0 && !struck {
            struck = true;
            std::fs::remove_file(&deleted).unwrap();
            std::fs::write(&emptied, "").unwrap();
            let t = std::fs::read(&halved).unwrap();
            std::fs::write(&halved, &t[..t.len() / 2]).unwrap();
        }
    })
    .unwrap();
    assert!(struck);
    let why = |f: &Path| {
        s.failed
            .iter()
            .find(|(p, _)| p == &f.display().to_string())
            .map(|(_, w)| w.clone())
    };
    assert!(
        why(&deleted)
            .unwrap()
            .contains("disappeared while indexing"),
        "{:?}",
        s.failed
    );
    assert!(why(&emptied).unwrap().contains("empty"), "{:?}", s.failed);
    assert!(
        why(&halved).is_none(),
        "a shortened file is still an article"
    );
    assert_eq!(s.failed.len(), 2, "{:?}", s.failed);
    // everything else went in, and a re-run has nothing to do
    let files = saywho::ingest::walk(&roots).0.len();
    assert_eq!(s.added, files - 1);
    let again = update(&ci, &roots, &BuildOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(again.added + again.updated + again.removed, 0, "{again:?}");
    // a file emptied after it was indexed takes its articles with it
    ci.reload().unwrap();
    let before = ci.num_articles();
    std::fs::write(&halved, "").unwrap();
    let s = update(&ci, &roots, &BuildOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(s.removed, 1, "{s:?}");
    ci.reload().unwrap();
    assert_eq!(ci.num_articles(), before - 1);
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_named_and_the_rest_is_indexed() {
    use std::os::unix::fs::PermissionsExt;
    let corpus = tmp("unreadable");
    saywho::synth::write_corpus(&corpus, 9, 0, 40).unwrap();
    let locked = corpus.join("locked.txt");
    std::fs::write(&locked, "Locked\n\n\"Hello,\" she said.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // a dangling link and a pipe: unreadable whoever runs the test
    std::os::unix::fs::symlink(corpus.join("nowhere.txt"), corpus.join("dangling.txt")).unwrap();
    let fifo = corpus.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let data = tmp("unreadable-data");
    let out = index_cmd(&corpus, &data).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    let root = std::fs::read(&locked).is_ok();
    if root {
        println!(
            "running as root: a mode-000 file is readable, so only the dangling link is checked"
        );
    } else {
        assert!(
            stderr.contains("locked.txt: cannot read: permission denied")
                || stderr.contains("locked.txt: cannot read: Permission denied"),
            "{stderr}"
        );
    }
    if made.is_ok_and(|s| s.success()) {
        // a named pipe is not a regular file: skipped, never read (reading would block)
        assert!(stderr.contains("pipe.txt"), "{stderr}");
    }
    let ci = open(&corpus, &data);
    assert!(ci.num_articles() >= 40, "{}", ci.num_articles());
}

/// Mount a small tmpfs (needs root); None with the reason otherwise.
fn small_tmpfs(dir: &Path, size: &str) -> Result<(), String> {
    let out = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .output()
        .map_err(|e| format!("cannot run mount: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

#[test]
fn a_full_disk_gives_a_clear_error_and_keeps_the_previous_index() {
    let data = tmp("fulldisk");
    if let Err(why) = small_tmpfs(&data, "3m") {
        println!("skipped: a full disk needs a small tmpfs, which could not be mounted ({why})");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(self.0).status();
        }
    }
    let _guard = Unmount(&data);
    let corpus = tmp("fulldisk-corpus");
    saywho::synth::write_corpus(&corpus, 3, 0, 60).unwrap();
    index_fully(&corpus, &data);
    let before = counts(&corpus, &data);
    assert!(before.0 >= 60);
    // far more than 3 MB of index
    saywho::synth::write_corpus(&corpus, 4, 60, 4000).unwrap();
    let out = index_cmd(&corpus, &data).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a full disk went unnoticed: {stderr}"
    );
    assert!(stderr.contains("disk"), "{stderr}");
    assert!(!stderr.contains("panicked at"), "{stderr}");
    // the index still opens, searches, and holds whole articles
    let seen = assert_whole(&corpus, &data, "after a full disk", false);
    assert!(seen >= before.0, "{seen} < {}", before.0);
    let _ = std::fs::remove_dir_all(&corpus);
}
