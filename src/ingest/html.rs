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
    /// Bytes of text in the content root.
    root_len: usize,
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
                // furniture by its class, unless it holds most of the story (a tone
                // class such as `content--comment` on the story's own container)
                if is_furniture(e)
                    && ElementRef::wrap(node).is_some_and(|el| {
                        el.text().map(|t| t.trim().len()).sum::<usize>() * 3 < self.root_len
                    })
                {
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

/// Words of a class or id that mark page furniture around a story: share bars, boxes of
/// related stories, newsletter sign-ups, comments, author boxes, advertising.
const FURNITURE: &[&str] = &[
    "related",
    "newsletter",
    "share",
    "sharing",
    "sharebar",
    "social",
    "comments",
    "comment",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adslot",
    "subscribe",
    "subscription",
    "paywall",
    "tags",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "popup",
    "modal",
    "recommended",
    "recommendations",
    "trending",
    "mostread",
    "outbrain",
    "taboola",
    "sidebar",
    "bio",
];

/// An element that is furniture, by its class or id words, or hidden from readers.
fn is_furniture(e: &scraper::node::Element) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if e.attr("class").is_none() && e.attr("id").is_none() {
        return false;
    }
    let furniture_word = |v: Option<&str>| {
        v.unwrap_or("")
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| FURNITURE.iter().any(|f| w.eq_ignore_ascii_case(f)))
    };
    // (the story's own container may carry such a word too: `article--has-comments`)
    !matches!(e.name(), "article" | "main" | "body")
        && (furniture_word(e.attr("class")) || furniture_word(e.attr("id")))
}

/// What a page's JSON-LD says of its article: headline, date, author, body.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    body: Option<String>,
}

fn linked_data(doc: &Html) -> LinkedData {
    use serde_json::Value;
    fn articles<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| articles(x, out)),
            Value::Object(o) => {
                let is_article = |t: &Value| {
                    t.as_str()
                        .is_some_and(|t| t.ends_with("Article") || t == "BlogPosting")
                };
                let typed = match o.get("@type") {
                    Some(Value::Array(ts)) => ts.iter().any(is_article),
                    Some(t) => is_article(t),
                    None => false,
                };
                if typed {
                    out.push(o);
                }
                if let Some(g) = o.get("@graph") {
                    articles(g, out);
                }
            }
            _ => {}
        }
    }
    fn name(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o.get("name").and_then(name),
            Value::Array(a) => {
                let names: Vec<String> = a.iter().filter_map(name).collect();
                (!names.is_empty()).then(|| names.join(" and "))
            }
            _ => None,
        }
    }
    let mut ld = LinkedData::default();
    let Ok(sel) = scraper::Selector::parse(r#"script[type="application/ld+json"]"#) else {
        return ld;
    };
    for script in doc.select(&sel) {
        let text: String = script.text().collect();
        let Ok(v) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        let mut found = Vec::new();
        articles(&v, &mut found);
        for o in found {
            let text = |k: &str| {
                o.get(k)
                    .and_then(Value::as_str)
                    .map(collapse)
                    .filter(|s| !s.is_empty())
            };
            ld.headline = ld.headline.take().or_else(|| text("headline"));
            ld.published = ld.published.take().or_else(|| text("datePublished"));
            ld.author = ld.author.take().or_else(|| {
                o.get("author")
                    .and_then(name)
                    .map(|a| collapse(&a))
                    .filter(|a| !a.is_empty() && !a.starts_with("http"))
            });
            ld.body = ld.body.take().or_else(|| {
                o.get("articleBody")
                    .and_then(Value::as_str)
                    .filter(|b| !b.trim().is_empty())
                    .map(str::to_string)
            });
        }
    }
    ld
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

/// Markup in a text field of a JSON dump (`<p>...</p>`, `content.rendered`).
pub fn looks_like_markup(s: &str) -> bool {
    ["</p>", "<p>", "<br", "</div>", "<p "]
        .iter()
        .any(|m| s.contains(m))
}

/// The paragraphs and captions of a fragment of HTML (a JSON field holding markup).
pub fn fragment(html: &str) -> (Vec<String>, Vec<String>) {
    let doc = Html::parse_fragment(html);
    let root = doc.root_element();
    let mut walk = Walk {
        root_len: root.text().map(|t| t.trim().len()).sum(),
        ..Default::default()
    };
    walk.visit(*root, false);
    walk.flush();
    let (paragraphs, mut captions) = parse_blocks(&walk.blocks);
    for c in walk.captions {
        let c = super::normalize(&c);
        if !captions.contains(&c) {
            captions.push(c);
        }
    }
    (paragraphs, captions)
}

/// The text of a short field that may hold entities or tags (`Talks&#8217; end`).
pub fn decode_text(s: &str) -> String {
    if !s.contains(['&', '<']) {
        return s.to_string();
    }
    collapse(
        &Html::parse_fragment(s)
            .root_element()
            .text()
            .collect::<String>(),
    )
}

/// Parse a saved page.
pub fn parse(raw: &str) -> Article {
    let doc = Html::parse_document(raw);
    let ld = linked_data(&doc);
    let mut art = Article {
        title: meta(&doc, &["og:title", "twitter:title"])
            .or_else(|| ld.headline.clone())
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
    .or_else(|| ld.published.clone())
    .or_else(|| first_attr(&doc, "time[datetime]", "datetime"))
    .or_else(|| first_text(&doc, "time"))
    .and_then(|d| normalize_date(&d));
    art.byline = meta(&doc, &["author", "article:author", "parsely-author", "byl"])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| ld.author.clone())
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
        walk.root_len = root.text().map(|t| t.trim().len()).sum();
        walk.visit(*root, false);
        walk.flush();
    }
    // a page that renders its story with scripts often carries it whole in its JSON-LD:
    // that body, when the page's own text is much shorter
    if let Some(body) = &ld.body {
        let shown: usize = walk.blocks.iter().map(|b| b.len()).sum();
        if body.len() > 2 * shown {
            walk.blocks = body
                .split('\n')
                .map(collapse)
                .filter(|b| !b.is_empty())
                .collect();
        }
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
    fn furniture_by_class_goes_but_not_the_story_itself() {
        let page = r#"<html><body><div class="content content--comment"><h1>Why the port deal matters</h1>
<div class="share-bar"><p>Share on Facebook</p></div>
<p>The port deal ends a strike that cost the town dearly, the union said on Monday.</p>
<div class="related-stories"><p>Pool reopens after a long refit, with new changing rooms for all.</p></div>
<p>"We held the line," said Dana Whitfield, who led the talks for the union.</p>
<div id="comments"><p>This is a great outcome for everyone involved in the talks.</p></div>
<div class="author-bio"><p>Maria Keane writes about business for the paper.</p></div>
<p aria-hidden="true">Advertisement</p>
</div></body></html>"#;
        let a = parse(page);
        assert_eq!(
            a.paragraphs,
            vec![
                "The port deal ends a strike that cost the town dearly, the union said on Monday.",
                "\"We held the line,\" said Dana Whitfield, who led the talks for the union."
            ]
        );
    }

    #[test]
    fn json_ld_gives_date_author_and_a_body_the_page_does_not_show() {
        let page = r#"<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
{"@type":["NewsArticle"],"headline":"Council backs stadium repair","datePublished":"2025-08-19T10:30:00+01:00",
"author":[{"@type":"Person","name":"Lena Brandt"},{"@type":"Person","name":"Tom Ash"}],
"articleBody":"The council voted on Tuesday to repair the stadium roof.\nThe leader said the work would start in spring and finish before the season."}]}
</script></head><body><div id="app"><p>Loading</p></div></body></html>"#;
        let a = parse(page);
        assert_eq!(a.title, "Council backs stadium repair");
        assert_eq!(a.published.as_deref(), Some("2025-08-19T10:30:00"));
        assert_eq!(a.byline.as_deref(), Some("Lena Brandt and Tom Ash"));
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        // broken JSON-LD is ignored
        let a = parse(
            r#"<html><head><title>T</title><script type="application/ld+json">{"@type":</script></head><body><p>Text of the story here.</p></body></html>"#,
        );
        assert_eq!(a.paragraphs, vec!["Text of the story here."]);
    }

    #[test]
    fn no_body_is_fine() {
        let a = parse("<html><head><title>Only a title</title></head></html>");
        assert_eq!(a.title, "Only a title");
        assert!(a.paragraphs.is_empty());
    }
}
