//! Date expressions, absolute and relative, resolved against the article's date.

use corroborate_model::{Article, Date, TimeMention};

/// Every date expression in `article`, resolved against its `published` date.
pub fn times(article: &Article) -> Vec<TimeMention> {
    let _ = article;
    Vec::new()
}

/// The latest fully explicit date (day, month and year) written in `text`,
/// used to infer a publication date when metadata has none.
pub fn latest_explicit_date(text: &str) -> Option<Date> {
    let _ = text;
    None
}
