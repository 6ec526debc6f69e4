//! Tests of quote extraction on inline snippets and the example story.

use corroborate_model::{Article, ArticleId, QuoteInstance};

use super::quotes;

fn article(text: &str) -> Article {
    Article {
        id: ArticleId(0),
        path: "t.txt".into(),
        source: "t".into(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: 0,
        sentences: Vec::new(),
    }
}

fn run(text: &str) -> Vec<QuoteInstance> {
    quotes(&article(text), &[])
}

#[test]
fn straight_quote_with_speaker_after() {
    let q = run("\"We will win,\" Jane Doe said on Monday.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will win,");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn dump_example_tmp() {
    for name in ["000_fc4cf4c844a25a70", "001_59871baaf38b8acc", "002_792fa98b3f586fcb", "003_7d226b6bb6013d46", "004_7268502e5bc210fd"] {
        let path = format!("{}/../../examples/east-aleppo-2016/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        println!("=== {name}");
        for q in run(&text) {
            let t: String = q.text.chars().take(60).collect();
            let sp = q.speaker_span.map(|s| s.slice(&text).to_string());
            println!("{t:60} | {:?} | {:?} | {:?} | {:?}", q.cue, sp, q.speaker_name, q.speaker_kind);
        }
    }
}
