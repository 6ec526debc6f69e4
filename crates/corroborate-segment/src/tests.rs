//! Tests of the news sentence splitter: the pySBD English golden rules,
//! news-specific cases, and the lossless-segmentation property.

use proptest::prelude::*;

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.slice(text)).collect()
}

#[test]
fn golden_rules_pass_at_least_46_of_48() {
    let rules: serde_json::Value =
        serde_json::from_str(include_str!("../test_data/pysbd_golden_rules_en.json"))
            .expect("valid JSON");
    let rules = rules.as_array().expect("a list of rules");
    let mut failed = Vec::new();
    for rule in rules {
        let text = rule["text"].as_str().expect("text");
        let expected: Vec<&str> = rule["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|v| v.as_str().expect("string").trim())
            .collect();
        if split(text) != expected {
            failed.push(rule["id"].as_u64().unwrap_or(0));
        }
    }
    assert_eq!(rules.len(), 48);
    assert!(failed.len() <= 2, "golden rules failed: {failed:?}");
}

#[test]
fn abbreviations_and_titles_do_not_end_sentences() {
    assert_eq!(
        split("Lt.-Gen. Zaid al-Saleh spoke. Dr. Sawah of the U.S. branch agreed."),
        [
            "Lt.-Gen. Zaid al-Saleh spoke.",
            "Dr. Sawah of the U.S. branch agreed."
        ]
    );
    assert_eq!(
        split("The area is 3 sq. km. in size. Prices rose 2 pct. on Monday."),
        [
            "The area is 3 sq. km. in size.",
            "Prices rose 2 pct. on Monday."
        ]
    );
    assert_eq!(
        split("Mr. J. R. Smith left at 5 p.m. on Friday."),
        ["Mr. J. R. Smith left at 5 p.m. on Friday."]
    );
}

#[test]
fn quotes_that_end_sentences_close_them() {
    assert_eq!(
        split("“We will resist,” he said. “This may be my last message.” Then silence."),
        [
            "“We will resist,” he said.",
            "“This may be my last message.”",
            "Then silence."
        ]
    );
    assert_eq!(
        split("He asked, \"Is it over?\" Nobody knew."),
        ["He asked, \"Is it over?\"", "Nobody knew."]
    );
}

#[test]
fn numbers_and_ellipses_stay_inside_sentences() {
    assert_eq!(
        split("About 6.3 million people fled. That is 2.5% more."),
        ["About 6.3 million people fled.", "That is 2.5% more."]
    );
    assert_eq!(
        split("We have over 80,000 human beings…everyone is piled on top of each other."),
        ["We have over 80,000 human beings…everyone is piled on top of each other."]
    );
}

#[test]
fn lines_and_paragraphs_end_sentences() {
    let text = "Latest news\n\nTDB: “I hope you’re safe.”\nAA: “I don’t think I will be tomorrow.”";
    assert_eq!(
        split(text),
        [
            "Latest news",
            "TDB: “I hope you’re safe.”",
            "AA: “I don’t think I will be tomorrow.”"
        ]
    );
}

#[test]
fn hard_wrapped_text_is_joined_across_lines() {
    let line = "The quick brown fox jumps over the lazy dog and keeps on running far";
    let text = format!("{line}\n{line}\n{line}.\n{line}\n{line}\n{line}\n{line}.");
    assert_eq!(sentences(&text).len(), 2);
}

#[test]
fn empty_and_blank_text_have_no_sentences() {
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\n\t ").is_empty());
}

/// Checks the segmentation invariant on `text`.
fn assert_lossless(text: &str) {
    let spans = sentences(text);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &spans {
        assert!(
            s.start >= last_end && s.start < s.end && s.end <= text.len(),
            "bad span {s:?} in {text:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let slice = s.slice(text);
        assert_eq!(slice, slice.trim(), "untrimmed span {s:?}");
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        last_end = s.end;
    }
    for (i, ch) in text.char_indices() {
        if !ch.is_whitespace() {
            assert!(covered[i], "byte {i} ({ch:?}) not covered in {text:?}");
        }
    }
}

#[test]
fn the_example_story_is_segmented_losslessly() {
    for text in [
        include_str!("../../../examples/east-aleppo-2016/000_fc4cf4c844a25a70.txt"),
        include_str!("../../../examples/east-aleppo-2016/001_59871baaf38b8acc.txt"),
        include_str!("../../../examples/east-aleppo-2016/003_7d226b6bb6013d46.txt"),
    ] {
        assert_lossless(text);
        assert!(sentences(text).len() > 20);
    }
}

proptest! {
    #[test]
    fn segmentation_is_lossless_on_any_text(text in "\\PC{0,300}") {
        assert_lossless(&text);
    }

    #[test]
    fn segmentation_is_lossless_on_sentence_like_text(
        text in "([A-Za-z]{1,8}[ .!?\"”…\n]{1,3}|[0-9]{1,3}[.,]|• |\\. \\. \\. ){0,60}"
    ) {
        assert_lossless(&text);
    }
}
#[test]
fn bare_punctuation_joins_the_sentence_before() {
    assert_eq!(
        split("It was over . . She left."),
        ["It was over . .", "She left."]
    );
}
