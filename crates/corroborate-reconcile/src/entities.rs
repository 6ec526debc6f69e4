//! Merges name mentions of one person, organisation or place across articles.

use corroborate_model::{Entity, EntityMention};

/// Merges name mentions into entities.
pub fn entities(mentions: Vec<EntityMention>) -> Vec<Entity> {
    let _ = mentions;
    Vec::new()
}
