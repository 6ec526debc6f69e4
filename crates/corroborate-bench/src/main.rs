//! The benchmark harness binary: `corroborate-bench all` runs every suite on
//! the public evaluation sets in `../shared/data` and rewrites BENCHMARKS.md;
//! `corroborate-bench NAME...` runs only those suites and replaces only their
//! sections. Everything lives in the library so tests can reach the scorer.

fn main() -> anyhow::Result<()> {
    corroborate_bench::cli(std::env::args().skip(1).collect())
}
