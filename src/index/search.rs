//! Running queries: ranked articles with snippets, matching quotes, counts per speaker
//! and actor over the whole result set, a speaker's quotes in corpus order.

use super::build::NO_DATE;
use super::query::{Query, parse};
use super::{CorpusIndex, analyze};
use crate::model::Annotated;
use anyhow::Result;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::ops::Bound;
use tantivy::collector::{Collector, Count, DocSetCollector, SegmentCollector, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::query::{
    AllQuery, BooleanQuery, FuzzyTermQuery, Occur, PhraseQuery, Query as TQuery, RangeQuery,
    TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

/// How to order the article list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    #[default]
    Relevance,
    Newest,
    Oldest,
    MostQuotes,
}

impl SortBy {
    pub fn next(self) -> SortBy {
        match self {
            SortBy::Relevance => SortBy::Newest,
            SortBy::Newest => SortBy::Oldest,
            SortBy::Oldest => SortBy::MostQuotes,
            SortBy::MostQuotes => SortBy::Relevance,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            SortBy::Relevance => "relevance",
            SortBy::Newest => "newest",
            SortBy::Oldest => "oldest",
            SortBy::MostQuotes => "most quotes",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges in `text` to highlight.
    pub highlights: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleHit {
    pub aid: String,
    pub path: String,
    pub title: String,
    pub published: Option<String>,
    pub quotes: u64,
    pub score: f32,
    pub snippet: Option<Snippet>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub aid: String,
    pub path: String,
    pub pos: u64,
    pub text: String,
    pub kind: String,
    pub speaker_id: Option<String>,
    pub speaker: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Counted {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Results {
    pub total: usize,
    pub articles: Vec<ArticleHit>,
    pub quotes_total: usize,
    pub quotes: Vec<QuoteHit>,
    pub speakers: Vec<Counted>,
    pub actors: Vec<Counted>,
    /// Words the typed prefix was expanded to, most frequent first.
    pub completions: Vec<String>,
    /// Words that matched nothing and were searched fuzzily.
    pub fuzzy: Vec<String>,
    pub problems: Vec<String>,
}

/// Options of one search.
#[derive(Debug, Clone, Copy)]
pub struct SearchOptions {
    pub limit: usize,
    pub quote_limit: usize,
    /// Rows that get a snippet.
    pub snippets: usize,
    pub sort: SortBy,
    pub counts: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 50,
            quote_limit: 50,
            snippets: 20,
            sort: SortBy::Relevance,
            counts: 20,
        }
    }
}

pub fn iso_of(unix: i64) -> Option<String> {
    if unix <= NO_DATE {
        return None;
    }
    let days = unix.div_euclid(86400);
    let secs = unix.rem_euclid(86400);
    // civil from days (inverse of days_from_civil)
    let z = days + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Some(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    ))
}

/// A result row as read from the index, and the body when a snippet needed it.
struct CachedRow {
    aid: String,
    path: String,
    title: String,
    published: Option<String>,
    quotes: u64,
    body: Option<std::sync::Arc<str>>,
}

impl CachedRow {
    /// The row of a stored article document (without its body).
    fn of_doc(doc: &TantivyDocument, af: &super::ArticleFields) -> CachedRow {
        CachedRow {
            aid: str_field(doc, af.aid),
            path: str_field(doc, af.path),
            title: str_field(doc, af.title),
            published: doc
                .get_first(af.published)
                .and_then(|v| v.as_i64())
                .and_then(iso_of),
            quotes: doc
                .get_first(af.nquotes)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            body: None,
        }
    }

    fn hit(&self, score: f32, snippet: Option<Snippet>) -> ArticleHit {
        ArticleHit {
            aid: self.aid.clone(),
            path: self.path.clone(),
            title: self.title.clone(),
            published: self.published.clone(),
            quotes: self.quotes,
            score,
            snippet,
        }
    }
}

/// Rows of recently shown results, by segment and document. Typing a query one key at
/// a time shows many of the same documents again, and a row read afresh from the
/// document store or the string columns costs tens of microseconds (a third of a
/// keystroke over twenty snippets and thirty more rows). A segment never changes, so an
/// entry never goes stale (a deleted document is simply no longer a hit); the map is
/// emptied when it reaches its bound, which keeps it to a few megabytes.
#[derive(Default)]
pub struct RowCache {
    map: std::sync::Mutex<FxHashMap<(tantivy::index::SegmentId, DocId), std::sync::Arc<CachedRow>>>,
}

const ROW_CACHE_MAX: usize = 1024;

impl RowCache {
    fn get(&self, key: (tantivy::index::SegmentId, DocId)) -> Option<std::sync::Arc<CachedRow>> {
        self.map.lock().ok()?.get(&key).cloned()
    }

    fn put(&self, key: (tantivy::index::SegmentId, DocId), row: std::sync::Arc<CachedRow>) {
        if let Ok(mut m) = self.map.lock() {
            if m.len() >= ROW_CACHE_MAX {
                m.clear();
            }
            m.insert(key, row);
        }
    }

    /// How many rows are kept.
    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forget every row (the next searches read them afresh).
    pub fn clear(&self) {
        if let Ok(mut m) = self.map.lock() {
            m.clear();
        }
    }
}

/// The columns a result row needs, opened once per segment for a page of results.
#[derive(Default)]
struct RowColumns {
    by_seg: FxHashMap<u32, SegColumns>,
}

struct SegColumns {
    aid: Option<StrColumn>,
    path: Option<StrColumn>,
    title: Option<StrColumn>,
    published: Option<tantivy::columnar::Column<i64>>,
    nquotes: Option<tantivy::columnar::Column<u64>>,
}

impl RowColumns {
    fn row(&mut self, searcher: &Searcher, addr: DocAddress) -> Result<CachedRow> {
        let cols = match self.by_seg.entry(addr.segment_ord) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => {
                let ff = searcher.segment_reader(addr.segment_ord).fast_fields();
                v.insert(SegColumns {
                    aid: ff.str("aid")?,
                    path: ff.str("path")?,
                    title: ff.str("title")?,
                    published: ff.i64("published").ok(),
                    nquotes: ff.u64("nquotes").ok(),
                })
            }
        };
        let text = |c: &Option<StrColumn>| -> String {
            let mut s = String::new();
            if let Some(c) = c
                && let Some(o) = c.term_ords(addr.doc_id).next()
            {
                let _ = c.ord_to_str(o, &mut s);
            }
            s
        };
        Ok(CachedRow {
            aid: text(&cols.aid),
            path: text(&cols.path),
            title: text(&cols.title),
            published: cols
                .published
                .as_ref()
                .and_then(|c| c.first(addr.doc_id))
                .and_then(iso_of),
            quotes: cols
                .nquotes
                .as_ref()
                .and_then(|c| c.first(addr.doc_id))
                .unwrap_or(0),
            body: None,
        })
    }
}

// ---------------------------------------------------------------------------------
// Counting collector: ordinals of a multi-valued string fast field.

/// The values of a multi-valued string fast field for every document of one segment,
/// as ids shared by all segments, unpacked into two flat arrays (CSR:
/// `ids[off[d]..off[d + 1]]`). Segments never change, so this is built once per
/// segment and field; counting over a wide result set then reads a slice per document
/// instead of decoding bit-packed columns (four times faster on 200,000 articles), and
/// the counts of all segments add up in one array, named once, exactly.
pub struct Ords {
    /// Per document, its ids other than the dense ones.
    off: Vec<u32>,
    ords: Ids,
    /// One more than the largest id in this segment.
    n_ids: usize,
    /// The most frequent ids, kept apart as bitsets (see Dense).
    dense: Option<Dense>,
}

/// The ids found in many documents of a segment (a country, a big company, the prime
/// minister: a few ids make most of the values), each with the bitset of its documents.
/// Such an id is counted by `popcount(matched & its documents)` over the words of the
/// result set that have a match, instead of an increment per matching document, and
/// the per-document lists hold only the other ids (less memory as well).
struct Dense {
    ids: Vec<u32>,
    /// Word-major: the words of all dense ids for documents `64 w..64 w + 64` are
    /// `bits[w * ids.len()..(w + 1) * ids.len()]`.
    bits: Vec<u64>,
}

impl Dense {
    fn row(&self, w: usize) -> &[u64] {
        let n = self.ids.len();
        self.bits.get(w * n..(w + 1) * n).unwrap_or(&[])
    }

    /// Adds to `counts` each dense id's documents among the set bits of `words`.
    fn count(&self, words: &[u64], counts: &mut [u32]) {
        let mut acc = [0u32; DENSE_MAX];
        for (w, &m) in words.iter().enumerate() {
            if m != 0 {
                for (a, &b) in acc.iter_mut().zip(self.row(w)) {
                    *a += (m & b).count_ones();
                }
            }
        }
        for (&id, &a) in self.ids.iter().zip(&acc) {
            if let Some(c) = counts.get_mut(id as usize) {
                *c += a;
            }
        }
    }
}

/// An id is dense when at least one document in this many has it.
const DENSE_SHARE: u64 = 32;
/// At most this many dense ids per segment and field.
const DENSE_MAX: usize = 64;

/// Ids, two bytes wide while they fit: counting reads them for every matching
/// document, and half the bytes is half the memory traffic.
enum Ids {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Ids {
    #[cfg(test)]
    fn is_empty(&self) -> bool {
        match self {
            Ids::Narrow(v) => v.is_empty(),
            Ids::Wide(v) => v.is_empty(),
        }
    }
}

/// The values of one field across segments: a value has one id everywhere.
#[derive(Default)]
struct Names {
    ids: FxHashMap<Box<[u8]>, u32>,
    names: Vec<String>,
}

impl Ords {
    /// This segment's terms, in ordinal order, read outside any lock (segments are
    /// opened on several threads).
    fn terms(col: &StrColumn) -> (Vec<u8>, Vec<usize>) {
        let mut bytes = Vec::new();
        let mut ends = Vec::with_capacity(col.num_terms());
        if let Ok(mut st) = col.dictionary().stream() {
            while st.advance() {
                bytes.extend_from_slice(st.key());
                ends.push(bytes.len());
            }
        }
        (bytes, ends)
    }

    fn build(
        col: StrColumn,
        max_doc: u32,
        names: &std::sync::Mutex<FxHashMap<String, Names>>,
        field: &str,
    ) -> Ords {
        let (bytes, ends) = Self::terms(&col);
        // this segment's ordinals -> shared ids
        let mut to_id: Vec<u32> = Vec::with_capacity(ends.len());
        if let Ok(mut all) = names.lock() {
            let names = all.entry(field.to_string()).or_default();
            let mut start = 0;
            for &end in &ends {
                let key = &bytes[start..end];
                start = end;
                let id = match names.ids.get(key) {
                    Some(&id) => id,
                    None => {
                        let id = names.names.len() as u32;
                        names.ids.insert(key.into(), id);
                        names.names.push(String::from_utf8_lossy(key).into_owned());
                        id
                    }
                };
                to_id.push(id);
            }
        }
        let n_ids = to_id.iter().map(|&i| i as usize + 1).max().unwrap_or(0);
        let column = col.ords();
        // every value decoded in one bulk read, then each document's row range
        let mut vals = vec![0u64; column.values.num_vals() as usize];
        column.values.get_range(0, &mut vals);
        let id = |v: u64| to_id.get(v as usize).copied().unwrap_or(0);
        let n_vals = vals.len();
        // the dense ids (see Dense): by segment ordinal, in a table indexed by ordinal
        let mut freq = vec![0u32; to_id.len()];
        for &v in &vals {
            if let Some(c) = freq.get_mut(v as usize) {
                *c += 1;
            }
        }
        let mut dense_ords: Vec<usize> = (0..freq.len())
            .filter(|&o| freq[o] > 0 && freq[o] as u64 * DENSE_SHARE >= max_doc as u64)
            .collect();
        dense_ords.sort_by_key(|&o| (std::cmp::Reverse(freq[o]), o));
        dense_ords.truncate(DENSE_MAX);
        let n = dense_ords.len();
        let mut slot = vec![u32::MAX; to_id.len()];
        for (k, &o) in dense_ords.iter().enumerate() {
            slot[o] = k as u32;
        }
        let mut bits = vec![0u64; (max_doc as usize).div_ceil(64) * n];
        // one pass over the documents: dense values to bits, the others to the lists,
        // a value repeated in a document once (its ordinals are sorted; the counts are
        // of documents)
        let mut off = Vec::with_capacity(max_doc as usize + 1);
        let mut rest: Vec<u32> = Vec::with_capacity(n_vals / 2);
        off.push(0u32);
        let mut at = 0u32;
        for d in 0..max_doc {
            let r = column.index.value_row_ids(d);
            // rows are in document order: an empty document keeps the last end
            let (a, b) = (at as usize, (r.end.min(n_vals as u32)).max(at) as usize);
            at = b as u32;
            let mut last = u64::MAX;
            for &v in vals.get(a..b).unwrap_or(&[]) {
                if v == last {
                    continue;
                }
                last = v;
                match slot.get(v as usize) {
                    Some(&k) if k != u32::MAX => {
                        bits[d as usize / 64 * n + k as usize] |= 1 << (d % 64);
                    }
                    _ => rest.push(id(v)),
                }
            }
            off.push(rest.len() as u32);
        }
        let ords = if n_ids <= 1 << 16 {
            Ids::Narrow(rest.into_iter().map(|x| x as u16).collect())
        } else {
            Ids::Wide(rest)
        };
        Ords {
            off,
            ords,
            n_ids,
            dense: (n > 0).then(|| Dense {
                ids: dense_ords.iter().map(|&o| id(o as u64)).collect(),
                bits,
            }),
        }
    }

    /// Calls `f` with each id of `doc` but the dense ones.
    #[inline]
    fn each(&self, doc: DocId, f: impl FnMut(u32)) {
        each_of(&self.off, &self.ords, doc, f)
    }

    /// Every id of `doc`, dense ones included, in order.
    #[cfg(test)]
    fn of(&self, doc: DocId) -> Vec<u32> {
        let mut v = Vec::new();
        self.each(doc, |x| v.push(x));
        if let Some(dn) = &self.dense {
            let w = dn.row(doc as usize / 64);
            for (k, &id) in dn.ids.iter().enumerate() {
                if w.get(k).is_some_and(|b| b >> (doc % 64) & 1 == 1) {
                    v.push(id);
                }
            }
        }
        v.sort_unstable();
        v
    }
}

/// Calls `f` with each id of `doc` in the CSR arrays `off`, `ids`.
#[inline]
fn each_of(off: &[u32], ids: &Ids, doc: DocId, mut f: impl FnMut(u32)) {
    let d = doc as usize;
    let (Some(&a), Some(&b)) = (off.get(d), off.get(d + 1)) else {
        return;
    };
    let r = a as usize..b as usize;
    match ids {
        Ids::Narrow(v) => v.get(r).unwrap_or(&[]).iter().for_each(|&x| f(x as u32)),
        Ids::Wide(v) => v.get(r).unwrap_or(&[]).iter().for_each(|&x| f(x)),
    }
}

type TotalsKey = (tantivy::index::SegmentId, String, u32);

/// Unpacked ordinals by (segment, field), shared by every search of an open index,
/// and the count of every ordinal over the segment's live documents (by number of
/// deletes: a segment's deletes only grow, so the number names the set).
#[derive(Default)]
pub struct OrdCache {
    map: std::sync::Mutex<FxHashMap<(tantivy::index::SegmentId, String), std::sync::Arc<Ords>>>,
    totals: std::sync::Mutex<FxHashMap<TotalsKey, std::sync::Arc<Vec<u32>>>>,
    /// Shared ids by field.
    names: std::sync::Mutex<FxHashMap<String, Names>>,
}

impl OrdCache {
    fn get(
        &self,
        reader: &SegmentReader,
        field: &str,
    ) -> tantivy::Result<Option<std::sync::Arc<Ords>>> {
        let key = (reader.segment_id(), field.to_string());
        if let Some(o) = self.map.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(Some(o));
        }
        let Some(col) = reader.fast_fields().str(field)? else {
            return Ok(None);
        };
        let o = std::sync::Arc::new(Ords::build(col, reader.max_doc(), &self.names, field));
        if let Ok(mut m) = self.map.lock() {
            m.insert(key, o.clone());
        }
        Ok(Some(o))
    }

    /// Counts of every ordinal over the live documents of the segment.
    fn totals(&self, reader: &SegmentReader, field: &str, ords: &Ords) -> std::sync::Arc<Vec<u32>> {
        let key = (
            reader.segment_id(),
            field.to_string(),
            reader.num_deleted_docs(),
        );
        if let Some(t) = self.totals.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return t;
        }
        let mut t = vec![0u32; ords.n_ids];
        let alive = reader.alive_bitset();
        let mut alive_words = vec![0u64; (reader.max_doc() as usize).div_ceil(64)];
        for d in 0..reader.max_doc() {
            if alive.is_none_or(|a| a.is_alive(d)) {
                alive_words[d as usize / 64] |= 1 << (d % 64);
                ords.each(d, |x| {
                    if let Some(c) = t.get_mut(x as usize) {
                        *c += 1;
                    }
                });
            }
        }
        if let Some(dn) = &ords.dense {
            dn.count(&alive_words, &mut t);
        }
        let t = std::sync::Arc::new(t);
        if let Ok(mut m) = self.totals.lock() {
            // older delete states of this segment are of no more use
            m.retain(|(id, f, _), _| !(*id == key.0 && f == field));
            m.insert(key, t.clone());
        }
        t
    }

    /// Forget segments that are gone (merged away or deleted).
    pub fn retain(&self, live: &std::collections::HashSet<tantivy::index::SegmentId>) {
        if let Ok(mut m) = self.map.lock() {
            m.retain(|(id, _), _| live.contains(id));
        }
        if let Ok(mut m) = self.totals.lock() {
            m.retain(|(id, _, _), _| live.contains(id));
        }
    }
}

/// Counts the values of a string fast field over the matching documents, by ordinal,
/// and names only the top entries.
pub struct OrdCounter<'a> {
    field: String,
    top: usize,
    cache: &'a OrdCache,
}

/// Counting is memory-bound (a slice of ordinals per document), so a segment
/// collector only marks the matching documents; at harvest it counts them, or, when
/// more than half of the live documents match, subtracts the others from the
/// segment's totals: a query matching nearly everything costs nearly nothing.
pub struct OrdCounterSeg {
    ords: Option<std::sync::Arc<Ords>>,
    totals: Option<std::sync::Arc<Vec<u32>>>,
    alive: Option<tantivy::fastfield::AliveBitSet>,
    matched: Vec<u64>,
    n_matched: u32,
    n_alive: u32,
    max_doc: u32,
}

impl Collector for OrdCounter<'_> {
    type Fruit = Vec<(String, u64)>;
    type Child = OrdCounterSeg;

    fn for_segment(&self, _ord: u32, reader: &SegmentReader) -> tantivy::Result<OrdCounterSeg> {
        let ords = self.cache.get(reader, &self.field)?;
        let totals = ords
            .as_ref()
            .map(|o| self.cache.totals(reader, &self.field, o));
        let max_doc = reader.max_doc();
        Ok(OrdCounterSeg {
            ords,
            totals,
            alive: reader.alive_bitset().cloned(),
            matched: vec![0; (max_doc as usize).div_ceil(64)],
            n_matched: 0,
            n_alive: reader.num_docs(),
            max_doc,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<(String, u64)>> {
        // counts by shared id, summed over segments: exact
        let len = fruits.iter().map(Vec::len).max().unwrap_or(0);
        let mut sum = vec![0u64; len];
        for f in &fruits {
            for (s, &c) in sum.iter_mut().zip(f) {
                *s += c as u64;
            }
        }
        let names = self
            .cache
            .names
            .lock()
            .map_err(|_| tantivy::TantivyError::InternalError("names lock".into()))?;
        let Some(names) = names.get(&self.field) else {
            return Ok(Vec::new());
        };
        let name = |i: usize| names.names.get(i).map(String::as_str).unwrap_or("");
        let mut idx: Vec<usize> = (0..len).filter(|&i| sum[i] > 0).collect();
        let order =
            |a: &usize, b: &usize| sum[*b].cmp(&sum[*a]).then_with(|| name(*a).cmp(name(*b)));
        if idx.len() > self.top && self.top > 0 {
            idx.select_nth_unstable_by(self.top - 1, order);
            idx.truncate(self.top);
        }
        idx.sort_unstable_by(order);
        idx.truncate(self.top);
        Ok(idx
            .into_iter()
            .map(|i| (name(i).to_string(), sum[i]))
            .collect())
    }
}

impl SegmentCollector for OrdCounterSeg {
    /// Counts by shared id.
    type Fruit = Vec<u32>;

    #[inline]
    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(w) = self.matched.get_mut(doc as usize / 64) {
            *w |= 1 << (doc % 64);
            self.n_matched += 1;
        }
    }

    fn harvest(self) -> Vec<u32> {
        let (Some(ords), Some(totals)) = (self.ords, self.totals) else {
            return Vec::new();
        };
        let complement = self.n_matched as u64 * 2 > self.n_alive as u64;
        let mut counts: Vec<u32> = if complement {
            totals.as_ref().clone()
        } else {
            vec![0; totals.len()]
        };
        let (off, ids) = (&ords.off, &ords.ords);
        for (wi, &word) in self.matched.iter().enumerate() {
            let base = wi as u32 * 64;
            let valid = if base + 64 <= self.max_doc {
                u64::MAX
            } else {
                (1u64 << (self.max_doc - base)) - 1
            };
            let mut bits = if complement { !word & valid } else { word };
            while bits != 0 {
                let d = base + bits.trailing_zeros();
                bits &= bits - 1;
                if complement {
                    if self.alive.as_ref().is_none_or(|a| a.is_alive(d)) {
                        each_of(off, ids, d, |x| {
                            if let Some(c) = counts.get_mut(x as usize) {
                                *c = c.saturating_sub(1);
                            }
                        });
                    }
                } else {
                    each_of(off, ids, d, |x| {
                        if let Some(c) = counts.get_mut(x as usize) {
                            *c += 1;
                        }
                    });
                }
            }
        }
        // the dense ids: counted directly (the matched documents are all alive)
        if let Some(dn) = &ords.dense {
            for &id in &dn.ids {
                if let Some(c) = counts.get_mut(id as usize) {
                    *c = 0;
                }
            }
            dn.count(&self.matched, &mut counts);
        }
        counts
    }
}

/// Counts quotes by the ordinal of their speaker id, keeping one quote per speaker
/// to name them; optionally only quotes of the articles in `allowed`.
struct SpeakerTally<'a> {
    allowed: Option<&'a std::collections::HashSet<String>>,
}

struct SpeakerTallySeg {
    seg: u32,
    speaker: Option<StrColumn>,
    aid: Option<StrColumn>,
    /// by aid ordinal: may this article's quotes count?
    allowed: Option<Vec<bool>>,
    counts: Vec<(u32, DocId)>,
}

type Tally = FxHashMap<String, (u64, DocAddress)>;

impl Collector for SpeakerTally<'_> {
    type Fruit = Tally;
    type Child = SpeakerTallySeg;

    fn for_segment(&self, ord: u32, reader: &SegmentReader) -> tantivy::Result<SpeakerTallySeg> {
        let speaker = reader.fast_fields().str("speaker")?;
        let aid = reader.fast_fields().str("aid")?;
        let n = speaker.as_ref().map(|c| c.num_terms()).unwrap_or(0);
        let allowed = match (self.allowed, &aid) {
            (Some(set), Some(col)) => {
                let mut ok = vec![false; col.num_terms()];
                for a in set {
                    if let Some(o) = col.dictionary().term_ord(a)? {
                        ok[o as usize] = true;
                    }
                }
                Some(ok)
            }
            (Some(_), None) => Some(Vec::new()),
            (None, _) => None,
        };
        Ok(SpeakerTallySeg {
            seg: ord,
            speaker,
            aid,
            allowed,
            counts: vec![(0, 0); n],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        let mut m = Tally::default();
        for f in fruits {
            for (k, (c, a)) in f {
                m.entry(k).or_insert((0, a)).0 += c;
            }
        }
        Ok(m)
    }
}

impl SegmentCollector for SpeakerTallySeg {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(sp) = &self.speaker else { return };
        if let Some(ok) = &self.allowed {
            let Some(aid) = &self.aid else { return };
            if !aid
                .term_ords(doc)
                .any(|o| ok.get(o as usize).copied().unwrap_or(false))
            {
                return;
            }
        }
        for o in sp.term_ords(doc) {
            if let Some(c) = self.counts.get_mut(o as usize) {
                if c.0 == 0 {
                    c.1 = doc;
                }
                c.0 += 1;
            }
        }
    }

    fn harvest(self) -> Tally {
        let mut out = Tally::default();
        let Some(sp) = self.speaker else { return out };
        let mut s = String::new();
        for (o, (c, doc)) in self.counts.into_iter().enumerate() {
            if c == 0 {
                continue;
            }
            s.clear();
            if sp.ord_to_str(o as u64, &mut s).unwrap_or(false) && !s.is_empty() {
                out.insert(s.clone(), (c as u64, DocAddress::new(self.seg, doc)));
            }
        }
        out
    }
}

/// Counts keyed `id\u{1f}name\u{1f}kind` merged by id (the same person may be named
/// `Sergei` in one article and `Sergey` in another): the most counted name wins.
fn counted(v: Vec<(String, u64)>) -> Vec<Counted> {
    let mut by_id: Vec<(Counted, u64)> = Vec::new();
    for (k, count) in v {
        let mut it = k.split('\u{1f}');
        let id = it.next().unwrap_or("").to_string();
        let name = it.next().unwrap_or("").to_string();
        let kind = it.next().unwrap_or("").to_string();
        match by_id.iter_mut().find(|(c, _)| c.id == id) {
            Some((c, best)) => {
                c.count += count;
                if count > *best {
                    *best = count;
                    c.name = name;
                    c.kind = kind;
                }
            }
            None => by_id.push((
                Counted {
                    id,
                    name,
                    kind,
                    count,
                },
                count,
            )),
        }
    }
    let mut out: Vec<Counted> = by_id.into_iter().map(|(c, _)| c).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    out
}

// ---------------------------------------------------------------------------------

fn term_q(field: Field, t: &str) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, t),
        IndexRecordOption::WithFreqs,
    ))
}

/// Tokens as one query on a field: a term, or a phrase.
fn tokens_q(field: Field, toks: &[String]) -> Option<Box<dyn TQuery>> {
    match toks.len() {
        0 => None,
        1 => Some(term_q(field, &toks[0])),
        _ => Some(Box::new(PhraseQuery::new(
            toks.iter()
                .map(|t| Term::from_field_text(field, t))
                .collect(),
        ))),
    }
}

fn any_of(qs: Vec<Box<dyn TQuery>>) -> Option<Box<dyn TQuery>> {
    match qs.len() {
        0 => None,
        1 => qs.into_iter().next(),
        _ => Some(Box::new(BooleanQuery::new(
            qs.into_iter().map(|q| (Occur::Should, q)).collect(),
        ))),
    }
}

fn date_range(field: Field, after: Option<i64>, before: Option<i64>) -> Option<Box<dyn TQuery>> {
    if after.is_none() && before.is_none() {
        return None;
    }
    let lo = match after {
        Some(a) => Bound::Included(Term::from_field_i64(field, a)),
        None => Bound::Included(Term::from_field_i64(field, NO_DATE + 1)),
    };
    let hi = match before {
        Some(b) => Bound::Excluded(Term::from_field_i64(field, b)),
        None => Bound::Unbounded,
    };
    Some(Box::new(RangeQuery::new(lo, hi)))
}

/// Completions of `prefix` in `fields`, most frequent first.
fn completions(searcher: &Searcher, fields: &[Field], prefix: &str, max: usize) -> Vec<String> {
    let mut freq: FxHashMap<String, u64> = FxHashMap::default();
    for seg in searcher.segment_readers() {
        for &f in fields {
            let Ok(inv) = seg.inverted_index(f) else {
                continue;
            };
            let dict = inv.terms();
            let Ok(mut stream) = dict.range().ge(prefix.as_bytes()).into_stream() else {
                continue;
            };
            let mut scanned = 0;
            while stream.advance() {
                let key = stream.key();
                if !key.starts_with(prefix.as_bytes()) {
                    break;
                }
                scanned += 1;
                if scanned > 50_000 {
                    break;
                }
                if let Ok(k) = std::str::from_utf8(key) {
                    *freq.entry(k.to_string()).or_default() += stream.value().doc_freq as u64;
                }
            }
        }
    }
    let mut v: Vec<(String, u64)> = freq.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(max);
    v.into_iter().map(|(k, _)| k).collect()
}

/// Close spellings of `t` in any of `fields`: edit distance 1, 2 for long words
/// (a transposition counts as one edit).
fn fuzzy_q(fields: &[Field], t: &str) -> Option<Box<dyn TQuery>> {
    let d = if t.chars().count() >= 7 { 2 } else { 1 };
    any_of(
        fields
            .iter()
            .map(|&f| {
                Box::new(FuzzyTermQuery::new(Term::from_field_text(f, t), d, true))
                    as Box<dyn TQuery>
            })
            .collect(),
    )
}

fn doc_freq_any(searcher: &Searcher, fields: &[Field], tok: &str) -> u64 {
    fields
        .iter()
        .map(|&f| {
            searcher
                .doc_freq(&Term::from_field_text(f, tok))
                .unwrap_or(0)
        })
        .sum()
}

/// The pieces of a text query over some fields, shared by articles and quotes.
struct TextParts {
    must: Vec<Box<dyn TQuery>>,
    must_not: Vec<Box<dyn TQuery>>,
    /// Every token searched (for snippets), completions included.
    highlight: Vec<String>,
    completions: Vec<String>,
    fuzzy: Vec<String>,
}

fn text_parts(
    searcher: &Searcher,
    q: &Query,
    fields: &[Field],
    phrase_fields: &[Field],
) -> TextParts {
    let mut p = TextParts {
        must: Vec::new(),
        must_not: Vec::new(),
        highlight: Vec::new(),
        completions: Vec::new(),
        fuzzy: Vec::new(),
    };
    for w in &q.words {
        let toks = analyze(w);
        if toks.len() > 1 {
            if let Some(x) = any_of(
                phrase_fields
                    .iter()
                    .filter_map(|&f| tokens_q(f, &toks))
                    .collect(),
            ) {
                p.must.push(x);
            }
            p.highlight.extend(toks);
            continue;
        }
        let Some(t) = toks.into_iter().next() else {
            continue;
        };
        if doc_freq_any(searcher, fields, &t) == 0 && t.chars().count() >= 4 {
            // no hit: a typo?
            if let Some(x) = fuzzy_q(fields, &t) {
                p.must.push(x);
            }
            p.fuzzy.push(t);
            continue;
        }
        if let Some(x) = any_of(fields.iter().map(|&f| term_q(f, &t)).collect()) {
            p.must.push(x);
        }
        p.highlight.push(t);
    }
    if let Some(pre) = &q.prefix
        && let Some(t) = analyze(pre).pop()
    {
        // completions from the main text fields only, as one unscored clause
        let cfields = &fields[..fields.len().min(2)];
        let comps = completions(searcher, cfields, &t, 20);
        if comps.is_empty() {
            // nothing starts so: maybe a typo in a finished word
            if t.chars().count() >= 4 {
                if let Some(x) = fuzzy_q(fields, &t) {
                    p.must.push(x);
                }
                p.fuzzy.push(t);
            } else {
                p.must.push(term_q(fields[0], &t)); // matches nothing, honestly
            }
        } else {
            let qs: Vec<Box<dyn TQuery>> = comps
                .iter()
                .flat_map(|c| cfields.iter().map(move |&f| term_q(f, c)))
                .collect();
            if let Some(x) = any_of(qs) {
                p.must
                    .push(Box::new(tantivy::query::ConstScoreQuery::new(x, 1.0)));
            }
            p.highlight.extend(comps.iter().cloned());
            p.completions = comps;
        }
    }
    for ph in &q.phrases {
        let toks = analyze(ph);
        if let Some(x) = any_of(
            phrase_fields
                .iter()
                .filter_map(|&f| tokens_q(f, &toks))
                .collect(),
        ) {
            p.must.push(x);
        }
        p.highlight.extend(toks);
    }
    for ex in &q.exclude {
        let toks = analyze(ex);
        if let Some(x) = any_of(
            phrase_fields
                .iter()
                .filter_map(|&f| tokens_q(f, &toks))
                .collect(),
        ) {
            p.must_not.push(x);
        }
    }
    p
}

fn boolean(must: Vec<Box<dyn TQuery>>, must_not: Vec<Box<dyn TQuery>>) -> Box<dyn TQuery> {
    if must.is_empty() && must_not.is_empty() {
        return Box::new(AllQuery);
    }
    let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
    if must.is_empty() {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    clauses.extend(must.into_iter().map(|q| (Occur::Must, q)));
    clauses.extend(must_not.into_iter().map(|q| (Occur::MustNot, q)));
    Box::new(BooleanQuery::new(clauses))
}

/// A search engine over one corpus index.
pub struct Engine<'a> {
    pub ci: &'a CorpusIndex,
}

fn str_field(doc: &TantivyDocument, f: Field) -> String {
    doc.get_first(f)
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string()
}

impl<'a> Engine<'a> {
    pub fn new(ci: &'a CorpusIndex) -> Self {
        Engine { ci }
    }

    /// The article query for `q` (filters included), its highlight tokens and notes.
    fn article_query(&self, searcher: &Searcher, q: &Query) -> (Box<dyn TQuery>, TextParts) {
        let af = &self.ci.af;
        let fields = [af.title, af.body, af.byline, af.actor_names];
        let mut p = text_parts(searcher, q, &fields, &[af.title, af.body]);
        for s in &q.speakers {
            if let Some(x) = tokens_q(af.speaker_names, &analyze(s)) {
                p.must.push(x);
            }
        }
        for s in &q.actors {
            if let Some(x) = tokens_q(af.actor_names, &analyze(s)) {
                p.must.push(x);
            }
        }
        for s in &q.sources {
            for t in analyze(s) {
                p.must.push(term_q(af.source, &t));
            }
        }
        for s in &q.titles {
            if let Some(x) = tokens_q(af.title, &analyze(s)) {
                p.must.push(x);
            }
        }
        if let Some(x) = date_range(af.published, q.after, q.before) {
            p.must.push(x);
        }
        let must = std::mem::take(&mut p.must);
        let must_not = std::mem::take(&mut p.must_not);
        (boolean(must, must_not), p)
    }

    fn quote_query(&self, searcher: &Searcher, q: &Query) -> (Box<dyn TQuery>, bool) {
        let qf = &self.ci.qf;
        let mut p = text_parts(searcher, q, &[qf.text], &[qf.text]);
        let has_text = !p.must.is_empty();
        for s in &q.speakers {
            if let Some(x) = tokens_q(qf.speaker_names, &analyze(s)) {
                p.must.push(x);
            }
        }
        for s in &q.sources {
            for t in analyze(s) {
                p.must.push(term_q(qf.source, &t));
            }
        }
        if let Some(x) = date_range(qf.published, q.after, q.before) {
            p.must.push(x);
        }
        let meaningful = has_text || !q.speakers.is_empty();
        (boolean(p.must, p.must_not), meaningful)
    }

    /// Run a query string.
    pub fn search(&self, input: &str, opts: SearchOptions) -> Result<Results> {
        let q = parse(input);
        self.search_parsed(&q, opts)
    }

    pub fn search_parsed(&self, q: &Query, opts: SearchOptions) -> Result<Results> {
        let af = self.ci.af;
        let searcher = self.ci.areader.searcher();
        let mut res = Results {
            problems: q.problems.clone(),
            ..Default::default()
        };
        let (aq, parts) = self.article_query(&searcher, q);
        // in:quotes: the quotes are searched first and the articles are theirs (the
        // article query then ranks and counts a handful of documents, not every
        // article that uses the words somewhere)
        let aq = if q.in_quotes {
            let aids = self.quote_hits(q, opts, &mut res)?;
            let terms = aids
                .iter()
                .map(|a| Term::from_field_text(af.aid, a))
                .collect::<Vec<_>>();
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, aq),
                (Occur::Must, Box::new(TermSetQuery::new(terms))),
            ])) as Box<dyn TQuery>
        } else {
            aq
        };
        res.completions = parts.completions.clone();
        res.fuzzy = parts.fuzzy.clone();
        for f in &parts.fuzzy {
            res.problems
                .push(format!("no word {f:?}: searched for close spellings"));
        }

        let speakers = OrdCounter {
            field: "speakers".into(),
            top: opts.counts,
            cache: &self.ci.ords,
        };
        let actors = OrdCounter {
            field: "actors".into(),
            top: opts.counts,
            cache: &self.ci.ords,
        };
        let sort = if q.is_empty() && opts.sort == SortBy::Relevance {
            SortBy::Newest
        } else {
            opts.sort
        };
        let limit = opts.limit.max(1);
        let hits: Vec<(f32, DocAddress)>;
        match sort {
            SortBy::Relevance => {
                let (top, count, sp, ac) = searcher.search(
                    &*aq,
                    &(
                        TopDocs::with_limit(limit).order_by_score(),
                        Count,
                        speakers,
                        actors,
                    ),
                )?;
                res.total = count;
                res.speakers = counted(sp);
                res.actors = counted(ac);
                hits = top;
            }
            SortBy::Newest | SortBy::Oldest => {
                let order = if sort == SortBy::Newest {
                    Order::Desc
                } else {
                    Order::Asc
                };
                let (top, count, sp, ac) = searcher.search(
                    &*aq,
                    &(
                        TopDocs::with_limit(limit).order_by_fast_field::<i64>("published", order),
                        Count,
                        speakers,
                        actors,
                    ),
                )?;
                res.total = count;
                res.speakers = counted(sp);
                res.actors = counted(ac);
                hits = top.into_iter().map(|(_, d)| (0.0, d)).collect();
            }
            SortBy::MostQuotes => {
                let (top, count, sp, ac) = searcher.search(
                    &*aq,
                    &(
                        TopDocs::with_limit(limit)
                            .order_by_fast_field::<u64>("nquotes", Order::Desc),
                        Count,
                        speakers,
                        actors,
                    ),
                )?;
                res.total = count;
                res.speakers = counted(sp);
                res.actors = counted(ac);
                hits = top.into_iter().map(|(_, d)| (0.0, d)).collect();
            }
        }
        let snip_gen = super::snippet::Snippeter::new(parts.highlight.iter().cloned(), 180);
        let mut cols = RowColumns::default();
        for (i, (score, addr)) in hits.into_iter().enumerate() {
            let key = (
                searcher.segment_reader(addr.segment_ord).segment_id(),
                addr.doc_id,
            );
            let cached = self.ci.rows.get(key);
            let Some(snipper) = snip_gen.as_ref().filter(|_| i < opts.snippets) else {
                // no snippet: the row comes from the cache or the columns
                let row = match cached {
                    Some(r) => r,
                    None => {
                        let r = std::sync::Arc::new(cols.row(&searcher, addr)?);
                        self.ci.rows.put(key, r.clone());
                        r
                    }
                };
                res.articles.push(row.hit(score, None));
                continue;
            };
            let row = match cached.filter(|r| r.body.is_some()) {
                Some(r) => r,
                None => {
                    // a snippet row reads its document anyway: its other fields come
                    // from it too (looking them up in the columns as well cost 0.3 ms
                    // a key)
                    let doc: TantivyDocument = searcher.doc(addr)?;
                    let mut row = CachedRow::of_doc(&doc, &af);
                    row.body = Some(
                        doc.get_first(af.body)
                            .and_then(|v| v.as_str())
                            .unwrap_or("")
                            .into(),
                    );
                    let r = std::sync::Arc::new(row);
                    self.ci.rows.put(key, r.clone());
                    r
                }
            };
            let snippet = snipper
                .snippet(row.body.as_deref().unwrap_or(""))
                .map(|(text, highlights)| Snippet { highlights, text });
            res.articles.push(row.hit(score, snippet));
        }
        // matching quotes, shown beside the articles
        if opts.quote_limit > 0 && !q.in_quotes {
            self.quote_hits(q, opts, &mut res)?;
        }
        Ok(res)
    }

    /// Runs the quote query of `q` (when it says something a quote can match, or
    /// always for in:quotes): fills `res.quotes` (up to `quote_limit`, at least 50 for
    /// in:quotes) and `res.quotes_total`, and returns the articles of the top quotes,
    /// best first. Without a quote list (`quote_limit` 0) the articles are read from a
    /// column, not from the stored quotes.
    fn quote_hits(&self, q: &Query, opts: SearchOptions, res: &mut Results) -> Result<Vec<String>> {
        let qs = self.ci.qreader.searcher();
        let (qq, meaningful) = self.quote_query(&qs, q);
        if !meaningful && !q.in_quotes {
            return Ok(Vec::new());
        }
        let (top, count) = qs.search(
            &*qq,
            &(
                TopDocs::with_limit(opts.quote_limit.max(50)).order_by_score(),
                Count,
            ),
        )?;
        res.quotes_total = count;
        let mut aids: Vec<String> = Vec::new();
        let mut seen = |aid: String| {
            if !aids.contains(&aid) {
                aids.push(aid);
            }
        };
        if opts.quote_limit == 0 {
            for (_, addr) in top {
                let col = qs
                    .segment_reader(addr.segment_ord)
                    .fast_fields()
                    .str("aid")?;
                if let Some(col) = col
                    && let Some(o) = col.term_ords(addr.doc_id).next()
                {
                    let mut s = String::new();
                    if col.ord_to_str(o, &mut s)? {
                        seen(s);
                    }
                }
            }
            return Ok(aids);
        }
        let qf = self.ci.qf;
        for (_, addr) in top {
            let d: TantivyDocument = qs.doc(addr)?;
            let sid = str_field(&d, qf.speaker);
            let names = str_field(&d, qf.speaker_names);
            let hit = QuoteHit {
                aid: str_field(&d, qf.aid),
                path: str_field(&d, qf.path),
                pos: d.get_first(qf.pos).and_then(|v| v.as_u64()).unwrap_or(0),
                text: str_field(&d, qf.text),
                kind: str_field(&d, qf.kind),
                speaker_id: (!sid.is_empty()).then_some(sid),
                speaker: names
                    .split(" ; ")
                    .next()
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
                published: d
                    .get_first(qf.published)
                    .and_then(|v| v.as_i64())
                    .and_then(iso_of),
            };
            seen(hit.aid.clone());
            res.quotes.push(hit);
        }
        Ok(aids)
    }

    /// The stored document of the article `aid`.
    fn article_doc(&self, aid: &str) -> Result<Option<TantivyDocument>> {
        let searcher = self.ci.areader.searcher();
        let top = searcher.search(
            &TermQuery::new(
                Term::from_field_text(self.ci.af.aid, aid),
                IndexRecordOption::Basic,
            ),
            &TopDocs::with_limit(1).order_by_score(),
        )?;
        match top.into_iter().next() {
            Some((_, addr)) => Ok(Some(searcher.doc(addr)?)),
            None => Ok(None),
        }
    }

    /// The stored annotation of an article, text included.
    pub fn article(&self, aid: &str) -> Result<Option<Annotated>> {
        let af = self.ci.af;
        let Some(doc) = self.article_doc(aid)? else {
            return Ok(None);
        };
        let Some(json) = doc.get_first(af.ann).and_then(|v| v.as_str()) else {
            return Ok(None);
        };
        let mut a: Annotated = serde_json::from_str(json)?;
        a.text = str_field(&doc, af.body);
        Ok(Some(a))
    }

    /// Every quote of a speaker in corpus order (date, article, position), optionally
    /// only in the articles that match `within`.
    pub fn speaker_quotes(
        &self,
        speaker_id: &str,
        within: Option<&Query>,
    ) -> Result<Vec<QuoteHit>> {
        let qf = self.ci.qf;
        let qs = self.ci.qreader.searcher();
        let docs = qs.search(
            &TermQuery::new(
                Term::from_field_text(qf.speaker, speaker_id),
                IndexRecordOption::Basic,
            ),
            &DocSetCollector,
        )?;
        let allowed: Option<std::collections::HashSet<String>> = match within {
            Some(q) if !q.is_empty() => Some(self.matching_aids(q)?),
            _ => None,
        };
        let mut out = Vec::with_capacity(docs.len());
        for addr in docs {
            let d: TantivyDocument = qs.doc(addr)?;
            let aid = str_field(&d, qf.aid);
            if let Some(a) = &allowed
                && !a.contains(&aid)
            {
                continue;
            }
            let names = str_field(&d, qf.speaker_names);
            out.push((
                d.get_first(qf.published)
                    .and_then(|v| v.as_i64())
                    .unwrap_or(NO_DATE),
                QuoteHit {
                    path: str_field(&d, qf.path),
                    pos: d.get_first(qf.pos).and_then(|v| v.as_u64()).unwrap_or(0),
                    text: str_field(&d, qf.text),
                    kind: str_field(&d, qf.kind),
                    speaker_id: Some(speaker_id.to_string()),
                    speaker: names.split(" ; ").next().map(str::to_string),
                    published: None,
                    aid,
                },
            ));
        }
        out.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| a.1.aid.cmp(&b.1.aid))
                .then_with(|| a.1.pos.cmp(&b.1.pos))
        });
        Ok(out
            .into_iter()
            .map(|(t, mut h)| {
                h.published = iso_of(t);
                h
            })
            .collect())
    }

    /// Quotes per speaker (most quoted first, `top` of them), over the whole corpus or
    /// only in the articles matching `within`. Counts quotes, not articles: what the
    /// insight chart and the speaker picker show.
    pub fn speaker_tally(&self, within: Option<&Query>, top: usize) -> Result<Vec<Counted>> {
        let allowed = match within {
            Some(q) if !q.is_empty() => Some(self.matching_aids(q)?),
            _ => None,
        };
        let qs = self.ci.qreader.searcher();
        let tally = qs.search(
            &tantivy::query::AllQuery,
            &SpeakerTally {
                allowed: allowed.as_ref(),
            },
        )?;
        let mut v: Vec<(String, u64, DocAddress)> =
            tally.into_iter().map(|(k, (c, a))| (k, c, a)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(top);
        let qf = self.ci.qf;
        let mut out = Vec::with_capacity(v.len());
        for (id, count, addr) in v {
            let d: TantivyDocument = qs.doc(addr)?;
            let names = str_field(&d, qf.speaker_names);
            out.push(Counted {
                name: names.split(" ; ").next().unwrap_or(&id).to_string(),
                id,
                // the quotes index does not know; the article counts do
                kind: String::new(),
                count,
            });
        }
        Ok(out)
    }

    /// Ids of the articles matching a query.
    pub fn matching_aids(&self, q: &Query) -> Result<std::collections::HashSet<String>> {
        let searcher = self.ci.areader.searcher();
        let (aq, _) = self.article_query(&searcher, q);
        let docs = searcher.search(&*aq, &DocSetCollector)?;
        let mut out = std::collections::HashSet::with_capacity(docs.len());
        for addr in docs {
            let seg = searcher.segment_reader(addr.segment_ord);
            if let Some(col) = seg.fast_fields().str("aid")? {
                let mut s = String::new();
                for o in col.term_ords(addr.doc_id) {
                    s.clear();
                    if col.ord_to_str(o, &mut s)? {
                        out.insert(s.clone());
                    }
                }
            }
        }
        Ok(out)
    }

    /// Actors of the articles matching `q` (all articles when empty), with mention,
    /// article and quote counts, most quoted first.
    pub fn actors(&self, input: &str, kind: Option<&str>, limit: usize) -> Result<Vec<ActorRow>> {
        let q = parse(input);
        let searcher = self.ci.areader.searcher();
        let (aq, _) = self.article_query(&searcher, &q);
        let docs = searcher.search(&*aq, &DocSetCollector)?;
        let mut rows: FxHashMap<String, ActorRow> = FxHashMap::default();
        for addr in docs {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let Some(json) = doc.get_first(self.ci.af.ann).and_then(|v| v.as_str()) else {
                continue;
            };
            let Ok(a) = serde_json::from_str::<Annotated>(json) else {
                continue;
            };
            for act in &a.actors {
                if kind.is_some_and(|k| k != act.kind.as_str()) {
                    continue;
                }
                let r = rows.entry(act.id.clone()).or_insert_with(|| ActorRow {
                    id: act.id.clone(),
                    name: act.name.clone(),
                    kind: act.kind.as_str().to_string(),
                    aliases: Vec::new(),
                    mentions: 0,
                    articles: 0,
                    quotes: 0,
                });
                r.mentions += act.mentions.len() as u64;
                r.articles += 1;
                r.quotes += act.quote_count as u64;
                for al in &act.aliases {
                    if !r.aliases.contains(al) {
                        r.aliases.push(al.clone());
                    }
                }
            }
        }
        let mut v: Vec<ActorRow> = rows.into_values().collect();
        v.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then(b.articles.cmp(&a.articles))
                .then(b.mentions.cmp(&a.mentions))
                .then_with(|| a.id.cmp(&b.id))
        });
        v.truncate(limit);
        Ok(v)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub mentions: u64,
    pub articles: u64,
    pub quotes: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_roundtrip() {
        let t = super::super::build::iso_to_unix("2025-03-17T09:40:05").unwrap();
        assert_eq!(iso_of(t).as_deref(), Some("2025-03-17T09:40:05"));
        assert_eq!(iso_of(NO_DATE), None);
    }

    #[test]
    fn unpacked_ordinals_match_the_column_and_counts_match_a_direct_count() {
        use tantivy::schema::{FAST, STRING, Schema};
        let mut b = Schema::builder();
        let f = b.add_text_field("actors", STRING | FAST);
        let idx = tantivy::Index::create_in_ram(b.build());
        let mut w: tantivy::IndexWriter = idx.writer_with_num_threads(1, 15_000_000).unwrap();
        // documents with no, one and several values, and a repeated value (counted once:
        // the counts are of documents)
        let docs: Vec<Vec<&str>> = vec![
            vec![],
            vec!["b"],
            vec!["a", "c", "d"],
            vec![],
            vec![],
            vec!["c", "c"],
            vec!["d"],
        ];
        for vals in &docs {
            let mut d = TantivyDocument::new();
            for v in vals {
                d.add_text(f, v);
            }
            w.add_document(d).unwrap();
        }
        w.commit().unwrap();
        let searcher = idx.reader().unwrap().searcher();
        let seg = searcher.segment_reader(0);
        let col = seg.fast_fields().str("actors").unwrap().unwrap();
        let ords = Ords::build(col.clone(), seg.max_doc(), &Default::default(), "actors");
        for d in 0..seg.max_doc() {
            let mut direct: Vec<u32> = col.term_ords(d).map(|o| o as u32).collect();
            direct.dedup();
            assert_eq!(ords.of(d), direct, "doc {d}");
        }
        assert_eq!(ords.of(99), Vec::<u32>::new());
        assert!(matches!(ords.ords, Ids::Narrow(_)));
        // ids past two bytes keep four
        let wide = Ords {
            off: vec![0, 2, 2, 3],
            ords: Ids::Wide(vec![70_000, 3, 65_536]),
            n_ids: 70_001,
            dense: None,
        };
        assert_eq!(wide.of(0), vec![3, 70_000]);
        assert_eq!(wide.of(1), Vec::<u32>::new());
        assert_eq!(wide.of(2), vec![65_536]);
        assert_eq!(wide.of(3), Vec::<u32>::new());
        let cache = OrdCache::default();
        let counts = searcher
            .search(
                &AllQuery,
                &OrdCounter {
                    field: "actors".into(),
                    top: 10,
                    cache: &cache,
                },
            )
            .unwrap();
        let want: Vec<(String, u64)> = [("c", 2), ("d", 2), ("a", 1), ("b", 1)]
            .iter()
            .map(|(k, n)| (k.to_string(), *n))
            .collect();
        assert_eq!(counts, want);
    }

    #[test]
    fn counts_agree_whether_matches_are_few_or_most_and_after_deletes() {
        use tantivy::query::RangeQuery;
        use tantivy::schema::{FAST, INDEXED, STRING, Schema};
        let mut b = Schema::builder();
        let f = b.add_text_field("actors", STRING | FAST);
        let nf = b.add_u64_field("n", INDEXED | FAST);
        let idx = tantivy::Index::create_in_ram(b.build());
        let mut w: tantivy::IndexWriter = idx.writer_with_num_threads(1, 15_000_000).unwrap();
        // 600 documents in two segments whose dictionaries differ (several bitset
        // words and a partial last one), 0-3 frequent values each (dense ids) and now
        // and then a rare one (counted document by document)
        let vals = |n: u64| -> Vec<String> {
            let mut v: Vec<String> = (0..n % 4)
                .map(|k| format!("a{}", (n * 7 + k * 13) % (11 + n / 300 * 5)))
                .collect();
            if n.is_multiple_of(7) {
                v.push(format!("r{}", n % 50));
            }
            v.sort();
            v.dedup();
            v
        };
        for batch in [0..300u64, 300..600] {
            for n in batch {
                let mut d = TantivyDocument::new();
                d.add_u64(nf, n);
                for v in vals(n) {
                    d.add_text(f, &v);
                }
                w.add_document(d).unwrap();
            }
            w.commit().unwrap();
        }
        let reader = idx.reader().unwrap();
        let cache = OrdCache::default();
        let check = |deleted: &dyn Fn(u64) -> bool| {
            let searcher = reader.searcher();
            assert_eq!(searcher.segment_readers().len(), 2);
            for seg in searcher.segment_readers() {
                let col = seg.fast_fields().str("actors").unwrap().unwrap();
                let o = Ords::build(col, seg.max_doc(), &Default::default(), "actors");
                let dn = o.dense.as_ref().expect("frequent ids are dense");
                assert!(dn.ids.len() >= 11, "{}", dn.ids.len());
                assert!(!o.ords.is_empty(), "rare ids stay in the lists");
            }
            for upto in [0u64, 1, 40, 149, 150, 151, 260, 300, 301, 450, 599, 600] {
                let q = RangeQuery::new(
                    std::ops::Bound::Included(Term::from_field_u64(nf, 0)),
                    std::ops::Bound::Excluded(Term::from_field_u64(nf, upto)),
                );
                let got = searcher
                    .search(
                        &q,
                        &OrdCounter {
                            field: "actors".into(),
                            top: 100,
                            cache: &cache,
                        },
                    )
                    .unwrap();
                let mut want: FxHashMap<String, u64> = FxHashMap::default();
                for n in (0..upto).filter(|&n| !deleted(n)) {
                    for v in vals(n) {
                        *want.entry(v).or_default() += 1;
                    }
                }
                let mut want: Vec<(String, u64)> = want.into_iter().collect();
                want.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                assert_eq!(got, want, "documents below {upto}");
            }
        };
        check(&|_| false);
        // delete every fifth document: the totals follow the deletes
        for n in (0..600u64).step_by(5) {
            w.delete_term(Term::from_field_u64(nf, n));
        }
        w.commit().unwrap();
        reader.reload().unwrap();
        check(&|n| n % 5 == 0);
    }
}
