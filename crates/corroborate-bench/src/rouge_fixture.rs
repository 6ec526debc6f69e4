//! The ROUGE agreement fixture: about fifty (reference, candidate) pairs built
//! from redistributable text — TAC 2011 MultiLing English human summaries
//! (CC BY 3.0) and WikiNews source articles (CC BY 2.5), plus the project's
//! example story — with the F1 scores Google's `rouge-score` gave them. The
//! test `tests/rouge_agreement.rs` checks `crate::rouge` against it without
//! Python; `corroborate-bench record-rouge-fixture` re-records it through the
//! `rouge_score.py` peer. Multi-News text is non-commercial, so none is stored.

use std::path::PathBuf;

use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};

use crate::{data, peers, Ctx};

/// The fixture file, committed with the tests.
pub(crate) fn path(ctx: &Ctx) -> PathBuf {
    ctx.root
        .join("crates/corroborate-bench/tests/fixtures/rouge_score_pairs.json")
}

/// The fixture: where its texts come from, and the pairs with their scores.
#[derive(Debug, Deserialize, Serialize)]
pub struct Fixture {
    /// Provenance and licences of the texts, and how the scores were made.
    pub about: String,
    /// The pairs.
    pub pairs: Vec<Pair>,
}

/// One pair and `rouge-score`'s F1 for it (stemming on).
#[derive(Debug, Deserialize, Serialize)]
pub struct Pair {
    /// What the pair is (topic and texts).
    pub label: String,
    /// The reference text.
    pub reference: String,
    /// The candidate text.
    pub candidate: String,
    /// `rouge1` F1.
    pub rouge1: f64,
    /// `rouge2` F1.
    pub rouge2: f64,
    /// `rougeL` F1.
    #[serde(rename = "rougeL")]
    pub rouge_l: f64,
}

/// Scores as `rouge_score.py` prints them.
#[derive(Debug, Deserialize)]
pub(crate) struct PeerScores {
    pub(crate) scores: Vec<PeerScore>,
    pub(crate) seconds: f64,
}

/// One pair's F1 from `rouge_score.py`.
#[derive(Debug, Deserialize)]
pub(crate) struct PeerScore {
    pub(crate) rouge1: f64,
    pub(crate) rouge2: f64,
    #[serde(rename = "rougeL")]
    pub(crate) rouge_l: f64,
}

/// Runs `rouge_score.py` on `pairs` (reference, candidate), stemming on.
pub(crate) fn peer_scores(ctx: &Ctx, pairs: &[(String, String)]) -> Option<PeerScores> {
    let input = serde_json::json!({ "pairs": pairs, "stem": true });
    let got: PeerScores = peers::run_python_json(ctx, "rouge_score.py", &[], &input)?;
    if got.scores.len() != pairs.len() {
        eprintln!(
            "bench: rouge_score.py scored {} pairs of {}",
            got.scores.len(),
            pairs.len()
        );
        return None;
    }
    Some(got)
}

/// The first `n` words of `text`, whitespace-normalised.
fn lead_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `n` sentences of `text` by our segmenter, one per line.
pub(crate) fn lead_sentences(text: &str, n: usize) -> String {
    corroborate_segment::sentences(text)
        .iter()
        .take(n)
        .map(|s| s.slice(text).trim())
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_lossy(path: &std::path::Path) -> anyhow::Result<String> {
    let bytes = fs_err::read(path)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The fixture's pairs, built from the data directory and the example story.
fn build_pairs(ctx: &Ctx) -> anyhow::Result<Vec<(String, String, String)>> {
    let tac = ctx.data.join("tac2011_multiling_en");
    let mut pairs = Vec::new();
    for topic in 0..10 {
        let model =
            |x: char| read_lossy(&tac.join(format!("Model Summaries/English/M00{topic}.{x}.250")));
        let mut sources = Vec::new();
        for article in 0..10 {
            sources.push(read_lossy(
                &tac.join(format!("SourceTexts/M00{topic}{article}.english")),
            )?);
        }
        let lead250 = lead_words(&sources.join("\n\n"), 250);
        for x in ['A', 'B', 'C'] {
            pairs.push((
                format!("TAC2011 M00{topic}: model {x} vs lead 250 words"),
                model(x)?,
                lead250.clone(),
            ));
        }
        pairs.push((
            format!("TAC2011 M00{topic}: model A vs model B"),
            model('A')?,
            model('B')?,
        ));
        pairs.push((
            format!("TAC2011 M00{topic}: model C vs first 3 sentences of article 0"),
            model('C')?,
            lead_sentences(&sources[0], 3),
        ));
    }
    let example = data::example_story(ctx)?;
    for w in example.windows(2) {
        pairs.push((
            format!(
                "example story: first 5 sentences of {} vs {}",
                w[0].0, w[1].0
            ),
            lead_sentences(&w[0].1, 5),
            lead_sentences(&w[1].1, 5),
        ));
    }
    let t = "The bridge reopened on Monday after two years of repairs.";
    pairs.push(("edge: identical".into(), t.into(), t.into()));
    pairs.push(("edge: empty candidate".into(), t.into(), String::new()));
    pairs.push((
        "edge: accents and punctuation split tokens".into(),
        "Café-owners in Zürich—and élite chefs—said “no” (twice).".into(),
        "cafe owners in zurich said no twice".into(),
    ));
    Ok(pairs)
}

/// Builds the pairs, scores them with the `rouge_score.py` peer and writes
/// the fixture.
pub(crate) fn record(ctx: &Ctx) -> anyhow::Result<()> {
    let pairs = build_pairs(ctx)?;
    let plain: Vec<(String, String)> = pairs
        .iter()
        .map(|(_, r, c)| (r.clone(), c.clone()))
        .collect();
    let Some(scores) = peer_scores(ctx, &plain) else {
        bail!("the rouge_score.py peer did not run; install the venv (scripts/bench)");
    };
    let fixture = Fixture {
        about: "Pairs of texts with the F1 that Google's rouge-score 0.1.2 \
                (RougeScorer([rouge1, rouge2, rougeL], use_stemmer=True)) gives them, \
                recorded by `cargo run --release -p corroborate-bench -- record-rouge-fixture`. \
                Texts: TAC 2011 MultiLing English human summaries (CC BY 3.0, MultiLing community) \
                and WikiNews articles (CC BY 2.5), from ../shared/data/tac2011_multiling_en; \
                the project's example story (examples/); three hand-written edge cases."
            .to_string(),
        pairs: pairs
            .into_iter()
            .zip(scores.scores)
            .map(|((label, reference, candidate), s)| Pair {
                label,
                reference,
                candidate,
                rouge1: s.rouge1,
                rouge2: s.rouge2,
                rouge_l: s.rouge_l,
            })
            .collect(),
    };
    let out = path(ctx);
    if let Some(dir) = out.parent() {
        fs_err::create_dir_all(dir)?;
    }
    let mut json = serde_json::to_string_pretty(&fixture).context("fixture JSON")?;
    json.push('\n');
    fs_err::write(&out, json)?;
    eprintln!(
        "bench: recorded {} pairs in {}",
        fixture.pairs.len(),
        out.display()
    );
    Ok(())
}
