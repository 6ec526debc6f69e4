//! Date expressions, absolute and relative, resolved against the article's date.
//!
//! Precompiled patterns find the candidates: full dates ("Friday November
//! 18, 2016", "18th of Nov", "the first of March", "12/13/2016",
//! "2016-12-13"), months with a year or a cue ("November 2016", "since
//! March", "2014/10"), years with a cue ("in 2011", "since 2012"), weekdays
//! ("on Monday", "next Tuesday", "Tuesday of last week", "the first Monday
//! of October"), words of the day ("yesterday", "earlier today", "last
//! night"), calendar units ("last week", "this month", "over the weekend")
//! and counts ("two days ago"; "in two weeks" only in a future clause).
//! Absolute candidates win over relative ones where they overlap (so a
//! weekday glued to a full date does not stand alone); then the leftmost
//! longest wins. No pattern crosses a line break, so each runs only on the
//! lines holding one of its trigger words: most of an article is never
//! scanned by most patterns.
//!
//! Resolution leans to the past: news reports what happened, so a weekday is
//! the most recent such day on or before the reference date and a month or
//! a day of a month without a year is the most recent one. A future cue
//! before the expression in its clause ("will", "is set to", "was set to", "is slated
//! for", …) turns it forward. Choices the requirements left open, so that
//! readers of the timeline know what a date means:
//!
//! - "last Friday" is the Friday of last week and "next Friday" that of next
//!   week (as Duckling and Recognizers-Text read them); "this past Friday" is
//!   the most recent one before today, "this coming Friday" the next one;
//! - a weekday written with a date without a year ("Fri, Jul 18", "Jul 18,
//!   Fri") picks, of the reference's year and the years either side, the
//!   one in which that date falls on that weekday; when none fits, the
//!   weekday is taken for a slip and the date resolves as without it;
//! - an ordinal weekday without a month ("the second Sunday") is that
//!   weekday of the reference's month, and nothing when the month has none
//!   (no fifth Sunday); "on following Friday" is the Friday of next week,
//!   while "the following Friday" counts from a date of the story and
//!   gives nothing (see the `loose` submodule);
//! - "in 10 days" is a date only in a future clause, after a request to
//!   plan ("schedule a meeting in 10 days") or with "time" ("in a
//!   fortnight's time"); otherwise it is a duration ("built in 10 days");
//! - a week ("last week", "this week") resolves to the month of its Monday,
//!   at month precision: a week has no precision of its own in
//!   [`PartialDate`], and picking a day would claim more than the text says;
//! - a weekend ("over the weekend") resolves to its Saturday, at day precision;
//! - "N months ago" has month precision and "N years ago" year precision;
//!   days and weeks ago have day precision;
//! - open spans that start at a stated point ("since 2012", "since November
//!   26") resolve to that point; vague spans with no stated start ("over the
//!   past few days", "a few days ago", "in recent weeks") are skipped: any
//!   date we gave them would be invented;
//! - a bare four-digit number is a year only in 1900–2100 after a cue ("in",
//!   "since", "until", "during", "the end of", …) and not before a counted
//!   noun ("in 2000 people") or inside figures ("2014/10"), so figures and
//!   ages are never read as years;
//! - a date in figures with a year ("12/13/2016", "3-7-2017") is surely a
//!   date: when both orders of day and month are dates, the text's own
//!   convention decides (its dates in figures whose order is plain, else
//!   whether it writes "18 November" or "November 18"), and without
//!   evidence slashes and dashes read month first (as most English-language
//!   news and both benchmark references do) and dots day first
//!   ("3.7.2017"); such a guessed date never infers a publication date;
//! - without a year ("2/15") figures are a date only when the order is
//!   plain (one part above 12), or, with a weekday before them ("Friday
//!   5/12"), by the text's convention; a dash or a dot needs "on" (or, for
//!   a dot, a weekday) before it ("on 4-22"), since "21-14" is a score and
//!   "4.22" a decimal; "9/11" and "24/7" are names;
//! - a month named alone ("the February report") counts only capitalised,
//!   outside names, and never for "May" and "March" (a verb, a noun) or
//!   "April", "June" and "August" (given names as often).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::LazyLock;

use corroborate_model::{Article, Date, PartialDate, Span, TimeMention};
use jiff::civil::Weekday;
use jiff::ToSpan;
use regex::{Captures, Regex};

use crate::figures::number;
use crate::words;

mod loose;
#[cfg(test)]
mod tests;

/// Which way an expression without a year or an explicit direction points
/// when its sentence gives no cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// Towards the most recent occurrence (news reporting).
    Past,
    /// Towards the next occurrence (scheduling, as in Duckling's corpus).
    Future,
}

/// Every date expression in `article`, resolved against its `published` date.
/// Without a published date only expressions that carry their own year count.
pub fn times(article: &Article) -> Vec<TimeMention> {
    mentions(article, scan(&article.text, article.published, Lean::Past))
}

/// Every date expression in `text` with its resolved date, resolving
/// relative expressions against `reference` with the default direction
/// `lean`. Exposed for the benchmark harness.
pub fn resolve_dates(text: &str, reference: Date, lean: Lean) -> Vec<(Span, PartialDate)> {
    scan(text, Some(reference), lean)
        .into_iter()
        .map(|f| (f.span, f.date))
        .collect()
}

/// The latest fully explicit date (day, month and year) written in `text`,
/// used to infer a publication date when metadata has none.
///
/// Dates that are plainly not about when the text was written are ignored:
/// years outside 1900–2100, dates in a clause with a future cue ("will be
/// held on March 3, 2030") and dates right after "until", "till", "by" or
/// "before" (deadlines and schedules).
pub fn latest_explicit_date(text: &str) -> Option<Date> {
    latest_of(&scan(text, None, Lean::Past))
}

/// The dates of an article whose `published` date may be missing, read in
/// one scan: with a published date, [`times`] and `None`; without one, the
/// date inferred as [`latest_explicit_date`] does and the expressions
/// resolved against it, exactly as [`times`] would after setting it. The
/// patterns run once; only the cheap resolution runs twice.
pub fn times_inferring(article: &Article) -> (Vec<TimeMention>, Option<Date>) {
    if article.published.is_some() {
        return (times(article), None);
    }
    let sc = Scanner::new(&article.text);
    let first = scan_with(&sc, None, Lean::Past);
    let inferred = latest_of(&first);
    // Without a date nothing relative resolves: the first pass is the answer.
    let found = match inferred {
        None => first,
        Some(_) => scan_with(&sc, inferred, Lean::Past),
    };
    (mentions(article, found), inferred)
}

fn mentions(article: &Article, found: Vec<Found>) -> Vec<TimeMention> {
    found
        .into_iter()
        .map(|found| TimeMention {
            article: article.id,
            expression: found.span,
            sentence: sentence_of(article, found.span),
            date: found.date,
        })
        .collect()
}

/// The latest of the fully explicit dates among `found` (see
/// [`latest_explicit_date`]).
fn latest_of(found: &[Found]) -> Option<Date> {
    found
        .iter()
        .filter(|f| f.full && !f.forward && (1900..=2100).contains(&f.date.year))
        .filter_map(|f| {
            let day = f.date.day?;
            Date::new(f.date.year, f.date.month?, day).ok()
        })
        .max()
}

/// One resolved expression.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Found {
    span: Span,
    date: PartialDate,
    /// Day, month and year are all written out.
    full: bool,
    /// In a future or deadline context (used by [`latest_explicit_date`]).
    forward: bool,
}

/// A candidate before overlaps are settled.
struct Cand {
    found: Found,
    /// Absolute candidates are chosen before relative ones.
    absolute: bool,
}

const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const WEEKDAY_ABBR: &str = "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";
const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const WEEKDAY_ABBRS: [&str; 10] = [
    "mon", "tues", "tue", "wed", "thurs", "thur", "thu", "fri", "sat", "sun",
];
/// Every month word as a regex alternation, written `<MONTHS>` in the
/// patterns below (see [`re`]).
static MONTHS: LazyLock<String> = LazyLock::new(words::month_alternation);
/// The three letters that open each month's name, `<MONTH_PREFIXES>`.
static MONTH_PREFIXES: LazyLock<String> = LazyLock::new(words::month_prefix_alternation);
const PREP: &str = r"(?:(?P<prep>on|in|since|until|till|by|from|during|before|after|as\s+of)\s+)?";
/// A day of the month: a number with an optional ordinal suffix, or an
/// ordinal word.
const DAY: &str = r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dayw>thirty[\s-]first|thirtieth|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first|thirty[\s-]one|twenty[\s-](?:one|two|three|four|five|six|seven|eight|nine)|thirty|twenty|nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven))";
/// A year in words: "nineteen seventy eight", "seventeen hundred thirty
/// three", "two thousand and fifteen", "nineteen oh five".
const YEAR_WORDS: &str = r"(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:zero|oh)\s+(?:one|two|three|four|five|six|seven|eight|nine))|(?:one|two)\s+thousand(?:\s+(?:and\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))?)";
/// A year after a day and month: four digits after a comma, "of" or a
/// slash, or two digits after a dash or slash ("31-Oct-74"), or a year in
/// words (`<YEAR_WORDS>` is filled in by [`re`]: consts cannot nest).
const YEAR_TAIL: &str = r"(?:\s*[,/-]?\s*(?:(?:of|in)\s+)?(?P<year>\d{4})|[-/](?P<yy>\d{2})|\s+of\s+(?P<yo>\d{2})|\s*,?\s*(?:(?:of|in)\s+)?(?P<yw><YEAR_WORDS>))\b";

/// Compiles a pattern with ASCII word boundaries and digits, which keep the
/// fast engines usable on any text, and with spaces that never cross a line
/// break (a date does not run from a headline into a dateline).
fn re(pattern: &str) -> Regex {
    let pattern = pattern
        .replace("<MONTHS>", &MONTHS)
        .replace("<MONTH_PREFIXES>", &MONTH_PREFIXES)
        .replace("<YEAR_WORDS>", YEAR_WORDS)
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\d", "[0-9]")
        .replace(
            r"\s",
            r"[ \t\r\x0B\x0C\u{a0}\u{2000}-\u{200a}\u{202f}\u{205f}\u{3000}]",
        );
    Regex::new(&pattern).expect("time pattern compiles")
}

/// "Friday November 18, 2016", "Dec. 12", "Oct-2", "March third 2015".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR})\.?,?\s+(?:the\s+)?)?(?P<mon><MONTHS>)(?:\b\.?\s*(?:[-/,]\s*)?(?:the\s+)?)?{DAY}\b(?:{YEAR_TAIL})?"
    ))
});

/// "18 Nov", "the 18th of November 2016", "Monday, 12 December", "31-Oct-74".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR})\.?,?\s+)?(?:the\s+)?{DAY}(?:\s*(?:and|&)\s+(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?\.?\s*(?:[-/]|(?:day\s+)?of\s+)?\s*(?P<mon><MONTHS>)\b\.?(?:{YEAR_TAIL})?"
    ))
});

/// "November 2016", "in March of 2011", "Dec/2018".
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?:early|late|mid)-?\s*)?(?P<mon><MONTHS>)\b\.?\s*[,/-]?\s*(?:(?:of\s+)?(?:(?P<year>\d{{4}})|(?P<yw><YEAR_WORDS>))|of\s+(?P<yo>\d{{2}}))\b"
    ))
});

/// A year followed by an open end: "2012 or after", "2018 or later".
static YEAR_OR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?P<year>\d{4})\s+or\s+(?:later|after|earlier|before)\b"));

/// A compact date in figures, year first: "20161016", "report-20170302".
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?P<year>(?:19|20)\d{2})(?P<mon>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\b")
});

/// A month of a year named relative to the reference: "June last year",
/// "in March of next year".
static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?P<mon><MONTHS>)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"
    ))
});

/// "the last day of October 2015", "last day in May", "the 5th last day of
/// May".
static LAST_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?:(?P<nth>[1-9]|first|second|third|fourth|fifth|sixth|seventh)(?:st|nd|rd|th)?\s+)?last\s+day\s+(?:of|in)\s+(?P<mon><MONTHS>)\b(?:\s*,?\s*(?P<year>\d{4})\b)?",
    )
});

/// A day of the month alone: "on the 15th", "the 1st".
static DAY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:(?P<prep>on|for|by|until|since)\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")
});

/// "the third month of 2021", "the 9th month of next year".
static NTH_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?:(?P<nd>1[0-2]|[1-9])(?:st|nd|rd|th)|(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))\s+month\s+of\s+(?:(?P<year>\d{4})|(?:the\s+)?(?P<rel>last|this|next)\s+year)\b",
    )
});

/// A year in words with a cue: "in nineteen ninety six", "since two
/// thousand and five".
static YEAR_WORDS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:in|since|until|till|during|from|before|after|(?:the\s+)?year)\s+(?P<yw><YEAR_WORDS>)\b",
    )
});

/// A count of units before another date expression: "three days after",
/// "2 weeks before", "4 months from", "the day after".
static SHIFT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year|fortnight)s?|\b(?:the\s+)?(?P<the>day))\s+(?P<dir>from|after|before)\s+$",
    )
});

/// Counted weekdays: "three Fridays from now", "2 Thursdays ago".
static WEEKDAYS_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<wd>{WEEKDAYS})s?\s+(?P<dir>from\s+(?:now|today)|ago|back|later|hence)\b"
    ))
});

/// A weekday written after a date without a year: ", Fri", " Friday". The
/// abbreviations that are also words ("sat", "sun", "wed") are left out.
static TRAILING_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*,?\s*(?P<wd>{WEEKDAYS}|mon|tues|tue|thurs|thur|thu|fri)\b\.?"
    ))
});

/// A weekday abbreviation that is not also an English word ("Thu", "fri.",
/// "Tues"): "sat", "sun" and "wed" are left out, as everyday words.
static WEEKDAY_ABBR_ALONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:(?P<prep>on)\s+)?(?P<wd>mon|tues|tue|thurs|thur|thu|fri)\b\.?"));

/// Holidays fixed to a date or to Easter, with an optional modifier or year:
/// "Christmas Eve", "last Easter", "Easter Monday 2017", "New Year's Day".
/// "Good Friday" is left out: in news it is as often the Northern Irish
/// agreement as the day.
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<mod>last|previous|next|following|this)\s+)?(?P<h>christmas\s+eve|christmas(?:\s+day)?|xmas|new\s+year['’]?s?\s+(?:day|eve)|easter(?:\s+(?:sunday|monday))?|st\.?\s*patrick['’]?s?(?:\s+day)?|saint\s+patrick['’]?s?(?:\s+day)?|earth\s+day|black\s+friday|(?:international\s+)?workers['’]?\s+day|valentine['’]?s?\s+day|halloween|boxing\s+day|juneteenth)\b(?:\s*,?\s*(?P<year>\d{4})\b)?",
    )
});

/// "2016 November", "2017 april", "2016 Nov. 8".
static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?P<year>\d{{4}})\s*[,/-]?\s*(?P<mon><MONTHS>)\b(?:\.?[\s/-]*(?P<day>[0-3]?\d)\b)?"
    ))
});

/// "2016-12-13", "2016/12/13", "2015.5.13", "2019-sep-1", "2016 10 16"
/// (read by [`loose::spaced_iso`]).
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<year>\d{4})(?:[-/.](?P<mon>\d{1,2})[-/.]|[-/](?P<monw><MONTHS>)[-/]| (?P<mons>0[1-9]|1[0-2]) )(?P<day>\d{1,2})\b",
    )
});

/// "12/13/2016", "13.12.2016", "10/31/74", "9-18-15".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<a>\d{1,2})(?:(?:/(?P<b1>\d{1,2})/|[-.](?P<b2>\d{1,2})[-.])(?P<y>\d{4}|\d{2})|/(?P<b3>\d{1,2}),\s?(?P<y4>\d{4}))\b",
    )
});

/// "2/15", "on 4-22", "22/04", "Friday 5/12": a month and day in figures,
/// no year.
static NUMERIC_MD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b(?P<prep>on)\s+)?(?:\b(?P<wd>{WEEKDAYS}|mon|tues|tue|thurs|thur|thu|fri)\.?,?\s+)?\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})\b"
    ))
});

/// "2016-11", "2016/11", "11/2016", "3/2015": a month and year in figures.
static NUMERIC_MY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:(?P<y1>\d{4})\s*[-/]\s*(?P<m1>\d{1,2})|(?P<m2>\d{1,2})\s*[-/]\s*(?P<y2>\d{4}))\b")
});

/// A month with a cue and no day or year: "since March", "last December".
static MONTH_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<cue>in|since|until|till|by|during|from|through|throughout|before|after|last|this|next|(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid)\s*-?\s*(?:the\s+)?(?:(?:early|late|mid)-?\s*)?(?P<mon><MONTHS>)\b",
    )
});

/// A year with a cue: "in 2011", "since 2012", "the end of 2016", "from 2011 to 2013".
static YEAR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<cue>in|since|until|till|during|from|before|after|throughout|through|(?:dat(?:es|ed|ing)\s+)?back\s+to|dat(?:es|ed|ing)\s+to|(?:later|earlier|sooner)\s+than|(?:the\s+)?(?:calendar\s+)?year(?:\s+of)?|(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|half|quarter)\s+of|early|late|mid)\s*-?\s*(?P<year>\d{4})\b(?:\s*(?:-|–|to|and|through|until)\s*(?P<year2>\d{4})\b)?",
    )
});

/// "on Monday", "last Friday", "next Tuesday night", "early Wednesday".
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<mod>last|next|this\s+coming|this\s+upcoming|this\s+past|coming|upcoming|this|past|previous)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?(?P<wd>{WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening)|\s+(?P<after>after\s+next))?\b"
    ))
});

/// A weekday of a named week: "Tuesday of last week", "next week on Friday",
/// "last week's Sunday", "next week Mon" (abbreviations that are no
/// English words).
static WEEK_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<m1>last|this|next|previous|coming)\s+week(?:['’]s)?\s*(?:on\s+|-\s*)?(?P<wd1>{WEEKDAYS}|mon|tues|tue|thurs|thur|thu|fri)|(?P<wd2>{WEEKDAYS})\s+(?:of\s+|from\s+)?(?:the\s+)?(?P<m2>last|this|next|previous|coming|following)\s+week)\b"
    ))
});

/// "the first Tuesday of October", "the last Friday in March 2014", "the
/// second Monday of last month".
static NTH_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAYS})\s+(?:of|in)\s+(?:(?P<mon><MONTHS>)\b(?:\s*,?\s*(?P<year>\d{{4}})\b)?|(?:the\s+)?(?P<rel>this|last|next|previous|current)?\s*month\b)"
    ))
});

/// A weekday with a day of the month: "Friday the 13th", "on Tuesday 11th".
static WEEKDAY_NTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR})\.?,?\s+(?P<the>the\s+)?{DAY}\b"
    ))
});

/// "the 20th of next month", "20 of this month".
static DAY_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?(?:the\s+)?(?P<rel>this|last|next|previous|current)\s+month\b",
    )
});

/// "yesterday", "earlier today", "last night", "the day before yesterday".
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:earlier|later)\s+)?(?P<w>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw)|yesterday|today|tonight|tomorrow|tmrw|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    )
});

/// "last week", "this month", "next year", "over the weekend".
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:the\s+)?(?P<unit3>week|month|year)\s+after\s+(?:the\s+)?next|(?P<mod>last|this|next|previous|coming|upcoming|current)\s+(?:calendar\s+)?(?P<unit>week|weekend|month|year|yr)|(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:later|earlier)\s+in)\s+(?:the\s+)?(?P<unit2>month|year)|(?:over|at|on|during)\s+the\s+(?P<wkend>weekend))\b",
    )
});

/// "two days ago", "3 weeks from now", "1 month and 21 days ago".
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?(?P<more>(?:\s*,?\s*(?:and\s+)?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:day|week|month|year)s?){1,3})?\s+(?P<dir>ago|from\s+(?:now|today)|hence)\b",
    )
});

/// One count and unit of a compound span ("2 years", "21 days").
static COUNT_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\b",
    )
});

/// "in two weeks", "in a month": read as dates only in a future clause,
/// since "the first time in three years" is a duration.
static IN_UNITS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<pre>in|upcoming)\s+(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?P<n2>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+upcoming)\s+(?P<unit>day|week|month|year|fortnight)s?\b(?:['’]s?\s+(?P<time>time)\b)?",
    )
});

/// Words before an expression, in its clause, that point to the future.
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:will|shall|won't|(?:is|are|am|was|were)\s+(?:(?:set|due|scheduled|expected|slated|planned|going|poised)\s+to|(?:set|due|scheduled|slated|planned)\s+for)|plans?\s+to|intends?\s+to|let\s+us|let['’]s)\b|['’]ll\b",
    )
});

/// Counted nouns that show a four-digit number is a figure, not a year.
const COUNTED: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "troops",
    "soldiers",
    "fighters",
    "men",
    "women",
    "children",
    "residents",
    "families",
    "refugees",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "pounds",
    "units",
    "homes",
    "houses",
    "jobs",
    "votes",
    "cases",
    "deaths",
    "times",
    "percent",
    "per",
];

fn scan(text: &str, reference: Option<Date>, lean: Lean) -> Vec<Found> {
    scan_with(&Scanner::new(text), reference, lean)
}

/// One resolution pass over the matches `sc` holds (or finds now).
fn scan_with(sc: &Scanner<'_>, reference: Option<Date>, lean: Lean) -> Vec<Found> {
    let mut cands = Vec::new();
    absolute(sc, reference, lean, &mut cands);
    if let Some(reference) = reference {
        relative(sc, reference, lean, &mut cands);
        loose::relative(sc, reference, &mut cands);
    }
    let mut found = select(cands);
    shift_counted(sc.text, &mut found);
    found
}

/// The matches of one pattern, shared between resolution passes.
type Matches<'t> = Rc<[Captures<'t>]>;

/// The matches of every pattern in one text, found once and kept, so that
/// a second resolution pass (against a publication date inferred by the
/// first) reads no text again.
struct Scanner<'t> {
    text: &'t str,
    zones: Zones,
    /// Matches by pattern (a pattern's address: each is a static and runs
    /// on one set of lines).
    found: RefCell<Vec<(*const Regex, Matches<'t>)>>,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Self {
        Scanner {
            text,
            zones: zones(text),
            found: RefCell::new(Vec::new()),
        }
    }

    /// The matches of `re` in `ranges`, found on the first call.
    fn caps(&self, re: &Regex, ranges: &[(usize, usize)]) -> Matches<'t> {
        let key: *const Regex = re;
        if let Some((_, caps)) = self.found.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(caps);
        }
        let caps: Matches<'t> = caps_in(re, self.text, ranges).into();
        self.found.borrow_mut().push((key, Rc::clone(&caps)));
        caps
    }
}

/// Arithmetic on a date already found: "three days after Easter", "2 weeks
/// before May 13 1999", "the day after tomorrow", "4 months from
/// tomorrow". The count joins the expression and moves its date; a shift
/// finer than the date's precision ("two days after March") is left alone.
fn shift_counted(text: &str, found: &mut [Found]) {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:from|after|before)\s+"));
    let mut prev_end = 0;
    for f in found.iter_mut() {
        let start = f.span.start;
        let lead = text
            .get(start..f.span.end)
            .and_then(|t| LEAD.find(t))
            .map_or(0, |m| m.end());
        let end = start + lead;
        let mut from = start.saturating_sub(40).max(prev_end);
        while from < start && !text.is_char_boundary(from) {
            from += 1;
        }
        prev_end = f.span.end;
        // Most dates have no shift before them: look for its words first.
        let window = text.get(from..end).unwrap_or("");
        if !["fter", "efore", "rom"].iter().any(|w| window.contains(w)) {
            continue;
        }
        let Some(caps) = SHIFT_BEFORE.captures(window) else {
            continue;
        };
        let m_start = from + caps.get(0).map_or(0, |m| m.start());
        // The window may have cut a word or a number in two.
        if text
            .get(..m_start)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let n = if caps.name("the").is_some() {
            Some(1)
        } else {
            caps.name("n").and_then(|n| count(n.as_str()))
        };
        let Some(n) = n else { continue };
        let unit = caps
            .name("unit")
            .map_or("day".to_string(), |u| u.as_str().to_ascii_lowercase());
        let (n, unit) = match unit.as_str() {
            "fortnight" => (2 * n, "week".to_string()),
            _ => (n, unit),
        };
        let back = caps
            .name("dir")
            .is_some_and(|d| d.as_str().eq_ignore_ascii_case("before"));
        let n = if back { -n } else { n };
        if let Some(date) = shift_partial(f.date, n, &unit) {
            f.date = date;
            f.span = Span::new(m_start, f.span.end);
            f.full = false;
        }
    }
}

/// `date` moved by `n` units, at the date's own precision; `None` when the
/// unit is finer than the date.
fn shift_partial(date: PartialDate, n: i64, unit: &str) -> Option<PartialDate> {
    match (date.month, date.day) {
        (Some(month), Some(day)) => {
            let base = Date::new(date.year, month, day).ok()?;
            let moved = match unit {
                "day" => base.checked_add(n.days()),
                "week" => base.checked_add((7 * n).days()),
                "month" => base.checked_add(n.months()),
                _ => base.checked_add(n.years()),
            };
            moved.ok().map(PartialDate::day)
        }
        (Some(month), None) if unit == "month" || unit == "year" => {
            let base = Date::new(date.year, month, 1).ok()?;
            let moved = if unit == "month" {
                base.checked_add(n.months())
            } else {
                base.checked_add(n.years())
            };
            moved.ok().map(month_of)
        }
        (None, None) if unit == "year" => Some(PartialDate {
            year: date.year.checked_add(i16::try_from(n).ok()?)?,
            month: None,
            day: None,
        }),
        _ => None,
    }
}

/// A word or number that some pattern needs: "November", "Monday",
/// "today", "week", "2016". Month names may touch digits ("Oct2", "14april").
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tues?|wed|thu|thurs?|fri|sat|sun|christmas|xmas|easter|patrick|halloween|valentine|workers|juneteenth|new\s+year|earth\s+day|boxing\s+day|black\s+friday|thousand|hundred|nineteen|eighteen|seventeen|twenty|yesterday|today|tonight|tomorrow|tmrw|night|morning|afternoon|evening|days?|weeks?|weekends?|fortnights?|months?|years?|yrs?)\b|(?:<MONTH_PREFIXES>)[a-z]*|\d+",
    )
});

/// The lines that hold a trigger of each family of patterns. Patterns never
/// cross a line break, so each runs only on the lines that can match it:
/// most of an article is never scanned by most patterns.
#[derive(Default)]
struct Zones {
    month: Vec<(usize, usize)>,
    weekday: Vec<(usize, usize)>,
    day_word: Vec<(usize, usize)>,
    unit: Vec<(usize, usize)>,
    digit: Vec<(usize, usize)>,
    holiday: Vec<(usize, usize)>,
    year_word: Vec<(usize, usize)>,
    /// Every full month name, for [`bare_month`] (no pattern of its own).
    month_names: Vec<(usize, usize)>,
}

fn zones(text: &str) -> Zones {
    let mut zones = Zones::default();
    let mut line = (0, 0);
    for m in TRIGGER.find_iter(text) {
        if m.start() >= line.1 || line == (0, 0) {
            let start = text
                .get(..m.start())
                .and_then(|t| t.rfind('\n'))
                .map_or(0, |i| i + 1);
            let end = text
                .get(m.end()..)
                .and_then(|t| t.find('\n'))
                .map_or(text.len(), |i| m.end() + i);
            line = (start, end);
        }
        // Most triggers are numbers: no word to read.
        if m.as_str().starts_with(|c: char| c.is_ascii_digit()) {
            if zones.digit.last() != Some(&line) {
                zones.digit.push(line);
            }
            continue;
        }
        // The word in lower case, without allocating (trigger words are
        // short; a longer one is no month: "decemberists").
        let mut buf = [0u8; 32];
        let Some(dst) = buf.get_mut(..m.len()) else {
            continue;
        };
        dst.copy_from_slice(m.as_str().as_bytes());
        dst.make_ascii_lowercase();
        let Ok(word) = std::str::from_utf8(dst) else {
            continue;
        };
        let singular = word.strip_suffix('s').unwrap_or(word);
        let family = if WEEKDAY_NAMES.contains(&singular) || WEEKDAY_ABBRS.contains(&word) {
            &mut zones.weekday
        } else if matches!(
            word,
            "thousand" | "hundred" | "nineteen" | "eighteen" | "seventeen" | "twenty"
        ) {
            &mut zones.year_word
        } else if word.contains(' ')
            || matches!(
                word,
                "christmas"
                    | "xmas"
                    | "easter"
                    | "patrick"
                    | "halloween"
                    | "valentine"
                    | "workers"
                    | "juneteenth"
            )
        {
            &mut zones.holiday
        } else if matches!(
            word,
            "yesterday"
                | "today"
                | "tonight"
                | "tomorrow"
                | "tmrw"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
        ) {
            &mut zones.day_word
        } else if word.starts_with("da")
            || word.starts_with("we")
            || word.starts_with("fo")
            || word.starts_with("mo")
            || word.starts_with("y")
        {
            &mut zones.unit
        } else if words::month_name(word).is_some() {
            zones.month_names.push((m.start(), m.end()));
            &mut zones.month
        } else if words::month_abbreviation(word).is_some() {
            &mut zones.month
        } else {
            // A word that only starts like a month: "decision", "market".
            continue;
        };
        if family.last() != Some(&line) {
            family.push(line);
        }
    }
    zones
}

/// The `ranges` of `text` that hold `needle`: a cheap filter before a
/// pattern that needs that word.
fn lines_with(text: &str, ranges: &[(usize, usize)], needle: &str) -> Vec<(usize, usize)> {
    ranges
        .iter()
        .copied()
        .filter(|&(s, e)| text.get(s..e).is_some_and(|l| l.contains(needle)))
        .collect()
}

/// Whether `line` holds an ordinal in figures ("15th", "1ST"), which
/// [`DAY_ALONE`] needs.
fn has_ordinal_figure(line: &str) -> bool {
    line.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(
                [w[1].to_ascii_lowercase(), w[2].to_ascii_lowercase()],
                [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
            )
    })
}

/// Whether `line` holds at least `n` ASCII digits in a row.
fn has_digit_run(line: &str, n: usize) -> bool {
    let mut run = 0;
    for b in line.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

/// Every match of `re` inside `ranges` of `text`, with offsets into `text`
/// (the text before a range still counts for word boundaries).
fn caps_in<'t>(re: &Regex, text: &'t str, ranges: &[(usize, usize)]) -> Vec<Captures<'t>> {
    let mut out = Vec::new();
    for &(start, end) in ranges {
        let Some(hay) = text.get(..end) else { continue };
        let mut pos = start;
        while pos < end {
            let Some(caps) = re.captures_at(hay, pos) else {
                break;
            };
            let whole = caps.get(0).expect("group 0 always matches");
            pos = if whole.end() > whole.start() {
                whole.end()
            } else {
                let mut next = whole.end() + 1;
                while next < end && !hay.is_char_boundary(next) {
                    next += 1;
                }
                next
            };
            out.push(caps);
        }
    }
    out
}

/// Keeps non-overlapping candidates: absolute first, then relative; within a
/// class the leftmost, then the longest.
fn select(mut cands: Vec<Cand>) -> Vec<Found> {
    cands.sort_by_key(|c| {
        (
            !c.absolute,
            c.found.span.start,
            std::cmp::Reverse(c.found.span.end),
        )
    });
    // Taken spans by start; they never overlap, so checking the neighbours
    // on each side of a new span is enough.
    let mut taken: BTreeMap<usize, Found> = BTreeMap::new();
    for cand in cands {
        let s = cand.found.span;
        let before = taken
            .range(..=s.start)
            .next_back()
            .is_some_and(|(_, t)| t.span.end > s.start);
        let after = taken
            .range(s.start..)
            .next()
            .is_some_and(|(_, t)| t.span.start < s.end);
        if !before && !after {
            taken.insert(s.start, cand.found);
        }
    }
    taken.into_values().collect()
}

fn span_of(caps: &Captures<'_>) -> Span {
    let whole = caps.get(0).expect("group 0 always matches");
    Span::new(whole.start(), whole.end())
}

/// The month a month word names (a pattern's `mon`, in any case). Its first
/// three letters are enough: "may" is the only full name that short, and
/// every other three-letter key is an abbreviation.
fn month_number(word: &str) -> Option<i8> {
    let mut key = [0u8; 3];
    key.copy_from_slice(word.as_bytes().get(..3)?);
    key.make_ascii_lowercase();
    let n = words::month(std::str::from_utf8(&key).ok()?)?;
    i8::try_from(n).ok()
}

/// Month words that are also ordinary words count only when capitalised or
/// when the date around them leaves no doubt: "may" needs a year, "march"
/// a day or a year; without either, abbreviations need a capital too.
fn month_word_ok(word: &str, has_day: bool, has_year: bool) -> bool {
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "may" => has_year,
        "march" | "mar" => has_day || has_year,
        w if words::month_name(w).is_none() => has_day || has_year,
        _ => true,
    }
}

/// The day of the month written as a number or a word ("21st",
/// "twenty-first", "twenty one").
fn day_number(caps: &Captures<'_>) -> Option<i8> {
    if let Some(day) = caps.name("day") {
        return day.as_str().parse().ok();
    }
    let n = words_value(caps.name("dayw")?.as_str())?;
    i8::try_from(n).ok().filter(|d| (1..=31).contains(d))
}

/// The value of one number word below a hundred, cardinal or ordinal
/// ("seven", "seventh", "seventy"); "zero" and "oh" are 0.
fn small_number(word: &str) -> Option<i64> {
    const ORDINALS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENTHS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let word = word.to_ascii_lowercase();
    if word == "zero" || word == "oh" {
        return Some(0);
    }
    // cardinals come from the figure reader's tables ("naught" and "nil"
    // are no part of a date, so its zero words are left out)
    let cardinal = number::ones(&word)
        .filter(|v| *v > 0.0)
        .or_else(|| number::tens(&word))
        .map(|v| v as i64);
    cardinal
        .or_else(|| {
            ORDINALS
                .iter()
                .position(|w| *w == word)
                .map(|i| i as i64 + 1)
        })
        .or_else(|| {
            TENTHS
                .iter()
                .position(|w| *w == word)
                .map(|i| 20 + 10 * i as i64)
        })
}

/// The sum of the number words in `text` ("twenty one" = 21, "twenty-first"
/// = 21); `None` if a word is not a number below a hundred.
fn words_value(text: &str) -> Option<i64> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .try_fold(0, |acc, w| Some(acc + small_number(w)?))
}

/// A year written in words ([`YEAR_WORDS`]): "nineteen seventy eight" =
/// 1978, "seventeen hundred thirty three" = 1733, "two thousand and five" =
/// 2005, "one thousand seven hundred and eighty nine" = 1789.
fn year_words(text: &str) -> Option<i16> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .map(str::to_ascii_lowercase)
        .collect();
    let (head, rest) = words.split_first()?;
    let lead = small_number(head)?;
    let value = match rest.first().map(String::as_str) {
        Some("thousand") => {
            let rest = rest.get(1..)?;
            let hundreds = match rest.get(1).map(String::as_str) {
                Some("hundred") => 100 * small_number(rest.first()?)?,
                _ => 0,
            };
            let tail = if hundreds > 0 { rest.get(2..)? } else { rest };
            let tail: Option<i64> = tail.iter().map(|w| small_number(w)).sum();
            1000 * lead + hundreds + tail?
        }
        Some("hundred") => {
            let tail: Option<i64> = rest.get(1..)?.iter().map(|w| small_number(w)).sum();
            100 * lead + tail?
        }
        _ => {
            let tail: Option<i64> = rest.iter().map(|w| small_number(w)).sum();
            100 * lead + tail?
        }
    };
    i16::try_from(value).ok()
}

/// Whether the expression is a deadline or lies in a future clause, so it
/// says nothing about when the text was written.
fn is_forward(text: &str, caps: &Captures<'_>, start: usize) -> bool {
    let deadline = caps.name("prep").is_some_and(|p| {
        let p = p.as_str().to_ascii_lowercase();
        matches!(p.as_str(), "until" | "till" | "by" | "before")
    });
    deadline || future_before(text, start)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    let key = word.get(..3)?.to_ascii_lowercase();
    let wd = match key.as_str() {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    };
    Some(wd)
}

/// Years written with a full date: wide, since the date itself is explicit.
fn year_ok(year: i32) -> bool {
    (1000..=2999).contains(&year)
}

fn parse<T: std::str::FromStr>(caps: &Captures<'_>, name: &str) -> Option<T> {
    caps.name(name)?.as_str().parse().ok()
}

fn day_date(year: i16, month: i8, day: i8) -> Option<PartialDate> {
    Date::new(year, month, day).ok().map(PartialDate::day)
}

/// A two-digit year: 00–39 are this century, 40–99 the last (news looks
/// back more often than decades ahead: "'45" is 1945).
fn expand_year(yy: i16) -> i16 {
    if yy < 40 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The clause before `start`: back to the last sentence or clause stop,
/// at most 200 bytes.
fn clause_before(text: &str, start: usize) -> &str {
    let mut from = start.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text.get(from..start).unwrap_or("");
    match window.rfind(['.', '!', '?', ';', '\n']) {
        Some(i) => window.get(i + 1..).unwrap_or(""),
        None => window,
    }
}

/// Whether the clause before `start` points to the future.
fn future_before(text: &str, start: usize) -> bool {
    FUTURE_CUE.is_match(clause_before(text, start))
}

/// Whether the clause before `start` reports a plan in the past tense
/// ("was set to", "were due to").
fn past_plan_before(text: &str, start: usize) -> bool {
    static PAST_PLAN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:was|were)\s+(?:set|due|scheduled|expected|slated|planned|going|poised)\s+(?:to|for)\b",
        )
    });
    PAST_PLAN.is_match(clause_before(text, start))
}

/// The direction for an expression at `start` without its own modifier.
fn lean_at(text: &str, start: usize, lean: Lean) -> Lean {
    if future_before(text, start) {
        Lean::Future
    } else {
        lean
    }
}

/// Resolves a month and day without a year against `reference`. With a
/// weekday, the year (of the three around the reference) whose date falls
/// on it wins, nearest in the lean's direction first.
fn month_day_near(
    month: i8,
    day: i8,
    weekday: Option<Weekday>,
    reference: Date,
    lean: Lean,
) -> Option<PartialDate> {
    let year = reference.year();
    let here = (month, day);
    let now = (reference.month(), reference.day());
    let nearest = match lean {
        Lean::Past if here > now => year - 1,
        Lean::Future if here < now => year + 1,
        _ => year,
    };
    if let Some(wd) = weekday {
        // The date nearest the reference, in its year or the years either
        // side, that falls on that weekday; a date written without a year
        // is a near one, so when none of those fits, the weekday is taken
        // for a slip and the lean's choice stands.
        let best = (year - 1..=year + 1)
            .filter_map(|y| Date::new(y, month, day).ok())
            .filter(|d| d.weekday() == wd)
            .min_by_key(|d| {
                let away = d.since(reference).map_or(i32::MAX, |s| s.get_days().abs());
                (away, d.year() != nearest)
            });
        if let Some(date) = best {
            return Some(PartialDate::day(date));
        }
    }
    // February 29 falls in the leap year nearest in the lean's direction.
    let step = if lean == Lean::Future { 1 } else { -1 };
    (0..8).find_map(|k| day_date(nearest + step * k, month, day))
}

/// Resolves a month without a year; `strict` excludes the reference month.
fn month_near(month: i8, reference: Date, lean: Lean, strict: bool) -> PartialDate {
    let now = reference.month();
    let year = reference.year();
    let year = match lean {
        Lean::Past if month > now || (strict && month == now) => year - 1,
        Lean::Future if month < now || (strict && month == now) => year + 1,
        _ => year,
    };
    PartialDate {
        year,
        month: Some(month),
        day: None,
    }
}

/// The `wd` nearest `reference` in direction `lean`; `strict` excludes the
/// reference day itself.
fn weekday_near(wd: Weekday, reference: Date, lean: Lean, strict: bool) -> Option<Date> {
    let today = i64::from(reference.weekday().to_monday_zero_offset());
    let target = i64::from(wd.to_monday_zero_offset());
    let offset = match lean {
        Lean::Past => {
            let back = (today - target).rem_euclid(7);
            let back = if strict && back == 0 { 7 } else { back };
            -back
        }
        Lean::Future => {
            let ahead = (target - today).rem_euclid(7);
            if strict && ahead == 0 {
                7
            } else {
                ahead
            }
        }
    };
    reference.checked_add(offset.days()).ok()
}

/// The `wd` of the week `weeks` weeks from the reference's (Monday-based).
fn weekday_of_week(wd: Weekday, reference: Date, weeks: i64) -> Option<Date> {
    let monday = monday_of(reference.checked_add((7 * weeks).days()).ok()?);
    monday
        .checked_add(i64::from(wd.to_monday_zero_offset()).days())
        .ok()
}

fn push_abs(out: &mut Vec<Cand>, span: Span, date: PartialDate, full: bool, forward: bool) {
    out.push(Cand {
        found: Found {
            span,
            date,
            full,
            forward,
        },
        absolute: true,
    });
}

fn absolute(sc: &Scanner<'_>, reference: Option<Date>, lean: Lean, out: &mut Vec<Cand>) {
    let (text, zones) = (sc.text, &sc.zones);
    for re in [&*MONTH_DAY, &*DAY_MONTH] {
        for caps in sc.caps(re, &zones.month).iter() {
            day_month_year(text, caps, reference, lean, out);
        }
    }
    for caps in sc.caps(&MONTH_YEAR, &zones.month).iter() {
        let month = caps.name("mon").and_then(|m| month_number(m.as_str()));
        let year = parse::<i16>(caps, "year")
            .or_else(|| parse::<i16>(caps, "yo").map(expand_year))
            .filter(|y| (1900..=2100).contains(y))
            .or_else(|| {
                let words = caps.name("yw")?.as_str();
                year_words(words).filter(|y| year_ok(i32::from(*y)))
            });
        let (Some(month), Some(year)) = (month, year) else {
            continue;
        };
        {
            let date = PartialDate {
                year,
                month: Some(month),
                day: None,
            };
            push_abs(out, span_of(caps), date, false, false);
        }
    }
    for caps in sc.caps(&YEAR_MONTH, &zones.month).iter() {
        let month = caps.name("mon").and_then(|m| month_number(m.as_str()));
        let (Some(month), Some(year)) = (month, parse::<i16>(caps, "year")) else {
            continue;
        };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        let day: Option<i8> = parse(caps, "day");
        let date = match day {
            Some(d) => day_date(year, month, d),
            None => Some(PartialDate {
                year,
                month: Some(month),
                day: None,
            }),
        };
        if let Some(date) = date {
            let span = span_of(caps);
            push_abs(
                out,
                span,
                date,
                day.is_some(),
                future_before(text, span.start),
            );
        }
    }
    for caps in sc.caps(&ISO, &zones.digit).iter() {
        if caps.name("mons").is_some() {
            loose::spaced_iso(text, caps, out);
            continue;
        }
        let month = parse::<i8>(caps, "mon")
            .or_else(|| caps.name("monw").and_then(|m| month_number(m.as_str())));
        let (Some(y), Some(m), Some(d)) =
            (parse::<i16>(caps, "year"), month, parse::<i8>(caps, "day"))
        else {
            continue;
        };
        if let Some(date) = day_date(y, m, d).filter(|_| year_ok(i32::from(y))) {
            let span = span_of(caps);
            push_abs(out, span, date, true, future_before(text, span.start));
        }
    }
    numeric(sc, reference, lean, out);
    for caps in sc.caps(&YEAR_CUE, &zones.digit).iter() {
        let Some(year) = parse::<i16>(caps, "year") else {
            continue;
        };
        let year2: Option<i16> = parse(caps, "year2");
        // "dates back to 1865": a history cue allows older years.
        let history = caps
            .name("cue")
            .is_some_and(|c| c.as_str().to_ascii_lowercase().ends_with("to"));
        let earliest = if history { 1000 } else { 1900 };
        let plausible = |y: i16| (earliest..=2100).contains(&y);
        if !plausible(year) || year2.is_some_and(|y| !plausible(y)) {
            continue;
        }
        let span = span_of(caps);
        if year2.is_none() && is_figure_after(text, span.end) {
            continue;
        }
        let year_end = caps.name("year").map_or(span.end, |m| m.end());
        let date = PartialDate {
            year,
            month: None,
            day: None,
        };
        push_abs(out, Span::new(span.start, year_end), date, false, false);
        if let (Some(y2), Some(m2)) = (year2, caps.name("year2")) {
            let date = PartialDate {
                year: y2,
                month: None,
                day: None,
            };
            push_abs(out, Span::new(m2.start(), m2.end()), date, false, false);
        }
    }
    for caps in sc
        .caps(&YEAR_OR, &lines_with(text, &zones.digit, " or "))
        .iter()
    {
        let Some(year) = parse::<i16>(caps, "year").filter(|y| (1900..=2100).contains(y)) else {
            continue;
        };
        let span = caps
            .name("year")
            .map_or(span_of(caps), |m| Span::new(m.start(), m.end()));
        let date = PartialDate {
            year,
            month: None,
            day: None,
        };
        push_abs(out, span, date, false, false);
    }
    let compact: Vec<_> = zones
        .digit
        .iter()
        .copied()
        .filter(|&(s, e)| has_digit_run(text.get(s..e).unwrap_or(""), 8))
        .collect();
    for caps in sc.caps(&COMPACT, &compact).iter() {
        let span = span_of(caps);
        let (Some(y), Some(m), Some(d)) = (
            parse::<i16>(caps, "year"),
            parse::<i8>(caps, "mon"),
            parse::<i8>(caps, "day"),
        ) else {
            continue;
        };
        // Part of a longer figure ("20161016.5", "1,20161016").
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        if before.ends_with([',', '.']) || starts_with_number(after) {
            continue;
        }
        if let Some(date) = day_date(y, m, d) {
            push_abs(out, span, date, true, future_before(text, span.start));
        }
    }
    for caps in sc
        .caps(&LAST_DAY, &lines_with(text, &zones.month, "ast day"))
        .iter()
    {
        let Some(mon) = caps.name("mon") else {
            continue;
        };
        let year: Option<i16> = parse(caps, "year");
        if !month_word_ok(mon.as_str(), true, year.is_some()) {
            continue;
        }
        let Some(month) = month_number(mon.as_str()) else {
            continue;
        };
        let span = span_of(caps);
        let year = match (year, reference) {
            (Some(y), _) => y,
            (None, Some(r)) => month_near(month, r, lean_at(text, span.start, lean), false).year,
            (None, None) => continue,
        };
        let back = caps.name("nth").map_or(Some(1), |n| {
            let n = n.as_str();
            n.parse().ok().or_else(|| small_number(n))
        });
        let date = Date::new(year, month, 1)
            .ok()
            .zip(back)
            .and_then(|(first, back)| first.last_of_month().checked_sub((back - 1).days()).ok());
        if let Some(date) = date {
            push_abs(out, span, PartialDate::day(date), false, false);
        }
    }
    for caps in sc
        .caps(&NTH_MONTH, &lines_with(text, &zones.unit, "month of"))
        .iter()
    {
        let month = parse::<i8>(caps, "nd").or_else(|| {
            let n = small_number(caps.name("nw")?.as_str())?;
            i8::try_from(n).ok()
        });
        let year = parse::<i16>(caps, "year").or_else(|| {
            let step: i16 = match caps.name("rel")?.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            Some(reference?.year().saturating_add(step))
        });
        if let (Some(month), Some(year)) = (month, year) {
            let date = PartialDate {
                year,
                month: Some(month),
                day: None,
            };
            push_abs(out, span_of(caps), date, false, false);
        }
    }
    for caps in sc.caps(&YEAR_WORDS_CUE, &zones.year_word).iter() {
        let year = caps.name("yw").and_then(|w| year_words(w.as_str()));
        if let Some(year) = year.filter(|y| year_ok(i32::from(*y))) {
            let date = PartialDate {
                year,
                month: None,
                day: None,
            };
            push_abs(out, span_of(caps), date, false, false);
        }
    }
    for caps in sc.caps(&HOLIDAY, &zones.holiday).iter() {
        holiday(text, caps, reference, out);
    }
    if let Some(reference) = reference {
        for caps in sc
            .caps(&MONTH_REL_YEAR, &lines_with(text, &zones.month, " year"))
            .iter()
        {
            let Some(mon) = caps.name("mon") else {
                continue;
            };
            if !month_word_ok(mon.as_str(), false, true) {
                continue;
            }
            let step: i16 = match caps.name("rel").map(|r| r.as_str().to_ascii_lowercase()) {
                Some(r) if r == "last" => -1,
                Some(r) if r == "next" => 1,
                _ => 0,
            };
            if let Some(month) = month_number(mon.as_str()) {
                let date = PartialDate {
                    year: reference.year().saturating_add(step),
                    month: Some(month),
                    day: None,
                };
                push_abs(out, span_of(caps), date, false, false);
            }
        }
        let ordinal: Vec<_> = zones
            .digit
            .iter()
            .copied()
            .filter(|&(s, e)| has_ordinal_figure(text.get(s..e).unwrap_or("")))
            .collect();
        for caps in sc.caps(&DAY_ALONE, &ordinal).iter() {
            let span = span_of(caps);
            // "the 1st Battalion", "the 21st century": the day must end the phrase.
            if !ends_phrase(text.get(span.end..).unwrap_or("")) {
                continue;
            }
            let Some(day) = parse::<i8>(caps, "day") else {
                continue;
            };
            let here = Date::new(reference.year(), reference.month(), 1).ok();
            let step: i64 = match lean_at(text, span.start, lean) {
                Lean::Past if day > reference.day() => -1,
                Lean::Future if day < reference.day() => 1,
                _ => 0,
            };
            let date = here
                .and_then(|h| h.checked_add(step.months()).ok())
                .and_then(|m| day_date(m.year(), m.month(), day));
            if let Some(date) = date {
                push_abs(out, span, date, false, false);
            }
        }
        for caps in sc.caps(&WEEKDAY_NTH, &zones.weekday).iter() {
            weekday_nth(text, caps, reference, lean, out);
        }
        for &(start, end) in &zones.month_names {
            bare_month(text, start, end, reference, lean, out);
        }
        for caps in sc.caps(&MONTH_CUE, &zones.month).iter() {
            let Some(mon) = caps.name("mon") else {
                continue;
            };
            // "last sept": after "last", "next" or "this" an abbreviation
            // is as sure a month as with a day.
            let named = caps.name("cue").is_some_and(|c| {
                matches!(
                    c.as_str().to_ascii_lowercase().as_str(),
                    "last" | "next" | "this"
                )
            });
            if !month_word_ok(mon.as_str(), named, false) {
                continue;
            }
            let Some(month) = month_number(mon.as_str()) else {
                continue;
            };
            let span = span_of(caps);
            let cue = caps
                .name("cue")
                .map(|c| c.as_str().to_ascii_lowercase())
                .unwrap_or_default();
            let date = match cue.as_str() {
                "last" => month_near(month, reference, Lean::Past, true),
                "next" => month_near(month, reference, Lean::Future, true),
                "this" => PartialDate {
                    year: reference.year(),
                    month: Some(month),
                    day: None,
                },
                _ => month_near(month, reference, lean_at(text, span.start, lean), false),
            };
            push_abs(out, span, date, false, false);
        }
    }
}

/// One match of [`HOLIDAY`]: with a year, that year's; with "last" or
/// "next", the one strictly before or after the reference; in a future
/// clause the next one; otherwise the nearest one either way, since news
/// talks of a coming holiday as often as of a past one ("ahead of
/// Christmas" in November, "over Christmas" in January).
fn holiday(text: &str, caps: &Captures<'_>, reference: Option<Date>, out: &mut Vec<Cand>) {
    let Some(name) = caps.name("h") else { return };
    let span = span_of(caps);
    // "the Good Friday Agreement", "Christmas Island": part of a name.
    let rest = text.get(span.end..).unwrap_or("");
    let next = rest.strip_prefix(' ').unwrap_or("");
    if next.starts_with(|c: char| c.is_ascii_uppercase()) && !next.starts_with("Day") {
        return;
    }
    let name = name.as_str().to_ascii_lowercase();
    let on = |year: i16| holiday_date(&name, year);
    if let Some(year) = parse::<i16>(caps, "year").filter(|y| year_ok(i32::from(*y))) {
        if let Some(date) = on(year) {
            push_abs(
                out,
                span,
                PartialDate::day(date),
                false,
                is_forward(text, caps, span.start),
            );
        }
        return;
    }
    let Some(reference) = reference else { return };
    let modifier = caps
        .name("mod")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let year = reference.year();
    let around = [year - 1, year, year + 1].map(on);
    let date = match modifier.as_str() {
        "this" => on(year),
        "last" | "previous" => around
            .iter()
            .flatten()
            .filter(|d| **d < reference)
            .max()
            .copied(),
        "next" | "following" => around
            .iter()
            .flatten()
            .filter(|d| **d > reference)
            .min()
            .copied(),
        _ if future_before(text, span.start) => around
            .iter()
            .flatten()
            .filter(|d| **d >= reference)
            .min()
            .copied(),
        _ => around
            .iter()
            .flatten()
            .min_by_key(|d| d.since(reference).map_or(i32::MAX, |s| s.get_days().abs()))
            .copied(),
    };
    if let Some(date) = date {
        push_abs(out, span, PartialDate::day(date), false, false);
    }
}

/// The date of a holiday named in [`HOLIDAY`] in `year`.
fn holiday_date(name: &str, year: i16) -> Option<Date> {
    let fixed = |m: i8, d: i8| Date::new(year, m, d).ok();
    let squeezed: String = name.chars().filter(char::is_ascii_alphabetic).collect();
    if squeezed.starts_with("christmaseve") {
        fixed(12, 24)
    } else if squeezed.starts_with("christmas") || squeezed == "xmas" {
        fixed(12, 25)
    } else if squeezed.starts_with("newyear") {
        if squeezed.ends_with("eve") {
            fixed(12, 31)
        } else {
            fixed(1, 1)
        }
    } else if squeezed.starts_with("easter") {
        let easter = easter_sunday(year)?;
        let shift: i64 = if squeezed.ends_with("monday") { 1 } else { 0 };
        easter.checked_add(shift.days()).ok()
    } else if squeezed.contains("patrick") {
        fixed(3, 17)
    } else if squeezed == "earthday" {
        fixed(4, 22)
    } else if squeezed == "blackfriday" {
        nth_weekday(year, 11, Weekday::Thursday, "fourth")?
            .checked_add(1.day())
            .ok()
    } else if squeezed.ends_with("workersday") {
        fixed(5, 1)
    } else if squeezed.starts_with("valentine") {
        fixed(2, 14)
    } else if squeezed == "halloween" {
        fixed(10, 31)
    } else if squeezed == "boxingday" {
        fixed(12, 26)
    } else if squeezed == "juneteenth" {
        fixed(6, 19)
    } else {
        None
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// Gregorian computus).
fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// One match of [`MONTH_DAY`] or [`DAY_MONTH`].
fn day_month_year(
    text: &str,
    caps: &Captures<'_>,
    reference: Option<Date>,
    lean: Lean,
    out: &mut Vec<Cand>,
) {
    let Some(mon) = caps.name("mon") else { return };
    let year: Option<i16> = parse::<i16>(caps, "year")
        .or_else(|| parse::<i16>(caps, "yy").map(expand_year))
        .or_else(|| parse::<i16>(caps, "yo").map(expand_year))
        .or_else(|| caps.name("yw").and_then(|w| year_words(w.as_str())));
    if !month_word_ok(mon.as_str(), true, year.is_some()) {
        return;
    }
    let (Some(month), Some(day)) = (month_number(mon.as_str()), day_number(caps)) else {
        return;
    };
    let mut day_end = caps
        .name("day")
        .or_else(|| caps.name("dayw"))
        .map_or(0, |m| m.end());
    let suffixed = caps.name("day").is_some()
        && text.get(day_end..day_end + 2).is_some_and(|t| {
            ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| t.eq_ignore_ascii_case(s))
        });
    if suffixed {
        day_end += 2;
    }
    // A comma between month and day ("October, 1st") needs an ordinal
    // figure: "in October, 12 people" is a count.
    let comma = text
        .get(mon.end()..day_end)
        .is_some_and(|between| between.contains(','));
    if comma && !suffixed {
        return;
    }
    let mut span = span_of(caps);
    // "$12 December 27": an amount, not a day.
    if text
        .get(..span.start)
        .is_some_and(|t| t.trim_end().ends_with(['$', '€', '£', '¥']))
    {
        return;
    }
    let rest = text.get(span.end..).unwrap_or("");
    // An ordinal word after a month must end the phrase ("March first",
    // not "May first-quarter results").
    if caps.name("dayw").is_some() && year.is_none() {
        let next = rest.chars().next();
        if next.is_some_and(|c| c.is_alphanumeric() || c == '-' || (c == ' ' && !ends_phrase(rest)))
        {
            return;
        }
    }
    // A period after an abbreviated month that ends the expression may be
    // the sentence's: leave it out.
    if year.is_none()
        && text
            .get(span.start..span.end)
            .is_some_and(|s| s.ends_with('.'))
    {
        span.end -= 1;
    }
    let rest = text.get(span.end..).unwrap_or("");
    // A digit or a decimal part right after the day: part of a figure.
    if year.is_none()
        && (rest.starts_with(|c: char| c.is_ascii_digit()) || starts_with_number(rest))
    {
        return;
    }
    // "14th April 15": a two-digit year after an ordinal day and its month,
    // when it ends the phrase ("14th April 15 people" is a count).
    let day_first = caps.name("day").is_some_and(|d| d.start() < mon.start());
    let year = match year {
        None if suffixed && day_first => match loose::two_digit_year(rest) {
            Some((yy, len)) => {
                span.end += len;
                Some(expand_year(yy))
            }
            None => None,
        },
        y => y,
    };
    let rest = text.get(span.end..).unwrap_or("");
    let mut weekday = caps.name("wd").and_then(|w| weekday_of(w.as_str()));
    if weekday.is_none() && year.is_none() {
        // A weekday after the date: "Jul 18, Fri".
        if let Some(after) = TRAILING_WEEKDAY.captures(rest) {
            let next = rest
                .get(after.get(0).map_or(0, |m| m.end())..)
                .unwrap_or("");
            if !next
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
            {
                weekday = after.name("wd").and_then(|w| weekday_of(w.as_str()));
                span.end += after.get(0).map_or(0, |m| m.end());
            }
        }
    }
    let forward = is_forward(text, caps, span.start);
    // "next 6th of April" is the coming one, whatever the tense.
    let lean = match loose::which_before(text, span.start) {
        Some(loose::Which::Next) if year.is_none() => Lean::Future,
        _ => lean_at(text, span.start, lean),
    };
    let resolve = |day: i8, weekday: Option<Weekday>| match year {
        Some(y) if year_ok(i32::from(y)) => day_date(y, month, day),
        Some(_) => None,
        None => reference.and_then(|r| month_day_near(month, day, weekday, r, lean)),
    };
    // Two days of one month ("18 and 19 June"): one expression each.
    if let Some(second) = caps.name("day2") {
        let d2 = second.as_str().parse::<i8>().ok();
        if let (Some(first), Some(d2)) = (resolve(day, weekday), d2.and_then(|d| resolve(d, None)))
        {
            push_abs(
                out,
                Span::new(span.start, day_end),
                first,
                year.is_some(),
                forward,
            );
            push_abs(
                out,
                Span::new(second.start(), span.end),
                d2,
                year.is_some(),
                forward,
            );
        }
        return;
    }
    if let Some(date) = resolve(day, weekday) {
        push_abs(out, span, date, year.is_some(), forward);
    }
}

/// A full month name at `start..end`, when no other pattern took it ("the
/// February report", "sales in the quarter to February") or with "after
/// next" ("March after next"). A month written alone is read only when
/// nothing else could be meant: capitalised (not in capitals), not "May",
/// "March", "April", "June" or "August", and not inside a name, so neither
/// word around it is capitalised ("January Jones", "Black September", "the
/// October Revolution") but for a small word opening a sentence. "March
/// after next" leaves no doubt.
fn bare_month(
    text: &str,
    start: usize,
    end: usize,
    reference: Date,
    lean: Lean,
    out: &mut Vec<Cand>,
) {
    let Some(word) = text.get(start..end) else {
        return;
    };
    let Some(month) = month_number(word) else {
        return;
    };
    let after = text.get(end..).unwrap_or("");
    let after_next = after.len() - after.trim_start_matches(' ').len();
    let after_next = after
        .get(after_next..after_next + 10)
        .filter(|w| w.eq_ignore_ascii_case("after next"))
        .map(|_| end + after_next + 10)
        .filter(|&e| {
            !text
                .get(e..)
                .unwrap_or("")
                .starts_with(char::is_alphanumeric)
        });
    if let Some(stop) = after_next {
        let span = Span::new(start, stop);
        let next = month_near(month, reference, Lean::Future, true);
        let date = PartialDate {
            year: next.year.saturating_add(1),
            ..next
        };
        push_abs(out, span, date, false, false);
        return;
    }
    let span = Span::new(start, end);
    let title_case = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase());
    // "May" and "March" are a verb and a noun first; "April", "June" and
    // "August" are given names as often ("April says her husband…").
    if !title_case || matches!(word, "May" | "March" | "April" | "June" | "August") {
        return;
    }
    let before = text.get(..span.start).unwrap_or("");
    let previous = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let next = after.strip_prefix([' ', '\u{a0}']).unwrap_or("");
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // A number after it is a day the other patterns refused ("February
    // 30", "January first 12"), not a month alone.
    let next_word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // A capitalised word before it is part of a name, unless it is a small
    // word capitalised at the start of a sentence ("The February report").
    let small = matches!(
        previous.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "in"
            | "by"
            | "of"
            | "on"
            | "for"
            | "from"
            | "since"
            | "until"
            | "to"
            | "and"
            | "but"
            | "last"
            | "next"
            | "this"
            | "that"
            | "early"
            | "late"
            | "through"
            | "during"
            | "before"
            | "after"
            | "each"
            | "every"
            | "as"
    );
    if (capital(previous) && !small)
        || capital(next)
        || next.starts_with(|c: char| c.is_ascii_digit())
        || small_number(next_word).is_some()
        || before.ends_with(|c: char| c.is_alphanumeric() || "-/".contains(c))
        || after.starts_with(|c: char| c.is_alphanumeric() || "-/".contains(c))
    {
        return;
    }
    let date = month_near(month, reference, lean_at(text, span.start, lean), false);
    push_abs(out, span, date, false, false);
}

/// Whether the phrase ends before `rest`: punctuation, the end, or a word
/// that opens another phrase ("at", "with", …).
fn phrase_ends(rest: &str) -> bool {
    if ends_phrase(rest) {
        return true;
    }
    let word = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "at" | "with" | "and" | "or" | "in" | "to" | "for" | "from" | "until" | "when"
    )
}

/// Whether what follows a word ends the phrase: punctuation or the end.
fn ends_phrase(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    trimmed.is_empty() || trimmed.starts_with([',', '.', ';', ':', '!', '?', ')'])
}

/// Dates written in figures: day-month-year, month-day, month-year.
fn numeric(sc: &Scanner<'_>, reference: Option<Date>, lean: Lean, out: &mut Vec<Cand>) {
    let (text, zones) = (sc.text, &sc.zones);
    let numeric = sc.caps(&NUMERIC, &zones.digit);
    let order = numeric_order(sc, &numeric);
    for caps in numeric.iter() {
        let Some(a) = parse::<i8>(caps, "a") else {
            continue;
        };
        let b = ["b1", "b2", "b3"].iter().find_map(|g| parse::<i8>(caps, g));
        let Some(b) = b else {
            continue;
        };
        let Some(y) = caps.name("y").or_else(|| caps.name("y4")) else {
            continue;
        };
        let Ok(mut year) = y.as_str().parse::<i16>() else {
            continue;
        };
        if y.as_str().len() == 2 {
            year = expand_year(year);
        }
        let span = span_of(caps);
        // With a year the figures are surely a date; when both orders are
        // dates the text's own convention decides, and the date is not
        // used to infer the publication date.
        let (parts, sure) = match unambiguous(a, b) {
            Some(p) => (p, true),
            None if (1..=12).contains(&a) && (1..=12).contains(&b) => {
                let dotted = caps.name("b2").is_some()
                    && text
                        .get(span.start..span.end)
                        .is_some_and(|t| t.contains('.'));
                match order {
                    Order::DayFirst => ((b, a), false),
                    Order::MonthFirst => ((a, b), false),
                    Order::Unknown if dotted => ((b, a), false),
                    Order::Unknown => ((a, b), false),
                }
            }
            None => continue,
        };
        if let Some(date) = day_date(year, parts.0, parts.1) {
            push_abs(out, span, date, sure, future_before(text, span.start));
        }
    }
    for caps in sc.caps(&NUMERIC_MY, &zones.digit).iter() {
        let span = span_of(caps);
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        // Part of a longer numeric date or range: not a month.
        if before.ends_with(['/', '-', '.'])
            || after.starts_with(['/', '-'])
            || after.starts_with(".") && starts_with_number(after)
        {
            continue;
        }
        let (year, month) = match (parse::<i16>(caps, "y1"), parse::<i16>(caps, "y2")) {
            (Some(y), _) => {
                let m = caps.name("m1").map_or("", |m| m.as_str());
                // "2011-12" is more often a span of years than a month.
                let Ok(month) = m.parse::<i16>() else {
                    continue;
                };
                if m.len() == 2 && month == (y + 1) % 100 {
                    continue;
                }
                (y, month)
            }
            (None, Some(y)) => (y, parse::<i16>(caps, "m2").unwrap_or(0)),
            _ => continue,
        };
        if (1..=12).contains(&month) && (1900..=2100).contains(&year) {
            let date = PartialDate {
                year,
                month: Some(month as i8),
                day: None,
            };
            push_abs(out, span, date, false, false);
        }
    }
    let Some(reference) = reference else { return };
    for caps in sc.caps(&NUMERIC_MD, &zones.digit).iter() {
        let span = span_of(caps);
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        if before.ends_with(|c: char| c.is_ascii_digit() || "/-.,$".contains(c))
            || after.starts_with(|c: char| c.is_ascii_digit() || "/-%".contains(c))
            || (after.starts_with(['.', ',']) && starts_with_number(after))
        {
            continue;
        }
        let sep = caps.name("sep").map_or("/", |s| s.as_str());
        let weekday = caps.name("wd").and_then(|w| weekday_of(w.as_str()));
        // A dash or a dot reads as a range, a score or a decimal unless
        // "on" or a weekday introduces it ("Friday 3-2" may still be a
        // score, so a dash needs "on"); a dot then also ends the phrase
        // ("on Friday 7.6 with", not "Friday 7.6 magnitude").
        let introduced = caps.name("prep").is_some() || (weekday.is_some() && sep == ".");
        if sep != "/" && !introduced {
            continue;
        }
        if sep == "." && !phrase_ends(after) {
            continue;
        }
        let (Some(a), Some(b)) = (parse::<i8>(caps, "a"), parse::<i8>(caps, "b")) else {
            continue;
        };
        // Round-the-clock service and the 2001 attacks are names.
        if (a, b) == (24, 7) || (a, b) == (9, 11) {
            continue;
        }
        // "this 5/12", "next 5/12": a date, if nothing follows in the
        // phrase ("this 2/3 majority" is a fraction).
        let which = match weekday {
            None if sep == "/" && phrase_ends(after) => loose::which_before(text, span.start),
            _ => None,
        };
        // When both orders are dates, only a weekday (or "this", "next")
        // before the figures shows they are a date at all; the text's
        // convention (month first without evidence) orders them.
        let parts = match unambiguous(a, b).filter(|_| a != b) {
            Some(p) => p,
            None if (weekday.is_some() || which.is_some())
                && a != b
                && (1..=12).contains(&a)
                && (1..=12).contains(&b) =>
            {
                if order == Order::DayFirst {
                    (b, a)
                } else {
                    (a, b)
                }
            }
            None => continue,
        };
        let lean = match which {
            Some(loose::Which::Next) => Lean::Future,
            _ => lean_at(text, span.start, lean),
        };
        if let Some(date) = month_day_near(parts.0, parts.1, weekday, reference, lean) {
            push_abs(out, span, date, false, false);
        }
    }
}

/// The order of day and month a text writes dates in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    DayFirst,
    MonthFirst,
    Unknown,
}

/// The text's convention for dates in figures: its dates in figures whose
/// order is plain (a first part above 12 is a day: "18/11/2016"), else its
/// dates in words ("18 November" against "November 18"). A text with no
/// evidence is `Unknown`; the caller then reads slashes and dashes month
/// first, as English-language news mostly does (and both reference
/// systems of the benchmark), and dots day first, as in the European
/// "3.7.2017".
fn numeric_order(sc: &Scanner<'_>, numeric: &[Captures<'_>]) -> Order {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for caps in numeric {
        let a = parse::<i8>(caps, "a").unwrap_or(0);
        let b = ["b1", "b2", "b3"]
            .iter()
            .find_map(|g| parse::<i8>(caps, g))
            .unwrap_or(0);
        day_first += usize::from(a > 12 && (1..=12).contains(&b));
        month_first += usize::from(b > 12 && (1..=12).contains(&a));
    }
    if day_first == 0 && month_first == 0 {
        day_first = sc.caps(&DAY_MONTH, &sc.zones.month).len();
        month_first = sc.caps(&MONTH_DAY, &sc.zones.month).len();
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Order::DayFirst,
        std::cmp::Ordering::Less => Order::MonthFirst,
        std::cmp::Ordering::Equal => Order::Unknown,
    }
}

/// Month and day from two numbers when only one order is a date: month
/// first when the second is above 12, day first when the first is, either
/// when they are equal.
fn unambiguous(a: i8, b: i8) -> Option<(i8, i8)> {
    if !(1..=31).contains(&a) || !(1..=31).contains(&b) {
        return None;
    }
    if a == b || (b > 12 && a <= 12) {
        Some((a, b))
    } else if a > 12 && b <= 12 {
        Some((b, a))
    } else {
        None
    }
}

/// One match of [`WEEKDAY_NTH`]: the nearest date in the lean's direction
/// whose day of the month is the one written and which falls on the weekday.
fn weekday_nth(text: &str, caps: &Captures<'_>, reference: Date, lean: Lean, out: &mut Vec<Cand>) {
    let whole = caps.get(0).expect("group 0 always matches").as_str();
    let suffixed = whole.ends_with(['t', 'd', 'h', 'T', 'D', 'H']);
    // "Monday 12 people", "Monday twelve people": a bare number needs "the",
    // an ordinal form, or to end the phrase in figures ("on Sunday 31!").
    let end = caps.get(0).map_or(0, |m| m.end());
    let rest = text.get(end..).unwrap_or("");
    // (A colon starts a time: "Sunday 4:39 p.m.")
    let ends = caps.name("day").is_some()
        && ends_phrase(rest)
        && !starts_with_number(rest)
        && !rest.trim_start().starts_with(':');
    if caps.name("the").is_none() && !suffixed && !ends {
        return;
    }
    let (Some(wd), Some(day)) = (
        caps.name("wd").and_then(|w| weekday_of(w.as_str())),
        day_number(caps),
    ) else {
        return;
    };
    let span = span_of(caps);
    let lean = lean_at(text, span.start, lean);
    let first = Date::new(reference.year(), reference.month(), 1).ok();
    let candidates = (-14i64..=14).filter_map(|k| {
        let month = first?.checked_add(k.months()).ok()?;
        Date::new(month.year(), month.month(), day).ok()
    });
    let best = candidates
        .filter(|d| d.weekday() == wd)
        .filter(|d| match lean {
            Lean::Past => *d <= reference,
            Lean::Future => *d >= reference,
        })
        .min_by_key(|d| d.since(reference).map_or(i32::MAX, |s| s.get_days().abs()));
    if let Some(date) = best {
        push_abs(out, span, PartialDate::day(date), false, false);
    }
}

/// Whether the text after a year shows it is a count ("2000 people", "2000%").
fn is_figure_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with('%') || starts_with_number(rest) {
        return true;
    }
    // "in 2014 BC" is no year of the calendar the timeline uses.
    let era: String = rest
        .trim_start()
        .chars()
        .take(5)
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if era.starts_with("BC") || era.starts_with("bc") {
        return true;
    }
    // Part of a date or range in figures ("2014/10", "2011-12").
    let mut chars = rest.chars();
    if matches!(chars.next(), Some('/' | '-')) && chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    COUNTED.contains(&word.as_str())
}

/// Whether `rest` starts with a separator and a digit (",000", ".5").
fn starts_with_number(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some(',' | '.')) && chars.next().is_some_and(|c| c.is_ascii_digit())
}

fn relative(sc: &Scanner<'_>, reference: Date, lean: Lean, out: &mut Vec<Cand>) {
    let (text, zones) = (sc.text, &sc.zones);
    let mut named_month = Vec::new();
    let mut push = |span: Span, date: Option<PartialDate>| {
        if let Some(date) = date {
            out.push(Cand {
                found: Found {
                    span,
                    date,
                    full: false,
                    forward: false,
                },
                absolute: false,
            });
        }
    };
    let shift = |days: i64| {
        reference
            .checked_add(days.days())
            .ok()
            .map(PartialDate::day)
    };
    let step_of = |word: &str| -> i64 {
        match word.to_ascii_lowercase().as_str() {
            "last" | "previous" => -1,
            "next" | "coming" | "upcoming" | "following" => 1,
            _ => 0,
        }
    };
    for caps in sc.caps(&WEEKDAY, &zones.weekday).iter() {
        let Some(wd) = caps.name("wd").and_then(|w| weekday_of(w.as_str())) else {
            continue;
        };
        let span = span_of(caps);
        if caps.name("wd").is_some_and(|w| {
            is_weekday_name(text, w.start(), w.end()) || loose::qualified_weekday(text, w.start())
        }) {
            continue;
        }
        let modifier = caps
            .name("mod")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        // "last Friday" is the Friday of last week, "next Friday" that of
        // next week; "this coming Friday" is simply the next one.
        let date = match modifier.as_str() {
            _ if caps.name("after").is_some() => weekday_of_week(wd, reference, 1),
            "last" | "previous" => weekday_of_week(wd, reference, -1),
            m if m.ends_with("past") => weekday_near(wd, reference, Lean::Past, true),
            "next" => weekday_of_week(wd, reference, 1),
            m if m.ends_with("coming") => weekday_near(wd, reference, Lean::Future, true),
            _ => match lean_at(text, span.start, lean) {
                Lean::Past => weekday_near(wd, reference, Lean::Past, false),
                // A plan told in the past tense ("was set to … on
                // Wednesday") may fall on the day of the report itself.
                Lean::Future => weekday_near(
                    wd,
                    reference,
                    Lean::Future,
                    !past_plan_before(text, span.start),
                ),
            },
        };
        push(span, date.map(PartialDate::day));
    }
    let counted: Vec<_> = zones
        .weekday
        .iter()
        .copied()
        .filter(|&(s, e)| {
            let line = text.get(s..e).unwrap_or("");
            ["ago", "back", "later", "hence", "from"]
                .iter()
                .any(|w| line.contains(w))
        })
        .collect();
    for caps in sc.caps(&WEEKDAYS_COUNT, &counted).iter() {
        let (Some(wd), Some(n)) = (
            caps.name("wd").and_then(|w| weekday_of(w.as_str())),
            caps.name("n").and_then(|n| count(n.as_str())),
        ) else {
            continue;
        };
        let back = caps.name("dir").is_some_and(|d| {
            let d = d.as_str().to_ascii_lowercase();
            d == "ago" || d == "back"
        });
        // "three Fridays from now" is the third Friday after today.
        let date = if back {
            weekday_near(wd, reference, Lean::Past, true)
                .and_then(|d| d.checked_sub((7 * (n - 1)).days()).ok())
        } else {
            weekday_near(wd, reference, Lean::Future, true)
                .and_then(|d| d.checked_add((7 * (n - 1)).days()).ok())
        };
        push(span_of(caps), date.map(PartialDate::day));
    }
    for caps in sc.caps(&WEEKDAY_ABBR_ALONE, &zones.weekday).iter() {
        let Some(wd) = caps.name("wd").and_then(|w| weekday_of(w.as_str())) else {
            continue;
        };
        let span = span_of(caps);
        // "Mon State", "Fri 12": a name, or a date the absolute patterns read.
        let rest = text.get(span.end..).unwrap_or("");
        let next = rest.trim_start_matches([' ', ',']);
        if next.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        let date = match lean_at(text, span.start, lean) {
            Lean::Past => weekday_near(wd, reference, Lean::Past, false),
            Lean::Future => weekday_near(wd, reference, Lean::Future, true),
        };
        // A trailing period may be the sentence's.
        let span = match text.get(span.start..span.end) {
            Some(t) if t.ends_with('.') => Span::new(span.start, span.end - 1),
            _ => span,
        };
        push(span, date.map(PartialDate::day));
    }
    for caps in sc.caps(&NTH_WEEKDAY, &zones.weekday).iter() {
        let span = span_of(caps);
        let month = match (caps.name("mon"), parse::<i16>(caps, "year")) {
            (Some(m), Some(y)) => month_number(m.as_str()).map(|m| (y, m)),
            (Some(m), None) if month_word_ok(m.as_str(), true, false) => month_number(m.as_str())
                .map(|m| {
                    let p = month_near(m, reference, lean_at(text, span.start, lean), false);
                    (p.year, m)
                }),
            (Some(_), None) => None,
            (None, _) => {
                let step = step_of(caps.name("rel").map_or("", |m| m.as_str()));
                reference
                    .checked_add(step.months())
                    .ok()
                    .map(|d| (d.year(), d.month()))
            }
        };
        let wd = caps.name("wd").and_then(|w| weekday_of(w.as_str()));
        let nth = caps
            .name("nth")
            .map(|n| n.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        // A weekday of a named month is as absolute as the month itself.
        let date = match (month, wd) {
            (Some((year, month)), Some(wd)) => nth_weekday(year, month, wd, &nth),
            _ => None,
        };
        if let Some(date) = date {
            named_month.push(Cand {
                found: Found {
                    span,
                    date: PartialDate::day(date),
                    full: false,
                    forward: false,
                },
                absolute: true,
            });
        }
    }
    // "the 31st of this month" in a month of 30 days: no date at all, not
    // the month.
    let mut no_such_day = Vec::new();
    for caps in sc.caps(&DAY_OF_MONTH, &zones.unit).iter() {
        let step = step_of(caps.name("rel").map_or("", |m| m.as_str()));
        let Some(day) = parse::<i8>(caps, "day") else {
            continue;
        };
        let date = reference
            .checked_add(step.months())
            .ok()
            .and_then(|d| day_date(d.year(), d.month(), day));
        if date.is_none() {
            no_such_day.push(span_of(caps));
        }
        push(span_of(caps), date);
    }
    for caps in sc.caps(&WEEK_DAY, &zones.weekday).iter() {
        let wd = caps
            .name("wd1")
            .or_else(|| caps.name("wd2"))
            .and_then(|w| weekday_of(w.as_str()));
        let modifier = caps
            .name("m1")
            .or_else(|| caps.name("m2"))
            .map_or("", |m| m.as_str());
        let Some(wd) = wd else { continue };
        let date = weekday_of_week(wd, reference, step_of(modifier));
        push(span_of(caps), date.map(PartialDate::day));
    }
    for caps in sc.caps(&DAY_WORD, &zones.day_word).iter() {
        let word = caps
            .name("w")
            .map(|w| w.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let days = if word.contains("before") {
            -2
        } else if word.contains("after") {
            2
        } else if word == "yesterday" || word.starts_with("last") {
            -1
        } else if word == "tomorrow" || word == "tmrw" {
            1
        } else {
            0
        };
        push(span_of(caps), shift(days));
    }
    for caps in sc.caps(&UNIT, &zones.unit).iter() {
        let span = span_of(caps);
        if no_such_day
            .iter()
            .any(|s| s.start < span.end && span.start < s.end)
        {
            continue;
        }
        if caps.name("wkend").is_some() {
            push(span, weekend(reference, lean_at(text, span.start, lean)));
            continue;
        }
        // "the year after next" is two years on.
        let step = match caps.name("unit3") {
            Some(_) => 2,
            None => step_of(caps.name("mod").map_or("", |m| m.as_str())),
        };
        let unit = caps
            .name("unit")
            .or_else(|| caps.name("unit2"))
            .or_else(|| caps.name("unit3"))
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let date = match unit.as_str() {
            "week" => reference
                .checked_add((7 * step).days())
                .ok()
                .map(|d| month_of(monday_of(d))),
            "weekend" => match step {
                0 => weekend(reference, lean_at(text, span.start, lean)),
                s if s < 0 => weekend(reference, Lean::Past),
                _ => weekend(reference, Lean::Future),
            },
            "month" => reference.checked_add(step.months()).ok().map(month_of),
            _ => Some(PartialDate {
                year: reference.year().saturating_add(step as i16),
                month: None,
                day: None,
            }),
        };
        push(span, date);
    }
    for caps in sc.caps(&IN_UNITS, &zones.unit).iter() {
        let span = span_of(caps);
        let upcoming = !caps
            .name("pre")
            .is_some_and(|p| p.as_str().eq_ignore_ascii_case("in"));
        // "in three weeks' time" is an offset in any tense; "schedule a
        // meeting in 10 days" is a plan.
        let offset = upcoming
            || caps.name("time").is_some()
            || loose::imperative_plan_before(text, span.start);
        if !offset && lean_at(text, span.start, lean) != Lean::Future {
            continue;
        }
        let n = caps.name("n").or_else(|| caps.name("n2"));
        let Some(n) = n.and_then(|m| count(m.as_str())) else {
            continue;
        };
        let unit = caps
            .name("unit")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        push(span, offset_date(reference, n, &unit));
    }
    for caps in sc.caps(&AGO, &zones.unit).iter() {
        // "for the last 3 months and 2 days ago": the first count is a
        // duration of its own; start from the next one.
        let next;
        let caps = match (caps.name("more"), caps.name("unit")) {
            (Some(more), Some(unit)) if ends_with_span_word(text, span_of(caps).start) => {
                match AGO.captures_at(text, unit.end()) {
                    Some(found) if span_of(&found).start >= more.start() => {
                        next = found;
                        &next
                    }
                    _ => continue,
                }
            }
            _ => caps,
        };
        let Some(n) = caps.name("n").and_then(|m| count(m.as_str())) else {
            continue;
        };
        let unit = caps
            .name("unit")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let ago = caps
            .name("dir")
            .is_some_and(|d| d.as_str().eq_ignore_ascii_case("ago"));
        let n = if ago { -n } else { n };
        let date = match caps.name("more") {
            Some(_) => compound_offset(caps.get(0).map_or("", |m| m.as_str()), reference, ago),
            None => offset_date(reference, n, &unit),
        };
        push(span_of(caps), date);
    }
    out.extend(named_month);
}

/// Whether the weekday at `start..end` is part of a name rather than a day:
/// a feast or an event ("Good Friday", "Super Tuesday", "Bloody Sunday") or
/// a newspaper ("The Sunday Times").
fn is_weekday_name(text: &str, start: usize, end: usize) -> bool {
    const BEFORE: [&str; 10] = [
        "Good", "Black", "Super", "Cyber", "Ash", "Easter", "Palm", "Holy", "Bloody", "Maundy",
    ];
    const AFTER: [&str; 10] = [
        "Times",
        "Telegraph",
        "Express",
        "Mirror",
        "Herald",
        "Post",
        "Independent",
        "Mail",
        "Tribune",
        "Night Football",
    ];
    let before = text.get(..start).unwrap_or("").trim_end();
    let previous = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let after = text.get(end..).unwrap_or("").trim_start();
    BEFORE.contains(&previous) || AFTER.iter().any(|a| after.starts_with(a))
}

/// The `nth` ("first" … "fifth", "1st" … "5th", "last") `wd` of a month.
fn nth_weekday(year: i16, month: i8, wd: Weekday, nth: &str) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    if nth == "last" {
        let last = first.last_of_month();
        let back = (i64::from(last.weekday().to_monday_zero_offset())
            - i64::from(wd.to_monday_zero_offset()))
        .rem_euclid(7);
        return last.checked_sub(back.days()).ok();
    }
    let n: i64 = match nth.get(..3)? {
        "fir" | "1st" => 1,
        "sec" | "2nd" => 2,
        "thi" | "3rd" => 3,
        "fou" | "4th" => 4,
        _ => 5,
    };
    let ahead = (i64::from(wd.to_monday_zero_offset())
        - i64::from(first.weekday().to_monday_zero_offset()))
    .rem_euclid(7);
    let date = first.checked_add((ahead + 7 * (n - 1)).days()).ok()?;
    (date.month() == month).then_some(date)
}

/// The reference moved by `n` units: days and weeks to the day, months to
/// the month, years to the year (the precision such counts carry in news).
fn offset_date(reference: Date, n: i64, unit: &str) -> Option<PartialDate> {
    match unit {
        "day" => reference.checked_add(n.days()).ok().map(PartialDate::day),
        "week" => reference
            .checked_add((7 * n).days())
            .ok()
            .map(PartialDate::day),
        "fortnight" => reference
            .checked_add((14 * n).days())
            .ok()
            .map(PartialDate::day),
        "month" => reference.checked_add(n.months()).ok().map(month_of),
        _ => reference.checked_add(n.years()).ok().map(|d| PartialDate {
            year: d.year(),
            month: None,
            day: None,
        }),
    }
}

/// Whether the word before `start` makes a count a duration ("the last 3
/// months", "for 2 years", "over three weeks").
fn ends_with_span_word(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "last" | "past" | "next" | "first" | "the" | "for" | "over" | "in" | "within"
    )
}

/// The reference moved by every count and unit in `phrase` ("2 years 1
/// month 21 days"), at the precision of the finest unit named.
fn compound_offset(phrase: &str, reference: Date, back: bool) -> Option<PartialDate> {
    let sign = if back { -1 } else { 1 };
    let mut span = jiff::Span::new();
    let mut finest = 3;
    for caps in COUNT_UNIT.captures_iter(phrase) {
        let n = sign * caps.name("n").and_then(|m| count(m.as_str()))?;
        let unit = caps.name("unit")?.as_str().to_ascii_lowercase();
        let (next, rank) = match unit.as_str() {
            "day" => (span.try_days(span.get_days() as i64 + n), 0),
            "week" => (span.try_weeks(span.get_weeks() as i64 + n), 0),
            "month" => (span.try_months(span.get_months() as i64 + n), 1),
            _ => (span.try_years(span.get_years() as i64 + n), 2),
        };
        span = next.ok()?;
        finest = finest.min(rank);
    }
    let date = reference.checked_add(span).ok()?;
    Some(match finest {
        0 => PartialDate::day(date),
        1 => month_of(date),
        _ => PartialDate {
            year: date.year(),
            month: None,
            day: None,
        },
    })
}

fn count(word: &str) -> Option<i64> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let lower = word.to_ascii_lowercase();
    if lower == "a" || lower == "an" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|w| *w == lower) {
        return Some(i as i64 + 1);
    }
    lower.parse().ok()
}

fn month_of(date: Date) -> PartialDate {
    PartialDate {
        year: date.year(),
        month: Some(date.month()),
        day: None,
    }
}

fn monday_of(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(back.days()).unwrap_or(date)
}

/// The Saturday of the weekend nearest `reference` in direction `lean`
/// (the current weekend counts in either direction).
fn weekend(reference: Date, lean: Lean) -> Option<PartialDate> {
    let date = match (lean, reference.weekday()) {
        (_, Weekday::Sunday) => reference.checked_sub(1.day()).ok(),
        (Lean::Past, _) => weekday_near(Weekday::Saturday, reference, Lean::Past, false),
        (Lean::Future, _) => weekday_near(Weekday::Saturday, reference, Lean::Future, false),
    };
    date.map(PartialDate::day)
}

/// The sentence of `article` that holds `span`, or the line around it when
/// the sentences do not cover it.
fn sentence_of(article: &Article, span: Span) -> Span {
    let sentences = &article.sentences;
    let idx = sentences.partition_point(|s| s.end <= span.start);
    if let Some(s) = sentences.get(idx) {
        if s.start <= span.start {
            return Span::new(s.start, s.end.max(span.end).min(article.text.len()));
        }
    }
    let text = &article.text;
    let start = text
        .get(..span.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(span.end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| span.end + i);
    Span::new(start, end)
}
