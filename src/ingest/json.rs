//! JSON article dumps: one object or an array (`.json`), one object per line
//! (`.jsonl`, `.ndjson`), with configurable field names; and saywho's own annotated JSON
//! read back as a pre-annotated article.

use super::date::normalize_date;
use super::text::parse_body;
use crate::config::JsonFields;
use crate::model::{Annotated, Article};
use serde_json::Value;

fn field_str(obj: &serde_json::Map<String, Value>, names: &[String]) -> Option<String> {
    for n in names {
        let Some(v) = obj.get(n) else { continue };
        let s = match v {
            Value::String(s) => s.trim().to_string(),
            Value::Array(items) => items
                .iter()
                .filter_map(|x| match x {
                    Value::String(s) => Some(s.trim().to_string()),
                    Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(str::to_string),
                    _ => None,
                })
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            Value::Number(n) => n.to_string(),
            // (`{"name": ...}`; WordPress: `{"rendered": "<p>...</p>"}`)
            Value::Object(o) => o
                .get("name")
                .or_else(|| o.get("rendered"))
                .and_then(|n| n.as_str())
                .unwrap_or("")
                .trim()
                .to_string(),
            _ => String::new(),
        };
        if !s.is_empty() {
            return Some(s);
        }
    }
    None
}

fn is_saywho(obj: &serde_json::Map<String, Value>) -> bool {
    obj.contains_key("quotes") && obj.contains_key("actors") && obj.contains_key("text")
}

/// One JSON object to an article. `at` names it in messages (`file` or `file:line`).
fn article_of(at: &str, v: Value, fields: &JsonFields) -> Result<Article, String> {
    let Value::Object(obj) = v else {
        return Err(format!(
            "{at}: expected a JSON object, found {}",
            kind_of(&v)
        ));
    };
    if is_saywho(&obj) {
        let ann: Annotated = serde_json::from_value(Value::Object(obj))
            .map_err(|e| format!("{at}: not a valid saywho annotation: {e}"))?;
        let mut art = Article {
            title: ann.title.clone(),
            byline: ann.byline.clone(),
            published: ann.published.clone(),
            section: ann.section.clone(),
            url: ann.url.clone(),
            paragraphs: ann.text.split("\n\n").map(str::to_string).collect(),
            captions: ann.captions.clone(),
            ..Default::default()
        };
        art.preannotated = Some(Box::new(ann));
        return Ok(art);
    }
    let mut art = Article {
        title: field_str(&obj, &fields.title)
            .map(|t| super::normalize(&super::html::decode_text(&t)))
            .unwrap_or_default(),
        byline: field_str(&obj, &fields.author).map(|t| {
            let t = super::normalize(&super::html::decode_text(&t));
            match t.get(..3) {
                Some(by) if by.eq_ignore_ascii_case("by ") => t[3..].trim().to_string(),
                _ => t,
            }
        }),
        url: field_str(&obj, &fields.url),
        section: field_str(&obj, &fields.section),
        ..Default::default()
    };
    if let Some(d) = field_str(&obj, &fields.date) {
        art.published = normalize_date(&d);
        if art.published.is_none() {
            art.warnings
                .push(format!("{at}: could not read the date {d:?}"));
        }
    }
    match field_str(&obj, &fields.text) {
        Some(body) => {
            let (p, c) = if super::html::looks_like_markup(&body) {
                super::html::fragment(&body)
            } else {
                parse_body(&body)
            };
            art.paragraphs = p;
            art.captions = c;
        }
        None => art.warnings.push(format!(
            "{at}: no text field (tried {})",
            fields.text.join(", ")
        )),
    }
    if art.title.trim().is_empty() && art.paragraphs.is_empty() {
        return Err(format!("{at}: no title and no text; skipped"));
    }
    Ok(art)
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A `.json` file: one article object or an array of them.
pub fn parse_json(
    display: &str,
    raw: &str,
    fields: &JsonFields,
    warnings: &mut Vec<String>,
) -> Vec<Article> {
    let v: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            warnings.push(format!(
                "{display}:{}: invalid JSON: {e}; skipped",
                e.line()
            ));
            return Vec::new();
        }
    };
    let items = match v {
        Value::Array(items) => items,
        other => vec![other],
    };
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let at = format!("{display}[{i}]");
        match article_of(&at, item, fields) {
            Ok(a) => out.push(a),
            Err(e) => warnings.push(e),
        }
    }
    out
}

/// A `.jsonl` file: one article per line; a bad line is reported with its number and the
/// other lines are kept.
pub fn parse_jsonl(
    display: &str,
    raw: &str,
    fields: &JsonFields,
    warnings: &mut Vec<String>,
) -> Vec<Article> {
    let mut out = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = format!("{display}:{}", n + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(v) => match article_of(&at, v, fields) {
                Ok(a) => out.push(a),
                Err(e) => warnings.push(e),
            },
            Err(e) => warnings.push(format!("{at}: invalid JSON: {e}; line skipped")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_keeps_good_lines_and_names_bad_ones() {
        let raw = "{\"title\":\"A\",\"maintext\":\"Body one.\",\"date_publish\":\"2025-06-02 14:05:00\",\"authors\":[\"X Y\"]}\n{not json\n[1,2]\n{\"headline\":\"B\",\"content\":\"Body two.\"}\n";
        let mut w = Vec::new();
        let arts = parse_jsonl("d.jsonl", raw, &JsonFields::default(), &mut w);
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].title, "A");
        assert_eq!(arts[0].byline.as_deref(), Some("X Y"));
        assert_eq!(arts[0].published.as_deref(), Some("2025-06-02T14:05:00"));
        assert_eq!(arts[1].paragraphs, vec!["Body two."]);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].starts_with("d.jsonl:2: invalid JSON"));
        assert!(w[1].starts_with("d.jsonl:3: expected a JSON object"));
    }

    #[test]
    fn markup_in_fields_and_wordpress_shapes() {
        let raw = concat!(
            r#"{"title":{"rendered":"Talks&#8217; end"},"content":{"rendered":"<p>The council voted.</p>\n<p>&#8220;Long overdue,&#8221; the leader said.</p>"},"byline":"By Jane Roe"}"#,
            "\n",
            r#"{"title":"","text":"   "}"#,
            "\n"
        );
        let mut w = Vec::new();
        let arts = parse_jsonl("wp.jsonl", raw, &JsonFields::default(), &mut w);
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].title, "Talks’ end");
        assert_eq!(arts[0].byline.as_deref(), Some("Jane Roe"));
        assert_eq!(
            arts[0].paragraphs,
            vec!["The council voted.", "“Long overdue,” the leader said."]
        );
        // the empty record is named by its line
        assert_eq!(w, vec!["wp.jsonl:2: no title and no text; skipped"]);
    }

    #[test]
    fn json_array_and_garbage() {
        let mut w = Vec::new();
        let arts = parse_json(
            "a.json",
            "[{\"title\":\"A\",\"text\":\"x\"},{\"title\":\"B\",\"body\":\"y\"}]",
            &JsonFields::default(),
            &mut w,
        );
        assert_eq!(arts.len(), 2);
        let deep = "[".repeat(10_000);
        let arts = parse_json("d.json", &deep, &JsonFields::default(), &mut w);
        assert!(arts.is_empty());
        assert!(w.last().unwrap().starts_with("d.json:1: invalid JSON"));
    }
}
