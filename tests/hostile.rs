//! Hostile and broken input: huge files and lines, symlink loops, names that are not
//! UTF-8. Big inputs are generated here, at test time.

use saywho::annotate::annotate;
use saywho::ingest::{IngestOptions, read_bytes, read_file, walk};
use std::path::Path;

mod common;
use common::tmp;

#[test]
fn a_ten_megabyte_line_is_annotated_in_linear_time() {
    // one paragraph, no line breaks, quotes and names all through it
    let words = [
        "the",
        "minister",
        "said",
        "Varga",
        "talks",
        "\"we will not wait,\"",
        "Anna",
        "Lund",
        "of",
        "Council",
        "Karsk",
        "report",
        "according",
        "to",
        "«non»",
        "'a'",
    ];
    let mut s = String::from("Title\n\n");
    let mut x: u64 = 7;
    while s.len() < 10 * 1024 * 1024 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(words[(x % words.len() as u64) as usize]);
        s.push(' ');
    }
    let t = std::time::Instant::now();
    let r = read_bytes(
        "big.txt",
        Path::new("big.txt"),
        s.as_bytes(),
        &IngestOptions::default(),
    );
    let a = annotate(&r.articles[0]);
    let secs = t.elapsed().as_secs_f64();
    assert!(!a.quotes.is_empty());
    for q in a.quotes.iter().step_by(97) {
        assert_eq!(
            saywho::model::char_slice(&a.text, q.start, q.end),
            Some(q.text.as_str())
        );
    }
    // generous: linear work is a few seconds; quadratic work would be many minutes
    assert!(secs < 120.0, "took {secs:.1}s");
}

#[test]
fn oversized_files_are_skipped_with_a_message() {
    let d = tmp("big");
    let f = std::fs::File::create(d.join("huge.txt")).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let r = read_file(&d.join("huge.txt"), &IngestOptions::default());
    assert!(r.articles.is_empty());
    assert!(
        r.problems[0].contains("over the size limit"),
        "{:?}",
        r.problems
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_non_utf8_names_do_not_stop_a_walk() {
    use std::os::unix::ffi::OsStrExt;
    let d = tmp("links");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("sub/loop")).unwrap();
    std::fs::write(d.join("sub/a.txt"), "Title\n\n\"Yes,\" she said.\n").unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9-\xff.txt");
    std::fs::write(
        d.join(odd),
        "Odd name\n\nThe mayor said the bridge was open.\n",
    )
    .unwrap();
    let (files, problems) = walk(std::slice::from_ref(&d));
    assert_eq!(files.len(), 2, "{files:?} {problems:?}");
    assert!(
        problems.iter().any(|p| p.to_lowercase().contains("loop")),
        "{problems:?}"
    );
    for f in &files {
        let r = read_file(f, &IngestOptions::default());
        assert_eq!(r.articles.len(), 1, "{f:?}");
        let a = annotate(&r.articles[0]);
        // the JSON stays valid even for a name that is not UTF-8
        let j = saywho::output::to_json(&a, false);
        assert!(serde_json::from_str::<serde_json::Value>(&j).is_ok());
    }
}

#[test]
fn quotes_that_never_close_and_deep_nesting() {
    let mut s = String::from("Title\n\n");
    for _ in 0..2000 {
        s.push_str("“« ‘ \" „ ");
    }
    s.push_str("and then \"a quote that never closes");
    let r = read_bytes(
        "q.txt",
        Path::new("q.txt"),
        s.as_bytes(),
        &IngestOptions::default(),
    );
    let a = annotate(&r.articles[0]);
    for q in &a.quotes {
        assert_eq!(
            saywho::model::char_slice(&a.text, q.start, q.end),
            Some(q.text.as_str())
        );
    }
}

/// Found by the `ingest_html` fuzz target: a date-like word with a multi-byte character
/// where the day or the time should be cut a string inside a character.
#[test]
fn fuzz_regression_dates_with_multibyte_characters() {
    for date in [
        "2025-03-1é7T09:40",
        "2025-03-17T0€€",
        "2025-03-€",
        "2025-0€-17",
    ] {
        let html = format!(
            "<html><head><meta property=\"article:published_time\" content=\"{date}\">\
             <title>Dates</title></head><body><article><p>\"Fine,\" she said on {date}.</p>\
             </article></body></html>"
        );
        for name in ["d.html", "d.txt", "d.md"] {
            let r = read_bytes(
                name,
                Path::new(name),
                html.as_bytes(),
                &IngestOptions::default(),
            );
            for a in &r.articles {
                let _ = annotate(a);
            }
        }
    }
}

#[test]
fn deeply_nested_and_malformed_json() {
    let deep_array = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    let unclosed = "[".repeat(200_000);
    let nested_article = format!(
        "{{\"title\":\"T\",\"text\":\"Body said.\",\"extra\":{}0{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    for (name, text) in [
        ("deep.json", deep_array.as_str()),
        ("obj.json", deep_object.as_str()),
        ("unclosed.json", unclosed.as_str()),
        ("lines.jsonl", deep_array.as_str()),
        ("nested.json", nested_article.as_str()),
    ] {
        let r = read_bytes(
            name,
            Path::new(name),
            text.as_bytes(),
            &IngestOptions::default(),
        );
        // a clear message naming the file, never a panic or a stack overflow
        if r.articles.is_empty() {
            assert!(
                r.problems.iter().any(|p| p.starts_with(name)),
                "{name}: {:?}",
                r.problems
            );
        }
        for a in &r.articles {
            let _ = annotate(a);
        }
    }
}
