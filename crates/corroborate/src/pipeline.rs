//! The whole flow, in one readable function: ingest every input, segment and
//! extract each article independently (in parallel), then reconcile, summarise
//! and assemble the brief.

use corroborate_extract as extract;
use corroborate_ingest as ingest;
use corroborate_model::{self as model, Article, ArticleId, Brief, Document};
use corroborate_reconcile as reconcile;
use corroborate_segment as segment;
use corroborate_summarize as summarize;
use rayon::prelude::*;

use crate::{Config, Input};

/// The result of a run: one brief per story, plus inputs that gave nothing.
#[derive(Debug)]
pub struct Run {
    /// One brief per story (several for Multi-News inputs).
    pub briefs: Vec<Brief>,
    /// Whether the inputs were Multi-News (one story per line).
    pub multi_story: bool,
    /// Inputs that could not be read, one line each.
    pub errors: Vec<String>,
}

/// Reads every input and briefs the story (or each Multi-News story).
pub fn run(inputs: Vec<Input>, cfg: &Config) -> Run {
    let parsed: Vec<(String, Result<ingest::Ingested, ingest::IngestError>)> = inputs
        .into_par_iter()
        .map(|input| {
            let res = ingest::ingest(&input.path, &input.bytes);
            (input.path, res)
        })
        .collect();
    let mut errors = Vec::new();
    let mut docs = Vec::new();
    let mut stories = Vec::new();
    for (_, res) in parsed {
        match res {
            Ok(ingest::Ingested::Articles(d)) => docs.extend(d),
            Ok(ingest::Ingested::Stories(s)) => stories.extend(s),
            Err(e) => errors.push(e.to_string()),
        }
    }
    let multi_story = !stories.is_empty();
    let mut briefs: Vec<Brief> = stories
        .into_par_iter()
        .map(|story| brief(story, Vec::new(), cfg))
        .collect();
    if !docs.is_empty() || !multi_story {
        briefs.insert(0, brief(docs, errors.clone(), cfg));
    }
    Run {
        briefs,
        multi_story,
        errors,
    }
}

/// Briefs one story from its documents; `warnings` are carried into the brief.
pub fn brief(docs: Vec<Document>, mut warnings: Vec<String>, cfg: &Config) -> Brief {
    for doc in &docs {
        warnings.extend(doc.warnings.iter().cloned());
    }
    let mut articles: Vec<Article> = docs
        .into_iter()
        .enumerate()
        .map(|(i, doc)| article(ArticleId(i as u32), doc, cfg))
        .collect();
    number_repeated_sources(&mut articles);
    let facts: Vec<Facts> = articles.par_iter().map(facts).collect();
    // A date read from the text, for an article that had none.
    for (article, f) in articles.iter_mut().zip(&facts) {
        if let Some(date) = f.inferred {
            article.published = Some(date);
            article.published_inferred = true;
        }
    }

    let mut reports = Vec::new();
    let mut mentions = Vec::new();
    let mut instances = Vec::new();
    let mut times = Vec::new();
    for f in facts {
        reports.extend(f.figures);
        mentions.extend(f.entities);
        instances.extend(f.quotes);
        times.extend(f.times);
    }
    let entities = reconcile::entities(mentions);
    let quotes = reconcile::quotes(instances, &entities);
    let figures = reconcile::figures(reports, &entities, &times, &articles);
    let timeline = reconcile::timeline(times);
    let summary = summarize::summary(&articles, cfg.summary_words);
    let title = story_title(&articles);
    Brief {
        schema: model::SCHEMA,
        title,
        warnings,
        articles,
        summary,
        figures,
        quotes,
        entities,
        timeline,
    }
}

/// What the extractors found in one article.
struct Facts {
    figures: Vec<model::FigureReport>,
    entities: Vec<model::EntityMention>,
    quotes: Vec<model::QuoteInstance>,
    times: Vec<model::TimeMention>,
    /// The publication date inferred from the text, when it had none.
    inferred: Option<model::Date>,
}

fn facts(article: &Article) -> Facts {
    let entities = extract::entities(article);
    let quotes = extract::quotes(article, &entities);
    // One date scan infers a missing publication date and resolves against it.
    let (times, inferred) = extract::times_inferring(article);
    Facts {
        figures: extract::figures(article),
        quotes,
        entities,
        times,
        inferred,
    }
}

/// Segments one document and settles its outlet, title and date.
fn article(id: ArticleId, doc: Document, cfg: &Config) -> Article {
    let sentences = segment::sentences(&doc.text);
    let words = model::count_words(&doc.text);
    let (published, published_inferred) = match (doc.published, cfg.date) {
        (Some(d), _) => (Some(d), false),
        (None, Some(d)) => (Some(d), false),
        // Inferred from the text later, in the same scan as its dates.
        (None, None) => (None, false),
    };
    let source = doc.source.unwrap_or_else(|| file_stem(&doc.path));
    let title = doc
        .title
        .unwrap_or_else(|| first_words(&doc.text, &sentences));
    Article {
        id,
        path: doc.path,
        source,
        title,
        url: doc.url,
        author: doc.author,
        published,
        published_inferred,
        text: doc.text,
        words,
        sentences,
    }
}

/// Numbers articles that share a source name ("wire #1", "wire #2"), so a
/// reader can tell them apart: the articles of one Multi-News line share a
/// file, and one outlet may file several reports.
fn number_repeated_sources(articles: &mut [Article]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for a in articles.iter() {
        *seen.entry(a.source.clone()).or_default() += 1;
    }
    let mut nth: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for a in articles.iter_mut() {
        if seen.get(&a.source).copied().unwrap_or(0) > 1 {
            let n = nth.entry(a.source.clone()).or_default();
            *n += 1;
            a.source = format!("{} #{n}", a.source);
        }
    }
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    if stem.is_empty() {
        path.to_string()
    } else {
        stem.to_string()
    }
}

/// A title for an untitled article: its first sentence, cut to twelve words.
fn first_words(text: &str, sentences: &[model::Span]) -> String {
    let first = sentences.first().map(|s| s.slice(text)).unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().take(12).collect();
    let mut title = words.join(" ");
    if first.split_whitespace().count() > 12 {
        title.push('…');
    }
    title
}

/// The story's title: the headline that shares the most words with the
/// other headlines (the one most representative of the story), the first on
/// ties.
fn story_title(articles: &[Article]) -> String {
    let words = |title: &str| -> std::collections::BTreeSet<String> {
        title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
            .collect()
    };
    let sets: Vec<_> = articles.iter().map(|a| words(&a.title)).collect();
    let score = |i: usize| -> usize {
        sets.iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, other)| sets[i].intersection(other).count())
            .sum()
    };
    (0..articles.len())
        .max_by_key(|&i| (score(i), std::cmp::Reverse(i)))
        .map(|i| articles[i].title.clone())
        .unwrap_or_else(|| "Untitled story".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(titles: &[&str]) -> Vec<Article> {
        let cfg = Config {
            date: None,
            summary_words: 50,
        };
        titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let doc = Document {
                    path: format!("{i}.txt"),
                    title: Some(t.to_string()),
                    text: "Body.".into(),
                    ..Document::default()
                };
                article(ArticleId(i as u32), doc, &cfg)
            })
            .collect()
    }

    #[test]
    fn the_story_title_is_the_most_representative_headline() {
        let articles = titled(&[
            "Opinion: what we lost",
            "Floods sweep northern valley towns",
            "Northern valley floods kill dozens",
            "Rescuers search valley after floods kill dozens",
        ]);
        assert_eq!(story_title(&articles), "Northern valley floods kill dozens");
        assert_eq!(story_title(&[]), "Untitled story");
    }

    #[test]
    fn articles_sharing_a_source_are_numbered() {
        let mut articles = titled(&["a", "b", "c"]);
        articles[0].source = "wire".into();
        articles[1].source = "paper".into();
        articles[2].source = "wire".into();
        number_repeated_sources(&mut articles);
        let sources: Vec<&str> = articles.iter().map(|a| a.source.as_str()).collect();
        assert_eq!(sources, ["wire #1", "paper", "wire #2"]);
    }

    #[test]
    fn sources_fall_back_to_the_file_name_and_titles_to_the_first_words() {
        let cfg = Config {
            date: None,
            summary_words: 50,
        };
        let doc = Document {
            path: "dir/report-7.txt".into(),
            text: "Rain fell. It stopped.".into(),
            ..Document::default()
        };
        let a = article(ArticleId(0), doc, &cfg);
        assert_eq!(a.source, "report-7");
        assert_eq!(a.title, "Rain fell.");
        assert_eq!(a.sentences.len(), 2);
    }
}
