//! Plain-text wording shared by the Markdown and HTML briefs: numbers with
//! thousands separators, a figure's value with its hedge and unit, the words
//! for status and agreement, and citation markers. Everything here returns
//! unescaped text; each renderer escapes it for its own format.

use corroborate_model::{
    Agreement, Article, ArticleId, Brief, Figure, FigureReport, Hedge, PartialDate, Quote, Status,
};

/// The quotes grouped by speaker (whitespace-collapsed name), speakers in
/// order of first appearance and the unattributed group last.
pub(crate) fn quotes_by_speaker(brief: &Brief) -> Vec<(Option<String>, Vec<&Quote>)> {
    let mut speakers: Vec<(Option<String>, Vec<&Quote>)> = Vec::new();
    for q in &brief.quotes {
        let key = q
            .speaker_name
            .as_deref()
            .map(collapse)
            .filter(|s| !s.is_empty());
        match speakers.iter_mut().find(|(k, _)| *k == key) {
            Some((_, qs)) => qs.push(q),
            None => speakers.push((key, vec![q])),
        }
    }
    speakers.sort_by_key(|(k, _)| k.is_none());
    speakers
}

/// The citation marker of an article: `[1]` for `a1`.
pub(crate) fn marker(id: ArticleId) -> String {
    format!("[{}]", u64::from(id.0) + 1)
}

/// The article with this id, when the brief has it.
pub(crate) fn article(brief: &Brief, id: ArticleId) -> Option<&Article> {
    // Ids are assigned in input order, so the index is the usual hit; fall
    // back to a scan for briefs assembled some other way.
    brief
        .articles
        .get(id.0 as usize)
        .filter(|a| a.id == id)
        .or_else(|| brief.articles.iter().find(|a| a.id == id))
}

/// A number for people: thousands separated by commas, at most two decimals,
/// trailing zeros dropped.
pub(crate) fn number(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + int.len() / 3 + 1);
    if negative {
        out.push('-');
    }
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    let frac = frac.trim_end_matches('0');
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A number with its unit: `90 %`, `3 km²`, `1,200 USD`; people and other
/// bare counts go without a unit, since the label says what is counted.
pub(crate) fn quantity(value: f64, unit: &str) -> String {
    let n = number(value);
    match unit {
        "" | "people" | "count" | "items" => n,
        "percent" | "%" => format!("{n} %"),
        "km2" => format!("{n} km²"),
        "m2" => format!("{n} m²"),
        other => format!("{n} {other}"),
    }
}

/// The value a source gives, worded with its hedge: `about 90 %`,
/// `at least 60`, `20–30`. Vague quantities ("thousands") keep the source's
/// own words when they are short, since a number would overstate them.
pub(crate) fn value(report: &FigureReport, article: Option<&Article>) -> String {
    let q = |v: f64| quantity(v, &report.unit);
    match report.hedge {
        Hedge::Exact => q(report.value),
        Hedge::AtLeast => format!("at least {}", q(report.low.unwrap_or(report.value))),
        Hedge::AtMost => format!("up to {}", q(report.high.unwrap_or(report.value))),
        Hedge::Approximate => format!("about {}", q(report.value)),
        Hedge::Range => match (report.low, report.high) {
            (Some(lo), Some(hi)) => format!("{}–{}", number(lo), q(hi)),
            _ => format!("about {}", q(report.value)),
        },
        Hedge::Vague => {
            let words = article
                .and_then(|a| a.text.get(report.start..report.end))
                .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|w| !w.is_empty() && w.chars().count() <= 40);
            match words {
                Some(w) => format!("“{w}”"),
                None => format!("some {}", q(report.value)),
            }
        }
    }
}

/// How firmly the source stands behind it; `None` for a plain report, which
/// needs no comment.
pub(crate) fn status(status: Status) -> Option<&'static str> {
    match status {
        Status::Reported => None,
        Status::Claimed => Some("claimed"),
        Status::Unconfirmed => Some("unconfirmed"),
        Status::Confirmed => Some("confirmed"),
    }
}

/// The attribution and status, as in `SANA, claimed`; empty when neither.
pub(crate) fn attribution(report: &FigureReport) -> String {
    let who = report
        .attributed_to
        .as_deref()
        .map(collapse)
        .filter(|w| !w.is_empty());
    match (who, status(report.status)) {
        (Some(w), Some(s)) => format!("{w}, {s}"),
        (Some(w), None) => w,
        (None, Some(s)) => s.to_string(),
        (None, None) => String::new(),
    }
}

/// How the sources relate, said plainly.
pub(crate) fn agreement(agreement: Agreement) -> &'static str {
    match agreement {
        Agreement::Single => "one source",
        Agreement::Agree => "sources agree",
        Agreement::Conflict => "sources disagree",
    }
}

/// The figures with disagreements first, then those several sources agree
/// on, then single reports, each group in the brief's order: a reader
/// should meet the contested numbers first.
pub(crate) fn conflicts_first(figures: &[Figure]) -> Vec<&Figure> {
    let mut sorted: Vec<&Figure> = figures.iter().collect();
    sorted.sort_by_key(|f| match f.agreement {
        Agreement::Conflict => 0,
        Agreement::Agree => 1,
        Agreement::Single => 2,
    });
    sorted
}

/// What a figure group counts, where and when, and its unit.
pub(crate) fn figure_label(f: &corroborate_model::Figure) -> String {
    let place = f.place.as_deref().map(collapse).filter(|p| !p.is_empty());
    if place.is_none() && f.date.is_none() {
        return counts_label(&f.counts, &f.unit);
    }
    let mut counts = if f.counts.trim().is_empty() {
        "figure".to_string()
    } else {
        collapse(&f.counts)
    };
    if let Some(place) = place {
        counts.push_str(&format!(" in {place}"));
    }
    if let Some(date) = f.date {
        counts.push_str(&format!(" on {date}"));
    }
    counts_label(&counts, &f.unit)
}

/// What a figure counts, with its unit when the label does not say it.
pub(crate) fn counts_label(counts: &str, unit: &str) -> String {
    let counts = collapse(counts);
    let counts = if counts.is_empty() {
        "figure".to_string()
    } else {
        counts
    };
    // "families under the rubble" needs no "(families)".
    let says_unit = counts
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(unit));
    match unit {
        "" | "people" | "count" | "items" => counts,
        _ if says_unit => counts,
        "percent" | "%" => format!("{counts} (%)"),
        "km2" => format!("{counts} (km²)"),
        other => format!("{counts} ({other})"),
    }
}

/// Text with every run of whitespace (newlines included) made one space and
/// the ends trimmed: untrusted text must not open new lines or blocks.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The slice of an article's text between two byte offsets, or `""` when
/// they do not fit it.
pub(crate) fn slice(article: Option<&Article>, start: usize, end: usize) -> &str {
    article.and_then(|a| a.text.get(start..end)).unwrap_or("")
}

/// A date for people: `12 December 2016`, `December 2016` or `2016`.
pub(crate) fn date(date: PartialDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = date
        .month
        .and_then(|m| usize::try_from(m).ok())
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| MONTHS.get(m));
    match (month, date.day) {
        (Some(m), Some(d)) => format!("{d} {m} {}", date.year),
        (Some(m), None) => format!("{m} {}", date.year),
        _ => date.year.to_string(),
    }
}

/// Whether a URL may become a link: only http(s), so that `javascript:`,
/// `data:` and the like stay inert text.
pub(crate) fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_separators_and_lose_trailing_zeros() {
        assert_eq!(number(65000.0), "65,000");
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1200.0), "-1,200");
        assert_eq!(number(f64::NAN), "?");
        assert_eq!(quantity(90.0, "percent"), "90 %");
        assert_eq!(quantity(3.0, "km2"), "3 km²");
    }

    #[test]
    fn a_label_names_its_unit_once() {
        assert_eq!(
            counts_label("families under the rubble", "families"),
            "families under the rubble"
        );
        assert_eq!(counts_label("duration", "years"), "duration (years)");
        assert_eq!(counts_label("area", "km2"), "area (km²)");
        assert_eq!(
            counts_label("civilians trapped", "people"),
            "civilians trapped"
        );
        assert_eq!(counts_label("", "percent"), "figure (%)");
        let mut f = corroborate_model::Figure {
            id: "f1".into(),
            counts: "area".into(),
            unit: "km2".into(),
            place: Some("North\nHaven".into()),
            date: None,
            agreement: corroborate_model::Agreement::Single,
            low: 1.0,
            high: 1.0,
            basis: String::new(),
            reports: Vec::new(),
        };
        assert_eq!(figure_label(&f), "area in North Haven (km²)");
        f.date = Some(corroborate_model::PartialDate {
            year: 2016,
            month: Some(12),
            day: None,
        });
        assert_eq!(figure_label(&f), "area in North Haven on 2016-12 (km²)");
        f.place = None;
        f.date = None;
        assert_eq!(figure_label(&f), "area (km²)");
    }

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_web_url("https://example.org/a?b=c"));
        assert!(is_web_url("HTTP://EXAMPLE.ORG"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" data:text/html,<b>x</b>"));
        assert!(!is_web_url("https://exa mple.org"));
        assert!(!is_web_url("//example.org"));
    }
}
