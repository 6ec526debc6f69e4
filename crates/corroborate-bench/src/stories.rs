//! Stories for summary evaluation, shared by the `summary` suite and the
//! `summary-tune` script: Multi-News lines read into articles segmented by
//! the project's splitter, and the fixed-length cut every system's output
//! is scored at.

use std::io::{BufRead, BufReader};
use std::path::Path;

use corroborate_model::{count_words, Article, ArticleId};
use serde::Deserialize;

/// One story: its articles and its reference summaries.
pub struct Story {
    /// The source articles, segmented.
    pub articles: Vec<Article>,
    /// The human summaries (one on Multi-News, three on MultiLing).
    pub references: Vec<String>,
}

/// An article over `text` (trimmed), numbered `i` in its story.
pub fn article(i: usize, text: &str) -> Article {
    Article {
        source: format!("a{}", i + 1),
        ..article_as_is(i as u32, text.trim())
    }
}

/// An article over `text` exactly as given, so that offsets into it (a
/// corpus' annotations) stay valid, with corroborate's own sentences.
pub fn article_as_is(id: u32, text: &str) -> Article {
    Article {
        id: ArticleId(id),
        path: String::new(),
        source: String::new(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        words: count_words(text),
        sentences: corroborate_segment::sentences(text),
        text: text.to_string(),
    }
}

#[derive(Deserialize)]
struct MultiNewsLine {
    documents: Vec<String>,
    summary: String,
}

/// The first `limit` stories of a Multi-News `.jsonl.gz` file.
pub fn multinews(path: &Path, limit: usize) -> anyhow::Result<Vec<Story>> {
    let file = fs_err::File::open(path)?;
    let mut out = Vec::new();
    for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
        if out.len() >= limit {
            break;
        }
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let story: MultiNewsLine = serde_json::from_str(&line)?;
        out.push(Story {
            articles: story
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| article(i, d))
                .collect(),
            references: vec![story.summary],
        });
    }
    Ok(out)
}

/// The first `n` whitespace tokens of `parts` joined by spaces.
pub fn cut<'a>(parts: impl IntoIterator<Item = &'a str>, n: usize) -> String {
    let mut out = Vec::with_capacity(n);
    for part in parts {
        for token in part.split_whitespace() {
            if out.len() == n {
                return out.join(" ");
            }
            out.push(token);
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cut_keeps_the_first_tokens() {
        assert_eq!(cut(["a b", "c  d e"], 4), "a b c d");
        assert_eq!(cut(["a"], 4), "a");
        assert_eq!(cut(Vec::<&str>::new(), 4), "");
    }
}
