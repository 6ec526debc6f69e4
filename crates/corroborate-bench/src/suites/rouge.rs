//! The `rouge` suite: checks the harness's own ROUGE scorer (`crate::rouge`,
//! built on the `rougers` crate) against Google's `rouge-score`, which every
//! summary figure in BENCHMARKS.md depends on. It compares against the
//! committed fixture (no Python needed), then live on Multi-News test —
//! reference summaries against the First-3 baseline — reporting the largest
//! score difference, the speed of both scorers, and the baseline's mean
//! scores next to the published First-3 figures.

use std::time::Instant;

use crate::report::{self, Section, Table};
use crate::rouge::{Rouge, Scorer};
use crate::rouge_fixture::{self, Fixture};
use crate::{data, Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "rouge",
    about: "our ROUGE scorer vs Google's rouge-score: agreement and speed",
    run,
};

/// Fabbri et al. 2019, Table 6, First-3 on Multi-News test (R-1, R-2, R-SU4).
const FIRST3_PUBLISHED: (f64, f64, f64) = (0.3941, 0.1177, 0.1451);

/// The First-3 baseline of a cluster: the first three sentences of each
/// source article (by our segmenter), one sentence per line.
fn first3(story: &data::MultiNewsStory) -> String {
    story
        .documents
        .iter()
        .map(|d| rouge_fixture::lead_sentences(d, 3))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn max_diff(ours: &[Rouge], theirs: &[(f64, f64, f64)]) -> f64 {
    ours.iter()
        .zip(theirs)
        .flat_map(|(o, t)| [(o.r1 - t.0).abs(), (o.r2 - t.1).abs(), (o.rl - t.2).abs()])
        .fold(0.0, f64::max)
}

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let scorer = Scorer::default();
    let mut section = Section::new("rouge", "ROUGE scorer agreement (ours vs rouge-score)");
    section.para(
        "Every summary score in this file comes from `crate::rouge` (the `rougers` port of \
         Google's `rouge-score`, stemming on, F1; ROUGE-SU4 added on top with the same tokens). \
         Here it is checked against the Python `rouge-score` 0.1.2 itself.",
    );

    // 1. The committed fixture (redistributable texts, recorded peer scores).
    let fixture: Fixture =
        serde_json::from_str(&fs_err::read_to_string(rouge_fixture::path(ctx))?)?;
    let ours: Vec<Rouge> = fixture
        .pairs
        .iter()
        .map(|p| scorer.score(&p.reference, &p.candidate))
        .collect();
    let recorded: Vec<(f64, f64, f64)> = fixture
        .pairs
        .iter()
        .map(|p| (p.rouge1, p.rouge2, p.rouge_l))
        .collect();
    let fixture_diff = max_diff(&ours, &recorded);

    // 2. Live on Multi-News: reference summary vs the First-3 baseline.
    let stories = data::multinews(ctx)?;
    let pairs: Vec<(String, String)> = stories
        .iter()
        .filter(|s| !s.documents.is_empty())
        .map(|s| (s.summary.clone(), first3(s)))
        .collect();
    let started = Instant::now();
    let ours: Vec<Rouge> = pairs.iter().map(|(r, c)| scorer.score(r, c)).collect();
    let ours_secs = started.elapsed().as_secs_f64();
    let mean = Rouge::mean(&ours);
    let peer = rouge_fixture::peer_scores(ctx, &pairs);
    let n = pairs.len() as f64;
    let (peer_mean, peer_rate, live_diff) = match &peer {
        Some(p) => {
            let t: Vec<(f64, f64, f64)> = p
                .scores
                .iter()
                .map(|s| (s.rouge1, s.rouge2, s.rouge_l))
                .collect();
            let m = (
                t.iter().map(|x| x.0).sum::<f64>() / n,
                t.iter().map(|x| x.1).sum::<f64>() / n,
                t.iter().map(|x| x.2).sum::<f64>() / n,
            );
            (Some(m), Some(n / p.seconds), Some(max_diff(&ours, &t)))
        }
        None => (None, None, None),
    };
    let ours_rate = n / ours_secs;

    let mut agree = Table::new(&[
        "check",
        "pairs",
        "max abs F1 difference (R-1/R-2/R-L)",
        "bound",
    ]);
    agree.row([
        "committed fixture (TAC 2011 + example story)".to_string(),
        fixture.pairs.len().to_string(),
        format!("{fixture_diff:.2e}"),
        "0.01".to_string(),
    ]);
    agree.row([
        "live, Multi-News First-3 vs reference".to_string(),
        report::count(pairs.len() as u64),
        match live_diff {
            Some(d) => format!("{d:.2e}"),
            None => report::PEER_MISSING.to_string(),
        },
        "0.01".to_string(),
    ]);
    section.table(&agree);

    let mut speed = Table::new(&["scorer", "pairs/s (one core)", "ratio"]);
    speed.row([
        "ours (`rougers` R-1/2/L + SU4)".to_string(),
        report::num(Some(ours_rate), 0),
        report::ratio(Some(ours_rate), peer_rate),
    ]);
    speed.row([
        "rouge-score 0.1.2 (Python, R-1/2/L)".to_string(),
        report::peer(peer_rate, |x| report::num(x, 0)),
        report::NONE.to_string(),
    ]);
    section.table(&speed);

    let mut scores = Table::new(&["First-3 baseline", "R-1", "R-2", "R-L", "R-SU4"]);
    scores.row([
        "ours".to_string(),
        report::pct(Some(mean.r1)),
        report::pct(Some(mean.r2)),
        report::pct(Some(mean.rl)),
        report::pct(Some(mean.su4)),
    ]);
    scores.row([
        "rouge-score 0.1.2".to_string(),
        report::peer(peer_mean.map(|m| m.0), report::pct),
        report::peer(peer_mean.map(|m| m.1), report::pct),
        report::peer(peer_mean.map(|m| m.2), report::pct),
        "n/a".to_string(),
    ]);
    scores.row([
        "published (Fabbri et al. 2019, ROUGE-1.5.5)".to_string(),
        report::pct(Some(FIRST3_PUBLISHED.0)),
        report::pct(Some(FIRST3_PUBLISHED.1)),
        report::NONE.to_string(),
        report::pct(Some(FIRST3_PUBLISHED.2)),
    ]);
    scores.row([
        "ratio ours / published".to_string(),
        report::ratio(Some(mean.r1), Some(FIRST3_PUBLISHED.0)),
        report::ratio(Some(mean.r2), Some(FIRST3_PUBLISHED.1)),
        report::NONE.to_string(),
        report::ratio(Some(mean.su4), Some(FIRST3_PUBLISHED.2)),
    ]);
    section.table(&scores);
    section.scope(&format!(
        "{} Multi-News test clusters with documents{}; First-3 = first three sentences of each \
         source article by our segmenter; scores are means of per-cluster F1 × 100. Speed is \
         scoring alone, one thread, Python start-up and imports excluded. The published \
         figures used ROUGE-1.5.5 (different tokenizer), so about a point of difference is \
         expected.",
        report::count(pairs.len() as u64),
        if ctx.quick { " (quick slice)" } else { "" },
    ));
    Ok(section.render())
}
