//! The labelled-figures part of the `numbers` suite: our hand-labelled
//! MEANTIME sentences (`test_data/figures/labelled.jsonl`), each figure with
//! value, unit, counted thing, hedge and attribution, scored field by field
//! against `extract::figures`.

use anyhow::Context as _;
use corroborate_extract::figures;
use corroborate_model::FigureReport;
use serde::Deserialize;

use super::{close, one_sentence_article};
use crate::Ctx;

#[derive(Deserialize)]
struct Labelled {
    text: String,
    figures: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    value: f64,
    unit: String,
    counts: String,
    hedge: String,
    attributed_to: Option<String>,
}

/// One field check of a matched label and prediction.
type Check = fn(&Gold, &FigureReport) -> bool;

pub(super) struct LabResult {
    pub(super) sentences: usize,
    pub(super) gold: usize,
    pub(super) fields: Vec<(String, Option<f64>, Option<f64>)>,
}

pub(super) fn labelled(ctx: &Ctx) -> anyhow::Result<LabResult> {
    let path = ctx.root.join("test_data/figures/labelled.jsonl");
    let text = fs_err::read_to_string(&path)?;
    let rows: Vec<Labelled> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .context("labelled.jsonl")?;
    let checks: [(&str, Check); 7] = [
        ("span found", |_, _| true),
        ("value", |g, p| close(g.value, p.value)),
        ("value + unit", |g, p| {
            close(g.value, p.value) && g.unit == p.unit
        }),
        ("counted thing", |g, p| counts_match(&g.counts, &p.counts)),
        ("value + unit + counted thing", |g, p| {
            close(g.value, p.value) && g.unit == p.unit && counts_match(&g.counts, &p.counts)
        }),
        ("hedge", |g, p| hedge_name(p) == g.hedge),
        ("attribution", |g, p| {
            attribution_match(g.attributed_to.as_deref(), p.attributed_to.as_deref())
        }),
    ];
    let mut right = [0usize; 7];
    let mut predicted = 0;
    let mut gold = 0;
    for row in &rows {
        let preds = figures(&one_sentence_article(&row.text));
        predicted += preds.len();
        gold += row.figures.len();
        let mut used = vec![false; preds.len()];
        for g in &row.figures {
            let hit = preds
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && p.start < g.end && g.start < p.end);
            if let Some((i, p)) = hit {
                used[i] = true;
                for (k, (_, check)) in checks.iter().enumerate() {
                    if check(g, p) {
                        right[k] += 1;
                    }
                }
            }
        }
    }
    let fields = checks
        .iter()
        .enumerate()
        .map(|(k, (name, _))| {
            let p = (predicted > 0).then(|| right[k] as f64 / predicted as f64);
            let r = (gold > 0).then(|| right[k] as f64 / gold as f64);
            (name.to_string(), p, r)
        })
        .collect();
    Ok(LabResult {
        sentences: rows.len(),
        gold,
        fields,
    })
}

fn hedge_name(p: &FigureReport) -> String {
    serde_json::to_value(p.hedge)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// The counted thing matches when a content word of the label occurs in ours.
fn counts_match(gold: &str, ours: &str) -> bool {
    let ours: Vec<String> = ours
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect();
    gold.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .any(|w| ours.contains(&stem(w)))
}

fn attribution_match(gold: Option<&str>, ours: Option<&str>) -> bool {
    match (gold, ours) {
        (None, None) => true,
        (Some(g), Some(o)) => {
            let (g, o) = (g.to_lowercase(), o.to_lowercase());
            g.contains(&o) || o.contains(&g)
        }
        _ => false,
    }
}
