//! What [`super::place`] and [`super::when`] share when they tie a place or
//! a date to a figure: the spans that may be tied, gathered per article in
//! text order, and the test that the words between a figure and a span
//! keep them in one clause.

use corroborate_model::{Article, ArticleId, FigureReport};

/// A span that may be tied to a figure, with what it stands for (a place
/// entity, a date).
#[derive(Clone, Copy)]
pub(super) struct Anchor<T> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: T,
}

/// For each report, the anchors of its article that lie in its sentence
/// (in text order), and that article's text; `tie` picks the value. The
/// anchors come as (article, start, end, value).
pub(super) fn tie_each<T: Copy>(
    reports: &[FigureReport],
    anchors: impl IntoIterator<Item = (ArticleId, usize, usize, T)>,
    articles: &[Article],
    tie: impl Fn(&FigureReport, &str, &[Anchor<T>]) -> Option<T>,
) -> Vec<Option<T>> {
    let mut by_article: Vec<Vec<Anchor<T>>> = (0..articles.len()).map(|_| Vec::new()).collect();
    for (article, start, end, value) in anchors {
        if let Some(list) = by_article.get_mut(article.0 as usize) {
            list.push(Anchor { start, end, value });
        }
    }
    for list in &mut by_article {
        list.sort_by_key(|a| a.start);
    }
    reports
        .iter()
        .map(|r| {
            let i = r.article.0 as usize;
            let list = by_article.get(i)?;
            // the anchors of the report's sentence: a run of the sorted list
            let from = list.partition_point(|a| a.start < r.sentence.start);
            let to = list.partition_point(|a| a.start < r.sentence.end);
            let in_sentence: Vec<Anchor<T>> = list
                .get(from..to)?
                .iter()
                .filter(|a| a.end <= r.sentence.end)
                .copied()
                .collect();
            tie(r, &articles.get(i)?.text, &in_sentence)
        })
        .collect()
}

/// The lower-cased words of a stretch of text.
pub(super) fn words(gap: &str) -> Vec<String> {
    gap.split_whitespace().map(str::to_lowercase).collect()
}

/// Whether the words between a figure and a span after it keep them in one
/// clause: no clause punctuation, at most `max_words` words, none of the
/// `breaks` words, and no capitalised word (a name in between means the
/// span belongs to that name: "won by 23 seconds over X of Y").
pub(super) fn one_clause(gap: &str, max_words: usize, breaks: &[&str]) -> bool {
    if gap.contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']) {
        return false;
    }
    let words = words(gap);
    words.len() <= max_words
        && !words.iter().any(|w| breaks.contains(&w.as_str()))
        && !gap
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
}
