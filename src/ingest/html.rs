//! Saved HTML pages: metadata from the usual meta tags, the body from the main content.

use super::date::normalize_date;
use super::text::parse_blocks;
use crate::model::Article;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
    "iframe", "time", "button", "select", "textarea", "head", "menu", "dialog", "object",
];
/// Elements that make a block of their own.
const BLOCKS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
    "div",
    "section",
    "article",
    "main",
    "body",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "table",
    "tr",
    "h1",
];

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Walk {
    blocks: Vec<String>,
    captions: Vec<String>,
    cur: String,
    cur_link: usize,
}

impl Walk {
    fn flush(&mut self) {
        let text = collapse(&self.cur);
        let total = text.chars().count();
        // link-dense blocks are menus and lists of related stories
        if total > 0 && self.cur_link * 2 <= total {
            self.blocks.push(text);
        }
        self.cur.clear();
        self.cur_link = 0;
    }

    fn visit(&mut self, node: NodeRef<'_, Node>, in_link: bool) {
        match node.value() {
            Node::Text(t) => {
                self.cur.push_str(&t[..]);
                if in_link {
                    self.cur_link += t[..].trim().chars().count();
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) {
                    return;
                }
                if name == "figcaption" {
                    if let Some(el) = ElementRef::wrap(node) {
                        let c = collapse(&el.text().collect::<String>());
                        if !c.is_empty() {
                            self.captions.push(c);
                        }
                    }
                    return;
                }
                if name == "h1" {
                    return; // the headline, taken as the title
                }
                if name == "br" {
                    self.cur.push(' ');
                    return;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    self.flush();
                }
                let link = in_link || name == "a";
                for child in node.children() {
                    self.visit(child, link);
                }
                if block {
                    self.flush();
                }
            }
            _ => {}
        }
    }
}

fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    let sel = scraper::Selector::parse("meta").ok()?;
    for key in keys {
        for m in doc.select(&sel) {
            let e = m.value();
            let k = e
                .attr("property")
                .or_else(|| e.attr("name"))
                .or_else(|| e.attr("itemprop"));
            if k.is_some_and(|k| k.eq_ignore_ascii_case(key))
                && let Some(c) = e.attr("content")
            {
                let c = collapse(c);
                if !c.is_empty() {
                    return Some(c);
                }
            }
        }
    }
    None
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = scraper::Selector::parse(css).ok()?;
    doc.select(&sel)
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = scraper::Selector::parse(css).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(collapse))
        .find(|t| !t.is_empty())
}

/// Parse a saved page.
pub fn parse(raw: &str) -> Article {
    let doc = Html::parse_document(raw);
    let mut art = Article {
        title: meta(&doc, &["og:title", "twitter:title"])
            .or_else(|| first_text(&doc, "h1"))
            .or_else(|| first_text(&doc, "title"))
            .unwrap_or_default(),
        ..Default::default()
    };
    art.published = meta(
        &doc,
        &[
            "article:published_time",
            "og:published_time",
            "datePublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dcterms.created",
            "parsely-pub-date",
            "sailthru.date",
        ],
    )
    .or_else(|| first_attr(&doc, "time[datetime]", "datetime"))
    .or_else(|| first_text(&doc, "time"))
    .and_then(|d| normalize_date(&d));
    art.byline = meta(&doc, &["author", "article:author", "parsely-author", "byl"])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| first_text(&doc, "[rel=author]"))
        .or_else(|| first_text(&doc, ".byline"))
        .map(|b| b.strip_prefix("By ").map(str::to_string).unwrap_or(b));
    art.section = meta(&doc, &["article:section"]);
    art.url = meta(&doc, &["og:url"]).or_else(|| first_attr(&doc, "link[rel=canonical]", "href"));

    // The main content: the <article> with the most text, else <main>, else <body>.
    let mut walk = Walk::default();
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|css| {
            let sel = scraper::Selector::parse(css).ok()?;
            doc.select(&sel)
                .max_by_key(|e| e.text().map(|t| t.trim().len()).sum::<usize>())
        });
    if let Some(root) = root {
        walk.visit(*root, false);
        walk.flush();
    }
    let (paragraphs, mut captions) = parse_blocks(&walk.blocks);
    for c in walk.captions {
        let c = super::normalize(&c);
        if !captions.contains(&c) {
            captions.push(c);
        }
    }
    art.paragraphs = paragraphs
        .into_iter()
        .filter(|p| collapse(p) != collapse(&art.title))
        .collect();
    art.captions = captions;
    art.title = super::normalize(&art.title);
    if art.title.is_empty()
        && let Some(first) = art.paragraphs.first()
        && first.chars().count() <= 200
    {
        art.title = art.paragraphs.remove(0);
    }
    art
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_metadata_and_body() {
        let page = r#"<!doctype html><html><head><title>Ignored | Site</title>
<meta property="og:title" content="Mayor opens &quot;new&quot; bridge">
<meta name="author" content="Petra Holm">
<meta property="article:published_time" content="2025-06-02T14:05:00+02:00">
<script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
<header><p>Site header</p></header>
<article><h1>Mayor opens "new" bridge</h1><time datetime="2025-06-01">June 1</time>
<p>The mayor said the bridge was &ldquo;a gift to the city&rdquo;.</p>
<!-- a comment -->
<figure><img src="a.jpg"><figcaption>Crowds on the bridge</figcaption></figure>
<p><a href="/a">Read</a> <a href="/b">more</a> <a href="/c">links</a></p>
<p>Second paragraph with <a href="/x">one link</a> in a sentence of text.</p>
</article><aside><p>Related: other story</p></aside><footer>(c) Site</footer></body></html>"#;
        let a = parse(page);
        assert_eq!(a.title, "Mayor opens \"new\" bridge");
        assert_eq!(a.byline.as_deref(), Some("Petra Holm"));
        assert_eq!(a.published.as_deref(), Some("2025-06-02T14:05:00"));
        assert_eq!(
            a.paragraphs,
            vec![
                "The mayor said the bridge was “a gift to the city”.",
                "Second paragraph with one link in a sentence of text."
            ]
        );
        assert_eq!(a.captions, vec!["Crowds on the bridge"]);
    }

    #[test]
    fn labels_and_boxes_inside_the_story_do_not_end_it() {
        let page = r#"<html><body><article><h1>Port strike ends</h1>
<p>Dock workers voted to end a nine-day strike on Monday after a pay offer.</p>
<div class="ad"><span>Advertisement</span></div>
<p>"This is a win for every worker on this quay," said Dana Whitfield of the union.</p>
<p><strong>Read more:</strong> <a href="/x">Port operator warns of losses</a></p>
<div class="newsletter"><p>Sign up for our newsletter</p></div>
<p>The port operator said in a statement that work would resume by Wednesday.</p>
<p>Whitfield said members would be watching closely over the coming months.</p>
</article></body></html>"#;
        let a = parse(page);
        assert_eq!(a.paragraphs.len(), 4, "{:?}", a.paragraphs);
        assert!(a.paragraphs[3].starts_with("Whitfield said"));
        assert!(!a.paragraphs.iter().any(|p| p.contains("Advertisement")));
    }

    #[test]
    fn no_body_is_fine() {
        let a = parse("<html><head><title>Only a title</title></head></html>");
        assert_eq!(a.title, "Only a title");
        assert!(a.paragraphs.is_empty());
    }
}
