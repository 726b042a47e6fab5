//! The `annotate --json` contract (README, "JSON output") holds on every sample article.

use saywho::annotate::annotate;
use saywho::ingest::{IngestOptions, read_file, walk};
use saywho::model::{Annotated, Part, QuoteKind, char_slice};
use std::path::PathBuf;

fn corpus() -> Vec<Annotated> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let (files, problems) = walk(&[root]);
    assert!(problems.is_empty(), "{problems:?}");
    let mut out = Vec::new();
    for f in files {
        let r = read_file(&f, &IngestOptions::default());
        assert!(r.problems.is_empty(), "{}: {:?}", f.display(), r.problems);
        for a in &r.articles {
            out.push(annotate(a));
        }
    }
    out
}

pub fn check(a: &Annotated) {
    let src = &a.source;
    for q in &a.quotes {
        let host = a
            .quote_host(q)
            .unwrap_or_else(|| panic!("{src}: quote without host {q:?}"));
        let got = char_slice(host, q.start, q.end);
        assert_eq!(got, Some(q.text.as_str()), "{src}: offsets of {q:?}");
        assert!(!q.text.is_empty(), "{src}: empty quote");
        assert!((0.0..=1.0).contains(&q.confidence));
        if let Some(sp) = &q.speaker {
            if let Some(id) = &sp.actor {
                assert!(a.actor(id).is_some(), "{src}: speaker {id} is not an actor");
            }
            if let (Some(s), Some(e)) = (sp.start, sp.end) {
                let host = if q.part == Part::Caption {
                    host
                } else {
                    &a.text
                };
                assert_eq!(
                    char_slice(host, s, e),
                    Some(sp.mention.as_str()),
                    "{src}: speaker mention {sp:?}"
                );
            }
        }
        if q.kind == QuoteKind::Scare {
            assert!(
                q.speaker.is_none(),
                "{src}: a scare quote has a speaker: {q:?}"
            );
        }
    }
    // no overlaps, except direct/partial inside indirect
    for (i, x) in a.quotes.iter().enumerate() {
        for y in a.quotes.iter().skip(i + 1) {
            if x.part != y.part || x.caption != y.caption {
                continue;
            }
            let overlap = x.start < y.end && y.start < x.end;
            if overlap {
                let nested = |o: &saywho::model::Quote, i: &saywho::model::Quote| {
                    o.kind == QuoteKind::Indirect
                        && i.kind != QuoteKind::Indirect
                        && o.start <= i.start
                        && i.end <= o.end
                };
                assert!(
                    nested(x, y) || nested(y, x),
                    "{src}: overlapping quotes {x:?} {y:?}"
                );
            }
        }
    }
    let mut ids = std::collections::HashSet::new();
    for act in &a.actors {
        assert!(
            ids.insert(act.id.clone()),
            "{src}: duplicate actor id {}",
            act.id
        );
        assert_eq!(
            act.id,
            saywho::annotate::actors::actor_id(&act.name),
            "{src}: id not derived from name"
        );
        for m in &act.mentions {
            assert!(
                char_slice(&a.text, m[0], m[1]).is_some(),
                "{src}: mention {m:?} out of range"
            );
        }
        let n = a
            .quotes
            .iter()
            .filter(|q| q.speaker.as_ref().and_then(|s| s.actor.as_ref()) == Some(&act.id))
            .count();
        assert_eq!(n, act.quote_count, "{src}: quote_count of {}", act.id);
    }
}

#[test]
fn every_sample_article_honours_the_contract() {
    let all = corpus();
    assert!(all.len() >= 40, "only {} articles", all.len());
    for a in &all {
        check(a);
        assert!(!a.title.is_empty(), "{}: no title", a.source);
        assert!(!a.text.is_empty(), "{}: no text", a.source);
    }
    let quotes: usize = all.iter().map(|a| a.quotes.len()).sum();
    assert!(quotes > 400, "only {quotes} quotes in the sample corpus");
}

#[test]
fn output_is_deterministic_and_round_trips_as_json() {
    let a = corpus();
    let b = corpus();
    for (x, y) in a.iter().zip(&b) {
        let jx = saywho::output::to_json(x, false);
        assert_eq!(jx, saywho::output::to_json(y, false));
        assert!(!jx.contains('\n'), "one object per line");
        let back: Annotated = serde_json::from_str(&jx).unwrap();
        assert_eq!(&back, x);
    }
}

#[test]
fn own_json_read_back_reproduces_the_annotation() {
    let dir = tempdir();
    let a = &corpus()[0];
    let p = dir.join("a.json");
    std::fs::write(&p, saywho::output::to_json(a, false)).unwrap();
    let r = read_file(&p, &IngestOptions::default());
    let again = annotate(&r.articles[0]);
    let mut expect = a.clone();
    expect.source = p.display().to_string();
    assert_eq!(again, expect);
}

#[test]
fn brat_written_then_read_back_keeps_quotes_and_speakers() {
    let dir = tempdir();
    let a = corpus()
        .into_iter()
        .find(|a| {
            a.quotes
                .iter()
                .any(|q| q.part == Part::Body && q.speaker.is_some())
        })
        .unwrap();
    let txt = saywho::brat::write_pair(&dir, &a, "x").unwrap();
    let again = annotate(&read_file(&txt, &IngestOptions::default()).articles[0]);
    check(&again);
    let body: Vec<_> = a.quotes.iter().filter(|q| q.part == Part::Body).collect();
    assert_eq!(again.quotes.len(), body.len());
    for (x, y) in body.iter().zip(&again.quotes) {
        assert_eq!(
            (x.start, x.end, &x.text, x.kind),
            (y.start, y.end, &y.text, y.kind)
        );
        assert_eq!(
            x.speaker.as_ref().map(|s| &s.mention),
            y.speaker.as_ref().map(|s| &s.mention)
        );
    }
    // a second write never overwrites the first
    let txt2 = saywho::brat::write_pair(&dir, &a, "x").unwrap();
    assert_ne!(txt, txt2);
}

fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "saywho-test-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}
