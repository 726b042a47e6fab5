//! saywho: read a corpus of news articles annotated with who said what.
//!
//! Data flows one way: [`ingest`] (files -> clean [`model::Article`]) ->
//! [`annotate`] (article -> quotes, speakers, actors) -> output ([`output`], [`brat`],
//! [`eval`]). Types shared by all stages live in [`model`].

pub mod annotate;
pub mod brat;
pub mod cli;
pub mod config;
pub mod eval;
pub mod export;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod preannotated;
pub mod sample;
pub mod synth;
pub mod tui;
