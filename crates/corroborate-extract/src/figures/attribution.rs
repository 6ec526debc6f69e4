//! Who a figure comes from and how firmly: "according to X", the subject of
//! a reporting verb ("X said", "X reports that"), or the speaker of the quote
//! the figure sits in (found after the quote, before it, or from another
//! quote of the same paragraph; "he" is resolved to the nearest full name
//! before). Status words ("claimed", "unconfirmed", "could not independently
//! confirm these figures") set the figure's [`Status`].

use corroborate_model::Status;

use super::lexicon;
use super::number::Kind;
use super::Doc;

/// One quotation: its marks as token indices and its speaker.
#[derive(Clone, Debug)]
pub(crate) struct QuoteSpan {
    /// The opening mark.
    open: usize,
    /// The closing mark (or the last token when unclosed).
    close: usize,
    speaker: Option<String>,
}

/// Words that may name a source without capitals ("state television").
fn role_word(w: &str) -> bool {
    matches!(
        w,
        "television"
            | "tv"
            | "media"
            | "agency"
            | "news"
            | "forces"
            | "official"
            | "officials"
            | "activists"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ministry"
            | "army"
            | "police"
            | "sources"
            | "source"
            | "government"
            | "observers"
            | "observatory"
            | "monitor"
            | "group"
            | "residents"
            | "witnesses"
            | "rescuers"
            | "medics"
            | "doctors"
            | "state"
            | "authorities"
            | "military"
            | "rebels"
            | "opposition"
            | "militants"
            | "statement"
            | "committee"
            | "council"
            | "organization"
            | "organisation"
            | "office"
            | "department"
            | "administration"
            | "experts"
            | "analysts"
            | "monitors"
            | "workers"
            | "aid"
            | "local"
            | "officers"
            | "commander"
            | "commanders"
            | "minister"
            | "leaders"
            | "groups"
            | "agencies"
            | "outlets"
            | "reports"
            | "estimates"
            | "figures"
            | "data"
            | "census"
            | "survey"
            | "poll"
            | "company"
            | "firm"
            | "analyst"
            | "economists"
            | "researchers"
            | "scientists"
            | "union"
    )
}

/// Occupations and titles written before a name.
fn role_noun(w: &str) -> bool {
    matches!(
        w,
        "dentist"
            | "doctor"
            | "activist"
            | "journalist"
            | "spokesman"
            | "spokeswoman"
            | "resident"
            | "teacher"
            | "nurse"
            | "lawyer"
            | "minister"
            | "president"
            | "general"
            | "commander"
            | "officer"
            | "reporter"
            | "blogger"
            | "photographer"
            | "surgeon"
            | "analyst"
            | "professor"
            | "senator"
            | "governor"
            | "mayor"
            | "chairman"
            | "ceo"
            | "director"
            | "captain"
            | "colonel"
            | "sergeant"
            | "lieutenant"
            | "father"
    )
}

fn particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "el"
            | "bin"
            | "ibn"
            | "abu"
            | "de"
            | "van"
            | "von"
            | "der"
            | "da"
            | "di"
            | "la"
            | "le"
    )
}

fn pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we")
}

/// The source named by the tokens just before token `v`, not before `floor`.
fn subject_before(doc: &Doc<'_>, v: usize, floor: usize) -> Option<String> {
    match subject_span(doc, v, floor)? {
        Subject::Span(first, last) => {
            // "Tom LaSorda, the president of Chrysler announced": the person
            // the title belongs to, not the organisation
            if first >= floor + 3 && doc.norm(first - 1) == "of" && role_noun(doc.norm(first - 2)) {
                let mut c = first - 2;
                while c > floor && matches!(doc.norm(c - 1), "the" | "a" | "its") {
                    c -= 1;
                }
                if c > floor && doc.norm(c - 1) == "," {
                    if let Some(Subject::Span(f, l)) = subject_span(doc, c - 1, floor) {
                        return span_text(doc, f, l);
                    }
                }
            }
            span_text(doc, first, last)
        }
        Subject::Pronoun(name) => name,
    }
}

/// The words of tokens `first..last`, without a leading "the".
fn span_text(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let (s, e) = (doc.toks.get(first)?.start, doc.toks.get(last - 1)?.end);
    doc.text.get(s..e).map(|x| strip_the(x).to_string())
}

/// What stands before a reporting verb.
enum Subject {
    /// The source's tokens, `first..last`.
    Span(usize, usize),
    /// A pronoun, and the name it stands for if one is found.
    Pronoun(Option<String>),
}

/// The source just before token `v`, not before `floor`.
fn subject_span(doc: &Doc<'_>, v: usize, floor: usize) -> Option<Subject> {
    // "the White House has said", "the government has also announced"
    let mut v = v;
    while v > floor
        && matches!(
            doc.norm(v - 1),
            "has" | "have" | "had" | "also" | "reportedly"
        )
    {
        v -= 1;
    }
    let mut k = v;
    let mut first = v;
    while k > floor {
        let t = &doc.toks[k - 1];
        let w = t.norm.as_str();
        let take = t.capitalized()
            || role_word(w)
            || (particle(w)
                && doc
                    .toks
                    .get(k)
                    .is_some_and(|n| n.norm == "-" || n.capitalized()))
            || (w == "-"
                && k >= 2
                && doc.toks[k - 2].end == t.start
                && doc.toks.get(k).is_some_and(|n| n.start == t.end))
            || matches!(w, "(" | ")")
            || (t.kind == Kind::Word
                && t.text.chars().all(|c| c.is_uppercase())
                && t.text.len() > 1)
            || (matches!(w, "of" | "for" | "and")
                && k >= 2
                && doc.toks[k - 2].capitalized()
                && first < v
                && doc.toks[first].capitalized())
            || (w == "."
                && k >= 2
                && doc.toks[k - 2].end == t.start
                && matches!(
                    doc.toks[k - 2].norm.as_str(),
                    "dr" | "mr" | "mrs" | "ms" | "gen" | "col" | "lt" | "prof"
                ));
        if !take {
            break;
        }
        k -= 1;
        first = k;
    }
    // drop leading connectors, articles and unmatched brackets
    while first < v
        && matches!(
            doc.norm(first),
            "of" | "for" | "and" | "the" | ")" | "-" | "."
        )
    {
        first += 1;
    }
    if first < v && doc.toks[first].capitalized() && doc.norm(first) == "the" {
        first += 1;
    }
    let mut last = v;
    while last > first && matches!(doc.norm(last - 1), "(" | "-" | "of" | "for" | "and") {
        last -= 1;
    }
    if first >= last {
        // "he said": the nearest full name before
        if v > floor && pronoun(doc.norm(v - 1)) {
            return Some(Subject::Pronoun(nearest_name(doc, v - 1)));
        }
        return None;
    }
    // "Others have warned", "Some say": a pronoun that names no one
    if last == first + 1
        && matches!(
            doc.norm(first),
            "others"
                | "some"
                | "many"
                | "most"
                | "several"
                | "both"
                | "all"
                | "it"
                | "this"
                | "these"
                | "those"
                | "there"
                | "which"
                | "who"
                | "one"
        )
    {
        return None;
    }
    Some(Subject::Span(first, last))
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
}

/// The last full name (two or more capitalised words, with particles such as
/// "al-" and "Abu") before token `at`, looking back at most 400 tokens.
fn nearest_name(doc: &Doc<'_>, at: usize) -> Option<String> {
    let floor = at.saturating_sub(400);
    let mut k = at;
    while k > floor {
        k -= 1;
        if !doc.toks[k].capitalized() {
            continue;
        }
        // extend the run backwards and forwards
        let mut a = k;
        let mut b = k + 1;
        let mut caps = 1;
        while a > floor {
            let t = &doc.toks[a - 1];
            if t.capitalized() {
                caps += 1;
            } else if !(particle(&t.norm)
                || (t.norm == "-" && t.start == doc.toks[a - 2.min(a)].end))
            {
                break;
            }
            a -= 1;
        }
        while let Some(t) = doc.toks.get(b) {
            if !(t.capitalized() || particle(&t.norm) || t.norm == "-") || b >= at {
                break;
            }
            b += 1;
        }
        while a < b
            && (particle(doc.norm(a)) || doc.norm(a) == "-")
            && doc.toks.get(a + 1).is_none_or(|t| t.norm != "-")
        {
            a += 1;
        }
        while b > a && doc.norm(b - 1) == "-" {
            b -= 1;
        }
        // a sentence-initial function word ("In Arabic") is not part of a name
        let sentence_first = doc.sent_start.get(doc.sent[a]).copied() == Some(a);
        if sentence_first && lexicon::is_stopword(doc.norm(a)) {
            caps -= 1;
            a += 1;
        }
        // a role before the name ("Dentist Salim …") describes, it does not name
        while caps > 2 && a < b && role_noun(doc.norm(a)) {
            caps -= 1;
            a += 1;
        }
        if caps >= 2 && a < b {
            let (s, e) = (doc.toks[a].start, doc.toks[b - 1].end);
            return doc.text.get(s..e).map(|x| strip_the(x).to_string());
        }
        // Never move forward: trimming particles may leave `a` past `k`.
        k = a.min(k);
    }
    None
}

/// Every quotation in the text with its speaker. Curly quotes may run over
/// paragraphs (a speech quoted at length); straight quotes stay in one.
pub(crate) fn quotes(doc: &Doc<'_>) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, t) in doc.toks.iter().enumerate() {
        match t.norm.as_str() {
            "“" => {
                if let Some(o) = open {
                    // a new quote opens before the last one closed: close it at its paragraph end
                    let end = (o..i)
                        .rev()
                        .find(|&k| doc.para[k] == doc.para[o])
                        .unwrap_or(o);
                    spans.push((o, end));
                }
                open = Some(i);
            }
            "”" => {
                if let Some(o) = open.take() {
                    spans.push((o, i));
                }
            }
            "\"" => match straight.take() {
                Some(o) if doc.para[o] == doc.para[i] => spans.push((o, i)),
                _ => straight = Some(i),
            },
            _ => {}
        }
        if let Some(o) = open {
            if i > o + 1500 {
                open = None;
            }
        }
    }
    if let Some(o) = open {
        let end = (o..doc.toks.len())
            .rev()
            .find(|&k| doc.para[k] == doc.para[o])
            .unwrap_or(o);
        spans.push((o, end));
    }
    spans.sort_unstable();
    let mut out: Vec<QuoteSpan> = spans
        .iter()
        .map(|&(open, close)| QuoteSpan {
            open,
            close,
            speaker: speaker_after(doc, close).or_else(|| speaker_before(doc, open)),
        })
        .collect();
    // a quote without its own attribution belongs to the speaker of a
    // neighbouring quote in the same paragraph
    for i in 0..out.len() {
        if out[i].speaker.is_some() {
            continue;
        }
        let p = doc.para[out[i].open];
        let near = out
            .iter()
            .enumerate()
            .filter(|(j, q)| {
                *j != i && (doc.para[q.open] == p || doc.para[q.close] == p) && q.speaker.is_some()
            })
            .min_by_key(|(j, _)| j.abs_diff(i))
            .and_then(|(_, q)| q.speaker.clone());
        out[i].speaker = near;
    }
    out
}

/// “…,” NAME, apposition, said / “…,” he said / “…,” said NAME.
fn speaker_after(doc: &Doc<'_>, close: usize) -> Option<String> {
    if doc.norm(close) != "”" && doc.norm(close) != "\"" {
        return None;
    }
    let mut k = close + 1;
    let para = doc.para.get(close).copied()?;
    if matches!(doc.norm(k), "," | ":") {
        k += 1;
    }
    if k >= doc.toks.len() || doc.para[k] != para {
        return None;
    }
    // "said NAME"
    if lexicon::is_reporting_verb(doc.norm(k)) {
        let mut b = k + 1;
        while doc
            .toks
            .get(b)
            .is_some_and(|t| t.capitalized() || particle(&t.norm) || t.norm == "-")
        {
            b += 1;
        }
        if b > k + 1 {
            let (s, e) = (doc.toks[k + 1].start, doc.toks[b - 1].end);
            return doc.text.get(s..e).map(str::to_string);
        }
        return None;
    }
    // the quote ended its sentence: "…rubble.” The rescuers could not …, X added."
    if close > 0 && matches!(doc.norm(close - 1), "." | "!" | "?") {
        let sid = doc.sent.get(k).copied()?;
        let (_, send) = doc.sentence_toks(sid);
        let verb = (k..send).find(|&v| lexicon::is_reporting_verb(doc.norm(v)))?;
        let floor = (k..verb)
            .rev()
            .find(|&c| doc.norm(c) == ",")
            .map_or(k, |c| c + 1);
        return subject_before(doc, verb, floor);
    }
    // NAME … VERB within the sentence
    let limit = (k + 30).min(doc.toks.len());
    let verb = (k..limit).find(|&v| {
        lexicon::is_reporting_verb(doc.norm(v))
            || matches!(doc.norm(v), "“" | "”" | "\"")
            || doc.para[v] != para
    })?;
    if !lexicon::is_reporting_verb(doc.norm(verb)) {
        return None;
    }
    if verb == k + 1 && pronoun(doc.norm(k)) {
        return nearest_name(doc, close);
    }
    // the first comma-delimited chunk is the name; the rest is apposition
    let chunk_end = (k..verb).find(|&c| doc.norm(c) == ",").unwrap_or(verb);
    if chunk_end == k {
        return None;
    }
    subject_before(doc, chunk_end, k)
}

/// NAME said: “…” / NAME told a reporter, “…”.
fn speaker_before(doc: &Doc<'_>, open: usize) -> Option<String> {
    let para = doc.para.get(open).copied()?;
    let mut k = open;
    // skip the colon or comma, then look for the verb a few words back
    if k > 0 && matches!(doc.norm(k - 1), ":" | ",") {
        k -= 1;
    }
    let floor = k.saturating_sub(6);
    let verb = (floor..k)
        .rev()
        .find(|&v| doc.para[v] == para && lexicon::is_reporting_verb(doc.norm(v)))?;
    let sid = doc.sent[verb];
    let (sstart, _) = doc.sentence_toks(sid);
    subject_before(doc, verb, sstart)
}

/// Whether token `v` is a reporting verb: a capitalised one inside a
/// sentence is part of a name ("the United States").
fn reports_at(doc: &Doc<'_>, v: usize, sstart: usize) -> bool {
    lexicon::is_reporting_verb(doc.norm(v)) && (v == sstart || !doc.toks[v].capitalized())
}

/// Who the figure at token `tok` (byte `at`) is attributed to.
pub(crate) fn attribute(
    doc: &Doc<'_>,
    quotes: &[QuoteSpan],
    tok: usize,
    at: usize,
) -> Option<String> {
    let _ = at;
    let sid = *doc.sent.get(tok)?;
    let (sstart, send) = doc.sentence_toks(sid);
    // "according to X" anywhere in the sentence
    for k in sstart..send.saturating_sub(1) {
        if doc.norm(k) == "according" && doc.norm(k + 1) == "to" {
            let mut b = k + 2;
            while b < send
                && b < k + 12
                && !matches!(doc.norm(b), "," | "." | ";" | "”" | "“" | ":")
                && !(doc.toks[b].kind == Kind::Num)
            {
                if b > k + 2
                    && !doc.toks[b].capitalized()
                    && !role_word(doc.norm(b))
                    && !particle(doc.norm(b))
                    && !matches!(doc.norm(b), "-" | "of" | "for" | "(" | ")" | "and")
                {
                    break;
                }
                b += 1;
            }
            if b > k + 2 {
                let (s, e) = (doc.toks[k + 2].start, doc.toks[b - 1].end);
                if let Some(x) = doc.text.get(s..e) {
                    return Some(strip_the(x).to_string());
                }
            }
        }
    }
    // inside a quote: its speaker, when the quote has one
    if let Some(q) = quotes.iter().find(|q| q.open < tok && tok < q.close) {
        if q.speaker.is_some() {
            return q.speaker.clone();
        }
    }
    // the subject of the nearest reporting verb before the figure in its sentence
    for v in (sstart..tok).rev() {
        let w = doc.norm(v);
        if reports_at(doc, v, sstart) {
            // "an estimated 65,000" is a hedge; "it is estimated" names no one
            if matches!(w, "estimated" | "estimates")
                && (v + 3 >= tok || doc.norm(v.wrapping_sub(1)) == "is")
            {
                continue;
            }
            if let Some(s) = subject_before(doc, v, sstart) {
                return Some(s);
            }
            // "reports, circulated by opposition media, suggest": the agent
            if v > sstart && doc.norm(v - 1) == "," {
                let comma = (sstart..v - 1)
                    .rev()
                    .find(|&c| doc.norm(c) == ",")
                    .unwrap_or(sstart);
                if let Some(by) = (comma..v - 1).find(|&c| doc.norm(c) == "by") {
                    if let Some(s) = subject_before(doc, v - 1, by + 1) {
                        return Some(s);
                    }
                }
            }
            // "Another automaker, General Motors (GM), announced": the
            // name between the commas when the sentence opens with one
            // capitalised word only
            if v > sstart && doc.norm(v - 1) == "," {
                let comma = (sstart..v - 1).rev().find(|&c| doc.norm(c) == ",");
                let lone_opening = doc.toks.get(sstart + 1).is_some_and(|t| !t.capitalized());
                if let (Some(c), true) = (comma, lone_opening) {
                    if let Some(Subject::Span(f, l)) = subject_span(doc, v - 1, c + 1) {
                        if f == c + 1 {
                            return span_text(doc, f, l);
                        }
                    }
                }
            }
            // "The Civil Defense, or …, said": the sentence's first name;
            // so too for a second verb, "Jobs welcomed everyone and announced"
            if v > sstart && matches!(doc.norm(v - 1), "," | "and") {
                // past a leading "The": "The army … and reported" names no one
                let a = if doc.norm(sstart) == "the" {
                    sstart + 1
                } else {
                    sstart
                };
                let mut b = a;
                while b < v
                    && (doc.toks[b].capitalized()
                        || particle(doc.norm(b))
                        || matches!(doc.norm(b), "-" | "of" | "for"))
                {
                    b += 1;
                }
                if b > a {
                    let (s, e) = (doc.toks[sstart].start, doc.toks[b - 1].end);
                    return doc.text.get(s..e).map(|x| strip_the(x).to_string());
                }
            }
            // a verb with no source ("their previous estimate of $18
            // billion"): the reporting verb before it may have one
        }
    }
    // "…, officials said." after the figure
    for v in tok..send {
        if reports_at(doc, v, sstart) && v > tok + 1 && doc.norm(v - 1) != "that" {
            let floor = (tok + 1..v)
                .rev()
                .find(|&c| doc.norm(c) == ",")
                .map_or(v, |c| c + 1);
            if floor < v {
                return subject_before(doc, v, floor);
            }
        }
    }
    None
}

/// How firmly the sentence of token `tok` states its figures; a next
/// sentence that doubts "these figures" counts too.
pub(crate) fn status(doc: &Doc<'_>, tok: usize) -> Status {
    let Some(&sid) = doc.sent.get(tok) else {
        return Status::Reported;
    };
    let (a, b) = doc.sentence_toks(sid);
    let words = |a: usize, b: usize| -> Vec<&str> { (a..b).map(|k| doc.norm(k)).collect() };
    let here = words(a, b);
    let doubts = |ws: &[&str]| {
        ws.iter()
            .any(|w| matches!(*w, "unconfirmed" | "unverified" | "uncorroborated"))
            || ws.windows(3).any(|x| {
                matches!(x[0], "not" | "t" | "cannot" | "unable")
                    && (x[1] == "independently" || x[1] == "be" || x[1] == "to")
                    && matches!(
                        x[2],
                        "confirm" | "verify" | "confirmed" | "verified" | "independently"
                    )
            })
            || ws.windows(2).any(|x| {
                matches!(x[0], "not" | "t" | "cannot")
                    && matches!(x[1], "confirm" | "verify" | "confirmed" | "verified")
            })
    };
    if doubts(&here) {
        return Status::Unconfirmed;
    }
    let (na, nb) = doc.sentence_toks(sid + 1);
    if na < nb && doc.para.get(na) == doc.para.get(tok) {
        let next = words(na, nb);
        let refers = next.windows(2).any(|x| {
            matches!(x[0], "these" | "the" | "this" | "those")
                && matches!(
                    x[1],
                    "figures"
                        | "figure"
                        | "numbers"
                        | "number"
                        | "reports"
                        | "claims"
                        | "tolls"
                        | "toll"
                        | "accounts"
                )
        });
        if refers && doubts(&next) {
            return Status::Unconfirmed;
        }
    }
    if here.iter().any(|w| {
        matches!(
            *w,
            "claimed"
                | "claims"
                | "claim"
                | "alleged"
                | "allegedly"
                | "alleges"
                | "purported"
                | "purportedly"
        )
    }) {
        return Status::Claimed;
    }
    if here.windows(2).any(|x| {
        matches!(x[1], "confirmed" | "confirms" | "confirm") && !matches!(x[0], "not" | "t" | "un")
    }) {
        return Status::Confirmed;
    }
    Status::Reported
}
