//! Property tests: the annotator never panics and always honours the contract on
//! arbitrary and adversarial text.

use proptest::prelude::*;
use saywho::annotate::annotate;
use saywho::model::{Article, char_slice};

fn article(title: &str, body: &str) -> Article {
    let (paragraphs, captions) = saywho::ingest::text::parse_body(body);
    Article {
        title: saywho::ingest::normalize(title),
        paragraphs,
        captions,
        ..Default::default()
    }
}

fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " said ",
        " told ",
        "Varga",
        "Anna Varga",
        " he ",
        "She",
        " that ",
        ", ",
        ". ",
        "\n\n",
        ":",
        "(RDF)",
        "according to ",
        "the minister",
        "Ruritania's",
        "al-Noor",
        "Q: ",
        "A: ",
        "ROE: ",
        " the ",
        "report",
        "ß",
        "ğ",
        "👍",
        "漢字",
        "\u{202e}",
        "\u{1b}[31m",
        " was ",
        "warned of a ",
        "We will",
        "s' ",
        "’90s",
        "[the incident]",
        ",",
        " adding ",
        " saying ",
        ", who ",
        " and ",
        " though he ",
        "Inspector-General of Police Tan Sri Razak ",
        " known as ",
        " in a statement ",
        "SSP South ",
        "A MAN ",
        " police ",
        " spokeswoman ",
    ]);
    prop::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

fn check(title: &str, body: &str) {
    let a = annotate(&article(title, body));
    let b = annotate(&article(title, body));
    assert_eq!(a, b, "not deterministic");
    // (a rule that panics is caught and leaves the article unannotated: still a bug)
    assert!(
        !a.warnings.iter().any(|w| w.contains("internal error")),
        "a rule failed on {title:?} / {body:?}"
    );
    for q in &a.quotes {
        let host = a.quote_host(q).expect("host");
        assert_eq!(char_slice(host, q.start, q.end), Some(q.text.as_str()));
        if let Some(id) = q.speaker.as_ref().and_then(|s| s.actor.as_ref()) {
            assert!(a.actor(id).is_some());
        }
    }
    for act in &a.actors {
        for m in &act.mentions {
            assert!(char_slice(&a.text, m[0], m[1]).is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text(title in ".{0,40}", body in ".{0,400}") {
        check(&title, &body);
    }

    #[test]
    fn quote_heavy_text(title in newsy(), body in newsy()) {
        check(&title, &body);
    }
}

#[test]
fn pathological_inputs() {
    check("", &"\"".repeat(100_000));
    check("'", &"'a ".repeat(20_000));
    check("«", &"« « « » » ".repeat(5_000));
    check("x", &("\"unclosed quote that never ends ".repeat(2000)));
}
