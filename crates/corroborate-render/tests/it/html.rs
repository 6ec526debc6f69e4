//! The HTML page: complete, linked (every citation leads to its words in
//! the article text), accessible in its markup, and safe with hostile input.

use std::collections::{BTreeMap, BTreeSet};

use corroborate_render::html;

use crate::fixture;
use crate::model::Brief;

/// One piece of markup, as far as these tests need to see it.
#[derive(Debug)]
enum Token {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End(String),
    Text(String),
    /// The body of a `<script>` or `<style>` element.
    Raw(String, String),
}

/// A small tokenizer for the page this crate writes (not general HTML):
/// quoted attributes, raw text in script and style, no comments.
fn tokens(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Token::Text(rest.to_string()));
            break;
        };
        if lt > 0 {
            out.push(Token::Text(rest[..lt].to_string()));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!DOCTYPE") {
            let gt = rest.find('>').expect("doctype ends");
            rest = &rest[gt + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("</") {
            let gt = after.find('>').expect("end tag ends");
            out.push(Token::End(after[..gt].to_ascii_lowercase()));
            rest = &after[gt + 1..];
            continue;
        }
        let mut i = 1;
        let b = rest.as_bytes();
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
            i += 1;
        }
        let name = rest[1..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            assert!(i < b.len(), "unterminated tag <{name}");
            if b[i] == b'>' {
                i += 1;
                break;
            }
            if rest[i..].starts_with("/>") {
                i += 2;
                break;
            }
            let start = i;
            while i < b.len() && !b" =>/\t\n".contains(&b[i]) {
                i += 1;
            }
            let attr = rest[start..i].to_string();
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                let quote = b[i];
                assert!(
                    quote == b'"',
                    "unquoted or single-quoted value in <{name} {attr}="
                );
                let end = rest[i + 1..].find('"').expect("value ends") + i + 1;
                value = rest[i + 1..end].to_string();
                i = end + 1;
            }
            attrs.push((attr, value));
        }
        rest = &rest[i..];
        if name == "script" || name == "style" {
            let close = format!("</{name}>");
            let end = rest.find(&close).expect("raw text ends");
            out.push(Token::Raw(name.clone(), rest[..end].to_string()));
            out.push(Token::End(name));
            rest = &rest[end + close.len()..];
        } else {
            out.push(Token::Start { name, attrs });
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Every id in the page, and every fragment link.
fn ids_and_fragments(tokens: &[Token]) -> (BTreeSet<String>, Vec<String>) {
    let mut ids = BTreeSet::new();
    let mut fragments = Vec::new();
    for t in tokens {
        if let Token::Start { attrs, .. } = t {
            if let Some(id) = attr(attrs, "id") {
                assert!(ids.insert(id.to_string()), "duplicate id {id}");
            }
            if let Some(h) = attr(attrs, "href").and_then(|h| h.strip_prefix('#')) {
                fragments.push(h.to_string());
            }
        }
    }
    (ids, fragments)
}

/// The text of every range id, gathered from the pieces that carry it in
/// `data-r` (what the script highlights).
fn range_texts(tokens: &[Token]) -> BTreeMap<String, String> {
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut open: Vec<Vec<String>> = Vec::new();
    for t in tokens {
        match t {
            Token::Start { name, attrs } if name == "span" => {
                let r = attr(attrs, "data-r").unwrap_or("");
                open.push(r.split_whitespace().map(str::to_string).collect());
            }
            Token::End(name) if name == "span" => {
                open.pop();
            }
            Token::Text(text) => {
                for id in open.iter().flatten() {
                    texts
                        .entry(id.clone())
                        .or_default()
                        .push_str(&unescape(text));
                }
            }
            _ => {}
        }
    }
    texts
}

#[test]
fn every_section_is_present_and_reachable_from_the_nav() {
    let page = html(&fixture::brief());
    let toks = tokens(&page);
    let (ids, fragments) = ids_and_fragments(&toks);
    for section in [
        "sources", "summary", "figures", "quotes", "names", "timeline", "warnings", "articles",
    ] {
        assert!(ids.contains(section), "missing section {section}");
        assert!(
            fragments.iter().any(|f| f == section),
            "no nav link to {section}"
        );
    }
    for f in &fragments {
        assert!(ids.contains(f), "link to missing #{f}");
    }
    assert!(page.contains("<title>Riverton under water</title>"));
    assert!(page.contains("<h1>Riverton under water</h1>"));
}

#[test]
fn citations_lead_to_exactly_the_cited_words() {
    let brief = fixture::brief();
    let page = html(&brief);
    let toks = tokens(&page);
    let texts = range_texts(&toks);
    let slice = |b: &Brief, art: usize, s: usize, e: usize| b.articles[art].text[s..e].to_string();
    // The first summary sentence, its echo in article 2, a figure's words
    // and sentence, a quote and a timeline event.
    let s0 = &brief.summary[0];
    let id = format!("a1-{}-{}", s0.cite.start, s0.cite.end);
    assert_eq!(texts[&id], slice(&brief, 0, s0.cite.start, s0.cite.end));
    assert!(page.contains(&format!(
        "href=\"#{id}\" title=\"Daily Planet\" aria-label=\"source 1: Daily Planet\">[1]</a>"
    )));
    let echo = &s0.also[0];
    let id = format!("a2-{}-{}", echo.start, echo.end);
    assert_eq!(texts[&id], slice(&brief, 1, echo.start, echo.end));
    let r = &brief.figures[0].reports[1];
    let words = format!("a2-{}-{}", r.start, r.end);
    let sentence = format!("a2-{}-{}", r.sentence.start, r.sentence.end);
    assert_eq!(texts[&words], "about 3,000 people");
    assert_eq!(
        texts[&sentence],
        "Officials said about 3,000 people had left their homes."
    );
    assert!(page.contains(&format!("href=\"#{sentence}\" data-focus=\"{words}\"")));
    let q = &brief.quotes[0].instances[1];
    assert_eq!(
        texts[&format!("a2-{}-{}", q.start, q.end)],
        "We are doing everything we can,"
    );
    // Every range named in data-r is complete: its pieces join to the slice.
    for (id, text) in &texts {
        let parts: Vec<usize> = id[1..].split('-').map(|n| n.parse().unwrap()).collect();
        let article = &brief.articles[parts[0] - 1];
        assert_eq!(text, &article.text[parts[1]..parts[2]], "range {id}");
    }
}

#[test]
fn article_text_survives_whole() {
    let brief = fixture::brief();
    let page = html(&brief);
    let toks = tokens(&page);
    // The text inside each <div class="text"> joins back to the article.
    let mut depth = 0usize;
    let mut current = String::new();
    let mut found = Vec::new();
    for t in &toks {
        match t {
            Token::Start { name, attrs }
                if name == "div" && attr(attrs, "class") == Some("text") =>
            {
                depth = 1;
                current.clear();
            }
            Token::Start { name, .. } if depth > 0 && name == "div" => depth += 1,
            Token::End(name) if depth > 0 && name == "div" => {
                depth -= 1;
                if depth == 0 {
                    found.push(std::mem::take(&mut current));
                }
            }
            Token::Text(text) if depth > 0 => current.push_str(&unescape(text)),
            _ => {}
        }
    }
    let expected: Vec<&str> = brief.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(found, expected);
}

#[test]
fn figures_get_a_plot_each_and_conflicts_stand_out() {
    let brief = fixture::brief();
    let page = html(&brief);
    assert_eq!(
        page.matches("<svg class=\"plot").count(),
        brief.figures.len()
    );
    assert_eq!(page.matches("<svg class=\"plot bad\"").count(), 1);
    assert!(page.contains("<div class=\"figure conflict\" id=\"fig-1\""));
    assert!(page.contains("<span class=\"badge conflict\">⚠ sources disagree</span>"));
    assert!(page.contains("1 of 4 figures</strong> differ between sources"));
    assert!(page.contains(
        "<p class=\"basis muted\">Why these are one figure: same unit and counted noun</p>"
    ));
    assert!(!page.contains("Why these are one figure: single report"));
    // The "at least" report runs off the axis with an arrow; the "up to"
    // report off the other end; the approximate one has an interval bar.
    assert!(page.contains("fill=\"url(#fade-r-bad)\""));
    assert!(page.contains("fill=\"url(#fade-l)\""));
    assert!(page.contains("<rect class=\"iv\""));
    assert!(page.contains("<circle class=\"dot hedged\""));
    // One row per report, tagged with its article for the filter.
    let rows = page.matches("<g class=\"row\" data-src=\"").count();
    let reports: usize = brief.figures.iter().map(|f| f.reports.len()).sum();
    assert_eq!(rows, reports);
}

#[test]
fn markup_is_semantic_and_tables_have_scoped_headers() {
    let page = html(&fixture::brief());
    let toks = tokens(&page);
    let names: BTreeSet<&str> = toks
        .iter()
        .filter_map(|t| match t {
            Token::Start { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    for tag in [
        "header",
        "nav",
        "main",
        "section",
        "table",
        "article",
        "footer",
        "time",
        "blockquote",
    ] {
        assert!(names.contains(tag), "no <{tag}>");
    }
    for t in &toks {
        if let Token::Start { name, attrs } = t {
            if name == "th" {
                let scope = attr(attrs, "scope");
                assert!(matches!(scope, Some("col" | "row")), "th without scope");
            }
        }
    }
    assert!(page.contains("<meta name=\"viewport\""));
    assert!(page.contains("@media print"));
    assert!(page.contains("<fieldset id=\"filter\" class=\"filter\" hidden>"));
    assert!(page.contains("<input type=\"checkbox\" value=\"a3\" checked> [3] Wire Service"));
}

#[test]
fn the_page_is_self_contained() {
    let page = html(&fixture::brief());
    let toks = tokens(&page);
    for t in &toks {
        if let Token::Start { name, attrs } = t {
            assert!(!["link", "img", "iframe", "object", "embed"].contains(&name.as_str()));
            assert!(attr(attrs, "src").is_none(), "<{name} src>");
        }
    }
    assert!(!page.contains("@import") && !page.contains("url(http"));
    assert!(page.contains("default-src 'none'"));
}

/// Tags and attributes the page may contain; anything else means text
/// escaped into markup.
const TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "a",
    "svg",
    "defs",
    "lineargradient",
    "stop",
    "header",
    "h1",
    "p",
    "nav",
    "ul",
    "li",
    "div",
    "main",
    "section",
    "h2",
    "h3",
    "ol",
    "strong",
    "cite",
    "time",
    "span",
    "fieldset",
    "legend",
    "label",
    "input",
    "g",
    "text",
    "line",
    "rect",
    "polygon",
    "circle",
    "table",
    "caption",
    "thead",
    "tr",
    "th",
    "tbody",
    "td",
    "figure",
    "blockquote",
    "figcaption",
    "aside",
    "article",
    "footer",
    "script",
];
const ATTRS: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "class",
    "href",
    "id",
    "title",
    "value",
    "data-src",
    "data-r",
    "data-focus",
    "type",
    "checked",
    "hidden",
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "datetime",
    "scope",
    "rel",
    "viewbox",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "r",
    "cx",
    "cy",
    "rx",
    "points",
    "fill",
    "offset",
    "stop-color",
    "stop-opacity",
    "text-anchor",
    "tabindex",
    "focusable",
];

pub(crate) fn assert_safe(page: &str) {
    let toks = tokens(page);
    let mut scripts = 0;
    for t in &toks {
        match t {
            Token::Start { name, attrs } => {
                assert!(TAGS.contains(&name.as_str()), "unexpected tag <{name}>");
                for (a, v) in attrs {
                    let a = a.to_ascii_lowercase();
                    assert!(
                        ATTRS.contains(&a.as_str()),
                        "unexpected attribute {a} on <{name}>"
                    );
                    assert!(
                        !v.contains('<') && !v.contains('>'),
                        "raw bracket in {a}={v:?}"
                    );
                    if a == "href" {
                        assert!(
                            v.starts_with('#')
                                || v.starts_with("https://")
                                || v.starts_with("http://"),
                            "href {v:?}"
                        );
                    }
                }
            }
            Token::Text(text) => assert!(!text.contains('>'), "raw > in text {text:?}"),
            Token::Raw(name, body) => {
                assert!(!body.contains("pwned"), "data inside <{name}>");
                if name == "script" {
                    scripts += 1;
                }
            }
            Token::End(_) => {}
        }
    }
    assert_eq!(scripts, 1, "only the page's own script");
}

#[test]
fn hostile_input_is_escaped_and_only_web_links_are_links() {
    let page = html(&fixture::hostile());
    assert_safe(&page);
    for payload in [
        fixture::SCRIPT_PAYLOAD,
        fixture::IMG_PAYLOAD,
        fixture::SVG_PAYLOAD,
    ] {
        assert!(!page.contains(payload), "unescaped {payload}");
    }
    assert!(!page.contains("href=\"javascript") && !page.contains("href=\"data"));
    // The rejected URLs are still shown, as text.
    assert!(page.contains("<span class=\"url\">javascript:window.pwned=4</span>"));
    assert!(page.contains("&lt;script&gt;window.pwned=1;"));
    assert!(!page.contains('\u{0}') && !page.contains('\u{7}'));
    // Links to bad spans (off a char boundary, past the end, unknown
    // article) fall back to the article or are dropped; none dangle.
    let toks = tokens(&page);
    let (ids, fragments) = ids_and_fragments(&toks);
    for f in &fragments {
        if f != "a8" && f != "a100" {
            assert!(ids.contains(f), "link to missing #{f}");
        }
    }
}

#[test]
fn the_fixture_page_is_safe_too() {
    assert_safe(&html(&fixture::brief()));
}

#[test]
fn an_empty_brief_is_a_valid_page() {
    let mut brief = fixture::brief();
    brief.title.clear();
    brief.articles.clear();
    brief.summary.clear();
    brief.figures.clear();
    brief.quotes.clear();
    brief.entities.clear();
    brief.timeline.clear();
    brief.warnings.clear();
    let page = html(&brief);
    assert_safe(&page);
    assert!(page.contains("<h1>Untitled story</h1>"));
    assert!(!page.contains("<section"));
}
