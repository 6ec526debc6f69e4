//! The date a figure report is about, when its clause ties one to it.
//!
//! Daily tolls are the common case: "at least 60 people were killed on
//! Monday" and "eight people were killed on Tuesday" are two figures, not a
//! conflict. A report takes the date of a resolved date expression (from
//! the timeline's extraction) that follows it closely in the same clause
//! ("killed on Monday", "displaced in 2015") or opens its sentence ("On
//! Monday, 60 people…"). Two dates are *compatible* (may be one scope) when
//! they are equal or one is a coarser form of the other (2016-12 and
//! 2016-12-12).

use corroborate_model::{Article, FigureReport, PartialDate, TimeMention};

use super::clause::{self, words, Anchor};

/// How many words may stand between a figure and its date.
const MAX_GAP_WORDS: usize = 6;

/// Words that end the figure's clause: a date past them dates something
/// else ("… were killed, officials said on Monday").
const CLAUSE_BREAK: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "according",
    "announced",
    "added",
    "claimed",
    "stated",
    "while",
    "whereas",
    "but",
    "and",
    "than",
    "to",
    "after",
    "before",
    "since",
    "until",
    "because",
    "when",
    "which",
    "who",
    "that",
];

/// The date each report is tied to.
pub(super) fn dates(
    reports: &[FigureReport],
    times: &[TimeMention],
    articles: &[Article],
) -> Vec<Option<PartialDate>> {
    let expressions = times
        .iter()
        .map(|t| (t.article, t.expression.start, t.expression.end, t.date));
    clause::tie_each(reports, expressions, articles, date_of)
}

/// The date of a report among the date expressions of its sentence.
fn date_of(r: &FigureReport, text: &str, times: &[Anchor<PartialDate>]) -> Option<PartialDate> {
    let after = times.iter().find(|t| t.start >= r.end).filter(|t| {
        text.get(r.end..t.start)
            .is_some_and(|gap| clause::one_clause(gap, MAX_GAP_WORDS, CLAUSE_BREAK))
    });
    if let Some(t) = after {
        return Some(t.value);
    }
    times
        .iter()
        .find(|t| t.end <= r.start)
        .filter(|t| {
            let lead = text.get(r.sentence.start..t.start).unwrap_or("x");
            let gap = text.get(t.end..r.start).unwrap_or("x");
            opens_sentence(lead, gap)
        })
        .map(|t| t.value)
}

/// Whether a date opening the sentence ("On Monday, …", "In 2015 …")
/// dates a figure a few words on.
fn opens_sentence(lead: &str, gap: &str) -> bool {
    // one word before the date and four after it fit in these bytes; a
    // longer text is no such sentence, and is not split into words for
    // every report (a run-on text stays linear)
    if lead.len() > 64 || gap.len() > 256 {
        return false;
    }
    let lead = words(lead);
    let gap_words = words(gap);
    lead.len() <= 1
        && gap_words.len() <= 4
        && !gap_words
            .iter()
            .any(|w| CLAUSE_BREAK.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether two dates may be one scope.
pub(super) fn compatible(a: PartialDate, b: PartialDate) -> bool {
    a.year == b.year
        && match (a.month, b.month) {
            (Some(x), Some(y)) if x != y => false,
            (Some(_), Some(_)) => match (a.day, b.day) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
            _ => true,
        }
}
