//! Merges what the per-article extractors found across all articles of a
//! story: figure groups, one entity per person, one quote per utterance, and
//! the timeline. This is the only stage that sees more than one article.

mod entities;
mod figures;
mod quotes;
mod timeline;

pub use entities::entities;
pub use figures::figures;
pub use quotes::quotes;
pub use timeline::timeline;
