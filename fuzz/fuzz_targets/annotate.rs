#![no_main]
//! Any text as an article body (first line the title): annotate, check the contract,
//! and check that a second run gives the same result.

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(|text: &str| {
    let (title, body) = text.split_once('\n').unwrap_or((text, ""));
    let (paragraphs, captions) = saywho::ingest::text::parse_body(body);
    let art = saywho::model::Article {
        title: saywho::ingest::normalize(title),
        paragraphs,
        captions,
        ..Default::default()
    };
    let a = saywho::annotate::annotate(&art);
    common::check(&a);
    assert_eq!(a, saywho::annotate::annotate(&art), "deterministic");
});
