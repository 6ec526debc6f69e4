//! Per-article extraction: figures, quotes, names and dates.
//!
//! Each function reads one segmented [`Article`] and returns spans into its
//! text; none of them sees another article or fails.

mod entities;
mod figures;
mod quotes;
mod time;
mod words;

pub use entities::entities;
pub use figures::{figures, numbers, Quantity};
pub use quotes::quotes;
pub use time::{latest_explicit_date, resolve_dates, times, times_inferring, Lean};
