//! End-to-end tests of the `corroborate` binary: they run the real program
//! in a temporary directory and check its output, its messages and its exit
//! code, and validate every JSON brief against `docs/brief.schema.json`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example_dir() -> PathBuf {
    repo().join("examples/east-aleppo-2016")
}

fn corroborate(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("the binary ends")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("docs/brief.schema.json")).expect("schema file"),
    )
    .expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// Checks one brief against the schema and checks that every span indexes
/// its article's text on char boundaries.
fn check_brief(brief: &Value) {
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(brief)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "brief does not match the schema: {errors:#?}"
    );
    let texts: std::collections::HashMap<String, String> = brief["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().expect("id").to_string(),
                a["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    let check = |article: &str, start: u64, end: u64, what: &str| {
        let text = texts
            .get(article)
            .unwrap_or_else(|| panic!("{what} cites unknown article {article}"));
        let (s, e) = (start as usize, end as usize);
        assert!(
            s <= e && e <= text.len(),
            "{what} span {s}..{e} outside {article} ({} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{what} span {s}..{e} splits a char"
        );
    };
    let cite = |v: &Value, what: &str| {
        check(
            v["article"].as_str().expect("article"),
            v["start"].as_u64().expect("start"),
            v["end"].as_u64().expect("end"),
            what,
        )
    };
    for a in brief["articles"].as_array().expect("articles") {
        let id = a["id"].as_str().expect("id");
        for pair in a["sentences"].as_array().expect("sentences") {
            check(
                id,
                pair[0].as_u64().expect("start"),
                pair[1].as_u64().expect("end"),
                "sentence",
            );
        }
    }
    for s in brief["summary"].as_array().expect("summary") {
        cite(s, "summary");
        let text = &texts[s["article"].as_str().expect("article")];
        let slice = &text[s["start"].as_u64().expect("start") as usize
            ..s["end"].as_u64().expect("end") as usize];
        assert_eq!(
            s["text"].as_str(),
            Some(slice),
            "summary text is not quoted exactly"
        );
        s["also"]
            .as_array()
            .expect("also")
            .iter()
            .for_each(|c| cite(c, "summary also"));
    }
    for f in brief["figures"].as_array().expect("figures") {
        for r in f["reports"].as_array().expect("reports") {
            cite(r, "figure");
            let a = r["article"].as_str().expect("article");
            check(
                a,
                r["sentence"]["start"].as_u64().expect("start"),
                r["sentence"]["end"].as_u64().expect("end"),
                "figure sentence",
            );
        }
    }
    for q in brief["quotes"].as_array().expect("quotes") {
        for i in q["instances"].as_array().expect("instances") {
            cite(i, "quote");
            if let Some(sp) = i["speaker_span"].as_object() {
                let a = i["article"].as_str().expect("article");
                check(
                    a,
                    sp["start"].as_u64().expect("start"),
                    sp["end"].as_u64().expect("end"),
                    "speaker",
                );
            }
        }
    }
    for e in brief["entities"].as_array().expect("entities") {
        e["mentions"]
            .as_array()
            .expect("mentions")
            .iter()
            .for_each(|m| cite(m, "entity mention"));
    }
    for t in brief["timeline"].as_array().expect("timeline") {
        for ev in t["events"].as_array().expect("events") {
            cite(ev, "timeline event");
            let a = ev["article"].as_str().expect("article");
            let x = &ev["expression"];
            check(
                a,
                x["start"].as_u64().expect("start"),
                x["end"].as_u64().expect("end"),
                "time expression",
            );
        }
    }
}

#[test]
fn example_story_json_matches_the_contract() {
    let dir = example_dir();
    let out = corroborate(
        &["brief", dir.to_str().expect("path"), "--format", "json"],
        &repo(),
    );
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON output");
    check_brief(&brief);
    let articles = brief["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for a in articles {
        let text = a["text"].as_str().expect("text");
        assert!(!a["title"].as_str().expect("title").is_empty());
        assert!(!a["source"].as_str().expect("source").is_empty());
        assert!(a["words"].as_u64().expect("words") > 300);
        assert!(!a["sentences"].as_array().expect("sentences").is_empty());
        for junk in [
            "Join the",
            "[bookmark",
            "log in",
            "moderator",
            "themedialine.org -",
        ] {
            assert!(
                !text.contains(junk),
                "{} keeps boilerplate {junk:?}",
                a["id"]
            );
        }
        assert!(
            !text.lines().any(|l| l.trim() == "Latest"),
            "{} keeps a section label",
            a["id"]
        );
    }
}

#[test]
fn default_output_is_markdown_with_the_sources() {
    let dir = example_dir();
    let out = corroborate(&["brief", dir.to_str().expect("path")], &repo());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with("# "),
        "not Markdown: {}",
        &md[..md.len().min(200)]
    );
    assert!(md.contains("Scenes from East Aleppo as the Regime Closes in"));
    assert!(md.contains("Rebel Forces in Aleppo Are On the Verge Of Collapse"));
}

#[test]
fn output_file_extension_picks_the_format() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = example_dir();
    let page = tmp.path().join("brief.html");
    let out = corroborate(
        &[
            "brief",
            dir.to_str().expect("path"),
            "-o",
            page.to_str().expect("path"),
        ],
        tmp.path(),
    );
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&page).expect("page written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    let json = tmp.path().join("brief.json");
    let out = corroborate(
        &[
            "brief",
            dir.to_str().expect("path"),
            "-o",
            json.to_str().expect("path"),
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let brief: Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written")).expect("JSON");
    assert_eq!(brief["schema"], "corroborate.brief/1");
}

#[test]
fn standard_input_is_an_article() {
    let out = with_stdin(
        &["brief", "-", "--format", "json", "--date", "2016-12-13"],
        b"Rebels agree to leave\n\nThe rebels agreed on Tuesday to leave the city. Buses arrived at noon.\n",
    );
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    check_brief(&brief);
    assert_eq!(brief["articles"][0]["title"], "Rebels agree to leave");
    assert_eq!(brief["articles"][0]["path"], "-");
    assert_eq!(brief["articles"][0]["published"], "2016-12-13");
    assert_eq!(brief["articles"][0]["published_inferred"], false);
    assert_eq!(
        brief["articles"][0]["sentences"].as_array().map(Vec::len),
        Some(2)
    );
}

#[test]
fn publication_date_is_inferred_from_the_text_when_nothing_gives_it() {
    let out = with_stdin(
        &["brief", "-", "--format", "json"],
        b"Talks stall\n\nOn November 29, 2016, talks began. They stalled on December 3, 2016, officials said.\n",
    );
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(brief["articles"][0]["published"], "2016-12-03");
    assert_eq!(brief["articles"][0]["published_inferred"], true);
}

#[test]
fn json_and_json_lines_inputs_are_read() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("one.json"),
        r#"{"title": "Dam breaks", "source": "Wire A", "url": "https://a.example/dam", "published": "2020-05-01", "text": "A dam broke on Friday. Hundreds fled."}"#,
    )
    .expect("write");
    std::fs::write(
        tmp.path().join("two.jsonl"),
        "{\"title\": \"Dam bursts\", \"source\": \"Wire B\", \"text\": \"The dam burst. About 300 people fled.\"}\n\
         {\"title\": \"Flood\", \"text\": \"Water rose in the valley.\"}\n",
    )
    .expect("write");
    let out = corroborate(&["brief", ".", "--format", "json"], tmp.path());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    check_brief(&brief);
    let articles = brief["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 3);
    assert_eq!(articles[0]["source"], "Wire A");
    assert_eq!(articles[0]["url"], "https://a.example/dam");
    assert_eq!(articles[0]["published"], "2020-05-01");
    assert_eq!(articles[1]["source"], "Wire B");
}

#[test]
fn multi_news_lines_are_briefed_one_story_each() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("stories.txt"),
        "A storm hit the coast. Roads closed. ||||| The storm killed two people. |||||  \n\
         Markets fell on Monday. ||||| Stocks dropped 3 percent.\n",
    )
    .expect("write");
    let out = corroborate(&["brief", "stories.txt", "--format", "json"], tmp.path());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON brief a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for brief in &lines {
        check_brief(brief);
        assert_eq!(brief["articles"].as_array().map(Vec::len), Some(2));
    }
}

#[test]
fn bad_files_are_warned_about_and_the_rest_is_briefed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("good.txt"),
        "Title\n\nA real sentence about the flood. Another one.",
    )
    .expect("write");
    std::fs::write(tmp.path().join("empty.txt"), "").expect("write");
    std::fs::write(
        tmp.path().join("binary.txt"),
        [0u8, 159, 146, 150, 0, 1, 2, 3],
    )
    .expect("write");
    std::fs::write(
        tmp.path().join("latin1.txt"),
        b"Caf\xe9 closes\n\nThe caf\xe9 closed on Monday.",
    )
    .expect("write");
    std::fs::write(tmp.path().join("broken.json"), "{\"text\": ").expect("write");
    let out = corroborate(
        &["brief", ".", "missing.txt", "--format", "json"],
        tmp.path(),
    );
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    check_brief(&brief);
    let paths: Vec<&str> = brief["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["path"].as_str().expect("path"))
        .collect();
    let warnings = brief["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w.as_str().expect("string"))
        .collect::<Vec<_>>()
        .join("\n");
    // Nothing is dropped silently: each input is an article or a warning.
    for name in ["good.txt", "latin1.txt"] {
        assert!(
            paths.iter().any(|p| p.ends_with(name)),
            "{name} missing from {paths:?}"
        );
    }
    for name in [
        "empty.txt",
        "binary.txt",
        "broken.json",
        "missing.txt",
        "latin1.txt",
    ] {
        assert!(
            warnings.contains(name),
            "no warning names {name}: {warnings}"
        );
    }
    let err = stderr(&out);
    assert!(
        err.contains("empty.txt") && err.contains("missing.txt"),
        "stderr: {err}"
    );
}

#[test]
fn no_article_at_all_exits_1_with_a_message() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("notes.csv"), "a,b\n").expect("write");
    let out = corroborate(&["brief", "."], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no article"), "stderr: {err}");
    assert!(err.lines().count() <= 3, "too chatty: {err}");
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = corroborate(&["brief", "x.txt", "--date", "13/12/2016"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--date"));
    let out = corroborate(&["brief"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    let out = corroborate(&["brief", "x.txt", "--format", "pdf"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_shows_examples() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = corroborate(&["brief", "--help"], tmp.path());
    assert!(out.status.success());
    let help = stdout(&out);
    assert!(help.contains("--format") && help.contains("--date") && help.contains("Examples:"));
}

fn slow_tests_enabled() -> bool {
    std::env::var_os("CI").is_some() || std::env::var_os("RUN_SLOW_TESTS").is_some()
}

#[test]
fn ten_thousand_small_files_are_all_read() {
    if !slow_tests_enabled() {
        eprintln!("skipped: set RUN_SLOW_TESTS=1 (CI sets CI) to run");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    for i in 0..10_000 {
        std::fs::write(
            tmp.path().join(format!("{i:05}.txt")),
            format!("Note {i}\n\nItem {i} was filed on Monday."),
        )
        .expect("write");
    }
    let out = corroborate(&["brief", ".", "--format", "json"], tmp.path());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let brief: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(brief["articles"].as_array().map(Vec::len), Some(10_000));
}

#[test]
fn a_50_mb_text_file_is_briefed_without_hanging() {
    if !slow_tests_enabled() {
        eprintln!("skipped: set RUN_SLOW_TESTS=1 (CI sets CI) to run");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let para = "Officials said at least 40 people were killed on Monday in the city, according to the agency. ";
    let mut text = String::from("Huge report\n\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(para);
        if text.len() % 4096 < para.len() {
            text.push_str("\n\n");
        }
    }
    std::fs::write(tmp.path().join("huge.txt"), text).expect("write");
    let out = corroborate(&["brief", "huge.txt", "--format", "md"], tmp.path());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("Huge report"));
}
