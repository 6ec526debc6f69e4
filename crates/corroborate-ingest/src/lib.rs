//! Turns the bytes of one input (plain text, Markdown, HTML, JSON, JSON Lines,
//! Multi-News, any of them gzip-compressed) into cleaned [`Document`]s: the
//! article body with what is not the article removed, paragraphs separated
//! by one blank line, and the title, outlet, address, byline and publication
//! date where the input tells them.
//!
//! Ingest does no I/O: the caller reads the file and passes its name and bytes.
//! It never panics on any input: unreadable input is an [`IngestError`] with a
//! one-line message, oddities it could work around are `Document.warnings`.
//! Every pass is linear in the input's size.
//!
//! `text` reads plain text and Markdown, `html` web pages, `json` the JSON
//! forms, `dates` the dates metadata writes.

mod dates;
mod html;
mod json;
mod text;

pub use html::{document as html_document, HtmlEngine};

use std::borrow::Cow;

use corroborate_model::Document;

/// The input formats corroborate reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: the first non-empty line is the title (unless
    /// it is too long for a headline).
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
    /// A gzip file that does not decompress.
    #[error("`{path}` is not valid gzip: {message}")]
    Gzip {
        /// The input.
        path: String,
        /// What the decoder said.
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
    let lower_head = trimmed
        .get(..trimmed.len().min(16))
        .unwrap_or("")
        .to_ascii_lowercase();
    if ["<!doctype", "<html", "<head", "<body", "<article", "<meta"]
        .iter()
        .any(|t| lower_head.starts_with(t))
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
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let inner = gunzip(path, bytes)?;
        // The name without `.gz` steers format detection ("x.jsonl.gz").
        let inner_path = path.strip_suffix(".gz").unwrap_or(path);
        let mut res = ingest_plain(inner_path, &inner)?;
        // Documents keep the name of the file that was given.
        let rename = |d: &mut Document| {
            if let Some(rest) = d.path.strip_prefix(inner_path) {
                d.path = format!("{path}{rest}");
            }
        };
        match &mut res {
            Ingested::Articles(docs) => docs.iter_mut().for_each(rename),
            Ingested::Stories(stories) => stories.iter_mut().flatten().for_each(rename),
        }
        return Ok(res);
    }
    ingest_plain(path, bytes)
}

/// Gzip input larger than this once decompressed is refused (a guard
/// against decompression bombs).
const MAX_GUNZIPPED: u64 = 1 << 30;

fn gunzip(path: &str, bytes: &[u8]) -> Result<Vec<u8>, IngestError> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_GUNZIPPED + 1)
        .read_to_end(&mut out)
        .map_err(|e| IngestError::Gzip {
            path: path.to_string(),
            message: e.to_string(),
        })?;
    if out.len() as u64 > MAX_GUNZIPPED {
        return Err(IngestError::Gzip {
            path: path.to_string(),
            message: "decompresses to more than 1 GiB".to_string(),
        });
    }
    Ok(out)
}

fn ingest_plain(path: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // UTF-16 has NUL bytes, so it must be recognised before the binary check.
    let utf16 = encoding_rs::Encoding::for_bom(bytes).filter(|(enc, _)| *enc != encoding_rs::UTF_8);
    if utf16.is_none() && looks_binary(bytes) {
        return Err(IngestError::Binary(path.to_string()));
    }
    let format = detect(path, bytes);
    let (text, note) = decode(path, bytes, format);
    if text.trim().is_empty() {
        return Err(IngestError::Empty(path.to_string()));
    }
    let format = if utf16.is_some() {
        detect(path, text.as_bytes())
    } else {
        format
    };
    let mut res = match format {
        Format::Text => Ingested::Articles(vec![text::document(path, &text)]),
        Format::Html => {
            Ingested::Articles(vec![html::document(path, &text, HtmlEngine::Agreement)])
        }
        Format::Json => Ingested::Articles(json::documents(path, &text)?),
        Format::JsonLines => Ingested::Articles(json::lines(path, &text)?),
        Format::MultiNews => Ingested::Stories(json::multinews(path, &text)?),
    };
    if let Some(note) = note {
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

/// The input's text: UTF-8 as is; a UTF-16 byte-order mark or an HTML page's
/// declared charset decodes accordingly; anything else that is not UTF-8 is
/// read as Windows-1252 (the usual culprit) with a warning.
fn decode<'a>(path: &str, bytes: &'a [u8], format: Format) -> (Cow<'a, str>, Option<String>) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
        return (Cow::Owned(text.into_owned()), None);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), None);
    }
    if format == Format::Html {
        if let Some(enc) = declared_charset(bytes) {
            let (text, bad) = enc.decode_without_bom_handling(bytes);
            let note = bad.then(|| {
                format!(
                    "`{path}` has bytes invalid in its declared {}; they were replaced",
                    enc.name()
                )
            });
            return (Cow::Owned(text.into_owned()), note);
        }
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let note = format!("`{path}` is not valid UTF-8; read as Windows-1252");
    (Cow::Owned(text.into_owned()), Some(note))
}

/// The encoding an HTML page declares in its first bytes (`<meta
/// charset=…>` or `content="…; charset=…"`), unless it claims UTF-8 (which
/// these bytes are not).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head
        .get(at..)?
        .trim_start_matches(['"', '\'', ' '])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes()).filter(|e| *e != encoding_rs::UTF_8)
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
