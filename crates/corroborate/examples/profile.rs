//! Runs the whole brief of a story over and over, for a profiler to sample
//! (`perf record --call-graph dwarf target/release/examples/profile DIR N`).
//! It prints the median time per brief; the benchmark harness, not this
//! loop, owns the reported timings.

use std::time::Instant;

use corroborate::{pipeline, Config, Input};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "examples/east-aleppo-2016".to_string());
    let runs: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(500);
    let mut inputs = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    for p in paths {
        inputs.push(Input {
            path: p.display().to_string(),
            bytes: std::fs::read(&p)?,
        });
    }
    let cfg = Config {
        date: None,
        summary_words: 120,
    };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let run = pipeline::run(inputs.clone(), &cfg);
        std::hint::black_box(&run);
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "median {:?} over {} runs",
        times[times.len() / 2],
        times.len()
    );
    Ok(())
}
