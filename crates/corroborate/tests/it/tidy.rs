//! Tidy checks over the source tree: every Rust file opens with a `//!`
//! paragraph on its purpose, and library code never names the people,
//! places, outlets or figures of the example story (rules must be general;
//! tests, fixtures, examples and benchmarks may).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "target" && !name.starts_with('.') {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let mut files = Vec::new();
    rust_files(&crates_dir(), &mut files);
    assert!(files.len() > 20, "found only {} files", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            !first.starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` opening paragraph: {missing:#?}"
    );
}

/// Whether a path is test, fixture, example or benchmark code.
fn is_test_code(path: &Path) -> bool {
    let s = path.to_string_lossy();
    s.contains("/tests/")
        || s.ends_with("/tests.rs")
        || s.ends_with("_tests.rs")
        || s.contains("/corroborate-bench/")
        || s.contains("/test_data/")
        || s.contains("/fixtures/")
        || s.contains("/examples/")
        || s.contains("/benches/")
}

#[test]
fn library_code_does_not_name_the_example_story() {
    const STORY_WORDS: &[&str] = &[
        "Aleppo",
        "Shamy",
        "al-Shami",
        "Ashqar",
        "Halabi",
        "Hamdo",
        "Kalasa",
        "Kallasa",
        "Bustan",
        "Sheikh Sae",
        "Zakzouk",
        "White Helmets",
        "Daily Beast",
        "Media Line",
        "Global Voices",
        "75,000",
        "80,000",
    ];
    let mut files = Vec::new();
    rust_files(&crates_dir(), &mut files);
    let mut hits = Vec::new();
    for path in files.iter().filter(|p| !is_test_code(p)) {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        // Inline unit tests sit at the end of a file behind `#[cfg(test)]`.
        let library = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        for (n, line) in library.lines().enumerate() {
            if let Some(word) = STORY_WORDS.iter().find(|w| line.contains(*w)) {
                hits.push(format!("{}:{}: {word}", path.display(), n + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "library code names the example story:\n{}",
        hits.join("\n")
    );
}
