//! What every fuzz target checks on an annotation: the rules of the JSON contract.

use saywho::model::{Annotated, char_slice};

pub fn check(a: &Annotated) {
    for q in &a.quotes {
        let host = a.quote_host(q).expect("a quote's host part exists");
        assert_eq!(
            char_slice(host, q.start, q.end),
            Some(q.text.as_str()),
            "quote offsets give its text"
        );
        if let Some(id) = q.speaker.as_ref().and_then(|s| s.actor.as_ref()) {
            assert!(a.actor(id).is_some(), "speaker {id} is an actor");
        }
    }
    for act in &a.actors {
        for m in &act.mentions {
            assert!(
                char_slice(&a.text, m[0], m[1]).is_some(),
                "mention inside the text"
            );
        }
    }
    // JSON output is valid and reads back
    let j = saywho::output::to_json(a, false);
    let v: serde_json::Value = serde_json::from_str(&j).expect("valid JSON");
    assert!(v.is_object());
}

// used by the ingest targets only
#[allow(dead_code)]
/// Read `data` as a file named `name`, annotate what it yields, check it.
pub fn ingest(name: &str, data: &[u8]) {
    let opts = saywho::ingest::IngestOptions::default();
    let r = saywho::ingest::read_bytes(name, std::path::Path::new(name), data, &opts);
    for art in &r.articles {
        check(&saywho::annotate::annotate(art));
    }
}
