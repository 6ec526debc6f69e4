//! Property tests: any text, any offsets (in range or not, on char
//! boundaries or not), any numbers: both renderers finish, and the HTML
//! page never lets the text out of its escaping.

use proptest::prelude::*;

use crate::fixture;
use crate::html::assert_safe;
use crate::model::{ArticleId, Cite, Hedge, Span};

fn hedge() -> impl Strategy<Value = Hedge> {
    prop_oneof![
        Just(Hedge::Exact),
        Just(Hedge::AtLeast),
        Just(Hedge::AtMost),
        Just(Hedge::Approximate),
        Just(Hedge::Range),
        Just(Hedge::Vague),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        -1e6..1e9f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0),
    ]
}

proptest! {
    // A fixed seed keeps the run deterministic; failures are still shrunk.
    #![proptest_config(ProptestConfig {
        cases: 64,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5eed),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_and_offsets_render_safely(
        text in "(\\PC|[<>&\"'\\n]){0,80}",
        label in "\\PC{0,20}",
        a in 0usize..120,
        b in 0usize..120,
        c in 0usize..120,
        article in 0u32..4,
        value in number(),
        low in proptest::option::of(number()),
        high in proptest::option::of(number()),
        hedge in hedge(),
    ) {
        let mut brief = fixture::brief();
        brief.articles[0].text = text.clone();
        brief.articles[1].source = label.clone();
        brief.title = label.clone();
        let (s, e) = (a.min(b), a.max(b));
        brief.summary[0].cite = Cite::new(ArticleId(article), Span::new(s, e));
        brief.summary[0].text = text.clone();
        let r = &mut brief.figures[0].reports[0];
        r.article = ArticleId(article);
        r.start = s;
        r.end = e;
        r.sentence = Span::new(s.min(c), s.max(c));
        r.value = value;
        r.low = low;
        r.high = high;
        r.hedge = hedge;
        r.counts = label.clone();
        brief.quotes[0].instances[0].start = c;
        brief.quotes[0].instances[0].end = b;
        brief.timeline[0].events[0].start = e;
        brief.timeline[0].events[0].end = c;
        brief.entities[0].name = text.clone();
        let page = corroborate_render::html(&brief);
        assert_safe(&page);
        let md = corroborate_render::markdown(&brief);
        prop_assert!(md.starts_with("# "));
        prop_assert!(!md.contains(char::from(0)), "a NUL in the Markdown");
    }
}
