//! Merges what the per-article extractors found across all articles of a
//! story: figure groups, one entity per person, one quote per utterance, and
//! the timeline. This is the only stage that sees more than one article.

use corroborate_model::{
    Entity, EntityMention, Figure, FigureReport, Quote, QuoteInstance, TimeMention, TimelineEntry,
};

/// Groups figure reports that count the same thing.
pub fn figures(reports: Vec<FigureReport>) -> Vec<Figure> {
    let _ = reports;
    Vec::new()
}

/// Merges name mentions into entities.
pub fn entities(mentions: Vec<EntityMention>) -> Vec<Entity> {
    let _ = mentions;
    Vec::new()
}

/// Merges quote instances into quotes, linking speakers to `entities`.
pub fn quotes(instances: Vec<QuoteInstance>, entities: &[Entity]) -> Vec<Quote> {
    let _ = (instances, entities);
    Vec::new()
}

/// Groups dated sentences by date, earliest first.
pub fn timeline(mentions: Vec<TimeMention>) -> Vec<TimelineEntry> {
    let _ = mentions;
    Vec::new()
}
