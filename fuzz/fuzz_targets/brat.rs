#![no_main]
//! Any text plus any standoff annotation (split at the first NUL byte): parse the brat
//! pair, normalise as pre-annotated input, check the contract.

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(|data: &str| {
    let (text, ann) = data
        .split_once('\0')
        .unwrap_or((data, "T1\tContent 0 1\tx"));
    let mut warnings = Vec::new();
    let labels = saywho::config::BratLabels::default();
    let art = saywho::brat::parse(text, ann, "fuzz.ann", &labels, &mut warnings);
    let a = saywho::annotate::annotate(&art);
    common::check(&a);
});
