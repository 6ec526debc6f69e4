//! The benchmark harness: runs corroborate and its peers on the public
//! evaluation sets in `../shared/data` and rewrites the suites' sections of
//! BENCHMARKS.md. The library holds the suites and the helpers they share (the
//! ROUGE scorer, the Markdown report tables, the Python peer runner) so that
//! the integration tests can check the helpers directly.

mod benchmarks_md;
mod data;
mod measure;
mod peers;
pub mod report;
pub mod rouge;
pub mod rouge_fixture;
pub mod stories;
mod suites;

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use anyhow::{bail, Context};

/// What every suite gets.
pub(crate) struct Ctx {
    /// `../shared/data`, read only: no suite writes there.
    pub(crate) data: PathBuf,
    /// The repository root (BENCHMARKS.md, `crates/corroborate-bench/peers/`,
    /// `target/bench-venv`).
    pub(crate) root: PathBuf,
    /// Run on a small slice of each set (smoke test).
    pub(crate) quick: bool,
    /// Whether Python peers may run (`--no-peers` turns them off; every peer
    /// column then says "peer missing").
    pub(crate) peers: bool,
}

/// One suite: its name, what it measures, and the function that runs it and
/// returns its Markdown section.
pub(crate) struct Suite {
    pub(crate) name: &'static str,
    pub(crate) about: &'static str,
    pub(crate) run: fn(&Ctx) -> anyhow::Result<String>,
}

const USAGE: &str = "usage: corroborate-bench [--quick] [--no-peers] [--no-write] all | SUITE... | record-rouge-fixture";

/// Runs the harness with the command-line arguments (without the program
/// name): the named suites (or `all`), then rewrites their sections of
/// BENCHMARKS.md at the repository root unless `--no-write`. A suite that
/// fails or panics keeps its previous section; the run then ends in an error
/// after the others have run.
pub fn cli(args: Vec<String>) -> anyhow::Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    let no_peers = args.iter().any(|a| a == "--no-peers");
    let no_write = args.iter().any(|a| a == "--no-write");
    let names: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root.canonicalize().context("repository root")?;
    let data = std::env::var_os("CORROBORATE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data"));
    let ctx = Ctx {
        data,
        root,
        quick,
        peers: !no_peers,
    };
    if names.is_empty() {
        eprintln!("{USAGE}\nsuites:");
        for s in suites::ALL {
            eprintln!("  {:<12} {}", s.name, s.about);
        }
        bail!("no suite named");
    }
    if names == ["record-rouge-fixture"] {
        return rouge_fixture::record(&ctx);
    }
    for name in &names {
        if *name != "all" && !suites::ALL.iter().any(|s| s.name == *name) {
            bail!("unknown suite `{name}`\n{USAGE}");
        }
    }
    let mut sections = Vec::new();
    let mut failed = Vec::new();
    for suite in suites::ALL {
        if !(names.contains(&"all") || names.contains(&suite.name)) {
            continue;
        }
        eprintln!("bench: running {}", suite.name);
        let started = std::time::Instant::now();
        // A suite written by someone else must not take the others down.
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| (suite.run)(&ctx)));
        match outcome {
            Ok(Ok(section)) => {
                eprintln!(
                    "bench: {} done in {:.1} s",
                    suite.name,
                    started.elapsed().as_secs_f64()
                );
                println!("{section}");
                sections.push((suite.name, section));
            }
            Ok(Err(e)) => {
                eprintln!("bench: suite `{}` failed: {e:#}", suite.name);
                failed.push(suite.name);
            }
            Err(_) => {
                eprintln!("bench: suite `{}` panicked", suite.name);
                failed.push(suite.name);
            }
        }
    }
    if !no_write && !quick {
        let path = ctx.root.join("BENCHMARKS.md");
        let order: Vec<&str> = suites::ALL.iter().map(|s| s.name).collect();
        let header = benchmarks_md::header();
        // Several harness runs may finish at once: read, merge and write
        // under one lock so none loses another's section.
        let lock = ctx.root.join("target/bench-benchmarks-md.lock");
        benchmarks_md::with_lock(&lock, || {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            let new = benchmarks_md::merge(&old, &header, &sections, &order);
            fs_err::write(&path, new)
        })??;
        eprintln!("bench: wrote {}", path.display());
    } else if quick && !no_write {
        eprintln!("bench: --quick run, BENCHMARKS.md left as it is");
    }
    if !failed.is_empty() {
        bail!("suites failed: {}", failed.join(", "));
    }
    Ok(())
}
