//! Plain text and Markdown: title line, boilerplate removal.

use corroborate_model::Document;

/// One plain-text article: the first non-empty line is its title.
pub(crate) fn document(path: &str, text: &str) -> Document {
    let mut lines = text.lines();
    let title = lines
        .by_ref()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    let body: Vec<&str> = lines.collect();
    Document {
        path: path.to_string(),
        title: Some(title).filter(|t| !t.is_empty()),
        text: body.join("\n").trim().to_string(),
        ..Document::default()
    }
}
