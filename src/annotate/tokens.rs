//! Tokens of one paragraph: words, numbers, punctuation and quote marks with byte
//! offsets, plus quote-span pairing and sentence boundaries.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    Word,
    Num,
    Punct(char),
    /// A quote mark; `double` tells the family.
    Mark {
        ch: char,
        double: bool,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Tk,
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’' | '‚' | '‹' | '›' | '‟'
    )
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{fffd}'
}

/// Split a paragraph into tokens.
pub fn tokenize(p: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(p.len() / 5);
    let b = p.as_bytes();
    let mut next = 0;
    while next < b.len() {
        let i = next;
        // ASCII fast path for spaces
        if b[i] == b' ' || b[i] == b'\n' {
            next += 1;
            continue;
        }
        let c = p[i..].chars().next().unwrap_or(' ');
        next = i + c.len_utf8();
        if is_word_char(c) {
            // word: alnum runs joined by internal ' ’ - . (U.S., don't, al-Noor, 3.5)
            let mut end = i + c.len_utf8();
            let mut numeric = c.is_ascii_digit();
            loop {
                // ASCII letters and digits without decoding
                while end < b.len() && b[end].is_ascii_alphanumeric() {
                    numeric &= b[end].is_ascii_digit();
                    end += 1;
                }
                let rest = &p[end..];
                let mut ch = rest.chars();
                let Some(n) = ch.next() else { break };
                if is_word_char(n) {
                    end += n.len_utf8();
                    numeric &= n.is_ascii_digit() || n == ',';
                    continue;
                }
                if matches!(n, '\'' | '’' | '-' | '.' | '‑' | ',' | '&') {
                    let after = ch.next();
                    let join = match n {
                        '.' => {
                            after.is_some_and(|a| a.is_alphanumeric()) && {
                                // U.S. / 3.5 / e.g: a single letter or digits before the dot
                                let prev_word = &p[i..end];
                                prev_word.chars().count() == 1
                                    || prev_word.chars().all(|c| c.is_ascii_digit())
                                    || prev_word.contains('.')
                            } || web_suffix(&rest[1..])
                                // (an amount with its currency letter: `P47.99`, `R1.5bn`)
                                || p[i..end].ends_with(|c: char| c.is_ascii_digit())
                                    && after.is_some_and(|a| a.is_ascii_digit())
                        }
                        ',' => numeric && after.is_some_and(|a| a.is_ascii_digit()),
                        '&' => after.is_some_and(|a| a.is_uppercase()) && p[i..end].len() <= 2,
                        _ => after.is_some_and(is_word_char),
                    };
                    if join {
                        end += n.len_utf8();
                        continue;
                    }
                    // trailing dot of an acronym "U.S." : keep
                    if n == '.' && p[i..end].contains('.') && p[i..end].len() <= 6 {
                        end += 1;
                    }
                }
                break;
            }
            // `55-year-old` is a noun (`the 55-year-old said`), not a number
            let kind = if p[i..end].chars().next().is_some_and(|c| c.is_ascii_digit())
                && !p[i..end].ends_with("-year-old")
            {
                Tk::Num
            } else {
                Tk::Word
            };
            out.push(Tok { s: i, e: end, kind });
            next = end;
            continue;
        }
        // two single marks (or backticks) in a row stand for a double one: `‘‘…’’`,
        // `''…''`, ``` ``…'' ```
        // (`‘’…’’`: some copy opens with a left and a right single mark; that pair is a
        // straight double mark, which opens or closes by its place)
        if c == '‘' && p[next..].starts_with('’') {
            out.push(Tok {
                s: i,
                e: next + '’'.len_utf8(),
                kind: Tk::Mark {
                    ch: '"',
                    double: true,
                },
            });
            next += '’'.len_utf8();
            continue;
        }
        if matches!(c, '\'' | '’' | '‘' | '`') && p[next..].starts_with(c) {
            let ch = match c {
                '‘' | '`' => '“',
                '’' => '”',
                _ => '"',
            };
            out.push(Tok {
                s: i,
                e: next + c.len_utf8(),
                kind: Tk::Mark { ch, double: true },
            });
            next += c.len_utf8();
            continue;
        }
        if is_quote_char(c) {
            // `the players’ contracts`: a plural possessive, part of its word (a closing
            // quote mark is followed by punctuation, a cue or a pronoun instead)
            let single_before = out
                .iter()
                .any(|t| matches!(t.kind, Tk::Mark { double: false, .. }));
            if matches!(c, '\'' | '’')
                && !single_quote_open(p, &out, c)
                && let Some(last) = out.last_mut()
                && last.e == i
                && last.kind == Tk::Word
                && p[..i].ends_with(['s', 'S'])
                && (possessed_word_follows(&p[i + c.len_utf8()..])
                    // (or punctuation, when no single quote is open in the paragraph:
                    // `diagnosed with Legionnaires', a severe form of pneumonia`)
                    || p[i + c.len_utf8()..].starts_with([',', ';', ')']) && !single_before)
            {
                last.e = i + c.len_utf8();
                continue;
            }
            // ’90s, '90s: an elided century, part of the number
            if matches!(c, '\'' | '’')
                && b.get(i + c.len_utf8()..i + c.len_utf8() + 2)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && p[i + c.len_utf8() + 2..].starts_with('s')
            {
                continue;
            }
            out.push(Tok {
                s: i,
                e: i + c.len_utf8(),
                kind: Tk::Mark {
                    ch: c,
                    double: is_double(c),
                },
            });
            continue;
        }
        out.push(Tok {
            s: i,
            e: i + c.len_utf8(),
            kind: Tk::Punct(c),
        });
    }
    out
}

/// A quoted span in a paragraph: byte offsets of the content (inside the marks), and
/// token indices of the opening and closing marks (the closing one is `None` when the
/// quote runs on into the next paragraph).
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub open: usize,
    pub close: Option<usize>,
    pub s: usize,
    pub e: usize,
}

fn closes(open: char, close: char) -> bool {
    match open {
        '"' => matches!(close, '"' | '”' | '“'),
        '“' => matches!(close, '”' | '"' | '“'),
        '„' => matches!(close, '“' | '”' | '"'),
        '«' => close == '»',
        '»' => close == '«',
        '‟' | '”' => matches!(close, '”' | '"'),
        '\'' => matches!(close, '\'' | '’'),
        '‘' => matches!(close, '’' | '\''),
        '‚' => matches!(close, '‘' | '’'),
        '‹' => close == '›',
        _ => false,
    }
}

fn can_open(p: &str, t: &Tok) -> bool {
    let Tk::Mark { ch, .. } = t.kind else {
        return false;
    };
    let prev = p[..t.s].chars().next_back();
    let next = p[t.e..].chars().next();
    // `”We were not good enough,” the coach said`: some copy opens with a closing
    // mark; only at a word's start after a space or the paragraph's start
    // (a word in lower case too, when another such mark follows to close it: `would
    // ”significantly improve” because`)
    if ch == '”' {
        return prev.is_none_or(char::is_whitespace)
            && (next.is_some_and(char::is_uppercase)
                || next.is_some_and(char::is_alphanumeric) && p[t.e..].contains('”'));
    }
    if matches!(ch, '»' | '›') {
        return false;
    }
    let prev_ok = prev.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | '/')
            || is_quote_char(c)
    })
        // `took a dig at the leader.“Wherever he has gone ...`: a left mark glued to the
        // sentence before, a capital after it
        || ch == '“'
            && prev.is_some_and(|c| matches!(c, '.' | ',' | ';' | '!' | '?'))
            && next.is_some_and(char::is_uppercase);
    let next_ok = next.is_some_and(|c| !c.is_whitespace() || matches!(ch, '«' | '‹'))
        // `said Roe. " With wealth comes ...`: a stray space after an opening mark, where
        // a sentence starts (the mark cannot close there: a space is before it too)
        || matches!(ch, '"' | '“')
            && p[t.e..].starts_with(' ')
            && p[t.e + 1..].chars().next().is_some_and(char::is_uppercase)
            && p[..t.s]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| {
                    matches!(c, '.' | '!' | '?')
                        // (`He said, “ Let first things be done first.`)
                        || ch == '“' && matches!(c, ',' | ':')
                })
            && prev.is_none_or(char::is_whitespace)
        // `told a press conference " it was not correct ..."`: a stray space after a
        // mark that cannot close (a space before it too), with a closing mark after it
        // in the paragraph
        || matches!(ch, '"' | '“')
            && p[t.e..].starts_with(' ')
            && p[t.e + 1..].chars().next().is_some_and(char::is_alphabetic)
            && prev.is_some_and(char::is_whitespace)
            && p[..t.s]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && p[t.e + 1..].contains(['"', '”'])
            && !p[..t.s].contains(['"', '“', '”']);
    if ch == '’' {
        // ’ opens only in some house styles; require a clear left context
        return prev.is_none_or(|c| c.is_whitespace()) && next_ok;
    }
    prev_ok && next_ok
}

fn can_close(p: &str, t: &Tok) -> bool {
    let Tk::Mark { ch, .. } = t.kind else {
        return false;
    };
    if matches!(ch, '„' | '«' | '‚' | '‹' | '‘') {
        return false;
    }
    let prev = p[..t.s].chars().next_back();
    let next = p[t.e..].chars().next();
    let prev_ok = prev.is_some_and(|c| !c.is_whitespace())
        || matches!(ch, '»' | '›')
        // (`... out of here,' " he said`: a space set between two closing marks)
        || matches!(ch, '"' | '”')
            && p[..t.s]
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with(['\'', '’']))
        // (`... not just the wealthy few. ”`: a stray space after the sentence's end,
        // before a right mark that ends the paragraph or the sentence)
        || ch == '”'
            && p[..t.s]
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with(['.', ',', '!', '?']))
            && next.is_none_or(char::is_whitespace);
    let next_ok = next.is_none_or(|c| !c.is_alphanumeric())
        // (`"... to happen,"said Mejia`, `‘... madness,’said Ashour`: a mark after a
        // comma or a full stop closes, though the space after it was lost)
        || matches!(ch, '"' | '”' | '’' | '\'')
            && prev.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?'));
    prev_ok && next_ok
}

/// An `s'` / `s’` followed by space: a plural possessive unless nothing else closes.
/// After a plural's apostrophe: a space, then a lowercase word that is no verb of
/// saying and no pronoun (`players’ contracts`, not `the games' said Roe` or `... the
/// games' he said`).
fn possessed_word_follows(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let w: &str = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let lx = crate::lexicon::lexicon();
    w.len() > 1
        && w.chars().next().is_some_and(|c| c.is_lowercase())
        // (a speech verb's base form that is also a noun is the thing possessed: `the
        // businesses’ demand`, `the workers’ plea`; not one that turns a quote around:
        // `‘...’ say unions`)
        && lx.speech_verb(w).is_none_or(|base| {
            // (a participle before its noun: `the members’ alleged actions`; not a cue
            // before its subject: `‘...’ claimed the minister`)
            let attributive = w.ends_with("ed") && {
                let next = rest[w.len()..]
                    .trim_start()
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                next.len() > 2
                    && next.chars().next().is_some_and(|c| c.is_lowercase())
                    && !lx.pronouns.contains_key(next)
                    && !matches!(
                        next,
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                            | "that" | "on" | "in" | "to" | "at"
                    )
            };
            attributive
                || base == w
                && !matches!(
                    w,
                    "say" | "tell" | "add" | "warn" | "insist" | "claim" | "admit" | "reply"
                        | "ask" | "urge" | "write" | "tweet" | "post" | "explain" | "argue"
                )
        })
        && !lx.pronouns.contains_key(w)
        && !matches!(w, "and" | "or" | "but" | "as" | "according")
}

/// Whether a single quote opened earlier in the paragraph (`as ‘a work in progress’ for
/// disposing`) is still waiting for its closing mark `c`: then an `s’` before a word
/// closes it rather than making a plural possessive.
fn single_quote_open(p: &str, out: &[Tok], c: char) -> bool {
    let opener = if c == '’' { '‘' } else { '\'' };
    for t in out.iter().rev() {
        match t.kind {
            Tk::Mark { ch, double: false } if ch == opener => {
                // an opener stands after a space (or the paragraph's start) before a word
                return p[..t.s].chars().next_back().is_none_or(char::is_whitespace)
                    && p[t.e..].chars().next().is_some_and(char::is_alphanumeric);
            }
            Tk::Mark { ch, double: false } if ch == c => return false,
            _ => {}
        }
    }
    false
}

fn plural_possessive(p: &str, t: &Tok) -> bool {
    p[..t.s].ends_with('s') && p[t.e..].starts_with(' ')
}

/// Pair quote marks into top-level spans. `continues` says whether the next paragraph
/// opens with a quote mark (then a quote left open here runs to the paragraph's end).
pub fn quote_spans(p: &str, toks: &[Tok], continues: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let marks: Vec<usize> = (0..toks.len())
        .filter(|&i| matches!(toks[i].kind, Tk::Mark { .. }))
        .collect();
    let mut k = 0;
    while k < marks.len() {
        let oi = marks[k];
        let open = toks[oi];
        let Tk::Mark { ch: och, .. } = open.kind else {
            unreachable!()
        };
        if !can_open(p, &open) {
            k += 1;
            continue;
        }
        // find the matching close, skipping nested quotes of the other family
        let mut close = None;
        let mut j = k + 1;
        let mut nested: Option<char> = None;
        let mut fallback = None;
        let mut reopened = None;
        while j < marks.len() {
            let t = toks[marks[j]];
            let Tk::Mark { ch, double } = t.kind else {
                unreachable!()
            };
            if let Some(n) = nested {
                if closes(n, ch) && can_close(p, &t) {
                    nested = None;
                } else if double == is_double(och) && closes(och, ch) && can_close(p, &t) {
                    // the nested quote never closed; this closes the outer one
                    close = Some(j);
                    break;
                }
                j += 1;
                continue;
            }
            if closes(och, ch) && can_close(p, &t) {
                if !is_double(och) && plural_possessive(p, &t) {
                    fallback.get_or_insert(j);
                    j += 1;
                    continue;
                }
                close = Some(j);
                break;
            }
            // `‘Ultimately ... of that. ‘To suggest ...’`: a left single mark after a
            // sentence's end opens a new quote; the first lost its closing mark
            if och == '‘' && ch == '‘' && can_open(p, &t) && {
                let before = p[..t.s].trim_end();
                before.len() < t.s && before.ends_with(['.', '!', '?'])
            } {
                reopened = Some(marks[j]);
                break;
            }
            if double != is_double(och) && can_open(p, &t) {
                nested = Some(ch);
            } else if double == is_double(och) && can_open(p, &t) && is_double(och) {
                // `"The Commissioner asks what kind of "card game" would ..."`: a quote
                // inside a quote with the same marks, when two closing marks follow
                // before any other opener
                let mut closers = 0;
                for &m in &marks[j + 1..] {
                    let t2 = toks[m];
                    let Tk::Mark { ch: c2, .. } = t2.kind else {
                        unreachable!()
                    };
                    if closes(och, c2) && can_close(p, &t2) {
                        closers += 1;
                        if closers == 2 {
                            break;
                        }
                    } else if can_open(p, &t2) {
                        break;
                    }
                }
                if closers == 2 {
                    nested = Some(ch);
                    j += 1;
                    continue;
                }
                // a new opener of the same family before a close: the first never closed
                reopened = Some(marks[j]);
                break;
            }
            j += 1;
        }
        let close = close.or(fallback);
        match close {
            Some(cj) => {
                let ci = marks[cj];
                let (s, e) = trim_span(p, open.e, toks[ci].s);
                // `Mechack "Nitro" Douglas`: a nickname between a given name and a
                // surname is part of the name, not a quote
                let cap_word = |t: Option<&Tok>| {
                    t.is_some_and(|t| {
                        t.kind == Tk::Word
                            && p[t.s..].chars().next().is_some_and(char::is_uppercase)
                    })
                };
                let nickname = oi > 0
                    && cap_word(toks.get(oi - 1))
                    && cap_word(toks.get(ci + 1))
                    && (oi + 1..ci).all(|x| cap_word(toks.get(x)))
                    && (1..=2).contains(&(ci - oi - 1));
                if s < e && !nickname {
                    spans.push(Span {
                        open: oi,
                        close: Some(ci),
                        s,
                        e,
                    });
                }
                k = cj + 1;
            }
            None => {
                // a quote whose closing mark was lost before a new one opens (`"We won.
                // The coach said, "And we go on."`): it ends with its sentence
                if let Some(r) = reopened {
                    let same_style = |c: char| match c {
                        '«' | '»' => 0,
                        '„' => 1,
                        _ => 2,
                    };
                    let Tk::Mark { ch: rch, .. } = toks[r].kind else {
                        unreachable!()
                    };
                    if same_style(rch) == same_style(och)
                        && let Some(end) = p[open.e..toks[r].s].rfind(['.', '!', '?'])
                    {
                        let (s, e) = trim_span(p, open.e, open.e + end + 1);
                        if s < e && p[s..e].split_whitespace().count() >= 3 {
                            spans.push(Span {
                                open: oi,
                                close: None,
                                s,
                                e,
                            });
                        }
                    }
                    k += 1;
                    continue;
                }
                // a paragraph that opens with a double mark never closed is a quote to
                // its end: continued in the next paragraph, or its closing mark lost
                // (or one opened after a cue's comma or colon, the paragraph's last mark:
                // `..., saying, "May we work for lasting peace.`)
                // (or after a sentence's end, before a capital, its closing mark lost at
                // the paragraph's end: `Zhou says. "I am a Canadian citizen. I've ...`)
                let after_cue = oi > 0
                    && (matches!(toks[oi - 1].kind, Tk::Punct(',' | ':'))
                        || matches!(toks[oi - 1].kind, Tk::Punct('.' | '!' | '?'))
                            && toks.get(oi + 1).is_some_and(|t| {
                                t.kind == Tk::Word && p[t.s..].starts_with(char::is_uppercase)
                            })
                            && toks.len() > oi + 4)
                    && k + 1 == marks.len();
                // (a curly single opener too, in copy that quotes with single marks:
                // `said: ‘We are ...` continued over paragraphs)
                // (or a straight one after a cue's colon, before a capital: `He added:
                // 'I hold the organisers responsible ...`)
                // (a paragraph's first mark, straight and before a capital, ends one
                // quote run over paragraphs: `'Egypt's stages have been graced ...`)
                let inner_only = marks[k + 1..].iter().all(|&m| {
                    let t = toks[m];
                    p[..t.s]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && p[t.e..].chars().next().is_some_and(char::is_alphanumeric)
                });
                let opener = is_double(och)
                    || (och == '‘'
                        || och == '\''
                            && (after_cue || oi == 0)
                            && toks.get(oi + 1).is_some_and(|t| {
                                t.kind == Tk::Word && p[t.s..].starts_with(char::is_uppercase)
                            }))
                        && inner_only;
                if (continues && (is_double(och) || oi == 0)) || ((oi == 0 || after_cue) && opener)
                {
                    let (s, e) = trim_span(p, open.e, p.len());
                    if s < e {
                        spans.push(Span {
                            open: oi,
                            close: None,
                            s,
                            e,
                        });
                    }
                    break;
                }
                k += 1;
            }
        }
    }
    spans
}

fn trim_span(p: &str, s: usize, e: usize) -> (usize, usize) {
    let inner = &p[s..e];
    let ls = inner.len() - inner.trim_start().len();
    let le = inner.trim_end().len();
    (s + ls, s + le.max(ls))
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
    "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "rev", "hon", "maj",
    "cmdr", "adm", "brig", "supt", "insp", "det", "pres", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "assn", "e.g", "i.e",
    "cf", "al", "fig", "p", "pp", "vol", "op", "u.s", "u.k", "u.n", "coun", "cllr", "cr", "cpl",
    "cst", "const", "comm", // (given names written short: `Mohd. Radzi`)
    "mohd", "muhd", "md", "abd",
];

/// Sentence index of every token. Quote spans are opaque: a boundary falls after a
/// closing mark only when the quote ends a sentence and a capital follows.
pub fn sentences(p: &str, toks: &[Tok], spans: &[Span]) -> Vec<u32> {
    let mut sid = vec![0u32; toks.len()];
    let mut cur = 0u32;
    let mut in_span: Option<&Span> = None;
    let mut span_iter = spans.iter().peekable();
    let starts_sentence = |k: usize| -> bool {
        match toks.get(k) {
            None => true,
            Some(t) => {
                let c = p[t.s..].chars().next().unwrap_or(' ');
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(t.kind, Tk::Mark { .. })
                    || matches!(c, '(' | '[' | '—' | '–')
            }
        }
    };
    let mut i = 0;
    while i < toks.len() {
        sid[i] = cur;
        if in_span.is_none()
            && let Some(sp) = span_iter.peek()
            && sp.open == i
        {
            in_span = span_iter.next();
        }
        if let Some(sp) = in_span {
            let end = sp.close.unwrap_or(toks.len() - 1);
            if i >= end {
                in_span = None;
                // the quote ended a sentence: ." or ?" followed by a capital
                let last_inside = p[..toks[end].s].trim_end().chars().next_back();
                if sp.close.is_some()
                    && matches!(last_inside, Some('.' | '!' | '?' | '…'))
                    && toks.get(end + 1).is_some_and(|_| starts_sentence(end + 1))
                    && !toks.get(end + 1).is_some_and(|t| {
                        matches!(t.kind, Tk::Word) && p[t.s..t.e].chars().all(|c| c.is_lowercase())
                    })
                {
                    cur += 1;
                }
            }
            i += 1;
            continue;
        }
        if let Tk::Punct(c) = toks[i].kind
            && matches!(c, '.' | '!' | '?' | '…')
        {
            let prev = i.checked_sub(1).map(|j| &toks[j]);
            let abbrev = c == '.'
                && prev.is_some_and(|t| {
                    t.e == toks[i].s && {
                        let w = crate::lexicon::lower(&p[t.s..t.e]);
                        (w.len() <= 6 && ABBREV.contains(&&*w))
                            || (w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
                            // (a currency's abbreviation before its amount: `Rs. 260`,
                            // `Kshs. 5,000`)
                            || matches!(&*w, "rs" | "ksh" | "kshs" | "shs" | "sh" | "re")
                                && toks.get(i + 1).is_some_and(|n| n.kind == Tk::Num)
                    }
                });
            // a closing quote mark right after the full stop belongs to this sentence
            let mut k = i + 1;
            while toks.get(k).is_some_and(|t| {
                matches!(t.kind, Tk::Punct(')' | '.' | '!' | '?'))
                    || matches!(t.kind, Tk::Mark { .. }) && can_close(p, t) && !can_open(p, t)
            }) {
                sid[k] = cur;
                k += 1;
            }
            if !abbrev && starts_sentence(k) {
                for x in sid.iter_mut().take(k).skip(i + 1) {
                    *x = cur;
                }
                cur += 1;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    sid
}

/// Whether `t` opens on a web address's last part and ends there (`Caliber.Az
/// reports`, `Dawn.com said`): the dot before it joins an outlet's name.
fn web_suffix(t: &str) -> bool {
    let n = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    (2..=4).contains(&n)
        && !t[n..].starts_with(|c: char| c.is_alphanumeric())
        && matches!(
            t[..n].to_ascii_lowercase().as_str(),
            "com"
                | "net"
                | "org"
                | "gov"
                | "az"
                | "ng"
                | "uk"
                | "co"
                | "io"
                | "ie"
                | "ke"
                | "gh"
                | "za"
                | "ru"
                | "pk"
                | "bd"
                | "lk"
                | "sg"
                | "ph"
                | "au"
                | "nz"
                | "tv"
                | "info"
                | "news"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(p: &str) -> Vec<&str> {
        let t = tokenize(p);
        quote_spans(p, &t, false)
            .iter()
            .map(|s| &p[s.s..s.e])
            .collect()
    }

    #[test]
    fn quote_styles() {
        assert_eq!(quoted("He said \"yes\" and “no”."), vec!["yes", "no"]);
        assert_eq!(quoted("Sie sagte „nein“ dazu."), vec!["nein"]);
        assert_eq!(quoted("Il a dit « non » hier."), vec!["non"]);
        assert_eq!(
            quoted(
                "The warning that 'any move against the republic's interests will meet a harsh answer' was repeated."
            ),
            vec!["any move against the republic's interests will meet a harsh answer"]
        );
        assert_eq!(
            quoted("He said 'we don't want the ’90s back' today."),
            vec!["we don't want the ’90s back"]
        );
        assert_eq!(
            quoted("He cited the 'ministers' pledge' and left."),
            vec!["ministers' pledge"]
        );
        assert_eq!(quoted("The ministers' meeting ended."), Vec::<&str>::new());
        assert_eq!(
            quoted("“We will examine [the incident],” she said, “and act.”"),
            vec!["We will examine [the incident],", "and act."]
        );
        assert_eq!(
            quoted("\"He told me 'no' twice,\" she said."),
            vec!["He told me 'no' twice,"]
        );
    }

    #[test]
    fn unclosed_quote_runs_on_only_when_continued_or_opening_the_paragraph() {
        let p = "\"The first paragraph of a long quote";
        let t = tokenize(p);
        assert_eq!(quote_spans(p, &t, true).len(), 1);
        // a paragraph opened by a double mark never closed: its closing mark was lost
        assert_eq!(quote_spans(p, &t, false).len(), 1);
        let p = "He wrote \"the first paragraph of a long quote";
        let t = tokenize(p);
        assert_eq!(quote_spans(p, &t, true).len(), 1);
        assert_eq!(quote_spans(p, &t, false).len(), 0);
    }

    #[test]
    fn sentence_split_keeps_quotes_whole() {
        let p = "\"We will not wait. Never,\" she said. \"The time is now.\" Mr. Lund left. Then the U.S. spoke.";
        let t = tokenize(p);
        let sp = quote_spans(p, &t, false);
        let s = sentences(p, &t, &sp);
        let n_sent = *s.last().unwrap() + 1;
        assert_eq!(n_sent, 4, "{s:?}");
    }
}
