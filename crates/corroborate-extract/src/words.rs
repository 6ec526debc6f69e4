//! Word lists that more than one extractor reads, kept once so that they
//! cannot drift apart: month names (dates in `time`, words that are no
//! names in `entities`, numbers that are days in `figures`) and stock-market
//! indices (no organisations in `entities`, the thing a change is of in
//! `figures`). Each caller keeps its own reading of a list (which forms it
//! accepts, in what case); the functions here say which reading they give.

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

/// A stock-market index as news names it.
struct StockIndex {
    /// The word or two that open its name and say which index it is, lower
    /// case: "dow", "hang seng".
    head: &'static str,
    /// For an index named after a place, the words one of which must follow
    /// the head ("Shanghai Composite", never "Shanghai" alone); empty for the
    /// rest.
    then: &'static [&'static str],
    /// The whole names, lower case, that stand for the index wherever they
    /// occur ("the DAX fell"), so are never an organisation's. Empty for the
    /// indices the name reader has not listed yet: the bare "Nasdaq" or
    /// "Dow" is also an exchange or a company, and adding names there
    /// changes which names are found, to be measured on its own.
    names: &'static [&'static str],
}

/// Words after a place that name an index of that place.
const PLACE_INDEX: &[&str] = &["composite", "times", "component", "index"];

/// The common short names of the world's main stock-market indices, at most
/// one entry for each first word.
const STOCK_INDICES: &[StockIndex] = &[
    index("dow", &["dow jones industrial average", "dow industrials"]),
    index("djia", &["djia"]),
    index("nasdaq", &["nasdaq composite"]),
    index("s&p", &["s&p", "s&p 500"]),
    index("ftse", &["ftse", "ftse 100"]),
    index("dax", &["dax"]),
    index("nikkei", &["nikkei", "nikkei 225"]),
    index("sensex", &["sensex"]),
    index("nifty", &[]),
    index("kospi", &["kospi"]),
    index("topix", &["topix"]),
    index("micex", &[]),
    index("moex", &[]),
    index("rts", &[]),
    index("ibovespa", &[]),
    index("bovespa", &["bovespa"]),
    index("merval", &["merval"]),
    index("ibex", &["ibex"]),
    index("tsx", &["tsx"]),
    index("asx", &["asx"]),
    index("stoxx", &["stoxx"]),
    index("euro stoxx", &[]),
    index("omx", &[]),
    index("aex", &[]),
    index("cac", &["cac", "cac 40"]),
    index("klci", &[]),
    index("taiex", &[]),
    index("hang seng", &["hang seng"]),
    place_index("shanghai"),
    place_index("shenzhen"),
    place_index("straits"),
    place_index("jakarta"),
];

const fn index(head: &'static str, names: &'static [&'static str]) -> StockIndex {
    StockIndex {
        head,
        then: &[],
        names,
    }
}

const fn place_index(head: &'static str) -> StockIndex {
    StockIndex {
        head,
        then: PLACE_INDEX,
        names: &[],
    }
}

/// The whole names of stock-market indices that name one wherever they
/// occur, lower case, words joined by single spaces: "dax", "nikkei 225",
/// "dow jones industrial average". The name reader's reading: an exact name.
pub(crate) fn stock_index_names() -> impl Iterator<Item = &'static str> {
    STOCK_INDICES.iter().flat_map(|i| i.names.iter().copied())
}

/// Whether `name` is a stock-market index by its words, in any case: after
/// an optional "the" it opens with a listed index's head, and every word
/// after that is the index's own, a number or a word such as "average" or
/// "index" ("Dow Jones Industrial Average", "Nikkei 225", "the FTSE-100"),
/// so "Dow Chemical" is none. Words are split at spaces and hyphens. The
/// figure labeller's reading.
pub(crate) fn is_stock_index_phrase(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && *w != "the")
        .collect();
    let Some(rest) = STOCK_INDICES
        .iter()
        .find_map(|index| after_head(index, &words))
    else {
        return false;
    };
    // the rest of the name is the index's own words, not a company's:
    // "Dow Jones Industrial Average", "Nikkei 225", not "Dow Chemical"
    rest.iter().all(|w| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                *w,
                "jones"
                    | "industrial"
                    | "industrials"
                    | "average"
                    | "composite"
                    | "index"
                    | "indices"
                    | "stock"
                    | "share"
                    | "all"
                    | "times"
                    | "component"
                    | "exchange"
                    | "market"
            )
    })
}

/// The words of a name after `index`'s head (and the place word that must
/// follow it), or `None` when the name does not open with them.
fn after_head<'a, 'w>(index: &StockIndex, words: &'a [&'w str]) -> Option<&'a [&'w str]> {
    let mut rest = words;
    for head_word in index.head.split(' ') {
        let (first, tail) = rest.split_first()?;
        if *first != head_word {
            return None;
        }
        rest = tail;
    }
    if !index.then.is_empty() {
        let (first, tail) = rest.split_first()?;
        if !index.then.contains(first) {
            return None;
        }
        rest = tail;
    }
    Some(rest)
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

    #[test]
    fn the_name_reader_knows_the_whole_names_it_knew() {
        let names: Vec<&str> = stock_index_names().collect();
        for name in [
            "dax",
            "nikkei",
            "ftse",
            "cac",
            "merval",
            "bovespa",
            "hang seng",
            "sensex",
            "kospi",
            "djia",
            "stoxx",
            "topix",
            "ibex",
            "nasdaq composite",
            "dow jones industrial average",
            "dow industrials",
            "s&p",
            "s&p 500",
            "asx",
            "tsx",
            "ftse 100",
            "cac 40",
            "nikkei 225",
        ] {
            assert!(names.contains(&name), "{name}");
        }
        assert_eq!(names.len(), 23);
        // A short name that is also an exchange's or a company's, and a
        // name with words the list does not hold, are no whole name.
        for name in [
            "dow",
            "nasdaq",
            "moex",
            "nifty",
            "dow jones",
            "ftse 250",
            "Dax",
        ] {
            assert!(!names.contains(&name), "{name}");
        }
    }

    #[test]
    fn the_figure_labeller_reads_an_index_by_its_head_and_its_own_words() {
        for name in [
            "Dow Jones Industrial Average",
            "the Dow Jones industrial average",
            "Dow",
            "Dow Jones",
            "DJIA",
            "Nasdaq",
            "Nasdaq Composite",
            "S&P 500",
            "FTSE 100",
            "the FTSE-100",
            "Nikkei 225",
            "Nikkei 225 stock average",
            "Hang Seng",
            "Hang Seng index",
            "Euro Stoxx 50",
            "CAC 40",
            "Merval 25",
            "MOEX",
            "RTS index",
            "Nifty 50",
            "Ibovespa",
            "Shanghai Composite",
            "Shanghai Composite Index",
            "Shenzhen Component",
            "Straits Times Index",
            "Jakarta Composite",
            "FTSE All Share",
            "KOSPI",
            "TAIEX",
        ] {
            assert!(is_stock_index_phrase(name), "{name}");
        }
        for name in [
            "Dow Chemical",
            "Nikkei newspaper",
            "Hang",
            "Hang Sang",
            "Euro",
            "Euro zone",
            "Shanghai",
            "Shanghai Stock Exchange",
            "Jakarta Post",
            "the",
            "",
            "Toyota shares",
            "UK index",
        ] {
            assert!(!is_stock_index_phrase(name), "{name}");
        }
    }

    #[test]
    fn every_whole_name_also_reads_as_an_index_phrase() {
        for name in stock_index_names() {
            assert!(is_stock_index_phrase(name), "{name}");
        }
        // One entry for each first word, so that the first match decides.
        let firsts: Vec<&str> = STOCK_INDICES
            .iter()
            .filter_map(|i| i.head.split(' ').next())
            .collect();
        let mut unique = firsts.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), firsts.len());
    }
}
