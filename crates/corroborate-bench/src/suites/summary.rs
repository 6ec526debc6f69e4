//! The `summary` suite: our extractive summary on Multi-News test (300
//! tokens) and MultiLing 2011 English (250 words), next to the classic
//! baselines (Lead, First-3) and sumy's LexRank and TextRank run here on the
//! same sentence splits, and the published scores.
//!
//! Every system's output is cut to the first N whitespace tokens of its
//! sentences joined by spaces (N = 300 on Multi-News, as Fabbri et al. 2019
//! do for extractive systems; 250 on MultiLing, the task's limit), then
//! scored with `crate::rouge` (rouge-score's tokenizer, Porter stemming).
//! Our weights were tuned on Multi-News stories 0–599 only; the table shows
//! that slice and the held-out rest separately.

use std::time::Instant;

use corroborate_model::Article;
use corroborate_summarize as summarize;
use rayon::prelude::*;
use serde::Deserialize;

use crate::report::{self, Section, Table};
use crate::rouge::{Rouge, Scorer};
use crate::stories::{self, article, cut, Story};
use crate::{data, peers, Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "summary",
    about: "extractive summary ROUGE on Multi-News test and MultiLing 2011, ours vs Lead, First-3, LexRank, TextRank",
    run,
};

/// Multi-News stories the weights were tuned on (0..DEV).
const DEV: usize = 600;
/// Stories in a `--quick` run.
const QUICK: usize = 200;

/// Multi-News test, all stories (the first `QUICK` with `--quick`).
fn multinews(ctx: &Ctx) -> anyhow::Result<Vec<Story>> {
    let limit = if ctx.quick { QUICK } else { usize::MAX };
    stories::multinews(&data::multinews_path(ctx), limit)
}

/// MultiLing 2011 English: topic `t` has articles `M00tK.english` (first
/// line the headline, left out) and references `M00t.{A,B,C}.250`.
fn multiling(ctx: &Ctx) -> anyhow::Result<Vec<Story>> {
    let root = ctx.data.join("tac2011_multiling_en");
    let mut out = Vec::new();
    for topic in 0..10 {
        let mut articles = Vec::new();
        for k in 0..10 {
            let raw =
                fs_err::read_to_string(root.join(format!("SourceTexts/M00{topic}{k}.english")))?;
            let body = raw.split_once('\n').map_or("", |(_, rest)| rest);
            articles.push(article(k, body));
        }
        let mut references = Vec::new();
        for m in ["A", "B", "C"] {
            references.push(fs_err::read_to_string(
                root.join(format!("Model Summaries/English/M00{topic}.{m}.250")),
            )?);
        }
        out.push(Story {
            articles,
            references,
        });
    }
    Ok(out)
}

fn sentences(a: &Article) -> impl Iterator<Item = &str> {
    a.sentences.iter().map(|s| s.slice(&a.text))
}

/// Our summary, filled past the budget and cut like the others. Sentences
/// that lean on their context stay eligible at the lean penalty, as ROUGE
/// at a fixed length wants; the reader's brief keeps them from following
/// another pick (`Options::standalone`), scored as a variant below.
fn ours(story: &Story, n: usize) -> String {
    ours_with(story, n, false, false, summarize::Tuning::TUNED)
}

/// Our summary with other weights, with fragments filling the budget, or
/// with the reader's rule for sentences that lean on their context.
fn ours_with(
    story: &Story,
    n: usize,
    fill: bool,
    standalone: bool,
    tuning: summarize::Tuning,
) -> String {
    let opts = summarize::Options {
        overshoot: true,
        fill,
        standalone,
        tuning,
        ..summarize::Options::words(n)
    };
    let picked = summarize::summary_with(&story.articles, &opts);
    cut(picked.iter().map(|s| s.text.as_str()), n)
}

/// A linear scorer over `summarize::candidates`' features, fitted by
/// `cargo run --release -p corroborate-bench --bin summary-tune -- train` on
/// stories 0–599 (target: log of the sentence's share of bigrams found in
/// the reference). Derived numbers only; no Multi-News text.
const LEARNED: [f64; summarize::N_FEATURES] = [
    -2.956, 0.081, -0.212, 0.002, -0.022, 0.160, 0.264, 0.560, 0.090, 0.141, 0.232, 0.011, -0.010,
    -0.187,
];

/// One variant of our method: its name, whether fragments fill the budget,
/// and its weights.
type Variant = (&'static str, bool, summarize::Tuning);

/// What was tried beside the tuned weights, one change at a time.
fn variants() -> Vec<Variant> {
    let tuned = summarize::Tuning::TUNED;
    let with = |change: fn(&mut summarize::Tuning)| {
        let mut t = summarize::Tuning::TUNED;
        change(&mut t);
        t
    };
    vec![
        ("tuned (shipped)", false, tuned.clone()),
        (
            "fragments fill the budget (Options::fill)",
            true,
            tuned.clone(),
        ),
        (
            "no position priors (concepts and sentences)",
            false,
            with(|t| {
                t.lead_boost = 0.0;
                t.prior_weight = 0.0;
            }),
        ),
        ("no centroid prior", false, with(|t| t.central_power = 0.0)),
        (
            "no cross-article spread of concepts",
            false,
            with(|t| t.spread_power = 0.0),
        ),
        (
            "cross-article support prior (shared-content power 1)",
            false,
            with(|t| t.shared_power = 1.0),
        ),
        (
            "pure gain per word (length power 1)",
            false,
            with(|t| t.length_power = 1.0),
        ),
        (
            "stricter redundancy (0.5)",
            false,
            with(|t| t.redundancy = 0.5),
        ),
        (
            "picks read by importance",
            false,
            with(|t| t.article_order = false),
        ),
        (
            "learned linear prior (LEARNED)",
            false,
            summarize::Tuning {
                learned: &LEARNED,
                ..tuned
            },
        ),
    ]
}

/// The greedy oracle: adds the sentence that raises ROUGE-1 + ROUGE-2 F1
/// most, up to `n` tokens; `fill` keeps adding when no sentence raises it.
fn oracle(scorer: &Scorer, story: &Story, n: usize, fill: bool) -> String {
    let texts: Vec<&str> = story.articles.iter().flat_map(sentences).collect();
    let mut picked: Vec<usize> = Vec::new();
    let mut best = 0.0;
    let reference = story.references.first().map_or("", String::as_str);
    loop {
        let mut round: Option<(usize, f64)> = None;
        for i in (0..texts.len()).filter(|i| !picked.contains(i)) {
            let mut with = picked.clone();
            with.push(i);
            with.sort_unstable();
            let r = scorer.score(reference, &cut(with.iter().map(|&j| texts[j]), n));
            if round.is_none_or(|(_, b)| r.r1 + r.r2 > b) {
                round = Some((i, r.r1 + r.r2));
            }
        }
        match round {
            Some((i, v)) if v > best || fill => {
                best = v;
                picked.push(i);
                let words: usize = picked
                    .iter()
                    .map(|&j| texts[j].split_whitespace().count())
                    .sum();
                if words >= n {
                    break;
                }
            }
            _ => break,
        }
    }
    picked.sort_unstable();
    cut(picked.iter().map(|&j| texts[j]), n)
}

/// ROUGE-1 / ROUGE-2 of `outputs` over `range`, as a cell.
fn r12(
    scorer: &Scorer,
    stories: &[Story],
    outputs: &[String],
    range: std::ops::Range<usize>,
) -> String {
    let r = mean_rouge(scorer, stories, outputs, range);
    format!("{} / {}", report::pct(Some(r.r1)), report::pct(Some(r.r2)))
}

/// The table of what was tried: each variant on the tuning slice and on the
/// held-out rest, then the greedy oracles on the tuning slice.
fn tried(scorer: &Scorer, stories: &[Story], n: usize) -> Table {
    let split = stories.len().min(DEV);
    let mut t = Table::new(&[
        "variant",
        "stories 0–599 (tuned on)",
        "stories 600– (held out)",
    ]);
    for (name, fill, tuning) in variants() {
        let outputs: Vec<String> = stories
            .par_iter()
            .map(|s| ours_with(s, n, fill, false, tuning.clone()))
            .collect();
        let held = if stories.len() > split {
            r12(scorer, stories, &outputs, split..stories.len())
        } else {
            "—".to_string()
        };
        t.row([
            name.to_string(),
            r12(scorer, stories, &outputs, 0..split),
            held,
        ]);
    }
    {
        let outputs: Vec<String> = stories
            .par_iter()
            .map(|s| ours_with(s, n, false, true, summarize::Tuning::TUNED))
            .collect();
        let held = if stories.len() > split {
            r12(scorer, stories, &outputs, split..stories.len())
        } else {
            "—".to_string()
        };
        t.row([
            "the brief's reader rule: a sentence leaning on its context never follows another (Options::standalone)".to_string(),
            r12(scorer, stories, &outputs, 0..split),
            held,
        ]);
    }
    for (name, fill) in [
        ("greedy oracle filling the 300 tokens", true),
        ("greedy oracle stopping when ROUGE stops rising", false),
    ] {
        let outputs: Vec<String> = stories[..split]
            .par_iter()
            .map(|s| oracle(scorer, s, n, fill))
            .collect();
        t.row([
            name.to_string(),
            r12(scorer, stories, &outputs, 0..split),
            "—".to_string(),
        ]);
    }
    t
}

fn lead(story: &Story, n: usize) -> String {
    cut(story.articles.iter().map(|a| a.text.as_str()), n)
}

fn first3_each(story: &Story, n: usize) -> String {
    cut(story.articles.iter().flat_map(|a| sentences(a).take(3)), n)
}

fn first3_first(story: &Story, n: usize) -> String {
    cut(
        story
            .articles
            .iter()
            .take(1)
            .flat_map(|a| sentences(a).take(3)),
        n,
    )
}

#[derive(Deserialize)]
struct SumyOut {
    lexrank: Vec<Vec<usize>>,
    textrank: Vec<Vec<usize>>,
}

/// sumy's LexRank and TextRank outputs, cut like ours, or `None` when the
/// peer is missing.
fn sumy(ctx: &Ctx, stories: &[Story], n: usize) -> Option<(Vec<String>, Vec<String>)> {
    let split: Vec<Vec<&str>> = stories
        .iter()
        .map(|s| s.articles.iter().flat_map(sentences).collect())
        .collect();
    let input = serde_json::json!({ "stories": split, "words": n });
    let out: SumyOut = peers::run_python_json(ctx, "sumy_summarize.py", &[], &input)?;
    let pick = |all: &[Vec<usize>]| -> Vec<String> {
        split
            .iter()
            .zip(all)
            .map(|(sents, idx)| cut(idx.iter().filter_map(|&i| sents.get(i).copied()), n))
            .collect()
    };
    Some((pick(&out.lexrank), pick(&out.textrank)))
}

/// Mean ROUGE of `outputs` over stories `range`; with several references per
/// story, each score is the mean over references (as ROUGE-1.5.5 averages
/// models), not the best one.
fn mean_rouge(
    scorer: &Scorer,
    stories: &[Story],
    outputs: &[String],
    range: std::ops::Range<usize>,
) -> Rouge {
    let per_story: Vec<Rouge> = range
        .filter_map(|i| Some((stories.get(i)?, outputs.get(i)?)))
        .map(|(story, out)| {
            let each: Vec<Rouge> = story
                .references
                .iter()
                .map(|r| scorer.score(r, out))
                .collect();
            Rouge::mean(&each)
        })
        .collect();
    Rouge::mean(&per_story)
}

fn cells(name: &str, r: Option<Rouge>, best: Option<Rouge>) -> Vec<String> {
    let fmt = |f: fn(&Rouge) -> f64| report::peer(r.as_ref().map(f), report::pct);
    vec![
        name.to_string(),
        fmt(|r| r.r1),
        fmt(|r| r.r2),
        fmt(|r| r.rl),
        fmt(|r| r.su4),
        report::ratio(r.map(|r| r.r1), best.map(|b| b.r1)),
        report::ratio(r.map(|r| r.r2), best.map(|b| b.r2)),
    ]
}

const HEADER: [&str; 7] = [
    "system",
    "ROUGE-1",
    "ROUGE-2",
    "ROUGE-L",
    "ROUGE-SU4",
    "R-1 / best baseline",
    "R-2 / best baseline",
];

/// A system's name and its outputs, one per story (`None`: peer missing).
type Row = (&'static str, Option<Vec<String>>);

/// Runs every system on `stories`; returns our outputs' time and the rows.
fn systems(ctx: &Ctx, stories: &[Story], n: usize) -> (f64, Vec<Row>) {
    let started = Instant::now();
    let ours: Vec<String> = stories.iter().map(|s| ours(s, n)).collect();
    let elapsed = started.elapsed().as_secs_f64();
    let (lexrank, textrank) = match sumy(ctx, stories, n) {
        Some((l, t)) => (Some(l), Some(t)),
        None => (None, None),
    };
    let lead_name = if n == 300 { "Lead-300" } else { "Lead-250" };
    let rows = vec![
        ("corroborate", Some(ours)),
        (
            lead_name,
            Some(stories.iter().map(|s| lead(s, n)).collect()),
        ),
        (
            "First-3 of each article",
            Some(stories.iter().map(|s| first3_each(s, n)).collect()),
        ),
        (
            "First-3 of the first article",
            Some(stories.iter().map(|s| first3_first(s, n)).collect()),
        ),
        ("LexRank (sumy, run here)", lexrank),
        ("TextRank (sumy, run here)", textrank),
    ];
    (elapsed, rows)
}

/// A table of every system over `range`, with the ratio to the best
/// baseline (by ROUGE-2) in the same rows.
fn table(
    scorer: &Scorer,
    stories: &[Story],
    rows: &[(&str, Option<Vec<String>>)],
    range: std::ops::Range<usize>,
    published: &[(&str, [Option<f64>; 4])],
) -> Table {
    let scores: Vec<(&str, Option<Rouge>)> = rows
        .iter()
        .map(|(name, out)| {
            let r = out
                .as_ref()
                .map(|o| mean_rouge(scorer, stories, o, range.clone()));
            (*name, r)
        })
        .collect();
    let best = scores
        .iter()
        .skip(1)
        .filter_map(|(_, r)| *r)
        .max_by(|a, b| a.r2.total_cmp(&b.r2));
    let mut t = Table::new(&HEADER);
    for (name, r) in &scores {
        t.row(cells(name, *r, best));
    }
    for (name, [r1, r2, rl, su4]) in published {
        let f = |x: &Option<f64>| report::num(*x, 2);
        t.row([
            format!("{name} (published)"),
            f(r1),
            f(r2),
            f(rl),
            f(su4),
            String::new(),
            String::new(),
        ]);
    }
    t
}

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let scorer = Scorer::new(true);
    let mut section = Section::new("summary", "Extractive summary (ROUGE)");

    let news = multinews(ctx)?;
    let n_news = news.len();
    let (news_secs, news_rows) = systems(ctx, &news, 300);
    let published_news: [(&str, [Option<f64>; 4]); 5] = [
        (
            "First-3, Fabbri et al. 2019",
            [Some(39.41), Some(11.77), None, Some(14.51)],
        ),
        (
            "LexRank, Fabbri et al. 2019",
            [Some(38.27), Some(12.70), None, Some(13.20)],
        ),
        (
            "TextRank, Fabbri et al. 2019",
            [Some(38.44), Some(13.10), None, Some(13.50)],
        ),
        (
            "MMR, Fabbri et al. 2019",
            [Some(38.77), Some(11.98), None, Some(12.91)],
        ),
        (
            "Hi-MAP, Fabbri et al. 2019",
            [Some(43.47), Some(14.89), None, Some(17.41)],
        ),
    ];
    section.para(&format!(
        "**Multi-News test, {} stories, 300 tokens.**",
        report::count(n_news as u64)
    ));
    section.table(&table(
        &scorer,
        &news,
        &news_rows,
        0..n_news,
        &published_news,
    ));
    if n_news > DEV {
        section.para(&format!(
            "Tuning slice (stories 0–{}) and held-out rest ({}–{}), ROUGE-1 / ROUGE-2:",
            DEV - 1,
            DEV,
            n_news - 1
        ));
        let mut split = Table::new(&[
            "system",
            "stories 0–599 (tuned on)",
            "stories 600– (held out)",
        ]);
        for (name, out) in &news_rows {
            let cell = |range: std::ops::Range<usize>| match out {
                Some(o) => {
                    let r = mean_rouge(&scorer, &news, o, range);
                    format!("{} / {}", report::pct(Some(r.r1)), report::pct(Some(r.r2)))
                }
                None => report::PEER_MISSING.to_string(),
            };
            split.row([name.to_string(), cell(0..DEV), cell(DEV..n_news)]);
        }
        section.table(&split);
    }
    let story_words = news
        .iter()
        .map(|s| s.articles.iter().map(|a| a.words).sum::<usize>())
        .sum::<usize>() as f64
        / n_news.max(1) as f64;
    section.para(&format!(
        "What was tried (ROUGE-1 / ROUGE-2, one change to the tuned weights at a time; the oracles know the \
         reference and run on the tuning slice only). The input is truncated to {story_words:.0} words a story on \
         average, so a 300-token summary keeps most of it: which sentences are left out decides more than how \
         the rest is ranked.",
    ));
    section.table(&tried(&scorer, &news, 300));

    let ml = multiling(ctx)?;
    let (ml_secs, ml_rows) = systems(ctx, &ml, 250);
    let best_run = [(
        "best submitted run (ID10), ROUGE-1.5.5",
        [Some(52.14), Some(25.00), None, None],
    )];
    section.para("**MultiLing 2011 English, 10 topics × 10 articles, 250 words, 3 references (mean over references).**");
    section.table(&table(&scorer, &ml, &ml_rows, 0..ml.len(), &best_run));

    let example: Vec<Article> = data::example_story(ctx)?
        .iter()
        .enumerate()
        .map(|(i, (_, raw))| article(i, raw.split_once('\n').map_or(raw.as_str(), |(_, b)| b)))
        .collect();
    let reps = 200;
    let started = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(summarize::summary(&example, 120));
    }
    let per_example = started.elapsed().as_secs_f64() / reps as f64;
    section.para(&format!(
        "Speed (one core, release): our summaries of all {} Multi-News stories took {} in total (segmentation \
         excluded), the 10 MultiLing topics {}; the example story's 120-word summary takes {} per call.",
        report::count(n_news as u64),
        report::seconds(Some(news_secs)),
        report::seconds(Some(ml_secs)),
        report::seconds(Some(per_example)),
    ));
    section.scope(&format!(
        "../shared/data/multinews_test/test.jsonl.gz (all {} lines{}; the 38 clusters without documents score 0 for \
         every system) and ../shared/data/tac2011_multiling_en. Each system's sentences are joined by spaces and cut \
         to the first 300 (Multi-News) or 250 (MultiLing) whitespace tokens; ours is asked to fill the budget, and sentences that lean on their context stay eligible at the lean penalty (the reader's brief never lets one follow another pick: see the reader-rule row). \
         Sentences are split by corroborate-segment and the same splits are handed to sumy. ROUGE F1 from \
         crate::rouge (rouge-score tokenizer, Porter stemmer; SU4 = skip-4 bigrams + unigrams); with several \
         references the per-reference scores are averaged. Published Multi-News rows are ROUGE-1.5.5 figures from \
         Fabbri et al. 2019 Table 6; published MultiLing figures from PublishedEvaluation (ROUGE-1.5.5, not \
         re-scored here). The ratio column divides by the best baseline run here (by ROUGE-2). Our weights \
         (summarize::Tuning::TUNED) were chosen on Multi-News stories 0–599 and checked on MultiLing.",
        report::count(n_news as u64),
        if ctx.quick { ", --quick: first 200" } else { "" },
    ));
    Ok(section.render())
}
