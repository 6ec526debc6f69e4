//! ROUGE scores for the summary benchmarks: ROUGE-1, ROUGE-2 and ROUGE-L F1
//! from the `rougers` crate (a port of Google's `rouge-score`, same tokenizer
//! and Porter stemmer, scores identical to the Python package), plus
//! ROUGE-SU4, which `rouge-score` lacks and Multi-News papers report.
//!
//! ROUGE-SU4 here follows ROUGE-1.5.5 with `-2 4 -U`: the units are every
//! skip-bigram whose two words are at most four words apart (at most four
//! words skipped between them, so positions `i < j <= i + 5`) plus every
//! unigram, counted over the whole text with clipped counts; precision is the
//! matches over the candidate's units, recall the matches over the
//! reference's, and the score is their F1. Tokens are `rouge-score`'s
//! (lower-cased ASCII letters and digits, Porter-stemmed when longer than three
//! characters), not ROUGE-1.5.5's Perl tokenizer, so SU4 lands close to but not
//! exactly on the published ROUGE-1.5.5 figures. All scores are in `[0, 1]`.

use std::collections::HashMap;

use rougers::{RougeScorer, RougeType, Tokenizer};

/// ROUGE F1 scores of one candidate against one reference, each in `[0, 1]`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rouge {
    /// Unigram overlap F1.
    pub r1: f64,
    /// Bigram overlap F1.
    pub r2: f64,
    /// Longest-common-subsequence F1 over the whole text (`rougeL`).
    pub rl: f64,
    /// Skip-bigram (gap up to four) plus unigram F1.
    pub su4: f64,
}

impl Rouge {
    /// The mean of each score over `all` (zeros when empty).
    pub fn mean(all: &[Rouge]) -> Rouge {
        if all.is_empty() {
            return Rouge::default();
        }
        let n = all.len() as f64;
        let sum = |f: fn(&Rouge) -> f64| all.iter().map(f).sum::<f64>() / n;
        Rouge {
            r1: sum(|r| r.r1),
            r2: sum(|r| r.r2),
            rl: sum(|r| r.rl),
            su4: sum(|r| r.su4),
        }
    }
}

/// A reusable scorer; `Send + Sync`, so one can serve many threads.
#[derive(Clone, Debug)]
pub struct Scorer {
    inner: RougeScorer,
    tokenizer: Tokenizer,
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new(true)
    }
}

impl Scorer {
    /// A scorer; `stem` applies the Porter stemmer as `rouge-score`'s
    /// `use_stemmer=True` does (the usual setting for news summaries).
    pub fn new(stem: bool) -> Scorer {
        let inner = RougeScorer::new(["rouge1", "rouge2", "rougeL"], stem)
            .expect("rouge1, rouge2 and rougeL are valid rouge-score types");
        Scorer {
            inner,
            tokenizer: Tokenizer::new(stem),
        }
    }

    /// Scores `candidate` against `reference`.
    pub fn score(&self, reference: &str, candidate: &str) -> Rouge {
        let ref_doc = self.inner.document(reference);
        let cand_doc = self.inner.document(candidate);
        let s = self.inner.score_documents(&ref_doc, &cand_doc);
        let f = |t: RougeType| s.get(t).map(|x| x.fmeasure).unwrap_or(0.0);
        Rouge {
            r1: f(RougeType::N(1)),
            r2: f(RougeType::N(2)),
            rl: f(RougeType::L),
            // The same tokens rouge-score's types were scored on.
            su4: su4(&ref_doc.tokens, &cand_doc.tokens),
        }
    }

    /// Scores `candidate` against several references, keeping for each score
    /// the best reference, as `rouge-score`'s `score_multi` does per type.
    pub fn score_multi<S: AsRef<str>>(&self, references: &[S], candidate: &str) -> Rouge {
        let mut best = Rouge::default();
        for r in references {
            let s = self.score(r.as_ref(), candidate);
            best.r1 = best.r1.max(s.r1);
            best.r2 = best.r2.max(s.r2);
            best.rl = best.rl.max(s.rl);
            best.su4 = best.su4.max(s.su4);
        }
        best
    }

    /// The tokens ROUGE compares, as `rouge-score` makes them.
    pub fn tokens(&self, text: &str) -> Vec<String> {
        self.tokenizer.tokenize(text)
    }
}

/// Scores with the default (stemming) scorer.
pub fn score(reference: &str, candidate: &str) -> Rouge {
    Scorer::default().score(reference, candidate)
}

/// The largest number of words skipped between the two words of a skip-bigram.
const MAX_SKIP: usize = 4;

/// Counts of the SU4 units of `tokens`: unigrams (keyed with an empty second
/// word, which no token can be) and skip-bigrams.
fn su4_units(tokens: &[String]) -> HashMap<(&str, &str), u32> {
    let mut units: HashMap<(&str, &str), u32> = HashMap::new();
    for (i, a) in tokens.iter().enumerate() {
        *units.entry((a.as_str(), "")).or_default() += 1;
        for b in tokens.iter().skip(i + 1).take(MAX_SKIP + 1) {
            *units.entry((a.as_str(), b.as_str())).or_default() += 1;
        }
    }
    units
}

/// ROUGE-SU4 F1 of `candidate` tokens against `reference` tokens.
pub fn su4(reference: &[String], candidate: &[String]) -> f64 {
    let r = su4_units(reference);
    let c = su4_units(candidate);
    let total = |m: &HashMap<(&str, &str), u32>| m.values().map(|&n| n as u64).sum::<u64>();
    let (r_total, c_total) = (total(&r), total(&c));
    if r_total == 0 || c_total == 0 {
        return 0.0;
    }
    let hits: u64 = c
        .iter()
        .map(|(k, &n)| n.min(r.get(k).copied().unwrap_or(0)) as u64)
        .sum();
    let p = hits as f64 / c_total as f64;
    let rec = hits as f64 / r_total as f64;
    if p + rec == 0.0 {
        0.0
    } else {
        2.0 * p * rec / (p + rec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn su4_counts_unigrams_and_skip_bigrams_within_four_skipped_words() {
        // "a b c": unigrams a, b, c; skip-bigrams ab, ac, bc: 6 units.
        // "a c": unigrams a, c; skip-bigram ac: 3 units, all in the reference.
        let f = su4(&toks("a b c"), &toks("a c"));
        let (p, r) = (3.0 / 3.0, 3.0 / 6.0);
        assert!((f - 2.0 * p * r / (p + r)).abs() < 1e-12);
    }

    #[test]
    fn su4_ignores_pairs_more_than_four_words_apart() {
        // In the reference, x and y have five words between them: the pair
        // (x, y) is not a unit, so the candidate "x y" matches only unigrams.
        let reference = toks("x a b c d e y");
        let units = su4_units(&reference);
        assert!(!units.contains_key(&("x", "y")));
        assert!(units.contains_key(&("x", "e")));
        let f = su4(&reference, &toks("x y"));
        let (p, r) = (2.0 / 3.0, 2.0 / units.values().sum::<u32>() as f64);
        assert!((f - 2.0 * p * r / (p + r)).abs() < 1e-12);
    }

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let text = "The council voted on Tuesday to close the bridge for repairs.";
        let s = score(text, text);
        for v in [s.r1, s.r2, s.rl, s.su4] {
            assert!((v - 1.0).abs() < 1e-12, "{s:?}");
        }
        let d = score(text, "Völlig andere Wörter hier");
        assert_eq!(d, Rouge::default());
    }

    #[test]
    fn stemming_matches_inflections() {
        let s = Scorer::new(true).score("the bridges closed", "the bridge closes");
        let u = Scorer::new(false).score("the bridges closed", "the bridge closes");
        assert!(s.r1 > u.r1);
        assert!((s.r1 - 1.0).abs() < 1e-12);
    }
}
