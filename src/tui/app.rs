//! The state of the terminal UI and what keys do to it. No terminal, no index here:
//! the app asks for work with [`Request`]s and takes answers as [`Response`]s, so every
//! key flow can be tested by feeding events and answering requests synchronously.

use crate::export::{self, Mode, Passage};
use crate::index::search::{Counted, QuoteHit, Results, SortBy};
use crate::model::Annotated;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Search,
    List,
    Reader,
    Sidebar,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    None,
    Help,
    Basket {
        sel: usize,
    },
    Export {
        path: String,
        error: Option<String>,
        exists: bool,
    },
    Picker {
        filter: String,
        sel: usize,
    },
    Insight {
        sel: usize,
    },
}

/// Rows of the article list fetched per query at first: a screenful or two, so a
/// keystroke reads few documents; scrolling near the end fetches four times as many.
pub const LIST_PAGE: usize = 60;
/// The most rows the list ever holds.
pub const MAX_ROWS: usize = 20_000;

/// Where the last frame drew each pane, and which item each screen row of the list
/// and the sidebar shows: a click maps to the item under it.
#[derive(Debug, Clone, Default)]
pub struct Hits {
    pub search: Rect,
    pub list: Rect,
    pub reader: Rect,
    pub side: Rect,
    /// (screen row, article index in the results)
    pub list_rows: Vec<(u16, usize)>,
    /// (screen row, actor index in the sidebar)
    pub side_rows: Vec<(u16, usize)>,
}

/// Work the app wants done off the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    Search {
        seq: u64,
        query: String,
        sort: SortBy,
        /// Rows wanted in the list (grows as the list is scrolled).
        limit: usize,
    },
    Article {
        aid: String,
        quote: Option<u64>,
    },
    SpeakerQuotes {
        speaker: String,
        query: String,
    },
    /// Quotes per speaker in the articles matching `query`.
    Tally {
        query: String,
    },
}

/// Answers to requests, and news from the indexer.
#[derive(Debug, Clone)]
pub enum Response {
    Results {
        seq: u64,
        results: Box<Results>,
    },
    Article {
        aid: String,
        article: Option<Box<Annotated>>,
        quote: Option<u64>,
    },
    SpeakerQuotes {
        speaker: String,
        quotes: Vec<QuoteHit>,
    },
    Tally {
        query: String,
        speakers: Vec<Counted>,
    },
    Progress {
        done: usize,
        total: usize,
    },
    Indexed {
        articles: u64,
        quotes: u64,
        message: String,
    },
    Error(String),
}

/// Something to do after a key, outside the state (clipboard, opener).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Copy(String),
    Open(String),
}

/// Rebindable actions: (config name, default key).
pub const ACTIONS: &[(&str, char)] = &[
    ("search", '/'),
    ("quit", 'q'),
    ("help", '?'),
    ("down", 'j'),
    ("up", 'k'),
    ("top", 'g'),
    ("bottom", 'G'),
    ("next_quote", ']'),
    ("prev_quote", '['),
    ("next_speaker_quote", '}'),
    ("prev_speaker_quote", '{'),
    ("next_match", 'n'),
    ("prev_match", 'N'),
    ("mark", ' '),
    ("basket", 'b'),
    ("export", 'e'),
    ("copy", 'y'),
    ("open", 'o'),
    ("sort", 'S'),
    ("insight", 't'),
    ("speaker_picker", 's'),
];

/// Build the key translation from `[tui.keys]` (action = "key"): the new key does what
/// the default did, and the default no longer does. Unknown actions or keys that are
/// not one character are reported.
pub fn keymap_from(
    bindings: &std::collections::BTreeMap<String, String>,
) -> (Vec<(char, char)>, Vec<String>) {
    let mut map = Vec::new();
    let mut problems = Vec::new();
    for (action, key) in bindings {
        let Some(&(_, default)) = ACTIONS.iter().find(|(a, _)| a == action) else {
            problems.push(format!("[tui.keys] {action}: no such action"));
            continue;
        };
        let k = match key.as_str() {
            "space" | "Space" => Some(' '),
            k if k.chars().count() == 1 => k.chars().next(),
            _ => None,
        };
        match k {
            Some(c) => map.push((c, default)),
            None => problems.push(format!(
                "[tui.keys] {action} = {key:?}: a key is one character"
            )),
        }
    }
    (map, problems)
}

/// The keymap: one table drives both the keys and the help screen.
pub const KEYMAP: &[(&str, &str)] = &[
    (
        "/",
        "search (every key re-runs the query; Enter: to the list; Esc: leave, Esc again: clear)",
    ),
    ("Ctrl-u", "clear the search box"),
    ("j k ↓ ↑", "move in the focused pane"),
    ("g G", "first / last"),
    ("PgUp PgDn Ctrl-d Ctrl-u", "page up / down"),
    ("Tab Shift-Tab", "next / previous pane"),
    (
        "Enter",
        "open the article (list); filter by the actor as speaker (sidebar)",
    ),
    ("] [", "next / previous quote in the article"),
    (
        "} {",
        "next / previous quote by the same speaker, across the corpus (within the search)",
    ),
    ("n N", "next / previous search match in the article"),
    ("s", "pick a speaker and jump to their first quote"),
    ("Space", "mark or unmark the current quote"),
    ("b", "review the basket of marked passages (d: remove)"),
    ("e", "export the basket (.md .json .csv .txt, by extension)"),
    ("y", "copy the current quote with its citation (OSC 52)"),
    ("o", "open the article's URL or file"),
    ("S", "sort: relevance, newest, oldest, most quotes"),
    ("t", "insight: who is quoted most, and when"),
    ("?", "this help"),
    ("q Ctrl-c", "quit"),
];

pub struct App {
    pub focus: Focus,
    pub overlay: Overlay,
    pub query: String,
    pub sort: SortBy,
    pub results: Results,
    pub list_sel: usize,
    pub article: Option<Annotated>,
    pub article_aid: Option<String>,
    /// Index into `article.quotes` of the current quote.
    pub quote_sel: Option<usize>,
    pub reader_scroll: usize,
    /// Set when the reader should bring the current quote into view.
    pub reveal_quote: bool,
    pub match_sel: usize,
    pub side_sel: usize,
    pub basket: Vec<Passage>,
    pub status: String,
    pub corpus_articles: u64,
    pub corpus_quotes: u64,
    pub indexing: Option<(usize, usize)>,
    pub export_default: String,
    pub today: String,
    pub quit: bool,
    pub no_color: bool,
    seq: u64,
    last_seq_shown: u64,
    pending: Vec<Request>,
    /// A cross-article jump waiting for its speaker's quotes: (speaker, direction).
    speaker_jump: Option<(String, i32)>,
    /// Speaker quotes for the insight view.
    pub insight_quotes: Option<(String, Vec<QuoteHit>)>,
    /// Quotes per speaker for a query (insight chart, speaker picker).
    pub tally: Option<(String, Vec<Counted>)>,
    /// Rows of the list pane last drawn (for paging).
    pub list_height: usize,
    /// Where the last frame put things (for mouse clicks).
    pub hits: Hits,
    /// Rows asked of the current query, and the query they were asked for.
    pub list_limit: usize,
    limit_query: String,
    pub reader_height: usize,
    pub esc_armed: bool,
    pub dirty: bool,
    /// Rebound keys: (pressed, acts as).
    pub remap: Vec<(char, char)>,
}

impl App {
    pub fn new(export_default: &str, today: &str) -> App {
        let mut app = App {
            focus: Focus::List,
            overlay: Overlay::None,
            query: String::new(),
            sort: SortBy::Relevance,
            results: Results::default(),
            list_sel: 0,
            article: None,
            article_aid: None,
            quote_sel: None,
            reader_scroll: 0,
            reveal_quote: false,
            match_sel: 0,
            side_sel: 0,
            basket: Vec::new(),
            status: String::new(),
            corpus_articles: 0,
            corpus_quotes: 0,
            indexing: None,
            export_default: export_default.to_string(),
            today: today.to_string(),
            quit: false,
            no_color: false,
            seq: 0,
            last_seq_shown: 0,
            pending: Vec::new(),
            speaker_jump: None,
            insight_quotes: None,
            tally: None,
            hits: Hits::default(),
            list_limit: LIST_PAGE,
            limit_query: String::new(),
            list_height: 20,
            reader_height: 20,
            esc_armed: false,
            dirty: true,
            remap: Vec::new(),
        };
        app.run_query();
        app
    }

    /// Requests made since the last call.
    pub fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.pending)
    }

    fn run_query(&mut self) {
        if self.query != self.limit_query {
            // a new query fetches one page of rows; scrolling fetches more
            self.list_limit = LIST_PAGE;
            self.limit_query = self.query.clone();
        }
        self.seq += 1;
        self.pending
            .retain(|r| !matches!(r, Request::Search { .. }));
        self.pending.push(Request::Search {
            seq: self.seq,
            query: self.query.clone(),
            sort: self.sort,
            limit: self.list_limit,
        });
    }

    /// Near the end of the rows fetched, with more results: fetch more.
    fn grow_list(&mut self) {
        let len = self.results.articles.len();
        if self.list_sel + LIST_PAGE / 4 >= len
            && self.results.total > len
            && self.list_limit <= len
        {
            self.list_limit = (len * 4).clamp(LIST_PAGE, MAX_ROWS);
            if self.list_limit > len {
                self.run_query();
            }
        }
    }

    fn load_selected(&mut self, quote: Option<u64>) {
        self.grow_list();
        if let Some(h) = self.results.articles.get(self.list_sel) {
            if self.article_aid.as_deref() == Some(&h.aid) && quote.is_none() {
                return;
            }
            self.pending.push(Request::Article {
                aid: h.aid.clone(),
                quote,
            });
        }
    }

    /// Apply an answer.
    pub fn on_response(&mut self, r: Response) {
        self.dirty = true;
        match r {
            Response::Results { seq, results } => {
                // a newer keystroke discards older results
                if seq < self.last_seq_shown || seq != self.seq {
                    return;
                }
                self.last_seq_shown = seq;
                // stay on the selected row's article (its reader may still be loading),
                // else on the article in the reader
                let selected = self
                    .results
                    .articles
                    .get(self.list_sel)
                    .map(|a| a.aid.clone());
                let keep = selected
                    .as_ref()
                    .or(self.article_aid.as_ref())
                    .and_then(|aid| results.articles.iter().position(|a| &a.aid == aid));
                self.results = *results;
                self.list_sel = keep
                    .unwrap_or(0)
                    .min(self.results.articles.len().saturating_sub(1));
                if keep.is_none() {
                    self.load_selected(None);
                }
                self.match_sel = 0;
            }
            Response::Article {
                aid,
                article,
                quote,
            } => {
                let Some(article) = article else {
                    self.status = format!("article {aid} is no longer in the index");
                    return;
                };
                self.article = Some(*article);
                self.article_aid = Some(aid);
                self.side_sel = 0;
                self.quote_sel = None;
                self.reader_scroll = 0;
                if let Some(pos) = quote {
                    self.quote_sel = Some(pos as usize).filter(|&p| p < self.quote_count());
                    self.reveal_quote = true;
                }
            }
            Response::SpeakerQuotes { speaker, quotes } => {
                if matches!(self.overlay, Overlay::Insight { .. }) && self.speaker_jump.is_none() {
                    self.insight_quotes = Some((speaker, quotes));
                    return;
                }
                let Some((want, dir)) = self.speaker_jump.take() else {
                    return;
                };
                if want != speaker {
                    return;
                }
                self.jump_in(&speaker, &quotes, dir);
            }
            Response::Tally { query, speakers } => {
                if query == self.query {
                    self.tally = Some((query, speakers));
                    if let Overlay::Insight { sel } = self.overlay {
                        self.overlay = Overlay::Insight {
                            sel: sel.min(self.tally_len().saturating_sub(1)),
                        };
                        self.request_insight();
                    }
                }
            }
            Response::Progress { done, total } => {
                self.indexing = (done < total).then_some((done, total));
            }
            Response::Indexed {
                articles,
                quotes,
                message,
            } => {
                self.indexing = None;
                self.corpus_articles = articles;
                self.corpus_quotes = quotes;
                if !message.is_empty() {
                    self.status = message;
                }
                self.run_query();
            }
            Response::Error(e) => self.status = e,
        }
    }

    fn quote_count(&self) -> usize {
        self.article.as_ref().map(|a| a.quotes.len()).unwrap_or(0)
    }

    /// The current quote's speaker id.
    pub fn current_speaker(&self) -> Option<String> {
        let a = self.article.as_ref()?;
        let q = a.quotes.get(self.quote_sel?)?;
        q.speaker.as_ref()?.actor.clone()
    }

    fn jump_in(&mut self, speaker: &str, quotes: &[QuoteHit], dir: i32) {
        let aid = self.article_aid.clone().unwrap_or_default();
        let pos = self.quote_sel.unwrap_or(0) as u64;
        let here = quotes.iter().position(|q| q.aid == aid && q.pos == pos);
        let target = match (here, dir) {
            (_, 0) => quotes.first(),
            (Some(i), 1) => quotes.get(i + 1),
            (Some(i), _) => i.checked_sub(1).and_then(|j| quotes.get(j)),
            (None, 1) => quotes
                .iter()
                .find(|q| q.aid > aid || (q.aid == aid && q.pos > pos)),
            (None, _) => quotes
                .iter()
                .rev()
                .find(|q| q.aid < aid || (q.aid == aid && q.pos < pos)),
        };
        let Some(t) = target.cloned() else {
            self.status = format!(
                "no {} quote by {} in this search",
                if dir > 0 { "later" } else { "earlier" },
                self.speaker_name(speaker)
            );
            return;
        };
        if t.aid == aid {
            self.quote_sel = Some(t.pos as usize);
            self.reveal_quote = true;
        } else {
            if let Some(i) = self.results.articles.iter().position(|a| a.aid == t.aid) {
                self.list_sel = i;
            }
            self.pending.push(Request::Article {
                aid: t.aid.clone(),
                quote: Some(t.pos),
            });
        }
        self.focus = Focus::Reader;
    }

    fn speaker_name(&self, id: &str) -> String {
        self.article
            .as_ref()
            .and_then(|a| a.actor(id).map(|x| x.name.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    fn move_sel(sel: &mut usize, len: usize, delta: isize) {
        if len == 0 {
            *sel = 0;
            return;
        }
        let n = (*sel as isize + delta).clamp(0, len as isize - 1);
        *sel = n as usize;
    }

    /// Move to the next or previous quote (quotes are stored title first, then body, then
    /// captions: the order the reader shows them in).
    fn quote_step(&mut self, dir: isize) {
        let n = self.quote_count();
        if n == 0 {
            self.status = "this article has no quotes".into();
            return;
        }
        let next = match self.quote_sel {
            None if dir > 0 => 0,
            None => n - 1,
            Some(i) => (i as isize + dir).clamp(0, n as isize - 1) as usize,
        };
        self.quote_sel = Some(next);
        self.reveal_quote = true;
        self.focus = Focus::Reader;
    }

    fn current_passage(&self) -> Option<Passage> {
        let a = self.article.as_ref()?;
        let q = a.quotes.get(self.quote_sel?)?;
        Some(Passage {
            text: q.text.clone(),
            speaker: q.speaker.as_ref().map(|s| s.name.clone()),
            kind: Some(q.kind.as_str().to_string()),
            title: a.title.clone(),
            source: a.source.clone(),
            url: a.url.clone(),
            published: a.published.clone(),
        })
    }

    fn toggle_mark(&mut self) {
        let Some(p) = self.current_passage() else {
            self.status = "no current quote to mark: move to one with ] or [".into();
            return;
        };
        if let Some(i) = self.basket.iter().position(|x| x == &p) {
            self.basket.remove(i);
            self.status = format!("unmarked ({} in the basket)", self.basket.len());
        } else {
            self.basket.push(p);
            self.status = format!("marked ({} in the basket)", self.basket.len());
        }
    }

    pub fn is_marked(&self, qi: usize) -> bool {
        let Some(a) = &self.article else { return false };
        let Some(q) = a.quotes.get(qi) else {
            return false;
        };
        self.basket
            .iter()
            .any(|p| p.text == q.text && p.source == a.source && p.title == a.title)
    }

    /// Offsets (byte ranges in the body text) of search matches in the current article.
    pub fn matches(&self) -> Vec<(usize, usize)> {
        let Some(a) = &self.article else {
            return Vec::new();
        };
        let mut words: Vec<String> = Vec::new();
        let q = crate::index::query::parse(&self.query);
        for w in q.words.iter().chain(q.phrases.iter()) {
            words.extend(crate::index::analyze(w));
        }
        words.extend(self.results.completions.iter().cloned());
        if let Some(p) = &q.prefix {
            words.extend(crate::index::analyze(p));
        }
        if words.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let text = &a.text;
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                let toks = crate::index::analyze(&text[s..i]);
                if toks.iter().any(|t| words.contains(t)) {
                    out.push((s, i));
                }
            }
        }
        out
    }

    /// A click focuses the pane under it and selects the row clicked (article in the
    /// list, actor in the sidebar); the wheel scrolls the pane under the pointer.
    pub fn on_mouse(&mut self, m: MouseEvent) {
        self.dirty = true;
        if self.overlay != Overlay::None {
            return;
        }
        let at = Position::new(m.column, m.row);
        let h = &self.hits;
        let pane = if h.search.contains(at) {
            Some(Focus::Search)
        } else if h.list.contains(at) {
            Some(Focus::List)
        } else if h.reader.contains(at) {
            Some(Focus::Reader)
        } else if h.side.contains(at) {
            Some(Focus::Sidebar)
        } else {
            None
        };
        let Some(pane) = pane else { return };
        match m.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let d = if m.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                let keep = self.focus;
                self.focus = pane;
                self.scroll(d);
                self.focus = keep;
            }
            MouseEventKind::Down(MouseButton::Left) => {
                self.focus = pane;
                let row =
                    |rows: &[(u16, usize)]| rows.iter().find(|(y, _)| *y == m.row).map(|(_, i)| *i);
                match pane {
                    Focus::List => {
                        if let Some(i) = row(&self.hits.list_rows)
                            && i < self.results.articles.len()
                            && i != self.list_sel
                        {
                            self.list_sel = i;
                            self.load_selected(None);
                        }
                    }
                    Focus::Sidebar => {
                        if let Some(i) = row(&self.hits.side_rows) {
                            self.side_sel = i;
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn scroll(&mut self, d: isize) {
        match self.focus {
            Focus::Reader => {
                self.reader_scroll = (self.reader_scroll as isize + d).max(0) as usize;
            }
            _ => {
                let len = self.results.articles.len();
                let before = self.list_sel;
                Self::move_sel(&mut self.list_sel, len, d);
                if self.list_sel != before {
                    self.load_selected(None);
                }
            }
        }
    }

    /// Handle a key.
    pub fn on_key(&mut self, k: KeyEvent) -> Option<Effect> {
        self.dirty = true;
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && k.code == KeyCode::Char('c') {
            self.quit = true;
            return None;
        }
        if k.code != KeyCode::Esc {
            self.esc_armed = false;
        }
        // overlays take keys first
        match self.overlay.clone() {
            Overlay::None => {}
            Overlay::Help => {
                if matches!(
                    k.code,
                    KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q')
                ) {
                    self.overlay = Overlay::None;
                }
                return None;
            }
            Overlay::Basket { mut sel } => {
                match k.code {
                    KeyCode::Esc | KeyCode::Char('b') | KeyCode::Char('q') => {
                        self.overlay = Overlay::None
                    }
                    KeyCode::Char('j') | KeyCode::Down => {
                        Self::move_sel(&mut sel, self.basket.len(), 1)
                    }
                    KeyCode::Char('k') | KeyCode::Up => {
                        Self::move_sel(&mut sel, self.basket.len(), -1)
                    }
                    KeyCode::Char('d') | KeyCode::Delete | KeyCode::Backspace
                        if sel < self.basket.len() =>
                    {
                        self.basket.remove(sel);
                        sel = sel.min(self.basket.len().saturating_sub(1));
                    }
                    KeyCode::Char('e') => {
                        self.open_export();
                        return None;
                    }
                    _ => {}
                }
                if let Overlay::Basket { sel: s } = &mut self.overlay {
                    *s = sel;
                }
                return None;
            }
            Overlay::Export {
                mut path,
                error,
                exists,
            } => {
                if exists {
                    let mode = match k.code {
                        KeyCode::Char('a') => Some(Mode::Append),
                        KeyCode::Char('o') => Some(Mode::Overwrite),
                        KeyCode::Esc | KeyCode::Char('c') | KeyCode::Char('n') => {
                            self.overlay = Overlay::Export {
                                path,
                                error: None,
                                exists: false,
                            };
                            return None;
                        }
                        _ => None,
                    };
                    if let Some(m) = mode {
                        self.do_export(&path, m);
                    }
                    return None;
                }
                match k.code {
                    KeyCode::Esc => self.overlay = Overlay::None,
                    KeyCode::Enter => {
                        let p = export::expand_path(&path, &self.today);
                        if p.exists() {
                            self.overlay = Overlay::Export {
                                path,
                                error,
                                exists: true,
                            };
                        } else {
                            self.do_export(&path, Mode::New);
                        }
                    }
                    KeyCode::Backspace => {
                        path.pop();
                        self.overlay = Overlay::Export {
                            path,
                            error: None,
                            exists: false,
                        };
                    }
                    KeyCode::Char('u') if ctrl => {
                        self.overlay = Overlay::Export {
                            path: String::new(),
                            error: None,
                            exists: false,
                        };
                    }
                    KeyCode::Char(c) if !ctrl => {
                        path.push(c);
                        self.overlay = Overlay::Export {
                            path,
                            error: None,
                            exists: false,
                        };
                    }
                    _ => {}
                }
                return None;
            }
            Overlay::Picker {
                mut filter,
                mut sel,
            } => {
                let items = self.picker_items(&filter);
                match k.code {
                    KeyCode::Esc => {
                        self.overlay = Overlay::None;
                        return None;
                    }
                    KeyCode::Enter => {
                        if let Some((id, name, _)) = items.get(sel).cloned() {
                            self.overlay = Overlay::None;
                            self.query = format!("speaker:\"{name}\" ");
                            self.run_query();
                            self.speaker_jump = Some((id.clone(), 0));
                            self.pending.push(Request::SpeakerQuotes {
                                speaker: id,
                                query: self.query.clone(),
                            });
                        }
                        return None;
                    }
                    KeyCode::Down => Self::move_sel(&mut sel, items.len(), 1),
                    KeyCode::Up => Self::move_sel(&mut sel, items.len(), -1),
                    KeyCode::Backspace => {
                        filter.pop();
                        sel = 0;
                    }
                    KeyCode::Char('u') if ctrl => filter.clear(),
                    KeyCode::Char(c) if !ctrl => {
                        filter.push(c);
                        sel = 0;
                    }
                    _ => {}
                }
                self.overlay = Overlay::Picker { filter, sel };
                return None;
            }
            Overlay::Insight { mut sel } => {
                let n = self.tally_len();
                match k.code {
                    KeyCode::Esc | KeyCode::Char('t') | KeyCode::Char('q') => {
                        self.overlay = Overlay::None;
                        return None;
                    }
                    KeyCode::Char('j') | KeyCode::Down | KeyCode::Char('l') | KeyCode::Right => {
                        Self::move_sel(&mut sel, n, 1)
                    }
                    KeyCode::Char('k') | KeyCode::Up | KeyCode::Char('h') | KeyCode::Left => {
                        Self::move_sel(&mut sel, n, -1)
                    }
                    KeyCode::Enter => {
                        if let Some(s) = self.speaker_counts().0.get(sel).cloned() {
                            self.overlay = Overlay::None;
                            self.query = format!("speaker:\"{}\" ", s.name);
                            self.run_query();
                            self.focus = Focus::List;
                        }
                        return None;
                    }
                    _ => {}
                }
                self.overlay = Overlay::Insight { sel };
                self.request_insight();
                return None;
            }
        }
        if self.focus == Focus::Search {
            return self.search_key(k, ctrl);
        }
        // rebound keys (outside text fields)
        let mut k = k;
        if let KeyCode::Char(c) = k.code
            && !ctrl
        {
            if let Some(&(_, to)) = self.remap.iter().find(|(from, _)| *from == c) {
                k.code = KeyCode::Char(to);
            } else if self.remap.iter().any(|(_, to)| *to == c) {
                return None; // the default of a rebound action
            }
        }
        match k.code {
            KeyCode::Char('q') => self.quit = true,
            KeyCode::Char('/') => self.focus = Focus::Search,
            KeyCode::Char('?') => self.overlay = Overlay::Help,
            KeyCode::Tab => self.cycle(1),
            KeyCode::BackTab => self.cycle(-1),
            KeyCode::Esc => {
                if self.esc_armed && !self.query.is_empty() {
                    self.query.clear();
                    self.run_query();
                    self.esc_armed = false;
                } else {
                    self.esc_armed = true;
                }
            }
            KeyCode::Char('j') | KeyCode::Down => self.move_focused(1),
            KeyCode::Char('k') | KeyCode::Up => self.move_focused(-1),
            KeyCode::Char('g') | KeyCode::Home => self.move_focused(-100_000),
            KeyCode::Char('G') | KeyCode::End => self.move_focused(100_000),
            KeyCode::PageDown => self.page(1),
            KeyCode::PageUp => self.page(-1),
            KeyCode::Char('d') if ctrl => self.page(1),
            KeyCode::Char('u') if ctrl => self.page(-1),
            KeyCode::Enter => match self.focus {
                Focus::List => {
                    self.load_selected(None);
                    self.focus = Focus::Reader;
                }
                Focus::Sidebar => {
                    if let Some(a) = self.sidebar_actors().get(self.side_sel) {
                        self.query = format!("speaker:\"{}\" ", a.1);
                        self.run_query();
                        self.focus = Focus::List;
                    }
                }
                _ => {}
            },
            KeyCode::Char(']') => self.quote_step(1),
            KeyCode::Char('[') => self.quote_step(-1),
            KeyCode::Char('}') => self.speaker_step(1),
            KeyCode::Char('{') => self.speaker_step(-1),
            KeyCode::Char('n') => self.match_step(1),
            KeyCode::Char('N') => self.match_step(-1),
            KeyCode::Char(' ') => self.toggle_mark(),
            KeyCode::Char('b') => self.overlay = Overlay::Basket { sel: 0 },
            KeyCode::Char('e') => self.open_export(),
            KeyCode::Char('s') => {
                self.overlay = Overlay::Picker {
                    filter: String::new(),
                    sel: 0,
                };
                self.request_tally();
            }
            KeyCode::Char('S') => {
                self.sort = self.sort.next();
                self.status = format!("sorted by {}", self.sort.label());
                self.run_query();
            }
            KeyCode::Char('t') => {
                self.overlay = Overlay::Insight { sel: 0 };
                self.request_tally();
                self.request_insight();
            }
            KeyCode::Char('y') => {
                if let Some(p) = self.current_passage() {
                    let text = export::render(&[p], export::Format::Text, false);
                    self.status = "copied the quote with its citation".into();
                    return Some(Effect::Copy(text.trim_end().to_string()));
                }
                self.status = "no current quote to copy".into();
            }
            KeyCode::Char('o') => {
                if let Some(a) = &self.article {
                    let target = a.url.clone().unwrap_or_else(|| a.source.clone());
                    return Some(Effect::Open(target));
                }
            }
            _ => {}
        }
        None
    }

    /// Ask for quote counts per speaker in the current results, unless known.
    fn request_tally(&mut self) {
        if self.tally.as_ref().is_none_or(|(q, _)| q != &self.query) {
            self.pending.push(Request::Tally {
                query: self.query.clone(),
            });
        }
    }

    /// Speakers of the current results with their counts, and whether the counts are
    /// quotes (from the tally) or, until it arrives, articles quoting them.
    pub fn speaker_counts(&self) -> (&[Counted], bool) {
        match &self.tally {
            Some((q, v)) if q == &self.query => (v, true),
            _ => (&self.results.speakers, false),
        }
    }

    fn tally_len(&self) -> usize {
        self.speaker_counts().0.len()
    }

    fn request_insight(&mut self) {
        if let Overlay::Insight { sel } = self.overlay
            && let Some(s) = self.speaker_counts().0.get(sel)
            && self
                .insight_quotes
                .as_ref()
                .is_none_or(|(id, _)| id != &s.id)
        {
            self.pending.push(Request::SpeakerQuotes {
                speaker: s.id.clone(),
                query: self.query.clone(),
            });
        }
    }

    fn search_key(&mut self, k: KeyEvent, ctrl: bool) -> Option<Effect> {
        match k.code {
            KeyCode::Enter => self.focus = Focus::List,
            KeyCode::Esc => {
                if self.esc_armed {
                    self.query.clear();
                    self.run_query();
                    self.esc_armed = false;
                } else {
                    self.esc_armed = true;
                    self.focus = Focus::List;
                }
            }
            KeyCode::Backspace if self.query.pop().is_some() => {
                self.run_query();
            }
            KeyCode::Char('u') if ctrl => {
                self.query.clear();
                self.run_query();
            }
            KeyCode::Char('w') if ctrl => {
                let t = self.query.trim_end().rfind(' ').map(|i| i + 1).unwrap_or(0);
                self.query.truncate(t);
                self.run_query();
            }
            KeyCode::Char(c) if !ctrl => {
                self.query.push(c);
                self.run_query();
            }
            KeyCode::Tab => self.cycle(1),
            KeyCode::Down => self.focus = Focus::List,
            _ => {}
        }
        None
    }

    fn cycle(&mut self, d: i32) {
        let order = [Focus::Search, Focus::List, Focus::Reader, Focus::Sidebar];
        let i = order.iter().position(|f| *f == self.focus).unwrap_or(1) as i32;
        self.focus = order[((i + d).rem_euclid(4)) as usize];
    }

    fn page(&mut self, d: isize) {
        let h = match self.focus {
            Focus::Reader => self.reader_height,
            _ => self.list_height / 2,
        }
        .max(1) as isize;
        self.move_focused(d * h);
    }

    fn move_focused(&mut self, d: isize) {
        match self.focus {
            Focus::List | Focus::Search => {
                let before = self.list_sel;
                Self::move_sel(&mut self.list_sel, self.results.articles.len(), d);
                if self.list_sel != before {
                    self.load_selected(None);
                }
            }
            Focus::Reader => {
                self.reader_scroll = (self.reader_scroll as isize + d).max(0) as usize;
            }
            Focus::Sidebar => {
                let n = self.sidebar_actors().len();
                Self::move_sel(&mut self.side_sel, n, d);
            }
        }
    }

    fn match_step(&mut self, d: isize) {
        let m = self.matches();
        if m.is_empty() {
            self.status = "no search match in this article".into();
            return;
        }
        self.match_sel = ((self.match_sel as isize + d).rem_euclid(m.len() as isize)) as usize;
        self.status = format!("match {}/{}", self.match_sel + 1, m.len());
        self.focus = Focus::Reader;
        self.reveal_quote = true;
    }

    fn speaker_step(&mut self, dir: i32) {
        let Some(id) = self.current_speaker() else {
            self.status = "the current quote has no named speaker; move to one with ] or [".into();
            return;
        };
        self.speaker_jump = Some((id.clone(), dir));
        self.pending.push(Request::SpeakerQuotes {
            speaker: id,
            query: self.query.clone(),
        });
    }

    /// Actors of the current article: (id, name, kind, mentions, quotes), most quoted first.
    pub fn sidebar_actors(&self) -> Vec<(String, String, String, usize, usize)> {
        let Some(a) = &self.article else {
            return Vec::new();
        };
        let mut v: Vec<_> = a
            .actors
            .iter()
            .map(|x| {
                (
                    x.id.clone(),
                    x.name.clone(),
                    x.kind.as_str().to_string(),
                    x.mentions.len(),
                    x.quote_count,
                )
            })
            .collect();
        v.sort_by(|x, y| {
            y.4.cmp(&x.4)
                .then(y.3.cmp(&x.3))
                .then_with(|| x.1.cmp(&y.1))
        });
        v
    }

    /// Speakers for the picker, from the current result counts.
    pub fn picker_items(&self, filter: &str) -> Vec<(String, String, u64)> {
        let f = crate::eval::norm_name(filter);
        self.speaker_counts()
            .0
            .iter()
            .filter(|s| f.is_empty() || crate::eval::norm_name(&s.name).contains(&f))
            .map(|s| (s.id.clone(), s.name.clone(), s.count))
            .collect()
    }

    fn open_export(&mut self) {
        if self.basket.is_empty() {
            self.status = "the basket is empty: mark quotes with Space".into();
            self.overlay = Overlay::None;
            return;
        }
        self.overlay = Overlay::Export {
            path: self.export_default.clone(),
            error: None,
            exists: false,
        };
    }

    fn do_export(&mut self, path: &str, mode: Mode) {
        let p = export::expand_path(path, &self.today);
        match export::write(&p, &self.basket, mode) {
            Ok(()) => {
                self.status = format!("exported {} passages to {}", self.basket.len(), p.display());
                self.overlay = Overlay::None;
            }
            Err(e) => {
                // the basket is kept; the prompt stays open with the error
                self.overlay = Overlay::Export {
                    path: path.to_string(),
                    error: Some(e.to_string()),
                    exists: false,
                };
            }
        }
    }
}
