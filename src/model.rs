//! Types shared by every stage: a cleaned [`Article`] from ingest, and the
//! [`Annotated`] article that the annotator (or a pre-annotated file) produces.
//!
//! The serialised form of [`Annotated`] is the contract of `saywho annotate --json`
//! (see the README): offsets are Unicode scalar (char) offsets into `text`, or into
//! `title` for quotes whose `in` is `title`, or into `captions[caption]` for quotes whose
//! `in` is `caption`.

use serde::{Deserialize, Serialize};

/// A cleaned article, before annotation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// The path as given on the command line (or walked to).
    pub source: String,
    pub title: String,
    pub byline: Option<String>,
    /// ISO 8601 (`2025-03-17T09:40:00`), when a date was found.
    pub published: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    /// Body paragraphs, cleaned (no captions, no navigation).
    pub paragraphs: Vec<String>,
    /// Photo captions, one copy each, credits removed.
    pub captions: Vec<String>,
    /// Problems met while reading this article.
    pub warnings: Vec<String>,
    /// Annotations that came with the article (brat `.ann`, saywho JSON); when present
    /// they are used instead of the rules.
    pub preannotated: Option<Box<Annotated>>,
}

impl Article {
    /// The body as the contract wants it: paragraphs separated by one blank line.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
    Scare,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Which part of the article a quote stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    #[default]
    Body,
    Title,
    Caption,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Body => "body",
            Part::Title => "title",
            Part::Caption => "caption",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Place,
    Other,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Id of an entry in `actors`, or `None` for an unresolved nominal.
    pub actor: Option<String>,
    pub name: String,
    /// The words in the text that named the speaker.
    pub mention: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    #[serde(rename = "in", default)]
    pub part: Part,
    /// For `in: caption`: index into `captions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<usize>,
    pub speaker: Option<Speaker>,
    pub cue: Option<String>,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub mentions: Vec<[usize; 2]>,
    #[serde(default)]
    pub quote_count: usize,
}

/// One annotated article: the JSON contract of `saywho annotate --json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotated {
    pub source: String,
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub text: String,
    #[serde(default)]
    pub captions: Vec<String>,
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub warnings: Vec<String>,
}

impl Annotated {
    /// The string a quote's offsets point into.
    pub fn quote_host(&self, q: &Quote) -> Option<&str> {
        match q.part {
            Part::Body => Some(&self.text),
            Part::Title => Some(&self.title),
            Part::Caption => q
                .caption
                .and_then(|i| self.captions.get(i))
                .map(|s| s.as_str()),
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// Slice a string by char offsets (as the contract's offsets are), `None` when out of range.
pub fn char_slice(s: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let mut it = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()));
    let b0 = it.by_ref().nth(start)?;
    let b1 = if end == start {
        b0
    } else {
        it.nth(end - start - 1)?
    };
    Some(&s[b0..b1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slice_counts_chars_not_bytes() {
        let s = "Erdoğan said «ok»";
        assert_eq!(char_slice(s, 0, 7), Some("Erdoğan"));
        assert_eq!(char_slice(s, 14, 16), Some("ok"));
        assert_eq!(char_slice(s, 17, 17), Some(""));
        assert_eq!(char_slice(s, 17, 18), None);
        assert_eq!(char_slice(s, 3, 2), None);
    }
}
