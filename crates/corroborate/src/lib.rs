//! corroborate reads several news reports of one story and writes a
//! cross-source brief: a cited summary, the figures each source gives, the
//! quotes and who said them, the people, organisations and places, and a
//! timeline, every item pointing at the bytes of the source it came from.
//!
//! ```no_run
//! let cfg = corroborate::Config { date: None, summary_words: 120 };
//! let input = corroborate::Input { path: "story.txt".into(), bytes: b"Title\n\nBody.".to_vec() };
//! let run = corroborate::pipeline::run(vec![input], &cfg);
//! println!("{}", corroborate::render::json(&run.briefs[0]));
//! ```
#![warn(missing_docs)]

pub mod pipeline;

pub use corroborate_model as model;
pub use corroborate_render as render;

/// Validated options of a run.
#[derive(Clone, Debug)]
pub struct Config {
    /// Publication date to assume for articles whose metadata has none.
    pub date: Option<model::Date>,
    /// Target length of the summary in words.
    pub summary_words: usize,
}

/// One input: its name and its bytes, already read by the caller.
#[derive(Clone, Debug)]
pub struct Input {
    /// The file path, or `-` for standard input.
    pub path: String,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}
