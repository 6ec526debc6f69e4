//! Fuzzes `corroborate_segment::sentences`: on any text the spans must be
//! ordered, disjoint, trimmed, on char boundaries and cover every
//! non-whitespace character (segmentation is lossless).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let spans = corroborate_segment::sentences(text);
    let mut last = 0;
    let mut covered = vec![false; text.len()];
    for s in &spans {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let slice = &text[s.start..s.end];
        assert_eq!(slice, slice.trim());
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        last = s.end;
    }
    for (i, ch) in text.char_indices() {
        assert!(ch.is_whitespace() || covered[i]);
    }
});
