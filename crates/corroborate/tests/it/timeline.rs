//! The timeline of the example story, end to end: the five reports of the
//! fall of East Aleppo (December 2016) go through the whole pipeline with
//! the publication dates their texts support, and the timeline must read
//! from the start of the offensive to the ceasefire and the evacuation.

use corroborate::model::{Brief, Date, Document};
use corroborate::{pipeline, Config};

const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/east-aleppo-2016/"
);

/// Each file with the publication date its text supports. 003 gets none, so
/// the pipeline infers it from its latest full date (a photo of November 29).
/// A year, month and day.
type Ymd = (i16, i8, i8);

const FILES: [(&str, Option<Ymd>); 5] = [
    // Its photo caption is dated December 14, 2016.
    ("000_fc4cf4c844a25a70.txt", Some((2016, 12, 14))),
    // "on Monday captured about 90 percent", "on Monday night": Monday 12th.
    ("001_59871baaf38b8acc.txt", Some((2016, 12, 12))),
    // Ceasefire "on Tuesday", evacuation "on Wednesday": Wednesday 14th.
    ("002_792fa98b3f586fcb.txt", Some((2016, 12, 14))),
    ("003_7d226b6bb6013d46.txt", None),
    // "60 fatalities on Monday alone", Sheikh Saeed taken "earlier today".
    ("004_7268502e5bc210fd.txt", Some((2016, 12, 12))),
];

fn story() -> Brief {
    let docs = FILES
        .iter()
        .map(|(name, date)| {
            let raw = fs_read(&format!("{DIR}{name}"));
            let (title, body) = raw.split_once('\n').unwrap_or(("", &raw));
            Document {
                path: name.to_string(),
                title: Some(title.trim().to_string()),
                published: date.map(|(y, m, d)| Date::new(y, m, d).expect("valid date")),
                text: body.trim().to_string(),
                ..Document::default()
            }
        })
        .collect();
    let cfg = Config {
        date: None,
        summary_words: 120,
    };
    pipeline::brief(docs, Vec::new(), &cfg)
}

// A test reading a committed fixture; fs-err is not a dependency here.
#[allow(clippy::disallowed_methods)]
fn fs_read(path: &str) -> String {
    std::fs::read_to_string(path).expect("example file")
}

/// The timeline as `date | article | expression` lines.
fn lines(brief: &Brief) -> Vec<String> {
    let mut out = Vec::new();
    for entry in &brief.timeline {
        for ev in &entry.events {
            let text = &brief.articles[ev.article.0 as usize].text;
            out.push(format!(
                "{} | {} | {}",
                entry.date,
                ev.article,
                ev.expression.slice(text)
            ));
        }
    }
    out
}

#[test]
fn example_story_timeline_reads_from_the_offensive_to_the_evacuation() {
    let brief = story();
    assert_eq!(
        brief.articles[3]
            .published
            .map(|d| d.to_string())
            .as_deref(),
        Some("2016-11-29")
    );
    assert!(brief.articles[3].published_inferred);
    let lines = lines(&brief);
    let position = |want: &str| {
        lines
            .iter()
            .position(|l| l == want)
            .unwrap_or_else(|| panic!("missing `{want}` in timeline:\n{}", lines.join("\n")))
    };
    // Key entries, in the order the timeline must give them.
    let key = [
        "2011 | a5 | in 2011",
        "2012 | a3 | Since 2012",
        "2016-11-15 | a4 | on November 15, 2016",
        "2016-11-18 | a4 | On Friday\u{a0}November 18, 2016",
        "2016-11-19 | a4 | on Saturday November 19, 2016",
        "2016-11-26 | a5 | since November 26",
        "2016-11-27 | a3 | on November 27",
        "2016-12-12 | a2 | on Monday",
        "2016-12-12 | a3 | On December 12",
        "2016-12-12 | a5 | on Monday",
        "2016-12-13 | a3 | on Tuesday",
        "2016-12-14 | a1 | December 14, 2016",
        "2016-12-14 | a3 | on Wednesday",
    ];
    let positions: Vec<usize> = key.iter().map(|k| position(k)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "out of order:\n{}",
        lines.join("\n")
    );
    // Figures and ages never become years.
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with("75") && !l.starts_with("26")),
        "{lines:#?}"
    );
}
