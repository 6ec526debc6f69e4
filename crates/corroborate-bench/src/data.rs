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

/// The example story's articles (`examples/east-aleppo-2016/*.txt`), sorted
/// by file name, as (file name, text).
pub(crate) fn example_story(ctx: &Ctx) -> anyhow::Result<Vec<(String, String)>> {
    let dir = ctx.root.join("examples/east-aleppo-2016");
    let mut out = Vec::new();
    for entry in fs_err::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, fs_err::read_to_string(&path)?));
        }
    }
    out.sort();
    Ok(out)
}
