//! Plain text and Markdown: the first non-empty line is the title; what is
//! not the article (comment-section prompts, moderation notices, word-processor
//! residue, lone section labels, an outlet header line) is stripped, and the
//! outlet, address, byline and date are read from metadata lines or from the
//! article's references to itself.
//!
//! Every rule here is general: it names kinds of boilerplate, never a site.
//! All work is line by line with linear-time regexes, so a 50 MB file costs a
//! few passes over its bytes.

use std::collections::HashMap;
use std::sync::LazyLock;

use corroborate_model::Document;
use regex::Regex;

use crate::dates;

/// One plain-text or Markdown article.
pub(crate) fn document(path: &str, raw: &str) -> Document {
    let markdown = is_markdown(path, raw);
    let lines: Vec<String> = raw.lines().map(|l| clean_line(l, markdown)).collect();
    let mut doc = Document {
        path: path.to_string(),
        ..Document::default()
    };

    // The head: an outlet header line, then the title, then metadata lines
    // (byline, date, address) until the first ordinary line.
    let mut idx = 0;
    let mut seen = 0;
    while idx < lines.len() && seen < 3 {
        let line = &lines[idx];
        if line.is_empty() {
            idx += 1;
            continue;
        }
        seen += 1;
        if let Some((source, url)) = header_line(line) {
            doc.source = doc.source.or(source);
            doc.url = doc.url.or(Some(url));
            idx += 1;
            continue;
        }
        break;
    }
    while idx < lines.len() && lines[idx].is_empty() {
        idx += 1;
    }
    // A first line longer than any headline is prose: the text has no title
    // line and the pipeline makes one from the first sentence.
    if let Some(first) = lines.get(idx).filter(|l| l.chars().count() <= MAX_TITLE) {
        doc.title = Some(first.clone()).filter(|t| !t.is_empty());
        idx += 1;
    }
    let body_lines = lines.get(idx..).unwrap_or_default();
    let body_lines = strip_metadata_lines(body_lines, &mut doc);
    let body_lines = drop_boilerplate(body_lines);
    doc.text = paragraphs(&body_lines, true);

    if doc.author.is_none() {
        doc.author = bio_author(&doc.text);
    }
    if doc.source.is_none() {
        doc.source = self_reference(&doc.text);
    }
    if doc.source.is_none() {
        doc.source = doc.url.as_deref().and_then(crate::domain);
    }
    doc
}

/// Headlines are shorter than this many characters.
const MAX_TITLE: usize = 300;

/// An extracted page body (one paragraph per line): lines normalised,
/// boilerplate dropped, paragraphs separated by blank lines.
pub(crate) fn clean_body(body: &str) -> String {
    let lines: Vec<String> = body.lines().map(|l| clean_line(l, false)).collect();
    paragraphs(&drop_boilerplate(lines), false)
}

/// A body without a title line (JSON records, Multi-News articles): lines
/// normalised, boilerplate dropped, hard-wrapped blocks joined.
pub(crate) fn body(raw: &str) -> String {
    let lines: Vec<String> = raw.lines().map(|l| clean_line(l, false)).collect();
    paragraphs(&drop_boilerplate(lines), true)
}

/// A `.md` file, or text whose lines open with Markdown heading marks.
fn is_markdown(path: &str, raw: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return true;
    }
    raw.lines()
        .take(50)
        .any(|l| l.starts_with("# ") || l.starts_with("## "))
}

static RESIDUE: LazyLock<Regex> = LazyLock::new(|| {
    // Word-processor and export residue: "[bookmark: _GoBack]", "[image: …]"
    // placeholders with no text of their own.
    Regex::new(r"(?i)\[(?:bookmark|anchor|image|img|picture|embed|iframe):[^\]\n]{0,200}\]")
        .unwrap()
});

static MD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    // `[text](url)` keeps its text; `![alt](url)` images go. Repetitions are
    // unbounded on purpose: the engine is linear-time anyway, and a counted
    // repetition of a Unicode class ({1,2000}) compiles into an automaton
    // that took 45 ms to build at every start-up.
    Regex::new(r"(!?)\[([^\]\n]*)\]\((?:[^()\s]+)(?:\s+\x22[^\x22\n]*\x22)?\)").unwrap()
});

static MD_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    // Paired `**x**` / `__x__` only, so a lone asterisk in prose survives.
    Regex::new(r"(\*\*|__)([^\s*_](?:[^*\n]{0,500}?[^\s*_])?)(\*\*|__)").unwrap()
});

static MD_EM: LazyLock<Regex> = LazyLock::new(|| {
    // Paired `*x*` only at word edges (snake_case and `2*3*4` stay intact).
    Regex::new(r"(^|[\s(])\*([^\s*](?:[^*\n]{0,500}?[^\s*])?)\*($|[\s).,;:!?])").unwrap()
});

/// Normalises one line: residue and zero-width characters out, whitespace
/// runs collapsed, bullets and (for Markdown) heading marks and emphasis
/// stripped.
fn clean_line(line: &str, markdown: bool) -> String {
    let mut s = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        if matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}' | '\u{2060}') {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = true;
            continue;
        }
        if space && !s.is_empty() {
            s.push(' ');
        }
        space = false;
        s.push(c);
    }
    let mut s = if RESIDUE.is_match(&s) {
        collapse(&RESIDUE.replace_all(&s, " "))
    } else {
        s
    };
    s = strip_bullet(&s).to_string();
    if markdown {
        let hashes = s.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && s.as_bytes().get(hashes) == Some(&b' ') {
            s = s.get(hashes + 1..).unwrap_or("").trim().to_string();
            s = s.trim_end_matches(['#', ' ']).to_string();
        }
        if s.starts_with('>') {
            s = s.trim_start_matches(['>', ' ']).to_string();
        }
        if s.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | ' ')) && s.len() >= 3 {
            // A rule or a setext underline.
            s.clear();
        }
        if s.contains("](") {
            s = MD_LINK
                .replace_all(&s, |c: &regex::Captures<'_>| {
                    if &c[1] == "!" {
                        String::new()
                    } else {
                        c[2].to_string()
                    }
                })
                .into_owned();
        }
        if s.contains("**") || s.contains("__") {
            s = MD_STRONG.replace_all(&s, "$2").into_owned();
        }
        if s.contains('*') {
            s = MD_EM.replace_all(&s, "$1$2$3").into_owned();
        }
        s = collapse(&s);
    }
    s
}

/// Collapses whitespace runs and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line's text without a leading bullet glyph or list marker.
fn strip_bullet(s: &str) -> &str {
    let t = s.trim_start_matches(['•', '·', '▪', '●', '◦', '‣', '∙', '■', '□', '►', '▶']);
    let t = if t.len() != s.len() {
        t.trim_start()
    } else {
        t
    };
    for marker in ["* ", "- ", "+ "] {
        if let Some(rest) = t.strip_prefix(marker) {
            return rest.trim_start();
        }
    }
    if matches!(t, "*" | "-" | "+" | "–" | "—") {
        return "";
    }
    t
}

// Unbounded for the same reason as `MD_LINK`: {1,2000} cost 21 ms to compile.
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:https?://|www\.)[^\s<>\x22]+").unwrap());

/// An outlet header line such as "- The Outlet - https://outlet.example -":
/// a short line holding one address and at most a name and separators.
/// Returns the outlet name (when the line gives one) and the address.
fn header_line(line: &str) -> Option<(Option<String>, String)> {
    if line.len() > 300 {
        return None;
    }
    let m = URL.find(line)?;
    let url = m
        .as_str()
        .trim_end_matches(['.', ',', ')', '-', '|'])
        .to_string();
    let before = line.get(..m.start()).unwrap_or("");
    let after = line.get(m.end()..).unwrap_or("");
    let seps: &[char] = &[
        '-', '–', '—', '|', '•', '·', ':', ' ', '/', '»', '«', '(', ')', '[', ']',
    ];
    let before = before.trim_matches(seps);
    let after = after.trim_matches(seps);
    if !after.is_empty() {
        return None;
    }
    // "Source: Name" style labels are metadata too.
    let name = before
        .strip_prefix("Source")
        .map_or(before, |r| r.trim_start_matches([':', ' ']));
    let words = name.split_whitespace().count();
    if words > 8 {
        return None;
    }
    let name = Some(name.to_string()).filter(|n| !n.is_empty() && !is_label_word(n));
    Some((name, url))
}

fn is_label_word(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "url" | "link" | "source url" | "original" | "read online" | "web"
    )
}

static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(by|written by|author|authors|published|published on|posted|posted on|first published|date|dateline|updated|last updated|source|outlet|publisher|url|link)\b\s*[:\-–]?\s*(.+)$",
    )
    .unwrap()
});

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’.\-]*(?:,?\s+(?:and\s+)?(?:\p{Lu}[\p{L}'’.\-]*|(?:al|el|bin|ibn|de|di|da|van|von|le|la|del)[\-\s]\p{Lu}[\p{L}'’.\-]*)){0,7}$").unwrap()
});

/// Reads and removes the metadata lines (byline, date, outlet, address) that
/// stand right under the title, before the first paragraph of prose.
fn strip_metadata_lines(lines: &[String], doc: &mut Document) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut in_head = true;
    let mut head_seen = 0;
    for line in lines {
        if in_head && !line.is_empty() {
            head_seen += 1;
            if head_seen > 4 || line.len() > 160 {
                in_head = false;
            } else if take_metadata(line, doc) {
                continue;
            } else if is_label(line) || is_boilerplate(line) {
                // Left for the boilerplate pass; still part of the head.
                head_seen -= 1;
            } else {
                in_head = false;
            }
        }
        out.push(line.clone());
    }
    out
}

/// Whether `line` is one metadata line; if so, its value goes into `doc`.
fn take_metadata(line: &str, doc: &mut Document) -> bool {
    if let Some(date) = dates::parse(line) {
        doc.published = doc.published.or(Some(date));
        return true;
    }
    if URL
        .find(line)
        .is_some_and(|m| m.start() == 0 && m.end() == line.len())
    {
        doc.url = doc.url.clone().or_else(|| Some(line.to_string()));
        return true;
    }
    let Some(c) = META_LINE.captures(line) else {
        return false;
    };
    let key = c[1].to_ascii_lowercase();
    let value = c[2].trim();
    match key.as_str() {
        "by" | "written by" | "author" | "authors" => {
            // "By Name | Outlet" or "By Name, Outlet": the name is the first part.
            let name = value.split(['|', '•']).next().unwrap_or("").trim();
            if NAME.is_match(name) && name.split_whitespace().count() <= 8 {
                doc.author = doc.author.clone().or_else(|| Some(name.to_string()));
                return true;
            }
            false
        }
        "published" | "published on" | "posted" | "posted on" | "first published" | "date"
        | "dateline" => match dates::parse(value) {
            Some(date) => {
                doc.published = doc.published.or(Some(date));
                true
            }
            None => false,
        },
        // A modification date is not a publication date; the line is still
        // metadata, not prose.
        "updated" | "last updated" => dates::parse(value).is_some(),
        "source" | "outlet" | "publisher" if value.split_whitespace().count() <= 8 => {
            if let Some(m) = URL.find(value) {
                doc.url = doc.url.clone().or_else(|| Some(m.as_str().to_string()));
            } else {
                doc.source = doc.source.clone().or_else(|| Some(value.to_string()));
            }
            true
        }
        "url" | "link" => match URL.find(value) {
            Some(m) => {
                doc.url = doc.url.clone().or_else(|| Some(m.as_str().to_string()));
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// Lone section labels and sharing widgets, compared lower-cased with
/// trailing punctuation removed.
const LABELS: &[&str] = &[
    "latest",
    "latest news",
    "latest stories",
    "breaking",
    "breaking news",
    "advertisement",
    "advertisements",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related news",
    "related coverage",
    "related topics",
    "read more",
    "read next",
    "read more stories",
    "read the full story",
    "more",
    "more stories",
    "more news",
    "see also",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share on facebook",
    "share on twitter",
    "share via email",
    "click to share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "copy link",
    "link copied",
    "comments",
    "comment",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "recommended",
    "recommended for you",
    "top stories",
    "you may also like",
    "you might also like",
    "don't miss",
    "don’t miss",
    "continue reading",
    "continue reading below",
    "show more",
    "load more",
    "skip to content",
    "skip to main content",
    "menu",
    "search",
    "subscribe",
    "sign up",
    "log in",
    "login",
    "sign in",
    "newsletter",
    "listen",
    "listen to this article",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "scroll to continue with content",
    "advertisement - scroll to continue",
    "back to top",
    "home",
    "close",
    "loading",
    "toggle caption",
    "hide caption",
    "enlarge this image",
];

/// Whether a whole line is a lone section label.
fn is_label(line: &str) -> bool {
    if line.len() > 60 {
        return false;
    }
    if !line.is_empty() && !line.chars().any(char::is_alphanumeric) {
        // No letter or digit: a separator ("* * *", "---") or bullet residue.
        return true;
    }
    let key = line
        .trim_end_matches(['.', '…', ':', '!', '»', '>', '›', ' ', '|'])
        .trim_start_matches(['«', '<', '‹', ' ', '|'])
        .to_lowercase();
    if key.is_empty() {
        // Punctuation only: a separator or bullet residue.
        return !line.is_empty();
    }
    LABELS.contains(&key.as_str())
}

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    // No `\b`: a Unicode word boundary sends the regex engine to its slow
    // PikeVM on any line with a non-ASCII character (curly quotes, accents).
    // "here(?:$|\W)" and "on)?[^\w.!?]" say the same as a boundary after a
    // word character ("on)?\b" must be followed by a non-word character,
    // since a digit has to come after it).
    Regex::new(
        r"(?ix)
        please\s+log\s*in | log\s*in\s+to\s+(?:comment|reply|post) | sign\s*in\s+to\s+(?:comment|reply|post)
        | you\s+must\s+be\s+logged\s+in | authors,\s+please
        | reviewed\s+by\s+(?:a\s+|our\s+)?moderators? | comments\s+are\s+(?:moderated|closed)
        | comment\s+moderation | treat\s+(?:each\s+)?others?\s+with\s+respect
        | personal\s+attacks\s+will\s+not | hate\s+speech,\s+obscenity | identified\s+as\s+spam
        | ^(?:leave|post|add|write|submit)\s+a\s+(?:comment|reply|response)
        | ^(?:view|show|load|hide|read)\s+(?:all\s+)?(?:\d+\s+)?comments
        | comments?\s+polic(?:y|ies) | community\s+(?:guidelines|standards)
        | your\s+email\s+address\s+will\s+not\s+be\s+published | required\s+fields\s+are\s+marked
        | ^(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+){0,2}newsletters?
        | ^get\s+our\s+(?:\w+\s+){0,2}newsletter
        | all\s+rights\s+reserved | ^(?:copyright\s*)?©
        | ^(?:follow|like)\s+us\s+on | ^click\s+here\s+to\s+(?:subscribe|share|comment)
        | ^join\s+the\s+(?:discussion|conversation|debate)
        | ^\d+\s+comments?$ | ^comments?\s*\(\d+\)$
        | ^tell\s+us\s+what\s+you\s+think | ^click\s+here(?:$|\W)
        | ^\[?(?:read\s+more|related|see\s+also|also\s+read|read\s+also|more\s+from|don'?t\s+miss|recommended)\s*:
        | ^more\s+(?:\w+\s+){0,2}stories$
        | ^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+$
        | requires\s+javascript | enable\s+javascript | javascript\s+(?:is\s+)?disabled
        | ^(?:first\s+published|published|posted|last\s+updated|updated)(?:\s+on)?[^\w.!?][^.!?]{0,59}\d[^.!?]{0,40}$
        ",
    )
    .unwrap()
});

/// Whether a short line is comment-section, moderation or sharing
/// boilerplate. Long lines are prose and never match.
fn is_boilerplate(line: &str) -> bool {
    line.len() <= 240 && BOILERPLATE.is_match(line)
}

static TAIL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:join\s+the\s+(?:discussion|conversation|debate)|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|comments?|\d+\s+comments?|comments?\s*\(\d+\)|reader\s+comments|discussion|what\s+do\s+you\s+think)[\s.…:!?»]*$",
    )
    .unwrap()
});

/// Drops boilerplate lines, and everything after the start of a comment
/// section when it opens in the second half of the body (what follows it is
/// readers' comments, not the article).
fn drop_boilerplate(lines: Vec<String>) -> Vec<String> {
    let total: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut seen = 0;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        seen += line.len() + 1;
        if !line.is_empty() && line.len() <= 60 && TAIL_START.is_match(&line) && seen * 2 > total {
            break;
        }
        if is_label(&line) || is_boilerplate(&line) {
            continue;
        }
        out.push(line);
    }
    out
}

/// Joins body lines into paragraphs separated by one blank line. A block of
/// consecutive lines is one paragraph when the text is hard-wrapped (most
/// lines run on within blocks and are short); otherwise every line is its
/// own paragraph.
fn paragraphs(lines: &[String], may_wrap: bool) -> String {
    let non_empty: Vec<&String> = lines.iter().filter(|l| !l.is_empty()).collect();
    // Lines followed by another line of the same block, and how many of
    // those end a sentence: wrapped prose breaks mostly mid-sentence, while
    // one-line paragraphs without blank lines between them end sentences.
    let (mut run_on, mut sentence_ends) = (0usize, 0usize);
    for pair in lines.windows(2) {
        if !pair[0].is_empty() && !pair[1].is_empty() {
            run_on += 1;
            if pair[0].ends_with(['.', '!', '?', '"', '”', ':']) {
                sentence_ends += 1;
            }
        }
    }
    let mut lens: Vec<usize> = non_empty.iter().map(|l| l.chars().count()).collect();
    lens.sort_unstable();
    let p90 = lens.get(lens.len() * 9 / 10).copied().unwrap_or(0);
    let wrapped = may_wrap
        && non_empty.len() >= 4
        && run_on * 2 >= non_empty.len()
        && sentence_ends * 2 < run_on
        && p90 <= 100;

    let mut out = String::new();
    let mut para = String::new();
    let flush = |para: &mut String, out: &mut String| {
        if !para.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(para);
            para.clear();
        }
    };
    for line in lines {
        if line.is_empty() {
            flush(&mut para, &mut out);
        } else if wrapped {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(line);
        } else {
            flush(&mut para, &mut out);
            para.push_str(line);
        }
    }
    flush(&mut para, &mut out);
    out
}

/// An outlet name: optional "The", then one to five capitalised words on
/// one line (inner "of" and "&" allowed). A dot only inside an initialism
/// ("U.S."), so a name never runs on into the next sentence.
const OUTLET: &str = r"((?:The[ \t]+)?(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}'’&\-]*)(?:[ \t]+(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}'’&\-]*|of|&)){0,4})";

struct Pattern {
    re: Regex,
    score: u32,
    /// Words the pattern cannot match without (one of them, as written):
    /// a text holding none of them is not searched at all.
    needs: &'static [&'static str],
}

static SELF_REFS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    // ASCII word boundaries keep the regex engine on its fast lazy DFA even
    // when the text holds non-ASCII letters (a Unicode `\b` makes it fall
    // back to a much slower engine); the cue words are all ASCII.
    let p = |re: String, score: u32, needs: &'static [&'static str]| Pattern {
        re: Regex::new(&re.replace(r"\b", r"(?-u:\b)")).unwrap(),
        score,
        needs,
    };
    vec![
        // "… told The Outlet" — also said of third parties, so weak alone.
        p(format!(r"\btold\s+{OUTLET}"), 1, &["told"]),
        // "The Outlet could not independently confirm/verify …"
        p(
            format!(
                r"{OUTLET}\s+(?:could\s+not|cannot|can\s+not|was\s+unable\s+to|has\s+not\s+been\s+able\s+to)\s+(?:independently\s+)?(?:confirm|verify)"
            ),
            3,
            &["confirm", "verify"],
        ),
        p(
            format!(r"(?:independently\s+)?(?:confirmed|verified)\s+by\s+{OUTLET}"),
            2,
            &["confirmed", "verified"],
        ),
        // "The Outlet was able to reach …", "The Outlet has learned …"
        p(
            format!(
                r"{OUTLET}\s+(?:was\s+able\s+to|has\s+learned|has\s+obtained|has\s+seen|reached\s+out\s+to|contacted)\b"
            ),
            2,
            &[],
        ),
        // "sent (by someone) to The Outlet", "asked by The Outlet"
        p(
            format!(r"\bsent\s+(?:by\s+[^.,;:\n]{{1,60}}?\s+)?to\s+{OUTLET}"),
            1,
            &["sent"],
        ),
        p(format!(r"\basked\s+by\s+{OUTLET}"), 1, &["asked"]),
        p(
            format!(
                r"\b(?:in\s+an?\s+)?(?:interview|statement|email|message)\s+(?:with|to)\s+{OUTLET}"
            ),
            1,
            &["interview", "statement", "email", "message"],
        ),
        // "The Outlet contributor X", "a contributor to The Outlet"
        p(format!(r"{OUTLET}\s+contributor\b"), 2, &["contributor"]),
        p(
            format!(r"\bcontributor\s+(?:to|for|at|with)\s+{OUTLET}"),
            2,
            &["contributor"],
        ),
        // Bio: "X is a (student) journalist with The Outlet"
        p(
            format!(
                r"\bis\s+an?\s+(?:[\p{{L}}\-]+\s+){{0,4}}?(?:journalist|reporter|correspondent|writer|contributor|editor|columnist|intern|producer)\s+(?:with|for|at)\s+{OUTLET}"
            ),
            3,
            &[
                "journalist",
                "reporter",
                "correspondent",
                "writer",
                "contributor",
                "editor",
                "columnist",
                "intern",
                "producer",
            ],
        ),
    ]
});

/// Words that a capitalised match may start with but that never name an
/// outlet (pronouns, sentence openers, calendar words).
const NOT_OUTLET: &[&str] = &[
    "I",
    "He",
    "She",
    "It",
    "We",
    "They",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Its",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "But",
    "And",
    "Or",
    "So",
    "If",
    "When",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
];

/// The outlet, from the article's references to itself: the name with the
/// highest score over self-reference phrases, when it reaches 3 (one strong
/// phrase, or several weak ones).
pub(crate) fn self_reference(text: &str) -> Option<String> {
    let mut found: HashMap<String, Candidate> = HashMap::new();
    for pattern in SELF_REFS.iter() {
        if !pattern.needs.is_empty() && !pattern.needs.iter().any(|w| text.contains(w)) {
            continue;
        }
        for c in pattern.re.captures_iter(text) {
            let Some(m) = c.get(1) else { continue };
            let Some(name) = outlet_name(m.as_str()) else {
                continue;
            };
            let key = name.strip_prefix("The ").unwrap_or(&name).to_string();
            let entry = found.entry(key).or_default();
            // A weak phrase counts double with "The Xxx": outlets write their
            // own names that way, while sources tend to be told to people.
            entry.score +=
                pattern.score + u32::from(pattern.score == 1 && name.starts_with("The "));
            *entry.forms.entry(name).or_default() += 1;
        }
    }
    // Highest score first; ties broken by name so the result is stable.
    let (_, best) = found
        .into_iter()
        .max_by(|a, b| a.1.score.cmp(&b.1.score).then_with(|| b.0.cmp(&a.0)))?;
    if best.score < 3 {
        return None;
    }
    // The most frequent written form; the longer ("The …") when tied.
    best.forms
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| a.0.len().cmp(&b.0.len()))
                .then_with(|| b.0.cmp(&a.0))
        })
        .map(|(name, _)| name)
}

/// One outlet name's evidence: its score and how often each written form
/// ("The X", "X") was met.
#[derive(Default)]
struct Candidate {
    score: u32,
    forms: HashMap<String, u32>,
}

/// Trims a captured outlet name and rejects what cannot be one.
fn outlet_name(raw: &str) -> Option<String> {
    // A word ending a sentence ends the name ("told The Ledger. The mayor").
    let mut words: Vec<&str> = Vec::new();
    for word in raw.split_whitespace() {
        words.push(word);
        if word.ends_with('.') && !is_initialism(word) {
            break;
        }
    }
    while let Some(last) = words.last() {
        if matches!(*last, "of" | "&") {
            words.pop();
        } else {
            break;
        }
    }
    let mut name = words.join(" ");
    while name.ends_with(['.', '\'', '’', '-']) && !is_initialism(&name) {
        name.pop();
    }
    let core = name.strip_prefix("The ").unwrap_or(&name);
    let first = core.split_whitespace().next()?;
    if NOT_OUTLET.contains(&first) || core.len() < 2 {
        return None;
    }
    Some(name)
}

/// "U.S." style names keep their final dot.
fn is_initialism(s: &str) -> bool {
    let last = s.split_whitespace().last().unwrap_or("");
    last.len() >= 3
        && last
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.len() == 1)
}

static BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]+|(?:al|el|bin|ibn|de|di|da|van|von|le|la|del)[\-\s]\p{Lu}[\p{L}'’.\-]*)){1,3})\s+is\s+an?\s+(?:[\p{L}\-]+\s+){0,4}?(?:journalist|reporter|correspondent|writer|contributor|editor|columnist|intern|producer|analyst|author)\b",
    )
    .unwrap()
});

/// The author named by a short bio paragraph at the end ("X is a freelance
/// journalist …").
fn bio_author(text: &str) -> Option<String> {
    text.rsplit("\n\n")
        .take(3)
        .filter(|p| p.len() <= 400)
        .find_map(|p| BIO.captures(p).map(|c| c[1].to_string()))
}

#[cfg(test)]
mod tests;
