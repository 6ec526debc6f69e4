//! Merges the instances of one quote carried by several articles.

use corroborate_model::{Entity, Quote, QuoteInstance};

/// Merges quote instances into quotes, linking speakers to `entities`.
pub fn quotes(instances: Vec<QuoteInstance>, entities: &[Entity]) -> Vec<Quote> {
    let _ = (instances, entities);
    Vec::new()
}
