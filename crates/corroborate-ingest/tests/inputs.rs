//! One test per input form (text, Markdown, HTML, JSON, JSON Lines,
//! Multi-News) and per kind of bad input (empty, binary, invalid UTF-8, huge,
//! script-laden or deeply nested HTML, malformed JSON lines).

use corroborate_ingest::{
    detect, html_document, ingest, Format, HtmlEngine, IngestError, Ingested,
};
use corroborate_model::Document;

fn articles(path: &str, bytes: &[u8]) -> Vec<Document> {
    match ingest(path, bytes).unwrap() {
        Ingested::Articles(docs) => docs,
        Ingested::Stories(_) => panic!("expected articles"),
    }
}

fn one(path: &str, bytes: &[u8]) -> Document {
    let mut docs = articles(path, bytes);
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

const ARTICLE_HTML: &str = r#"<!DOCTYPE html>
<html><head>
<title>Storm floods the valley | The Valley Gazette</title>
<meta property="og:site_name" content="The Valley Gazette">
<meta property="og:title" content="Storm floods the valley">
<meta property="og:url" content="https://gazette.example.com/news/storm-floods-valley">
<meta property="article:published_time" content="2016-12-13T10:00:00Z">
<meta name="author" content="Ana Ruiz">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm floods the valley","datePublished":"2016-12-13T10:00:00Z","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"The Valley Gazette"}}</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Storm floods the valley</h1>
<p>Heavy rain flooded the lower valley on Tuesday, forcing hundreds of families from their homes as the river rose above its banks for the first time in a decade.</p>
<p>“We lost everything on the ground floor,” said Marta Gil, a baker whose shop stands near the old bridge. Emergency crews worked through the night to reinforce the embankments.</p>
<p>The regional government said 320 people had been moved to shelters and that schools would stay closed until Friday while engineers inspect the damage to roads and bridges.</p>
<script>document.write("tracking pixel code");</script>
<p>Forecasters expect the rain to ease by Thursday, but warned that the ground is saturated and further flooding remains possible in low-lying districts.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer>© 2016 The Valley Gazette. All rights reserved.</footer>
</body></html>"#;

#[test]
fn detects_formats() {
    assert_eq!(detect("a.txt", b"Title\n\nBody"), Format::Text);
    assert_eq!(detect("a.md", b"# Title\n\nBody"), Format::Text);
    assert_eq!(detect("a.html", b"<p>x</p>"), Format::Html);
    assert_eq!(
        detect("page", b"<!DOCTYPE html><html></html>"),
        Format::Html
    );
    assert_eq!(detect("a.json", b"{\"text\":\"x\"}"), Format::Json);
    assert_eq!(detect("a.jsonl", b"{\"text\":\"x\"}\n"), Format::JsonLines);
    assert_eq!(detect("a.txt", b"one ||||| two\n"), Format::MultiNews);
}

#[test]
fn plain_text() {
    let d = one("story.txt", b"Headline\n\nFirst.\n\nSecond.\n");
    assert_eq!(d.title.as_deref(), Some("Headline"));
    assert_eq!(d.text, "First.\n\nSecond.");
    assert_eq!(d.path, "story.txt");
}

#[test]
fn markdown() {
    let d = one(
        "story.md",
        b"# Headline\n\nSome **bold** text.\n\n## Part two\n\nMore [here](https://x.example).\n",
    );
    assert_eq!(d.title.as_deref(), Some("Headline"));
    assert_eq!(d.text, "Some bold text.\n\nPart two\n\nMore here.");
}

#[test]
fn html_article_with_metadata() {
    let d = one("storm.html", ARTICLE_HTML.as_bytes());
    assert_eq!(d.title.as_deref(), Some("Storm floods the valley"));
    assert_eq!(d.source.as_deref(), Some("The Valley Gazette"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://gazette.example.com/news/storm-floods-valley")
    );
    assert_eq!(d.author.as_deref(), Some("Ana Ruiz"));
    assert_eq!(d.published, Some(jiff::civil::date(2016, 12, 13)));
    assert!(
        d.text.starts_with("Heavy rain flooded the lower valley"),
        "{}",
        d.text
    );
    assert!(d.text.contains("\n\n“We lost everything"));
    assert!(
        d.text.ends_with("remains possible in low-lying districts."),
        "{}",
        d.text
    );
    for bad in [
        "tracking pixel",
        "color: red",
        "Other story",
        "All rights reserved",
        "Sport",
    ] {
        assert!(!d.text.contains(bad), "`{bad}` leaked into {:?}", d.text);
    }
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn each_html_engine_finds_the_body() {
    for engine in [
        HtmlEngine::Agreement,
        HtmlEngine::Trafilatura,
        HtmlEngine::Readability,
    ] {
        let d = html_document("storm.html", ARTICLE_HTML, engine);
        assert!(
            d.text.contains("Heavy rain flooded"),
            "{engine:?}: {}",
            d.text
        );
        assert!(
            d.text.contains("Forecasters expect"),
            "{engine:?}: {}",
            d.text
        );
        assert!(!d.text.contains("tracking pixel"), "{engine:?}");
    }
}

#[test]
fn scripts_never_leak_into_text() {
    let mut html = String::from("<html><head><title>Only scripts</title></head><body>");
    for i in 0..2000 {
        html.push_str(&format!("<script>var a{i} = '<p>not text</p>';</script>"));
    }
    html.push_str("<div>Visible words.</div></body></html>");
    let d = one("scripts.html", html.as_bytes());
    assert_eq!(d.text, "Visible words.");
    assert_eq!(d.title.as_deref(), Some("Only scripts"));
    // Nothing but scripts: no text at all, and a warning saying so.
    let d = one(
        "empty.html",
        b"<html><body><script>var x = 1;</script></body></html>",
    );
    assert_eq!(d.text, "");
    assert!(
        d.warnings.iter().any(|w| w.contains("no main content")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn deeply_nested_html_does_not_overflow() {
    let depth = 100_000;
    let html = format!(
        "<html><body>{}<p>Deep text.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let d = one("deep.html", html.as_bytes());
    assert_eq!(d.text, "Deep text.");
    assert!(
        d.warnings.iter().any(|w| w.contains("nested")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn many_deep_subtrees_stay_fast() {
    // Each subtree is shallow enough alone; together they would cost the DOM
    // extractors seconds, so the page is read as visible text.
    let subtree = format!(
        "{}<p>Deep.</p>{}",
        "<div>".repeat(900),
        "</div>".repeat(900)
    );
    let html = format!("<html><body>{}</body></html>", subtree.repeat(20));
    let start = std::time::Instant::now();
    let d = one("deep.html", html.as_bytes());
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    assert!(d.text.starts_with("Deep."));
    assert!(
        d.warnings.iter().any(|w| w.contains("nested")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn json_object_and_array() {
    let d = one(
        "a.json",
        br#"{"title":"T","text":"  Body text.  ","source":"Wire","url":"https://w.example/1","published":"December 13, 2016"}"#,
    );
    assert_eq!(d.title.as_deref(), Some("T"));
    assert_eq!(d.text, "Body text.");
    assert_eq!(d.source.as_deref(), Some("Wire"));
    assert_eq!(d.published, Some(jiff::civil::date(2016, 12, 13)));
    let docs = articles(
        "b.json",
        br#"[{"text":"One."},{"text":"Two.","published":"2016-12-13T10:00:00Z"}]"#,
    );
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].published, Some(jiff::civil::date(2016, 12, 13)));
    assert_eq!(docs[1].path, "b.json#2");
}

#[test]
fn json_lines_keep_going_past_a_bad_line() {
    let raw = b"{\"text\":\"One.\"}\n{not json\n\n{\"text\":\"Three.\"}\n";
    let docs = articles("feed.jsonl", raw);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].text, "One.");
    assert_eq!(docs[1].text, "Three.");
    assert_eq!(docs[1].path, "feed.jsonl:4");
    let warned: Vec<&String> = docs.iter().flat_map(|d| &d.warnings).collect();
    assert!(
        warned.iter().any(|w| w.contains("feed.jsonl:2")),
        "{warned:?}"
    );
}

#[test]
fn json_lines_all_bad_is_a_clear_error() {
    let err = ingest("feed.jsonl", b"{oops\n{still oops\n").unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("feed.jsonl:1"), "{msg}");
    assert!(!msg.contains('\n'), "{msg}");
}

#[test]
fn multinews_line_is_a_story() {
    let raw =
        b"First article. NEWLINE_CHAR NEWLINE_CHAR More. ||||| Second article.\nThird article.\n";
    match ingest("test.src.txt", raw).unwrap() {
        Ingested::Stories(stories) => {
            assert_eq!(stories.len(), 2);
            assert_eq!(stories[0].len(), 2);
            assert!(stories[0][0].text.starts_with("First article."));
            assert_eq!(stories[0][1].text, "Second article.");
        }
        Ingested::Articles(_) => panic!("expected stories"),
    }
}

#[test]
fn empty_input_is_an_error() {
    assert!(matches!(ingest("e.txt", b""), Err(IngestError::Empty(_))));
    assert!(matches!(
        ingest("e.txt", b" \n\t\n"),
        Err(IngestError::Empty(_))
    ));
}

#[test]
fn binary_input_is_an_error() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let err = ingest("photo.jpg", &bytes).unwrap_err();
    assert!(matches!(err, IngestError::Binary(_)));
    assert_eq!(err.to_string(), "`photo.jpg` looks binary, not text");
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_warning() {
    let d = one("latin1.txt", b"Title\n\nCaf\xe9 society \x93quoted\x94.\n");
    assert_eq!(d.text, "Café society “quoted”.");
    assert!(
        d.warnings.iter().any(|w| w.contains("not valid UTF-8")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn html_declared_charset_is_honoured() {
    let html = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ouvert depuis ce matin pour tous les habitants du quartier.</p></body></html>";
    let d = one("page.html", html);
    assert_eq!(d.title.as_deref(), Some("Café"));
    assert!(d.text.contains("Le café est ouvert"), "{}", d.text);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn byte_order_marks_are_handled() {
    let d = one("bom.json", b"\xEF\xBB\xBF{\"text\":\"Body.\"}");
    assert_eq!(d.text, "Body.");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Title\n\nBody \u{e9}.".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let d = one("wide.txt", &utf16);
    assert_eq!(d.title.as_deref(), Some("Title"));
    assert_eq!(d.text, "Body é.");
}

#[test]
fn big_text_file_is_fast() {
    let para = "Officials said on Tuesday that 1,200 homes had lost power after the storm.\n\n";
    let raw = format!("Headline\n\n{}", para.repeat(5_000_000 / para.len()));
    let start = std::time::Instant::now();
    let d = one("big.txt", raw.as_bytes());
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    assert_eq!(d.text.len(), raw.len() - "Headline\n\n".len() - 2);
}

#[test]
fn gzip_input_is_decompressed_and_keeps_its_name() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"{\"documents\": [\"One article.\", \"Another article.\"]}\n")
        .unwrap();
    let bytes = gz.finish().unwrap();
    match ingest("stories.jsonl.gz", &bytes).unwrap() {
        Ingested::Stories(stories) => {
            assert_eq!(stories.len(), 1);
            assert_eq!(stories[0][1].text, "Another article.");
            assert_eq!(stories[0][1].path, "stories.jsonl.gz:1#2");
        }
        Ingested::Articles(_) => panic!("expected stories"),
    }
    let err = ingest("broken.txt.gz", &bytes[..bytes.len() / 2]).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`broken.txt.gz` is not valid gzip"),
        "{err}"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn check(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
        if let Ok(Ingested::Articles(docs)) = ingest(name, bytes) {
            for d in docs {
                prop_assert_eq!(d.text.trim(), d.text.as_str());
                prop_assert!(!d.text.contains("\n\n\n"));
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn arbitrary_bytes_never_panic(
            bytes in proptest::collection::vec(any::<u8>(), 0..600),
            pick in 0usize..6,
        ) {
            let name = ["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a"][pick];
            check(name, &bytes)?;
        }

        #[test]
        fn tag_soup_never_panics(
            soup in "(<[a-z/!]{0,7}( [a-z]{1,5}=\"[^\"<>]{0,10}\")?>|[^<>]{0,25}|&[a-z#0-9]{0,6};?){0,60}"
        ) {
            check("soup.html", soup.as_bytes())?;
        }
    }
}
