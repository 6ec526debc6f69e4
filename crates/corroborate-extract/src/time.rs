//! Date expressions, absolute and relative, resolved against the article's date.
//!
//! A handful of precompiled patterns find the candidates: full dates
//! ("Friday November 18, 2016", "18th of Nov", "12/13/2016"), months with a
//! year or a cue ("November 2016", "since March"), years with a cue ("in
//! 2011", "since 2012"), weekdays ("on Monday", "next Tuesday"), words of
//! the day ("yesterday", "earlier today", "last night"), calendar units
//! ("last week", "this month", "over the weekend") and counts ago ("two days
//! ago"). Absolute candidates win over relative ones where they overlap (so a
//! weekday glued to a full date does not stand alone); then the leftmost
//! longest wins.
//!
//! Resolution leans to the past: news reports what happened, so a weekday is
//! the most recent such day on or before the reference date and a month
//! without a year is the most recent such month. A future cue before the
//! expression in its clause ("will", "is set to", "is due to", …) or a
//! modifier ("next Monday") turns it forward. Choices the requirements left
//! open, so that readers of the timeline know what a date means:
//!
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
//!   noun ("in 2000 people"), so figures and ages are never read as years;
//! - a numeric date ("12/13/2016") is used only when the order of day and
//!   month is unambiguous (one part above 12, or both equal).

use std::sync::LazyLock;

use corroborate_model::{Article, Date, PartialDate, Span, TimeMention};
use jiff::civil::Weekday;
use jiff::ToSpan;
use regex::{Captures, Regex};

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
    scan(&article.text, article.published, Lean::Past)
        .into_iter()
        .map(|found| TimeMention {
            article: article.id,
            expression: found.span,
            sentence: sentence_of(article, found.span),
            date: found.date,
        })
        .collect()
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
    scan(text, None, Lean::Past)
        .into_iter()
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
const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
const MONTHS_FULL: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december|sept";
const PREP: &str = r"(?:(?P<prep>on|in|since|until|till|by|from|during|before|after|as\s+of)\s+)?";
const ORD: &str = r"(?:st|nd|rd|th)?";

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("time pattern compiles")
}

/// "Friday November 18, 2016", "Dec. 12", "on March 3rd 2015".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR})\.?,?\s+(?:the\s+)?)?(?P<mon>{MONTHS})\b\.?\s*(?:the\s+)?(?P<day>[0-3]?\d){ORD}\b(?:,?\s*(?P<year>\d{{4}})\b)?"
    ))
});

/// "18 Nov", "the 18th of November 2016", "Monday, 12 December".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR})\.?,?\s+)?(?:the\s+)?(?P<day>[0-3]?\d){ORD}\s*(?:of\s+)?(?P<mon>{MONTHS})\b\.?(?:,?\s*(?P<year>\d{{4}})\b)?"
    ))
});

/// "November 2016", "in March of 2011".
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?:early|late|mid)-?\s*)?(?P<mon>{MONTHS})\b\.?,?\s+(?:of\s+)?(?P<year>\d{{4}})\b"
    ))
});

/// "2016-12-13", "2016/12/13".
static ISO: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?P<year>\d{4})[-/](?P<mon>\d{1,2})[-/](?P<day>\d{1,2})\b"));

/// "12/13/2016", "13.12.2016", "10/31/74".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<a>\d{1,2})(?:/(?P<b1>\d{1,2})/(?P<y1>\d{4}|\d{2})|[-.](?P<b2>\d{1,2})[-.](?P<y2>\d{4}))\b",
    )
});

/// A month with a cue and no day or year: "since March", "last December".
static MONTH_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<cue>in|since|until|till|by|during|from|through|throughout|before|after|last|this|next|(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid)\s*-?\s*(?:(?:early|late|mid)-?\s*)?(?P<mon>{MONTHS_FULL})\b"
    ))
});

/// A year with a cue: "in 2011", "since 2012", "the end of 2016", "from 2011 to 2013".
static YEAR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<cue>in|since|until|till|during|from|before|after|throughout|through|the\s+year|(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|half|quarter)\s+of|early|late|mid)\s*-?\s*(?P<year>\d{4})\b(?:\s*(?:-|–|to|and|through|until)\s*(?P<year2>\d{4})\b)?",
    )
});

/// "on Monday", "last Friday", "next Tuesday night", "early Wednesday".
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{PREP}(?:(?P<mod>last|next|this\s+coming|coming|this|past|previous)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?(?P<wd>{WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening))?\b"
    ))
});

/// "yesterday", "earlier today", "last night", "the day before yesterday".
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    )
});

/// "last week", "this month", "next year", "over the weekend".
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<mod>last|this|next|previous|coming|current)\s+(?P<unit>week|weekend|month|year)|(?:over|at|on|during)\s+the\s+(?P<wkend>weekend))\b",
    )
});

/// "two days ago", "3 weeks from now".
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|from\s+now|hence)\b",
    )
});

/// Words before an expression, in its clause, that point to the future.
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:will|shall|won't|(?:is|are|am)\s+(?:set|due|scheduled|expected|slated|planned|going|poised)\s+to|plans?\s+to|intends?\s+to)\b|['’]ll\b",
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
    let mut cands = Vec::new();
    absolute(text, reference, lean, &mut cands);
    if let Some(reference) = reference {
        relative(text, reference, lean, &mut cands);
    }
    select(cands)
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
    let mut taken: Vec<Found> = Vec::new();
    for cand in cands {
        let s = cand.found.span;
        let overlaps = taken
            .iter()
            .any(|t| s.start < t.span.end && t.span.start < s.end);
        if !overlaps {
            taken.push(cand.found);
        }
    }
    taken.sort_by_key(|f| f.span.start);
    taken
}

fn span_of(caps: &Captures<'_>) -> Span {
    let whole = caps.get(0).expect("group 0 always matches");
    Span::new(whole.start(), whole.end())
}

fn month_number(word: &str) -> Option<i8> {
    let key = word.get(..3)?.to_ascii_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Month words that are also ordinary words count only when capitalised or
/// when the date around them leaves no doubt: "may" needs a year, "march"
/// a day or a year.
fn month_word_ok(word: &str, has_day: bool, has_year: bool) -> bool {
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true;
    }
    match word.to_ascii_lowercase().as_str() {
        "may" => has_year,
        "march" | "mar" => has_day || has_year,
        _ => true,
    }
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

fn year_ok(year: i32) -> bool {
    (1800..=2200).contains(&year)
}

fn parse<T: std::str::FromStr>(caps: &Captures<'_>, name: &str) -> Option<T> {
    caps.name(name)?.as_str().parse().ok()
}

fn day_date(year: i16, month: i8, day: i8) -> Option<PartialDate> {
    Date::new(year, month, day).ok().map(PartialDate::day)
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
        Some(i) => &window[i + 1..],
        None => window,
    }
}

/// Whether the clause before `start` points to the future.
fn future_before(text: &str, start: usize) -> bool {
    FUTURE_CUE.is_match(clause_before(text, start))
}

/// The direction for an expression at `start` without its own modifier.
fn lean_at(text: &str, start: usize, lean: Lean) -> Lean {
    if future_before(text, start) {
        Lean::Future
    } else {
        lean
    }
}

/// Resolves a month and day without a year against `reference`.
fn month_day_near(month: i8, day: i8, reference: Date, lean: Lean) -> Option<PartialDate> {
    let year = reference.year();
    let here = (month, day);
    let now = (reference.month(), reference.day());
    let year = match lean {
        Lean::Past if here > now => year - 1,
        Lean::Future if here < now => year + 1,
        _ => year,
    };
    day_date(year, month, day)
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

fn absolute(text: &str, reference: Option<Date>, lean: Lean, out: &mut Vec<Cand>) {
    for re in [&*MONTH_DAY, &*DAY_MONTH] {
        for caps in re.captures_iter(text) {
            let Some(mon) = caps.name("mon") else {
                continue;
            };
            let year: Option<i32> = parse(&caps, "year");
            if !month_word_ok(mon.as_str(), true, year.is_some()) {
                continue;
            }
            let (Some(month), Some(day)) = (month_number(mon.as_str()), parse::<i8>(&caps, "day"))
            else {
                continue;
            };
            let mut span = span_of(&caps);
            // A period after an abbreviated month that ends the expression
            // may be the sentence's: leave it out.
            if year.is_none() && text.get(span.start..span.end).is_some_and(|s| s.ends_with('.')) {
                span.end -= 1;
            }
            // A digit or a decimal part right after the day: part of a figure.
            let rest = text.get(span.end..).unwrap_or("");
            if year.is_none()
                && (rest.starts_with(|c: char| c.is_ascii_digit()) || starts_with_number(rest))
            {
                continue;
            }
            let forward = is_forward(text, &caps, span.start);
            let date = match year {
                Some(y) if year_ok(y) => day_date(y as i16, month, day),
                Some(_) => None,
                None => reference
                    .and_then(|r| month_day_near(month, day, r, lean_at(text, span.start, lean))),
            };
            if let Some(date) = date {
                let full = year.is_some();
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
        }
    }
    for caps in MONTH_YEAR.captures_iter(text) {
        let (Some(month), Some(year)) = (
            caps.name("mon").and_then(|m| month_number(m.as_str())),
            parse::<i32>(&caps, "year"),
        ) else {
            continue;
        };
        if !year_ok(year) {
            continue;
        }
        let date = PartialDate {
            year: year as i16,
            month: Some(month),
            day: None,
        };
        out.push(Cand {
            found: Found {
                span: span_of(&caps),
                date,
                full: false,
                forward: false,
            },
            absolute: true,
        });
    }
    for caps in ISO.captures_iter(text) {
        let (Some(y), Some(m), Some(d)) = (
            parse::<i16>(&caps, "year"),
            parse::<i8>(&caps, "mon"),
            parse::<i8>(&caps, "day"),
        ) else {
            continue;
        };
        if let Some(date) = day_date(y, m, d).filter(|_| year_ok(i32::from(y))) {
            let span = span_of(&caps);
            let forward = future_before(text, span.start);
            out.push(Cand {
                found: Found {
                    span,
                    date,
                    full: true,
                    forward,
                },
                absolute: true,
            });
        }
    }
    for caps in NUMERIC.captures_iter(text) {
        let Some(a) = parse::<i8>(&caps, "a") else {
            continue;
        };
        let b = parse::<i8>(&caps, "b1").or_else(|| parse::<i8>(&caps, "b2"));
        let y = caps.name("y1").or_else(|| caps.name("y2"));
        let (Some(b), Some(y)) = (b, y) else { continue };
        let Ok(mut year) = y.as_str().parse::<i16>() else {
            continue;
        };
        if y.as_str().len() == 2 {
            year += if year < 50 { 2000 } else { 1900 };
        }
        // Month first (US) or day first: only when the reading is unique.
        let (month, day) = if a == b || b > 12 {
            (a, b)
        } else if a > 12 {
            (b, a)
        } else {
            continue;
        };
        if let Some(date) = day_date(year, month, day).filter(|_| year_ok(i32::from(year))) {
            let span = span_of(&caps);
            let forward = future_before(text, span.start);
            out.push(Cand {
                found: Found {
                    span,
                    date,
                    full: true,
                    forward,
                },
                absolute: true,
            });
        }
    }
    for caps in YEAR_CUE.captures_iter(text) {
        let Some(year) = parse::<i32>(&caps, "year") else {
            continue;
        };
        let year2: Option<i32> = parse(&caps, "year2");
        if !(1900..=2100).contains(&year) || year2.is_some_and(|y| !(1900..=2100).contains(&y)) {
            continue;
        }
        let span = span_of(&caps);
        if year2.is_none() && is_figure_after(text, span.end) {
            continue;
        }
        let year_match = caps.name("year").expect("matched");
        let first = Span::new(span.start, year_match.end());
        let date = PartialDate {
            year: year as i16,
            month: None,
            day: None,
        };
        out.push(Cand {
            found: Found {
                span: first,
                date,
                full: false,
                forward: false,
            },
            absolute: true,
        });
        if let (Some(y2), Some(m2)) = (year2, caps.name("year2")) {
            let date = PartialDate {
                year: y2 as i16,
                month: None,
                day: None,
            };
            let span = Span::new(m2.start(), m2.end());
            out.push(Cand {
                found: Found {
                    span,
                    date,
                    full: false,
                    forward: false,
                },
                absolute: true,
            });
        }
    }
    if let Some(reference) = reference {
        for caps in MONTH_CUE.captures_iter(text) {
            let Some(mon) = caps.name("mon") else {
                continue;
            };
            if !month_word_ok(mon.as_str(), false, false) {
                continue;
            }
            let Some(month) = month_number(mon.as_str()) else {
                continue;
            };
            let span = span_of(&caps);
            let cue = caps
                .name("cue")
                .map(|c| c.as_str().to_ascii_lowercase())
                .unwrap_or_default();
            let date = match cue.as_str() {
                "last" => month_near(month, reference, Lean::Past, true),
                "next" => month_near(month, reference, Lean::Future, true),
                _ => month_near(month, reference, lean_at(text, span.start, lean), false),
            };
            out.push(Cand {
                found: Found {
                    span,
                    date,
                    full: false,
                    forward: false,
                },
                absolute: true,
            });
        }
    }
}

/// Whether the text after a year shows it is a count ("2000 people", "2000%").
fn is_figure_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with(['%', ',', '.']) && starts_with_number(rest) {
        return true;
    }
    if rest.starts_with('%') {
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

fn relative(text: &str, reference: Date, lean: Lean, out: &mut Vec<Cand>) {
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
    for caps in WEEKDAY.captures_iter(text) {
        let Some(wd) = caps.name("wd").and_then(|w| weekday_of(w.as_str())) else {
            continue;
        };
        let span = span_of(&caps);
        let modifier = caps
            .name("mod")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let date = match modifier.as_str() {
            "last" | "past" | "previous" => weekday_near(wd, reference, Lean::Past, true),
            "next" | "coming" => weekday_near(wd, reference, Lean::Future, true),
            m if m.starts_with("this") && m.ends_with("coming") => {
                weekday_near(wd, reference, Lean::Future, true)
            }
            _ => match lean_at(text, span.start, lean) {
                Lean::Past => weekday_near(wd, reference, Lean::Past, false),
                Lean::Future => weekday_near(wd, reference, Lean::Future, true),
            },
        };
        push(span, date.map(PartialDate::day));
    }
    for caps in DAY_WORD.captures_iter(text) {
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
        } else if word == "tomorrow" {
            1
        } else {
            0
        };
        push(span_of(&caps), shift(days));
    }
    for caps in UNIT.captures_iter(text) {
        let span = span_of(&caps);
        if caps.name("wkend").is_some() {
            let date = weekend(reference, lean_at(text, span.start, lean));
            push(span, date);
            continue;
        }
        let modifier = caps
            .name("mod")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let unit = caps
            .name("unit")
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let step: i64 = match modifier.as_str() {
            "last" | "previous" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
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
    for caps in AGO.captures_iter(text) {
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
        let date = match unit.as_str() {
            "day" => shift(n),
            "week" => shift(7 * n),
            "month" => reference.checked_add(n.months()).ok().map(month_of),
            _ => reference.checked_add(n.years()).ok().map(|d| PartialDate {
                year: d.year(),
                month: None,
                day: None,
            }),
        };
        push(span_of(&caps), date);
    }
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
