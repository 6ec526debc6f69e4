//! Groups figure reports that count the same thing across articles.
//!
//! Two reports count the same thing when they share a unit and a *kind* of
//! what is counted: for people, the event they underwent (people "trapped"
//! and people said to be "present" or "home to" a place are one population;
//! territory "retaken" and "controlled" is one share); for other measures
//! the measure itself ("area") or, for shares without an event, the group
//! they are a share of. Within a kind, values more than a factor of
//! [`SCOPE_RATIO`] apart describe different scopes (a country's displaced
//! and a city's) and are kept apart: values are clustered by single linkage
//! on that ratio. A group's agreement compares every pair of reports from
//! different articles: they agree when their hedged intervals overlap or the
//! values are within 10 %.
//!
//! Where the text ties a figure to a place ([`place`]) or a date ([`when`]),
//! they are part of its scope too: within a kind, reports about places or
//! dates that cannot be one scope are grouped apart whatever their values
//! (a toll "on Monday" and one "on Tuesday" are two figures, not a
//! conflict), and reports that name neither join the group whose values
//! they fit.

use std::collections::BTreeMap;

use corroborate_model::{
    Agreement, Article, Entity, Figure, FigureReport, Hedge, PartialDate, TimeMention,
};

mod clause;
mod place;
mod when;

/// The place entity (index) and the date a report's clause ties to it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Scope {
    place: Option<usize>,
    date: Option<PartialDate>,
}

impl Scope {
    fn is_known(&self) -> bool {
        self.place.is_some() || self.date.is_some()
    }

    /// Whether two scopes may be one: every part both know is compatible.
    fn fits(&self, other: &Scope, entities: &[Entity]) -> bool {
        let places = match (self.place, other.place) {
            (Some(a), Some(b)) => place::compatible(entities, a, b),
            _ => true,
        };
        let dates = match (self.date, other.date) {
            (Some(a), Some(b)) => when::compatible(a, b),
            _ => true,
        };
        places && dates
    }
}

/// A report with its scope.
type Placed = (FigureReport, Scope);

/// Values further apart than this factor count different scopes.
const SCOPE_RATIO: f64 = 2.0;

/// Labels that name only a measure, not what it measures.
const GENERIC: &[&str] = &[
    "duration",
    "distance",
    "weight",
    "temperature",
    "amount",
    "share",
    "change",
];

/// Relative tolerance under which two values agree.
const TOLERANCE: f64 = 0.10;

/// Groups figure reports that count the same thing. `entities` (the merged
/// entities of the story), `times` (the resolved date expressions) and
/// `articles` give each report its place and date, when its clause ties
/// them to it.
pub fn figures(
    reports: Vec<FigureReport>,
    entities: &[Entity],
    times: &[TimeMention],
    articles: &[Article],
) -> Vec<Figure> {
    let reports: Vec<FigureReport> = reports
        .into_iter()
        .filter(|r| r.value.is_finite())
        .collect();
    let places = place::places(&reports, entities, articles);
    let dates = when::dates(&reports, times, articles);
    let mut kinds: BTreeMap<(String, String), Vec<Placed>> = BTreeMap::new();
    for ((r, place), date) in reports.into_iter().zip(places).zip(dates) {
        let kind = kind(&r.counts);
        // a bare measure ("duration", "distance") is not scoped by a place
        // named near it: "won by 23 seconds over a rider of X"
        let place = place.filter(|_| !GENERIC.contains(&kind.as_str()));
        kinds
            .entry((r.unit.clone(), kind))
            .or_default()
            .push((r, Scope { place, date }));
    }
    let kinds = merge_narrower_kinds(kinds);
    let mut groups: Vec<Figure> = Vec::new();
    for ((unit, kind), reps) in kinds {
        for mut reps in by_scope(reps, entities) {
            reps.sort_by(|(a, _), (b, _)| {
                a.value
                    .total_cmp(&b.value)
                    .then(a.article.cmp(&b.article))
                    .then(a.start.cmp(&b.start))
            });
            let mut cluster: Vec<Placed> = Vec::new();
            for r in reps {
                // a bare measure ("duration", "amount") says nothing of what is
                // measured: only values within the tolerance of the group's
                // first are taken to be the same figure (no chaining 43 → 45 → 50)
                let generic = GENERIC.contains(&kind.as_str());
                let split = if generic {
                    cluster.first().is_some_and(|(first, _)| {
                        (first.value - r.0.value).abs()
                            > TOLERANCE * first.value.abs().max(r.0.value.abs())
                    })
                } else {
                    cluster
                        .last()
                        .is_some_and(|(prev, _)| !same_scope(prev.value, r.0.value))
                };
                if split {
                    let done = std::mem::take(&mut cluster);
                    groups.push(group(&unit, &kind, done, entities));
                }
                cluster.push(r);
            }
            if !cluster.is_empty() {
                groups.push(group(&unit, &kind, cluster, entities));
            }
        }
    }
    groups.sort_by_key(|g| {
        let articles = n_articles(&g.reports);
        let first = g.reports.first().map(|r| (r.article, r.start));
        (
            articles < 2,
            g.agreement != Agreement::Conflict,
            std::cmp::Reverse(g.reports.len()),
            std::cmp::Reverse(articles),
            first,
        )
    });
    for (i, g) in groups.iter_mut().enumerate() {
        g.id = format!("f{}", i + 1);
    }
    groups
}

/// Splits the reports of one kind by scope. A report with a known scope
/// joins the first bucket whose every member's scope fits its own. With
/// fewer than two buckets nothing is split. Otherwise a report of unknown
/// scope joins the bucket holding the value nearest its own when that value
/// is of the same scope, else a bucket of its own.
fn by_scope(reps: Vec<Placed>, entities: &[Entity]) -> Vec<Vec<Placed>> {
    let mut buckets: Vec<Vec<Placed>> = Vec::new();
    let mut unknown = Vec::new();
    for (r, scope) in reps {
        if !scope.is_known() {
            unknown.push((r, scope));
            continue;
        }
        let home = buckets
            .iter_mut()
            .find(|b| b.iter().all(|(_, other)| scope.fits(other, entities)));
        match home {
            Some(b) => b.push((r, scope)),
            None => buckets.push(vec![(r, scope)]),
        }
    }
    if buckets.len() < 2 {
        let mut all: Vec<_> = buckets.into_iter().flatten().collect();
        all.extend(unknown);
        return vec![all];
    }
    let mut alone = Vec::new();
    for (r, scope) in unknown {
        let nearest = buckets
            .iter()
            .enumerate()
            .flat_map(|(b, rs)| rs.iter().map(move |x| (b, x.0.value)))
            .filter(|&(_, v)| same_scope(v, r.value))
            .min_by(|x, y| ratio(x.1, r.value).total_cmp(&ratio(y.1, r.value)));
        match nearest {
            Some((b, _)) => buckets[b].push((r, scope)),
            None => alone.push((r, scope)),
        }
    }
    if !alone.is_empty() {
        buckets.push(alone);
    }
    buckets
}

/// What most of a group's reports say, when at least half of them say
/// something (the place or the date a group is about).
fn majority<T: Ord + Copy>(items: &[Option<T>]) -> Option<T> {
    let mut known: Vec<T> = items.iter().flatten().copied().collect();
    if known.len() * 2 < items.len() {
        return None;
    }
    known.sort_unstable();
    known
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| (run.len(), std::cmp::Reverse(run[0])))
        .map(|run| run[0])
}

/// The ratio of the larger to the smaller magnitude (1 for equal values).
fn ratio(a: f64, b: f64) -> f64 {
    let (lo, hi) = if a.abs() <= b.abs() {
        (a.abs(), b.abs())
    } else {
        (b.abs(), a.abs())
    };
    if lo == 0.0 {
        if hi == 0.0 {
            1.0
        } else {
            f64::INFINITY
        }
    } else {
        hi / lo
    }
}

/// The kind of thing a report counts, from its label: the event for people
/// and shares, else the label without the counted noun.
fn kind(counts: &str) -> String {
    let words: Vec<&str> = counts.split_whitespace().collect();
    // the event is the label's last words: "civilians trapped", "bodies under the rubble"
    if counts.ends_with("under the rubble") {
        return "under the rubble".to_string();
    }
    // a part of the people is not the whole: "children killed" and
    // "people killed" count different things
    let part = words.first().is_some_and(|w| {
        matches!(
            *w,
            "women"
                | "children"
                | "boys"
                | "girls"
                | "men"
                | "babies"
                | "infants"
                | "minors"
                | "kids"
                | "teenagers"
                | "elderly"
        )
    });
    if part {
        return counts.to_lowercase();
    }
    if let Some(last) = words.last() {
        let class = match *last {
            "trapped" | "present" => Some("trapped"),
            "retaken" | "controlled" => Some("retaken"),
            "killed" | "injured" | "casualties" | "executed" | "displaced" | "fled"
            | "detained" | "missing" | "rescued" | "infected" | "hospitalized" | "destroyed"
            | "damaged" | "flooded" => Some(*last),
            "need" if counts.ends_with("in need") => Some("in need"),
            _ => None,
        };
        if let Some(c) = class {
            return if counts.starts_with("share") {
                format!("share {c}")
            } else {
                c.to_string()
            };
        }
    }
    // outlets differ in case ("share for Clinton" and "… for clinton")
    counts.to_lowercase()
}

/// The content words of a kind ("change in dow jones" → change, dow, jones).
fn content_words(kind: &str) -> Vec<String> {
    const FUNCTION: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "for", "to", "per", "at", "by",
    ];
    let mut words: Vec<String> = kind
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FUNCTION.contains(&w.as_str()))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Outlets name one thing at different lengths: "change in X" and "change
/// in X Industrial Average". A kind of at least two content words absorbs
/// the kinds of the same unit whose words include all of its own, when it
/// is the only such narrower kind for them (a label that fits two
/// different shorter kinds is left alone, as ambiguous).
fn merge_narrower_kinds(
    kinds: BTreeMap<(String, String), Vec<Placed>>,
) -> BTreeMap<(String, String), Vec<Placed>> {
    let keys: Vec<(String, String)> = kinds.keys().cloned().collect();
    let words: Vec<Vec<String>> = keys.iter().map(|(_, k)| content_words(k)).collect();
    let mut target: Vec<Option<usize>> = vec![None; keys.len()];
    for (b, wb) in words.iter().enumerate() {
        let within: Vec<usize> = (0..keys.len())
            .filter(|&a| {
                a != b
                    && keys[a].0 == keys[b].0
                    && words[a].len() >= 2
                    && words[a].len() < wb.len()
                    && !GENERIC.contains(&keys[a].1.as_str())
                    && words[a].iter().all(|w| wb.contains(w))
            })
            .collect();
        // the narrowest fitting kinds: those not within another fitting kind
        let minimal: Vec<usize> = within
            .iter()
            .copied()
            .filter(|&a| {
                !within
                    .iter()
                    .any(|&c| c != a && words[c].iter().all(|w| words[a].contains(w)))
            })
            .collect();
        if let [only] = minimal[..] {
            target[b] = Some(only);
        }
    }
    let mut out: BTreeMap<(String, String), Vec<Placed>> = BTreeMap::new();
    for (i, (key, reps)) in kinds.into_iter().enumerate() {
        // follow to the narrowest kind (a chain ends: each step has fewer words)
        let mut t = i;
        while let Some(next) = target[t] {
            t = next;
        }
        let key = if t == i { key } else { keys[t].clone() };
        out.entry(key).or_default().extend(reps);
    }
    out
}

/// Whether two values (sorted, `a <= b`) may describe the same scope.
fn same_scope(a: f64, b: f64) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if lo <= 0.0 {
        return hi <= 0.0;
    }
    hi / lo <= SCOPE_RATIO
}

fn n_articles(reports: &[FigureReport]) -> usize {
    let mut ids: Vec<_> = reports.iter().map(|r| r.article).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// The interval a report allows: exact and approximate values are points
/// (the 10 % tolerance covers "about"); bounds are open on one side.
fn interval(r: &FigureReport) -> (f64, f64) {
    match r.hedge {
        Hedge::Exact | Hedge::Approximate => (r.value, r.value),
        Hedge::AtLeast | Hedge::Vague => (r.low.unwrap_or(r.value), f64::INFINITY),
        Hedge::AtMost => (0.0, r.high.unwrap_or(r.value)),
        Hedge::Range => (r.low.unwrap_or(r.value), r.high.unwrap_or(r.value)),
    }
}

/// Whether two reports agree. For a percentage near 100 the complement
/// carries the meaning (2 % left is twice 1 % left), so the tolerance is
/// taken on the smaller of the share and its complement.
fn agree(a: &FigureReport, b: &FigureReport) -> bool {
    let (alo, ahi) = interval(a);
    let (blo, bhi) = interval(b);
    if alo <= bhi && blo <= ahi {
        return true;
    }
    let scale = if a.unit == "percent" {
        a.value
            .min(b.value)
            .min(100.0 - a.value)
            .min(100.0 - b.value)
            .max(0.0)
    } else {
        a.value.abs().max(b.value.abs())
    };
    (a.value - b.value).abs() <= TOLERANCE * scale
}

fn group(unit: &str, kind: &str, placed: Vec<Placed>, entities: &[Entity]) -> Figure {
    let places: Vec<Option<usize>> = placed.iter().map(|(_, s)| s.place).collect();
    let place = majority(&places)
        .and_then(|p| entities.get(p))
        .map(|e| e.name.as_str());
    let dates: Vec<Option<PartialDate>> = placed.iter().map(|(_, s)| s.date).collect();
    let date = majority(&dates);
    let mut reports: Vec<FigureReport> = placed.into_iter().map(|(r, _)| r).collect();
    reports.sort_by(|a, b| a.article.cmp(&b.article).then(a.start.cmp(&b.start)));
    let low = reports
        .iter()
        .map(|r| r.value)
        .fold(f64::INFINITY, f64::min);
    let high = reports
        .iter()
        .map(|r| r.value)
        .fold(f64::NEG_INFINITY, f64::max);
    let articles = n_articles(&reports);
    let agreement = if articles < 2 {
        Agreement::Single
    } else {
        let all = reports.iter().enumerate().all(|(i, a)| {
            reports[i + 1..]
                .iter()
                .filter(|b| b.article != a.article)
                .all(|b| agree(a, b))
        });
        if all {
            Agreement::Agree
        } else {
            Agreement::Conflict
        }
    };
    let mut scope = place.map(|p| format!(" about {p}")).unwrap_or_default();
    if let Some(d) = date {
        scope.push_str(&format!(" on {d}"));
    }
    let basis = if reports.len() == 1 {
        format!("one report of {kind} in {unit}{scope}")
    } else {
        format!(
            "{} reports from {} article{} count {kind} in {unit}{scope}; values {}–{} lie within a factor of {SCOPE_RATIO} of each other, so they describe one scope",
            reports.len(),
            articles,
            if articles == 1 { "" } else { "s" },
            show(low),
            show(high),
        )
    };
    Figure {
        id: String::new(),
        counts: label(&reports),
        unit: unit.to_string(),
        place: place.map(str::to_string),
        date,
        agreement,
        low: if low.is_finite() { low } else { 0.0 },
        high: if high.is_finite() { high } else { 0.0 },
        basis,
        reports,
    }
}

/// The most common label among the reports, the earliest on ties; a label
/// with an explicit event beats a stative one ("trapped" over "present").
fn label(reports: &[FigureReport]) -> String {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        match counts.iter_mut().find(|c| c.0 == r.counts) {
            Some(c) => c.1 += 1,
            None => counts.push((&r.counts, 1, i)),
        }
    }
    counts
        .iter()
        .max_by_key(|(l, n, i)| (!l.ends_with(" present"), *n, std::cmp::Reverse(*i)))
        .map(|c| c.0.to_string())
        .unwrap_or_default()
}

fn show(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v as i64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 && c != '-' {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        format!("{v:.2}")
    }
}

#[cfg(test)]
mod tests;
