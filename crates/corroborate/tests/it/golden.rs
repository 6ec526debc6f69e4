//! Goldens of the example story: the whole brief, run as the README's
//! command runs it (the five files of `examples/east-aleppo-2016`, assumed
//! date 13 December 2016), compared with the files under
//! `test_data/stories/east-aleppo-2016/expected/`. Any change to what the
//! brief says shows up here as a diff to review; after checking it, refresh
//! the files with `UPDATE_EXPECT=1 cargo test -p corroborate --test it golden`.

use corroborate::model::Date;
use corroborate::{pipeline, render, Config, Input};
use expect_test::expect_file;

const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/east-aleppo-2016"
);

fn brief() -> corroborate::model::Brief {
    let mut paths: Vec<_> = std::fs::read_dir(DIR)
        .expect("the example story is in the repository")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5, "{paths:?}");
    let inputs = paths
        .iter()
        .map(|p| Input {
            // the CLI's own path form, so the golden equals the README's output
            path: format!(
                "examples/east-aleppo-2016/{}",
                p.file_name()
                    .and_then(|n| n.to_str())
                    .expect("a UTF-8 name")
            ),
            bytes: std::fs::read(p).expect("readable example file"),
        })
        .collect();
    let cfg = Config {
        date: Some(Date::new(2016, 12, 13).expect("a valid date")),
        summary_words: 120,
    };
    let mut run = pipeline::run(inputs, &cfg);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    assert_eq!(run.briefs.len(), 1);
    run.briefs.remove(0)
}

#[test]
fn example_story_brief_markdown() {
    let brief = brief();
    expect_file!["../../../../test_data/stories/east-aleppo-2016/expected/brief.md"]
        .assert_eq(&render::markdown(&brief));
}

#[test]
fn example_story_brief_json() {
    let brief = brief();
    expect_file!["../../../../test_data/stories/east-aleppo-2016/expected/brief.json"]
        .assert_eq(&render::json(&brief));
}
