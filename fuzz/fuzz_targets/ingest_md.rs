#![no_main]
//! Any bytes as a .md file: ingest, annotate, check the contract.

use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(|data: &[u8]| common::ingest("fuzz.md", data));
