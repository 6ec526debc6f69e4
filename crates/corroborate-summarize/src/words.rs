//! Turns sentences into the comparable units the summary works with: lower-
//! cased word tokens, light stems (see `stem`), a small stop-word list, and interned ids
//! so that sets of words and word pairs are cheap to compare.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// A fast non-cryptographic hash (the Fx hash of rustc) for the per-call
/// maps of words and word pairs; the keys come from the articles, but the
/// maps live for one call, so flooding them only slows that call.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

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
///
/// Words and stems are keyed by a 64-bit hash of their text rather than the
/// text itself: no string is stored or compared, and with a few thousand
/// distinct words a collision (two words sharing an id) has a chance of
/// about one in 10^12, and would only blur one word's weight.
pub(crate) struct Lexicon {
    /// Reused buffer for a stem.
    stem: String,
    /// Stem hash to stem id.
    ids: FxMap<u64, u32>,
    /// Hash of every distinct lower-cased word seen, with its stem id.
    words: FxMap<u64, Known>,
    /// Reused buffer for the lower-cased token.
    word: String,
}

/// A 64-bit hash of `bytes` (FNV-1a with a final avalanche), good enough to
/// stand for the text within one summary.
fn key(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Whether `c` belongs to a word; ASCII and the general punctuation block
/// (curly quotes, dashes) are answered without the Unicode tables.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The number of words of `text` exactly as [`corroborate_model::count_words`]
/// counts them (whitespace-separated pieces holding a letter or digit), in
/// one pass with ASCII answered without the Unicode tables.
pub(crate) fn count_words(text: &str) -> usize {
    let (mut n, mut counted) = (0, false);
    for c in text.chars() {
        let space = if c.is_ascii() {
            matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
        } else {
            c.is_whitespace()
        };
        if space {
            counted = false;
        } else if !counted && is_word_char(c) {
            counted = true;
            n += 1;
        }
    }
    n
}

impl Lexicon {
    pub(crate) fn new() -> Lexicon {
        Lexicon {
            stem: String::new(),
            ids: FxMap::default(),
            words: FxMap::default(),
            word: String::new(),
        }
    }

    /// Number of distinct stems seen.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Tokenises `text` into word tokens: runs of letters and digits, with
    /// inner apostrophes, dots and commas of numbers kept ("don't", "12,500",
    /// "3.5"), and a possessive "'s" dropped.
    pub(crate) fn tokens(&mut self, text: &str) -> Tokens {
        // About one token per six bytes of prose: room up front saves the
        // vectors regrowing word by word.
        let room = text.len() / 6 + 1;
        let mut out = Tokens {
            stems: Vec::with_capacity(room),
            stop: Vec::with_capacity(room),
            digit: Vec::with_capacity(room),
        };
        let mut chars = text.char_indices();
        let mut next = chars.next();
        while let Some((start, ch)) = next {
            next = chars.next();
            if !is_word_char(ch) {
                continue;
            }
            let mut end = start + ch.len_utf8();
            while let Some((i, c)) = next {
                if is_word_char(c) {
                    end = i + c.len_utf8();
                    next = chars.next();
                    continue;
                }
                // An apostrophe joins letters, a dot or comma joins digits.
                let after = chars.clone().next();
                let joins = matches!(c, '\'' | '’' | '.' | ',')
                    && after.is_some_and(|(_, n)| {
                        is_word_char(n) && (c == '\'' || c == '’' || n.is_ascii_digit())
                    });
                if !joins {
                    break;
                }
                next = chars.next();
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
                ',' => {}
                c if c.is_ascii() => self.word.push(c.to_ascii_lowercase()),
                c => self.word.extend(c.to_lowercase()),
            }
        }
        if self.word.ends_with("'s") {
            self.word.truncate(self.word.len() - 2);
        }
        if self.word.is_empty() {
            return;
        }
        // Words repeat: stem each distinct word once.
        let word_key = key(self.word.as_bytes());
        let known = match self.words.get(&word_key) {
            Some(known) => *known,
            None => {
                let known = self.learn();
                self.words.insert(word_key, known);
                known
            }
        };
        out.stems.push(known.stem);
        out.stop.push(known.stop);
        out.digit.push(known.digit);
    }

    /// Stems and classifies the word in the buffer.
    fn learn(&mut self) -> Known {
        let word = self.word.as_str();
        let digit = word.bytes().any(|c| c.is_ascii_digit());
        let stop = is_stop(word);
        // Stop words and numbers are kept as they are.
        if digit || stop {
            self.stem.clear();
            self.stem.push_str(word);
        } else {
            crate::stem::stem(word, &mut self.stem);
        }
        let next = self.ids.len() as u32;
        let stem = *self.ids.entry(key(self.stem.as_bytes())).or_insert(next);
        Known { stem, stop, digit }
    }
}

/// What is known of a distinct lower-cased word.
#[derive(Clone, Copy)]
struct Known {
    stem: u32,
    stop: bool,
    digit: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The fast count is the model's count on any text.
        #[test]
        fn count_words_matches_the_model(text in "[a-z0-9 .,\t\n\u{a0}\u{2014}\u{2019}\u{2009}\u{3000}é日-]{0,80}") {
            proptest::prop_assert_eq!(count_words(&text), corroborate_model::count_words(&text));
        }
    }

    #[test]
    fn the_punctuation_block_holds_no_word_characters() {
        assert!(('\u{2000}'..='\u{206F}').all(|c| !c.is_alphanumeric()));
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('’'));
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop("the") && is_stop("however") && !is_stop("killed"));
    }

    #[test]
    fn tokens_keep_numbers_and_contractions_and_share_stems() {
        let mut lex = Lexicon::new();
        let a = lex.tokens("Rebels said 40,000 civilians don't fight; fighting's over.");
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
