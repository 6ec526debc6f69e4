//! Finds the quoted stretches of an article before anyone asks who said them:
//! words between double quote marks (straight, curly, guillemets), quotes that
//! run over several paragraphs, block quotes introduced by a colon, and
//! interview transcripts whose lines start with a short speaker label.

use corroborate_model::Span;

use super::words;

/// How a quoted stretch was found; decides where its speaker is looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Between quote marks.
    Marked,
    /// The paragraphs after an introduction ending in a colon; the field is
    /// the index of the introducing paragraph.
    Block(usize),
    /// A transcript line; the field is the speaker label.
    Transcript(Span),
}

/// One quoted stretch, before attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Raw {
    /// The quoted words, without the marks.
    pub(super) content: Span,
    /// From the opening mark (or the content's start) to just after the
    /// closing mark (or the content's end).
    pub(super) outer: Span,
    /// Index of the paragraph where it starts.
    pub(super) first_para: usize,
    /// Index of the paragraph where it ends.
    pub(super) last_para: usize,
    /// Whether a closing mark ended it (false: left open at a paragraph end).
    pub(super) closed: bool,
    /// How it was found.
    pub(super) kind: Kind,
}

/// The non-blank lines of `text`, trimmed: the unit a quote mark state is
/// carried across.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed = words::trim(text, Span::new(start, end));
        if !trimmed.is_empty() {
            out.push(trimmed);
        }
        start = end;
    }
    out
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Whether the mark at byte `i` is glued to a digit: a measure mark, not a
/// quote boundary — minutes and seconds ("by 1' 37\"", "3h 51' 03”"), feet
/// and inches ("5' 11\"", "a 55\" screen"). Such a mark never opens a quote.
/// It closes an open one unless a prime-marked figure leads to it
/// ("22' 10\"", "6'2\""): "ready by 2020", they said is still a quote.
fn after_digit(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Whether the digits just before byte `i` follow a figure with a prime or
/// apostrophe ("51' 03", "6'2", "2′ 23"): the second part of a measure.
fn prime_measure(text: &str, i: usize) -> bool {
    let lead = text.get(..i).unwrap_or("");
    let lead = lead.trim_end_matches(|c: char| c.is_ascii_digit());
    let lead = lead.strip_suffix(' ').unwrap_or(lead);
    let Some(rest) = lead
        .strip_suffix('\'')
        .or_else(|| lead.strip_suffix('’'))
        .or_else(|| lead.strip_suffix('′'))
    else {
        return false;
    };
    rest.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a straight `"` at byte `i` looks like an opening mark: at the start
/// or after a space or bracket, and followed by something printable.
fn straight_opens(text: &str, i: usize) -> bool {
    let before = text.get(..i).and_then(|s| s.chars().next_back());
    let after = text.get(i + 1..).and_then(|s| s.chars().next());
    let before_ok = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'));
    let after_ok = after.is_some_and(|c| !c.is_whitespace());
    before_ok && after_ok
}

/// Whether a straight `"` at byte `i` sits after a word or punctuation and
/// before a space, punctuation or the end: a closing mark with nothing open.
fn stray_closing(text: &str, i: usize) -> bool {
    let before = text.get(..i).and_then(|s| s.chars().next_back());
    let after = text.get(i + 1..).and_then(|s| s.chars().next());
    let glued = before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?'));
    let ends = after.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'));
    glued && ends
}

/// What the first quote mark of a paragraph says about a quote left open at
/// the end of the previous one.
fn continues(text: &str, para: Span) -> Option<bool> {
    let body = para.slice(text);
    let first = body.chars().next()?;
    if is_opening(first) || first == '"' {
        // The convention: a paragraph that continues a quote opens again.
        return Some(true);
    }
    for (off, c) in body.char_indices() {
        let mark = c == '"' || is_opening(c) || is_closing(c);
        if mark && after_digit(text, para.start + off) && prime_measure(text, para.start + off) {
            continue;
        }
        if is_closing(c) {
            return Some(false);
        }
        if is_opening(c) {
            return None;
        }
        if c == '"' {
            return if straight_opens(text, para.start + off) {
                None
            } else {
                Some(false)
            };
        }
    }
    None
}

/// Most paragraphs a quote may run over before it is cut.
const MAX_PARAGRAPHS: usize = 12;

/// Every stretch between quote marks, paragraph by paragraph.
pub(super) fn marked(text: &str, paras: &[Span]) -> Vec<Raw> {
    let mut out = Vec::new();
    // (content start, opening mark, paragraph)
    let mut open: Option<(usize, usize, usize)> = None;
    // Set when the next paragraph continues the quote and starts with a mark
    // that must not open a new one.
    let mut skip_first_open = false;
    for (pi, para) in paras.iter().enumerate() {
        let body = para.slice(text);
        for (off, c) in body.char_indices() {
            let i = para.start + off;
            let len = c.len_utf8();
            if (c == '"' || is_opening(c) || is_closing(c))
                && after_digit(text, i)
                && (open.is_none() || prime_measure(text, i))
            {
                continue;
            }
            let opens = if c == '"' {
                match open {
                    // A straight mark glued to a word and followed by a
                    // space or punctuation closes something, whatever the
                    // count says ("…over.\" Then"): a quote opening on it
                    // would start with ". ".
                    None => !stray_closing(text, i),
                    Some(_) => {
                        let next = text.get(i + 1..).and_then(|s| s.chars().next());
                        let prev = text.get(..i).and_then(|s| s.chars().next_back());
                        prev.is_none_or(char::is_whitespace)
                            && next.is_some_and(char::is_alphanumeric)
                    }
                }
            } else if is_opening(c) {
                true
            } else if is_closing(c) {
                false
            } else {
                continue;
            };
            if skip_first_open {
                skip_first_open = false;
                if opens && off == 0 {
                    continue;
                }
            }
            if opens {
                if let Some((cs, mark, fp)) = open.take() {
                    // A new opening mark while a quote is open: the earlier
                    // one was left open; it ends here.
                    push(text, &mut out, cs, i, Span::new(mark, i), fp, pi, false);
                }
                open = Some((i + len, i, pi));
            } else if let Some((cs, mark, fp)) = open.take() {
                push(
                    text,
                    &mut out,
                    cs,
                    i,
                    Span::new(mark, i + len),
                    fp,
                    pi,
                    true,
                );
            }
        }
        if let Some((cs, mark, fp)) = open {
            let next = paras.get(pi + 1).filter(|_| pi + 1 - fp < MAX_PARAGRAPHS);
            match next.and_then(|n| continues(text, *n)) {
                Some(skip) => skip_first_open = skip,
                None => {
                    push(
                        text,
                        &mut out,
                        cs,
                        para.end,
                        Span::new(mark, para.end),
                        fp,
                        pi,
                        false,
                    );
                    open = None;
                }
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    out: &mut Vec<Raw>,
    start: usize,
    end: usize,
    outer: Span,
    first_para: usize,
    last_para: usize,
    closed: bool,
) {
    if end <= start {
        return;
    }
    let content = words::trim(text, Span::new(start, end));
    if content.slice(text).chars().any(char::is_alphanumeric) {
        out.push(Raw {
            content,
            outer,
            first_para,
            last_para,
            closed,
            kind: Kind::Marked,
        });
    }
}

/// A transcript label at the start of a paragraph ("TDB:", "Q:", "A.A.:"):
/// up to five capital letters (dots allowed) followed by a colon. Returns the
/// label and where the line's words start.
pub(super) fn transcript_label(text: &str, para: Span) -> Option<(Span, usize)> {
    let body = para.slice(text);
    let colon = body.find(':')?;
    let label = body.get(..colon)?;
    let letters = label.chars().filter(|c| *c != '.').count();
    let ok = (1..=5).contains(&letters)
        && label.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && label.starts_with(|c: char| c.is_ascii_uppercase());
    if !ok {
        return None;
    }
    let rest = body.get(colon + 1..)?;
    if rest.trim().is_empty() {
        return None;
    }
    let lead = rest.len() - rest.trim_start().len();
    Some((
        Span::new(para.start, para.start + colon),
        para.start + colon + 1 + lead,
    ))
}

/// Interview transcripts: runs of at least two consecutive labelled lines
/// with at least two different labels.
pub(super) fn transcripts(text: &str, paras: &[Span]) -> Vec<Raw> {
    let labels: Vec<Option<(Span, usize)>> =
        paras.iter().map(|p| transcript_label(text, *p)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        if labels[i].is_none() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < paras.len() && labels[j].is_some() {
            j += 1;
        }
        let mut distinct: Vec<&str> = labels[i..j]
            .iter()
            .flatten()
            .map(|(l, _)| l.slice(text))
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if j - i >= 2 && distinct.len() >= 2 {
            for (k, label) in labels.iter().enumerate().take(j).skip(i) {
                let Some((label, start)) = *label else {
                    continue;
                };
                let para = paras[k];
                let content = strip_marks(text, Span::new(start, para.end));
                if content.slice(text).chars().any(char::is_alphanumeric) {
                    out.push(Raw {
                        content,
                        outer: Span::new(start, para.end),
                        first_para: k,
                        last_para: k,
                        closed: true,
                        kind: Kind::Transcript(label),
                    });
                }
            }
        }
        i = j;
    }
    out
}

/// `span` without one pair of surrounding quote marks, trimmed.
fn strip_marks(text: &str, span: Span) -> Span {
    let body = span.slice(text);
    let mut start = span.start;
    let mut end = span.end;
    if let Some(c) = body.chars().next().filter(|c| is_opening(*c) || *c == '"') {
        start += c.len_utf8();
    }
    if let Some(c) = body
        .chars()
        .next_back()
        .filter(|c| is_closing(*c) || *c == '"')
    {
        if end - c.len_utf8() >= start {
            end -= c.len_utf8();
        }
    }
    words::trim(text, Span::new(start, end))
}

/// Whether most letters of `span` are outside the Latin script: an original
/// that a translation may follow.
fn non_latin(text: &str, span: Span) -> bool {
    let mut latin = 0usize;
    let mut other = 0usize;
    for c in span.slice(text).chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
}

/// Whether the paragraph speaks in the first person: the mark of a
/// statement's continuation in a block quote.
fn first_person(text: &str, span: Span) -> bool {
    span.slice(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| {
            matches!(
                w,
                "I" | "I'm"
                    | "I’m"
                    | "I've"
                    | "I’ve"
                    | "me"
                    | "my"
                    | "My"
                    | "we"
                    | "We"
                    | "our"
                    | "Our"
                    | "us"
            )
        })
}

/// Whether a paragraph reads as the article's own narration rather than a
/// quoted statement: it introduces something itself, or opens with a
/// connective, or credits contributors.
fn narrative(text: &str, para: Span) -> bool {
    let body = para.slice(text);
    let first = body.split([' ', ',']).next().unwrap_or("");
    body.ends_with(':')
        || matches!(
            first,
            "Meanwhile"
                | "However"
                | "Moreover"
                | "Also"
                | "Elsewhere"
                | "Earlier"
                | "Later"
                | "Furthermore"
                | "Still"
                | "Yet"
                | "Nevertheless"
                | "Since"
                | "Previously"
        )
        || body.contains("contributed to this")
}

/// Block quotes: a paragraph ending in a colon whose words hold a speech cue
/// ("He said:", "told the agency:") introduces the next paragraph as a quote.
/// The block goes on through paragraphs in another script, the first Latin
/// paragraph after them (a translation), and paragraphs in the first person.
pub(super) fn blocks(text: &str, paras: &[Span], taken: &[bool]) -> Vec<Raw> {
    let mut out = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let body = para.slice(text);
        if !body.ends_with(':') || taken.get(pi).copied().unwrap_or(true) {
            continue;
        }
        if !words::tokens(text, *para)
            .iter()
            .any(|t| words::is_cue(t.slice(text)))
        {
            continue;
        }
        let Some(first) = paras.get(pi + 1) else {
            continue;
        };
        let starts_marked = first
            .slice(text)
            .chars()
            .next()
            .is_some_and(|c| is_opening(c) || c == '"');
        if starts_marked || taken.get(pi + 1).copied().unwrap_or(true) || narrative(text, *first) {
            continue;
        }
        let mut last = pi + 1;
        let mut prev_foreign = non_latin(text, *first);
        let mut k = pi + 2;
        while k < paras.len() && k - pi <= MAX_PARAGRAPHS {
            let p = paras[k];
            let body = p.slice(text);
            let marked = body
                .chars()
                .next()
                .is_some_and(|c| is_opening(c) || c == '"');
            if body.ends_with(':') || marked || taken[k] {
                break;
            }
            let foreign = non_latin(text, p);
            if !(foreign || prev_foreign || first_person(text, p)) {
                break;
            }
            prev_foreign = foreign;
            last = k;
            k += 1;
        }
        let content = Span::new(first.start, paras[last].end);
        out.push(Raw {
            content,
            outer: content,
            first_para: pi + 1,
            last_para: last,
            closed: true,
            kind: Kind::Block(pi),
        });
    }
    out
}
