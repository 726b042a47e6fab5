//! Drawing the app: search box, article list, reader, actor sidebar, status bar and
//! overlays. Everything from an article passes through [`clean`] first: no control
//! character from the text ever reaches the terminal.

use super::app::{App, Focus, KEYMAP, Overlay};
use crate::model::Part;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Clear, List, ListItem, ListState, Paragraph,
    Sparkline, Wrap,
};
use unicode_width::UnicodeWidthStr;

/// Replace control characters (C0, C1, DEL, bidi and zero-width controls) so that
/// article text cannot act on the terminal.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

const PALETTE: [Color; 8] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::LightBlue,
    Color::LightRed,
    Color::LightGreen,
    Color::LightMagenta,
];

static COLORS: std::sync::OnceLock<(Vec<Color>, Color)> = std::sync::OnceLock::new();

/// Colours from config names (`cyan`, `lightred`, `#rrggbb`, a 256-colour index): the
/// palette, the match colour (yellow when invalid) and a message per invalid name.
pub fn parse_colors(palette: &[String], match_color: &str) -> (Vec<Color>, Color, Vec<String>) {
    let mut bad = Vec::new();
    let mut parse = |n: &str| match n.trim().parse::<Color>() {
        Ok(c) => Some(c),
        Err(_) => {
            bad.push(format!(
                "not a colour: {n:?} (tui.palette / tui.match_color)"
            ));
            None
        }
    };
    let pal: Vec<Color> = palette.iter().filter_map(|n| parse(n)).collect();
    let m = parse(match_color).unwrap_or(Color::Yellow);
    (pal, m, bad)
}

/// Set the speaker palette and the match colour from the config (once, at start);
/// the names that are not colours come back, to be shown.
pub fn set_colors(palette: &[String], match_color: &str) -> Vec<String> {
    let (pal, m, bad) = parse_colors(palette, match_color);
    let _ = COLORS.set((pal, m));
    bad
}

fn match_bg() -> Color {
    COLORS.get().map_or(Color::Yellow, |c| c.1)
}

/// The colour of a speaker: stable per speaker (a hash of the id or name).
pub fn speaker_color(key: &str) -> Color {
    let mut h: u32 = 2166136261;
    for b in key.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    match COLORS.get().map(|c| c.0.as_slice()) {
        Some(p) if !p.is_empty() => p[(h % p.len() as u32) as usize],
        _ => PALETTE[(h % PALETTE.len() as u32) as usize],
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .filter_map(|w| w.chars().next())
        .take(3)
        .collect()
}

fn focus_block(title: String, focused: bool) -> Block<'static> {
    let style = if focused {
        Style::default()
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().fg(Color::DarkGray)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(title)
}

/// Draw the whole screen. Takes `&mut App` to remember pane sizes (paging, reveal).
pub fn draw(f: &mut Frame, app: &mut App) {
    let area = f.area();
    app.hits = Default::default();
    if area.width < 24 || area.height < 6 {
        f.render_widget(
            Paragraph::new("saywho: terminal too small").wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(3),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .split(area);
    draw_search(f, app, rows[0]);
    app.hits.search = rows[0];
    // degrade: the sidebar goes first, then the list
    let w = rows[1].width;
    let show_side = w >= 110;
    let show_list = w >= 70 || app.focus == Focus::List || app.focus == Focus::Search;
    let show_reader = w >= 70 || !(app.focus == Focus::List || app.focus == Focus::Search);
    let mut cons = Vec::new();
    if show_list {
        cons.push(if show_reader {
            Constraint::Percentage(32)
        } else {
            Constraint::Min(10)
        });
    }
    if show_reader {
        cons.push(Constraint::Min(20));
    }
    if show_side {
        cons.push(Constraint::Length(30));
    }
    let cols = Layout::default()
        .direction(Direction::Horizontal)
        .constraints(cons)
        .split(rows[1]);
    let mut i = 0;
    if show_list {
        draw_list(f, app, cols[i]);
        i += 1;
    }
    if show_reader {
        draw_reader(f, app, cols[i]);
        app.hits.reader = cols[i];
        i += 1;
    }
    if show_side {
        draw_sidebar(f, app, cols[i]);
    }
    draw_status(f, app, rows[2]);
    match app.overlay.clone() {
        Overlay::None => {}
        Overlay::Help => draw_help(f, app, area),
        Overlay::Basket { sel } => draw_basket(f, app, area, sel),
        Overlay::Export {
            path,
            error,
            exists,
        } => draw_export(f, app, area, &path, error, exists),
        Overlay::Picker { filter, sel } => draw_picker(f, app, area, &filter, sel),
        Overlay::Insight { sel } => draw_insight(f, app, area, sel),
    }
}

fn draw_search(f: &mut Frame, app: &App, r: Rect) {
    let focused = app.focus == Focus::Search;
    let mut spans = vec![Span::raw(clean(&app.query))];
    if focused {
        spans.push(Span::styled("█", Style::default().fg(Color::Gray)));
    } else if app.query.is_empty() {
        spans.push(Span::styled(
            "press / to search: words, \"phrases\", -exclude, speaker:NAME, actor:NAME, in:quotes, after:2025-01-01",
            Style::default().fg(Color::DarkGray),
        ));
    }
    let title = match app.results.problems.first() {
        Some(p) => format!(" Search — {} ", clean(p)),
        None => " Search ".to_string(),
    };
    f.render_widget(
        Paragraph::new(Line::from(spans)).block(focus_block(title, focused)),
        r,
    );
}

fn draw_list(f: &mut Frame, app: &mut App, r: Rect) {
    app.list_height = r.height.saturating_sub(2) as usize;
    let w = r.width.saturating_sub(4) as usize;
    let searching = !app.query.trim().is_empty();
    let items: Vec<ListItem> = app
        .results
        .articles
        .iter()
        .map(|h| {
            let date = h
                .published
                .as_deref()
                .and_then(|d| d.get(..10))
                .unwrap_or("          ");
            let mut lines = vec![Line::from(vec![Span::styled(
                truncate(&clean(&h.title), w),
                Style::default().add_modifier(Modifier::BOLD),
            )])];
            let src = h.path.rsplit('/').next().unwrap_or(&h.path);
            lines.push(Line::from(Span::styled(
                truncate(&format!("{date}  {} quotes  {}", h.quotes, clean(src)), w),
                Style::default().fg(Color::DarkGray),
            )));
            if searching && let Some(s) = &h.snippet {
                lines.push(snippet_line(&s.text, &s.highlights, w));
            }
            ListItem::new(lines)
        })
        .collect();
    let title = format!(" Articles ({}) — {} ", app.results.total, app.sort.label());
    let list = List::new(items)
        .block(focus_block(title, app.focus == Focus::List))
        .highlight_style(
            Style::default()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
        )
        .highlight_symbol("▌");
    let mut st = ListState::default();
    if !app.results.articles.is_empty() {
        st.select(Some(app.list_sel));
    }
    f.render_stateful_widget(list, r, &mut st);
    app.hits.list = r;
    app.hits.list_rows = item_rows(r, st.offset(), app.results.articles.len(), |i| {
        if searching && app.results.articles[i].snippet.is_some() {
            3
        } else {
            2
        }
    });
}

/// Which item each inner row of a bordered list shows, from its first visible item.
fn item_rows(
    r: Rect,
    offset: usize,
    len: usize,
    height: impl Fn(usize) -> u16,
) -> Vec<(u16, usize)> {
    let (top, bottom) = (r.y + 1, r.bottom().saturating_sub(1));
    let mut out = Vec::new();
    let mut y = top;
    for i in offset..len {
        if y >= bottom {
            break;
        }
        for _ in 0..height(i) {
            if y < bottom {
                out.push((y, i));
            }
            y += 1;
        }
    }
    out
}

fn snippet_line(text: &str, hl: &[(usize, usize)], w: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut at = 0;
    let mut width = 0;
    for &(a, b) in hl {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        let plain = clean(&text[at..a]);
        width += plain.width();
        spans.push(Span::styled(plain, Style::default().fg(Color::Gray)));
        let m = clean(&text[a..b]);
        width += m.width();
        spans.push(Span::styled(
            m,
            Style::default().fg(Color::Black).bg(match_bg()),
        ));
        at = b;
        if width > w {
            break;
        }
    }
    if at < text.len() && width < w {
        spans.push(Span::styled(
            clean(&text[at..]),
            Style::default().fg(Color::Gray),
        ));
    }
    Line::from(spans)
}

fn truncate(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if width + cw + 1 > w {
            break;
        }
        width += cw;
        out.push(c);
    }
    out.push('…');
    out
}

/// Byte offset of every char (and the end) of `s`.
fn char_bytes(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

/// Wrap a text into lines of at most `width` columns, styling byte ranges.
/// Returns the lines and, for each styled range with a tag, the line it starts on.
fn wrap_styled(
    text: &str,
    width: usize,
    ranges: &[(usize, usize, Style, Option<usize>)],
    base: Style,
    starts: &mut Vec<(usize, usize)>,
    line0: usize,
) -> Vec<Line<'static>> {
    let width = width.max(8);
    let style_at = |i: usize| -> Style {
        let mut st = base;
        for &(a, b, s, _) in ranges {
            if i >= a && i < b {
                st = st.patch(s);
            }
        }
        st
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut cur_w = 0usize;
    // words with the space before them
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        let ws = i;
        while i < text.len() && bytes[i] == b' ' {
            i += 1;
        }
        let s = i;
        while i < text.len() && bytes[i] != b' ' {
            i += 1;
        }
        if s == i {
            break;
        }
        let word = &text[s..i];
        let ww = clean(word).width();
        let space = if ws < s && cur_w > 0 { 1 } else { 0 };
        if cur_w + space + ww > width && cur_w > 0 {
            lines.push(Line::from(std::mem::take(&mut cur)));
            cur_w = 0;
        } else if space == 1 {
            cur.push(Span::styled(" ", style_at(ws)));
            cur_w += 1;
        }
        for &(a, _, _, tag) in ranges {
            if let Some(t) = tag
                && a >= ws
                && a < i.max(ws + 1)
                && !starts.iter().any(|(x, _)| *x == t)
            {
                starts.push((t, line0 + lines.len()));
            }
        }
        // split the word where the style changes; hard-wrap words wider than a line
        let mut seg_start = s;
        let mut seg_style = style_at(s);
        for (off, c) in word
            .char_indices()
            .skip(1)
            .chain(std::iter::once((word.len(), ' ')))
        {
            let at = s + off;
            let st = if at < i {
                style_at(at)
            } else {
                Style::default()
            };
            if at == i || st != seg_style {
                let piece = clean(&text[seg_start..at]);
                let pw = piece.width();
                if cur_w + pw > width && cur_w > 0 && pw <= width {
                    lines.push(Line::from(std::mem::take(&mut cur)));
                    cur_w = 0;
                }
                cur_w += pw;
                cur.push(Span::styled(piece, seg_style));
                seg_start = at;
                seg_style = st;
            }
            let _ = c;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

fn draw_reader(f: &mut Frame, app: &mut App, r: Rect) {
    let inner_w = r.width.saturating_sub(2) as usize;
    app.reader_height = r.height.saturating_sub(2) as usize;
    let focused = app.focus == Focus::Reader;
    let Some(a) = app.article.clone() else {
        let msg = if app.results.articles.is_empty() {
            "No article matches. Edit the search with /."
        } else {
            "Select an article in the list (j/k, Enter)."
        };
        f.render_widget(
            Paragraph::new(msg).block(focus_block(" Reader ".into(), focused)),
            r,
        );
        return;
    };
    let matches = app.matches();
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let quote_style = |app: &App, i: usize| -> Style {
        let q = &a.quotes[i];
        let key = q
            .speaker
            .as_ref()
            .map(|s| s.actor.clone().unwrap_or_else(|| s.name.clone()))
            .unwrap_or_default();
        let mut st = if app.no_color {
            Style::default().add_modifier(Modifier::UNDERLINED)
        } else if q.speaker.is_some() {
            Style::default().fg(speaker_color(&key))
        } else {
            Style::default()
                .fg(Color::Gray)
                .add_modifier(Modifier::ITALIC)
        };
        if app.quote_sel == Some(i) {
            st = st.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        }
        if app.is_marked(i) {
            st = st.add_modifier(Modifier::BOLD);
        }
        st
    };
    let ranges_for = |app: &App, part: Part, cap: Option<usize>, host: &str| {
        let cb = char_bytes(host);
        let mut v: Vec<(usize, usize, Style, Option<usize>)> = Vec::new();
        for (i, q) in a.quotes.iter().enumerate() {
            if q.part != part || (part == Part::Caption && q.caption != cap) {
                continue;
            }
            let (Some(&s), Some(&e)) = (cb.get(q.start), cb.get(q.end)) else {
                continue;
            };
            v.push((s, e, quote_style(app, i), Some(i)));
        }
        v
    };
    // title
    let title_ranges = ranges_for(app, Part::Title, None, &a.title);
    lines.extend(wrap_styled(
        &a.title,
        inner_w,
        &title_ranges,
        Style::default().add_modifier(Modifier::BOLD),
        &mut starts,
        lines.len(),
    ));
    let mut meta: Vec<String> = Vec::new();
    if let Some(b) = &a.byline {
        meta.push(format!("by {}", clean(b)));
    }
    if let Some(d) = &a.published {
        meta.push(d.replace('T', " ").get(..16).unwrap_or(d).to_string());
    }
    if let Some(s) = &a.section {
        meta.push(clean(s));
    }
    meta.push(clean(a.source.rsplit('/').next().unwrap_or(&a.source)));
    lines.push(Line::from(Span::styled(
        meta.join(" · "),
        Style::default().fg(Color::DarkGray),
    )));
    lines.push(Line::from(""));
    // body, paragraph by paragraph
    let body_ranges = ranges_for(app, Part::Body, None, &a.text);
    let cur_match = matches.get(app.match_sel).copied();
    let mut match_line = None;
    let mut off = 0;
    for para in a.text.split("\n\n") {
        let pe = off + para.len();
        let mut rs: Vec<(usize, usize, Style, Option<usize>)> = body_ranges
            .iter()
            .filter(|(s, e, _, _)| *s < pe && *e > off)
            .map(|&(s, e, st, t)| {
                (
                    s.max(off) - off,
                    e.min(pe) - off,
                    st,
                    if s >= off { t } else { None },
                )
            })
            .collect();
        for &(s, e) in &matches {
            if s >= off && e <= pe {
                let cur = Some((s, e)) == cur_match;
                let st = if cur {
                    Style::default()
                        .bg(match_bg())
                        .fg(Color::Black)
                        .add_modifier(Modifier::BOLD)
                } else {
                    Style::default()
                        .add_modifier(Modifier::UNDERLINED)
                        .bg(Color::Rgb(60, 60, 0))
                };
                rs.push((
                    s - off,
                    e - off,
                    st,
                    if cur { Some(usize::MAX) } else { None },
                ));
            }
        }
        // speaker initials before each quote when colour is off
        let mut text = para.to_string();
        if app.no_color {
            let mut inserts: Vec<(usize, String)> = rs
                .iter()
                .filter_map(|&(s, _, _, t)| t.filter(|&t| t != usize::MAX).map(|t| (s, t)))
                .filter_map(|(s, t)| {
                    a.quotes[t]
                        .speaker
                        .as_ref()
                        .map(|sp| (s, format!("[{}]", initials(&sp.name))))
                })
                .collect();
            inserts.sort_by_key(|x| std::cmp::Reverse(x.0));
            for (s, tag) in inserts {
                // find the quote mark just before the quote and tag before it
                let at = text[..s]
                    .rfind(|c: char| !c.is_alphanumeric() && c != ' ')
                    .map(|p| p.min(s))
                    .unwrap_or(s);
                let at = if text.is_char_boundary(at) { at } else { s };
                text.insert_str(at, &tag);
                let n = tag.len();
                for r in rs.iter_mut() {
                    if r.0 >= at {
                        r.0 += n;
                    }
                    if r.1 > at {
                        r.1 += n;
                    }
                }
            }
        }
        let line0 = lines.len();
        let mut st = Vec::new();
        lines.extend(wrap_styled(
            &text,
            inner_w,
            &rs,
            Style::default(),
            &mut st,
            line0,
        ));
        for (t, l) in st {
            if t == usize::MAX {
                match_line = Some(l);
            } else {
                starts.push((t, l));
            }
        }
        lines.push(Line::from(""));
        off = pe + 2;
    }
    for (ci, c) in a.captions.iter().enumerate() {
        let rs = ranges_for(app, Part::Caption, Some(ci), c);
        let mut text = String::from("▣ ");
        text.push_str(c);
        let rs: Vec<_> = rs
            .into_iter()
            .map(|(s, e, st, t)| (s + 4, e + 4, st, t))
            .collect();
        let line0 = lines.len();
        lines.extend(wrap_styled(
            &text,
            inner_w,
            &rs,
            Style::default()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            &mut starts,
            line0,
        ));
    }
    // bring the current quote (or match) into view
    if app.reveal_quote {
        let target = match (app.quote_sel, match_line) {
            (_, Some(l)) if app.status.starts_with("match") => Some(l),
            (Some(q), _) => starts.iter().find(|(t, _)| *t == q).map(|(_, l)| *l),
            _ => match_line,
        };
        if let Some(l) = target {
            let h = app.reader_height.max(1);
            if l < app.reader_scroll || l >= app.reader_scroll + h {
                app.reader_scroll = l.saturating_sub(h / 3);
            }
        }
        app.reveal_quote = false;
    }
    let max_scroll = lines.len().saturating_sub(1);
    app.reader_scroll = app.reader_scroll.min(max_scroll);
    let title = match app.quote_sel.and_then(|i| a.quotes.get(i)) {
        Some(q) => format!(
            " Reader — quote {}/{} · {} · {} ",
            app.quote_sel.unwrap_or(0) + 1,
            a.quotes.len(),
            q.kind.as_str(),
            q.speaker
                .as_ref()
                .map(|s| clean(&s.name))
                .unwrap_or_else(|| "no speaker".into())
        ),
        None => format!(" Reader — {} quotes ", a.quotes.len()),
    };
    let visible: Vec<Line> = lines.into_iter().skip(app.reader_scroll).collect();
    f.render_widget(
        Paragraph::new(visible).block(focus_block(title, focused)),
        r,
    );
}

/// `  person · 6 quotes · 4 mentions`: quotes first (what a reader looks for), no
/// `0 quotes`, singulars right.
fn actor_counts(kind: &str, mentions: usize, quotes: usize) -> String {
    let plural = |n: usize, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    let mut s = format!("  {kind}");
    if quotes > 0 {
        s.push_str(" · ");
        s.push_str(&plural(quotes, "quote"));
    }
    s.push_str(" · ");
    s.push_str(&plural(mentions, "mention"));
    s
}

fn draw_sidebar(f: &mut Frame, app: &mut App, r: Rect) {
    let actors = app.sidebar_actors();
    let speaker = app.current_speaker();
    let w = r.width.saturating_sub(4) as usize;
    let items: Vec<ListItem> = actors
        .iter()
        .map(|(id, name, kind, mentions, quotes)| {
            let is_sp = speaker.as_deref() == Some(id.as_str());
            let mut st = if app.no_color {
                Style::default()
            } else {
                Style::default().fg(speaker_color(id))
            };
            if *quotes == 0 {
                st = Style::default().fg(Color::Gray);
            }
            if is_sp {
                st = st.add_modifier(Modifier::REVERSED | Modifier::BOLD);
            }
            ListItem::new(vec![
                Line::from(Span::styled(truncate(&clean(name), w), st)),
                Line::from(Span::styled(
                    truncate(&actor_counts(kind, *mentions, *quotes), w + 2),
                    Style::default().fg(Color::DarkGray),
                )),
            ])
        })
        .collect();
    let list = List::new(items)
        .block(focus_block(
            format!(" Actors ({}) ", actors.len()),
            app.focus == Focus::Sidebar,
        ))
        .highlight_symbol("›");
    let mut st = ListState::default();
    if app.focus == Focus::Sidebar && !actors.is_empty() {
        st.select(Some(app.side_sel));
    }
    f.render_stateful_widget(list, r, &mut st);
    app.hits.side = r;
    app.hits.side_rows = item_rows(r, st.offset(), actors.len(), |_| 2);
}

fn draw_status(f: &mut Frame, app: &App, r: Rect) {
    let mut parts = vec![format!(
        "{} articles · {} quotes",
        app.corpus_articles, app.corpus_quotes
    )];
    parts.push(format!("{} results", app.results.total));
    if let Some((d, t)) = app.indexing {
        parts.push(format!("indexing {d}/{t}"));
    }
    parts.push(format!("basket {}", app.basket.len()));
    if !app.status.is_empty() {
        parts.push(clean(&app.status));
    }
    let left = parts.join(" · ");
    let hint = " / search  ]/[ quote  }/{ speaker  Space mark  e export  ? help  q quit ";
    let w = r.width as usize;
    let line = if left.width() + hint.width() < w {
        Line::from(vec![
            Span::raw(left.clone()),
            Span::raw(" ".repeat(w - left.width() - hint.width())),
            Span::styled(hint, Style::default().fg(Color::DarkGray)),
        ])
    } else {
        Line::from(truncate(&left, w))
    };
    f.render_widget(
        Paragraph::new(line).style(Style::default().bg(Color::Black)),
        r,
    );
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2)).max(10).min(area.width);
    let h = h.min(area.height.saturating_sub(2)).max(3).min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn draw_help(f: &mut Frame, app: &App, area: Rect) {
    let r = centered(area, 96, KEYMAP.len() as u16 + 4);
    let lines: Vec<Line> = KEYMAP
        .iter()
        .map(|(k, d)| {
            // show rebound keys in place of their defaults
            let keys: String = k
                .split(' ')
                .map(|part| {
                    let mut cs = part.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => match app.remap.iter().find(|(_, to)| *to == c) {
                            Some((' ', _)) => "Space".to_string(),
                            Some((from, _)) => from.to_string(),
                            None => part.to_string(),
                        },
                        _ if part == "Space" => match app.remap.iter().find(|(_, to)| *to == ' ') {
                            Some((from, _)) => from.to_string(),
                            None => part.to_string(),
                        },
                        _ => part.to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            Line::from(vec![
                Span::styled(
                    format!("{keys:>24}  "),
                    Style::default()
                        .fg(Color::Yellow)
                        .add_modifier(Modifier::BOLD),
                ),
                Span::raw(*d),
            ])
        })
        .collect();
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Keys (Esc closes) "),
        ),
        r,
    );
}

fn draw_basket(f: &mut Frame, app: &App, area: Rect, sel: usize) {
    let r = centered(area, 100, 20);
    f.render_widget(Clear, r);
    let w = r.width.saturating_sub(6) as usize;
    let items: Vec<ListItem> = app
        .basket
        .iter()
        .map(|p| {
            ListItem::new(vec![
                Line::from(truncate(&format!("“{}”", clean(&p.text)), w)),
                Line::from(Span::styled(
                    truncate(
                        &format!(
                            "  — {} · {} · {}",
                            clean(p.speaker.as_deref().unwrap_or("unattributed")),
                            clean(&p.title),
                            p.published
                                .as_deref()
                                .and_then(|d| d.get(..10))
                                .unwrap_or("")
                        ),
                        w,
                    ),
                    Style::default().fg(Color::DarkGray),
                )),
            ])
        })
        .collect();
    let mut st = ListState::default();
    if !app.basket.is_empty() {
        st.select(Some(sel));
    }
    f.render_stateful_widget(
        List::new(items)
            .highlight_symbol("▌")
            .block(Block::default().borders(Borders::ALL).title(format!(
                " Basket ({}) — d remove · e export · Esc close ",
                app.basket.len()
            ))),
        r,
        &mut st,
    );
}

fn draw_export(
    f: &mut Frame,
    app: &App,
    area: Rect,
    path: &str,
    error: Option<String>,
    exists: bool,
) {
    let r = centered(area, 90, 7);
    f.render_widget(Clear, r);
    let mut lines = vec![
        Line::from(format!(
            "Export {} passages to (format by extension: .md .json .csv .txt):",
            app.basket.len()
        )),
        Line::from(vec![
            Span::styled(clean(path), Style::default().add_modifier(Modifier::BOLD)),
            Span::raw("█"),
        ]),
    ];
    if exists {
        lines.push(Line::from(Span::styled(
            "The file exists: (a)ppend, (o)verwrite, (c)ancel?",
            Style::default().fg(Color::Yellow),
        )));
    } else if let Some(e) = error {
        lines.push(Line::from(Span::styled(
            clean(&e),
            Style::default().fg(Color::Red),
        )));
    } else {
        lines.push(Line::from(Span::styled(
            "Enter writes · Esc cancels",
            Style::default().fg(Color::DarkGray),
        )));
    }
    f.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(" Export ")),
        r,
    );
}

fn draw_picker(f: &mut Frame, app: &App, area: Rect, filter: &str, sel: usize) {
    let r = centered(area, 60, 20);
    f.render_widget(Clear, r);
    let items: Vec<ListItem> = app
        .picker_items(filter)
        .into_iter()
        .map(|(id, name, n)| {
            let unit = match (app.speaker_counts().1, n == 1) {
                (true, true) => "quote",
                (true, false) => "quotes",
                (false, true) => "article",
                (false, false) => "articles",
            };
            ListItem::new(Line::from(vec![
                Span::styled(clean(&name), Style::default().fg(speaker_color(&id))),
                Span::styled(
                    format!("  {n} {unit}"),
                    Style::default().fg(Color::DarkGray),
                ),
            ]))
        })
        .collect();
    let mut st = ListState::default();
    st.select(Some(sel));
    f.render_stateful_widget(
        List::new(items).highlight_symbol("▌").block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" Speaker: {}█ ", clean(filter))),
        ),
        r,
        &mut st,
    );
}

/// Quotes over time for the sparkline: one bucket per week (spans up to half a year)
/// or month, empty periods included, each bucket stretched to fill `width` columns.
pub struct Timeline {
    pub unit: &'static str,
    pub first: String,
    pub last: String,
    pub peak: u64,
    pub data: Vec<u64>,
}

pub fn timeline(dates: &[&str], width: usize) -> Option<Timeline> {
    let day = |d: &str| -> Option<(i64, i64, u32)> {
        let y: i64 = d.get(..4)?.parse().ok()?;
        let m: u32 = d.get(5..7)?.parse().ok()?;
        let dd: u32 = d.get(8..10).and_then(|x| x.parse().ok()).unwrap_or(1);
        Some((crate::index::query::days_from_civil(y, m, dd), y, m))
    };
    let days: Vec<(i64, i64, u32)> = dates.iter().filter_map(|d| day(d)).collect();
    let lo = days.iter().min_by_key(|d| d.0)?;
    let hi = days.iter().max_by_key(|d| d.0)?;
    let weekly = hi.0 - lo.0 <= 26 * 7;
    let bucket = |d: &(i64, i64, u32)| -> usize {
        if weekly {
            ((d.0 - lo.0) / 7) as usize
        } else {
            ((d.1 * 12 + d.2 as i64) - (lo.1 * 12 + lo.2 as i64)) as usize
        }
    };
    let n = bucket(hi) + 1;
    let mut counts = vec![0u64; n];
    for d in &days {
        counts[bucket(d)] += 1;
    }
    let each = (width / n).max(1);
    let data = counts
        .iter()
        .flat_map(|&c| std::iter::repeat_n(c, each))
        .collect();
    let iso = |d: &(i64, i64, u32)| {
        let s = dates
            .iter()
            .find(|x| day(x).is_some_and(|y| y.0 == d.0))
            .copied()
            .unwrap_or("");
        if weekly {
            s.get(..10).unwrap_or(s).to_string()
        } else {
            s.get(..7).unwrap_or(s).to_string()
        }
    };
    Some(Timeline {
        unit: if weekly { "week" } else { "month" },
        first: iso(lo),
        last: iso(hi),
        peak: counts.iter().copied().max().unwrap_or(0),
        data,
    })
}

fn draw_insight(f: &mut Frame, app: &App, area: Rect, sel: usize) {
    let r = centered(area, 110, 26);
    f.render_widget(Clear, r);
    let parts = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Min(8), Constraint::Length(7)])
        .split(r);
    let (speakers, quotes) = app.speaker_counts();
    let bars: Vec<Bar> = speakers
        .iter()
        .take(12)
        .enumerate()
        .map(|(i, s)| {
            let mut st = Style::default().fg(speaker_color(&s.id));
            if i == sel {
                st = st.add_modifier(Modifier::REVERSED);
            }
            Bar::default()
                .value(s.count)
                .label(Line::from(truncate(&clean(&s.name), 14)))
                .style(st)
        })
        .collect();
    f.render_widget(
        BarChart::default()
            .block(Block::default().borders(Borders::ALL).title(if quotes {
                " Who is quoted most (quotes) — ←/→ select · Enter filter · Esc close "
            } else {
                " Who is quoted most (articles quoting them; counting quotes…) — ←/→ · Enter · Esc "
            }))
            .data(BarGroup::default().bars(&bars))
            .bar_width(14)
            .bar_gap(1),
        parts[0],
    );
    let (title, data) = match (&app.insight_quotes, speakers.get(sel)) {
        (Some((id, qs)), Some(s)) if &s.id == id => {
            let dates: Vec<&str> = qs.iter().filter_map(|q| q.published.as_deref()).collect();
            let width = parts[1].width.saturating_sub(2) as usize;
            match timeline(&dates, width) {
                Some(t) => (
                    format!(
                        " {} — {} quotes by {}, {} … {} (peak {}) ",
                        clean(&s.name),
                        qs.len(),
                        t.unit,
                        t.first,
                        t.last,
                        t.peak
                    ),
                    t.data,
                ),
                None => (
                    format!(" {} — {} quotes, none dated ", clean(&s.name), qs.len()),
                    Vec::new(),
                ),
            }
        }
        _ => (" quotes over time ".to_string(), Vec::new()),
    };
    f.render_widget(
        Sparkline::default()
            .block(Block::default().borders(Borders::ALL).title(title))
            .data(&data)
            .style(Style::default().fg(Color::Cyan)),
        parts[1],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_from_the_config() {
        let names: Vec<String> = ["cyan", "#ff8800", "208", "blurple"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (pal, m, bad) = parse_colors(&names, "lightblue");
        assert_eq!(
            pal,
            vec![Color::Cyan, Color::Rgb(255, 136, 0), Color::Indexed(208)]
        );
        assert_eq!(m, Color::LightBlue);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].contains("blurple"));
        let (_, m, bad) = parse_colors(&[], "nope");
        assert_eq!((m, bad.len()), (Color::Yellow, 1));
    }

    #[test]
    fn timelines_keep_empty_periods_and_fill_the_width() {
        let t = timeline(&["2025-03-03", "2025-03-04", "2025-03-24"], 40).unwrap();
        assert_eq!(t.unit, "week");
        // weeks of 3 Mar, 10 Mar, 17 Mar, 24 Mar: the two quiet weeks are there
        assert_eq!(t.data.len(), 40);
        assert_eq!(&t.data[..10], &[2; 10]);
        assert_eq!(&t.data[10..30], &[0; 20]);
        assert_eq!(&t.data[30..], &[1; 10]);
        assert_eq!(
            (t.first.as_str(), t.last.as_str(), t.peak),
            ("2025-03-03", "2025-03-24", 2)
        );
        let t = timeline(&["2024-01-10", "2024-12-01", "2024-12-30"], 5).unwrap();
        assert_eq!(t.unit, "month");
        assert_eq!(t.data.len(), 12, "a bucket never narrower than one column");
        assert_eq!((t.data[0], t.data[11]), (1, 2));
        assert_eq!((t.first.as_str(), t.last.as_str()), ("2024-01", "2024-12"));
        assert!(timeline(&["undated"], 10).is_none());
    }
}
