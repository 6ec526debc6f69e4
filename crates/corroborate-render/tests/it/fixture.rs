//! Hand-built briefs with every part filled, for testing the renderers
//! before (and independently of) the stages that fill them. Spans are found
//! by searching the article text, so the fixture stays consistent when its
//! wording changes. Shared with the browser test of the `corroborate` crate
//! (through `#[path]`), which is why it names the model as `crate::model`.

use crate::model::{
    Agreement, Article, ArticleId, Brief, Cite, Entity, EntityKind, Figure, FigureReport, Hedge,
    PartialDate, Quote, QuoteInstance, Span, Status, SummarySentence, TimelineEntry, TimelineEvent,
    SCHEMA,
};

/// The byte span of the first `needle` in `text`; panics (a fixture bug)
/// when it is missing.
pub(crate) fn find(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("fixture: {needle:?} not in text"));
    Span::new(start, start + needle.len())
}

/// The span of the sentence of `text` that contains `needle`: from the
/// previous sentence end (or the start) to the next full stop.
pub(crate) fn sentence_of(text: &str, needle: &str) -> Span {
    let at = find(text, needle);
    let start = text[..at.start]
        .rfind(". ")
        .map(|i| i + 2)
        .or_else(|| text[..at.start].rfind('\n').map(|i| i + 1))
        .unwrap_or(0);
    let end = text[at.end..]
        .find('.')
        .map(|i| at.end + i + 1)
        .unwrap_or(text.len());
    Span::new(start, end)
}

pub(crate) fn article(n: u32, source: &str, title: &str, url: Option<&str>, text: &str) -> Article {
    Article {
        id: ArticleId(n),
        path: format!("{source}.txt"),
        source: source.to_string(),
        title: title.to_string(),
        url: url.map(str::to_string),
        author: Some("Staff reporter".to_string()),
        published: Some("2016-12-12".parse().expect("a date")),
        published_inferred: n == 2,
        text: text.to_string(),
        words: text.split_whitespace().count(),
        sentences: Vec::new(),
    }
}

fn cite(a: &Article, needle: &str) -> Cite {
    Cite::new(a.id, sentence_of(&a.text, needle))
}

fn summary(a: &Article, needle: &str, also: Vec<Cite>) -> SummarySentence {
    let c = cite(a, needle);
    SummarySentence {
        text: c.span().slice(&a.text).to_string(),
        cite: c,
        also,
    }
}

#[allow(clippy::too_many_arguments)]
fn report(
    a: &Article,
    words: &str,
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    hedge: Hedge,
    unit: &str,
    counts: &str,
    attributed_to: Option<&str>,
    status: Status,
) -> FigureReport {
    let span = find(&a.text, words);
    FigureReport {
        article: a.id,
        start: span.start,
        end: span.end,
        value,
        low,
        high,
        hedge,
        unit: unit.to_string(),
        counts: counts.to_string(),
        attributed_to: attributed_to.map(str::to_string),
        status,
        sentence: sentence_of(&a.text, words),
    }
}

fn instance(a: &Article, words: &str, speaker: Option<&str>, cue: &str) -> QuoteInstance {
    let span = find(&a.text, words);
    QuoteInstance {
        article: a.id,
        start: span.start,
        end: span.end,
        speaker_span: speaker.map(|s| find(&a.text, s)),
        cue: Some(cue.to_string()),
        speaker_name: speaker.map(str::to_string),
        speaker_kind: Some(EntityKind::Person),
        text: words.to_string(),
    }
}

fn event(a: &Article, needle: &str, expression: &str) -> TimelineEvent {
    let s = sentence_of(&a.text, needle);
    TimelineEvent {
        article: a.id,
        start: s.start,
        end: s.end,
        expression: find(&a.text, expression),
    }
}

fn day(y: i16, m: i8, d: i8) -> PartialDate {
    PartialDate {
        year: y,
        month: Some(m),
        day: Some(d),
    }
}

pub(crate) const TEXT1: &str =
    "Floodwaters rose across Riverton on Monday. At least 1,200 people were \
evacuated, officials said. \"We are doing everything we can,\" Mayor Jane Ortiz said.\n\n\
About 40 percent of the town is under water. Schools | shops & clinics stayed shut.";

pub(crate) const TEXT2: &str =
    "The river burst its banks on Monday, December 12. Officials said about \
3,000 people had left their homes. \"We are doing everything we can,\" Ortiz told reporters. \
Up to 45 percent of Riverton was flooded, the Red Cross claimed. Thousands of sandbags were laid.";

pub(crate) const TEXT3: &str =
    "Jane Ortíz, the mayor, warned on Tuesday that rain would continue. \
Rescuers found 2 bodies near the old bridge. \"Stay indoors,\" a police spokesman said.";

/// A story of three articles with every part of the brief filled: a
/// summary with `also` citations, a conflicting, an agreeing and a
/// single-source figure, a quote carried by two outlets plus an
/// unattributed one, names with variants, a two-day timeline and a warning.
pub(crate) fn brief() -> Brief {
    let a1 = article(
        0,
        "Daily Planet",
        "Riverton under water",
        Some("https://planet.example/flood"),
        TEXT1,
    );
    let a2 = article(
        1,
        "The Gazette",
        "River bursts its banks",
        Some("http://gazette.example/river?id=1&x=2"),
        TEXT2,
    );
    let a3 = article(
        2,
        "Wire Service",
        "Rain to continue, mayor warns",
        None,
        TEXT3,
    );

    let summary = vec![
        summary(&a1, "Floodwaters rose", vec![cite(&a2, "burst its banks")]),
        summary(&a2, "about 3,000", vec![]),
        summary(&a3, "Rescuers found", vec![]),
    ];
    let figures = vec![
        Figure {
            place: None,
            date: None,
            id: "f1".into(),
            counts: "people evacuated".into(),
            unit: "people".into(),
            agreement: Agreement::Conflict,
            low: 1200.0,
            high: 3000.0,
            basis: "same unit and counted noun".into(),
            reports: vec![
                report(
                    &a1,
                    "At least 1,200 people",
                    1200.0,
                    Some(1200.0),
                    None,
                    Hedge::AtLeast,
                    "people",
                    "people evacuated",
                    Some("officials"),
                    Status::Reported,
                ),
                report(
                    &a2,
                    "about 3,000 people",
                    3000.0,
                    Some(2700.0),
                    Some(3300.0),
                    Hedge::Approximate,
                    "people",
                    "people who left their homes",
                    Some("Officials"),
                    Status::Reported,
                ),
            ],
        },
        Figure {
            place: None,
            date: None,
            id: "f2".into(),
            counts: "share of the town flooded".into(),
            unit: "percent".into(),
            agreement: Agreement::Agree,
            low: 40.0,
            high: 45.0,
            basis: "same unit".into(),
            reports: vec![
                report(
                    &a1,
                    "About 40 percent",
                    40.0,
                    Some(36.0),
                    Some(44.0),
                    Hedge::Approximate,
                    "percent",
                    "town under water",
                    None,
                    Status::Reported,
                ),
                report(
                    &a2,
                    "Up to 45 percent",
                    45.0,
                    None,
                    Some(45.0),
                    Hedge::AtMost,
                    "percent",
                    "Riverton flooded",
                    Some("Red Cross"),
                    Status::Claimed,
                ),
            ],
        },
        Figure {
            place: None,
            date: None,
            id: "f3".into(),
            counts: "bodies found".into(),
            unit: "people".into(),
            agreement: Agreement::Single,
            low: 2.0,
            high: 2.0,
            basis: "single report".into(),
            reports: vec![report(
                &a3,
                "2 bodies",
                2.0,
                None,
                None,
                Hedge::Exact,
                "people",
                "bodies found",
                None,
                Status::Confirmed,
            )],
        },
        Figure {
            place: None,
            date: None,
            id: "f4".into(),
            counts: "sandbags laid".into(),
            unit: "items".into(),
            agreement: Agreement::Single,
            low: 1000.0,
            high: 1000.0,
            basis: "single report".into(),
            reports: vec![report(
                &a2,
                "Thousands of sandbags",
                1000.0,
                Some(1000.0),
                None,
                Hedge::Vague,
                "items",
                "sandbags",
                None,
                Status::Reported,
            )],
        },
    ];
    let quotes = vec![
        Quote {
            id: "q1".into(),
            text: "We are doing everything we can,".into(),
            speaker: Some("e1".into()),
            speaker_name: Some("Jane Ortiz".into()),
            instances: vec![
                instance(
                    &a1,
                    "We are doing everything we can,",
                    Some("Jane Ortiz"),
                    "said",
                ),
                instance(
                    &a2,
                    "We are doing everything we can,",
                    Some("Ortiz"),
                    "told",
                ),
            ],
            same_words_as: vec![],
        },
        Quote {
            id: "q2".into(),
            text: "Stay indoors,".into(),
            speaker: None,
            speaker_name: None,
            instances: vec![instance(&a3, "Stay indoors,", None, "said")],
            same_words_as: vec![],
        },
    ];
    let entities = vec![
        Entity {
            id: "e1".into(),
            kind: EntityKind::Person,
            name: "Jane Ortiz".into(),
            variants: vec!["Jane Ortiz".into(), "Ortiz".into(), "Jane Ortíz".into()],
            description: vec!["Mayor".into()],
            mentions: vec![
                Cite::new(a1.id, find(&a1.text, "Jane Ortiz")),
                Cite::new(a2.id, find(&a2.text, "Ortiz")),
                Cite::new(a3.id, find(&a3.text, "Jane Ortíz")),
            ],
        },
        Entity {
            id: "e2".into(),
            kind: EntityKind::Organization,
            name: "Red Cross".into(),
            variants: vec!["Red Cross".into()],
            description: vec![],
            mentions: vec![Cite::new(a2.id, find(&a2.text, "Red Cross"))],
        },
        Entity {
            id: "e3".into(),
            kind: EntityKind::Place,
            name: "Riverton".into(),
            variants: vec!["Riverton".into()],
            description: vec![],
            mentions: vec![
                Cite::new(a1.id, find(&a1.text, "Riverton")),
                Cite::new(a2.id, find(&a2.text, "Riverton")),
            ],
        },
    ];
    let timeline = vec![
        TimelineEntry {
            date: day(2016, 12, 12),
            events: vec![
                event(&a1, "Floodwaters rose", "on Monday"),
                event(&a2, "burst its banks", "December 12"),
            ],
        },
        TimelineEntry {
            date: day(2016, 12, 13),
            events: vec![event(&a3, "warned on Tuesday", "on Tuesday")],
        },
    ];
    Brief {
        schema: SCHEMA,
        title: "Riverton under water".into(),
        warnings: vec!["skipped empty.txt: no text".into()],
        articles: vec![a1, a2, a3],
        summary,
        figures,
        quotes,
        entities,
        timeline,
    }
}

/// Script that, if it ever ran, would mark the page as compromised.
pub(crate) const SCRIPT_PAYLOAD: &str = "<script>window.pwned=1;document.title='pwned'</script>";
/// Attribute breakout that, if it ever parsed as a tag, would run script.
pub(crate) const IMG_PAYLOAD: &str = "\"><img src=x onerror=\"window.pwned=2\">";
/// The same through a single-quoted attribute and an SVG tag.
pub(crate) const SVG_PAYLOAD: &str = "'><svg onload=window.pwned=3>";
/// A link that must never become an `href`.
pub(crate) const JS_URL: &str = "javascript:window.pwned=4";

/// A brief whose every untrusted field carries an injection attempt, with
/// control and replacement characters, a bidi override, U+2028, and spans
/// that are out of range or off char boundaries.
pub(crate) fn hostile() -> Brief {
    let bad_bytes = String::from_utf8_lossy(b"caf\xc3 \xff\xfe broken").into_owned();
    let text = format!(
        "Intro {SCRIPT_PAYLOAD} more. Figure {IMG_PAYLOAD} of 12 people. \
         Named {SVG_PAYLOAD} here.\u{0}\u{7}\u{202e}reversed\u{202c}\u{2028}{bad_bytes} é end. \
         [x]({JS_URL}) | # heading"
    );
    let evil = format!("{SCRIPT_PAYLOAD}{IMG_PAYLOAD}{SVG_PAYLOAD}");
    let mut a1 = article(0, &evil, &evil, Some(JS_URL), &text);
    a1.author = Some(evil.clone());
    let mut a2 = article(
        1,
        "data",
        "Data URL",
        Some("data:text/html,<script>window.pwned=5</script>"),
        "Short é text.",
    );
    a2.author = None;
    let e_start = a2.text.find('é').expect("é") + 1; // inside the two-byte é
    let words = find(&a1.text, IMG_PAYLOAD);
    let figures = vec![Figure {
        place: None,
        date: None,
        id: evil.clone(),
        counts: evil.clone(),
        unit: evil.clone(),
        agreement: Agreement::Conflict,
        low: f64::NAN,
        high: f64::INFINITY,
        basis: evil.clone(),
        reports: vec![
            FigureReport {
                article: a1.id,
                start: words.start,
                end: words.end,
                value: 12.0,
                low: Some(f64::NEG_INFINITY),
                high: None,
                hedge: Hedge::Vague,
                unit: evil.clone(),
                counts: evil.clone(),
                attributed_to: Some(evil.clone()),
                status: Status::Claimed,
                sentence: sentence_of(&a1.text, IMG_PAYLOAD),
            },
            FigureReport {
                article: a2.id,
                start: e_start,
                end: e_start + 100,
                value: f64::NAN,
                low: None,
                high: None,
                hedge: Hedge::AtMost,
                unit: "percent".into(),
                counts: evil.clone(),
                attributed_to: None,
                status: Status::Unconfirmed,
                sentence: Span::new(e_start, a2.text.len()),
            },
            FigureReport {
                article: ArticleId(99),
                start: 0,
                end: 5,
                value: 1.0,
                low: None,
                high: None,
                hedge: Hedge::Range,
                unit: String::new(),
                counts: String::new(),
                attributed_to: None,
                status: Status::Reported,
                sentence: Span::new(0, 5),
            },
        ],
    }];
    let script_span = find(&a1.text, SCRIPT_PAYLOAD);
    let summary = vec![SummarySentence {
        text: evil.clone(),
        cite: Cite::new(a1.id, script_span),
        also: vec![
            Cite::new(a2.id, Span::new(e_start, e_start + 1)),
            Cite::new(ArticleId(7), Span::new(3, 2_000_000)),
        ],
    }];
    let quotes = vec![Quote {
        id: evil.clone(),
        text: evil.clone(),
        speaker: Some(evil.clone()),
        speaker_name: Some(evil.clone()),
        instances: vec![QuoteInstance {
            article: a1.id,
            start: script_span.start,
            end: script_span.end,
            speaker_span: None,
            cue: Some(evil.clone()),
            speaker_name: None,
            speaker_kind: None,
            text: evil.clone(),
        }],
        same_words_as: vec![evil.clone()],
    }];
    let entities = vec![Entity {
        id: evil.clone(),
        kind: EntityKind::Person,
        name: evil.clone(),
        variants: vec![evil.clone(), JS_URL.to_string()],
        description: vec![evil.clone()],
        mentions: vec![
            Cite::new(a1.id, find(&a1.text, SVG_PAYLOAD)),
            Cite::new(a2.id, Span::new(e_start, e_start + 1)),
        ],
    }];
    let timeline = vec![TimelineEntry {
        date: PartialDate {
            year: 2016,
            month: Some(13),
            day: Some(40),
        },
        events: vec![
            TimelineEvent {
                article: a1.id,
                start: 0,
                end: a1.text.len(),
                expression: Span::new(0, 1),
            },
            TimelineEvent {
                article: a2.id,
                start: 9,
                end: 3,
                expression: Span::new(3, 9),
            },
        ],
    }];
    Brief {
        schema: SCHEMA,
        title: format!("Hostile {evil}"),
        warnings: vec![evil.clone()],
        articles: vec![a1, a2],
        summary,
        figures,
        quotes,
        entities,
        timeline,
    }
}
