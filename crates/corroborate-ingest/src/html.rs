//! HTML pages: the main content with boilerplate removed, plus title, outlet,
//! address, byline and publication date from meta tags and JSON-LD.
//!
//! Two main-content extractors vote: a readability.js port (`dom_smoothie`)
//! and a trafilatura port (`rs-trafilatura`); a paragraph stays when both
//! found it (see [`HtmlEngine::Agreement`] and the `extraction` suite in
//! BENCHMARKS.md, where the vote beats either alone). They run behind
//! guards: on a thread with a large stack, pages nested too deeply for their
//! recursive DOM walks skip straight to a linear visible-text scan, and a
//! panic inside an extractor is caught and also falls back, with a warning
//! in `Document.warnings`. The text then gets the same line clean-up as
//! plain text (lone labels, comment and sharing boilerplate).

use corroborate_model::Document;

use crate::{dates, text};

/// Which main-content extractor reads an HTML page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtmlEngine {
    /// Both extractors vote (the default): the readability port's paragraphs
    /// are kept when the trafilatura port's text holds most of their word
    /// pairs. Each extractor errs on different boilerplate (related-story
    /// lists, teasers), so their agreement is cleaner than either.
    Agreement,
    /// The trafilatura port alone.
    Trafilatura,
    /// The readability.js port alone.
    Readability,
}

/// Nesting deeper than this skips the DOM extractors: their tree walks are
/// recursive, and even on the large stack they run on a hostile page could
/// exhaust it.
const MAX_DEPTH: usize = 1_000;

/// The DOM extractors walk up and down the tree, so their cost grows with the
/// sum of every element's depth, not with the page's size: a page over this
/// budget (14 times the deepest of the benchmark's 181 real pages) skips them
/// too, so that a small hostile page cannot take seconds.
const MAX_DEPTH_SUM: usize = 3_000_000;

/// The stack of the thread the extractors run on: enough for [`MAX_DEPTH`]
/// levels of their recursion in a debug build.
const STACK: usize = 256 << 20;

/// Share of a paragraph's word pairs the other extractor must also have
/// found for the paragraph to stay ([`HtmlEngine::Agreement`]).
const AGREEMENT: f64 = 0.7;

/// One HTML page read with `engine`.
pub fn document(path: &str, html: &str, engine: HtmlEngine) -> Document {
    let mut doc = Document {
        path: path.to_string(),
        ..Document::default()
    };
    let (depth, depth_sum) = nesting_depth(html);
    let page = if depth > MAX_DEPTH || depth_sum > MAX_DEPTH_SUM {
        doc.warnings.push(format!(
            "`{path}`: HTML nested too deeply ({depth} levels, {depth_sum} in all); read as plain visible text"
        ));
        None
    } else {
        extract(path, html, engine, &mut doc.warnings)
    };
    let mut text = String::new();
    if let Some(page) = page {
        doc.title = page.title.filter(|t| !t.trim().is_empty());
        doc.source = page.site_name.filter(|s| !s.trim().is_empty());
        doc.url = page.url.filter(|u| !u.trim().is_empty());
        doc.author = page.author.filter(|a| !a.trim().is_empty());
        doc.published = page.published.as_deref().and_then(dates::parse);
        text = page.text;
    }
    if text.is_empty() {
        if doc.warnings.is_empty() {
            doc.warnings.push(format!(
                "`{path}`: no main content found; read as plain visible text"
            ));
        }
        text = text::clean_body(&visible_text(html));
    }
    if doc.url.is_none() {
        doc.url = page_url(html);
    }
    if doc.title.is_none() {
        doc.title = tag_text(html, "title").filter(|t| !t.is_empty());
    }
    if doc.source.is_none() {
        doc.source = text::self_reference(&text);
    }
    if doc.source.is_none() {
        doc.source = doc.url.as_deref().and_then(crate::domain);
    }
    doc.text = text;
    doc
}

/// Runs the engine on its own large-stack thread, catching a panic; `None`
/// (with a warning) when nothing usable came out.
fn extract(path: &str, html: &str, engine: HtmlEngine, warnings: &mut Vec<String>) -> Option<Page> {
    let run = |f: fn(&str) -> Result<Page, String>| -> Result<Page, String> {
        let res = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .stack_size(STACK)
                .spawn_scoped(scope, || f(html))
                .map_err(|e| e.to_string())
                .and_then(|h| h.join().map_err(|_| "the extractor crashed".to_string()))
        });
        res.and_then(|r| r).map(|mut page| {
            page.text = text::clean_body(&page.text);
            page
        })
    };
    let res = match engine {
        HtmlEngine::Trafilatura => run(trafilatura),
        HtmlEngine::Readability => run(readability),
        HtmlEngine::Agreement => match (run(readability), run(trafilatura)) {
            (Ok(r), Ok(t)) => Ok(agree(r, t)),
            (Ok(page), Err(_)) | (Err(_), Ok(page)) => Ok(page),
            (Err(e), Err(_)) => Err(e),
        },
    };
    match res {
        Ok(page) if !page.text.is_empty() => Some(page),
        Ok(_) => {
            warnings.push(format!(
                "`{path}`: no main content found; read as plain visible text"
            ));
            None
        }
        Err(message) => {
            warnings.push(format!(
                "`{path}`: main-content extraction failed ({message}); read as plain visible text"
            ));
            None
        }
    }
}

/// The readability page with only the paragraphs the trafilatura text
/// confirms, and metadata from trafilatura first (it reads JSON-LD and more
/// meta tags), readability filling the gaps. When either text is empty the
/// other stands alone.
fn agree(read: Page, traf: Page) -> Page {
    let text = if read.text.is_empty() {
        traf.text
    } else if traf.text.is_empty() {
        read.text
    } else {
        let confirmed = pairs(&traf.text);
        let kept: Vec<&str> = read
            .text
            .split("\n\n")
            .filter(|para| {
                let own = word_pairs(para);
                let hits = own.iter().filter(|p| confirmed.contains(*p)).count();
                !own.is_empty() && hits as f64 >= AGREEMENT * own.len() as f64
            })
            .collect();
        if kept.is_empty() {
            traf.text
        } else {
            kept.join("\n\n")
        }
    };
    Page {
        text,
        title: traf.title.or(read.title),
        site_name: traf.site_name.or(read.site_name),
        url: traf.url.or(read.url),
        author: traf.author.or(read.author),
        published: traf.published.or(read.published),
    }
}

/// Consecutive word pairs of a text (words are runs of letters, digits and
/// underscores).
fn word_pairs(text: &str) -> Vec<(&str, &str)> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).map(|w| (w[0], w[1])).collect()
}

fn pairs(text: &str) -> std::collections::HashSet<(&str, &str)> {
    word_pairs(text).into_iter().collect()
}

/// What an extractor found on a page.
struct Page {
    text: String,
    title: Option<String>,
    site_name: Option<String>,
    url: Option<String>,
    author: Option<String>,
    published: Option<String>,
}

fn trafilatura(html: &str) -> Result<Page, String> {
    let res = rs_trafilatura::extract(html).map_err(|e| e.to_string())?;
    let meta = res.metadata;
    Ok(Page {
        text: res.content_text,
        title: meta.title,
        site_name: meta.sitename,
        url: meta.url,
        author: meta.author,
        published: meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
    })
}

fn readability(html: &str) -> Result<Page, String> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut reader =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| e.to_string())?;
    let article = reader.parse().map_err(|e| e.to_string())?;
    Ok(Page {
        text: article.text_content.to_string(),
        title: Some(article.title),
        site_name: article.site_name,
        url: article.url,
        author: article.byline,
        published: article.published_time,
    })
}

/// The page's canonical address (`<link rel="canonical">` or `og:url`),
/// found by a plain scan of its tags.
fn page_url(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    for marker in [
        "rel=\"canonical\"",
        "rel='canonical'",
        "property=\"og:url\"",
        "property='og:url'",
    ] {
        let mut from = 0;
        // A few tries, each looking at most one short tag's width around the
        // marker, keep the scan linear on hostile pages.
        for _ in 0..8 {
            let Some(p) = lower.get(from..).and_then(|r| r.find(marker)) else {
                break;
            };
            let at = from + p;
            from = at + marker.len();
            let window = at.saturating_sub(2_000);
            let open = lower
                .get(window..at)
                .and_then(|h| h.rfind('<'))
                .map_or(at, |q| window + q);
            let close = lower
                .get(at..(at + 2_000).min(lower.len()))
                .and_then(|t| t.find('>'))
                .map_or(at, |q| at + q);
            let tag = html.get(open..close).unwrap_or("");
            let attr = if marker.contains("og:url") {
                "content="
            } else {
                "href="
            };
            if let Some(value) = attr_value(tag, attr) {
                if value.starts_with("http") {
                    return Some(value);
                }
            }
        }
    }
    None
}

/// The value of `attr` (written with its `=`) inside one tag's text.
fn attr_value(tag: &str, attr: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let p = lower.find(attr)? + attr.len();
    let rest = tag.get(p..)?;
    let quote = rest.chars().next()?;
    let value = if quote == '"' || quote == '\'' {
        let inner = rest.get(1..)?;
        inner.get(..inner.find(quote)?)?
    } else {
        rest.split([' ', '>', '/']).next()?
    };
    let mut out = String::new();
    push_text(&mut out, value.trim());
    Some(out)
}

/// An estimate of the element nesting depth, in one pass: opening tags of
/// elements that are not void push, closing tags pop. Returns the deepest
/// level and the sum of the levels of all opening tags.
fn nesting_depth(html: &str) -> (usize, usize) {
    let b = html.as_bytes();
    let (mut depth, mut max, mut sum) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' {
            let closing = b.get(i + 1) == Some(&b'/');
            let start = if closing { i + 2 } else { i + 1 };
            let mut j = start;
            while j < b.len() && b[j].is_ascii_alphanumeric() {
                j += 1;
            }
            if j > start {
                let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
                if closing {
                    depth = depth.saturating_sub(1);
                } else if !is_void(&name) {
                    depth += 1;
                    max = max.max(depth);
                    sum = sum.saturating_add(depth);
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    (max, sum)
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "option"
            | "td"
            | "tr"
            | "th"
            | "dt"
            | "dd"
    )
}

/// Elements whose content is never visible text.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas",
    "select", "button", "form", "nav", "footer", "aside",
];

/// Elements that break a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "blockquote",
    "header",
    "main",
    "ul",
    "ol",
    "table",
    "pre",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "hr",
    "body",
    "html",
];

/// The visible text of a page in one linear pass, without a DOM: tags
/// dropped, hidden elements skipped, block elements breaking lines, common
/// entities decoded.
pub(crate) fn visible_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        push_text(&mut out, html.get(text_start..i).unwrap_or(""));
        // Comments and doctype.
        if lower.get(i..i + 4) == Some("<!--") {
            i = lower
                .get(i + 4..)
                .and_then(|r| r.find("-->"))
                .map_or(b.len(), |p| i + 4 + p + 3);
            text_start = i;
            continue;
        }
        let closing = b.get(i + 1) == Some(&b'/');
        let start = if closing { i + 2 } else { i + 1 };
        let mut j = start;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
            j += 1;
        }
        let name = lower.get(start..j).unwrap_or("");
        let end = lower
            .get(j..)
            .and_then(|r| r.find('>'))
            .map_or(b.len(), |p| j + p + 1);
        if name.is_empty() && !closing && !matches!(b.get(i + 1), Some(b'!' | b'?')) {
            // A lone "<" in text.
            out.push('<');
            i += 1;
            text_start = i;
            continue;
        }
        if BLOCK.contains(&name) {
            out.push('\n');
        }
        i = end;
        if !closing && HIDDEN.contains(&name) {
            let close = format!("</{name}");
            i = lower
                .get(i..)
                .and_then(|r| r.find(&close))
                .and_then(|p| {
                    lower
                        .get(i + p..)
                        .and_then(|r| r.find('>'))
                        .map(|q| i + p + q + 1)
                })
                .unwrap_or(b.len());
        }
        text_start = i;
    }
    push_text(&mut out, html.get(text_start..).unwrap_or(""));
    out
}

/// The text of the first `<name>` element, entities decoded.
fn tag_text(html: &str, name: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let open = lower.find(&format!("<{name}"))?;
    let start = open + lower.get(open..)?.find('>')? + 1;
    let end = start + lower.get(start..)?.find(&format!("</{name}"))?;
    let mut out = String::new();
    push_text(&mut out, html.get(start..end)?);
    let t = out.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(t)
}

/// Appends `raw` with HTML entities decoded.
fn push_text(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(p) = rest.find('&') {
        out.push_str(rest.get(..p).unwrap_or(""));
        let tail = rest.get(p..).unwrap_or("");
        let semi = tail.get(..tail.len().min(12)).and_then(|t| t.find(';'));
        let decoded = semi.and_then(|s| entity(tail.get(1..s).unwrap_or("")));
        match (semi, decoded) {
            (Some(s), Some(c)) => {
                out.push(c);
                rest = tail.get(s + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_skips_scripts_and_styles() {
        let html = "<html><head><title>T</title><style>p{color:red}</style></head><body><script>var x = '<p>no</p>';</script><p>One &amp; two</p><p>Three</p></body></html>";
        let t = visible_text(html);
        assert!(t.contains("One & two"));
        assert!(t.contains("Three"));
        assert!(!t.contains("var x"));
        assert!(!t.contains("color"));
    }

    #[test]
    fn depth_counts_nesting_not_void_tags() {
        assert_eq!(
            nesting_depth("<div><div><br><img src=x></div></div>"),
            (2, 3)
        );
        assert_eq!(nesting_depth(&"<div>".repeat(1000)).0, 1000);
    }

    #[test]
    fn canonical_address_is_read_from_link_or_og_url() {
        let html = r#"<head><link href="https://ex.example/a?x=1&amp;y=2" rel="canonical"></head>"#;
        assert_eq!(
            page_url(html).as_deref(),
            Some("https://ex.example/a?x=1&y=2")
        );
        let html = "<meta property='og:url' content='https://ex.example/b'>";
        assert_eq!(page_url(html).as_deref(), Some("https://ex.example/b"));
        assert_eq!(page_url(&"rel=\"canonical\"".repeat(100_000)), None);
    }

    #[test]
    fn title_tag_is_read() {
        assert_eq!(
            tag_text(
                "<html><head><title> A &amp; B </title></head></html>",
                "title"
            )
            .as_deref(),
            Some("A & B")
        );
    }
}
