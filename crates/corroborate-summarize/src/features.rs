//! Cheap per-sentence features and the learned linear scorer over them.
//!
//! The features are what selection already knows of a sentence (its place,
//! length, how much of its content other sentences and other articles
//! share, whether it quotes, holds a figure or leans on its context). The
//! weights of the scorer are fitted by `summary-tune` in the bench crate on
//! the Multi-News tuning slice and shipped in [`crate::Tuning`] as numbers.

use corroborate_model::Article;

use crate::quality::Fit;
use crate::{Sentence, Tuning};

/// Length of the feature vector.
pub const N_FEATURES: usize = 14;

/// One candidate sentence as the trainer sees it.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Index of its article in the input.
    pub article: usize,
    /// Index of the sentence in its article.
    pub position: usize,
    /// Whether selection may choose it for a reader.
    pub eligible: bool,
    /// 0: never chosen, 1: only to fill a budget, 2: readable.
    pub class: u8,
    /// The features: 1 (bias), `exp(-position / 2)`, `1 / (position + 1)`,
    /// first sentence, first article, ln words, ln(1 + centroid score),
    /// share of content other articles use, cross-article support,
    /// ln(1 + mean concept weight), quotes, holds a figure, leans on its
    /// context, ln articles.
    pub features: [f64; N_FEATURES],
}

/// The features of one sentence of a story of `n_articles` articles.
pub(crate) fn of(s: &Sentence, n_articles: usize) -> [f64; N_FEATURES] {
    let p = s.position as f64;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        1.0,
        (-p / 2.0).exp(),
        1.0 / (p + 1.0),
        flag(s.position == 0),
        flag(s.article == 0),
        (s.words.max(1) as f64).ln(),
        (1.0 + s.central).ln(),
        s.shared,
        s.support,
        (1.0 + s.density).ln(),
        flag(s.quoted),
        flag(s.tokens.digit.iter().any(|&d| d)),
        flag(s.leans),
        (n_articles.max(1) as f64).ln(),
    ]
}

/// Dot product of the weights with the features (missing weights count 0).
fn dot(weights: &[f64], x: &[f64; N_FEATURES]) -> f64 {
    weights.iter().zip(x).map(|(w, x)| w * x).sum()
}

/// The learned prior of every sentence: `exp(w · x)` over a power of its
/// length.
pub(crate) fn priors(sentences: &[Sentence], n_articles: usize, t: &Tuning) -> Vec<f64> {
    sentences
        .iter()
        .map(|s| {
            dot(t.learned, &of(s, n_articles)).clamp(-30.0, 30.0).exp()
                / crate::pow(s.words.max(1) as f64, t.length_power)
        })
        .collect()
}

/// Every candidate sentence of `articles` with its features, for training.
pub fn candidates(articles: &[Article], tuning: &Tuning) -> Vec<Candidate> {
    let (sentences, _) = crate::prepare(articles, tuning);
    sentences
        .iter()
        .map(|s| Candidate {
            article: s.article,
            position: s.position,
            eligible: matches!(s.fit, Fit::Weight(_)),
            class: match s.fit {
                Fit::Never => 0,
                Fit::Filler => 1,
                Fit::Weight(_) => 2,
            },
            features: of(s, articles.len()),
        })
        .collect()
}
