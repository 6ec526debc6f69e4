//! Renders a [`Brief`] as JSON (the `corroborate.brief/1` contract), Markdown
//! or a self-contained HTML page. Only this crate knows the wire formats.

mod format;
mod html;
mod markdown;

use corroborate_model::Brief;

pub use html::html;
pub use markdown::markdown;

/// The brief as pretty-printed JSON.
pub fn json(brief: &Brief) -> String {
    serde_json::to_string_pretty(brief).expect("a brief always serialises")
}

/// The brief as one line of JSON (for JSON Lines output).
pub fn json_line(brief: &Brief) -> String {
    serde_json::to_string(brief).expect("a brief always serialises")
}
