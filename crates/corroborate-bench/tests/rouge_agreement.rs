//! Our ROUGE scorer against Google's `rouge-score`: the fixture holds pairs of
//! redistributable texts with the F1 scores the Python package gave them
//! (recorded by `corroborate-bench record-rouge-fixture`); every score of
//! ours must be within 0.01 of it. No Python or network is needed.

use corroborate_bench::rouge::Scorer;
use corroborate_bench::rouge_fixture::Fixture;

fn fixture() -> Fixture {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rouge_score_pairs.json"
    );
    let text = std::fs::read_to_string(path).expect("fixture present");
    serde_json::from_str(&text).expect("fixture parses")
}

#[test]
fn agrees_with_rouge_score_on_every_fixture_pair() {
    let fixture = fixture();
    assert!(fixture.pairs.len() >= 50, "{} pairs", fixture.pairs.len());
    let scorer = Scorer::default();
    for p in &fixture.pairs {
        let ours = scorer.score(&p.reference, &p.candidate);
        for (name, a, b) in [
            ("rouge1", ours.r1, p.rouge1),
            ("rouge2", ours.r2, p.rouge2),
            ("rougeL", ours.rl, p.rouge_l),
        ] {
            assert!(
                (a - b).abs() <= 0.01,
                "{}: {name} ours {a} vs rouge-score {b}",
                p.label
            );
        }
    }
}

#[test]
fn fixture_spans_a_real_range_of_scores() {
    // A fixture of only perfect or only zero scores would check nothing.
    let fixture = fixture();
    let mid = fixture
        .pairs
        .iter()
        .filter(|p| p.rouge1 > 0.1 && p.rouge1 < 0.9 && p.rouge2 > 0.0)
        .count();
    assert!(mid >= 40, "only {mid} pairs with partial overlap");
}

#[test]
fn su4_is_a_symmetric_f1_in_the_unit_interval_on_real_pairs() {
    // F1 over clipped unit counts does not depend on which side is the
    // reference; pairs that share words share unigram units, so SU4 > 0.
    let fixture = fixture();
    let scorer = Scorer::default();
    for p in fixture.pairs.iter().filter(|p| p.rouge1 > 0.0) {
        let a = scorer.score(&p.reference, &p.candidate).su4;
        let b = scorer.score(&p.candidate, &p.reference).su4;
        assert!((a - b).abs() < 1e-12, "{}: {a} vs {b}", p.label);
        assert!(a > 0.0 && a <= 1.0, "{}: {a}", p.label);
    }
}
