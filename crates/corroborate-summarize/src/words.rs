//! Turns sentences into the comparable units the summary works with: lower-
//! cased word tokens, Snowball stems, a small stop-word list, and interned ids
//! so that sets of words and word pairs are cheap to compare.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// English function words that carry no content. Trimmed by hand: pronouns,
/// articles, auxiliaries, prepositions, conjunctions and a few reporting
/// fillers, but never words that carry news ("killed", "police").
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "s",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Whether `word` (lower-cased) is a stop word.
pub(crate) fn is_stop(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// One sentence as ids: every token's stem in order (for word pairs and
/// shared runs) and whether each is a stop word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tokens {
    /// Stem ids of every word token, in order.
    pub(crate) stems: Vec<u32>,
    /// Whether the token at the same index is a stop word.
    pub(crate) stop: Vec<bool>,
    /// Whether the token at the same index holds a digit.
    pub(crate) digit: Vec<bool>,
}

impl Tokens {
    /// The distinct content stems, sorted.
    pub(crate) fn content(&self) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .stems
            .iter()
            .zip(&self.stop)
            .filter(|(_, stop)| !**stop)
            .map(|(s, _)| *s)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Interns stems for one summary run, so sentences compare as integer sets.
pub(crate) struct Lexicon {
    stemmer: Stemmer,
    ids: HashMap<String, u32>,
    /// Reused buffer for the lower-cased token.
    word: String,
}

impl Lexicon {
    pub(crate) fn new() -> Lexicon {
        Lexicon {
            stemmer: Stemmer::create(Algorithm::English),
            ids: HashMap::new(),
            word: String::new(),
        }
    }

    /// Number of distinct stems seen.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Tokenises `text` into word tokens: runs of letters and digits, with
    /// inner apostrophes, dots and commas of numbers kept ("don't", "75,000",
    /// "3.5"), and a possessive "'s" dropped.
    pub(crate) fn tokens(&mut self, text: &str) -> Tokens {
        let mut out = Tokens::default();
        let mut chars = text.char_indices().peekable();
        while let Some((start, ch)) = chars.next() {
            if !ch.is_alphanumeric() {
                continue;
            }
            let mut end = start + ch.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let joins = matches!(c, '\'' | '’' | '.' | ',')
                    && text
                        .get(i + c.len_utf8()..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(|next| {
                            next.is_alphanumeric()
                                && (c == '\'' || c == '’' || next.is_ascii_digit())
                        });
                if c.is_alphanumeric() || joins {
                    end = i + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            self.push(text.get(start..end).unwrap_or(""), &mut out);
        }
        out
    }

    fn push(&mut self, raw: &str, out: &mut Tokens) {
        self.word.clear();
        for c in raw.chars() {
            match c {
                '’' => self.word.push('\''),
                c => self.word.extend(c.to_lowercase()),
            }
        }
        let word = self
            .word
            .strip_suffix("'s")
            .unwrap_or(&self.word)
            .replace(',', "");
        if word.is_empty() {
            return;
        }
        let stop = is_stop(&word);
        let digit = word.chars().any(|c| c.is_ascii_digit());
        let stem = if digit {
            word
        } else {
            self.stemmer.stem(&word).into_owned()
        };
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(stem).or_insert(next);
        out.stems.push(id);
        out.stop.push(stop);
        out.digit.push(digit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop("the") && is_stop("however") && !is_stop("killed"));
    }

    #[test]
    fn tokens_keep_numbers_and_contractions_and_share_stems() {
        let mut lex = Lexicon::new();
        let a = lex.tokens("Rebels said 75,000 civilians don't fight; fighting's over.");
        assert_eq!(a.stems.len(), 8);
        assert!(a.digit[2]);
        let b = lex.tokens("the rebel fights");
        // "Rebels"/"rebel" and "fight"/"fights"/"fighting" share stems.
        assert_eq!(a.stems[0], b.stems[1]);
        assert_eq!(a.stems[5], b.stems[2]);
        assert!(b.stop[0]);
        assert_eq!(b.content().len(), 2);
    }
}
