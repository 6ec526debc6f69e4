//! Fuzzes `corroborate_ingest::ingest` with arbitrary bytes under each of the
//! file names that steer format detection: it must return a document or a
//! clear error, never panic, and every document's text must be trimmed.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 6] = ["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(corroborate_ingest::Ingested::Articles(docs)) = corroborate_ingest::ingest(name, bytes) {
        for d in docs {
            assert_eq!(d.text.trim(), d.text);
        }
    }
});
