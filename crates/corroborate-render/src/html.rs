//! The HTML brief: one self-contained page.

use corroborate_model::Brief;

/// The brief as a self-contained HTML page.
pub fn html(brief: &Brief) -> String {
    let mut out =
        String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    out.push_str(&escape(&brief.title));
    out.push_str("</title></head><body><h1>");
    out.push_str(&escape(&brief.title));
    out.push_str("</h1></body></html>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
