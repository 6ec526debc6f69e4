//! Tests of the figure reader: each written form on a minimal snippet, the
//! non-figures it must skip, and the founding example story end to end.

use corroborate_model::{Article, ArticleId, FigureReport, Hedge, Span, Status};

use super::{figures, numbers};

/// An article over `text` with a naive sentence split (the segmenter is not
/// a dependency of this crate).
pub(crate) fn article(id: u32, text: &str) -> Article {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '\n') && text[i + c.len_utf8()..].starts_with([' ', '\n'])
        {
            let end = i + c.len_utf8();
            if text[start..end].trim().len() > 0 {
                sentences.push(Span::new(start, end));
            }
            start = end;
        }
    }
    if start < text.len() {
        sentences.push(Span::new(start, text.len()));
    }
    Article {
        id: ArticleId(id),
        path: format!("a{id}.txt"),
        source: format!("a{id}"),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: 0,
        sentences,
    }
}

fn one(text: &str) -> FigureReport {
    let figs = figures(&article(0, text));
    assert_eq!(
        figs.len(),
        1,
        "expected one figure in {text:?}, got {figs:#?}"
    );
    figs.into_iter().next().unwrap()
}

fn none(text: &str) {
    let figs = figures(&article(0, text));
    assert!(
        figs.is_empty(),
        "expected no figure in {text:?}, got {figs:#?}"
    );
}

#[test]
fn digits_with_separators_decimals_and_scales() {
    let f = one("Some 75,000 civilians remain.");
    assert_eq!(
        (f.value, f.unit.as_str(), f.hedge),
        (75000.0, "people", Hedge::Approximate)
    );
    assert_eq!(
        one("There are 6.3 million displaced people in the country.").value,
        6.3e6
    );
    let f = one("The deal is worth $1.5bn.");
    assert_eq!((f.value, f.unit.as_str()), (1.5e9, "USD"));
}

#[test]
fn smoke() {
    let text = "Russia says almost 6,000 civilians, a third of which were children, have left the city in the past day.";
    let figs = figures(&article(0, text));
    eprintln!("{figs:#?}");
}
