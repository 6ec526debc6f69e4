//! The Markdown brief, for pasting into a document.

use std::fmt::Write;

use corroborate_model::Brief;

/// The brief as Markdown.
pub fn markdown(brief: &Brief) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", brief.title);
    let _ = writeln!(out, "## Sources\n");
    for (i, a) in brief.articles.iter().enumerate() {
        let date = a
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let _ = writeln!(out, "{}. {} — *{}* ({})", i + 1, a.source, a.title, date);
    }
    out
}
