//! The place a figure report is about, when its sentence ties one to it.
//!
//! A figure's scope is often a place: "6.3 million people displaced in
//! Syria" and "50,000 displaced from the eastern districts of a city" count
//! the same kind of thing in different scopes. Grouping by magnitude alone
//! keeps most such pairs apart, but not all, so a report gets a place when
//! the text ties a place name to the figure closely:
//!
//! - after the figure, within a few words of the same clause, behind a
//!   locative preposition ("… trapped in rebel-held areas of X", "… fled
//!   from X"), with only lower-case modifiers between the preposition and
//!   the name;
//! - before the figure, as a possessive ("X's 6.3 million displaced") or a
//!   fronted locative ("In X, 40 people were killed").
//!
//! Places are the merged place entities, so spellings of one place across
//! outlets are one place. Two places are *compatible* (may be one scope)
//! when they are the same entity or one name's words contain the other's
//! ("East X" and "X"): a district and its city are not told apart, which
//! errs toward grouping, as the magnitude rule did before.

use corroborate_model::{Article, Entity, EntityKind, FigureReport};

use super::clause::{self, words, Anchor};

/// How many words may stand between a figure and its place.
const MAX_GAP_WORDS: usize = 8;

/// Prepositions that tie a place to what is counted.
const LOCATIVE: &[&str] = &[
    "in",
    "inside",
    "from",
    "of",
    "across",
    "throughout",
    "within",
    "around",
    "near",
    "out",
];

/// Words that end the clause a figure stands in: past them a place belongs
/// to something else ("… were killed, officials said in X").
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
];

/// The place entity (index into `entities`) each report is tied to.
pub(super) fn places(
    reports: &[FigureReport],
    entities: &[Entity],
    articles: &[Article],
) -> Vec<Option<usize>> {
    let mentions = entities
        .iter()
        .enumerate()
        .filter(|(_, entity)| entity.kind == EntityKind::Place)
        .flat_map(|(e, entity)| {
            entity
                .mentions
                .iter()
                .map(move |m| (m.article, m.start, m.end, e))
        });
    clause::tie_each(reports, mentions, articles, place_of)
}

/// The place of a report among the place mentions of its sentence.
fn place_of(r: &FigureReport, text: &str, mentions: &[Anchor<usize>]) -> Option<usize> {
    let after = mentions
        .iter()
        .find(|m| m.start >= r.end)
        .filter(|m| text.get(r.end..m.start).is_some_and(tied_after));
    if let Some(m) = after {
        return Some(m.value);
    }
    mentions
        .iter()
        .rev()
        .find(|m| m.end <= r.start)
        .filter(|m| {
            match (
                text.get(r.sentence.start..m.start),
                text.get(m.end..r.start),
            ) {
                (Some(lead), Some(gap)) => tied_before(lead, gap),
                _ => false,
            }
        })
        .map(|m| m.value)
}

/// Whether the words between a figure and a following place tie them.
fn tied_after(gap: &str) -> bool {
    if !clause::one_clause(gap, MAX_GAP_WORDS, CLAUSE_BREAK) {
        return false;
    }
    let words = words(gap);
    // the preposition sits at most three words before the name, and what
    // follows it is modifiers ("in the besieged eastern part of")
    let n = words.len();
    (n.saturating_sub(3)..n).any(|k| {
        LOCATIVE.contains(&words[k].as_str())
            && words[k + 1..]
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    })
}

/// Whether a place before a figure is tied to it: "X's 6.3 million", or a
/// fronted "In X, …" within a few words of the figure.
fn tied_before(lead: &str, gap: &str) -> bool {
    let gap_words = words(gap);
    if let Some(rest) = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix("’s"))
        .or_else(|| gap.strip_prefix('\''))
    {
        return words(rest).len() <= 2 && !rest.contains([',', ';', ':']);
    }
    let lead = words(lead);
    let fronted = lead.len() <= 3 && lead.first().is_some_and(|w| LOCATIVE.contains(&w.as_str()));
    fronted
        && gap.trim_start().starts_with(',')
        && gap_words.len() <= 4
        && !gap_words
            .iter()
            .any(|w| CLAUSE_BREAK.contains(&w.trim_matches(',')))
}

/// Whether two places may be one scope: the same entity, or one name's
/// words within the other's ("East X" and "X").
pub(super) fn compatible(entities: &[Entity], a: usize, b: usize) -> bool {
    if a == b {
        return true;
    }
    let (Some(a), Some(b)) = (entities.get(a), entities.get(b)) else {
        return true;
    };
    let set = |e: &Entity| -> Vec<Vec<String>> {
        std::iter::once(&e.name)
            .chain(e.variants.iter())
            .map(|n| words(&n.replace('-', " ")))
            .collect()
    };
    let (sa, sb) = (set(a), set(b));
    sa.iter().any(|x| {
        sb.iter().any(|y| {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            !short.is_empty() && short.iter().all(|w| long.contains(w))
        })
    })
}
