//! The shared vocabulary of corroborate: articles, spans and everything the
//! stages extract from them, in the shape of the `corroborate.brief/1` contract.
//!
//! Every type that reaches the brief derives `Serialize` here so that there is
//! exactly one definition of each concept. Offsets are byte offsets into the
//! owning article's `text`, half-open.
#![warn(missing_docs)]

use std::fmt;

use serde::{Serialize, Serializer};

/// The version tag written in every brief.
pub const SCHEMA: &str = "corroborate.brief/1";

/// A half-open byte range into one article's `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers; empty when it does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Identifies an article within one brief; serialised as `"a1"`, `"a2"`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ArticleId(pub u32);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}", self.0 + 1)
    }
}

impl Serialize for ArticleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A calendar date, serialised as `YYYY-MM-DD`.
pub type Date = jiff::civil::Date;

/// A date known to the day, the month or only the year; serialised as
/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year.
    pub year: i16,
    /// The month, 1–12, when known.
    pub month: Option<i8>,
    /// The day of the month, when known (implies `month`).
    pub day: Option<i8>,
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: Date) -> PartialDate {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What ingest hands on: one article's cleaned text and metadata, before
/// segmentation. The pipeline turns it into an [`Article`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Document {
    /// Where it was read from (file path, `-`, or `path:line`).
    pub path: String,
    /// The outlet, when known.
    pub source: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The article's address.
    pub url: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// Publication date from metadata.
    pub published: Option<Date>,
    /// The cleaned article body; every span indexes this text.
    pub text: String,
    /// Oddities met while reading this document.
    pub warnings: Vec<String>,
}

/// One article of the brief.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    /// `a1`, `a2`, … in input order.
    pub id: ArticleId,
    /// Where it was read from.
    pub path: String,
    /// The outlet (falls back to the file name).
    pub source: String,
    /// The headline.
    pub title: String,
    /// The address, when known.
    pub url: Option<String>,
    /// The byline, when known.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Whether `published` was inferred from dates in the text.
    pub published_inferred: bool,
    /// The cleaned text every span indexes.
    pub text: String,
    /// Number of words in `text`.
    pub words: usize,
    /// Sentence spans, in order, tiling the text up to whitespace.
    #[serde(serialize_with = "spans_as_pairs")]
    pub sentences: Vec<Span>,
}

fn spans_as_pairs<S: Serializer>(spans: &[Span], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(spans.iter().map(|sp| [sp.start, sp.end]))
}

/// A place in one article: the article and a span of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Cite {
    /// The article.
    pub article: ArticleId,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Cite {
    /// A citation of `span` in `article`.
    pub fn new(article: ArticleId, span: Span) -> Cite {
        Cite {
            article,
            start: span.start,
            end: span.end,
        }
    }

    /// The cited span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// One sentence of the summary, quoted exactly from a source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummarySentence {
    /// The sentence, sliced from the article text.
    pub text: String,
    /// Where it comes from.
    #[serde(flatten)]
    pub cite: Cite,
    /// Sentences of other articles that say the same.
    pub also: Vec<Cite>,
}

/// How a number is bounded by its wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// No hedge: the value as stated.
    Exact,
    /// "at least", "more than", "over": the value is a lower bound.
    AtLeast,
    /// "up to", "as many as", "no larger than": the value is an upper bound.
    AtMost,
    /// "about", "nearly", "an estimated", "some".
    Approximate,
    /// A range such as "20-30" or "between 5 and 8".
    Range,
    /// Vague quantities: "dozens", "hundreds", "thousands".
    Vague,
}

/// How firmly a source stands behind a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated or attributed without qualification.
    Reported,
    /// Claimed or alleged.
    Claimed,
    /// Explicitly unconfirmed or unverified.
    Unconfirmed,
    /// Explicitly confirmed.
    Confirmed,
}

/// One number reported by one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureReport {
    /// The article.
    pub article: ArticleId,
    /// Start of the figure's words (number, hedge and unit).
    pub start: usize,
    /// End of the figure's words.
    pub end: usize,
    /// The number as stated (for a range, its middle).
    pub value: f64,
    /// Lower bound implied by the wording, when there is one.
    pub low: Option<f64>,
    /// Upper bound implied by the wording, when there is one.
    pub high: Option<f64>,
    /// The hedge.
    pub hedge: Hedge,
    /// The unit: `people`, `km2`, `percent`, `USD`, …
    pub unit: String,
    /// What is counted, as a short label ("civilians trapped").
    pub counts: String,
    /// Who the figure is attributed to, when the text says.
    pub attributed_to: Option<String>,
    /// How firmly it is stated.
    pub status: Status,
    /// The sentence carrying it.
    pub sentence: Span,
}

/// How the reports of one figure group relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// Only one article gives it.
    Single,
    /// The values agree within their intervals or 10 %.
    Agree,
    /// The values disagree.
    Conflict,
}

/// Reports from one or more articles that count the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// `f1`, `f2`, …
    pub id: String,
    /// What is counted.
    pub counts: String,
    /// The unit.
    pub unit: String,
    /// The place the figures are about, when the texts tie one to them
    /// ("displaced in X"); reports about different places are never grouped.
    pub place: Option<String>,
    /// The date the figures are about, when the texts tie one to them
    /// ("killed on Monday"); reports about different dates are never grouped.
    pub date: Option<PartialDate>,
    /// Whether the sources agree.
    pub agreement: Agreement,
    /// Smallest value reported.
    pub low: f64,
    /// Largest value reported.
    pub high: f64,
    /// Why these reports were grouped.
    pub basis: String,
    /// The reports, in article order.
    pub reports: Vec<FigureReport>,
}

/// One direct quote as it appears in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteInstance {
    /// The article.
    pub article: ArticleId,
    /// Start of the quoted words (inside the quote marks).
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// The speaker's words in this article, when named there.
    pub speaker_span: Option<Span>,
    /// The attribution verb ("said", "told", …), when there is one.
    pub cue: Option<String>,
    /// The speaker as this article names them, resolved from pronouns.
    #[serde(skip)]
    pub speaker_name: Option<String>,
    /// The kind of the speaker, when the extractor knows it.
    #[serde(skip)]
    pub speaker_kind: Option<EntityKind>,
    /// The quoted words as sliced from the article, so that reconcile can
    /// compare quotes across articles without the article texts.
    #[serde(skip)]
    pub text: String,
}

/// A quote, carried by one or more articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// `q1`, `q2`, …
    pub id: String,
    /// The quoted words of the first instance.
    pub text: String,
    /// The speaker's entity id, when resolved.
    pub speaker: Option<String>,
    /// The speaker's name or description.
    pub speaker_name: Option<String>,
    /// Every article that carries it.
    pub instances: Vec<QuoteInstance>,
    /// Quotes with the same words credited to another speaker.
    pub same_words_as: Vec<String>,
}

/// Kinds of named things.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, agency, outlet, armed group.
    Organization,
    /// A place.
    Place,
}

/// One mention of a name in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityMention {
    /// The article.
    pub article: ArticleId,
    /// The name's words, titles stripped.
    pub span: Span,
    /// The kind.
    pub kind: EntityKind,
    /// The name as written (titles stripped).
    pub name: String,
    /// Titles, roles and appositions ("Lieutenant-General", "a dentist").
    pub description: Vec<String>,
    /// The full name this mention stands for within its article, when it
    /// is a short form or an acronym ("SOHR", "al-Nassar").
    pub alias_of: Option<String>,
}

/// A person, organisation or place, merged across articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// `e1`, `e2`, …
    pub id: String,
    /// The kind.
    pub kind: EntityKind,
    /// The preferred name.
    pub name: String,
    /// Every spelling seen.
    pub variants: Vec<String>,
    /// Titles and roles seen.
    pub description: Vec<String>,
    /// Every mention.
    pub mentions: Vec<Cite>,
}

/// A date expression in one article, resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeMention {
    /// The article.
    pub article: ArticleId,
    /// The expression's words ("on Monday").
    pub expression: Span,
    /// The sentence that carries it.
    pub sentence: Span,
    /// The resolved date.
    pub date: PartialDate,
}

/// One event of the timeline: a sentence that carries a date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// The article.
    pub article: ArticleId,
    /// Start of the sentence.
    pub start: usize,
    /// End of the sentence.
    pub end: usize,
    /// The date expression inside it.
    pub expression: Span,
}

/// All events of one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The date at its precision.
    pub date: PartialDate,
    /// Its events, in article order.
    pub events: Vec<TimelineEvent>,
}

/// The whole brief of one story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Brief {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// The story's title.
    pub title: String,
    /// Inputs skipped and oddities met.
    pub warnings: Vec<String>,
    /// The articles.
    pub articles: Vec<Article>,
    /// The summary.
    pub summary: Vec<SummarySentence>,
    /// The figures.
    pub figures: Vec<Figure>,
    /// The quotes.
    pub quotes: Vec<Quote>,
    /// The people, organisations and places.
    pub entities: Vec<Entity>,
    /// The timeline.
    pub timeline: Vec<TimelineEntry>,
}

/// Counts the words of a text: runs of characters that hold a letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_dates_serialise_as_the_contract_says() {
        let d = PartialDate {
            year: 2016,
            month: Some(12),
            day: None,
        };
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2016-12\"");
        let d = PartialDate::day(jiff::civil::date(2016, 12, 12));
        assert_eq!(d.to_string(), "2016-12-12");
        assert_eq!(ArticleId(0).to_string(), "a1");
        let hedge = serde_json::to_string(&Hedge::AtLeast).unwrap();
        assert_eq!(hedge, "\"at_least\"");
    }

    #[test]
    fn span_slice_is_safe_off_char_boundaries() {
        let text = "é!";
        assert_eq!(Span::new(1, 2).slice(text), "");
        assert_eq!(Span::new(0, 2).slice(text), "é");
    }

    #[test]
    fn words_are_counted_without_punctuation() {
        assert_eq!(count_words("Hello, world — 75,000 people."), 4);
    }
}
