//! JSON, JSON Lines and Multi-News inputs.

use corroborate_model::Document;
use serde::Deserialize;

use crate::IngestError;

#[derive(Deserialize)]
struct Record {
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    documents: Option<Vec<String>>,
}

fn to_document(path: String, rec: Record) -> Option<Document> {
    let text = rec.text?.trim().to_string();
    let published = rec
        .published
        .as_deref()
        .and_then(|p| p.get(..10))
        .and_then(|p| p.parse().ok());
    Some(Document {
        path,
        title: rec.title,
        source: rec.source,
        url: rec.url,
        published,
        text,
        ..Document::default()
    })
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
        .collect();
    if docs.is_empty() {
        return Err(IngestError::NoText(path.to_string()));
    }
    Ok(docs)
}

/// One JSON object per line.
pub(crate) fn lines(path: &str, text: &str) -> Result<Vec<Document>, IngestError> {
    let mut docs = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let rec = parse(&format!("{path}:{}", i + 1), line)?;
        if let Some(doc) = to_document(format!("{path}:{}", i + 1), rec) {
            docs.push(doc);
        }
    }
    if docs.is_empty() {
        return Err(IngestError::NoText(path.to_string()));
    }
    Ok(docs)
}

/// Multi-News: each line is one story.
pub(crate) fn multinews(path: &str, text: &str) -> Result<Vec<Vec<Document>>, IngestError> {
    let mut stories = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let here = format!("{path}:{}", i + 1);
        let parts: Vec<String> = if line.trim_start().starts_with('{') {
            parse(&here, line)?.documents.unwrap_or_default()
        } else {
            line.split("|||||").map(str::to_string).collect()
        };
        let story = parts
            .into_iter()
            .map(|p| p.replace("NEWLINE_CHAR", "\n").trim().to_string())
            .filter(|p| !p.is_empty())
            .enumerate()
            .map(|(j, t)| Document {
                path: format!("{here}#{}", j + 1),
                text: t,
                ..Document::default()
            })
            .collect();
        stories.push(story);
    }
    Ok(stories)
}
