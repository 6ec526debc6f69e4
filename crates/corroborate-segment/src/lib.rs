//! Splits an article's text into sentences for news English.
//!
//! Sentences are spans into the text; together they cover every
//! non-whitespace byte exactly once (segmentation is lossless).

use corroborate_model::Span;

/// Splits `text` into sentence spans, in order, trimmed of surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Span> {
    // Placeholder rule until the news splitter lands: paragraphs and ". ".
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        if start.is_none() && !ch.is_whitespace() {
            start = Some(i);
        }
        let end_here = matches!(ch, '.' | '!' | '?' | '\n')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
        if let (true, Some(s)) = (end_here, start) {
            let e = i + ch.len_utf8();
            let span = trim(text, Span::new(s, e));
            if !span.is_empty() {
                out.push(span);
            }
            start = None;
        }
    }
    if let Some(s) = start {
        let span = trim(text, Span::new(s, text.len()));
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

fn trim(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(span.start + lead, span.end - trail.min(slice.len() - lead))
}
