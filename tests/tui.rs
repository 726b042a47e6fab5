//! The terminal UI: key flows on the state machine (requests answered synchronously by
//! the same code the worker thread runs), and screens drawn into ratatui's TestBackend.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use saywho::index::CorpusIndex;
use saywho::index::build::BuildOptions;
use saywho::tui::app::{App, Focus, Overlay};
use saywho::tui::{serve, ui};
use std::path::PathBuf;
use std::sync::OnceLock;

mod common;
use common::tmp;

/// The sample corpus, indexed once for all tests.
fn index() -> &'static CorpusIndex {
    static CI: OnceLock<CorpusIndex> = OnceLock::new();
    CI.get_or_init(|| {
        let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
        let (c, _) = saywho::cli::open_corpus(
            &[corpus],
            Some(&tmp("data")),
            &BuildOptions::default(),
            true,
            true,
        )
        .unwrap();
        c.index
    })
}

/// Answer every pending request, as the worker would.
fn pump(app: &mut App) {
    for _ in 0..10 {
        let reqs = app.take_requests();
        if reqs.is_empty() {
            return;
        }
        for r in reqs {
            app.on_response(serve(index(), &r));
        }
    }
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    pump(app);
}

fn ctrl(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    pump(app);
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn new_app() -> App {
    let mut app = App::new("/tmp/unused.md", "2025-11-21");
    app.corpus_articles = index().num_articles();
    app.corpus_quotes = index().num_quotes();
    pump(&mut app);
    app
}

fn screen(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::draw(f, app)).unwrap();
    t.backend().buffer().clone()
}

fn text(b: &Buffer) -> String {
    let mut s = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            s.push_str(b[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

#[test]
fn search_as_you_type_and_open() {
    let mut app = new_app();
    assert_eq!(app.results.total, 44);
    assert!(app.article.is_some(), "the first article opens at start");
    key(&mut app, KeyCode::Char('/'));
    assert_eq!(app.focus, Focus::Search);
    // letters go to the box, even ones that are keys elsewhere (q, j)
    typed(&mut app, "q");
    assert_eq!(app.query, "q");
    assert!(!app.quit);
    key(&mut app, KeyCode::Backspace);
    let mut totals = Vec::new();
    for c in "malen".chars() {
        key(&mut app, KeyCode::Char(c));
        totals.push(app.results.total);
    }
    assert!(
        totals.last().unwrap() < totals.first().unwrap() || totals[0] <= 44,
        "{totals:?}"
    );
    assert!(
        app.results.total > 0 && app.results.total < 44,
        "{}",
        app.results.total
    );
    assert!(app.results.completions.iter().any(|c| c == "malenko"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::List);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.list_sel, 1);
    let aid = app.results.articles[1].aid.clone();
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.article_aid.as_deref(), Some(aid.as_str()));
    // Esc, Esc clears the query
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.query, "");
    assert_eq!(app.results.total, 44);
    // Ctrl-u clears the box
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "border talks");
    ctrl(&mut app, 'u');
    assert_eq!(app.query, "");
}

#[test]
fn quotes_speaker_jumps_mark_and_export() {
    let mut app = new_app();
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "speaker:\"anna varga\" ");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Enter);
    // find a Varga quote in this article
    let varga = saywho::annotate::actors::actor_id("Anna Varga");
    let mut guard = 0;
    while app.current_speaker().as_deref() != Some(varga.as_str()) && guard < 60 {
        key(&mut app, KeyCode::Char(']'));
        guard += 1;
    }
    assert_eq!(app.current_speaker().as_deref(), Some(varga.as_str()));
    // jump across the corpus to her next quotes: the article changes at some point,
    // and every stop is hers
    let start = (app.article_aid.clone(), app.quote_sel);
    let mut articles = std::collections::HashSet::new();
    for _ in 0..12 {
        key(&mut app, KeyCode::Char('}'));
        assert_eq!(
            app.current_speaker().as_deref(),
            Some(varga.as_str()),
            "{}",
            app.status
        );
        articles.insert(app.article_aid.clone());
    }
    assert!(
        articles.len() >= 2,
        "crossed into other articles: {articles:?}"
    );
    assert_ne!((app.article_aid.clone(), app.quote_sel), start);
    // the list follows the reader
    let sel_aid = app.results.articles[app.list_sel].aid.clone();
    assert_eq!(Some(sel_aid), app.article_aid);
    // and back
    key(&mut app, KeyCode::Char('{'));
    assert_eq!(app.current_speaker().as_deref(), Some(varga.as_str()));
    // mark two quotes, unmark one, mark again
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        app.basket.len(),
        1,
        "{} {:?} {:?}",
        app.status,
        app.quote_sel,
        app.overlay
    );
    key(&mut app, KeyCode::Char('}'));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.basket.len(), 2);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.basket.len(), 1);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.basket.len(), 2);
    // review: remove one, keep one
    key(&mut app, KeyCode::Char('b'));
    assert!(matches!(app.overlay, Overlay::Basket { .. }));
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.basket.len(), 1);
    key(&mut app, KeyCode::Esc);
    // the removed one was the first quote marked: go back to it and mark it again
    key(&mut app, KeyCode::Char('{'));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.basket.len(), 2);
    // export to a file
    let dir = tmp("export");
    let path = dir.join("out.md");
    key(&mut app, KeyCode::Char('e'));
    ctrl(&mut app, 'u');
    typed(&mut app, path.to_str().unwrap());
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Overlay::None, "{}", app.status);
    let md = std::fs::read_to_string(&path).unwrap();
    assert_eq!(md.matches("> —").count(), 2, "{md}");
    assert!(md.contains("Anna Varga"));
    // the same path again: never overwritten silently; append on request
    key(&mut app, KeyCode::Char('e'));
    ctrl(&mut app, 'u');
    typed(&mut app, path.to_str().unwrap());
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Overlay::Export { exists: true, .. }));
    key(&mut app, KeyCode::Char('a'));
    let md = std::fs::read_to_string(&path).unwrap();
    assert_eq!(md.matches("> —").count(), 4);
    // an export that cannot be written keeps the basket and says why
    key(&mut app, KeyCode::Char('e'));
    ctrl(&mut app, 'u');
    typed(&mut app, "/nonexistent-dir/x/out.csv");
    key(&mut app, KeyCode::Enter);
    match &app.overlay {
        Overlay::Export { error: Some(e), .. } => assert!(e.contains("nonexistent"), "{e}"),
        o => panic!("{o:?}"),
    }
    assert_eq!(app.basket.len(), 2);
    key(&mut app, KeyCode::Esc);
    // copy with citation
    let eff = app.on_key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE));
    match eff {
        Some(saywho::tui::app::Effect::Copy(t)) => assert!(t.contains("Anna Varga")),
        e => panic!("{e:?}"),
    }
}

#[test]
fn sidebar_picker_sort_help_and_quit() {
    let mut app = new_app();
    key(&mut app, KeyCode::Tab); // list -> reader
    key(&mut app, KeyCode::Tab); // reader -> sidebar
    assert_eq!(app.focus, Focus::Sidebar);
    let first = app.sidebar_actors()[0].1.clone();
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.query, format!("speaker:\"{first}\" "));
    assert_eq!(app.focus, Focus::List);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.focus, Focus::Search);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    // the speaker picker filters as you type and jumps to the first quote
    key(&mut app, KeyCode::Char('s'));
    typed(&mut app, "lund");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Overlay::None);
    assert!(app.query.contains("Erik Lund"), "{}", app.query);
    assert_eq!(
        app.current_speaker().as_deref(),
        Some(saywho::annotate::actors::actor_id("Erik Lund").as_str())
    );
    // sort order cycles
    key(&mut app, KeyCode::Char('S'));
    assert_eq!(app.sort.label(), "newest");
    let d: Vec<_> = app
        .results
        .articles
        .iter()
        .map(|a| a.published.clone())
        .collect();
    let mut s = d.clone();
    s.sort();
    s.reverse();
    assert_eq!(d, s);
    key(&mut app, KeyCode::Char('?'));
    assert_eq!(app.overlay, Overlay::Help);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('t'));
    assert!(matches!(app.overlay, Overlay::Insight { .. }));
    assert!(app.insight_quotes.is_some());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    let mut app = new_app();
    ctrl(&mut app, 'c');
    assert!(app.quit);
}

#[test]
fn screens() {
    let mut app = new_app();
    // start screen
    let b = screen(&mut app, 140, 40);
    let t = text(&b);
    assert!(
        t.contains("Search") && t.contains("Articles (44)") && t.contains("Actors"),
        "{t}"
    );
    assert!(t.contains("44 results"), "{t}");
    // search results with a highlighted snippet
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "ceasefire ");
    let b = screen(&mut app, 140, 40);
    let yellow = (0..40).any(|y| (0..140).any(|x| b[(x, y)].bg == Color::Yellow));
    assert!(yellow, "snippet highlight");
    // reader with quotes in their speaker's colour, current quote emphasised
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(']'));
    let q = app.article.as_ref().unwrap().quotes[app.quote_sel.unwrap()].clone();
    let b = screen(&mut app, 140, 40);
    let t = text(&b);
    assert!(t.contains("Reader — quote 1/"), "{t}");
    let sp = q
        .speaker
        .as_ref()
        .map(|s| s.actor.clone().unwrap_or(s.name.clone()));
    if let Some(key) = sp {
        let c = ui::speaker_color(&key);
        let colored = (0..40).any(|y| (0..140).any(|x| b[(x, y)].fg == c));
        assert!(colored, "quote drawn in its speaker's colour");
    }
    // help
    key(&mut app, KeyCode::Char('?'));
    let t = text(&screen(&mut app, 140, 40));
    assert!(
        t.contains("Keys (Esc closes)") && t.contains("next / previous quote by the same speaker")
    );
    key(&mut app, KeyCode::Esc);
    // export prompt
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('e'));
    let t = text(&screen(&mut app, 140, 40));
    assert!(t.contains("Export 1 passages"), "{t}");
    key(&mut app, KeyCode::Esc);
    // small terminals degrade; tiny ones say so; nothing panics at any size
    let t = text(&screen(&mut app, 90, 30));
    assert!(!t.contains("Actors ("), "sidebar collapses first");
    let t = text(&screen(&mut app, 20, 5));
    assert!(t.contains("terminal too") && t.contains("small"), "{t}");
    for (w, h) in [(1, 1), (24, 6), (40, 10), (60, 12), (200, 60), (300, 8)] {
        let _ = screen(&mut app, w, h);
    }
    // NO_COLOR: quotes still distinguishable (underline and initials)
    app.no_color = true;
    let t = text(&screen(&mut app, 140, 40));
    assert!(t.contains('['), "speaker initials");
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let mut app = new_app();
    let mut a = app.article.clone().unwrap();
    a.title = "Evil \x1b]0;pwned\x07 title \u{202e}reversed \u{9b}31m".into();
    a.text =
        "Para \x1b[2J clear \x1b]52;c;ZXZpbA==\x07 and CJK 漢字 and emoji 👍 and RTL שלום.".into();
    a.quotes.clear();
    app.article = Some(a);
    let b = screen(&mut app, 120, 30);
    for y in 0..30 {
        for x in 0..120 {
            let s = b[(x, y)].symbol();
            assert!(
                !s.chars()
                    .any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}')),
                "control character at {x},{y}: {s:?}"
            );
        }
    }
    let t = text(&b);
    assert!(t.contains('漢') && t.contains('字') && t.contains("Evil"));
}

#[test]
fn keys_can_be_rebound() {
    let mut b = std::collections::BTreeMap::new();
    b.insert("quit".to_string(), "x".to_string());
    b.insert("mark".to_string(), "m".to_string());
    b.insert("bogus".to_string(), "z".to_string());
    let (map, problems) = saywho::tui::app::keymap_from(&b);
    assert_eq!(problems.len(), 1);
    let mut app = new_app();
    app.remap = map;
    key(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "the default of a rebound action is free");
    key(&mut app, KeyCode::Char(']'));
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.basket.len(), 1);
    key(&mut app, KeyCode::Char('?'));
    let t = text(&screen(&mut app, 140, 40));
    assert!(t.contains("m  mark or unmark"), "{t}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('x'));
    assert!(app.quit);
}

#[test]
fn in_quotes_searches_work_in_the_interface() {
    let mut app = new_app();
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "in:quotes speaker:varga talks ");
    assert!(app.results.total > 0, "{:?}", app.results.problems);
    assert!(app.results.articles.len() <= app.results.total);
}

/// A screen for a snapshot: the text, then each line's style runs (colour, background,
/// modifiers), so a snapshot also fails when a quote changes colour.
fn snap(b: &Buffer) -> String {
    let mut s = text(b);
    s.push_str("--- styles (line: from..to fg/bg modifiers)\n");
    for y in 0..b.area.height {
        let mut x = 0;
        while x < b.area.width {
            let c = &b[(x, y)];
            let style = (c.fg, c.bg, c.modifier);
            let from = x;
            while x < b.area.width && {
                let d = &b[(x, y)];
                (d.fg, d.bg, d.modifier) == style
            } {
                x += 1;
            }
            if style
                != (
                    Color::Reset,
                    Color::Reset,
                    ratatui::style::Modifier::empty(),
                )
            {
                s.push_str(&format!(
                    "{y}: {from}..{x} {:?}/{:?} {:?}\n",
                    style.0, style.1, style.2
                ));
            }
        }
    }
    s
}

#[test]
fn snapshots_of_every_screen() {
    let mut app = new_app();
    insta::assert_snapshot!("start", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "ceasefire ");
    insta::assert_snapshot!("search_results", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(']'));
    key(&mut app, KeyCode::Char(']'));
    insta::assert_snapshot!("reader_quotes_sidebar", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!("help", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('e'));
    insta::assert_snapshot!("export_prompt", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!("basket", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('s'));
    typed(&mut app, "var");
    insta::assert_snapshot!("speaker_picker", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('t'));
    insta::assert_snapshot!("insight", snap(&screen(&mut app, 140, 40)));
    key(&mut app, KeyCode::Esc);
    insta::assert_snapshot!("narrow_no_sidebar", snap(&screen(&mut app, 90, 30)));
    insta::assert_snapshot!("tiny", snap(&screen(&mut app, 20, 5)));
}

fn click(app: &mut App, kind: ratatui::crossterm::event::MouseEventKind, x: u16, y: u16) {
    app.on_mouse(ratatui::crossterm::event::MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    pump(app);
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls_the_pane_under_it() {
    use ratatui::crossterm::event::{MouseButton, MouseEventKind};
    let mut app = new_app();
    let b = screen(&mut app, 140, 40);
    let t = text(&b);
    // click the third article's title, found on the screen
    let third = app.results.articles[2].clone();
    let want: String = third.title.chars().take(20).collect();
    let y = t
        .lines()
        .position(|l| l.contains(&want))
        .unwrap_or_else(|| panic!("{want} not on screen:\n{t}")) as u16;
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 5, y);
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.list_sel, 2);
    assert_eq!(app.article_aid.as_deref(), Some(third.aid.as_str()));
    // the sidebar: the second actor's name row
    let b = screen(&mut app, 140, 40);
    let t = text(&b);
    let second = app.sidebar_actors()[1].1.clone();
    let y = t
        .lines()
        .position(|l| l.ends_with(&format!("│{}│", pad(&second, 28))))
        .unwrap_or_else(|| panic!("{second} not on screen:\n{t}")) as u16;
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 120, y);
    assert_eq!(app.focus, Focus::Sidebar);
    assert_eq!(app.side_sel, 1);
    // the wheel over the reader scrolls the reader, whatever has focus
    assert_eq!(app.reader_scroll, 0);
    click(&mut app, MouseEventKind::ScrollDown, 70, 20);
    assert_eq!(app.reader_scroll, 3);
    assert_eq!(app.focus, Focus::Sidebar);
    // the wheel over the list moves the selection
    click(&mut app, MouseEventKind::ScrollDown, 5, 20);
    assert_eq!(app.list_sel, 5);
    // a click on the search box focuses it; clicks under an overlay do nothing
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 10, 1);
    assert_eq!(app.focus, Focus::Search);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    click(&mut app, MouseEventKind::Down(MouseButton::Left), 5, 10);
    assert_eq!(app.list_sel, 5);
}

fn pad(s: &str, w: usize) -> String {
    format!("{s:<w$}")
}

#[test]
fn insight_and_picker_count_quotes_not_articles() {
    let mut app = new_app();
    key(&mut app, KeyCode::Char('t'));
    let (speakers, quotes) = app.speaker_counts();
    assert!(quotes, "the tally arrived");
    let top = speakers[0].clone();
    // the count is the number of that speaker's quotes in the corpus
    let all = saywho::index::search::Engine::new(index())
        .speaker_quotes(&top.id, None)
        .unwrap();
    assert_eq!(top.count as usize, all.len(), "{top:?}");
    assert!(speakers.windows(2).all(|w| w[0].count >= w[1].count));
    let t = text(&screen(&mut app, 140, 40));
    assert!(t.contains("Who is quoted most (quotes)"), "{t}");
    assert!(
        t.contains(" quotes by "),
        "the sparkline of the selected speaker: {t}"
    );
    key(&mut app, KeyCode::Esc);
    // within a search, only quotes in the matching articles count
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "ceasefire ");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('s'));
    let items = app.picker_items("");
    assert!(app.speaker_counts().1);
    let q = saywho::index::query::parse("ceasefire ");
    let (id, _, n) = items[0].clone();
    let within = saywho::index::search::Engine::new(index())
        .speaker_quotes(&id, Some(&q))
        .unwrap();
    assert_eq!(n as usize, within.len());
    let t = text(&screen(&mut app, 140, 40));
    assert!(t.contains(&format!("{n} quotes")), "{t}");
}

#[test]
fn the_list_fetches_more_rows_as_it_is_scrolled() {
    let corpus = tmp("many");
    saywho::synth::write_corpus(&corpus, 77, 0, 400).unwrap();
    let (c, _) = saywho::cli::open_corpus(
        &[corpus],
        Some(&tmp("many-data")),
        &BuildOptions::default(),
        true,
        true,
    )
    .unwrap();
    let ci = c.index;
    let pump = |app: &mut App| {
        for _ in 0..10 {
            let reqs = app.take_requests();
            if reqs.is_empty() {
                return;
            }
            for r in reqs {
                app.on_response(serve(&ci, &r));
            }
        }
    };
    let mut app = App::new("/tmp/unused.md", "2025-11-21");
    pump(&mut app);
    let total = app.results.total;
    assert!(total >= 400, "{total}");
    let page = saywho::tui::app::LIST_PAGE;
    assert_eq!(
        app.results.articles.len(),
        page,
        "a keystroke fetches one page"
    );
    // the end of the list: more rows come, the selection stays on its article
    app.on_key(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::NONE));
    pump(&mut app);
    assert_eq!(app.results.articles.len(), page * 4);
    assert_eq!(app.list_sel, page - 1);
    let aid = app.article_aid.clone();
    assert_eq!(Some(app.results.articles[page - 1].aid.clone()), aid);
    app.on_key(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::NONE));
    pump(&mut app);
    assert_eq!(app.results.articles.len(), total.min(page * 16));
    // a new query starts again from one page
    app.on_key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    app.on_key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::NONE));
    pump(&mut app);
    assert!(app.results.articles.len() <= page);
}
