//! Direct quotes with their speaker and cue.
//!
//! Three passes: find the quoted stretches (`scan`: quote marks, quotes over
//! several paragraphs, colon-introduced block quotes, transcripts), tie each
//! to a speaker through a speech cue before or after it, in its sentence or
//! the next one, and resolve pronouns and short forms to the nearest fitting
//! name earlier in the article; finally drop scare quotes and titles (short
//! quoted phrases with no speaker cue).
//!
//! A quote that runs over several paragraphs is one instance, from its first
//! quoted word to its last; a block quote likewise. `speaker_span` points at
//! the words that denote the speaker in the attribution (a name, a
//! description or a pronoun); `speaker_name` carries the name it resolves to.

mod gender;
mod scan;
mod speaker;
#[cfg(test)]
mod tests;
mod words;

use corroborate_model::{Article, EntityMention, QuoteInstance, Span};

use scan::{Kind, Raw};
use speaker::{Attribution, Context, Found};

/// Every direct quote in `article`; `entities` are its name mentions, used to
/// resolve speakers.
pub fn quotes(article: &Article, entities: &[EntityMention]) -> Vec<QuoteInstance> {
    let text = article.text.as_str();
    let paras = scan::paragraphs(text);
    let mut raws = scan::transcripts(text, &paras);
    let mut taken = vec![false; paras.len()];
    for r in &raws {
        taken[r.first_para] = true;
    }
    let marked = scan::marked(text, &paras);
    let blocks = scan::blocks(text, &paras, &taken);
    raws.extend(blocks);
    // Quotes inside a transcript line or a block quote are part of it.
    // Blocks and transcript lines do not overlap one another, so the one
    // starting last before a quote is the only one that can hold it.
    let mut holders: Vec<Span> = raws.iter().map(|r| r.outer).collect();
    holders.sort_unstable();
    for m in marked {
        let k = holders.partition_point(|h| h.start <= m.content.start);
        let inside = k > 0 && m.content.end <= holders[k - 1].end;
        if !inside {
            raws.push(m);
        }
    }
    raws.sort_by_key(|r| (r.content.start, r.content.end));

    let mentions: Vec<&EntityMention> = entities
        .iter()
        .filter(|m| m.article == article.id)
        .collect();
    let ctx = Context::new(text, &paras, &raws, &mentions);
    let mut found: Vec<Option<Attribution>> = Vec::with_capacity(raws.len());
    for i in 0..raws.len() {
        // Only a quote that opens its sentence, or shares it with the
        // previous quote, continues that quote's attribution; one inside a
        // sentence of its own has another subject ("Japan branded it an
        // “outlaw nation”").
        let inherited = || {
            ctx.opens_sentence(i)
                .then(|| inherit(text, &raws, &found, i))
                .flatten()
        };
        let attribution = match ctx.attribute(i) {
            // A quote that follows another in its paragraph continues it
            // rather than belonging to the next sentence's speaker.
            Some(a) if a.how == Found::Next && same_paragraph(&raws, i) => inherited().or(Some(a)),
            None => inherited(),
            some => some,
        };
        found.push(attribution);
    }
    // Quotes still without a speaker get a guess from their sentence; after
    // the pass above, so a guess is never inherited.
    // A quote with neither a cue nor a subject of its own continues the
    // guess of the quote before it (a run of quoted paragraphs).
    // A cut-down copy of a longer quote of the article (a headline's
    // “is a setback for the talks” under a noun phrase) is that quote: it
    // takes the longer quote's speaker rather than a guessed description.
    // every quote's words, read once and only when a part is looked for
    let all_words = std::cell::OnceCell::new();
    for i in 0..found.len() {
        if found[i].is_none() {
            let guess = ctx.guess(i).or_else(|| {
                let mut a = inherit(text, &raws, &found, i)?;
                a.how = Found::Guess;
                Some(a)
            });
            found[i] = match guess {
                Some(g) if !is_description(text, &g) => Some(g),
                g => {
                    let words = all_words.get_or_init(|| {
                        raws.iter()
                            .map(|r| lower_words(r.content.slice(text)))
                            .collect::<Vec<_>>()
                    });
                    whole_quote(&raws, words, &found, i).or(g)
                }
            };
        }
    }

    let mut out = Vec::new();
    for (raw, attribution) in raws.iter().zip(found) {
        if !keep(text, raw, attribution.as_ref()) {
            continue;
        }
        let (speaker_span, cue, speaker_name, speaker_kind) = match attribution {
            Some(a) => (a.span, a.cue, a.name, a.kind),
            None => (None, None, None, None),
        };
        out.push(QuoteInstance {
            article: article.id,
            start: raw.content.start,
            end: raw.content.end,
            speaker_span,
            cue,
            speaker_name,
            speaker_kind,
            text: raw.content.slice(text).to_string(),
        });
    }
    out
}

/// A quote with no attribution of its own that follows a quote of the same
/// or the previous paragraph takes that quote's speaker ("“A,” he said. “B.”").
fn inherit(
    text: &str,
    raws: &[Raw],
    found: &[Option<Attribution>],
    i: usize,
) -> Option<Attribution> {
    let raw = raws.get(i)?;
    if !matches!(raw.kind, Kind::Marked) {
        return None;
    }
    // The nearest earlier quote with an attribution, skipping titles and
    // scare quotes in between (“…,” Flynn said on “Fox and Friends.” “…”).
    for back in 1..=3 {
        let prev_idx = i.checked_sub(back)?;
        let prev = raws.get(prev_idx)?;
        let same = raw.first_para == prev.last_para;
        let near = same || raw.first_para == prev.last_para + 1;
        if !near {
            return None;
        }
        let Some(mut a) = found.get(prev_idx).cloned().flatten() else {
            continue;
        };
        // A scare quote passes nothing on.
        let prev_words = word_count(prev.content.slice(text));
        if prev_words < 2 || (a.name.is_none() && !same) {
            return None;
        }
        a.how = Found::Inherited;
        return Some(a);
    }
    None
}

/// Whether an attribution names no one: a description such as "the new
/// plan" (opening with a determiner or a lower-case word), neither a name
/// of a known kind nor a pronoun.
fn is_description(text: &str, a: &Attribution) -> bool {
    let Some(span) = a.span else {
        return true;
    };
    let body = span.slice(text).trim();
    let first = body.split_whitespace().next().unwrap_or("");
    a.kind.is_none()
        && words::pronoun(body).is_none()
        && (first.starts_with(char::is_lowercase) || words::is_determiner(first))
}

/// The attribution, found through a cue, of a longer quote of the article
/// whose words hold all of quote `i`'s words in a row: “will be late this
/// year” inside “The harvest will be late this year,” she said. `words` are
/// every quote's lower-cased words.
fn whole_quote(
    raws: &[Raw],
    words: &[Vec<String>],
    found: &[Option<Attribution>],
    i: usize,
) -> Option<Attribution> {
    let raw = raws.get(i)?;
    if !matches!(raw.kind, Kind::Marked) {
        return None;
    }
    let part = words.get(i)?;
    if part.len() < 4 {
        return None;
    }
    words
        .iter()
        .zip(found)
        .enumerate()
        .filter(|(j, _)| *j != i)
        .find_map(|(_, (whole, a))| {
            let a = a.as_ref().filter(|a| a.how != Found::Guess)?;
            let holds = whole.len() > part.len() && whole.windows(part.len()).any(|w| w == part);
            // Still no cue of its own: whether it is kept is decided as for
            // a guess.
            holds.then(|| Attribution {
                how: Found::Guess,
                ..a.clone()
            })
        })
}

/// The lower-cased words of a quote, without punctuation.
fn lower_words(body: &str) -> Vec<String> {
    body.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn same_paragraph(raws: &[Raw], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| raws.get(p))
        .zip(raws.get(i))
        .is_some_and(|(p, r)| p.last_para == r.first_para)
}

/// Whether a quoted stretch is a quote: scare quotes and titles are short
/// and have no speaker cue.
fn keep(text: &str, raw: &Raw, attribution: Option<&Attribution>) -> bool {
    if !matches!(raw.kind, Kind::Marked) {
        return true;
    }
    // A guessed speaker has no cue: it is no evidence of a quote.
    let attribution = attribution.filter(|a| a.how != Found::Guess);
    let body = raw.content.slice(text);
    let n_words = word_count(body);
    // "a so-called “General Alarm”": the writer distances, nobody speaks.
    let mut from = raw.outer.start.saturating_sub(12);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let lead = text.get(from..raw.outer.start).unwrap_or("").trim_end();
    if lead.to_lowercase().ends_with("so-called") {
        return false;
    }
    if n_words <= 6 && title_case(body) && after_preposition(text, raw.outer.start) {
        return false;
    }
    let how = attribution.map(|a| a.how);
    match n_words {
        0 => false,
        // A one-word quote is a quote only as a whole utterance: “No,” he said.
        1 => how == Some(Found::After) && body.ends_with([',', '.', '!', '?']) && raw.closed,
        // A partial quote needs its cue close by: “a little grace”, said
        // Kerry; Kerry invited the Kremlin to show “a little grace”.
        2..=3 => {
            let a = attribution.filter(|a| a.cue.as_deref() != Some("according to"));
            match a.map(|a| (a.how, a.gap)) {
                Some((Found::After | Found::Intro | Found::Inherited, _)) => true,
                Some((Found::Before, gap)) => gap <= 8,
                _ => false,
            }
        }
        4..=5 => how.is_some(),
        _ => true,
    }
}

/// Whether every longer word is capitalised: a title ("Face the Nation").
fn title_case(body: &str) -> bool {
    let mut long = body
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .peekable();
    long.peek().is_some()
        && long.all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether the word before byte `pos` is a preposition or a possessive:
/// "on “Face the Nation”", "CNN’s “State of the Union”" name a work.
fn after_preposition(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(24);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let lead = text.get(from..pos).unwrap_or("");
    let Some(word) = lead.split_whitespace().next_back() else {
        return false;
    };
    matches!(
        word.to_lowercase().as_str(),
        "on" | "in"
            | "of"
            | "at"
            | "from"
            | "to"
            | "titled"
            | "entitled"
            | "dubbed"
            | "show"
            | "program"
            | "programme"
            | "book"
            | "film"
            | "song"
            | "album"
            | "column"
    ) || word.ends_with("’s")
        || word.ends_with("'s")
}

fn word_count(body: &str) -> usize {
    body.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Span helpers shared by the passes.
fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}
