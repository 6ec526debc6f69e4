//! Unit tests of the HTML page's internals: the script's CSP hash and the
//! splitting of article text at cited boundaries.

use base64::Engine;
use corroborate_model::ArticleId;
use sha2::{Digest, Sha256};

use super::*;

#[test]
fn the_csp_hash_matches_the_script() {
    // The page embeds the script as "<script>\n{SCRIPT}</script>".
    let digest = Sha256::digest(format!("\n{SCRIPT}").as_bytes());
    let hash = format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    assert_eq!(SCRIPT_HASH, hash, "update SCRIPT_HASH in html.rs");
}

#[test]
fn the_script_and_style_hold_no_closing_tags_or_data() {
    assert!(!SCRIPT.contains("</"));
    assert!(!STYLE.contains("</"));
    assert!(!STYLE.contains("url(http") && !STYLE.contains("@import"));
}

fn article(text: &str) -> Article {
    Article {
        id: ArticleId(0),
        path: "a.txt".into(),
        source: "A".into(),
        title: "T".into(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.into(),
        words: 0,
        sentences: Vec::new(),
    }
}

#[test]
fn overlapping_ranges_are_split_into_tagged_pieces() {
    let a = article("Hello <you> there.");
    let ranges: BTreeSet<(usize, usize)> = [(0, 11), (6, 18), (6, 11)].into_iter().collect();
    let mut out = String::new();
    text_with_marks(&mut out, &a, &ranges);
    assert_eq!(
        out,
        "<span id=\"a1-0-11\" data-r=\"a1-0-11\">Hello </span>\
         <span id=\"a1-6-11\"></span><span id=\"a1-6-18\" data-r=\"a1-0-11 a1-6-18 a1-6-11\">&lt;you&gt;</span>\
         <span data-r=\"a1-6-18\"> there.</span>"
    );
}

#[test]
fn text_without_ranges_is_only_escaped() {
    let a = article("a < b & c\u{0}");
    let mut out = String::new();
    text_with_marks(&mut out, &a, &BTreeSet::new());
    assert_eq!(out, "a &lt; b &amp; c\u{FFFD}");
}

#[test]
fn invalid_ranges_are_not_addressable() {
    let a = article("é!");
    assert!(valid(&a, 0, 2));
    assert!(!valid(&a, 1, 2), "inside a char");
    assert!(!valid(&a, 2, 2), "empty");
    assert!(!valid(&a, 0, 9), "past the end");
}
