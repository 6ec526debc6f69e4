//! Judges whether a sentence can stand in a summary on its own: boilerplate,
//! captions, credits and bylines are never chosen; fragments, very short or
//! very long sentences are dropped; sentences that lean on the one before
//! ("He added that…", "But…") are penalised.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};

/// What the summary may do with a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Fit {
    /// Never choose it.
    Never,
    /// A fragment, or too short or too long to read on its own: chosen only
    /// to fill a budget that must be filled, after every other sentence.
    Filler,
    /// May be chosen; the score is multiplied by this factor (≤ 1).
    Weight(f64),
}

/// Openings of captions and photo credits.
const CAPTION_STARTS: &[&str] = &[
    "photo:",
    "photo by",
    "photo credit",
    "photograph:",
    "image:",
    "image credit",
    "images:",
    "picture:",
    "video:",
    "watch:",
    "caption:",
    "credit:",
    "file photo",
];

/// Openings of credits, calls to action and page furniture.
const BOILERPLATE_STARTS: &[&str] = &[
    "join the",
    "join us",
    "follow us",
    "follow the",
    "sign up",
    "subscribe",
    "click here",
    "read more",
    "read the",
    "related:",
    "related coverage",
    "see also",
    "copyright",
    "©",
    "all rights reserved",
    "advertisement",
    "share this",
    "listen to",
    "download the",
    "this story has been",
    "this article was",
    "this post was",
    "editor's note",
    "email us",
    "contact us",
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "(reporting",
    "(additional",
    "(editing",
    "(writing",
    "update:",
    "updated:",
];

/// Openings of a photo credit that follows its caption on the same line
/// ("… of the city. Photo sent by …").
const CREDIT_STARTS: &[&str] = &[
    "photo ",
    "photos ",
    "photograph ",
    "image ",
    "picture ",
    "video ",
];

/// Whether `sentence` is a photo or video credit, which makes the sentence
/// before it on the same line a caption. A credit is short: "Video taken in
/// the cab shows the man's face, and pictures taken …" is news.
pub(crate) fn is_credit(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    CREDIT_STARTS.iter().any(|p| lower.starts_with(p))
        && lower.split_whitespace().count() <= MAX_CREDIT_WORDS
        && [" by ", " courtesy", " credit", " taken", " sent ", "/"]
            .iter()
            .any(|w| lower.contains(w))
        || CAPTION_STARTS.iter().any(|p| lower.starts_with(p))
}

/// Most words of a photo credit that follows its caption.
const MAX_CREDIT_WORDS: usize = 15;

/// Whether most sentences of an article that open with a letter open with a
/// capital: only then does a lower-case start mark a fragment (some feeds
/// lower-case whole paragraphs).
pub(crate) fn is_cased<'a>(sentences: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut letters, mut lower) = (0usize, 0usize);
    for s in sentences {
        if let Some(c) = s.chars().next().filter(|c| c.is_alphabetic()) {
            letters += 1;
            lower += usize::from(c.is_lowercase());
        }
    }
    lower * 5 <= letters
}

/// Nouns of a byline "X is a … journalist".
const BYLINE_NOUNS: &[&str] = &[
    "journalist",
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "contributor",
    "photographer",
    "columnist",
    "producer",
    "intern",
    "fellow",
    "author",
];

/// Whether the sentence reads as a byline: "<Name> is a [freelance] journalist…"
/// within its first words.
fn is_byline(lower: &str) -> bool {
    // The first twelve words, without a heap allocation per sentence.
    let mut buf = [""; 12];
    let mut n = 0;
    for (slot, w) in buf.iter_mut().zip(lower.split_whitespace()) {
        *slot = w;
        n += 1;
    }
    let words = &buf[..n];
    let Some(is) = words
        .windows(2)
        .position(|w| w[0] == "is" && (w[1] == "a" || w[1] == "an"))
    else {
        return false;
    };
    is <= 4
        && words.iter().skip(is + 2).take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            BYLINE_NOUNS.contains(&w)
        })
}

/// Phrases that mark a byline, a credit or a reader prompt anywhere in the
/// sentence.
const BOILERPLATE_INSIDE: &[&str] = &[
    " is a journalist",
    " is a freelance",
    " is a reporter",
    " is a correspondent",
    " is a writer",
    " is an editor",
    " is a contributing",
    " is a staff writer",
    "contributed to this report",
    "contributed reporting",
    "getty images",
    "all rights reserved",
    "click here",
    "sign up for",
    "subscribe to",
    "our newsletter",
    "follow him on",
    "follow her on",
    "on twitter @",
    "terms of use",
    "privacy policy",
    "cookie",
    "javascript",
    "(photo",
    "(image",
    "photo:",
    "image:",
    "credit:",
];

/// First words that point back to a sentence the reader has not seen,
/// sorted for binary search.
const LEANING_STARTS: &[&str] = &[
    "also",
    "and",
    "another",
    "besides",
    "both",
    "but",
    "furthermore",
    "he",
    "her",
    "here",
    "his",
    "however",
    "instead",
    "it",
    "its",
    "later",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "nor",
    "or",
    "others",
    "she",
    "so",
    "still",
    "such",
    "that",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "which",
    "while",
    "yet",
];

/// Two-word openings that point back ("the latter").
const LEANING_PAIRS: &[&str] = &["the former", "the latter"];

/// Bytes of a sentence's opening that [`judge`] lower-cases: enough for the
/// first words, where a byline names its writer's trade.
const HEAD_BYTES: usize = 120;

/// Fewest and most words a summary sentence may have.
pub(crate) const MIN_WORDS: usize = 6;
/// Longer sentences are usually run-ons from a bad split, a list, or a
/// headline glued to the lead; measured on Multi-News dev, 100 keeps the
/// glued leads, which carry the story.
pub(crate) const MAX_WORDS: usize = 100;

/// The boilerplate phrases and link marks found anywhere in a sentence, as
/// one automaton: a single pass over the sentence instead of one per phrase.
static INSIDE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let marks = ["http://", "https://", "www."];
    // The phrases are ASCII, so matching them without regard to ASCII case
    // equals matching the lower-cased sentence, without lower-casing it.
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(BOILERPLATE_INSIDE.iter().chain(marks.iter()))
        .expect("boilerplate phrases compile")
});

/// The openings of boilerplate and captions, matched at the start of a
/// sentence in one anchored pass, without regard to ASCII case.
static STARTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Anchored)
        .build(BOILERPLATE_STARTS.iter().chain(CAPTION_STARTS))
        .expect("boilerplate openings compile")
});

/// Whether and how much `sentence` (with `words` words) may be chosen;
/// `lean_penalty` is the factor for a sentence that leans on its context.
/// `cased` says whether the article capitalises its sentences, so that a
/// lower-case start marks a fragment.
#[cfg(test)]
pub(crate) fn fit(sentence: &str, words: usize, lean_penalty: f64, cased: bool) -> Fit {
    judge(sentence, words, lean_penalty, cased).0
}

/// [`fit`], and whether the sentence leans on its context.
pub(crate) fn judge(sentence: &str, words: usize, lean_penalty: f64, cased: bool) -> (Fit, bool) {
    // Only the opening is lower-cased: every test but the phrase search
    // looks at the first words.
    let mut end = sentence.len().min(HEAD_BYTES);
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    let lower = sentence.get(..end).unwrap_or("").to_lowercase();
    if STARTS.is_match(Input::new(sentence).anchored(Anchored::Yes))
        || INSIDE.is_match(sentence)
        || is_byline(&lower)
    {
        return (Fit::Never, false);
    }
    let ends = ends_like_a_sentence(sentence);
    if !ends && is_title_case(sentence) {
        // A headline or a section title.
        return (Fit::Never, false);
    }
    if !(MIN_WORDS..=MAX_WORDS).contains(&words) || is_fragment(sentence, cased) {
        return (Fit::Filler, false);
    }
    let mut weight = 1.0;
    let leans = leans_on_context(&lower);
    if leans {
        weight *= lean_penalty;
    }
    if !ends {
        // List items, subtitles and truncated text.
        weight *= 0.8;
    }
    (Fit::Weight(weight), leans)
}

/// Whether the sentence starts with a word that needs the one before.
fn leans_on_context(lower: &str) -> bool {
    let trimmed = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first = trimmed
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    LEANING_STARTS.binary_search(&first).is_ok()
        || LEANING_PAIRS.iter().any(|p| {
            trimmed.starts_with(p)
                && trimmed
                    .get(p.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        || points_back_early(lower)
}

/// Whether a plural demonstrative stands among the first words of a
/// sentence that is not a quote ("The fate of those civilians remains
/// uncertain."): it names people or things introduced before it. A quoted
/// sentence is left alone, since a speaker's "these people" points at the
/// speaker's world, which the quote itself sets.
fn points_back_early(lower: &str) -> bool {
    let trimmed = lower.trim_start();
    if trimmed.starts_with(['"', '“', '\'', '‘']) {
        return false;
    }
    trimmed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .any(|w| w == "those" || w == "these")
}

/// Whether most words of four letters or more start with a capital, as in
/// headlines ("Rebels Say Forces Are Closing In").
fn is_title_case(sentence: &str) -> bool {
    let (mut long, mut capital) = (0, 0);
    for word in sentence.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() >= 4 {
            long += 1;
            if word.chars().next().is_some_and(char::is_uppercase) {
                capital += 1;
            }
        }
    }
    long >= 3 && capital * 10 >= long * 7
}

fn ends_like_a_sentence(sentence: &str) -> bool {
    let end = sentence.trim_end_matches(['"', '”', '’', '\'', ')']);
    end.ends_with(['.', '!', '?'])
}

/// A sentence that is a piece of a quote or of a clause: unbalanced quote
/// marks, a lower-case start, or quoted words making up nearly all of it
/// with no one named as saying them.
fn is_fragment(sentence: &str, cased: bool) -> bool {
    // A lower-case first letter marks a clause split from its sentence; after
    // an opening quote mark it is common in transcribed speech, so it is
    // judged only when the sentence opens with the letter.
    if cased && sentence.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let straight = sentence.matches('"').count();
    let open = sentence.matches('“').count();
    let close = sentence.matches('”').count();
    if straight % 2 == 1 || open != close {
        return true;
    }
    // Mostly a quote with no one saying it: "…" alone.
    let quoted = quoted_bytes(sentence);
    quoted * 10 > sentence.len() * 9 && {
        let lower = sentence.to_lowercase();
        !ATTRIBUTION.iter().any(|w| has_word(&lower, w))
    }
}

/// Verbs that name a speaker next to a quote.
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "writes",
    "asked",
    "explained",
    "stated",
    "according",
];

/// Whether `word` occurs in `lower` as a whole word.
fn has_word(lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Bytes inside quote marks.
fn quoted_bytes(sentence: &str) -> usize {
    let mut inside = false;
    let mut count = 0;
    for ch in sentence.chars() {
        match ch {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            _ if inside => count += ch.len_utf8(),
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never(s: &str) -> bool {
        fit(s, corroborate_model::count_words(s), 0.5, true) == Fit::Never
    }

    /// Never chosen for a reader, though it may fill a ROUGE budget.
    fn filler(s: &str) -> bool {
        fit(s, corroborate_model::count_words(s), 0.5, true) == Fit::Filler
    }

    #[test]
    fn captions_credits_and_bylines_are_never_chosen() {
        assert!(never(
            "Photo: Rescue workers carry a child from the rubble of the building."
        ));
        assert!(never(
            "Join the conversation about this story on our pages today, please."
        ));
        assert!(never(
            "Jane Roe is a journalist based in the region who covers the war."
        ));
        assert!(filler("Too short to use."));
        assert!(never(
            "Ann Lee is a student journalist with the newspaper in the capital city."
        ));
        assert!(is_credit(
            "Photo sent by a resident to the site on November 29."
        ));
        assert!(!is_credit(
            "Photos of the convoy spread quickly across social media."
        ));
        // A long sentence about a video is news, not a credit.
        assert!(!is_credit(
            "Video taken in the cab clearly shows the man's face, and pictures taken in \
             the bank show him wearing a white dust mask over his lower face."
        ));
        assert!(filler(
            "\"We will not leave our homes, whatever happens to us,\" he"
        ));
        assert!(filler(
            "\"We will not leave our homes, whatever happens to us here.\""
        ));
        // A caption glued to the lead is still a caption.
        assert!(never(
            "( photo: a. lee, getty images ) a wedding party was cut short on saturday."
        ));
    }

    #[test]
    fn sentences_leaning_on_context_are_penalised_not_dropped() {
        let s = "He added that the evacuation of the wounded would start on Thursday.";
        assert_eq!(fit(s, 12, 0.5, true), Fit::Weight(0.5));
        let s = "The evacuation of the wounded would start on Thursday, officials said.";
        assert_eq!(fit(s, 11, 0.5, true), Fit::Weight(1.0));
        // A headline without a full stop is never chosen.
        let s = "Ceasefire Holds after Rebels Report Mass Executions in the City";
        assert_eq!(fit(s, 10, 0.5, true), Fit::Never);
        // A lower-case start is a fragment only where sentences are cased.
        let s = "the decision to remove the photo prompted scores of people to post theirs.";
        assert_eq!(fit(s, 14, 0.5, true), Fit::Filler);
        assert_eq!(fit(s, 14, 0.5, false), Fit::Weight(1.0));
        assert!(is_cased([
            "One went.",
            "Two went.",
            "Three went.",
            "four went.",
            "Five."
        ]));
        assert!(!is_cased(["One went.", "two went.", "three went."]));
        assert!(LEANING_STARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(leans_on_context("he's leaving."));
        assert!(leans_on_context("\"the latter, \" she said."));
        assert!(!leans_on_context("theirs was the last convoy."));
        // "Thereafter" is not "There".
        assert!(!leans_on_context("thereafter the convoy left the city."));
        // a plural demonstrative early on points back to what came before
        assert!(leans_on_context(
            "the fate of those civilians remains uncertain."
        ));
        assert!(leans_on_context("many of these families fled north."));
        assert!(!leans_on_context(
            "the fate of the civilians who stayed behind remains uncertain, say those who left."
        ));
        assert!(!leans_on_context(
            "“many of those who stay will die,” she said."
        ));
    }
}
