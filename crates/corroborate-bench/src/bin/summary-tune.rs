//! Tunes and trains the summary's weights on the Multi-News tuning slice
//! (test stories 0–599) and reports the held-out rest (600–) beside it.
//! Prints figures and weights; writes nothing into the repository.
//!
//! `cargo run --release -p corroborate-bench --bin summary-tune -- MODE [N]`
//! with N the stories to load (all by default) and MODE one of
//! - `eval`: the tuned weights on both slices (`FILL=1`: fragments fill the
//!   budget, as `summarize::Options::fill`);
//! - `train`: fits the linear prior over `summarize::candidates`' features on
//!   the tuning slice (ridge regression on the log of each sentence's share of
//!   unigrams or bigrams found in the reference) and scores it;
//! - `grid`: one change to the tuned weights at a time;
//! - `stats`: how many words a story, its readable sentences and our output
//!   have; `dump`: one CSV row per sentence (features, precisions, oracle and
//!   our choice) for analysis; `speed`: the example story's time per call
//!   (`REPS` calls, 1000 by default).

// Matrix code reads best with indices.
#![allow(clippy::needless_range_loop)]

use std::collections::HashMap;
use std::time::Instant;

use corroborate_bench::rouge::{Rouge, Scorer};
use corroborate_bench::stories::{self, article, cut, Story};
use corroborate_model::count_words;
use corroborate_summarize as summarize;
use rayon::prelude::*;

/// Stories 0..DEV are the tuning slice.
const DEV: usize = 600;
/// Features of the learned scorer.
const N: usize = summarize::N_FEATURES;

/// The first `limit` Multi-News test stories.
fn load(limit: usize) -> anyhow::Result<Vec<Story>> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    stories::multinews(&root.join("multinews_test/test.jsonl.gz"), limit)
}

fn ours(story: &Story, tuning: &summarize::Tuning) -> String {
    let opts = summarize::Options {
        overshoot: true,
        fill: std::env::var_os("FILL").is_some(),
        standalone: false,
        tuning: tuning.clone(),
        ..summarize::Options::words(300)
    };
    let picked = summarize::summary_with(&story.articles, &opts);
    cut(picked.iter().map(|s| s.text.as_str()), 300)
}

/// ROUGE of `tuning` on the tuning slice and on the held-out rest.
fn eval(scorer: &Scorer, stories: &[Story], tuning: &summarize::Tuning) -> (Rouge, Rouge) {
    let scores: Vec<Rouge> = stories
        .par_iter()
        .map(|s| scorer.score(&s.references[0], &ours(s, tuning)))
        .collect();
    let dev = Rouge::mean(&scores[..DEV.min(scores.len())]);
    let held = Rouge::mean(&scores[DEV.min(scores.len())..]);
    (dev, held)
}

fn show(name: &str, (dev, held): (Rouge, Rouge)) {
    println!(
        "{name:<40} dev {:.2}/{:.2}  held {:.2}/{:.2}",
        dev.r1 * 100.0,
        dev.r2 * 100.0,
        held.r1 * 100.0,
        held.r2 * 100.0
    );
}

/// The tuned weights and one change at a time, on both slices.
fn grid(scorer: &Scorer, stories: &[Story]) {
    type Change = fn(&mut summarize::Tuning);
    let changes: [(&str, Change); 19] = [
        ("tuned", |_| {}),
        ("importance order", |t| t.article_order = false),
        ("length power 0.3", |t| t.length_power = 0.3),
        ("length power 0.7", |t| t.length_power = 0.7),
        ("redundancy 0.5", |t| t.redundancy = 0.5),
        ("redundancy 0.7", |t| t.redundancy = 0.7),
        ("lean penalty 0.6", |t| t.lean_penalty = 0.6),
        ("position decay 4", |t| t.position_decay = 4.0),
        ("lead boost 5", |t| t.lead_boost = 5.0),
        ("no concept position weight", |t| t.lead_boost = 0.0),
        ("no position prior", |t| t.prior_weight = 0.0),
        ("article damping 0.7", |t| t.article_damping = 0.7),
        ("centroid power 0", |t| t.central_power = 0.0),
        ("centroid power 1", |t| t.central_power = 1.0),
        ("cross-article spread 0", |t| t.spread_power = 0.0),
        ("cross-article spread 2", |t| t.spread_power = 2.0),
        ("shared-content power 1", |t| t.shared_power = 1.0),
        ("shared-content power 2", |t| t.shared_power = 2.0),
        ("no stem pairs", |t| t.pair_weight = 0.0),
    ];
    for (name, change) in changes {
        let mut t = summarize::Tuning::TUNED;
        change(&mut t);
        show(name, eval(scorer, stories, &t));
    }
}

/// How much room selection has: words in the story, in eligible
/// sentences, and in our output.
fn stats(stories: &[Story]) {
    let mut buckets = [0usize; 8];
    let (mut total, mut eligible, mut out) = (0usize, 0usize, 0usize);
    for story in stories.iter().take(DEV) {
        let words: usize = story.articles.iter().map(|a| a.words).sum();
        let cands = summarize::candidates(&story.articles, &summarize::Tuning::TUNED);
        let e: usize = cands
            .iter()
            .filter(|c| c.eligible)
            .map(|c| {
                let a = &story.articles[c.article];
                count_words(a.sentences[c.position].slice(&a.text))
            })
            .sum();
        let o = ours(story, &summarize::Tuning::TUNED)
            .split_whitespace()
            .count();
        total += words;
        eligible += e;
        out += o;
        buckets[(words / 100).min(7)] += 1;
    }
    let n = stories.len().min(DEV) as f64;
    println!(
        "mean words {:.0}, eligible {:.0}, output {:.0}; by hundreds of words {buckets:?}",
        total as f64 / n,
        eligible as f64 / n,
        out as f64 / n
    );
}

/// The greedy oracle: sentences (indices into `texts`) added while they
/// raise ROUGE-1 + ROUGE-2 F1 against the reference, up to 300 tokens (the
/// bench suite also runs the variant that fills the 300 tokens).
fn oracle(scorer: &Scorer, reference: &str, texts: &[&str]) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::new();
    let mut best = 0.0;
    loop {
        let mut round: Option<(usize, f64)> = None;
        for i in 0..texts.len() {
            if picked.contains(&i) {
                continue;
            }
            let mut with = picked.clone();
            with.push(i);
            with.sort_unstable();
            let out = cut(with.iter().map(|&j| texts[j]), 300);
            let r = scorer.score(reference, &out);
            let v = r.r1 + r.r2;
            if round.is_none_or(|(_, b)| v > b) {
                round = Some((i, v));
            }
        }
        match round {
            Some((i, v)) if v > best => {
                best = v;
                picked.push(i);
                let words: usize = picked
                    .iter()
                    .map(|&j| texts[j].split_whitespace().count())
                    .sum();
                if words >= 300 {
                    break;
                }
            }
            _ => break,
        }
    }
    picked
}

/// Writes one CSV row per sentence of the tuning slice to stdout: story,
/// article, position, class, words, features, precisions, whether the
/// oracle and whether we chose it.
fn dump(scorer: &Scorer, stories: &[Story]) {
    let rows: Vec<String> = stories[..DEV.min(stories.len())]
        .par_iter()
        .enumerate()
        .map(|(k, story)| {
            let reference = scorer.tokens(&story.references[0]);
            let cands = summarize::candidates(&story.articles, &summarize::Tuning::TUNED);
            let texts: Vec<&str> = cands
                .iter()
                .map(|c| {
                    let a = &story.articles[c.article];
                    a.sentences[c.position].slice(&a.text)
                })
                .collect();
            let best = oracle(scorer, &story.references[0], &texts);
            let opts = summarize::Options {
                overshoot: true,
                standalone: false,
                ..summarize::Options::words(300)
            };
            let picked = summarize::summary_with(&story.articles, &opts);
            let mut out = String::new();
            for (i, c) in cands.iter().enumerate() {
                let (p1, p2) = precision(scorer, &reference, texts[i]);
                let ours = picked.iter().any(|s| {
                    s.cite.article.0 as usize == c.article
                        && s.cite.span() == story.articles[c.article].sentences[c.position]
                });
                let f: Vec<String> = c.features.iter().map(|x| format!("{x:.4}")).collect();
                out.push_str(&format!(
                    "{k},{},{},{},{},{},{p1:.4},{p2:.4},{},{}\n",
                    c.article,
                    c.position,
                    c.class,
                    count_words(texts[i]),
                    f.join(","),
                    u8::from(best.contains(&i)),
                    u8::from(ours),
                ));
            }
            out
        })
        .collect();
    for r in rows {
        print!("{r}");
    }
}

/// Counts of each item.
fn counts<T: std::hash::Hash + Eq>(items: impl IntoIterator<Item = T>) -> HashMap<T, u32> {
    let mut out = HashMap::new();
    for it in items {
        *out.entry(it).or_insert(0) += 1;
    }
    out
}

/// Share of `sentence`'s unigrams and bigrams (ROUGE tokens) that the
/// reference holds, clipped by the reference's counts.
fn precision(scorer: &Scorer, reference: &[String], sentence: &str) -> (f64, f64) {
    let tokens = scorer.tokens(sentence);
    let r1 = counts(reference.iter().map(String::as_str));
    let r2 = counts(reference.windows(2).map(|w| (w[0].as_str(), w[1].as_str())));
    let c1 = counts(tokens.iter().map(String::as_str));
    let c2 = counts(tokens.windows(2).map(|w| (w[0].as_str(), w[1].as_str())));
    let hit1: u32 = c1
        .iter()
        .map(|(k, n)| (*n).min(*r1.get(k).unwrap_or(&0)))
        .sum();
    let hit2: u32 = c2
        .iter()
        .map(|(k, n)| (*n).min(*r2.get(k).unwrap_or(&0)))
        .sum();
    let p1 = hit1 as f64 / tokens.len().max(1) as f64;
    let p2 = hit2 as f64 / tokens.len().saturating_sub(1).max(1) as f64;
    (p1, p2)
}

/// Solves `(XᵀX + λI) w = Xᵀy` by Gaussian elimination.
fn ridge(xs: &[[f64; N]], ys: &[f64], lambda: f64) -> [f64; N] {
    let mut a = [[0.0; N]; N];
    let mut b = [0.0; N];
    for (x, y) in xs.iter().zip(ys) {
        for i in 0..N {
            b[i] += x[i] * y;
            for j in 0..N {
                a[i][j] += x[i] * x[j];
            }
        }
    }
    let n = xs.len().max(1) as f64;
    for i in 0..N {
        b[i] /= n;
        for j in 0..N {
            a[i][j] /= n;
        }
        a[i][i] += lambda;
    }
    for col in 0..N {
        let pivot = (col..N)
            .max_by(|&p, &q| a[p][col].abs().total_cmp(&a[q][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in 0..N {
            if row != col && a[col][col] != 0.0 {
                let f = a[row][col] / a[col][col];
                for k in 0..N {
                    a[row][k] -= f * a[col][k];
                }
                b[row] -= f * b[col];
            }
        }
    }
    let mut w = [0.0; N];
    for i in 0..N {
        w[i] = if a[i][i] == 0.0 { 0.0 } else { b[i] / a[i][i] };
    }
    w
}

/// Fits the linear scorer on the tuning slice and compares selections.
fn train(scorer: &Scorer, stories: &[Story]) {
    let dev = &stories[..DEV.min(stories.len())];
    let rows: Vec<Vec<([f64; N], f64, f64)>> = dev
        .par_iter()
        .map(|story| {
            let reference = scorer.tokens(&story.references[0]);
            summarize::candidates(&story.articles, &summarize::Tuning::TUNED)
                .into_iter()
                .filter(|c| c.eligible)
                .map(|c| {
                    let a = &story.articles[c.article];
                    let text = a.sentences[c.position].slice(&a.text);
                    let (p1, p2) = precision(scorer, &reference, text);
                    (c.features, p1, p2)
                })
                .collect()
        })
        .collect();
    let rows: Vec<([f64; N], f64, f64)> = rows.into_iter().flatten().collect();
    eprintln!("{} sentences", rows.len());
    let xs: Vec<[f64; N]> = rows.iter().map(|r| r.0).collect();
    for (name, target) in [
        (
            "p1",
            &(|r: &([f64; N], f64, f64)| r.1) as &dyn Fn(&([f64; N], f64, f64)) -> f64,
        ),
        ("p2", &|r| r.2),
        ("p1+p2", &|r| r.1 + r.2),
    ] {
        let ys: Vec<f64> = rows.iter().map(|r| (target(r) + 0.05).ln()).collect();
        let w = ridge(&xs, &ys, 1e-3);
        println!("{name}: {w:.3?}");
        let learned: &'static [f64] = Box::leak(Box::new(w));
        for lp in [0.0, 0.5, 1.0] {
            let t = summarize::Tuning {
                learned,
                length_power: lp,
                ..summarize::Tuning::TUNED
            };
            show(&format!("{name} lp {lp}"), eval(scorer, stories, &t));
        }
    }
}

/// Time per call of the example story's 120-word summary.
fn speed() -> anyhow::Result<()> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/east-aleppo-2016");
    let mut paths: Vec<_> = fs_err::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut articles = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        let raw = fs_err::read_to_string(p)?;
        articles.push(article(
            i,
            raw.split_once('\n').map_or(raw.as_str(), |(_, b)| b),
        ));
    }
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1000);
    for _ in 0..3 {
        let started = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(summarize::summary(&articles, 120));
        }
        println!(
            "{:.3} ms per call",
            started.elapsed().as_secs_f64() * 1e3 / reps as f64
        );
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("eval", String::as_str);
    if mode == "speed" {
        return speed();
    }
    let limit = args
        .get(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let started = Instant::now();
    let stories = load(limit)?;
    eprintln!(
        "{} stories loaded in {:.1?}",
        stories.len(),
        started.elapsed()
    );
    let scorer = Scorer::new(true);
    match mode {
        "eval" => show("TUNED", eval(&scorer, &stories, &summarize::Tuning::TUNED)),
        "train" => train(&scorer, &stories),
        "stats" => stats(&stories),
        "dump" => dump(&scorer, &stories),
        "grid" => grid(&scorer, &stories),
        other => anyhow::bail!("unknown mode {other}"),
    }
    Ok(())
}
