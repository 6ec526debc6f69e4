//! Groups dated sentences by date, earliest first.
//!
//! Dates are ordered by [`PartialDate`]'s own order: year, then month, then
//! day, a missing part sorting before any present one. So a date known only
//! to the year ("in 2011") comes before every month and day of that year, and
//! "2016-12" before "2016-12-01": a coarser date covers its whole period and
//! is shown where that period starts. Within one date the events are in
//! article order, then in text order; a sentence appears once per date even
//! when it names that date twice ("on Monday … Monday night"), with its
//! first expression.

use std::collections::BTreeMap;

use corroborate_model::{ArticleId, PartialDate, TimeMention, TimelineEntry, TimelineEvent};

/// Groups dated sentences by date, earliest first.
pub fn timeline(mentions: Vec<TimeMention>) -> Vec<TimelineEntry> {
    let mut by_date: BTreeMap<PartialDate, Vec<TimeMention>> = BTreeMap::new();
    for mention in mentions {
        by_date.entry(mention.date).or_default().push(mention);
    }
    by_date
        .into_iter()
        .map(|(date, mut group)| {
            group.sort_by_key(|m| (m.article, m.sentence.start, m.expression.start));
            let mut seen: Vec<(ArticleId, usize, usize)> = Vec::new();
            let mut events = Vec::new();
            for m in group {
                let key = (m.article, m.sentence.start, m.sentence.end);
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                events.push(TimelineEvent {
                    article: m.article,
                    start: m.sentence.start,
                    end: m.sentence.end,
                    expression: m.expression,
                });
            }
            TimelineEntry { date, events }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate_model::Span;

    fn mention(article: u32, sentence: (usize, usize), expr: usize, date: &str) -> TimeMention {
        let parts: Vec<&str> = date.split('-').collect();
        let num = |i: usize| parts.get(i).map(|p| p.parse::<i8>().expect("number"));
        TimeMention {
            article: ArticleId(article),
            expression: Span::new(expr, expr + 3),
            sentence: Span::new(sentence.0, sentence.1),
            date: PartialDate {
                year: parts[0].parse().expect("year"),
                month: num(1),
                day: num(2),
            },
        }
    }

    fn render(entries: &[TimelineEntry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| {
                let events: Vec<String> = e
                    .events
                    .iter()
                    .map(|ev| format!("{}@{}", ev.article, ev.start))
                    .collect();
                format!("{} {}", e.date, events.join(" "))
            })
            .collect()
    }

    #[test]
    fn dates_are_grouped_coarse_before_fine_and_events_in_article_order() {
        let mentions = vec![
            mention(1, (50, 90), 60, "2016-12-12"),
            mention(0, (100, 150), 110, "2016-12-12"),
            mention(0, (0, 40), 5, "2016-12-12"),
            mention(0, (0, 40), 20, "2016-12-12"),
            mention(2, (10, 30), 12, "2016-12"),
            mention(2, (40, 80), 44, "2011"),
            mention(1, (0, 20), 3, "2016-11-26"),
        ];
        let entries = timeline(mentions);
        assert_eq!(
            render(&entries),
            [
                "2011 a3@40",
                "2016-11-26 a2@0",
                "2016-12 a3@10",
                "2016-12-12 a1@0 a1@100 a2@50",
            ]
        );
        // The repeated sentence keeps its first expression.
        assert_eq!(entries[3].events[0].expression.start, 5);
    }

    #[test]
    fn no_mentions_no_timeline() {
        assert!(timeline(Vec::new()).is_empty());
    }
}
