//! Date forms that lean on the reference for a month or a week they do not
//! name: "the second Sunday" (of the reference's month), "on following
//! Friday" (of next week), and dates in figures spaced like ISO dates
//! ("2016 10 16"). Each form is read only where news text cannot mean
//! something else: an ordinal weekday must end its phrase ("his first
//! Sunday as pope" is no date), and "the following Friday" is left alone,
//! since it counts from a date of the story we do not track.

use super::{day_date, ends_phrase, nth_weekday, parse, push_abs, re, starts_with_number, year_ok};
use super::{span_of, weekday_of, weekday_of_week, Cand, Found, Scanner, WEEKDAYS};
use corroborate_model::{Date, PartialDate};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// "second Sunday", "the 3rd Tuesday", "second saturday of each month".
static NTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAYS})\b(?P<each>\s+(?:of|in)\s+(?:each|every)\s+month\b)?"
    ))
});

/// "on following Friday", "the following Friday".
static FOLLOWING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<pre>on|the)\s+following\s+(?P<wd>{WEEKDAYS})\b"
    ))
});

/// Whether the weekday name starting at `start` belongs to a form this
/// module reads ("second Sunday", "the following Friday"), so that the
/// plain weekday pattern must not read it as the nearest such day.
pub(super) fn qualified_weekday(text: &str, start: usize) -> bool {
    let (word, from) = word_before(text, start);
    if word.eq_ignore_ascii_case("following") {
        let (pre, _) = word_before(text, from);
        return pre.eq_ignore_ascii_case("on") || pre.eq_ignore_ascii_case("the");
    }
    ORDINALS.iter().any(|o| word.eq_ignore_ascii_case(o))
}

const ORDINALS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th",
];

/// The word right before `start` (after white space only) and where it
/// starts; empty when punctuation or nothing comes first.
fn word_before(text: &str, start: usize) -> (&str, usize) {
    let before = text.get(..start).unwrap_or("");
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return ("", start);
    }
    let from = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (trimmed.get(from..).unwrap_or(""), from)
}

/// A match of the ISO pattern with spaces ("2016 10 16"): a date when the
/// year is one and the day has two figures, outside a longer run of
/// figures ("1 2016 10 16 4" is a table).
pub(super) fn spaced_iso(text: &str, caps: &Captures<'_>, out: &mut Vec<Cand>) {
    let span = span_of(caps);
    let before = text.get(..span.start).unwrap_or("").trim_end_matches(' ');
    let after = text.get(span.end..).unwrap_or("").trim_start_matches(' ');
    if before.ends_with(|c: char| c.is_ascii_digit())
        || after.starts_with(|c: char| c.is_ascii_digit())
        || caps.name("day").is_none_or(|d| d.len() != 2)
    {
        return;
    }
    let (Some(y), Some(m), Some(d)) = (
        parse::<i16>(caps, "year"),
        parse::<i8>(caps, "mons"),
        parse::<i8>(caps, "day"),
    ) else {
        return;
    };
    if let Some(date) = day_date(y, m, d).filter(|_| year_ok(i32::from(y))) {
        // Not `full`: three spaced numbers never infer a publication date.
        push_abs(out, span, date, false, false);
    }
}

/// Relative forms: ordinal weekdays of the reference's month and weekdays
/// of the following week.
pub(super) fn relative(sc: &Scanner<'_>, reference: Date, out: &mut Vec<Cand>) {
    let text = sc.text;
    let mut push = |span, date: Date| {
        out.push(Cand {
            found: Found {
                span,
                date: PartialDate::day(date),
                full: false,
                forward: false,
            },
            absolute: false,
        });
    };
    for caps in sc.caps(&NTH_ALONE, &sc.zones.weekday).iter() {
        let mut span = span_of(caps);
        // "the second Sunday" takes its article into the span.
        let (word, from) = word_before(text, span.start);
        if word.eq_ignore_ascii_case("the") {
            span = corroborate_model::Span::new(from, span.end);
        } else if !bare_ordinal_ok(text, span.start) {
            continue;
        }
        // "the first Sunday of Advent", "the second Tuesday after the
        // vote": counted from something else.
        if caps.name("each").is_none() && !ends_here(text.get(span.end..).unwrap_or("")) {
            continue;
        }
        let (Some(wd), Some(nth)) = (
            caps.name("wd").and_then(|w| weekday_of(w.as_str())),
            caps.name("nth"),
        ) else {
            continue;
        };
        let nth = nth.as_str().to_ascii_lowercase();
        // No fifth Sunday in the month: no date rather than a wrong one.
        if let Some(date) = nth_weekday(reference.year(), reference.month(), wd, &nth) {
            push(span, date);
        }
    }
    let following = super::lines_with(text, &sc.zones.weekday, "following");
    for caps in sc.caps(&FOLLOWING, &following).iter() {
        let the = caps
            .name("pre")
            .is_some_and(|p| p.as_str().eq_ignore_ascii_case("the"));
        // "the following Friday" counts from a date of the story.
        if the {
            continue;
        }
        let Some(wd) = caps.name("wd").and_then(|w| weekday_of(w.as_str())) else {
            continue;
        };
        if let Some(date) = weekday_of_week(wd, reference, 1) {
            push(span_of(caps), date);
        }
    }
}

/// Whether an ordinal weekday without "the" stands alone: not after a
/// possessive or a determiner ("his first Sunday", "a second Friday").
fn bare_ordinal_ok(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    !(word.ends_with("'s")
        || word.ends_with("’s")
        || matches!(
            word.as_str(),
            "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "a"
                | "an"
                | "this"
                | "that"
                | "every"
                | "each"
                | "whose"
        ))
}

/// Whether an ordinal weekday ends its phrase: punctuation, the end, or a
/// word that opens another ("and", "at", "when").
fn ends_here(rest: &str) -> bool {
    if ends_phrase(rest) {
        return true;
    }
    let word = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(word.as_str(), "and" | "or" | "at" | "when")
}

/// Whether the clause before `start` opens with a request to plan
/// ("schedule a meeting in 10 days", "please book a room in two weeks"):
/// a count after it is an offset, not a duration. The verb must take an
/// object ("schedule a", "book me") so that the noun ("Schedule changes")
/// is no request.
pub(super) fn imperative_plan_before(text: &str, start: usize) -> bool {
    static PLAN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:please\s+)?(?:(?:schedule|book|arrange|set\s+up)\s+(?:a|an|the|me|us|my|our|some|another|them|him|her)|remind\s+me)\b",
        )
    });
    PLAN.is_match(super::clause_before(text, start))
}

/// "next" or "this" right before a date without a year ("next 6th of
/// April", "this 5/12"), which show the figures are a date and, for
/// "next", that it is the coming one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Which {
    This,
    Next,
}

/// The [`Which`] word right before `start`, if any.
pub(super) fn which_before(text: &str, start: usize) -> Option<Which> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end();
    // One space or more, but the word must be right there.
    if trimmed.len() == before.len() {
        return None;
    }
    let word = trimmed.rsplit(|c: char| !c.is_alphabetic()).next()?;
    if word.eq_ignore_ascii_case("next") {
        Some(Which::Next)
    } else if word.eq_ignore_ascii_case("this") {
        Some(Which::This)
    } else {
        None
    }
}

/// A two-digit year right after a date (" 15" in "14th April 15"), with
/// the bytes it takes, when one space comes before it and the phrase ends
/// after it.
pub(super) fn two_digit_year(rest: &str) -> Option<(i16, usize)> {
    let digits = rest.strip_prefix(' ')?.get(..2)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let after = rest.get(3..)?;
    if after.starts_with(|c: char| c.is_ascii_digit()) || starts_with_number(after) {
        return None;
    }
    if !ends_phrase(after) {
        return None;
    }
    Some((digits.parse().ok()?, 3))
}
