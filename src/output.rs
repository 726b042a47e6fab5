//! Rendering annotated articles: JSON Lines (the contract) and a readable summary.

use crate::model::{Annotated, QuoteKind};
use std::fmt::Write;

/// One JSON object (no newline); `pretty` indents.
pub fn to_json(a: &Annotated, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(a)
    } else {
        serde_json::to_string(a)
    };
    r.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

/// Replace control characters so that article text can be printed to a terminal.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                if c == '\n' { ' ' } else { '\u{fffd}' }
            } else {
                c
            }
        })
        .collect()
}

/// The human summary printed by `saywho annotate` without `--json`.
pub fn summary(a: &Annotated) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== {} ==", printable(&a.title));
    let mut meta = vec![printable(&a.source)];
    if let Some(d) = &a.published {
        meta.push(d.clone());
    }
    if let Some(b) = &a.byline {
        meta.push(format!("by {}", printable(b)));
    }
    if let Some(x) = &a.section {
        meta.push(printable(x));
    }
    let _ = writeln!(s, "   {}", meta.join(" · "));
    let n = |k| a.quotes.iter().filter(|q| q.kind == k).count();
    let _ = writeln!(
        s,
        "   {} quotes ({} direct, {} partial, {} indirect, {} scare), {} actors",
        a.quotes.len(),
        n(QuoteKind::Direct),
        n(QuoteKind::Partial),
        n(QuoteKind::Indirect),
        n(QuoteKind::Scare),
        a.actors.len()
    );
    for q in &a.quotes {
        let who = q
            .speaker
            .as_ref()
            .map(|sp| printable(&sp.name))
            .unwrap_or_else(|| "?".into());
        let mut text = printable(&q.text);
        if text.chars().count() > 110 {
            text = text.chars().take(107).collect::<String>() + "...";
        }
        let place = match q.part {
            crate::model::Part::Body => String::new(),
            p => format!(" [{}]", p.as_str()),
        };
        let _ = writeln!(
            s,
            "   - {:<8} {}{}: «{}»",
            q.kind.as_str(),
            who,
            place,
            text
        );
    }
    if !a.actors.is_empty() {
        let _ = writeln!(s, "   actors:");
        for act in &a.actors {
            let mut line = format!("     {} ({}", printable(&act.name), act.kind.as_str());
            if !act.roles.is_empty() {
                let _ = write!(line, "; {}", printable(&act.roles.join(", ")));
            }
            let _ = write!(
                line,
                ") mentions {}, quotes {}",
                act.mentions.len(),
                act.quote_count
            );
            if !act.aliases.is_empty() {
                let _ = write!(line, ", also {}", printable(&act.aliases.join(", ")));
            }
            let _ = writeln!(s, "{line}");
        }
    }
    for w in &a.warnings {
        let _ = writeln!(s, "   warning: {}", printable(w));
    }
    s
}
