//! The benchmark harness: runs corroborate and its peers on the public
//! evaluation sets in `../shared/data` and rewrites BENCHMARKS.md.

fn main() {
    println!("not built");
}
