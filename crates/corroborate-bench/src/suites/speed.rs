//! The `speed` suite: how fast the whole `corroborate brief` pipeline runs
//! and how much memory it takes, next to spaCy `en_core_web_sm` (sentences
//! and entities only) and sumy LexRank on the same text. Multi-News test goes
//! through the release CLI as a child process (wall time and its own peak
//! RSS, one thread and all threads); the example story and a Multi-News
//! subset go through library calls timed over many repetitions.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context};
use corroborate::{pipeline, Config, Input};
use serde::Deserialize;

use crate::data::{self, MultiNewsStory};
use crate::measure::{self, Usage};
use crate::report::{self, Section, Table};
use crate::{peers, Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "speed",
    about: "articles/s and peak memory of the whole brief vs spaCy and sumy",
    run,
};

/// Multi-News stories the Python peers (and our same-text comparison) run
/// on: spaCy on all 5,622 would take many minutes for a throughput figure
/// that a tenth of them pins down as well.
const PEER_STORIES: usize = 500;
/// Time limit of one CLI run on all of Multi-News (ten times the 30 s target).
const CLI_LIMIT_SECS: u64 = 300;
/// Repetitions of the example story for the peers.
const PEER_EXAMPLE_REPS: usize = 5;
/// The project's target: the whole brief at least this many times spaCy's
/// sentences + entities throughput.
const TARGET_VS_SPACY: f64 = 50.0;

fn config() -> Config {
    // The CLI's default summary length.
    Config {
        date: None,
        summary_words: 120,
    }
}

/// Size of a set of articles.
#[derive(Clone, Copy, Debug, Default)]
struct Size {
    articles: usize,
    words: usize,
}

fn size<'a>(texts: impl IntoIterator<Item = &'a String>) -> Size {
    let mut s = Size::default();
    for t in texts {
        s.articles += 1;
        s.words += corroborate::model::count_words(t);
    }
    s
}

/// Multi-News stories as the JSONL the CLI and ingest read.
fn jsonl(stories: &[MultiNewsStory]) -> Vec<u8> {
    let mut out = Vec::new();
    for s in stories {
        let line = serde_json::json!({"documents": s.documents, "summary": s.summary});
        out.extend_from_slice(line.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

/// Builds the release CLI and returns its path.
fn build_cli(ctx: &Ctx) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let ok = Command::new(cargo)
        .current_dir(&ctx.root)
        .args(["build", "--release", "-q", "-p", "corroborate-cli"])
        .status()
        .context("cargo build")?
        .success();
    let bin = ctx.root.join("target/release/corroborate");
    if !ok || !bin.is_file() {
        bail!("cannot build the release CLI (cargo build --release -p corroborate-cli)");
    }
    Ok(bin)
}

/// Runs `corroborate brief FILE --format json -o OUT` with `threads` rayon
/// threads (None = all) and returns its usage; a run past `limit` is killed
/// and is an error.
fn cli_run(
    bin: &Path,
    file: &Path,
    out: &Path,
    threads: Option<usize>,
    limit: Duration,
) -> anyhow::Result<Usage> {
    let mut cmd = Command::new(bin);
    cmd.arg("brief")
        .arg(file)
        .args(["--format", "json", "-o"])
        .arg(out);
    match threads {
        Some(n) => cmd.env("RAYON_NUM_THREADS", n.to_string()),
        None => cmd.env_remove("RAYON_NUM_THREADS"),
    };
    let _ = fs_err::remove_file(out);
    let (_, usage) = measure::run_limited(&mut cmd, b"", Some(limit))
        .map_err(|e| anyhow::anyhow!("corroborate brief: {e}"))?;
    let written = fs_err::metadata(out)?.len();
    if written == 0 {
        bail!("corroborate brief wrote nothing to {}", out.display());
    }
    Ok(usage)
}

#[derive(Deserialize)]
struct SpacyOut {
    docs: Vec<serde_json::Value>,
    seconds: f64,
}

#[derive(Deserialize)]
struct SumyOut {
    seconds: std::collections::HashMap<String, f64>,
}

/// A peer's throughput: articles per second of its own processing time
/// (start-up and model loading excluded), and its process's peak memory.
#[derive(Clone, Copy, Debug)]
struct PeerRate {
    articles_per_s: f64,
    words_per_s: f64,
    rss_mib: f64,
}

fn spacy(ctx: &Ctx, texts: &[String], n: Size) -> Option<PeerRate> {
    let input = serde_json::to_vec(&serde_json::json!({ "texts": texts })).ok()?;
    let (out, usage) = peers::run_python_measured(ctx, "spacy_ner.py", &[], &input)?;
    let got: SpacyOut = serde_json::from_slice(&out).ok()?;
    (got.docs.len() == texts.len() && got.seconds > 0.0).then(|| PeerRate {
        articles_per_s: n.articles as f64 / got.seconds,
        words_per_s: n.words as f64 / got.seconds,
        rss_mib: usage.rss_mib(),
    })
}

/// sumy LexRank given our sentences (its time excludes segmentation).
fn lexrank(ctx: &Ctx, stories: &[Vec<String>], n: Size) -> Option<PeerRate> {
    let req = serde_json::json!({ "stories": stories, "words": 300, "methods": ["lexrank"] });
    let input = serde_json::to_vec(&req).ok()?;
    let (out, usage) = peers::run_python_measured(ctx, "sumy_summarize.py", &[], &input)?;
    let got: SumyOut = serde_json::from_slice(&out).ok()?;
    let secs = got.seconds.get("lexrank").copied().filter(|s| *s > 0.0)?;
    Some(PeerRate {
        articles_per_s: n.articles as f64 / secs,
        words_per_s: n.words as f64 / secs,
        rss_mib: usage.rss_mib(),
    })
}

/// The sentences of every article of a story, in order, by our segmenter.
fn story_sentences(docs: &[String]) -> Vec<String> {
    docs.iter()
        .flat_map(|d| {
            corroborate_segment::sentences(d)
                .into_iter()
                .map(move |s| s.slice(d).trim().to_string())
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn yes_no(ok: bool) -> &'static str {
    if ok {
        "yes"
    } else {
        "**no**"
    }
}

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let cfg = config();
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut section = Section::new("speed", "Speed and memory (whole brief vs spaCy and sumy)");

    // 1. The example story, in-process, many repetitions.
    let example = data::example_story(ctx)?;
    let inputs: Vec<Input> = example
        .iter()
        .map(|(name, text)| Input {
            path: name.clone(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let budget = Duration::from_secs(if ctx.quick { 1 } else { 3 });
    let read_segment = || {
        for input in &inputs {
            if let Ok(corroborate_ingest::Ingested::Articles(docs)) =
                corroborate_ingest::ingest(&input.path, &input.bytes)
            {
                for d in docs {
                    black_box(corroborate_segment::sentences(&d.text));
                }
            }
        }
    };
    let brief = || {
        black_box(pipeline::run(inputs.clone(), &cfg));
    };
    // The two halves apart, to show where the time goes.
    let texts: Vec<String> = inputs
        .iter()
        .filter_map(|i| match corroborate_ingest::ingest(&i.path, &i.bytes) {
            Ok(corroborate_ingest::Ingested::Articles(docs)) => Some(docs),
            _ => None,
        })
        .flatten()
        .map(|d| d.text)
        .collect();
    let read_only = || {
        for input in &inputs {
            black_box(corroborate_ingest::ingest(&input.path, &input.bytes).is_ok());
        }
    };
    let segment_only = || {
        for t in &texts {
            black_box(corroborate_segment::sentences(t));
        }
    };
    let read_1 = one.install(|| measure::per_call(budget, 20, 100_000, read_only));
    let split_1 = one.install(|| measure::per_call(budget, 20, 100_000, segment_only));
    let seg_1 = one.install(|| measure::per_call(budget, 20, 100_000, read_segment));
    let seg_n = measure::per_call(budget, 20, 100_000, read_segment);
    let brief_1 = one.install(|| measure::per_call(budget, 20, 100_000, brief));
    let brief_n = measure::per_call(budget, 20, 100_000, brief);
    let ex_size = size(example.iter().map(|(_, t)| t));
    let ex_texts: Vec<String> = (0..PEER_EXAMPLE_REPS)
        .flat_map(|_| example.iter().map(|(_, t)| t.clone()))
        .collect();
    let ex_rep_size = size(&ex_texts);
    let ex_sentences = story_sentences(&example.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>());
    let ex_spacy = spacy(ctx, &ex_texts, ex_rep_size);
    let ex_lexrank = lexrank(ctx, &vec![ex_sentences; PEER_EXAMPLE_REPS], ex_rep_size);
    let ex_rate_1 = ex_size.articles as f64 / brief_1;

    let mut t = Table::new(&[
        &format!("example story ({} articles)", ex_size.articles),
        "ours, 1 thread",
        &format!("ours, {cores} threads"),
        "target",
        "met",
    ]);
    for (label, secs) in [("read (ingest) alone", read_1), ("segment alone", split_1)] {
        t.row([
            label.to_string(),
            report::seconds(Some(secs)),
            report::NONE.to_string(),
            report::NONE.to_string(),
            report::NONE.to_string(),
        ]);
    }
    t.row([
        "read + segment the five articles".to_string(),
        report::seconds(Some(seg_1)),
        report::seconds(Some(seg_n)),
        "< 5 ms".to_string(),
        yes_no(seg_1 < 0.005).to_string(),
    ]);
    t.row([
        "whole brief".to_string(),
        report::seconds(Some(brief_1)),
        report::seconds(Some(brief_n)),
        "< 10 ms".to_string(),
        yes_no(brief_1 < 0.010).to_string(),
    ]);
    section.table(&t);

    // Where the time of one brief goes: each per-article stage over the five
    // articles, and each renderer over the finished brief.
    let story = pipeline::run(inputs.clone(), &cfg);
    let story_brief = story
        .briefs
        .first()
        .context("the example story gives a brief")?;
    let articles = &story_brief.articles;
    // The stages themselves never spawn threads, so these are one-thread figures.
    let per_stage = |f: &dyn Fn(&corroborate::model::Article)| {
        measure::per_call(budget, 20, 100_000, || {
            for a in articles {
                f(a);
            }
        })
    };
    let figures_1 = per_stage(&|a| {
        black_box(corroborate_extract::figures(a));
    });
    let names_quotes_1 = per_stage(&|a| {
        let mentions = corroborate_extract::entities(a);
        black_box(corroborate_extract::quotes(a, &mentions));
    });
    let time_1 = per_stage(&|a| {
        black_box(corroborate_extract::times(a));
    });
    let n = articles.len().max(1) as f64;
    let mut t = Table::new(&[
        "example story, where the time goes (1 thread)",
        "total",
        "per article",
        "target",
        "met",
    ]);
    for (label, secs, target) in [
        (
            "figures (extract)",
            figures_1,
            Some(("< 1 ms per article", 0.001)),
        ),
        (
            "names + quotes (extract)",
            names_quotes_1,
            Some(("< 2 ms per article", 0.002)),
        ),
        ("dates (extract)", time_1, None),
    ] {
        t.row([
            label.to_string(),
            report::seconds(Some(secs)),
            report::seconds(Some(secs / n)),
            target.map_or(report::NONE.to_string(), |(text, _)| text.to_string()),
            target.map_or(report::NONE.to_string(), |(_, limit)| {
                yes_no(secs / n < limit).to_string()
            }),
        ]);
    }
    let json_1 = measure::per_call(budget, 20, 100_000, || {
        black_box(corroborate::render::json(story_brief));
    });
    let md_1 = measure::per_call(budget, 20, 100_000, || {
        black_box(corroborate::render::markdown(story_brief));
    });
    let html_1 = measure::per_call(budget, 20, 100_000, || {
        black_box(corroborate::render::html(story_brief));
    });
    for (label, secs, target) in [
        ("render JSON", json_1, None),
        ("render Markdown", md_1, Some(("< 2 ms", 0.002))),
        ("render HTML", html_1, Some(("< 2 ms", 0.002))),
    ] {
        t.row([
            label.to_string(),
            report::seconds(Some(secs)),
            report::NONE.to_string(),
            target.map_or(report::NONE.to_string(), |(text, _)| text.to_string()),
            target.map_or(report::NONE.to_string(), |(_, limit)| {
                yes_no(secs < limit).to_string()
            }),
        ]);
    }
    section.table(&t);
    let mut t = Table::new(&[
        "example story throughput",
        "articles/s",
        "words/s",
        "peak memory",
        "ours ÷ peer",
    ]);
    t.row([
        "ours, whole brief, 1 thread".to_string(),
        report::num(Some(ex_rate_1), 0),
        report::num(Some(ex_size.words as f64 / brief_1), 0),
        report::NONE.to_string(),
        report::NONE.to_string(),
    ]);
    for (name, rate) in [
        ("spaCy en_core_web_sm, sentences + entities", ex_spacy),
        ("sumy LexRank (given our sentences)", ex_lexrank),
    ] {
        t.row([
            name.to_string(),
            report::peer(rate.map(|r| r.articles_per_s), |x| report::num(x, 0)),
            report::peer(rate.map(|r| r.words_per_s), |x| report::num(x, 0)),
            report::peer(rate.map(|r| r.rss_mib), |x| {
                format!("{} MiB", report::num(x, 0))
            }),
            report::ratio(Some(ex_rate_1), rate.map(|r| r.articles_per_s)),
        ]);
    }
    section.table(&t);

    // 2. Multi-News test through the release CLI, one thread and all; then
    // the first stories alone, the same text the peers get. Each run has a
    // time limit so a pathological stage cannot hang the harness.
    let stories = data::multinews(ctx)?;
    let all_size = size(stories.iter().flat_map(|s| &s.documents));
    let tmp = ctx.root.join("target/bench-tmp");
    fs_err::create_dir_all(&tmp)?;
    // The CLI reads the data file itself; slices are written under target/
    // (never under the data directory).
    let file = if ctx.quick {
        let f = tmp.join("multinews-quick.jsonl");
        fs_err::write(&f, jsonl(&stories))?;
        f
    } else {
        data::multinews_path(ctx)
    };
    let subset: Vec<MultiNewsStory> = stories
        .iter()
        .take(if ctx.quick { 20 } else { PEER_STORIES })
        .cloned()
        .collect();
    let sub_file = tmp.join("multinews-subset.jsonl");
    fs_err::write(&sub_file, jsonl(&subset))?;
    let out = tmp.join("multinews-briefs.json");
    let limit = Duration::from_secs(if ctx.quick { 120 } else { CLI_LIMIT_SECS });
    let bin = build_cli(ctx);
    let cli_on = |file: &Path, threads: Option<usize>| -> anyhow::Result<Usage> {
        match &bin {
            Ok(bin) => cli_run(bin, file, &out, threads, limit),
            Err(e) => bail!("{e:#}"),
        }
    };
    let cli_1 = cli_on(&file, Some(1));
    // All threads cannot finish what one thread could not: don't wait twice.
    let cli_n = match &cli_1 {
        Ok(_) => cli_on(&file, None),
        Err(e) => Err(anyhow::anyhow!("not run: the 1-thread run failed ({e:#})")),
    };
    let cli_sub = cli_on(&sub_file, Some(1));
    for e in [&cli_1, &cli_n, &cli_sub]
        .into_iter()
        .filter_map(|r| r.as_ref().err())
    {
        eprintln!("bench: speed: {e:#}");
    }

    let sub_texts: Vec<String> = subset.iter().flat_map(|s| s.documents.clone()).collect();
    let sub_size = size(&sub_texts);
    // Processing alone, like the peers' figures (no process start-up): the
    // library on the same stories in a 1-thread pool, run only once the CLI
    // has shown it finishes on them.
    let lib_sub = cli_sub.as_ref().ok().map(|_| {
        let input = Input {
            path: "multinews-subset.jsonl".to_string(),
            bytes: jsonl(&subset),
        };
        one.install(|| {
            measure::per_call(Duration::ZERO, 3, 3, || {
                black_box(pipeline::run(vec![input.clone()], &cfg));
            })
        })
    });
    let ours_sub_rate = lib_sub.map(|secs| sub_size.articles as f64 / secs);
    let sub_sentences: Vec<Vec<String>> = subset
        .iter()
        .map(|s| story_sentences(&s.documents))
        .collect();
    let mn_spacy = spacy(ctx, &sub_texts, sub_size);
    let mn_lexrank = lexrank(ctx, &sub_sentences, sub_size);

    let mut t = Table::new(&[
        "Multi-News test",
        "articles",
        "wall",
        "articles/s",
        "words/s",
        "peak memory",
        "ours ÷ spaCy",
    ]);
    let sub_label = format!("first {} stories", subset.len());
    for (label, run, n) in [
        (
            "ours, whole brief, CLI, 1 thread, all stories".to_string(),
            &cli_1,
            all_size,
        ),
        (
            format!("ours, whole brief, CLI, {cores} threads, all stories"),
            &cli_n,
            all_size,
        ),
        (
            format!("ours, whole brief, CLI, 1 thread, {sub_label}"),
            &cli_sub,
            sub_size,
        ),
    ] {
        match run {
            Ok(u) => {
                let rate = n.articles as f64 / u.wall;
                t.row([
                    label,
                    report::count(n.articles as u64),
                    report::seconds(Some(u.wall)),
                    report::num(Some(rate), 0),
                    report::num(Some(n.words as f64 / u.wall), 0),
                    format!("{} MiB", report::num(Some(u.rss_mib()), 0)),
                    report::ratio(Some(rate), mn_spacy.map(|r| r.articles_per_s)),
                ]);
            }
            Err(e) => {
                t.row([
                    label,
                    report::count(n.articles as u64),
                    format!("failed: {e:#}"),
                ]);
            }
        }
    }
    if let Some(secs) = lib_sub {
        t.row([
            format!("ours, whole brief, library, 1 thread, {sub_label} (no start-up)"),
            report::count(sub_size.articles as u64),
            report::seconds(Some(secs)),
            report::num(ours_sub_rate, 0),
            report::num(Some(sub_size.words as f64 / secs), 0),
            report::NONE.to_string(),
            report::ratio(ours_sub_rate, mn_spacy.map(|r| r.articles_per_s)),
        ]);
    }
    for (name, rate) in [
        (
            "spaCy en_core_web_sm 3.8.0, sentences + entities, 1 process",
            mn_spacy,
        ),
        (
            "sumy 0.13.0 LexRank, 300 words (given our sentences)",
            mn_lexrank,
        ),
    ] {
        t.row([
            format!("{name}, first {} stories", subset.len()),
            report::count(sub_size.articles as u64),
            report::peer(
                rate.map(|r| sub_size.articles as f64 / r.articles_per_s),
                report::seconds,
            ),
            report::peer(rate.map(|r| r.articles_per_s), |x| report::num(x, 0)),
            report::peer(rate.map(|r| r.words_per_s), |x| report::num(x, 0)),
            report::peer(rate.map(|r| r.rss_mib), |x| {
                format!("{} MiB", report::num(x, 0))
            }),
            report::NONE.to_string(),
        ]);
    }
    section.table(&t);

    let same_text_ratio = ours_sub_rate
        .zip(mn_spacy)
        .map(|(o, r)| o / r.articles_per_s);
    // Reading and segmenting alone, every story, in-process on one thread.
    let all_bytes = jsonl(&stories);
    let read_segment_all = measure::per_call(Duration::ZERO, 1, 1, || {
        if let Ok(corroborate_ingest::Ingested::Stories(all)) =
            corroborate_ingest::ingest("multinews.jsonl", &all_bytes)
        {
            for doc in all.iter().flatten() {
                black_box(corroborate_segment::sentences(&doc.text));
            }
        }
    });
    let mut t = Table::new(&["target", "measured", "met"]);
    t.row([
        format!(
            "read + segment all {} Multi-News stories < 5 s on one core (library)",
            report::count(stories.len() as u64)
        ),
        report::seconds(Some(read_segment_all)),
        yes_no(read_segment_all < 5.0).to_string(),
    ]);
    t.row([
        format!(
            "whole brief ≥ {TARGET_VS_SPACY:.0}× spaCy sentences + entities (same text, 1 thread, processing alone)"
        ),
        match (&cli_sub, same_text_ratio) {
            (Err(_), _) => "ours failed".to_string(),
            (_, r) => report::peer(r, |x| format!("{}×", report::num(x, 1))),
        },
        match same_text_ratio {
            Some(r) => yes_no(r >= TARGET_VS_SPACY).to_string(),
            None => report::NONE.to_string(),
        },
    ]);
    if let Ok(u1) = &cli_1 {
        t.row([
            format!(
                "all {} Multi-News stories < 30 s on one core",
                report::count(stories.len() as u64)
            ),
            report::seconds(Some(u1.wall)),
            yes_no(u1.wall < 30.0).to_string(),
        ]);
    }
    t.row([
        "example story: read + segment < 5 ms, whole brief < 10 ms (1 thread)".to_string(),
        format!(
            "{} / {}",
            report::seconds(Some(seg_1)),
            report::seconds(Some(brief_1))
        ),
        yes_no(seg_1 < 0.005 && brief_1 < 0.010).to_string(),
    ]);
    section.table(&t);

    section.scope(&format!(
        "{} ({} stories, {} articles, {} words){}; the example story is \
         {} ({} articles, {} words). Ours: release build; CLI runs are \
         `corroborate brief FILE --format json -o target/bench-tmp/multinews-briefs.json` as a \
         child process with RAYON_NUM_THREADS=1 and unset, wall time and that process's peak \
         RSS (wait4), start-up and reading included (killed after {} s); example-story timings and the \
         library row are medians of repeated library calls (`corroborate_ingest::ingest` + \
         `corroborate_segment::sentences`; `corroborate::pipeline::run`) in a 1-thread or the \
         global rayon pool. Peers: \
         their own processing time only (Python start-up and model loading excluded), on the \
         first {} Multi-News stories (the same text as our subset row) and on the example \
         story repeated {} times; peak memory is the peer process's. {} logical cores.",
        "Multi-News test",
        report::count(stories.len() as u64),
        report::count(all_size.articles as u64),
        report::count(all_size.words as u64),
        if ctx.quick { " (quick slice)" } else { "" },
        data::example_dir(ctx)?,
        ex_size.articles,
        report::count(ex_size.words as u64),
        limit.as_secs(),
        subset.len(),
        PEER_EXAMPLE_REPS,
        cores,
    ));
    Ok(section.render())
}
