//! The benchmark harness: runs corroborate and its peers on the public
//! evaluation sets in `../shared/data` and rewrites the suite's section of
//! BENCHMARKS.md. `corroborate-bench all` runs every suite; `corroborate-bench
//! NAME` runs one.

mod peers;
mod suites;

use std::path::PathBuf;

use anyhow::{bail, Context};

/// What every suite gets.
pub(crate) struct Ctx {
    /// `../shared/data`, read only.
    pub(crate) data: PathBuf,
    /// The repository root (BENCHMARKS.md, peers/).
    pub(crate) root: PathBuf,
    /// Run on a small slice of each set (smoke test).
    pub(crate) quick: bool,
}

/// One suite: its name, what it measures, and the function that runs it and
/// returns its Markdown section.
pub(crate) struct Suite {
    pub(crate) name: &'static str,
    pub(crate) about: &'static str,
    pub(crate) run: fn(&Ctx) -> anyhow::Result<String>,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
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
    let ctx = Ctx { data, root, quick };
    if names.is_empty() {
        eprintln!("usage: corroborate-bench [--quick] all | SUITE...\nsuites:");
        for s in suites::ALL {
            eprintln!("  {:<12} {}", s.name, s.about);
        }
        bail!("no suite named");
    }
    for suite in suites::ALL {
        if names.contains(&"all") || names.contains(&suite.name) {
            eprintln!("bench: running {}", suite.name);
            let section = (suite.run)(&ctx).with_context(|| format!("suite `{}`", suite.name))?;
            println!("{section}");
        }
    }
    Ok(())
}
