//! Groups dated sentences by date, earliest first.

use corroborate_model::{TimeMention, TimelineEntry};

/// Groups dated sentences by date, earliest first.
pub fn timeline(mentions: Vec<TimeMention>) -> Vec<TimelineEntry> {
    let _ = mentions;
    Vec::new()
}
