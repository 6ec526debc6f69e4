//! Turns the bytes of one input (plain text, Markdown, HTML, JSON, JSON Lines,
//! Multi-News) into cleaned [`Document`]s.
//!
//! Ingest does no I/O: the caller reads the file and passes its name and bytes.

mod dates;
mod html;
mod json;
mod text;

pub use html::{document as html_document, HtmlEngine};

use corroborate_model::Document;

/// The input formats corroborate reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: the first non-empty line is the title.
    Text,
    /// An HTML page.
    Html,
    /// One JSON object or an array of them.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// One story per line, articles separated by `|||||` (or a JSON object
    /// with a `documents` array).
    MultiNews,
}

/// What one input holds.
#[derive(Debug)]
pub enum Ingested {
    /// Articles of the one story being briefed.
    Articles(Vec<Document>),
    /// Several stories, each briefed on its own (Multi-News).
    Stories(Vec<Vec<Document>>),
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Nothing but whitespace.
    #[error("`{0}` is empty")]
    Empty(String),
    /// Looks like a binary file.
    #[error("`{0}` looks binary, not text")]
    Binary(String),
    /// Malformed JSON.
    #[error("`{path}` is not valid JSON: {message}")]
    Json {
        /// The input.
        path: String,
        /// What the parser said.
        message: String,
    },
    /// Parsed but held no article text.
    #[error("`{0}` holds no article text")]
    NoText(String),
}

/// Guesses the format of an input from its name and first bytes.
pub fn detect(path: &str, bytes: &[u8]) -> Format {
    let lower = path.to_ascii_lowercase();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let first_line = head.lines().next().unwrap_or("");
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return Format::Html;
    }
    if first_line.contains("|||||") {
        return Format::MultiNews;
    }
    if lower.ends_with(".jsonl") || lower.ends_with(".jsonl.gz") || lower.ends_with(".ndjson") {
        if first_line.contains("\"documents\"") {
            return Format::MultiNews;
        }
        return Format::JsonLines;
    }
    if lower.ends_with(".json") {
        return Format::Json;
    }
    let trimmed = head.trim_start();
    if trimmed.starts_with("<!DOCTYPE")
        || trimmed.starts_with("<!doctype")
        || trimmed.starts_with("<html")
    {
        return Format::Html;
    }
    if trimmed.starts_with('{') && first_line.trim_end().ends_with('}') {
        return if first_line.contains("\"documents\"") {
            Format::MultiNews
        } else {
            Format::JsonLines
        };
    }
    Format::Text
}

/// Reads one input of any format.
pub fn ingest(path: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty(path.to_string()));
    }
    if looks_binary(bytes) {
        return Err(IngestError::Binary(path.to_string()));
    }
    let (text, lossy) = match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    };
    let mut res = match detect(path, bytes) {
        Format::Text => Ingested::Articles(vec![text::document(path, &text)]),
        Format::Html => {
            Ingested::Articles(vec![html::document(path, &text, HtmlEngine::Agreement)])
        }
        Format::Json => Ingested::Articles(json::documents(path, &text)?),
        Format::JsonLines => Ingested::Articles(json::lines(path, &text)?),
        Format::MultiNews => Ingested::Stories(json::multinews(path, &text)?),
    };
    if lossy {
        let note = format!("`{path}` is not valid UTF-8; invalid bytes were replaced");
        match &mut res {
            Ingested::Articles(docs) => docs.iter_mut().for_each(|d| d.warnings.push(note.clone())),
            Ingested::Stories(stories) => stories
                .iter_mut()
                .flatten()
                .for_each(|d| d.warnings.push(note.clone())),
        }
    }
    Ok(res)
}

/// The host of an address, without `www.`: "https://www.example.org/a" ->
/// "example.org". The outlet's name of last resort.
pub(crate) fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') && !host.starts_with('.')).then(|| host.to_string())
}

/// A file is binary when it has NUL bytes or many control bytes in its head.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > head.len()
}
