//! Splits an article's text into sentences for news English.
//!
//! The text is first cut into lines (paragraphs, headings, transcript turns:
//! in cleaned article text a sentence never crosses a line break, unless the
//! text is hard-wrapped), then each line is split by `sentencex`, and a few
//! repairs follow that news text needs and `sentencex` does not do: an
//! abbreviation followed by a lowercase word does not end a sentence ("2 pct.
//! on Monday", "sq. km. in"), list markers ("1.", "b.", "• 9.") belong to the
//! item they introduce, and a four-dot ellipsis is a period and an ellipsis.
//!
//! **Invariant:** the spans are in order, do not overlap, start and end on
//! char boundaries and on non-whitespace, and together cover every
//! non-whitespace byte of the text (segmentation is lossless).

use corroborate_model::Span;
use sentencex::languages::{English, Language};

#[cfg(test)]
mod tests;

/// Splits `text` into sentence spans, in order, trimmed of surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut cuts = Vec::new();
    let wrapped = is_hard_wrapped(text);
    for line in blocks(text, wrapped) {
        line_cuts(text, line, &mut cuts);
    }
    let mut out = Vec::with_capacity(cuts.len());
    for pair in cuts {
        let span = trim(text, pair);
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

/// The blocks a sentence may not cross: lines, or blank-line separated
/// paragraphs when the text is hard-wrapped.
fn blocks(text: &str, wrapped: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let is_break = if wrapped {
                // A blank line (only whitespace before the next newline).
                let rest = &bytes[i + 1..];
                let next_nl = rest.iter().position(|&b| b == b'\n');
                next_nl.is_some_and(|n| rest[..n].iter().all(u8::is_ascii_whitespace))
            } else {
                true
            };
            if is_break {
                out.push(Span::new(start, i));
                start = i + 1;
            }
        }
        i += 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Text is hard-wrapped when most of its lines are long, of similar length,
/// and end without sentence punctuation: a newline there is only a space.
fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() < 6 {
        return false;
    }
    let long = lines
        .iter()
        .filter(|l| (50..=100).contains(&l.chars().count()))
        .count();
    let open = lines
        .iter()
        .filter(|l| !l.ends_with(['.', '!', '?', '"', '”', ':', '’']))
        .count();
    long * 10 >= lines.len() * 7 && open * 2 >= lines.len()
}

/// Appends the sentence ranges of one block (untrimmed) to `cuts`.
fn line_cuts(text: &str, line: Span, cuts: &mut Vec<Span>) {
    let block = line.slice(text);
    if block.trim().is_empty() {
        return;
    }
    let mut pieces: Vec<Span> = Vec::new();
    for piece in (English {}).segment(block) {
        let offset = (piece.as_ptr() as usize).wrapping_sub(block.as_ptr() as usize);
        let fits = block.get(offset..offset + piece.len()) == Some(piece);
        if !fits || piece.trim().is_empty() {
            continue;
        }
        pieces.push(Span::new(
            line.start + offset,
            line.start + offset + piece.len(),
        ));
    }
    if pieces.is_empty() {
        cuts.push(line);
        return;
    }
    // Make the pieces tile the block: gaps join the piece before them.
    pieces[0].start = line.start;
    for i in 1..pieces.len() {
        pieces[i].start = pieces[i - 1]
            .end
            .max(pieces[i].start.min(pieces[i - 1].end));
    }
    if let Some(last) = pieces.last_mut() {
        last.end = line.end;
    }
    for i in 0..pieces.len().saturating_sub(1) {
        pieces[i].end = pieces[i + 1].start;
    }
    let pieces = join_lowercase_continuations(text, pieces);
    let pieces = four_dot_ellipsis(text, pieces);
    let pieces = lists(text, pieces);
    cuts.extend(pieces);
}

/// A piece ending in an abbreviation's period, followed by a piece that
/// starts with a lowercase letter, is one sentence: "sq. km. in the". So is
/// a title before a name ("Lt.-Gen. Zaid"), and a piece of bare punctuation
/// belongs to the sentence before it.
fn join_lowercase_continuations(text: &str, pieces: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if let Some(prev) = out.last_mut() {
            let before = prev.slice(text).trim_end();
            let after = piece.slice(text).trim_start();
            let starts_lower = after.chars().next().is_some_and(char::is_lowercase);
            let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let no_words = !after.chars().any(char::is_alphanumeric);
            let joins = no_words
                || (starts_lower && before.ends_with('.') && is_abbreviation_like(last_word))
                || is_title(last_word);
            if joins {
                prev.end = piece.end;
                continue;
            }
        }
        out.push(piece);
    }
    out
}

/// Titles written before a name, abbreviated: "Dr.", "Lt.-Gen.", "Sen.".
/// A sentence never ends on one of them.
fn is_title(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "gen", "gov", "hon", "lt", "maj",
        "messrs", "mr", "mrs", "ms", "prof", "pvt", "rep", "rev", "sen", "sgt", "st", "supt",
    ];
    let Some(core) = word.strip_suffix('.') else {
        return false;
    };
    let core = core.trim_start_matches(|c: char| !c.is_alphabetic());
    !core.is_empty()
        && core
            .split(['-', '.'])
            .filter(|p| !p.is_empty())
            .all(|p| TITLES.contains(&p.to_ascii_lowercase().as_str()))
}

/// A word ending in a period that reads as an abbreviation: short, or with
/// inner periods ("U.S.", "km.", "Lt.-Gen.", "pct.").
fn is_abbreviation_like(word: &str) -> bool {
    let core = word.trim_end_matches('.');
    if core.is_empty() || !core.chars().any(char::is_alphabetic) {
        return false;
    }
    core.contains('.') || core.chars().filter(|c| c.is_alphabetic()).count() <= 4
}

/// "word. . . . Next" is a period followed by an ellipsis that opens the
/// next sentence.
fn four_dot_ellipsis(text: &str, pieces: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(pieces.len());
    for mut piece in pieces {
        if let Some(prev) = out.last_mut() {
            let before = prev.slice(text).trim_end();
            if let Some(head) = before.strip_suffix(". . . .") {
                if head.ends_with(|c: char| c.is_alphanumeric()) {
                    // Keep the first period, hand ". . ." to the next sentence.
                    let trailing_ws = prev.slice(text).len() - before.len();
                    let moved = ". . .".len() + trailing_ws;
                    prev.end -= moved;
                    piece.start -= moved;
                }
            }
        }
        out.push(piece);
    }
    out
}

/// A list marker: an optional bullet, then one or two digits or one
/// lowercase letter, then a period.
fn list_marker(word: &str) -> Option<Marker> {
    let word = word.trim_start_matches(['•', '⁃', '-', '*', '–', '·']);
    let core = word.strip_suffix('.')?;
    if !core.is_empty() && core.len() <= 2 && core.bytes().all(|b| b.is_ascii_digit()) {
        return core.parse().ok().map(Marker::Number);
    }
    let mut chars = core.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(Marker::Letter(c)),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Marker {
    Number(u32),
    Letter(char),
}

impl Marker {
    fn next(self) -> Option<Marker> {
        match self {
            Marker::Number(n) => Some(Marker::Number(n + 1)),
            Marker::Letter(c) => char::from_u32(c as u32 + 1)
                .filter(char::is_ascii_lowercase)
                .map(Marker::Letter),
        }
    }
}

/// Inline lists: "1. The first item 2. The second item". A piece that is
/// only a marker joins the item after it; inside a list, the next marker in
/// sequence starts a new item wherever the base splitter put it.
fn lists(text: &str, pieces: Vec<Span>) -> Vec<Span> {
    let first_word = |s: Span| {
        s.slice(text)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string()
    };
    if !pieces
        .iter()
        .any(|&p| list_marker(&first_word(p)).is_some())
    {
        return pieces;
    }
    // Word boundaries of the whole run, then re-cut at markers in sequence.
    let start = pieces[0].start;
    let end = pieces[pieces.len() - 1].end;
    let run = Span::new(start, end).slice(text);
    let words: Vec<(usize, &str)> = run
        .split_whitespace()
        .map(|w| ((w.as_ptr() as usize) - (run.as_ptr() as usize) + start, w))
        .collect();
    let Some(first) = words.first().and_then(|(_, w)| list_marker(w)) else {
        return pieces;
    };
    let mut cut_at = vec![start];
    let mut expected = first.next();
    for &(pos, word) in words.iter().skip(1) {
        let marker = list_marker(word);
        if marker.is_some() && marker == expected {
            cut_at.push(pos);
            expected = marker.and_then(Marker::next);
        }
    }
    if cut_at.len() < 2 {
        return pieces;
    }
    // Keep the base splitter's cuts too, except those right after a marker.
    let mut all: Vec<usize> = cut_at.clone();
    for p in &pieces[1..] {
        let before = Span::new(start, p.start).slice(text).trim_end();
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if list_marker(last).is_none() {
            all.push(p.start);
        }
    }
    all.sort_unstable();
    all.dedup();
    all.push(end);
    all.windows(2).map(|w| Span::new(w[0], w[1])).collect()
}

fn trim(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start().len();
    let rest = &slice[lead..];
    let trail = rest.len() - rest.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}
