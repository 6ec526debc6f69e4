//! Ties a quoted stretch to its speaker: the cue verb before or after it in
//! its sentence, an introduction ending in a colon, the next sentence, or a
//! transcript label; then resolves pronouns, short forms, role nouns and
//! initials to the nearest fitting name earlier in the article.

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use corroborate_model::{EntityKind, EntityMention, Span};

use super::gender;
use super::overlaps;
use super::scan::{Kind, Raw};
use super::words::{self, NameRun, Pronoun, Tok};

/// Where the attribution was found; short quotes need a close one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// After the quote in its sentence ("…,” she said).
    After,
    /// Before the quote in its sentence (She said, “…”).
    Before,
    /// In a paragraph ending in a colon just before.
    Intro,
    /// In the next sentence.
    Next,
    /// From the previous quote.
    Inherited,
    /// A transcript label.
    Label,
    /// No cue: the subject of the quote's sentence, or of the sentence
    /// before a quote that opens its own. A guess, so it never decides
    /// whether a quoted stretch is kept.
    Guess,
}

/// The speaker of one quote.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Attribution {
    /// The words denoting the speaker (name, description or pronoun).
    pub(super) span: Option<Span>,
    /// The cue verb.
    pub(super) cue: Option<String>,
    /// The resolved name, or the description.
    pub(super) name: Option<String>,
    /// The kind, when known.
    pub(super) kind: Option<EntityKind>,
    /// Where it was found.
    pub(super) how: Found,
    /// Words between the cue and the quote, for cues before it.
    pub(super) gap: usize,
}

/// A speaker phrase before the cue is known.
struct Speaker {
    span: Span,
    name: Option<String>,
    kind: Option<EntityKind>,
}

/// A name earlier in the article that a pronoun or short form may stand for.
struct Antecedent<'a> {
    span: Span,
    name: &'a str,
    n_words: usize,
    last_key: String,
    /// Could stand for "he" or "she": a person's name heading its clause.
    person: bool,
    /// Looks like an organisation.
    org: bool,
    /// Opens its sentence: the subject a later "he" most likely continues.
    opens: bool,
}

/// What attribution reads: the article, its paragraphs, its quoted stretches
/// and the names found outside them.
pub(super) struct Context<'a> {
    text: &'a str,
    paras: &'a [Span],
    raws: &'a [Raw],
    mentions: &'a [&'a EntityMention],
    antecedents: Vec<Antecedent<'a>>,
    /// The tokens of every paragraph attribution reads, in order: windows
    /// inside them are read as slices instead of being tokenised again.
    toks: Vec<Tok>,
    /// Where the paragraphs behind `toks` end.
    covered: usize,
}

/// How far back or ahead a sentence boundary is looked for.
const WINDOW: usize = 600;
/// How far back a role noun ("the spokesman") is looked for.
const ROLE_WINDOW: usize = 4000;
/// How far back the names behind transcript initials are looked for.
const LABEL_WINDOW: usize = 20_000;
/// How many earlier person names a pronoun is checked against for gender.
const GENDER_LOOKBACK: usize = 12;
/// How many earlier names a pronoun or short form is checked against.
const MAX_LOOKBACK: usize = 400;

impl<'a> Context<'a> {
    pub(super) fn new(
        text: &'a str,
        paras: &'a [Span],
        raws: &'a [Raw],
        mentions: &'a [&'a EntityMention],
    ) -> Context<'a> {
        let mut antecedents: Vec<Antecedent<'a>> = Vec::new();
        // Last words of full names seen so far: a lone "Kiki" after
        // "Laila Kiki" is a person.
        let mut full_names: FxHashSet<String> = Default::default();
        let mut q = 0;
        // Attribution reads no further than the paragraph after the last
        // quote, so names and tokens past it are never asked for.
        let reach = raws
            .iter()
            .map(|r| r.last_para + 2)
            .max()
            .unwrap_or(0)
            .min(paras.len());
        let paras_read = &paras[..reach];
        let covered = paras_read.last().map_or(0, |p| p.end);
        let mut all: Vec<Tok> = Vec::with_capacity(covered / 5 + 1);
        for para in paras_read {
            let toks = words::tokens(text, *para);
            all.extend_from_slice(&toks);
            // Token index where the current sentence starts, and whether a
            // name was already seen in it.
            let mut sentence_from = 0;
            let mut named_in_sentence = false;
            let mut scanned = 0;
            for run in words::name_runs(text, &toks) {
                for (k, t) in toks.iter().enumerate().take(run.first).skip(scanned) {
                    if !t.word && matches!(t.slice(text), "." | "!" | "?") {
                        sentence_from = k + 1;
                        named_in_sentence = false;
                    }
                }
                scanned = scanned.max(run.first);
                let opens = !named_in_sentence
                    && toks[sentence_from.min(run.first)..run.first]
                        .iter()
                        .all(|t| !t.word || t.slice(text).starts_with(char::is_uppercase));
                named_in_sentence = true;
                while q < raws.len() && raws[q].content.end <= run.span.start {
                    q += 1;
                }
                let quoted = raws[q..]
                    .iter()
                    .take_while(|r| r.content.start < run.span.end)
                    .any(|r| overlaps(r.content, run.span) && !matches!(r.kind, Kind::Block(_)));
                if quoted {
                    continue;
                }
                let name = run.span.slice(text);
                let n_words = run.last + 1 - run.first;
                let last_key = words::name_key(toks[run.last].slice(text));
                let known_short = full_names.contains(&last_key);
                let org = words::looks_like_org(name);
                if !org && n_words >= 2 {
                    full_names.insert(last_key.clone());
                }
                let bare_demonym = run.determined && n_words == 1;
                // Two or more letters, all capitals; counted without collecting.
                let shouted = name.split_whitespace().any(|w| {
                    let (mut letters, mut upper) = (0usize, true);
                    for c in w.chars().filter(|c| c.is_alphabetic()) {
                        letters += 1;
                        upper &= c.is_uppercase();
                    }
                    letters >= 2 && upper
                });
                // A name modifying a noun ("East Mosul dentist") is no
                // antecedent of "he", but still gives a full name.
                let person = !(org || run.in_phrase || run.modifier || bare_demonym || shouted)
                    && (n_words >= 2 || run.titled || particle_name(name) || known_short);
                antecedents.push(Antecedent {
                    span: run.span,
                    name,
                    n_words,
                    last_key,
                    person,
                    org,
                    opens,
                });
            }
        }
        Context {
            text,
            paras,
            raws,
            mentions,
            antecedents,
            toks: all,
            covered,
        }
    }

    /// The tokens of `span`: the same as [`words::tokens`], taken as a slice
    /// of the paragraph tokens when `span` cuts no token (tokenising depends
    /// only on the token's own text and what follows it), else tokenised.
    fn tokens(&self, span: Span) -> Cow<'_, [Tok]> {
        let all = &self.toks;
        let first = all.partition_point(|t| t.span.start < span.start);
        let end = all.partition_point(|t| t.span.end <= span.end);
        let clean_start = first == 0 || all[first - 1].span.end <= span.start;
        let clean_end = all.get(end).is_none_or(|t| t.span.start >= span.end);
        if span.end <= self.covered && clean_start && clean_end && first <= end {
            Cow::Borrowed(&all[first..end])
        } else {
            Cow::Owned(words::tokens(self.text, span))
        }
    }

    /// How many words `span` holds.
    fn words_in(&self, span: Span) -> usize {
        self.tokens(span).iter().filter(|t| t.word).count()
    }

    /// The speaker of quote `i`, when one is tied to it.
    pub(super) fn attribute(&self, i: usize) -> Option<Attribution> {
        let raw = self.raws.get(i)?;
        match raw.kind {
            Kind::Transcript(label) => Some(self.label(label)),
            Kind::Block(intro) => {
                let mut a = self.intro(*self.paras.get(intro)?)?;
                a.how = Found::Intro;
                Some(a)
            }
            Kind::Marked => self.marked(i, raw),
        }
    }

    /// Whether quote `i` opens its sentence: nothing but a previous quote
    /// stands before it, so it may continue that quote's attribution.
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        let Some(raw) = self.raws.get(i) else {
            return false;
        };
        let Some((before, _)) = self.windows(i, raw) else {
            return false;
        };
        if self.words_in(before) == 0 {
            return true;
        }
        // The previous quote stands in the same sentence.
        let prev = i.checked_sub(1).and_then(|p| self.raws.get(p));
        let para = self.paras.get(raw.first_para);
        match (prev, para) {
            (Some(prev), Some(para)) if prev.last_para == raw.first_para => {
                sentence_start(self.text, *para, raw.outer.start) <= prev.outer.start
            }
            _ => false,
        }
    }

    /// The words before the quote in its sentence and after it to the end
    /// of its sentence, stopping at neighbouring quotes.
    fn windows(&self, i: usize, raw: &Raw) -> Option<(Span, Span)> {
        let text = self.text;
        let para = *self.paras.get(raw.first_para)?;
        let last_para = *self.paras.get(raw.last_para)?;
        let prev_close = i
            .checked_sub(1)
            .and_then(|p| self.raws.get(p))
            .filter(|p| p.last_para == raw.first_para)
            .map_or(para.start, |p| p.outer.end.max(para.start));
        let start = sentence_start(text, para, raw.outer.start).max(prev_close);
        let before = Span::new(start.min(raw.outer.start), raw.outer.start);
        let next_open = self
            .raws
            .get(i + 1)
            .filter(|n| n.first_para == raw.last_para)
            .map_or(last_para.end, |n| n.outer.start.min(last_para.end));
        let after_end = sentence_end(text, last_para, raw.outer.end).min(next_open);
        let after = Span::new(raw.outer.end, after_end.max(raw.outer.end));
        Some((before, after))
    }

    fn marked(&self, i: usize, raw: &Raw) -> Option<Attribution> {
        let text = self.text;
        let para = *self.paras.get(raw.first_para)?;
        let (before, after) = self.windows(i, raw)?;
        let body = raw
            .content
            .slice(text)
            .trim_end_matches(['’', '\'', ')', ']', ' ']);
        let after_text = after.slice(text);
        // "Brafman said, “… found.” He added, “…”": a full stop closing the
        // quote and a capitalised pronoun after it start a new sentence,
        // whose cue belongs to the next quote.
        let new_sentence = body.ends_with('.')
            && after_text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && words::pronoun(w).is_some());
        let strong = !new_sentence
            && raw.closed
            && (body.ends_with([',', '?', '!', '—', '–', '-'])
                || after_text.trim_start().starts_with([',', '—', '–'])
                || after_text
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| words::pronoun(w).is_some() || words::is_cue(w)));
        // “…” ― Pamela Padilla: a name after a dash, with no cue.
        let dashed = after_text.trim_start();
        if raw.closed && dashed.starts_with(['—', '–', '―']) {
            let toks = self.tokens(after);
            let toks = clause(text, &toks);
            let end = toks
                .iter()
                .position(|t| is_break(t.slice(text)))
                .unwrap_or(toks.len());
            // Only a name signs a quote; a description after a dash
            // continues the sentence ("— a play on words with …").
            let named = self
                .phrase(&toks[..end], true)
                .filter(|sp| sp.kind.is_some());
            if let Some(sp) = named {
                return Some(self.finish(sp, None, Found::After));
            }
        }
        if strong {
            if let Some(a) = self.after(after, 25, Found::After) {
                return Some(a);
            }
        }
        let sentence = sentence_start(text, para, raw.outer.start);
        let full = Span::new(sentence.min(raw.outer.start), raw.outer.start);
        if let Some(a) = self.before(full, i) {
            return Some(a);
        }
        let ends_sentence = body.ends_with(['.', '!', '?', '…']);
        if raw.closed && !strong && !ends_sentence {
            if let Some(a) = self.after(after, 25, Found::After) {
                return Some(a);
            }
        }
        let before_words = self.words_in(before);
        if before_words == 0 && !strong {
            if let Some(a) = self.previous_sentence(para, before.start, i) {
                return Some(a);
            }
        }
        if before_words == 0 && !strong {
            let next = if after.slice(text).trim().is_empty() {
                self.paras
                    .get(raw.last_para + 1)
                    .map(|p| Span::new(p.start, sentence_end(text, *p, p.start)))
            } else {
                Some(after)
            };
            if let Some(a) = next.and_then(|n| self.after(n, 6, Found::Next)) {
                return Some(a);
            }
            // A signature line after the quote: "- Bernie Sanders."
            let signed = self.paras.get(raw.last_para + 1).and_then(|p| {
                let body = p.slice(text);
                if !body.starts_with(['-', '—', '–', '―']) || body.split_whitespace().count() > 8
                {
                    return None;
                }
                let toks = self.tokens(*p);
                let toks = clause(text, &toks);
                let end = toks
                    .iter()
                    .position(|t| is_break(t.slice(text)))
                    .unwrap_or(toks.len());
                let sp = self.phrase(&toks[..end], true)?;
                Some(self.finish(sp, None, Found::After))
            });
            if signed.is_some() {
                return signed;
            }
        }
        if before_words == 0 && raw.outer.start == para.start && raw.first_para > 0 {
            let prev = *self.paras.get(raw.first_para - 1)?;
            if prev.slice(text).ends_with(':') {
                return self.intro(prev);
            }
        }
        None
    }

    /// "…,” said Kerry" and "…,” Renad Mansour, a fellow at …, told …":
    /// the cue within `limit` words after the quote.
    fn after(&self, window: Span, limit: usize, how: Found) -> Option<Attribution> {
        let text = self.text;
        let toks = self.tokens(window);
        let toks = clause(text, &toks);
        let cue_at = cue_index(text, toks, limit, true)?;
        let cue = cue_word(text, toks, cue_at);
        let cue_len = if cue == "according to" { 2 } else { 1 };
        let first = toks.first()?.slice(text).to_lowercase();
        // "…” when he said", "…” and then": the clause after the quote is
        // not its attribution.
        if how == Found::After
            && matches!(
                first.as_str(),
                "when"
                    | "while"
                    | "as"
                    | "because"
                    | "if"
                    | "and"
                    | "but"
                    | "or"
                    | "which"
                    | "that"
                    | "who"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "although"
                    | "though"
                    | "whether"
                    | "where"
                    | "so"
                    | "than"
                    | "then"
            )
        {
            // "…” if she didn't win, said David Wasserman": a cue right
            // after a comma still names the speaker.
            let found = (1..toks.len())
                .find(|&k| toks[k - 1].slice(text) == "," && is_verb_cue(text, toks, k));
            let Some(k) = found else {
                // "…” because she would expand her lead, he said.": a short
                // subject and its cue closing the clause.
                let comma = toks.iter().rposition(|t| t.slice(text) == ",")?;
                let tail = &toks[comma + 1..];
                let c = tail.iter().rposition(|t| t.word)?;
                let n_words = tail.iter().filter(|t| t.word).count();
                if !(2..=4).contains(&n_words) || !is_verb_cue(text, tail, c) {
                    return None;
                }
                let speaker = self.phrase(&tail[..c], false)?;
                return Some(self.finish(speaker, Some(cue_word(text, tail, c)), how));
            };
            let rest = &toks[k + 1..];
            let end = rest.iter().position(|t| is_break(t.slice(text)));
            let speaker = self.phrase(&rest[..end.unwrap_or(rest.len())], true)?;
            return Some(self.finish(speaker, Some(cue_word(text, toks, k)), how));
        }
        let speaker = if cue_at == 0 {
            let rest = &toks[cue_len.min(toks.len())..];
            let end = rest.iter().position(|t| is_break(t.slice(text)));
            let object = &rest[..end.unwrap_or(rest.len())];
            // "adding that …", "saying the city …": a participle after the
            // quote continues its sentence's subject; it names no speaker.
            if cue.ends_with("ing") {
                return None;
            }
            let lead = object.iter().find(|t| t.word)?.slice(text).to_lowercase();
            if matches!(
                lead.as_str(),
                "that" | "this" | "to" | "in" | "on" | "at" | "of"
            ) {
                return None;
            }
            self.phrase(object, true)
        } else {
            let seg = &toks[..cue_at];
            if seg.iter().filter(|t| t.word).count() > 25 {
                return None;
            }
            // "Clinton “drew well …” in the 2008 primary, said Paul Beck":
            // no subject before the cue, but a name right after a comma
            // and the cue.
            self.subject(seg).or_else(|| {
                let comma = seg.last().is_some_and(|t| t.slice(text) == ",");
                let rest = &toks[cue_at + 1..];
                let end = rest.iter().position(|t| is_break(t.slice(text)));
                let object = &rest[..end.unwrap_or(rest.len())];
                comma
                    .then(|| self.phrase(object, true))
                    .flatten()
                    .filter(|sp| sp.kind.is_some())
            })
        }?;
        Some(self.finish(speaker, Some(cue), how))
    }

    /// A guessed speaker for quote `i`, which no cue ties to anyone: the
    /// subject of its sentence ("Moore thanked him for “…”", "Politico
    /// reveals a few facts: “…”"), or, for a quote opening its sentence, the
    /// subject of the sentence before ("Viguerie is upbeat … / “…”").
    pub(super) fn guess(&self, i: usize) -> Option<Attribution> {
        let text = self.text;
        let raw = self.raws.get(i)?;
        match raw.kind {
            Kind::Marked => {}
            // A block quote: the subject of its introduction's last sentence.
            Kind::Block(intro) => {
                let intro = *self.paras.get(intro)?;
                let from = sentence_start(text, intro, intro.end.saturating_sub(1));
                let toks = self.tokens(Span::new(from.min(intro.end), intro.end));
                let speaker = self.sentence_subject(&toks)?;
                let speaker = self.block_subject(speaker, intro)?;
                return Some(self.finish(speaker, None, Found::Guess));
            }
            Kind::Transcript(_) => return None,
        }
        let para = *self.paras.get(raw.first_para)?;
        let sentence = sentence_start(text, para, raw.outer.start);
        let full = Span::new(sentence.min(raw.outer.start), raw.outer.start);
        let toks = self.outside_quotes(full, i);
        let speaker = if toks.iter().any(|t| t.word) {
            let speaker = self.sentence_subject(&toks)?;
            // "The filing contends: “…”" introduces the quote as a block
            // introduction does.
            let lead = text.get(..raw.outer.start).unwrap_or("").trim_end();
            if lead.ends_with(':') {
                self.block_subject(speaker, full)?
            } else {
                speaker
            }
        } else {
            // The sentence before, in this paragraph or ending the last one.
            let (host, end) = if sentence > para.start {
                (para, sentence)
            } else {
                let prev = *self.paras.get(raw.first_para.checked_sub(1)?)?;
                (prev, prev.end)
            };
            let from = sentence_start(text, host, end.saturating_sub(2));
            let toks = self.outside_quotes(Span::new(from.min(end), end), i);
            self.sentence_subject(&toks)?
        };
        Some(self.finish(speaker, None, Found::Guess))
    }

    /// A guessed speaker of a block quote, checked: an introduction without
    /// a cue still has a verb before its colon ("The filing contends:"), so
    /// a description running up to the colon has swallowed that verb, and
    /// one ending in a possessive ("the state's") lost its noun. The verb is
    /// dropped from a short description ("the filing"); a longer one is a
    /// clause ("one section questioned the defence case"), no speaker.
    fn block_subject(&self, mut speaker: Speaker, intro: Span) -> Option<Speaker> {
        let text = self.text;
        let body = speaker.span.slice(text);
        let first = body.split_whitespace().next().unwrap_or("");
        let description = speaker.kind.is_none()
            && words::pronoun(body).is_none()
            && (first.starts_with(char::is_lowercase) || words::is_determiner(first));
        if !description {
            return Some(speaker);
        }
        let tail = text.get(speaker.span.end..intro.end).unwrap_or("");
        let to_colon = !tail.chars().any(char::is_alphanumeric);
        if to_colon {
            let toks = self.tokens(speaker.span);
            let wordy: Vec<&Tok> = toks.iter().filter(|t| t.word).collect();
            if !(3..=4).contains(&wordy.len()) {
                return None;
            }
            let last = wordy[wordy.len() - 2];
            speaker.span = Span::new(speaker.span.start, last.span.end);
            speaker.name = Some(speaker.span.slice(text).to_string());
        }
        let body = speaker.span.slice(text);
        if body.ends_with("'s") || body.ends_with("’s") || body.ends_with('\'') {
            return None;
        }
        Some(speaker)
    }

    /// The subject opening a sentence: the first comma-separated chunk not
    /// led by a preposition, conjunction or adverb, read head first.
    fn sentence_subject(&self, toks: &[Tok]) -> Option<Speaker> {
        let text = self.text;
        let mut start = 0;
        for k in 0..=toks.len() {
            let at_break = toks.get(k).is_none_or(|t| is_break(t.slice(text)));
            if !at_break {
                continue;
            }
            let chunk = &toks[start..k];
            start = k + 1;
            let Some(first) = chunk.iter().find(|t| t.word) else {
                continue;
            };
            if opens_adjunct(first.slice(text)) {
                continue;
            }
            // The subject ends at its verb: keep the words before the
            // first lower-case word that is no determiner or modifier.
            return self.phrase(chunk, true).filter(|sp| {
                let lead = sp.span.slice(text);
                !lead.starts_with(char::is_lowercase)
                    || words::pronoun(lead).is_some()
                    || lead
                        .split_whitespace()
                        .next()
                        .is_some_and(words::is_determiner)
            });
        }
        None
    }

    /// "Bashar stated, “…" and "…Kerry invited the Kremlin to show “…":
    /// the last cue before the quote in its sentence.
    fn before(&self, window: Span, i: usize) -> Option<Attribution> {
        let text = self.text;
        let toks = self.outside_quotes(window, i);
        let n_words = toks.iter().filter(|t| t.word).count();
        let mut c = toks.len();
        while c > 0 {
            c -= 1;
            if !is_verb_cue(text, &toks, c) {
                continue;
            }
            let words_after = toks[c + 1..].iter().filter(|t| t.word).count();
            if words_after > 25 {
                return None;
            }
            let cue = cue_word(text, &toks, c);
            if cue == "according to" {
                let rest = &toks[(c + 2).min(toks.len())..];
                let end = rest.iter().position(|t| is_break(t.slice(text)));
                let speaker = self.phrase(&rest[..end.unwrap_or(rest.len())], true)?;
                let mut a = self.finish(speaker, Some(cue), Found::Before);
                a.gap = words_after;
                return Some(a);
            }
            let participle = cue
                .ends_with("ing")
                .then(|| self.participle_subject(&toks[..=c]))
                .flatten();
            let speaker = participle
                .or_else(|| self.subject_past_quotes(&toks[..c], i))
                .or_else(|| {
                    let rest = &toks[c + 1..];
                    let end = rest.iter().position(|t| is_break(t.slice(text)));
                    let object = &rest[..end.unwrap_or(rest.len())];
                    // "said Kerry, “…": a name right after the cue.
                    let first = object.first()?;
                    words::is_name_word(first.slice(text))
                        .then(|| self.phrase(object, true))
                        .flatten()
                })?;
            let _ = n_words;
            let mut a = self.finish(speaker, Some(cue), Found::Before);
            a.gap = words_after;
            return Some(a);
        }
        self.colon_label(&toks)
    }

    /// The subject of a participle cue: the name right before it ("with
    /// Sen. John McCain calling it …"), or after a comma the name or
    /// pronoun opening the main clause ("Sanders visited …, rival, Hillary
    /// Clinton, saying …").
    fn participle_subject(&self, toks: &[Tok]) -> Option<Speaker> {
        let text = self.text;
        let (cue, toks) = toks.split_last()?;
        let last = toks.last()?;
        // Only what stands right before the cue: not across a quote.
        let gap = text.get(last.span.end..cue.span.start)?;
        if !gap.trim().is_empty() {
            return None;
        }
        if last.word {
            // "in Syria saying" names a place; "with McCain saying" a speaker.
            let run = words::name_runs(text, toks)
                .into_iter()
                .next_back()
                .filter(|r| r.last + 1 == toks.len())
                .filter(|r| {
                    !r.in_phrase
                        || r.first
                            .checked_sub(1)
                            .and_then(|p| toks[..=p].iter().rev().find(|t| t.word))
                            .is_some_and(|t| {
                                let w = t.slice(text);
                                w.eq_ignore_ascii_case("with") || words::is_title(w)
                            })
                })?;
            return Some(self.named(run.span, toks[run.last].slice(text)));
        }
        if last.slice(text) != "," {
            return None;
        }
        // "…, Spicer said, adding": a last chunk with a cue of its own is
        // read the usual way.
        let body = &toks[..toks.len() - 1];
        let from = body
            .iter()
            .rposition(|t| is_break(t.slice(text)))
            .map_or(0, |k| k + 1);
        if (from..body.len()).any(|k| is_verb_cue(text, body, k)) {
            return None;
        }
        let toks = without_asides(text, toks);
        let mut start = 0;
        for k in 0..toks.len() {
            if !is_break(toks[k].slice(text)) {
                continue;
            }
            let chunk = &toks[start..k];
            start = k + 1;
            let Some(first) = chunk.iter().position(|t| t.word) else {
                continue;
            };
            let word = chunk[first].slice(text);
            if opens_adjunct(word) {
                continue;
            }
            if words::pronoun(word) == Some(Pronoun::Person) {
                return Some(self.pronoun(chunk[first].span));
            }
            // A name opening a clause, only capitalised words before it.
            let run = words::name_runs(text, chunk)
                .into_iter()
                .next()
                .filter(|r| !(r.in_phrase || r.modifier))
                .filter(|r| {
                    chunk[..r.first]
                        .iter()
                        .all(|t| !t.word || t.slice(text).starts_with(char::is_uppercase))
                })
                .filter(|r| {
                    // A dateline ("WASHINGTON (AP) —") is no subject.
                    let lone = !chunk[r.last + 1..].iter().any(|t| t.word);
                    let dash = toks
                        .get(k)
                        .is_some_and(|t| matches!(t.slice(text), "—" | "–" | "-"));
                    let shouted = !r.span.slice(text).chars().any(char::is_lowercase);
                    !(lone && (dash || shouted))
                })
                .filter(|r| !(r.first == r.last && self.common_word(r.span)))?;
            return Some(self.named(run.span, chunk[run.last].slice(text)));
        }
        None
    }

    /// "Clinton: “Our goal is …”", "Sanders delivered a retort: “…”": a
    /// short clause naming someone, then a colon, then the quote.
    fn colon_label(&self, toks: &[Tok]) -> Option<Attribution> {
        let text = self.text;
        let (last, rest) = toks.split_last()?;
        if last.slice(text) != ":" {
            return None;
        }
        let start = rest
            .iter()
            .rposition(|t| is_break(t.slice(text)) || matches!(t.slice(text), "." | "!" | "?"))
            .map_or(0, |k| k + 1);
        let chunk = &rest[start..];
        let n_words = chunk.iter().filter(|t| t.word).count();
        if n_words == 0 || n_words > 6 {
            return None;
        }
        let head = words::name_runs(text, chunk)
            .into_iter()
            .find(|r| !(r.in_phrase || r.modifier));
        let speaker = match head {
            Some(head) => self.named(head.span, chunk[head.last].slice(text)),
            // "She went on: “…”".
            None => {
                let first = chunk.iter().find(|t| t.word)?;
                words::pronoun(first.slice(text))?;
                self.pronoun(first.span)
            }
        };
        Some(self.finish(speaker, None, Found::Before))
    }

    /// The tokens of `window` outside the quotes before quote `i`: earlier
    /// quotes of the sentence hold no cue of this one.
    fn outside_quotes(&self, window: Span, i: usize) -> Vec<Tok> {
        let near = &self.raws[i.saturating_sub(12)..i.min(self.raws.len())];
        self.tokens(window)
            .iter()
            .copied()
            .filter(|t| !near.iter().any(|r| r.outer.contains(t.span)))
            .collect()
    }

    /// "Schiff said. “…”": the sentence just before ends with a cue.
    fn previous_sentence(&self, para: Span, start: usize, i: usize) -> Option<Attribution> {
        let text = self.text;
        if start <= para.start {
            return None;
        }
        let from = sentence_start(text, para, start.saturating_sub(2));
        let toks = self.outside_quotes(Span::new(from.min(start), start), i);
        let wordy: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].word).collect();
        let tail = &wordy[wordy.len().saturating_sub(3)..];
        let c = *tail.iter().find(|&&k| is_verb_cue(text, &toks, k))?;
        let speaker = self.subject_past_quotes(&toks[..c], i)?;
        let cue = cue_word(text, &toks, c);
        Some(self.finish(speaker, Some(cue), Found::Intro))
    }

    /// The attribution in an introduction ending in a colon ("He said:").
    fn intro(&self, para: Span) -> Option<Attribution> {
        let text = self.text;
        let start = sentence_start(text, para, para.end.saturating_sub(1));
        let toks = self.tokens(Span::new(start.min(para.end), para.end));
        let c = (0..toks.len()).find(|&c| is_verb_cue(text, &toks, c))?;
        let cue = cue_word(text, &toks, c);
        let speaker = if cue == "according to" {
            let rest = &toks[(c + 2).min(toks.len())..];
            let end = rest.iter().position(|t| is_break(t.slice(text)));
            self.phrase(&rest[..end.unwrap_or(rest.len())], true)
        } else {
            // "Stated Stone:": the cue first, then the speaker.
            self.subject(&toks[..c]).or_else(|| {
                let rest = &toks[c + 1..];
                let end = rest.iter().position(|t| is_break(t.slice(text)));
                self.phrase(&rest[..end.unwrap_or(rest.len())], true)
            })
        }?;
        Some(self.finish(speaker, Some(cue), Found::Intro))
    }

    /// The subject before a cue, first looked for after the last earlier
    /// quote in `toks`: in "Trump is also a “change agent,” Cole said" the
    /// quote's own comma, dropped with it, parted the two names.
    fn subject_past_quotes(&self, toks: &[Tok], i: usize) -> Option<Speaker> {
        let near = &self.raws[i.saturating_sub(12)..i.min(self.raws.len())];
        let cut = toks
            .iter()
            .rposition(|t| {
                near.iter()
                    .any(|r| r.outer.end <= t.span.start && t.span.start - r.outer.end <= 2)
            })
            .filter(|&k| k > 0);
        cut.and_then(|k| self.subject(&toks[k..]))
            .or_else(|| self.subject(toks))
    }

    /// The subject before a cue: the comma-separated chunk nearest the cue
    /// that is not an apposition ("Renad Mansour, a fellow at …,").
    fn subject(&self, toks: &[Tok]) -> Option<Speaker> {
        let text = self.text;
        let toks = without_asides(text, toks);
        let toks = toks.as_slice();
        let mut chunks: Vec<&[Tok]> = Vec::new();
        let mut start = 0;
        for (k, t) in toks.iter().enumerate() {
            if is_break(t.slice(text)) {
                chunks.push(&toks[start..k]);
                start = k + 1;
            }
        }
        chunks.push(&toks[start..]);
        let chunks: Vec<&[Tok]> = chunks
            .into_iter()
            .filter(|c| c.iter().any(|t| t.word))
            .collect();
        for (k, chunk) in chunks.iter().enumerate().rev() {
            if k > 0 && apposition(text, chunk) && names_someone(text, chunks[k - 1]) {
                continue;
            }
            // "Clinton, …, stressed her support … and said": a chunk that
            // opens with a verb or a preposition continues an earlier subject.
            if k > 0 && verb_or_preposition_led(text, chunk) {
                continue;
            }
            // A chunk that names no one ("bemoaned the unrest and") lets
            // the search go on to the chunks before it.
            if let Some(sp) = self.phrase(chunk, false) {
                return Some(sp);
            }
        }
        None
    }

    /// The speaker named, described or pointed at by a chunk of words;
    /// `head_first` takes the first name of the chunk (after the cue or the
    /// quote), else the last (before the cue).
    fn phrase(&self, toks: &[Tok], head_first: bool) -> Option<Speaker> {
        let text = self.text;
        let wordy: Vec<Tok> = toks.iter().copied().filter(|t| t.word).collect();
        if wordy.is_empty() {
            return None;
        }
        let runs = words::name_runs(text, toks);
        // "Officials said", "Adding, …": a lone capitalised common word
        // opening the sentence is no name (it may still be a description).
        let common_lead = runs
            .first()
            .filter(|r| r.first == r.last && r.span.start == wordy[0].span.start)
            .filter(|r| self.common_word(r.span))
            .map(|r| r.span.start);
        let heads: Vec<&NameRun> = runs
            .iter()
            .filter(|r| !(r.in_phrase || r.modifier || (r.determined && r.first == r.last)))
            .filter(|r| Some(r.span.start) != common_lead)
            .collect();
        // The first name not governed by a preposition or modifying a noun
        // is the clause's subject ("Trump attacked Clinton …, saying").
        let head = heads.first();
        // "He says he respects Clinton and calls her": a pronoun opening
        // the chunk before the cue is its subject, not the name after it.
        if !head_first {
            let opener = wordy.first().filter(|t| {
                let w = t.slice(text);
                words::pronoun(w).is_some()
                    && !w.eq_ignore_ascii_case("it")
                    && head.is_none_or(|r| r.span.start > t.span.start)
            });
            if let Some(p) = opener {
                return Some(self.pronoun(p.span));
            }
        }
        if let Some(run) = head {
            return Some(self.named(run.span, toks[run.last].slice(text)));
        }
        let is_pronoun = |t: &&Tok| words::pronoun(t.slice(text)).is_some();
        let pronoun = if head_first {
            wordy.iter().take(3).find(is_pronoun)
        } else {
            // The subject opens the clause ("He then defended the remark,
            // saying") or stands next to the cue ("at 86 she still says").
            wordy
                .iter()
                .take(2)
                .find(is_pronoun)
                .or_else(|| wordy.iter().rev().take(3).find(is_pronoun))
        };
        if let Some(p) = pronoun {
            return Some(self.pronoun(p.span));
        }
        // A description: "a driver in military fatigues", "the spokesman".
        let mut first = 0;
        while first < wordy.len()
            && matches!(
                wordy[first].slice(text).to_lowercase().as_str(),
                "and" | "but" | "so" | "then" | "while" | "as" | "also" | "even"
            )
        {
            first += 1;
        }
        let mut desc = &wordy[first..];
        // "one former executive who requested anonymity": the relative
        // clause is not part of the speaker.
        if let Some(cut) = desc
            .iter()
            .skip(1)
            .position(|t| matches!(t.slice(text), "who" | "whom" | "whose" | "which" | "that"))
        {
            desc = &desc[..cut + 1];
        }
        let lead_tok = desc.first()?;
        let lead_lower;
        let lead = if Some(lead_tok.span.start) == common_lead {
            lead_lower = lead_tok.slice(text).to_lowercase();
            lead_lower.as_str()
        } else {
            lead_tok.slice(text)
        };
        let possessive = lead.ends_with("’s") || lead.ends_with("'s");
        let determined = possessive
            || words::is_determiner(lead)
            || matches!(
                lead.to_lowercase().as_str(),
                "one" | "another" | "some" | "two" | "three" | "several" | "many" | "other"
            );
        // "repeatedly", "however", "giving", "came": adverbs and verbs
        // describe no one.
        let bare_noun = lead.starts_with(char::is_lowercase)
            && desc.len() <= 4
            && !opens_adjunct(lead)
            && !lead.ends_with("ing")
            && !lead.ends_with("ed")
            && !words::is_common_verb(lead)
            && !words::is_cue(lead)
            && !matches!(
                lead,
                "that"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "to"
                    | "and"
                    | "has"
                    | "have"
                    | "had"
                    | "not"
                    | "who"
                    | "which"
                    | "will"
                    | "would"
                    | "can"
                    | "also"
                    | "when"
                    | "if"
                    | "what"
                    | "how"
                    | "why"
                    | "there"
                    | "here"
                    | "this"
                    | "these"
            );
        // "The billionaire businessman began saying": a description ends
        // before its verb.
        if let Some(cut) = desc.iter().enumerate().skip(1).position(|(k, t)| {
            let w = t.slice(text);
            words::is_cue(w)
                || words::is_common_verb(w)
                || matches!(
                    w,
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
                )
                || (k >= 2 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
                // "The spokesman later added": adverbs before the verb.
                || matches!(
                    w,
                    "later" | "also" | "then" | "still" | "now" | "again" | "even" | "just" | "never"
                )
        }) {
            desc = &desc[..cut + 1];
        }
        // "A Feb. 1 letter from the American Legion obtained by …": a long
        // description is cut before its first preposition.
        if desc.len() > 10 {
            if let Some(cut) = desc
                .iter()
                .skip(1)
                .position(|t| words::is_preposition(t.slice(text)))
            {
                desc = &desc[..cut + 1];
            }
        }
        if desc.len() > 10 || !(determined || bare_noun) {
            return None;
        }
        let span = Span::new(desc[0].span.start, desc[desc.len() - 1].span.end);
        let description = span.slice(text);
        let resolved = self.role(span, desc);
        Some(Speaker {
            span,
            name: Some(resolved.unwrap_or_else(|| description.to_string())),
            kind: None,
        })
    }

    /// Whether a lone capitalised word opening a chunk is a common word
    /// rather than a name ("Adding, “…”", "Often, …", "Signs …"): no name
    /// mention covers it and the article also writes it in lower case, or
    /// it is a participle.
    fn common_word(&self, span: Span) -> bool {
        // Only a word opening its sentence: elsewhere a capital marks a name.
        let lead = self.text.get(..span.start).unwrap_or("").trim_end();
        let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '“', '”', '"', '\n']);
        if !opens || self.mentions.iter().any(|m| overlaps(m.span, span)) {
            return false;
        }
        let word = span.slice(self.text);
        // The family name of someone named in full earlier.
        let key = words::name_key(word);
        if self
            .before_pos(span.start)
            .any(|a| a.n_words >= 2 && a.last_key == key)
        {
            return false;
        }
        let lower = word.to_lowercase();
        if lower.len() >= 6 && lower.ends_with("ing") {
            return true;
        }
        if lower.len() < 3 || lower == word {
            return false;
        }
        let bytes = self.text.as_bytes();
        self.text.match_indices(lower.as_str()).any(|(at, m)| {
            let before = at.checked_sub(1).and_then(|b| bytes.get(b));
            let after = bytes.get(at + m.len());
            let edge = |c: Option<&u8>| {
                c.is_none_or(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@' | b'#')))
            };
            edge(before) && edge(after)
        })
    }

    /// A name: the entity mention over it, else the name itself, expanded
    /// from a short form to the full name seen earlier.
    fn named(&self, span: Span, last_word: &str) -> Speaker {
        if let Some(m) = self.mentions.iter().find(|m| overlaps(m.span, span)) {
            let name = m.alias_of.clone().unwrap_or_else(|| m.name.clone());
            return Speaker {
                span,
                name: Some(name),
                kind: Some(m.kind),
            };
        }
        let name = span
            .slice(self.text)
            .trim_end_matches(['\'', '’'])
            .to_string();
        let org = words::looks_like_org(&name);
        let mut full = None;
        if !org && name.split_whitespace().count() == 1 {
            let key = words::name_key(last_word);
            full = self
                .before_pos(span.start)
                .filter(|a| !a.org && a.n_words >= 2)
                .find(|a| a.last_key == key)
                .map(|a| a.name.to_string());
        }
        let kind = if org {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        Speaker {
            span,
            name: Some(full.unwrap_or(name)),
            kind: Some(kind),
        }
    }

    /// "he", "she": the nearest named person before; other pronouns stay
    /// unresolved.
    fn pronoun(&self, span: Span) -> Speaker {
        let word = span.slice(self.text);
        if words::pronoun(word) != Some(Pronoun::Person) {
            return Speaker {
                span,
                name: None,
                kind: None,
            };
        }
        let in_quote = |s: Span| {
            self.raws
                .iter()
                .any(|r| overlaps(r.content, s) && !matches!(r.kind, Kind::Block(_)))
        };
        // The nearest earlier name heading its clause; the entity mention
        // over it, when there is one, gives the full name.
        // A name whose given name or title says another gender is passed
        // over ("she" after "… Donald Trump"); one of unknown gender fits.
        let want = gender::of_pronoun(word);
        let fits = |name: &String| {
            let g = gender::of_name(name);
            want.is_none() || g.is_none() || g == want
        };
        // A person heading the pronoun's own sentence is its likeliest
        // antecedent ("Trump, later alleging … Obama …, said he …").
        let k = self.paras.partition_point(|p| p.end < span.start);
        let sentence = self
            .paras
            .get(k)
            .map_or(span.start, |p| sentence_start(self.text, *p, span.start));
        let subject = self
            .before_pos(span.start)
            .take_while(|a| a.span.start >= sentence)
            .last()
            .filter(|a| a.person)
            .and_then(|a| {
                self.named(a.span, a.name.split_whitespace().last().unwrap_or(""))
                    .name
            })
            .filter(fits);
        // Else the nearest person opening a sentence in this paragraph or
        // the one before ("Lynch announced … Gov. Pat McCrory … She …").
        let near_from = k
            .checked_sub(1)
            .and_then(|p| self.paras.get(p))
            .map_or(0, |p| p.start);
        let subject = subject.or_else(|| {
            self.before_pos(span.start)
                .filter(|a| a.person)
                .take(GENDER_LOOKBACK)
                .take_while(|a| a.span.start >= near_from)
                .filter(|a| a.opens)
                .filter_map(|a| {
                    self.named(a.span, a.name.split_whitespace().last().unwrap_or(""))
                        .name
                })
                .find(fits)
        });
        let from_runs = subject.or_else(|| {
            self.before_pos(span.start)
                .filter(|a| a.person)
                .take(GENDER_LOOKBACK)
                .filter_map(|a| {
                    self.named(a.span, a.name.split_whitespace().last().unwrap_or(""))
                        .name
                })
                .find(fits)
        });
        let name = from_runs.or_else(|| {
            self.mentions
                .iter()
                .filter(|m| m.kind == EntityKind::Person && m.span.end <= span.start)
                .filter(|m| !in_quote(m.span))
                .max_by_key(|m| m.span.end)
                .map(|m| m.alias_of.clone().unwrap_or_else(|| m.name.clone()))
        });
        Speaker {
            span,
            kind: name.as_ref().map(|_| EntityKind::Person),
            name,
        }
    }

    /// "the spokesman": the name standing next to the same role noun earlier.
    fn role(&self, span: Span, desc: &[Tok]) -> Option<String> {
        let text = self.text;
        if desc.len() > 3 || !desc.first()?.slice(text).eq_ignore_ascii_case("the") {
            return None;
        }
        let noun = desc.last()?.slice(text).to_lowercase();
        if noun.len() < 4 {
            return None;
        }
        // Only a noun for a person's role stands for a name ("the
        // spokesman", "the senator"); "the email" does not.
        let role_noun = words::is_title(&noun)
            || noun.ends_with("man")
            || noun.ends_with("woman")
            || noun.ends_with("person")
            || matches!(
                noun.as_str(),
                "candidate"
                    | "nominee"
                    | "official"
                    | "lawmaker"
                    | "aide"
                    | "adviser"
                    | "advisor"
                    | "lawyer"
                    | "host"
                    | "author"
                    | "executive"
                    | "analyst"
                    | "billionaire"
                    | "founder"
                    | "owner"
                    | "activist"
                    | "researcher"
                    | "professor"
                    | "economist"
                    | "strategist"
                    | "pollster"
                    | "reporter"
                    | "journalist"
                    | "columnist"
                    | "doctor"
                    | "physician"
                    | "surgeon"
                    | "neurosurgeon"
                    | "actor"
                    | "actress"
                    | "singer"
                    | "moderator"
                    | "anchor"
                    | "judge"
                    | "prosecutor"
                    | "commentator"
                    | "writer"
                    | "editor"
                    | "publisher"
                    | "ambassador"
                    | "officer"
            );
        if !role_noun {
            return None;
        }
        let from = floor_boundary(text, span.start.saturating_sub(ROLE_WINDOW));
        let hay = text.get(from..span.start)?;
        // ASCII lower-casing keeps byte offsets.
        let lower = hay.to_ascii_lowercase();
        // The nearest earlier use of the role noun, and a person's name
        // within a few words of it.
        let pos = from + lower.rfind(noun.as_str())?;
        let best = self
            .antecedents
            .iter()
            .filter(|a| a.person && a.span.end <= span.start)
            .map(|a| (a.span.start.abs_diff(pos).min(a.span.end.abs_diff(pos)), a))
            .filter(|(d, _)| *d <= 60)
            .min_by_key(|(d, _)| *d)
            .map(|(_, a)| a);
        best.map(|a| a.name.to_string())
    }

    /// A transcript label ("TDB", "AA") resolved by the initials of a name.
    fn label(&self, label: Span) -> Attribution {
        let text = self.text;
        let letters: String = label
            .slice(text)
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        let mut best: Option<(usize, String)> = None;
        let window = label.start.saturating_sub(LABEL_WINDOW);
        for para in self
            .paras
            .iter()
            .filter(|p| p.start < label.start && p.end >= window)
        {
            let toks = self.tokens(*para);
            let mut i = 0;
            while i < toks.len() {
                let capital = |t: &Tok| t.word && t.slice(text).starts_with(char::is_uppercase);
                if !capital(&toks[i]) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < toks.len() && capital(&toks[j]) {
                    j += 1;
                }
                for s in i..j {
                    for e in s + 1..=j {
                        let initials: String = toks[s..e]
                            .iter()
                            .filter_map(|t| t.slice(text).chars().next())
                            .collect();
                        if initials == letters && e - s >= 2 {
                            let name = Span::new(toks[s].span.start, toks[e - 1].span.end);
                            best = Some((name.start, name.slice(text).to_string()));
                        }
                    }
                }
                i = j;
            }
        }
        let name = best.map(|(_, n)| n);
        let kind = name.as_deref().map(|n| {
            if words::looks_like_org(n) {
                EntityKind::Organization
            } else {
                EntityKind::Person
            }
        });
        Attribution {
            span: Some(label),
            cue: None,
            name,
            kind,
            how: Found::Label,
            gap: 0,
        }
    }

    /// The names ending before byte `pos`, nearest first, at most
    /// [`MAX_LOOKBACK`] of them (keeps resolution near-linear).
    fn before_pos(&self, pos: usize) -> impl Iterator<Item = &Antecedent<'a>> {
        let end = self.antecedents.partition_point(|a| a.span.end <= pos);
        self.antecedents[..end].iter().rev().take(MAX_LOOKBACK)
    }

    fn finish(&self, speaker: Speaker, cue: Option<String>, how: Found) -> Attribution {
        Attribution {
            span: Some(speaker.span),
            cue,
            name: speaker.name,
            kind: speaker.kind,
            how,
            gap: 0,
        }
    }
}

/// Whether a chunk opening with `word` is an adjunct rather than the
/// subject ("After the debate,", "In a statement,", "But", "Later").
fn opens_adjunct(word: &str) -> bool {
    let lower = word.to_lowercase();
    words::is_preposition(&lower)
        || (lower.ends_with("ly") && lower.len() > 4)
        || matches!(
            lower.as_str(),
            "after"
                | "before"
                | "when"
                | "while"
                | "as"
                | "if"
                | "since"
                | "because"
                | "but"
                | "and"
                | "although"
                | "though"
                | "until"
                | "yet"
                | "so"
                | "still"
                | "now"
                | "then"
                | "later"
                | "meanwhile"
                | "instead"
                | "indeed"
                | "however"
                | "also"
                | "here"
                | "there"
        )
}

/// Whether a one-word name carries a particle ("al-Saadi"), which marks a
/// surname rather than a party label ("D-Mo").
fn particle_name(name: &str) -> bool {
    name.split_once('-')
        .is_some_and(|(head, _)| words::is_name_particle(&head.to_lowercase()))
}

/// The tokens outside parenthesised asides ("(UOSSM)", "(D-Mo.)"), which
/// are no chunks of a clause.
fn without_asides(text: &str, toks: &[Tok]) -> Vec<Tok> {
    let mut depth = 0usize;
    toks.iter()
        .copied()
        .filter(|t| match t.slice(text) {
            "(" | "[" => {
                depth += 1;
                false
            }
            ")" | "]" => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Separators between a subject and its appositions.
fn is_break(tok: &str) -> bool {
    matches!(
        tok,
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "―" | "-" | "[" | "]"
    )
}

/// The tokens of an after-quote window up to the end of its clause, without
/// leading punctuation.
fn clause<'t>(text: &str, toks: &'t [Tok]) -> &'t [Tok] {
    let start = toks.iter().position(|t| t.word).unwrap_or(toks.len());
    let rest = &toks[start..];
    let mut depth = 0usize;
    let end = rest
        .iter()
        .position(|t| {
            let w = t.slice(text);
            match w {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => {}
            }
            let comma_next = text
                .get(t.span.end..)
                .is_some_and(|rest| rest.starts_with(','));
            !t.word
                && (matches!(w, "“" | "”" | "\"" | "«" | "»")
                    || (depth == 0 && matches!(w, "." | "!" | "?") && !comma_next))
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The first cue among the first `limit` words.
fn cue_index(text: &str, toks: &[Tok], limit: usize, _after: bool) -> Option<usize> {
    let mut n = 0;
    for (k, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        if n >= limit {
            return None;
        }
        // After the quote a bare form is a verb: "…,” the Saudis state.
        let base_verb = k > 0 && words::is_cue_base(t.slice(text));
        if is_verb_cue(text, toks, k) || base_verb {
            return Some(k);
        }
        n += 1;
    }
    None
}

/// Whether token `k` is a cue used as a verb: not after a determiner ("a
/// report"), and "according" only before "to".
fn is_verb_cue(text: &str, toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let w = t.slice(text);
    if !t.word || !words::is_cue(w) {
        return false;
    }
    let lower = w.to_lowercase();
    if lower == "according" || lower == "accord" {
        return toks
            .get(k + 1)
            .is_some_and(|n| n.slice(text).eq_ignore_ascii_case("to"));
    }
    // "pointed out": "point" alone is no cue.
    if matches!(lower.as_str(), "point" | "points" | "pointed") {
        return toks
            .get(k + 1)
            .is_some_and(|n| n.slice(text).eq_ignore_ascii_case("out"));
    }
    let prev = k.checked_sub(1).and_then(|p| toks.get(p));
    !prev.is_some_and(|p| {
        let pw = p.slice(text).to_lowercase();
        words::is_determiner(&pw)
            || matches!(pw.as_str(), "were" | "are" | "of" | "new" | "no" | "s")
            || pw.ends_with("'s")
            || pw.ends_with("’s")
    })
}

fn cue_word(text: &str, toks: &[Tok], k: usize) -> String {
    let w = toks.get(k).map_or("", |t| t.slice(text));
    if w.eq_ignore_ascii_case("according") {
        "according to".to_string()
    } else {
        w.to_string()
    }
}

fn verb_or_preposition_led(text: &str, chunk: &[Tok]) -> bool {
    let Some(first) = chunk.iter().find(|t| t.word).map(|t| t.slice(text)) else {
        return false;
    };
    first.starts_with(char::is_lowercase)
        && (words::is_preposition(first)
            || (first.ends_with("ed") && first.len() > 4)
            || words::is_cue(first))
}

/// Whether a chunk holds a name heading it or a pronoun: what an
/// apposition may follow.
fn names_someone(text: &str, chunk: &[Tok]) -> bool {
    let heads = words::name_runs(text, chunk)
        .iter()
        .any(|r| !(r.in_phrase || r.modifier));
    heads
        || chunk
            .iter()
            .any(|t| t.word && words::pronoun(t.slice(text)).is_some())
}

/// Whether a chunk reads as an apposition to the chunk before it ("a fellow
/// at …", "the media lead at …", "CEO of …", "26-year-old …").
fn apposition(text: &str, chunk: &[Tok]) -> bool {
    let wordy: Vec<&str> = chunk
        .iter()
        .filter(|t| t.word)
        .map(|t| t.slice(text))
        .collect();
    let Some(first) = wordy.first() else {
        return true;
    };
    // "R-Ky.", "D": a party label after a name.
    let party = matches!(*first, "R" | "D" | "I")
        || (first.len() <= 12 && ["R-", "D-", "I-"].iter().any(|p| first.starts_with(p)));
    if party {
        return true;
    }
    if matches!(*first, "her" | "his" | "their" | "its" | "a" | "an") {
        return true;
    }
    let conjunction = matches!(
        *first,
        "but" | "and" | "so" | "yet" | "then" | "while" | "when"
    );
    if conjunction
        || wordy
            .iter()
            .any(|w| words::pronoun(w) == Some(Pronoun::Person))
    {
        return false;
    }
    if words::pronoun(first).is_some()
        || words::is_name_word(first) && !first.starts_with(char::is_uppercase)
    {
        return false;
    }
    if first.starts_with(|c: char| c.is_ascii_digit()) || first.starts_with(char::is_lowercase) {
        // "the Eastern … Directorate" is a subject, "the media lead" is not.
        if words::is_determiner(first) {
            return wordy
                .get(1)
                .is_none_or(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
        }
        return true;
    }
    if matches!(*first, "A" | "An") {
        return true;
    }
    // "CEO of …", "Director of …": a title followed by "of".
    wordy
        .get(1)
        .is_some_and(|w| *w == "of" && (words::is_title(first) || first.len() <= 4))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether the full stop before byte `dot` ends an abbreviation or initial.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let head = text.get(..dot).unwrap_or("");
    // The run of letters and dots that ends at the full stop.
    let word = head
        .rsplit(|c: char| !(c.is_alphabetic() || c == '.'))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "Dr" | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "St"
            | "Jr"
            | "Sr"
            | "Rev"
            | "U.S"
            | "U.N"
            | "U.K"
            | "D.C"
            | "vs"
            | "No"
            | "Inc"
            | "Co"
            | "Corp"
            | "Ltd"
            | "Mt"
            | "Ft"
            | "Brig"
            | "Maj"
    ) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Start of the sentence holding byte `pos` of `para`.
pub(super) fn sentence_start(text: &str, para: Span, pos: usize) -> usize {
    let lo = floor_boundary(text, pos.saturating_sub(WINDOW).max(para.start));
    let pos = floor_boundary(text, pos.max(lo));
    let Some(hay) = text.get(lo..pos) else {
        return pos;
    };
    let mut start = lo;
    let mut iter = hay.char_indices().rev().peekable();
    let mut next_is_space = false;
    while let Some((off, c)) = iter.next() {
        let at = lo + off;
        if matches!(c, '.' | '!' | '?')
            && next_is_space
            && (c != '.' || !abbreviation_before(text, at))
        {
            start = at + 1;
            break;
        }
        if matches!(c, '”' | '"') && next_is_space {
            if let Some(&(_, p)) = iter.peek() {
                if matches!(p, '.' | '!' | '?') {
                    start = at + c.len_utf8();
                    break;
                }
            }
        }
        next_is_space = c.is_whitespace();
    }
    let rest = text.get(start..pos).unwrap_or("");
    start + (rest.len() - rest.trim_start().len())
}

/// End of the sentence holding byte `pos` of `para` (after its final mark).
pub(super) fn sentence_end(text: &str, para: Span, pos: usize) -> usize {
    let hi = floor_boundary(text, (pos + WINDOW).min(para.end));
    let pos = floor_boundary(text, pos.min(hi));
    let Some(hay) = text.get(pos..hi) else {
        return pos;
    };
    let mut iter = hay.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        let at = pos + off;
        if matches!(c, '.' | '!' | '?') {
            let next = iter.peek().map(|&(_, n)| n);
            let ends = next.is_none_or(|n| n.is_whitespace() || matches!(n, '”' | '"'));
            if ends && (c != '.' || !abbreviation_before(text, at)) {
                return at + 1;
            }
        }
    }
    hi
}
