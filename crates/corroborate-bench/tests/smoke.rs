//! A fast smoke test of what the benchmarks run: the whole pipeline on a few
//! Multi-News-shaped stories (one JSON line per story, lower-cased text with
//! sentence-initial capitals restored, as in the test set) and the ROUGE
//! scorer on their summaries. No data directory, no Python.

use corroborate::{pipeline, Config, Input};
use corroborate_bench::rouge::{self, Scorer};

/// Three made-up clusters in the Multi-News JSONL shape.
fn stories() -> Vec<(Vec<&'static str>, &'static str)> {
    vec![
        (
            vec![
                "The city council voted on tuesday to close the river bridge for eighteen months of repairs. Engineers found cracks in two of the four supports last spring. The repairs will cost $42 million, the council said. Commuters will be sent to the north crossing, which will get a second lane.",
                "The river bridge will shut next month after the council approved an $42 million repair plan on tuesday. Inspectors reported cracked supports in april. \"We had no safe choice,\" said the council chair, maria lopez. Traffic will move to the north crossing.",
            ],
            "The city council voted to close the river bridge for repairs costing $42 million after engineers found cracked supports. Traffic will use the north crossing.",
        ),
        (
            vec![
                "A storm brought heavy snow to the valley on friday, closing schools and roads. Forecasters said up to 30 centimetres fell in the hills. Power was cut to 12,000 homes, the utility said.",
                "Schools across the valley closed on friday as snow piled up. About 12,000 homes lost power. The utility said crews would work through the night. Roads in the hills stayed closed.",
                "Heavy snow fell across the valley friday. The weather service warned of more snow on sunday.",
            ],
            "A snowstorm closed schools and roads in the valley on friday and cut power to 12,000 homes.",
        ),
        (
            vec![
                "The museum reopened on saturday after a two-year renovation. Visitors queued for hours to see the new gallery of river paintings. The renovation added a cafe and a library.",
                "After two years of work, the museum opened its doors again on saturday. The new gallery shows paintings of the river. Officials said 5,000 people came on the first day.",
            ],
            "The museum reopened after a two-year renovation with a new gallery, and 5,000 people visited on the first day.",
        ),
    ]
}

fn jsonl() -> Vec<u8> {
    let mut out = String::new();
    for (docs, summary) in stories() {
        out.push_str(&serde_json::json!({"documents": docs, "summary": summary}).to_string());
        out.push('\n');
    }
    out.into_bytes()
}

#[test]
fn pipeline_briefs_each_multinews_story_with_cited_summary() {
    let cfg = Config {
        date: None,
        summary_words: 60,
    };
    let input = Input {
        path: "stories.jsonl".to_string(),
        bytes: jsonl(),
    };
    let run = pipeline::run(vec![input], &cfg);
    assert!(run.multi_story);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    let stories = stories();
    assert_eq!(run.briefs.len(), stories.len());
    let scorer = Scorer::default();
    for (brief, (docs, reference)) in run.briefs.iter().zip(&stories) {
        assert_eq!(brief.articles.len(), docs.len());
        for a in &brief.articles {
            assert!(!a.sentences.is_empty());
            for s in &a.sentences {
                assert!(a.text.get(s.start..s.end).is_some(), "bad span {s:?}");
            }
        }
        assert!(!brief.summary.is_empty(), "no summary for {}", brief.title);
        let mut summary = String::new();
        for s in &brief.summary {
            let a = &brief.articles[s.cite.article.0 as usize];
            // Every summary sentence is the cited bytes of its article.
            assert_eq!(a.text.get(s.cite.start..s.cite.end), Some(s.text.as_str()));
            summary.push_str(&s.text);
            summary.push('\n');
        }
        let r = scorer.score(reference, &summary);
        // A summary of the story shares words with its reference; bigrams
        // it may not, so only the unigram-based scores must be positive.
        for v in [r.r1, r.rl, r.su4] {
            assert!(v > 0.0 && v <= 1.0, "{} {r:?}", brief.title);
        }
        assert!((0.0..=1.0).contains(&r.r2));
    }
}

#[test]
fn identical_text_scores_one_and_unrelated_text_less() {
    let (docs, reference) = &stories()[0];
    let same = rouge::score(reference, reference);
    for v in [same.r1, same.r2, same.rl, same.su4] {
        assert!((v - 1.0).abs() < 1e-12, "{same:?}");
    }
    let other = rouge::score(reference, stories()[2].1);
    let related = rouge::score(reference, docs[0]);
    assert!(other.r1 < related.r1, "{other:?} vs {related:?}");
    assert!(other.su4 < related.su4);
}
