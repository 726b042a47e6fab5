//! Bad input never stops a run: each problem is one clear line naming the file.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_saywho"));
    c.env("SAYWHO_CONFIG", "/nonexistent/saywho-test-config.toml");
    c
}

mod common;

fn dir() -> PathBuf {
    common::tmp("bad")
}

#[test]
fn a_folder_of_broken_files_still_yields_the_good_ones() {
    let d = dir();
    std::fs::write(
        d.join("good.txt"),
        "Mayor opens bridge\n\n\"It is a great day,\" Mayor Lena Brandt said.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("latin1.txt"),
        b"Caf\xe9 owners protest\n\n\"We are angry,\" said Tom Ash.\n",
    )
    .unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("image.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    std::fs::write(d.join("dump.jsonl"), "{\"title\":\"A\",\"text\":\"\\\"Yes,\\\" she said.\"}\n{broken\n{\"title\":\"B\",\"text\":\"Body.\"}\n").unwrap();
    std::fs::write(d.join("bad.json"), "{\"title\": ").unwrap();
    std::fs::write(
        d.join("page.html"),
        "<html><script>alert(1)</script><!-- c --><p>&amp; no body tag &#x1b;[31m</p>",
    )
    .unwrap();
    std::fs::write(
        d.join("escapes.txt"),
        "Title \x1b]0;pwned\x07\n\n\"Hello \x1b[2J world,\" said Jane Roe.\x1b]52;c;ZXZpbA==\x07\n",
    )
    .unwrap();
    let out = bin().args(["annotate", "--json"]).arg(&d).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // good, latin1, 2 from dump.jsonl, page.html, escapes
    assert_eq!(lines.len(), 6, "{stdout}\n{stderr}");
    assert!(
        stderr.contains("empty.txt: skipped: the file is empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains("image.txt: skipped: a PNG image"),
        "{stderr}"
    );
    assert!(stderr.contains("dump.jsonl:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("bad.json:1: invalid JSON"), "{stderr}");
    assert!(
        stderr.contains("latin1.txt: invalid UTF-8 from byte 3"),
        "{stderr}"
    );
    let latin = lines
        .iter()
        .find(|l| l["source"].as_str().unwrap().ends_with("latin1.txt"))
        .unwrap();
    assert!(
        latin["warnings"][0]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8")
    );
    assert!(
        !stdout.contains('\u{1b}'),
        "escape bytes reached the output"
    );
    let esc = lines
        .iter()
        .find(|l| l["source"].as_str().unwrap().ends_with("escapes.txt"))
        .unwrap();
    assert!(!esc["text"].as_str().unwrap().contains('\u{7}'));
    // the human summary never prints control characters either
    let out = bin()
        .arg("annotate")
        .arg(d.join("escapes.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        !out.stdout.iter().any(|&b| b == 0x1b || b == 0x07),
        "{:?}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn nothing_readable_is_an_error_and_missing_paths_are_named() {
    let d = dir();
    std::fs::write(d.join("empty.txt"), "   ").unwrap();
    let out = bin()
        .args(["annotate", "--json"])
        .arg(d.join("empty.txt"))
        .arg(d.join("missing.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("missing.txt: no such file or directory"),
        "{stderr}"
    );
}

#[test]
fn invalid_config_is_named_and_defaults_are_used() {
    let d = dir();
    let cfg = d.join("c.toml");
    std::fs::write(&cfg, "[ingest]\nmax_file_bytes = 10\nnope = 1\n").unwrap();
    std::fs::write(d.join("a.txt"), "Title\n\nBody text of the article here.\n").unwrap();
    let out = bin()
        .env("SAYWHO_CONFIG", &cfg)
        .args(["annotate", "--json"])
        .arg(d.join("a.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("c.toml:3:") && stderr.contains("nope"),
        "{stderr}"
    );
    // a valid size limit skips big files with a message
    std::fs::write(&cfg, "[ingest]\nmax_file_bytes = 10\n").unwrap();
    let out = bin()
        .env("SAYWHO_CONFIG", &cfg)
        .args(["annotate", "--json"])
        .arg(d.join("a.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the size limit"));
}

#[test]
fn help_explains_the_commands() {
    let out = bin().arg("--help").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("annotate") && s.contains("eval"), "{s}");
    let out = bin().args(["annotate", "--help"]).output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("--json") && s.contains("--pretty") && s.contains("brat"),
        "{s}"
    );
}

#[test]
fn the_interface_without_a_terminal_says_so() {
    let out = bin()
        .env("SAYWHO_DATA_DIR", dir())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}
