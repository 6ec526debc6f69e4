//! The labelled-figures part of the `numbers` suite: our hand-labelled
//! MEANTIME sentences, each figure with value, unit, counted thing, hedge
//! and attribution, scored field by field against `extract::figures`.
//!
//! Two sets, kept apart on purpose: `test_data/figures/labelled.jsonl` is
//! the set the rules were written and tuned on; `heldout.jsonl` (documents
//! disjoint from it) was labelled before tuning and never tuned on, so its
//! figures are the honest estimate for unseen text.
//!
//! `FIGURES_LABELLED_MISSES="tuned on"` prints every miss of the tuning set
//! (wrong counted thing or attribution, missed or extra figure) to stderr.
//! Keep it off for the held-out set while writing rules.

use anyhow::Context as _;
use corroborate_extract::figures;
use corroborate_model::FigureReport;
use serde::Deserialize;

use super::{close, one_sentence_article};
use crate::report::{self, Section, Table};
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

/// Precision and recall of every field on one labelled file.
pub(super) struct SetScore {
    /// File name under `test_data/figures/`.
    file: &'static str,
    /// "tuned on" or "held out".
    role: &'static str,
    sentences: usize,
    gold: usize,
    fields: Vec<(String, Option<f64>, Option<f64>)>,
}

/// Both labelled sets, the tuning set first.
pub(super) struct LabResult {
    sets: Vec<SetScore>,
}

impl LabResult {
    /// The labelled-set paragraph and table of the suite's section: one
    /// precision/recall column pair per set.
    pub(super) fn write(&self, section: &mut Section) {
        let mut header = vec!["labelled MEANTIME figures".to_string()];
        for s in &self.sets {
            header.push(format!("{} P", s.role));
            header.push(format!("{} R", s.role));
        }
        let mut t = Table::new(&header);
        let rows = self.sets.first().map_or(0, |s| s.fields.len());
        for k in 0..rows {
            let mut cells = vec![self.sets[0].fields[k].0.clone()];
            for s in &self.sets {
                let (_, p, r) = &s.fields[k];
                cells.push(report::pct(*p));
                cells.push(report::pct(*r));
            }
            t.row(cells);
        }
        let sets: Vec<String> = self
            .sets
            .iter()
            .map(|s| {
                format!(
                    "{} figures in {} sentences in `test_data/figures/{}` ({})",
                    s.gold, s.sentences, s.file, s.role
                )
            })
            .collect();
        section.para(&format!(
            "Labelled sets: WikiNews sentences (MEANTIME, CC BY 4.0) labelled by hand: {}. The rules were written and tuned on the first; the held-out set comes from other documents, was labelled before tuning and was not looked at while tuning. A prediction matches a label when their spans overlap; a field is right when it equals the label (values within 10^-6 relative; the counted thing when a content word of the label — not a function word, compared without a plural ending — occurs in our `counts`; attribution when one name contains the other).",
            sets.join("; ")
        ));
        section.table(&t);
    }
}

pub(super) fn labelled(ctx: &Ctx) -> anyhow::Result<LabResult> {
    let mut sets = vec![score(ctx, "labelled.jsonl", "tuned on")?];
    if ctx.root.join("test_data/figures/heldout.jsonl").exists() {
        sets.push(score(ctx, "heldout.jsonl", "held out")?);
    }
    Ok(LabResult { sets })
}

fn score(ctx: &Ctx, file: &'static str, role: &'static str) -> anyhow::Result<SetScore> {
    let path = ctx.root.join("test_data/figures").join(file);
    let text = fs_err::read_to_string(&path)?;
    let rows: Vec<Labelled> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .with_context(|| file.to_string())?;
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
    let show = std::env::var_os("FIGURES_LABELLED_MISSES").is_some_and(|v| v == role);
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
                if show
                    && !attribution_match(g.attributed_to.as_deref(), p.attributed_to.as_deref())
                {
                    eprintln!(
                        "ATTRIB want {:?} got {:?} in {:?}",
                        g.attributed_to, p.attributed_to, row.text
                    );
                }
                if show && !counts_match(&g.counts, &p.counts) {
                    eprintln!(
                        "COUNTS want {:?} got {:?} in {:?}",
                        g.counts, p.counts, row.text
                    );
                }
            } else if show {
                eprintln!(
                    "MISSED {:?} in {:?}",
                    row.text.get(g.start..g.end),
                    row.text
                );
            }
        }
        if show {
            for (i, p) in preds.iter().enumerate() {
                if !used[i] {
                    eprintln!(
                        "EXTRA {:?} ({:?}) in {:?}",
                        row.text.get(p.start..p.end),
                        p.counts,
                        row.text
                    );
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
    Ok(SetScore {
        file,
        role,
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

/// A word without its plural ending: "losses" → "loss", "companies" →
/// "company", "sales" → "sale"; a label's number is not what it is about.
fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{s}y");
    }
    if let Some(s) = w.strip_suffix("sses") {
        return format!("{s}ss");
    }
    if w.ends_with("ss") {
        return w;
    }
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// Words that say nothing of what is counted: a label matching only on one
/// of them ("the", "of") would be a match by accident.
fn function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "and"
            | "for"
            | "from"
            | "with"
            | "that"
            | "which"
            | "were"
            | "was"
            | "are"
            | "into"
            | "per"
            | "its"
            | "their"
            | "this"
    )
}

/// The counted thing matches when a content word of the label (longer than
/// two letters and not a function word) occurs in ours, both without plural
/// endings. One shared content word is enough: labels name the same thing
/// in different words ("Chrysler ownership", "share of Chrysler").
fn counts_match(gold: &str, ours: &str) -> bool {
    let ours: Vec<String> = ours
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect();
    gold.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(stem)
        .filter(|w| !function_word(w))
        .any(|w| ours.contains(&w))
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

#[cfg(test)]
mod tests {
    use super::{counts_match, stem};

    #[test]
    fn plural_endings_are_dropped() {
        assert_eq!(stem("losses"), "loss");
        assert_eq!(stem("loss"), "loss");
        assert_eq!(stem("companies"), "company");
        assert_eq!(stem("Sales"), "sale");
    }

    #[test]
    fn counted_things_match_on_a_content_word_only() {
        assert!(counts_match("losses", "loss"));
        assert!(counts_match("Chrysler ownership", "share of chrysler"));
        assert!(counts_match("people killed", "civilians killed"));
        // function words and short words never make a match
        assert!(!counts_match(
            "share of the city",
            "bodies under the rubble"
        ));
        assert!(!counts_match("index", "change in sales"));
        assert!(!counts_match("of", "share of city"));
    }
}
