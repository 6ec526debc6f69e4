//! JSON, JSON Lines and Multi-News inputs.
//!
//! A record's text gets the same clean-up as a plain-text body. In JSON Lines
//! a malformed line costs only that line: it becomes a warning naming
//! `path:line` on the first document read, and the file fails only when no
//! line held an article.

use corroborate_model::Document;
use serde::Deserialize;

use crate::{dates, text, IngestError};

#[derive(Deserialize)]
struct Record {
    #[serde(alias = "body", alias = "articleBody", alias = "content")]
    text: Option<String>,
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "outlet", alias = "site_name", alias = "publisher")]
    source: Option<String>,
    url: Option<String>,
    #[serde(alias = "byline")]
    author: Option<serde_json::Value>,
    #[serde(alias = "date", alias = "datePublished", alias = "published_at")]
    published: Option<String>,
    documents: Option<Vec<String>>,
}

fn to_document(path: String, rec: Record) -> Option<Document> {
    let raw = rec.text?;
    let mut warnings = Vec::new();
    let published = rec.published.as_deref().and_then(|p| {
        let date = dates::parse(p);
        if date.is_none() {
            warnings.push(format!("`{path}`: publication date `{p}` not understood"));
        }
        date
    });
    let text = text::body(&raw);
    let source = rec
        .source
        .filter(|s| !s.trim().is_empty())
        .or_else(|| text::self_reference(&text))
        .or_else(|| rec.url.as_deref().and_then(crate::domain));
    Some(Document {
        path,
        title: rec.title.filter(|t| !t.trim().is_empty()),
        source,
        url: rec.url,
        author: rec.author.as_ref().and_then(author),
        published,
        text,
        warnings,
    })
}

/// A byline given as a string, an object with a `name`, or a list of either.
fn author(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        serde_json::Value::Object(o) => o.get("name").and_then(author),
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(author).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn parse(path: &str, line: &str) -> Result<Record, IngestError> {
    serde_json::from_str(line).map_err(|e| IngestError::Json {
        path: path.to_string(),
        message: e.to_string(),
    })
}

/// One JSON object or an array of them.
pub(crate) fn documents(path: &str, text: &str) -> Result<Vec<Document>, IngestError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| IngestError::Json {
        path: path.to_string(),
        message: e.to_string(),
    })?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    };
    let docs: Vec<Document> = items
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| {
            serde_json::from_value::<Record>(v)
                .ok()
                .and_then(|r| to_document(format!("{path}#{}", i + 1), r))
        })
        .filter(|d| !d.text.is_empty())
        .collect();
    if docs.is_empty() {
        return Err(IngestError::NoText(path.to_string()));
    }
    Ok(docs)
}

/// One JSON object per line; a bad line is skipped with a warning.
pub(crate) fn lines(path: &str, text: &str) -> Result<Vec<Document>, IngestError> {
    let mut docs = Vec::new();
    let mut bad: Vec<IngestError> = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let here = format!("{path}:{}", i + 1);
        match parse(&here, line) {
            Ok(rec) => docs.extend(to_document(here, rec).filter(|d| !d.text.is_empty())),
            Err(e) => bad.push(e),
        }
    }
    if docs.is_empty() {
        return Err(bad
            .into_iter()
            .next()
            .unwrap_or_else(|| IngestError::NoText(path.to_string())));
    }
    if let Some(first) = docs.first_mut() {
        first
            .warnings
            .extend(bad.iter().map(|e| format!("{e}; line skipped")));
    }
    Ok(docs)
}

/// Multi-News: each line is one story, its articles separated by `|||||`
/// (or a JSON object with a `documents` array); `NEWLINE_CHAR` stands for a
/// line break. A bad JSON line is skipped with a warning and an empty story,
/// so stories stay in line order.
pub(crate) fn multinews(path: &str, text: &str) -> Result<Vec<Vec<Document>>, IngestError> {
    let mut stories = Vec::new();
    let mut bad: Vec<IngestError> = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let here = format!("{path}:{}", i + 1);
        let parts: Vec<String> = if line.trim_start().starts_with('{') {
            match parse(&here, line) {
                Ok(rec) => rec.documents.unwrap_or_default(),
                Err(e) => {
                    // An empty story keeps the stories in line order with
                    // the file (reference summaries are matched by line).
                    bad.push(e);
                    stories.push(Vec::new());
                    continue;
                }
            }
        } else {
            line.split("|||||").map(str::to_string).collect()
        };
        let story: Vec<Document> = parts
            .iter()
            .map(|p| text::body(&p.replace("NEWLINE_CHAR", "\n")))
            .filter(|t| !t.is_empty())
            .enumerate()
            .map(|(j, t)| Document {
                path: format!("{here}#{}", j + 1),
                source: text::self_reference(&t),
                text: t,
                ..Document::default()
            })
            .collect();
        stories.push(story);
    }
    if stories.iter().all(Vec::is_empty) {
        return Err(bad
            .into_iter()
            .next()
            .unwrap_or_else(|| IngestError::NoText(path.to_string())));
    }
    if let Some(first) = stories.iter_mut().find_map(|s| s.first_mut()) {
        first
            .warnings
            .extend(bad.iter().map(|e| format!("{e}; line skipped")));
    }
    Ok(stories)
}
