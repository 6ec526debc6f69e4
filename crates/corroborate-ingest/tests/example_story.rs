//! The five reports of the founding example story: titles, boilerplate gone,
//! outlets found from a header line and from the articles' references to
//! themselves.

use corroborate_ingest::{ingest, Ingested};
use corroborate_model::Document;

fn read(name: &str) -> Document {
    let path = format!(
        "{}/../../examples/east-aleppo-2016/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap();
    match ingest(&path, &bytes).unwrap() {
        Ingested::Articles(mut docs) => {
            assert_eq!(docs.len(), 1);
            docs.remove(0)
        }
        Ingested::Stories(_) => panic!("a text file is one article"),
    }
}

const FILES: [&str; 5] = [
    "000_fc4cf4c844a25a70.txt",
    "001_59871baaf38b8acc.txt",
    "002_792fa98b3f586fcb.txt",
    "003_7d226b6bb6013d46.txt",
    "004_7268502e5bc210fd.txt",
];

#[test]
fn titles() {
    let titles: Vec<String> = FILES.iter().map(|f| read(f).title.unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Scenes from East Aleppo as the Regime Closes in",
            "Last Rebels in Aleppo Say Assad Forces Are Burning People Alive",
            "Ceasefire after Citizens Report Mass Executions as Aleppo Falls to Assad",
            "“The End is Near”. “Remember What We Sacrificed”. Dispatches from Eastern Aleppo.",
            "Rebel Forces in Aleppo Are On the Verge Of Collapse",
        ]
    );
}

#[test]
fn no_boilerplate_survives() {
    for f in FILES {
        let d = read(f);
        for bad in [
            "Join the",
            "bookmark",
            "log in",
            "moderator",
            "treat others",
            "https://themedialine.org",
        ] {
            assert!(!d.text.contains(bad), "{f}: `{bad}` survived");
        }
        assert!(
            !d.text.split("\n\n").any(|p| p == "Latest"),
            "{f}: lone label survived"
        );
        assert!(
            !d.text.contains("\n\n\n"),
            "{f}: paragraph breaks are one blank line"
        );
        assert_eq!(d.text.trim(), d.text, "{f}: text is trimmed");
        assert!(d.warnings.is_empty(), "{f}: {:?}", d.warnings);
    }
}

#[test]
fn content_is_kept() {
    let d = read("001_59871baaf38b8acc.txt");
    assert!(d.text.starts_with("Amid celebratory gunfire and cheers"));
    assert!(d.text.ends_with("one of Islam’s most venerated cities."));
    let d = read("003_7d226b6bb6013d46.txt");
    assert!(d
        .text
        .ends_with("Elias Abou Jaoude and Sarmad Al Jilane contributed to this post."));
    let d = read("004_7268502e5bc210fd.txt");
    assert!(d
        .text
        .starts_with("The rebel stronghold in east Aleppo is foundering"));
    assert!(d
        .text
        .ends_with("as their government pursues them on the ground."));
}

#[test]
fn header_line_gives_outlet_url_and_the_next_line_is_the_title() {
    let d = read("002_792fa98b3f586fcb.txt");
    assert_eq!(d.source.as_deref(), Some("The Media Line"));
    assert_eq!(d.url.as_deref(), Some("https://themedialine.org"));
    assert_eq!(d.author.as_deref(), Some("Katie Beiter"));
    assert!(d.text.starts_with("The fall of Syria’s largest city"));
}

#[test]
fn outlets_from_self_references() {
    assert_eq!(
        read("001_59871baaf38b8acc.txt").source.as_deref(),
        Some("The Daily Beast")
    );
    assert_eq!(
        read("003_7d226b6bb6013d46.txt").source.as_deref(),
        Some("Global Voices")
    );
    // These two never name themselves: the pipeline falls back to the file name.
    assert_eq!(read("000_fc4cf4c844a25a70.txt").source, None);
    assert_eq!(read("004_7268502e5bc210fd.txt").source, None);
}

#[test]
fn author_from_a_closing_bio() {
    assert_eq!(
        read("000_fc4cf4c844a25a70.txt").author.as_deref(),
        Some("Saleem al-Omar")
    );
}
