//! Publication dates as metadata writes them: ISO 8601 stamps
//! ("2016-12-13T10:00:00Z", "2016-12-13") and English calendar dates
//! ("December 13, 2016", "13 Dec. 2016", "Tuesday, December 13, 2016").
//!
//! Only whole strings that are clearly one date parse; anything else is
//! `None`, so a caller never takes a date out of running prose by accident.

use corroborate_model::Date;

/// Parses a metadata date; `None` when it is not clearly one date.
pub(crate) fn parse(raw: &str) -> Option<Date> {
    let s = raw.trim();
    // Metadata dates are short; refusing long strings keeps this cheap.
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    iso(s).or_else(|| english(s))
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…`, ` …`).
fn iso(s: &str) -> Option<Date> {
    let head = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let b = head.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let year: i16 = head.get(..4)?.parse().ok()?;
    let month: i8 = head.get(5..7)?.parse().ok()?;
    let day: i8 = head.get(8..10)?.parse().ok()?;
    // Placeholder stamps ("0001-01-01") are not dates.
    if !(1900..=2200).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()
}

/// "December 13, 2016", "Dec. 13 2016", "13 December 2016", with an optional
/// leading weekday and trailing time ("10:00 AM", "at 10:00 GMT").
fn english(s: &str) -> Option<Date> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut it = words.iter().copied().peekable();
    if it.peek().is_some_and(|w| weekday(w)) {
        it.next();
    }
    let a = it.next()?;
    let b = it.next()?;
    let c = it.next()?;
    let (month, day) = match (month(a), month(b)) {
        (Some(m), _) => (m, day(b)?),
        (None, Some(m)) => (m, day(a)?),
        _ => return None,
    };
    let year: i16 = c.trim_end_matches('.').parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    // What may follow the date: a time of day and a zone, nothing else.
    if !it.all(|w| {
        let w = w.to_ascii_lowercase();
        w == "at"
            || w == "-"
            || w == "|"
            || matches!(w.as_str(), "am" | "pm" | "a.m." | "p.m.")
            || w.chars().all(|c| c.is_ascii_digit() || c == ':')
            || (w.len() <= 5 && w.chars().all(|c| c.is_ascii_alphabetic()))
            || w.starts_with(['+', '-'])
    }) {
        return None;
    }
    Date::new(year, month, day).ok()
}

fn day(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.');
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = w.get(digits.len()..)?;
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w.as_str()) && (w.len() == 3 || w == "sept"))
        })
        .and_then(|i| i8::try_from(i + 1).ok())
}

fn weekday(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .any(|d| *d == w || (w.len() == 3 && d.starts_with(w.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    #[test]
    fn iso_stamps() {
        assert_eq!(parse("2016-12-13T10:00:00Z"), d(2016, 12, 13));
        assert_eq!(parse("2016-12-13"), d(2016, 12, 13));
        assert_eq!(parse("2016-12-13 10:00"), d(2016, 12, 13));
        assert_eq!(parse("2016-13-13"), None);
        assert_eq!(parse("2016-12-1x"), None);
        assert_eq!(parse("0001-01-01T00:00:00Z"), None);
    }

    #[test]
    fn english_dates() {
        assert_eq!(parse("December 13, 2016"), d(2016, 12, 13));
        assert_eq!(parse("Dec. 13, 2016"), d(2016, 12, 13));
        assert_eq!(parse("13 December 2016"), d(2016, 12, 13));
        assert_eq!(parse("Tuesday, December 13, 2016"), d(2016, 12, 13));
        assert_eq!(parse("Sept 5th, 2016 at 10:00 GMT"), d(2016, 9, 5));
        assert_eq!(parse("February 30, 2016"), None);
    }

    #[test]
    fn prose_is_not_a_date() {
        assert_eq!(parse("May the force be with you"), None);
        assert_eq!(
            parse("December 13, 2016 was a very dark day for everyone"),
            None
        );
        assert_eq!(parse(""), None);
        assert_eq!(parse("é"), None);
    }
}
