//! Readers for the evaluation sets in `ctx.data` that several suites share.
//! They only read; nothing here writes under the data directory.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use anyhow::Context;
use serde::Deserialize;

use crate::Ctx;

/// One Multi-News test cluster: its source articles and reference summary.
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct MultiNewsStory {
    pub(crate) documents: Vec<String>,
    pub(crate) summary: String,
}

/// The Multi-News test file.
pub(crate) fn multinews_path(ctx: &Ctx) -> PathBuf {
    ctx.data.join("multinews_test/test.jsonl.gz")
}

/// The Multi-News test clusters in file order (5,622; 38 have no documents);
/// with `ctx.quick`, only the first 50.
pub(crate) fn multinews(ctx: &Ctx) -> anyhow::Result<Vec<MultiNewsStory>> {
    let path = multinews_path(ctx);
    let file = fs_err::File::open(&path)?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let limit = if ctx.quick { 50 } else { usize::MAX };
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        if out.len() >= limit {
            break;
        }
        let line = line.with_context(|| format!("{}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let story: MultiNewsStory = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", path.display(), i + 1))?;
        out.push(story);
    }
    Ok(out)
}

/// The example story's folder, relative to the repository root: the first
/// folder under `examples/` (by name) that holds `.txt` articles.
pub(crate) fn example_dir(ctx: &Ctx) -> anyhow::Result<String> {
    let mut dirs: Vec<PathBuf> = fs_err::read_dir(ctx.root.join("examples"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let has_txt = fs_err::read_dir(&dir)?
            .filter_map(|e| e.ok())
            .any(|e| e.path().extension().is_some_and(|x| x == "txt"));
        if has_txt {
            if let Some(name) = dir.file_name() {
                return Ok(format!("examples/{}", name.to_string_lossy()));
            }
        }
    }
    anyhow::bail!("no example story (a folder of .txt articles) under examples/")
}

/// The example story's articles, sorted by file name, as (path relative to
/// the repository root, text).
pub(crate) fn example_story(ctx: &Ctx) -> anyhow::Result<Vec<(String, String)>> {
    let rel = example_dir(ctx)?;
    let mut out = Vec::new();
    for entry in fs_err::read_dir(ctx.root.join(&rel))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((format!("{rel}/{name}"), fs_err::read_to_string(&path)?));
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Ctx {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        Ctx {
            data: root.join("../shared/data"),
            root,
            quick: true,
            peers: false,
        }
    }

    #[test]
    fn example_story_is_found_under_examples_with_its_articles() {
        let ctx = ctx();
        let dir = example_dir(&ctx).unwrap();
        assert!(dir.starts_with("examples/"));
        let story = example_story(&ctx).unwrap();
        assert_eq!(story.len(), 5);
        for (path, text) in &story {
            assert!(path.starts_with(&format!("{dir}/")) && path.ends_with(".txt"));
            assert!(corroborate::model::count_words(text) > 100, "{path}");
        }
        // Sorted by name, so runs are reproducible.
        assert!(story.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
