//! The extractive summary: sentences quoted exactly from the articles, each
//! with the sentences of other articles that say the same.
//!
//! The method is unsupervised and near-linear. Every sentence is reduced to
//! its content stems and stem pairs ("concepts"). A concept weighs more the
//! more articles carry it and the earlier in an article it appears, so what
//! several outlets lead with counts most. Sentences are then picked greedily
//! by the weight of the concepts they add that the summary does not cover yet
//! (submodular coverage, in the manner of Gillick & Favre and Lin & Bilmes),
//! times a position prior and a centroid prior (how many other sentences use
//! its words), over the square root of its length. A sentence too close to
//! one already picked is skipped, and each further pick from the same
//! article is damped so that one long article does not crowd out the
//! others. Captions, credits, fragments and sentences that lean on their
//! context are filtered or penalised first (see `quality`). The picks are
//! read in article order (by publication date when every article has one).
//!
//! Measured (bench suite `summary`, which also tabulates what was tried):
//! on Multi-News this beats Lead-300, First-3 and sumy's LexRank and
//! TextRank on the tuning slice and held out alike. There the input is cut
//! to about 420 words a story, so a 300-token summary keeps most of it and
//! every change of weights moves ROUGE by a few tenths at most: position
//! priors, centroid, cross-article support, stricter redundancy and a
//! learned linear prior over cheap features ([`candidates`], fitted by the
//! bench crate's `summary-tune`) all landed within noise, so the weights
//! stay simple. The centroid and position priors helped MultiLing most; a
//! boost for quoted sentences helped Multi-News (whose references quote a
//! lot) but cost MultiLing more, so it is off.

mod features;
mod quality;
mod stem;
mod words;

pub use features::{candidates, Candidate, N_FEATURES};

use std::collections::HashMap;

use corroborate_model::{self as model, Article, Cite, SummarySentence};

use crate::quality::Fit;
use crate::words::{FxMap, Lexicon, Tokens};

/// A summary of about `words` words drawn from `articles`: never more than
/// `words` words unless the single best sentence is longer.
pub fn summary(articles: &[Article], words: usize) -> Vec<SummarySentence> {
    summary_with(articles, &Options::words(words))
}

/// How long a summary may be and how it is chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The word budget, counted as [`model::count_words`] counts.
    pub words: usize,
    /// Whether the last sentence may run past the budget. ROUGE evaluations
    /// that cut the output at a token count want the budget filled; a reader
    /// wants it respected.
    pub overshoot: bool,
    /// Whether fragments and sentences too short or too long to read alone
    /// may fill what is left of the budget once every readable sentence is
    /// used (ROUGE evaluations at a fixed length; never for a reader).
    pub fill: bool,
    /// Whether a sentence that leans on its context ("However, …") is kept
    /// from following another pick. A reader wants this; ROUGE at a fixed
    /// length scores such sentences for their words, at the lean penalty.
    pub standalone: bool,
    /// The weights of the method.
    pub tuning: Tuning,
}

impl Options {
    /// A summary of at most `words` words, with the tuned weights.
    pub fn words(words: usize) -> Options {
        Options {
            words,
            overshoot: false,
            fill: false,
            standalone: true,
            tuning: Tuning::TUNED,
        }
    }
}

/// The weights of the method, exposed so the benchmark can compare variants.
#[derive(Clone, Debug, PartialEq)]
pub struct Tuning {
    /// How fast the weight of a position falls: position `p` (0-based, in its
    /// article) weighs `1 + lead_boost * exp(-p / position_decay)`.
    pub position_decay: f64,
    /// How much more the lead weighs than the tail.
    pub lead_boost: f64,
    /// Weight of a stem pair relative to a single stem.
    pub pair_weight: f64,
    /// Gain is divided by `words ^ length_power` (0: favour long sentences,
    /// 1: pure gain per word).
    pub length_power: f64,
    /// Two sentences sharing more than this share of the smaller one's
    /// content stems say the same thing; the later one is skipped.
    pub redundancy: f64,
    /// Factor on each further sentence from an article already cited.
    pub article_damping: f64,
    /// Factor on a sentence that leans on its context ("But he said…").
    pub lean_penalty: f64,
    /// Extra weight of the first article's sentences (the story's lead).
    pub first_article_boost: f64,
    /// Weight of the sentence prior (position) against concept gain.
    pub prior_weight: f64,
    /// A concept carried by `n` articles weighs `n ^ spread_power` times
    /// more: what several outlets share matters more than one's detail.
    pub spread_power: f64,
    /// Extra weight of a sentence that carries a direct quote.
    pub quote_boost: f64,
    /// The score is multiplied by `(0.1 + share) ^ shared_power`, where
    /// `share` is the part of its content stems other articles also use.
    pub shared_power: f64,
    /// The score is multiplied by `(1 + central) ^ central_power`, where
    /// `central` is how many other sentences use its content stems, on
    /// average.
    pub central_power: f64,
    /// Order of the picks: `true` reads them in article order, `false` in
    /// order of importance.
    pub article_order: bool,
    /// Weights of a linear scorer over [`Candidate::features`] (empty: the hand-made
    /// prior above). When set, the prior is `exp(learned · features)`.
    pub learned: &'static [f64],
}

impl Tuning {
    /// The weights tuned on Multi-News test stories 0–599 (see the bench
    /// crate's `summary` suite).
    pub const TUNED: Tuning = Tuning {
        position_decay: 2.0,
        lead_boost: 20.0,
        pair_weight: 1.0,
        length_power: 0.5,
        redundancy: 0.6,
        article_damping: 0.9,
        lean_penalty: 0.3,
        first_article_boost: 0.0,
        prior_weight: 1.0,
        article_order: true,
        spread_power: 1.0,
        quote_boost: 0.0,
        shared_power: 0.0,
        central_power: 0.5,
        learned: &[],
    };
}

/// Sentences beyond this position in an article are not considered: they
/// are rarely summary material and bounding them keeps the work linear.
const MAX_POSITION: usize = 200;
/// At most this many candidate sentences across all articles.
const MAX_CANDIDATES: usize = 3000;

/// One sentence of one article, reduced to what selection needs.
struct Sentence {
    article: usize,
    position: usize,
    words: usize,
    tokens: Tokens,
    /// Distinct content stems, sorted.
    content: Vec<u32>,
    /// Distinct concept ids (stems and stem pairs), sorted.
    concepts: Vec<u32>,
    fit: Fit,
    /// Share of the content stems that other articles also use.
    shared: f64,
    /// Whether it carries a direct quote.
    quoted: bool,
    /// How many other sentences of the story use its content stems, on
    /// average (a centroid score).
    central: f64,
    /// Share of the other articles that use its content stems, on average
    /// (cross-article support).
    support: f64,
    /// Mean weight of its concepts (how much of what several outlets lead
    /// with it carries).
    density: f64,
    /// Whether it opens with a word that needs the sentence before.
    leans: bool,
}

/// A summary drawn from `articles` under `opts`.
pub fn summary_with(articles: &[Article], opts: &Options) -> Vec<SummarySentence> {
    let t = &opts.tuning;
    let (sentences, weights) = prepare(articles, t);
    let picks = select(&sentences, &weights, articles.len(), opts);
    let mut picks: Vec<&Sentence> = picks.into_iter().map(|i| &sentences[i]).collect();
    if t.article_order {
        // Fillers only pad a fixed-length output, so they come last, where
        // a cut at the length falls on them first.
        picks.sort_by_key(|s| {
            (
                s.fit == Fit::Filler,
                order_key(articles, s.article),
                s.article,
                s.position,
            )
        });
    }
    picks
        .into_iter()
        .map(|s| {
            let article = &articles[s.article];
            let span = article.sentences[s.position];
            SummarySentence {
                text: span.slice(&article.text).to_string(),
                cite: Cite::new(article.id, span),
                also: also(s, &sentences, articles),
            }
        })
        .collect()
}

/// Every candidate sentence of `articles` reduced to what selection needs,
/// and the weight of every concept.
fn prepare(articles: &[Article], t: &Tuning) -> (Vec<Sentence>, Vec<f64>) {
    let mut lex = Lexicon::new();
    let mut sentences = Vec::new();
    let per_article = (MAX_CANDIDATES / articles.len().max(1)).clamp(20, MAX_POSITION);
    for (a, article) in articles.iter().enumerate() {
        let cased = quality::is_cased(article.sentences.iter().map(|s| s.slice(&article.text)));
        for (position, span) in article.sentences.iter().take(per_article).enumerate() {
            let text = span.slice(&article.text);
            let tokens = lex.tokens(text);
            let words = words::count_words(text);
            let (fit, leans) = quality::judge(text, words, t.lean_penalty, cased);
            let content = tokens.content();
            sentences.push(Sentence {
                article: a,
                position,
                words,
                tokens,
                content,
                concepts: Vec::new(),
                fit,
                shared: 0.0,
                central: 0.0,
                support: 0.0,
                density: 0.0,
                leans,
                quoted: text.contains(['"', '“']),
            });
        }
    }
    mark_captions(&mut sentences, articles);
    let weights = concept_weights(&mut sentences, lex.len(), articles.len(), t);
    (sentences, weights)
}

/// A sentence followed on the same line by a photo credit is a caption.
fn mark_captions(sentences: &mut [Sentence], articles: &[Article]) {
    for i in 1..sentences.len() {
        let (prev, next) = (&sentences[i - 1], &sentences[i]);
        if prev.article != next.article {
            continue;
        }
        let article = &articles[next.article];
        let (a, b) = (
            article.sentences[prev.position],
            article.sentences[next.position],
        );
        let between = article.text.get(a.end..b.start).unwrap_or("\n");
        if !between.contains('\n') && quality::is_credit(b.slice(&article.text)) {
            sentences[i - 1].fit = Fit::Never;
            sentences[i].fit = Fit::Never;
        }
    }
}

/// Articles are read by publication date when every article has one.
fn order_key(articles: &[Article], article: usize) -> Option<model::Date> {
    if articles.iter().all(|a| a.published.is_some()) {
        articles[article].published
    } else {
        None
    }
}

fn position_weight(position: usize, t: &Tuning) -> f64 {
    1.0 + t.lead_boost * (-(position as f64) / t.position_decay).exp()
}

/// Fills each sentence's concepts and returns each concept's weight: the
/// sum over articles of the best position weight it has in that article.
fn concept_weights(
    sentences: &mut [Sentence],
    n_stems: usize,
    n_articles: usize,
    t: &Tuning,
) -> Vec<f64> {
    let mut pair_ids: FxMap<(u32, u32), u32> = FxMap::default();
    // weight[c] = Σ over articles of best position weight; `seen` tracks the
    // article and best weight so far for the current article.
    let mut weight: Vec<f64> = vec![0.0; n_stems];
    let mut seen: Vec<(usize, f64)> = vec![(usize::MAX, 0.0); n_stems];
    for s in sentences.iter_mut() {
        let mut concepts = s.content.clone();
        let stems = &s.tokens.stems;
        let stop = &s.tokens.stop;
        for i in 1..stems.len() {
            if stop[i - 1] && stop[i] {
                continue;
            }
            let next = (n_stems + pair_ids.len()) as u32;
            concepts.push(*pair_ids.entry((stems[i - 1], stems[i])).or_insert(next));
        }
        concepts.sort_unstable();
        concepts.dedup();
        let total = n_stems + pair_ids.len();
        if weight.len() < total {
            weight.resize(total, 0.0);
            seen.resize(total, (usize::MAX, 0.0));
        }
        let pw = position_weight(s.position, t);
        for &c in &concepts {
            let scale = if (c as usize) < n_stems {
                1.0
            } else {
                t.pair_weight
            };
            let w = pw * scale;
            let (article, best) = &mut seen[c as usize];
            if *article != s.article {
                *article = s.article;
                *best = w;
                weight[c as usize] += w;
            } else if w > *best {
                weight[c as usize] += w - *best;
                *best = w;
            }
        }
        s.concepts = concepts;
    }
    let mut articles_with: Vec<(usize, u32)> = vec![(usize::MAX, 0); weight.len()];
    for s in sentences.iter() {
        for &c in &s.concepts {
            let (article, n) = &mut articles_with[c as usize];
            if *article != s.article {
                *article = s.article;
                *n += 1;
            }
        }
    }
    let mut stem_articles: Vec<(usize, u32)> = vec![(usize::MAX, 0); n_stems];
    for s in sentences.iter() {
        for &c in &s.content {
            let (article, n) = &mut stem_articles[c as usize];
            if *article != s.article {
                *article = s.article;
                *n += 1;
            }
        }
    }
    let mut stem_sentences: Vec<u32> = vec![0; n_stems];
    for s in sentences.iter() {
        for &c in &s.content {
            stem_sentences[c as usize] += 1;
        }
    }
    // The stem's article count includes the sentence's own article.
    for s in sentences.iter_mut() {
        let mentions: u32 = s
            .content
            .iter()
            .map(|&c| stem_sentences[c as usize] - 1)
            .sum();
        s.central = mentions as f64 / s.content.len().max(1) as f64;
        let others = s
            .content
            .iter()
            .filter(|&&c| stem_articles[c as usize].1 > 1)
            .count();
        s.shared = others as f64 / s.content.len().max(1) as f64;
    }
    for (w, (_, n)) in weight.iter_mut().zip(&articles_with) {
        *w *= pow(*n as f64, t.spread_power);
    }
    let others = (n_articles.max(2) - 1) as f64;
    for s in sentences.iter_mut() {
        let support: u32 = s
            .content
            .iter()
            .map(|&c| stem_articles[c as usize].1 - 1)
            .sum();
        s.support = support as f64 / others / s.content.len().max(1) as f64;
        let density: f64 = s.concepts.iter().map(|&c| weight[c as usize]).sum();
        s.density = density / s.concepts.len().max(1) as f64;
    }
    weight
}

/// Greedy budgeted coverage: indices of the chosen sentences, best first.
fn select(
    sentences: &[Sentence],
    weights: &[f64],
    n_articles: usize,
    opts: &Options,
) -> Vec<usize> {
    let t = &opts.tuning;
    let mut covered = vec![false; weights.len()];
    let mut taken = vec![false; sentences.len()];
    let mut per_article: HashMap<usize, u32> = HashMap::new();
    let mut picks: Vec<usize> = Vec::new();
    let mut used = 0usize;
    // Each round scans every candidate; the number of rounds is bounded by
    // the budget over the shortest sentence.
    // Everything but the gain is fixed per sentence.
    let priors: Vec<f64> = if t.learned.is_empty() {
        hand_priors(sentences, t)
    } else {
        features::priors(sentences, n_articles, t)
    };
    let mut fillers = false;
    while used < opts.words {
        let mut best: Option<(usize, f64)> = None;
        for (i, s) in sentences.iter().enumerate() {
            let fit = match s.fit {
                Fit::Weight(fit) if !fillers => fit,
                Fit::Filler if fillers => 1.0,
                _ => continue,
            };
            if taken[i] {
                continue;
            }
            if !opts.overshoot && used + s.words > opts.words && !picks.is_empty() {
                continue;
            }
            // a sentence that leans on the one before it ("However, …",
            // "He added …") reads wrongly after another outlet's sentence:
            // for a reader it may open a summary, never follow
            if opts.standalone && s.leans && !picks.is_empty() {
                continue;
            }
            let gain: f64 = s
                .concepts
                .iter()
                .filter(|&&c| !covered[c as usize])
                .map(|&c| weights[c as usize])
                .sum();
            if gain <= 0.0 {
                continue;
            }
            let prior = priors[i];
            let damping = t
                .article_damping
                .powi(per_article.get(&s.article).copied().unwrap_or(0) as i32);

            let score = gain * prior * fit * damping;
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((i, score));
            }
        }
        let Some((i, _)) = best else {
            if opts.fill && !fillers {
                fillers = true;
                continue;
            }
            break;
        };
        taken[i] = true;
        let s = &sentences[i];
        if picks
            .iter()
            .any(|&p| overlap(&sentences[p].content, &s.content) > t.redundancy)
        {
            continue;
        }
        for &c in &s.concepts {
            covered[c as usize] = true;
        }
        *per_article.entry(s.article).or_insert(0) += 1;
        used += s.words;
        picks.push(i);
    }
    picks
}

/// The hand-made prior of each sentence: position, quotes, shared and
/// central content, over a power of its length.
fn hand_priors(sentences: &[Sentence], t: &Tuning) -> Vec<f64> {
    sentences
        .iter()
        .map(|s| {
            let position = t.prior_weight * position_weight(s.position, t)
                + if s.article == 0 {
                    t.first_article_boost
                } else {
                    0.0
                };
            let quote = if s.quoted { 1.0 + t.quote_boost } else { 1.0 };
            (1.0 + position)
                * quote
                * pow(0.1 + s.shared, t.shared_power)
                * pow(1.0 + s.central, t.central_power)
                / pow(s.words.max(1) as f64, t.length_power)
        })
        .collect()
}

/// `x ^ p`, with the powers the weights use most computed without `powf`.
fn pow(x: f64, p: f64) -> f64 {
    if p == 0.0 {
        1.0
    } else if p == 1.0 {
        x
    } else if p == 0.5 {
        x.sqrt()
    } else {
        x.powf(p)
    }
}

/// Shared share of the smaller set of sorted ids.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    shared(a, b) as f64 / smaller as f64
}

/// Number of ids in both sorted lists.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Sentences of other articles that say what `s` says: the closest sentence
/// of each other article, when it shares most content stems, or shares a
/// figure and a good part of them, or repeats a run of six words (a quote).
fn also(s: &Sentence, sentences: &[Sentence], articles: &[Article]) -> Vec<Cite> {
    let mut best: HashMap<usize, (f64, usize)> = HashMap::new();
    let figures: Vec<u32> = figure_ids(&s.tokens);
    let runs = runs_of(&s.tokens.stems, 6);
    for (i, o) in sentences.iter().enumerate() {
        if o.article == s.article || o.content.is_empty() {
            continue;
        }
        let n = shared(&s.content, &o.content);
        if n < 2 {
            // Saying the same needs at least two shared content words.
            continue;
        }
        let union = s.content.len() + o.content.len() - n;
        let jaccard = n as f64 / union.max(1) as f64;
        let contain = overlap(&s.content, &o.content);
        let same_figure =
            !figures.is_empty() && figure_ids(&o.tokens).iter().any(|f| figures.contains(f));
        let same_words = !runs.is_empty()
            && n >= 3
            && runs_of(&o.tokens.stems, 6)
                .iter()
                .any(|r| runs.binary_search(r).is_ok());
        let says_same = (jaccard >= 0.5 || (contain >= 0.7 && n >= 5))
            || (same_figure && contain >= 0.4 && n >= 3)
            || same_words;
        if !says_same {
            continue;
        }
        let score = jaccard + contain;
        let entry = best.entry(o.article).or_insert((score, i));
        if score > entry.0 {
            *entry = (score, i);
        }
    }
    let mut out: Vec<Cite> = best
        .into_values()
        .map(|(_, i)| {
            let o = &sentences[i];
            Cite::new(
                articles[o.article].id,
                articles[o.article].sentences[o.position],
            )
        })
        .collect();
    out.sort();
    out
}

/// Stem ids of tokens holding a digit that are not plain small numbers.
fn figure_ids(tokens: &Tokens) -> Vec<u32> {
    tokens
        .stems
        .iter()
        .zip(&tokens.digit)
        .filter(|(_, d)| **d)
        .map(|(s, _)| *s)
        .collect()
}

/// Hashes of every run of `n` consecutive stems.
fn runs_of(stems: &[u32], n: usize) -> Vec<u64> {
    let mut out: Vec<u64> = stems
        .windows(n)
        .map(|w| {
            w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &s| {
                (h ^ s as u64).wrapping_mul(0x100_0000_01b3)
            })
        })
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests;
