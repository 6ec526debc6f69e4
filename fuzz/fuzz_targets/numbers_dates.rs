//! Fuzzes the number and date readers of `corroborate_extract`: on any text
//! every value must be finite and every span must lie on char boundaries
//! inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for q in corroborate_extract::numbers(text) {
        assert!(q.value.is_finite());
    }
    let reference = jiff::civil::date(2016, 12, 13);
    for lean in [corroborate_extract::Lean::Past, corroborate_extract::Lean::Future] {
        for (span, _) in corroborate_extract::resolve_dates(text, reference, lean) {
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
});
