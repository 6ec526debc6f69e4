//! Word lists that more than one extractor reads, kept once so that they
//! cannot drift apart: month names (dates in `time`, words that are no
//! names in `entities`, numbers that are days in `figures`). Each caller
//! keeps its own reading of a list (which forms it accepts, in what case);
//! the functions here say which reading they give.

/// Month names in calendar order, lower case.
const MONTH_NAMES: [&str; 12] = [
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

/// Month abbreviations, lower case, with the month each names. "May" has
/// none: its name is already short. "sept" comes before "sep" so that an
/// alternation built from this list ([`month_alternation`]) tries the longer
/// form first.
const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month (1 to 12) that a lower-case month name or abbreviation names:
/// "december" and "dec" are 12, "sept" 9; `None` for any other word,
/// capitalised ones included.
pub(crate) fn month(w: &str) -> Option<u32> {
    month_name(w).or_else(|| month_abbreviation(w))
}

/// The month that a lower-case full month name names ("may" is 5).
pub(crate) fn month_name(w: &str) -> Option<u32> {
    let i = MONTH_NAMES.iter().position(|&m| m == w)?;
    u32::try_from(i + 1).ok()
}

/// The month that a lower-case month abbreviation names ("sep" and "sept"
/// are 9); "may", a full name, is none.
pub(crate) fn month_abbreviation(w: &str) -> Option<u32> {
    MONTH_ABBREVIATIONS
        .iter()
        .find(|&&(a, _)| a == w)
        .map(|&(_, n)| n)
}

/// Every month word, full names first, lower case.
pub(crate) fn month_words() -> impl Iterator<Item = &'static str> {
    MONTH_NAMES
        .iter()
        .copied()
        .chain(MONTH_ABBREVIATIONS.iter().map(|&(a, _)| a))
}

/// A regex alternation of every month word ("january|…|sept|jan|…"), full
/// names before abbreviations so that "march" is tried before "mar".
pub(crate) fn month_alternation() -> String {
    month_words().collect::<Vec<_>>().join("|")
}

/// A regex alternation of the three letters that open each month's name
/// ("jan|feb|…|dec"): enough to find every month word, of any length.
pub(crate) fn month_prefix_alternation() -> String {
    MONTH_NAMES
        .iter()
        .filter_map(|m| m.get(..3))
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_named_by_full_names_and_abbreviations() {
        assert_eq!(month("january"), Some(1));
        assert_eq!(month("may"), Some(5));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("sep"), Some(9));
        assert_eq!(month("dec"), Some(12));
        // Lower case only; other words that start like a month are none.
        assert_eq!(month("January"), None);
        assert_eq!(month("decision"), None);
        assert_eq!(month("ma"), None);
        assert_eq!(month(""), None);
    }

    #[test]
    fn may_is_a_full_name_and_no_abbreviation() {
        assert_eq!(month_name("may"), Some(5));
        assert_eq!(month_abbreviation("may"), None);
        assert_eq!(month_name("mar"), None);
        assert_eq!(month_abbreviation("mar"), Some(3));
    }

    #[test]
    fn every_month_has_a_name_and_the_words_cover_all_of_them() {
        let mut seen = [0usize; 12];
        for w in month_words() {
            let n = month(w).expect("a listed month word names a month");
            seen[usize::try_from(n).unwrap() - 1] += 1;
        }
        // One full name each, one abbreviation except May, two for September.
        assert_eq!(seen, [2, 2, 2, 2, 1, 2, 2, 2, 3, 2, 2, 2]);
        assert_eq!(month_words().count(), 24);
    }

    #[test]
    fn the_alternations_try_full_names_and_longer_forms_first() {
        let alternation = month_alternation();
        assert!(alternation.starts_with("january|february|"));
        let pos = |w: &str| alternation.split('|').position(|x| x == w).unwrap();
        assert!(pos("march") < pos("mar"));
        assert!(pos("sept") < pos("sep"));
        assert_eq!(
            month_prefix_alternation(),
            "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
        );
    }
}
