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
//! Where the text ties a figure to a place ([`place`]), the place is part of
//! its scope too: within a kind, reports about places that cannot be one
//! scope are grouped apart whatever their values, and reports that name no
//! place join the place group whose values they fit.

use std::collections::BTreeMap;

use corroborate_model::{Agreement, Article, Entity, Figure, FigureReport, Hedge};

mod place;

/// A report with the place entity (index) its sentence ties to it.
type Placed = (FigureReport, Option<usize>);

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
/// entities of the story) and `articles` give each report its place, when
/// its sentence ties one to it.
pub fn figures(
    reports: Vec<FigureReport>,
    entities: &[Entity],
    articles: &[Article],
) -> Vec<Figure> {
    let reports: Vec<FigureReport> = reports
        .into_iter()
        .filter(|r| r.value.is_finite())
        .collect();
    // a bare measure ("duration", "distance") is not scoped by a place
    // named near it: "won by 23 seconds over a rider of X"
    let places = place::places(&reports, entities, articles)
        .into_iter()
        .zip(&reports)
        .map(|(p, r)| p.filter(|_| !GENERIC.contains(&kind(&r.counts).as_str())))
        .collect::<Vec<_>>();
    let mut kinds: BTreeMap<(String, String), Vec<Placed>> = BTreeMap::new();
    for (r, p) in reports.into_iter().zip(places) {
        kinds
            .entry((r.unit.clone(), kind(&r.counts)))
            .or_default()
            .push((r, p));
    }
    let mut groups: Vec<Figure> = Vec::new();
    for ((unit, kind), reps) in kinds {
        for mut reps in by_place(reps, entities) {
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

/// Splits the reports of one kind by place. Places that may be one scope
/// ([`place::compatible`]) share a bucket. With fewer than two buckets
/// nothing is split. Otherwise a report without a place joins the bucket
/// holding the value nearest its own when that value is of the same scope,
/// else a bucket of its own.
fn by_place(reps: Vec<Placed>, entities: &[Entity]) -> Vec<Vec<Placed>> {
    // buckets of compatible places, in order of first appearance
    let mut buckets: Vec<Vec<Placed>> = Vec::new();
    let mut placeless = Vec::new();
    for (r, p) in reps {
        let Some(p) = p else {
            placeless.push((r, None));
            continue;
        };
        let home = buckets.iter_mut().find(|b| {
            b.iter()
                .any(|(_, q)| q.is_some_and(|q| place::compatible(entities, p, q)))
        });
        match home {
            Some(b) => b.push((r, Some(p))),
            None => buckets.push(vec![(r, Some(p))]),
        }
    }
    if buckets.len() < 2 {
        let mut all: Vec<_> = buckets.into_iter().flatten().collect();
        all.extend(placeless);
        return vec![all];
    }
    let mut alone = Vec::new();
    for (r, p) in placeless {
        let nearest = buckets
            .iter()
            .enumerate()
            .flat_map(|(b, rs)| rs.iter().map(move |x| (b, x.0.value)))
            .filter(|&(_, v)| same_scope(v, r.value))
            .min_by(|x, y| ratio(x.1, r.value).total_cmp(&ratio(y.1, r.value)));
        match nearest {
            Some((b, _)) => buckets[b].push((r, p)),
            None => alone.push((r, p)),
        }
    }
    if !alone.is_empty() {
        buckets.push(alone);
    }
    buckets
}

/// The place a group is about: the place most of its reports name, when
/// at least half of them name one.
fn group_place(places: &[Option<usize>]) -> Option<usize> {
    let named: Vec<usize> = places.iter().flatten().copied().collect();
    if named.len() * 2 < places.len() {
        return None;
    }
    let mut sorted = named;
    sorted.sort_unstable();
    sorted
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
    if let Some(last) = words.last() {
        let class = match *last {
            "trapped" | "present" => Some("trapped"),
            "retaken" | "controlled" => Some("retaken"),
            "killed" | "injured" | "casualties" | "executed" | "displaced" | "fled"
            | "detained" => Some(*last),
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
    counts.to_string()
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
    let places: Vec<Option<usize>> = placed.iter().map(|(_, p)| *p).collect();
    let place = group_place(&places)
        .and_then(|p| entities.get(p))
        .map(|e| e.name.as_str());
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
    let scope = place.map(|p| format!(" about {p}")).unwrap_or_default();
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
