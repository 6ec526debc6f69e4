//! Names of people, organisations and places, found without a statistical
//! model: the text is cut into word tokens, runs of capitalised words are
//! chunked into names (with the particles of Arabic and European names and
//! the "of"/"for"/"and" of organisation names), titles and roles are moved
//! from the name into its description, and each name gets a kind from votes
//! of its words (head words, shipped lists) and its context ("in X", "the X
//! district", ", a spokesman"). Within the article, short forms point at the
//! full name they stand for (`alias_of`): acronyms defined in parentheses,
//! ", or Y" appositions, and a surname or given name of a person named in full.
//!
//! Sentence-initial and headline words are weak evidence: a capitalised word
//! there counts as a name only when the article also capitalises it
//! mid-sentence, a shipped list knows it, or it is the subject of a singular
//! verb and comes back capitalised ("Apple launches …"), so "The", "But" and
//! "Dazed" are never names.
//!
//! Not names: a name the article only ever sets off in quote marks or after
//! "so-called" (a slogan or a title: “Iron Resolve”), creeds ("Islam",
//! "-ism") and "-ist" words, and "No." before a word (an answer, not "No. 10").
//!
//! Votes are summed per name over the article, so one clear context decides
//! every mention of it. A name without any evidence gets a default: several
//! words are a person unless the article shortens them to their first word
//! (companies: "Northrop" for "Northrop Grumman") rather than the last
//! (people: "Papermaster") or they open with an adjective no given name is
//! ("Big Ben": no name then); a single word that stands for no full name is
//! an organisation ("Boeing"). A single word becomes a short form of a person
//! only when that person is known from evidence (title, role, given name,
//! apposition) or when the word is their family name.

mod lexicon;
#[cfg(test)]
pub(crate) mod tests;

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use corroborate_model::{Article, EntityKind, EntityMention, Span};

use crate::words;

use lexicon::{
    in_multiword_place, is_abbreviation, is_arabic_org_head, is_common_caps, is_creed, is_demonym,
    is_direction, is_follower_word, is_function, is_given_name, is_index_noun, is_known_place,
    is_misc_head, is_name_adjective, is_nationality, is_nationality_noun, is_org_head, is_org_noun,
    is_particle, is_place_acronym, is_place_head, is_place_noun, is_place_preposition, is_role,
    is_speech_verb, is_stock_index, is_time_word, is_title, is_title_complement,
    starts_stock_index,
};

/// Every name mention in `article`, in text order.
pub fn entities(article: &Article) -> Vec<EntityMention> {
    let text = article.text.as_str();
    let toks = tokenize(text);
    // Lower-cased once, outside `Doc`, so its word sets can borrow them;
    // tokens already in lower-case ASCII (most words, all ASCII punctuation)
    // are borrowed from the text rather than copied.
    let lower: Vec<Cow<str>> = toks
        .iter()
        .map(|t| {
            let word = text.get(t.start..t.end).unwrap_or("");
            if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(word.to_lowercase())
            }
        })
        .collect();
    let (weak, headline, starts) = weak_flags(text, &toks, &lower, &article.sentences);
    let mut toks = toks;
    for (t, s) in toks.iter_mut().zip(starts) {
        t.sentence_start = s;
    }
    let doc = Doc::new(text, toks, &lower, weak, headline);
    let mut cands = doc.drop_quoted_terms(doc.drop_indices(doc.candidates()));
    doc.vote_context(&mut cands);
    let mut kinds = settle_kinds(&cands);
    let evidenced: Vec<bool> = kinds.iter().map(Option::is_some).collect();
    doc.default_kinds(&cands, &mut kinds);
    let aliases = doc.aliases(&cands, &kinds, &evidenced);
    // A single word with no evidence and no full name to stand for: most
    // often a company or another organisation ("Boeing", "Airbus"); but not
    // the last word of a longer name the article names and nobody could type
    // ("Départ" after "Le Grand Départ").
    let untyped: HashSet<&str> = cands
        .iter()
        .zip(&kinds)
        .filter(|(c, k)| k.is_none() && c.last > c.first)
        .map(|(c, _)| doc.lower(c.last))
        .collect();
    for ((kind, c), alias) in kinds.iter_mut().zip(&cands).zip(&aliases) {
        if kind.is_none()
            && alias.is_none()
            && c.first == c.last
            && !untyped.contains(doc.lower(c.first))
        {
            *kind = Some(EntityKind::Organization);
        }
    }
    build_mentions(article, &cands, &kinds, &aliases)
}

/// One token: a word (letters, digits and inner `-`, `'`, `.`) or one
/// punctuation character.
#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
    /// A line break lies between this token and the previous one.
    newline_before: bool,
    /// The first token of a sentence: no name runs across it.
    sentence_start: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |j: usize| chars.get(j).map(|x| x.1);
    let pos = |j: usize| chars.get(j).map_or(text.len(), |x| x.0);
    let mut toks = Vec::new();
    let mut newline = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            newline |= c == '\n';
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            toks.push(Tok {
                start: pos(i),
                end: pos(i + 1),
                word: false,
                newline_before: newline,
                sentence_start: false,
            });
            newline = false;
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(c) = at(j) {
            let alnum_at = |k: usize| at(k).is_some_and(char::is_alphanumeric);
            // "AT&T", "S&P": an ampersand between capitals with no space.
            let upper_at = |k: usize| at(k).is_some_and(char::is_uppercase);
            let joins = c.is_alphanumeric()
                || (matches!(c, '-' | '\'' | '’') && alnum_at(j + 1))
                || (c == '&' && upper_at(j - 1) && upper_at(j + 1))
                || (c == '.' && (alnum_at(j + 1) || (at(j + 1) == Some('-') && alnum_at(j + 2))));
            if !joins {
                break;
            }
            j += 1;
        }
        let mut end_idx = j;
        if at(j) == Some('.') {
            // Abbreviations, initials and dotted acronyms keep their full stop.
            let word = text.get(pos(i)..pos(j)).unwrap_or("");
            let last = word.rsplit('-').next().unwrap_or(word).to_lowercase();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            // A number keeps no full stop: "at $73.57. Investors" ends a sentence.
            let number = word.starts_with(|c: char| c.is_ascii_digit());
            // "No." abbreviates "number" only before one ("No. 10"); before a
            // word it is the answer ending a sentence ("No. Never …").
            let abbreviation = is_abbreviation(&last)
                && (last != "no" || {
                    let mut k = j + 1;
                    while at(k).is_some_and(|c| c == ' ') {
                        k += 1;
                    }
                    at(k).is_some_and(|c| c.is_ascii_digit() || c == '#')
                });
            if (word.contains('.') && !number) || initial || abbreviation {
                end_idx = j + 1;
            }
        }
        let (start, end) = (pos(i), pos(end_idx));
        let word = text.get(start..end).unwrap_or("");
        // A possessive ending is its own token: "Syria's Civil Defense" is two names.
        let possessive = ["'s", "’s", "'S", "’S"]
            .iter()
            .find(|s| word.ends_with(*s) && word.len() > s.len());
        let word_end = possessive.map_or(end, |s| end - s.len());
        toks.push(Tok {
            start,
            end: word_end,
            word: true,
            newline_before: newline,
            sentence_start: false,
        });
        if word_end < end {
            toks.push(Tok {
                start: word_end,
                end,
                word: false,
                newline_before: false,
                sentence_start: false,
            });
        }
        newline = false;
        i = end_idx;
    }
    toks
}

/// Marks tokens whose capital letter says nothing: the first word of each
/// sentence or quotation, and every word of a headline-style sentence (also
/// marked in the second vector). The third marks the first token of each
/// sentence.
fn weak_flags(
    text: &str,
    toks: &[Tok],
    lower: &[Cow<str>],
    sentences: &[Span],
) -> (Vec<bool>, Vec<bool>, Vec<bool>) {
    let mut weak = vec![false; toks.len()];
    let mut starts = vec![false; toks.len()];
    let mut headline = vec![false; toks.len()];
    let mut first_word_pending = true;
    let mut sent_idx = 0;
    for (i, tok) in toks.iter().enumerate() {
        while sentences.get(sent_idx).is_some_and(|s| s.end <= tok.start) {
            sent_idx += 1;
            first_word_pending = true;
            starts[i] = true;
        }
        if tok.newline_before {
            first_word_pending = true;
        }
        if tok.word {
            let after_quote = i > 0 && {
                let prev = &toks[i - 1];
                let p = text.get(prev.start..prev.end).unwrap_or("");
                !prev.word && matches!(p, "“" | "‘" | "\"" | "«") && prev.end == tok.start
            };
            // A full stop the segmenter kept inside a sentence (in quotes).
            let after_stop = (1..=2).any(|back| {
                i >= back
                    && toks[i - back..i].iter().all(|t| !t.word)
                    && matches!(
                        text.get(toks[i - back].start..toks[i - back].end),
                        Some("." | "?" | "!")
                    )
            });
            if first_word_pending || after_quote || after_stop {
                weak[i] = true;
            }
            first_word_pending = false;
        }
    }
    // Headlines and title-case lines: nearly every content word capitalised.
    let mut i = 0;
    for sentence in sentences {
        while toks.get(i).is_some_and(|t| t.start < sentence.start) {
            i += 1;
        }
        let mut j = i;
        let (mut long, mut caps) = (0, 0);
        while toks.get(j).is_some_and(|t| t.end <= sentence.end) {
            let t = &toks[j];
            let word = text.get(t.start..t.end).unwrap_or("");
            let lower_word = lower.get(j).map_or("", |w| w.as_ref());
            if t.word && word.len() >= 3 && !is_function(lower_word) {
                long += 1;
                caps += usize::from(starts_upper(word));
            }
            j += 1;
        }
        // Headlines carry no final full stop; a name-dense sentence does.
        let stops = sentence
            .slice(text)
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with(['.', '!', '?']);
        if long >= 3 && caps * 10 >= long * 9 && !stops {
            weak[i..j].iter_mut().for_each(|w| *w = true);
            headline[i..j].iter_mut().for_each(|w| *w = true);
        }
        i = j;
    }
    (weak, headline, starts)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Masri", "el-Sisi": a lower-case Arabic article joined to a capital.
fn is_particle_prefixed(word: &str) -> bool {
    // Asked of every word: the hyphen of a particle comes within the first
    // four bytes, so most words are answered without a search or a lookup.
    let Some(dash) = word.bytes().take(4).position(|b| b == b'-') else {
        return false;
    };
    let (head, rest) = (&word[..dash], &word[dash + 1..]);
    starts_upper(rest) && is_particle(head)
}

fn is_capitalised(word: &str) -> bool {
    starts_upper(word) || is_particle_prefixed(word)
}

/// A product or model code: digits and at most three letters ("A380",
/// "KC-45", "G5", "WPA2"); "G7" and "G20", groups of states, are names.
fn is_model_code(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().any(|c| c.is_ascii_digit());
    let group =
        word.len() > 1 && word.starts_with('G') && word[1..].bytes().all(|b| b.is_ascii_digit());
    digits && letters <= 3 && !group
}

/// Two or more letters, all capitals ("SOHR", "U.S.").
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// A name candidate: a chunk of capitalised words with titles stripped.
#[derive(Clone, Debug)]
struct Cand {
    /// First and last name token (inclusive).
    first: usize,
    last: usize,
    /// Where the chunk began (titles included).
    chunk_first: usize,
    span: Span,
    name: String,
    description: Vec<String>,
    /// Votes for person, organisation and place.
    votes: [i32; 3],
    /// Two to four capitalised words, no adjective, none written in lower
    /// case elsewhere: a person when nothing else is known.
    plain: bool,
    /// The name starts with a given name, holds an initial or is Arabic.
    person_shaped: bool,
}

const PERSON: usize = 0;
const ORG: usize = 1;
const PLACE: usize = 2;

/// How many distinct people an article must name with evidence before its
/// plain unknown pairs default to people rather than organisations.
const PEOPLE_NEWS_MIN: usize = 3;

/// The tokens of one article with what the article says about each word.
struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lower: &'a [Cow<'a, str>],
    weak: Vec<bool>,
    headline: Vec<bool>,
    /// What the article does with each word it capitalises.
    caps: HashMap<&'a str, Caps<'a>>,
    /// Words the article writes in lower case somewhere.
    lower_seen: HashSet<&'a str>,
    /// Whether each token may be part of a name.
    name_like: Vec<bool>,
}

/// How an article capitalises one word (one map, one lookup per token).
#[derive(Default)]
struct Caps<'a> {
    /// How often.
    count: u32,
    /// Somewhere in the middle of a sentence.
    strong: bool,
    /// In the middle of a sentence alone or as a name's last word
    /// ("Mansour" in "Renad Mansour"), not as "Stock" in "New York Stock
    /// Exchange".
    tail: bool,
    /// The word after its first occurrence that is not inside a longer
    /// name, and whether another such occurrence has a different word after.
    next: Option<&'a str>,
    varied: bool,
}

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        toks: Vec<Tok>,
        lower: &'a [Cow<'a, str>],
        weak: Vec<bool>,
        headline: Vec<bool>,
    ) -> Doc<'a> {
        // Sized up front: regrowing these tables is a visible share of the time.
        let mut caps: HashMap<&str, Caps> =
            HashMap::with_capacity_and_hasher(toks.len() / 4, Default::default());
        let mut lower_seen: HashSet<&str> =
            HashSet::with_capacity_and_hasher(toks.len() / 2, Default::default());
        // Neighbours are tested by their first letter alone (cheap, per token).
        let caps_at = |k: usize| {
            toks.get(k)
                .is_some_and(|n| n.word && text.get(n.start..n.end).is_some_and(starts_upper))
        };
        for (i, t) in toks.iter().enumerate().filter(|(_, t)| t.word) {
            let word = text.get(t.start..t.end).unwrap_or("");
            let Some(key) = lower.get(i).map(|w| w.as_ref()) else {
                continue;
            };
            if !is_capitalised(word) {
                lower_seen.insert(key);
                continue;
            }
            let entry = caps.entry(key).or_default();
            entry.count += 1;
            let next_caps = caps_at(i + 1);
            // Not inside a longer name: "Stock" in "New York Stock Exchange"
            // says nothing about "Stock markets"; "Apple" in "Apple
            // Computer" does for "Apple unveils".
            if !(next_caps && i > 0 && caps_at(i - 1)) {
                let next = lower.get(i + 1).map_or("", |w| w.as_ref());
                match entry.next {
                    Some(first) => entry.varied |= first != next,
                    None => entry.next = Some(next),
                }
            }
            if !weak[i] {
                entry.strong = true;
                let glued = toks.get(i + 1).is_some_and(|n| n.start == t.end + 1);
                entry.tail |= !(next_caps && glued);
            }
        }
        let mut doc = Doc {
            text,
            toks,
            lower,
            weak,
            headline,
            caps,
            lower_seen,
            name_like: Vec::new(),
        };
        // Asked many times per token while chunking: decided once.
        doc.name_like = (0..doc.toks.len())
            .map(|i| doc.decide_name_like(i))
            .collect();
        doc
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word) && self.word(i) == p
    }

    /// Whether token `i` directly follows token `i - 1` on the same line.
    fn same_line(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.newline_before)
    }

    /// Whether token `i` continues the sentence of token `i - 1` on its line:
    /// "in the U.S. Jobs also noted" is two sentences, two names.
    fn same_sentence(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.newline_before && !t.sentence_start)
    }

    /// Whether a word can be part of a name by its own shape and the article.
    fn name_like(&self, i: usize) -> bool {
        self.name_like.get(i).copied().unwrap_or(false)
    }

    fn decide_name_like(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let word = self.word(i);
        let lower = self.lower(i);
        if word.chars().count() < 2 || !is_capitalised(word) {
            return false;
        }
        // "I'm", "We've": contractions of pronouns.
        if let Some((head, _)) = lower.split_once(['\'', '’']) {
            if is_function(head) {
                return false;
            }
        }
        // "Damascus-based", "U.S.-backed": adjectives made from names.
        if [
            "-based",
            "-backed",
            "-led",
            "-born",
            "-held",
            "-controlled",
            "-run",
            "-style",
        ]
        .iter()
        .any(|s| lower.ends_with(s))
        {
            return false;
        }
        if is_time_word(lower) && !self.month_as_name(i) {
            return false;
        }
        // "TV", "GHz", "No. 1": common nouns and units in capitals.
        let odd_caps = word.ends_with('.') || word.chars().skip(1).any(char::is_uppercase);
        if lower.len() <= 6 && odd_caps && is_common_caps(lower) && !title_word(lower) {
            return false;
        }
        // "US$199", "US $5.41", "US dollars": a country in a currency.
        if self.currency_after(i) {
            return false;
        }
        if is_acronym(word) {
            return true;
        }
        if is_function(lower) {
            return false;
        }
        if !self.weak[i] {
            return true;
        }
        // A word alone at the start ("Stock markets fell") needs to be seen
        // alone or ending a name mid-sentence; one opening a longer name
        // ("Stock Exchange officials") may borrow any mid-sentence capital.
        let next_caps =
            self.is_word(i + 1) && self.same_sentence(i + 1) && is_capitalised(self.word(i + 1));
        let seen = self
            .caps
            .get(lower)
            .is_some_and(|c| if next_caps { c.strong } else { c.tail });
        let known = seen
            || is_given_name(lower)
            || is_known_place(lower)
            || title_word(lower)
            || self.in_known_place(i);
        let known = known && (seen || !self.lower_seen.contains(lower));
        known || self.subject_of_verb(i)
    }

    /// Whether the month abbreviation at `i` is a name word instead ("Jan
    /// Novak", "Mar del Plata"): a month in a date has a number beside it
    /// ("Jan 5", "5 Jan", "Jan. 5"); full month names are always months.
    fn month_as_name(&self, i: usize) -> bool {
        if words::month_abbreviation(self.lower(i)).is_none() {
            return false;
        }
        let number =
            |k: usize| self.is_word(k) && self.word(k).starts_with(|c: char| c.is_ascii_digit());
        let after = if self.is_punct(i + 1, ".") {
            i + 2
        } else {
            i + 1
        };
        let next_name = self.is_word(i + 1)
            && (starts_upper(self.word(i + 1)) || is_particle(self.lower(i + 1)));
        next_name && !number(after) && !number(i.wrapping_sub(1))
    }

    /// Whether token `i` is a word of a listed place of two or three words
    /// ("United States" opening a headline).
    fn in_known_place(&self, i: usize) -> bool {
        if !in_multiword_place(self.lower(i)) {
            return false;
        }
        (2..=3).any(|len: usize| {
            (i.saturating_sub(len - 1)..=i).any(|a| {
                let b = a + len - 1;
                (a..=b).all(|k| self.is_word(k) && starts_upper(self.word(k)))
                    && (a + 1..=b).all(|k| self.same_sentence(k))
                    && is_known_place(&(a..=b).map(|k| self.lower(k)).collect::<Vec<_>>().join(" "))
            })
        })
    }

    /// Whether the word at `i` names a currency with the dollar sign after
    /// it ("US$199", "US $5.41"); "the US dollar" keeps its country.
    fn currency_after(&self, i: usize) -> bool {
        let next = i + 1;
        let glued = self
            .toks
            .get(next)
            .is_some_and(|t| t.start == self.toks[i].end);
        let dollar_sign = self.is_punct(next, "$")
            && (glued
                || self
                    .word(next + 1)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit()));
        dollar_sign
    }

    /// A sentence-initial word the article never writes in lower case,
    /// followed by a singular verb: "Apple launches …", "Cisco sues …".
    /// Plural nouns opening a sentence ("Corpses fill …") take no -s; the
    /// word must come back capitalised elsewhere ("Doomsday is …" once is not
    /// enough).
    fn subject_of_verb(&self, i: usize) -> bool {
        let lower = self.lower(i);
        let Some(caps) = self.caps.get(lower).filter(|c| c.count >= 2) else {
            return false;
        };
        let next = self.lower(i + 1);
        // A word in -s after it may be a plural noun instead ("Stock markets
        // fall" in the headline and again in the lead): the capitalised word
        // must come back before some other word too.
        let varied = caps.varied;
        let verb = matches!(next, "has" | "is" | "was" | "said" | "says" | "will")
            || (next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && !next.ends_with("us")
                && !is_function(next)
                && varied);
        self.is_word(i + 1)
            && self.same_line(i + 1)
            && !starts_upper(self.word(i + 1))
            && verb
            && !self.lower_seen.contains(lower)
            && !title_word(lower)
            && !is_role(lower)
            && !is_demonym(lower)
            && !["s", "ing", "ed", "ly"].iter().any(|s| lower.ends_with(s))
    }

    /// A weak capitalised word just before a name that may still belong to
    /// it ("Bilal" in "Bilal Abdul Kareem" opening a paragraph).
    fn may_prepend(&self, i: usize, headed: bool) -> bool {
        let word = self.word(i);
        let lower = self.lower(i);
        self.is_word(i)
            && self.weak[i]
            && !self.headline[i]
            && !title_word(lower)
            && !is_demonym(lower)
            && starts_upper(word)
            && !is_function(lower)
            && !is_time_word(lower)
            && (headed || !self.lower_seen.contains(lower))
            && !["ing", "ed", "ly"].iter().any(|s| lower.ends_with(s))
    }

    /// The last token of a run of name words starting at `i`, if any.
    fn run_end(&self, i: usize) -> Option<usize> {
        if !self.name_like(i) || !self.same_sentence(i) {
            return None;
        }
        let mut end = i;
        while self.name_like(end + 1) && self.same_sentence(end + 1) {
            end += 1;
        }
        Some(end)
    }

    /// Chunks of name words, as (first, last) token indices.
    fn chunks(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.name_like(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i;
            let mut has_connector = false;
            loop {
                let j = end + 1;
                if j >= n || !self.same_sentence(j) {
                    break;
                }
                // "Apple Inc. Steve Jobs": a company suffix ends the name.
                if matches!(
                    self.lower(end),
                    "inc." | "corp." | "ltd." | "llc" | "plc" | "co."
                ) {
                    break;
                }
                if self.name_like(j) {
                    end = j;
                    continue;
                }
                let conn = self.lower(j);
                // "bin", "de", "van" between two name words.
                if self.is_word(j)
                    && is_particle(conn)
                    && self.name_like(j + 1)
                    && self.same_sentence(j + 1)
                {
                    end = j + 1;
                    continue;
                }
                let ampersand = self.is_punct(j, "&");
                let connector = ampersand
                    || (self.is_word(j)
                        && matches!(conn, "of" | "for" | "and" | "on")
                        && !starts_upper(self.word(j)));
                let connector = connector
                    || (self.is_word(j)
                        && matches!(conn, "without" | "of" | "for" | "and" | "the")
                        && !self.weak[j]);
                if !connector {
                    break;
                }
                let mut k = j + 1;
                if self.lower(k) == "the" && !ampersand {
                    k += 1;
                }
                let Some(run) = self.run_end(k) else { break };
                // "Bank of …", "Secretary of State": the word before "of" is the
                // head; "Shinzo Abe of Japan" is a person and a place.
                let left = self.lower(end);
                let left_head = is_org_head(left) || is_place_head(left) || title_word(left);
                let ok = match conn {
                    _ if ampersand => true,
                    "and" => has_connector && is_org_head(self.lower(run)),
                    "without" | "the" => starts_upper(self.word(j)),
                    _ => left_head,
                };
                if !ok {
                    break;
                }
                has_connector |= matches!(conn, "of" | "for");
                end = run;
            }
            // "Human Rights Watch", "Abdulkafi Alhamdo" opening a sentence: an
            // unknown capitalised first word joins the name right after it.
            let headed = is_org_head(self.lower(end)) || is_place_head(self.lower(end));
            let start =
                if start > 0 && self.same_sentence(start) && self.may_prepend(start - 1, headed) {
                    start - 1
                } else {
                    start
                };
            // "Bank of America" opening a sentence: the weak head before "of"
            // still leads the name.
            let start = if start >= 2
                && self.same_sentence(start)
                && self.same_sentence(start - 1)
                && self.lower(start - 1) == "of"
                && self.weak.get(start - 2).copied().unwrap_or(false)
                && starts_upper(self.word(start - 2))
                && (is_org_head(self.lower(start - 2)) || is_place_head(self.lower(start - 2)))
            {
                start - 2
            } else {
                start
            };
            out.push((start, end));
            i = end + 1;
        }
        out
    }

    /// Candidates without the stock indices: names the article puts before
    /// "index" or "average" ("the Merval 25 index", "the Dow Jones industrial
    /// average") and the indices every market report names ("the DAX"),
    /// also with a nationality before them ("the German DAX").
    fn drop_indices(&self, mut cands: Vec<Cand>) -> Vec<Cand> {
        let core_first = |c: &Cand| {
            let mut k = c.first;
            while k < c.last && is_demonym(self.lower(k)) {
                k += 1;
            }
            k
        };
        let core = |c: &Cand| {
            (core_first(c)..=c.last)
                .map(|k| self.lower(k))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut indices: HashSet<String> = HashSet::default();
        for c in &cands {
            let mut k = c.last + 1;
            // "Standard & Poor's 500 index"
            if !self.is_word(k) && matches!(self.lower(k), "'s" | "’s") {
                k += 1;
            }
            if self.is_word(k) && self.word(k).bytes().all(|b| b.is_ascii_digit()) {
                k += 1;
            }
            if matches!(self.lower(k), "stock" | "industrial" | "share") {
                k += 1;
            }
            if self.is_word(k) && is_index_noun(self.lower(k)) {
                indices.insert(core(c));
            }
        }
        // "The primary UK index", "United States stock indexes": a country
        // before "index" stays a country.
        indices.retain(|n| !is_known_place(n) && !is_place_acronym(n) && !is_demonym(n));
        cands.retain(|c| {
            // Most names start with no index word: no string built for them.
            if indices.is_empty() && !starts_stock_index(self.lower(core_first(c))) {
                return true;
            }
            let name = core(c);
            !is_stock_index(&name) && !indices.contains(&name)
        });
        cands
    }

    /// Candidates without the terms the article sets off as such: a name
    /// that every time stands alone inside quote marks (“Iron Resolve”,
    /// ‘Le Grand Départ’) or after "so-called" is a slogan, a title of a work
    /// or a term, not a person, organisation or place.
    fn drop_quoted_terms(&self, mut cands: Vec<Cand>) -> Vec<Cand> {
        let glued = |a: usize, b: usize| matches!((self.toks.get(a), self.toks.get(b)), (Some(x), Some(y)) if x.end == y.start);
        let opening = |k: usize| {
            matches!(self.word(k), "“" | "‘" | "\"" | "'" | "«")
                && !self.is_word(k)
                && glued(k, k + 1)
        };
        let closing = |k: usize| {
            matches!(self.word(k), "”" | "’" | "\"" | "'" | "»")
                && !self.is_word(k)
                && glued(k - 1, k)
        };
        // A given name alone in quote marks is how outlets mark a source's
        // changed name (“Pauline”); it stays a person.
        let set_off = |c: &Cand| {
            let before = c.chunk_first.wrapping_sub(1);
            let pseudonym = c.first == c.last && is_given_name(self.lower(c.first));
            (c.chunk_first > 0 && opening(before) && closing(c.last + 1) && !pseudonym)
                || self.lower(before) == "so-called"
        };
        // Most articles set off no name at all: nothing to count then.
        if !cands.iter().any(set_off) {
            return cands;
        }
        let mut plain_use: HashSet<String> = HashSet::default();
        for c in cands.iter().filter(|c| !set_off(c)) {
            plain_use.insert(c.name.to_lowercase());
        }
        cands.retain(|c| !set_off(c) || plain_use.contains(&c.name.to_lowercase()));
        cands
    }

    /// Name candidates with titles stripped and the votes of their own words.
    fn candidates(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        for (first, last) in self.chunks() {
            let parts = match self.leading_place(first, last) {
                Some(split) => vec![(first, split), (split + 1, last)],
                None => vec![(first, last)],
            };
            for (a, b) in parts {
                // "Apple CEO Steve Jobs": the organisation before the title
                // is a name of its own.
                if let Some((pa, pb)) = self.title_prefix(a, b) {
                    if let Some(mut c) = self.candidate(pa, pb) {
                        c.votes[ORG] += 2;
                        out.push(c);
                    }
                }
                if let Some(c) = self.candidate(a, b) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The name words before a title that `candidate` moves into a
    /// person's description ("Apple" in "Apple CEO Steve Jobs", "Apple" in
    /// "the Apple Chief Executive Officer"), without a leading "Former".
    fn title_prefix(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // A prefix needs a word before the title.
        if b == a {
            return None;
        }
        let t = (a + 1..=b).find(|&t| self.is_title_at(t, b))?;
        let mut e = t;
        while e < b && (title_word(self.lower(e + 1)) || is_title_complement(self.lower(e + 1))) {
            e += 1;
        }
        let stripped = e >= b
            || !((e + 1..=b).any(|k| is_org_head(self.lower(k)))
                || matches!(self.lower(e), "of" | "for" | "the"));
        let mut pa = a;
        while pa < t && (is_title_complement(self.lower(pa)) || is_demonym(self.lower(pa))) {
            pa += 1;
        }
        (stripped && pa < t).then(|| (pa, t - 1))
    }

    /// Where a country or city at the head of a chunk ends when a person or
    /// a public body follows it: "United States Barack Obama", "US Federal
    /// Reserve" (but "New York Times" and "China Eastern" stay whole).
    fn leading_place(&self, first: usize, last: usize) -> Option<usize> {
        (first..last.min(first + 3)).rev().find(|&end| {
            let name: Vec<&str> = (first..=end).map(|k| self.lower(k)).collect();
            let name = name.join(" ");
            let place = is_known_place(&name) || is_place_acronym(&name);
            let rest = last - end;
            let next = self.lower(end + 1);
            let person = rest >= 2 && is_given_name(next);
            let body = rest >= 2
                && matches!(
                    next,
                    "federal"
                        | "supreme"
                        | "department"
                        | "ministry"
                        | "bankruptcy"
                        | "district"
                        | "embassy"
                        | "consulate"
                        | "senate"
                        | "congress"
                        | "parliament"
                );
            place && (person || body)
        })
    }

    fn candidate(&self, chunk_first: usize, last: usize) -> Option<Cand> {
        let mut first = chunk_first;
        let mut description = Vec::new();
        let mut votes = [0; 3];
        // Titles: "Syrian President Bashar …", "Lt.-Gen. …", "Secretary of State …".
        if let Some(t) = (chunk_first..=last).find(|&t| self.is_title_at(t, last)) {
            let mut e = t;
            while e < last
                && (title_word(self.lower(e + 1))
                    || is_title_complement(self.lower(e + 1))
                    || is_demonym(self.lower(e + 1)))
            {
                e += 1;
            }
            if e >= last {
                return None;
            }
            let rest_is_org = (e + 1..=last).any(|k| is_org_head(self.lower(k)));
            // "Minister for Foreign Affairs Jane Roe": the title's object
            // ends where a given name starts a name of two words or more.
            let holder = (e + 2..last).find(|&k| {
                is_given_name(self.lower(k))
                    && starts_upper(self.word(k))
                    && !is_org_head(self.lower(last))
            });
            if let (true, Some(k)) = (matches!(self.lower(e), "of" | "for"), holder) {
                description.push(self.slice(chunk_first, k - 1));
                first = k;
                votes[PERSON] += 3;
            } else if matches!(self.lower(e), "of" | "for" | "the") {
                // "Prime Minister of Canada", "CEO of the Union of …": the title
                // is someone else's; what follows is a place or an organisation.
                first = e + 1;
            } else if !rest_is_org {
                description.push(self.slice(chunk_first, e));
                first = e + 1;
                votes[PERSON] += 3;
            }
        }
        // "Fellow Briton Mark Cavendish", "Australian Jane Roe": a
        // nationality before a name of two words or more describes a person;
        // one that heads an organisation ("Danish Cycling Federation") or a
        // place stays in the name.
        let mut k = first;
        while k < last && (is_nationality(self.lower(k)) || self.lower(k) == "fellow") {
            k += 1;
        }
        let rest_headed = (k..=last).any(|j| {
            let w = self.lower(j);
            is_org_head(w) || is_place_head(w) || is_misc_head(w)
        });
        // An adjective alone ("British Grand Prix", "Italian Tour …") is
        // stripped only before a given name; a noun ("Briton", "Frenchman")
        // or "fellow" always names the person who follows.
        let noun = (first..k).any(|j| {
            let w = self.lower(j);
            w == "fellow" || is_nationality_noun(w)
        });
        if k > first && last > k && !rest_headed && (noun || is_given_name(self.lower(k))) {
            description.push(self.slice(first, k - 1));
            votes[PERSON] += 2;
            first = k;
        }
        // Model codes name products, not their makers: "Airbus A380" is the
        // maker "Airbus"; "A380", "KC-45" or "WPA2" alone is no name.
        let mut last = last;
        while last > first && is_model_code(self.word(last)) {
            last -= 1;
        }
        if is_model_code(self.word(last)) {
            return None;
        }
        // A leading "Former" or demonym alone before a person is not part of the name.
        let words: Vec<&str> = (first..=last).map(|k| self.lower(k)).collect();
        let acronym = first == last && is_acronym(self.word(first));
        let all_adjectives = !acronym
            && words.iter().all(|w| {
                w.split('-').all(|p| is_demonym(p) || is_direction(p))
                    || is_function(w)
                    || is_time_word(w)
                    || is_creed(w)
            });
        if all_adjectives || words.iter().all(|w| w.chars().all(|c| !c.is_alphabetic())) {
            return None;
        }
        // "UN Emergency Relief Coordinator and …": a capitalised phrase
        // ending in a role noun with no name after it is a title, not a name.
        if words.len() >= 2 && words.last().is_some_and(|w| is_role(w)) {
            return None;
        }
        // "World War II", "Vatican II": a numbered event.
        let numbered = words.len() >= 2
            && matches!(*words.last().unwrap_or(&""), "i" | "ii" | "iii" | "iv")
            && is_misc_head(words[words.len() - 2]);
        if words.last().is_some_and(|w| is_misc_head(w)) || numbered {
            return None;
        }
        if words.len() == 1 {
            let w = words[0];
            let raw = self.word(first);
            // A nationality alone ("the latter Belgian", "the Frenchmen") is
            // no name.
            if title_word(w) || is_role(w) || is_nationality(w) || raw.chars().count() < 2 {
                return None;
            }
            // "U.S.-Russia talks", "Israel-Gaza war": two places joined
            // before a noun describe that noun ("Guinea-Bissau" is listed).
            let place_part = |p: &str| is_known_place(p) || is_place_acronym(p);
            if w.contains('-')
                && !place_part(w)
                && w.split('-').all(place_part)
                && self.is_word(last + 1)
                && !starts_upper(self.word(last + 1))
            {
                return None;
            }
            // "in Free X", "Grand": a descriptive adjective alone is no name
            // ("United", a club or an airline, is).
            if is_name_adjective(w) && w != "united" {
                return None;
            }
            // "the Peronist vote", "Marxists": adjectives and
            // followers of a creed name no one.
            if is_follower_word(w) && !is_given_name(w) && !is_known_place(w) {
                return None;
            }
            // "Free" in "in Free Mosul": a word the article also writes in
            // lower case is a common word, unless a list or its capitals say otherwise.
            let listed = is_known_place(w) || is_given_name(w) || is_acronym(raw);
            if self.lower_seen.contains(w) && !listed {
                return None;
            }
            // "Romanian officials", "Taiwanese airline": adjectives of nationality.
            let adjective_form = w.len() >= 7 && (w.ends_with("ian") || w.ends_with("ese"));
            let next = self.word(last + 1);
            let before_noun = self.is_word(last + 1)
                && !starts_upper(next)
                && !is_function(self.lower(last + 1))
                && !is_speech_verb(self.lower(last + 1));
            if adjective_form && before_noun && !listed {
                return None;
            }
            if raw
                .chars()
                .all(|c| c.is_ascii_digit() || !c.is_alphabetic())
            {
                return None;
            }
        }
        // Strip a leading particle-less "The" chunk start: never a name word.
        let span = Span::new(self.toks[first].start, self.toks[last].end);
        let name = collapse_spaces(span.slice(self.text));
        let mut cand = Cand {
            first,
            last,
            chunk_first,
            span,
            name,
            description,
            votes,
            plain: false,
            person_shaped: false,
        };
        self.vote_words(&mut cand, &words);
        Some(cand)
    }

    /// Whether token `t` is a title before a name ending at `last`.
    fn is_title_at(&self, t: usize, last: usize) -> bool {
        let w = self.lower(t);
        if w == "general" || w == "major" {
            // "General Motors" is a company; a general needs a name of two words.
            return last >= t + 2 || self.lower(t.wrapping_sub(1)).starts_with("lieutenant");
        }
        title_word(w) && starts_upper(self.word(t))
    }

    fn slice(&self, first: usize, last: usize) -> String {
        let (Some(a), Some(b)) = (self.toks.get(first), self.toks.get(last)) else {
            return String::new();
        };
        collapse_spaces(self.text.get(a.start..b.end).unwrap_or(""))
    }

    /// Votes from the name's own words (`words`, lower case) and the
    /// shipped lists.
    fn vote_words(&self, c: &mut Cand, words: &[&str]) {
        // Most names are one word: no joined copy for them.
        let lower_name: Cow<str> = match words {
            [one] => Cow::Borrowed(one),
            _ => Cow::Owned(words.join(" ")),
        };
        let last = words.last().copied().unwrap_or("");
        let raw_first = self.word(c.first);
        if is_known_place(&lower_name) || is_place_acronym(&lower_name) {
            c.votes[PLACE] += 5;
        } else if words.len() >= 2
            && is_direction(words[0])
            && (is_known_place(&words[1..].join(" ")) || words.len() == 2)
        {
            c.votes[PLACE] += 3;
        }
        if is_org_head(last) {
            c.votes[ORG] += 3;
        } else if words.iter().any(|w| is_org_head(w)) {
            c.votes[ORG] += 2;
        }
        if is_place_head(last) && words.len() >= 2 {
            c.votes[PLACE] += 3;
        }
        // "Port de Balès", "Col du Tourmalet", "Lake of the Woods": a place
        // head before "of"/"de" (weaker than an organisation's own head:
        // "Port Authority of …").
        if words.len() >= 3
            && (is_place_head(words[0]) || matches!(words[0], "col" | "mont" | "lac" | "pont"))
            && matches!(
                words[1],
                "of" | "de" | "du" | "des" | "del" | "della" | "di"
            )
        {
            c.votes[PLACE] += 2;
        }
        // "Jabhat al-Nusra", "Harakat …": an Arabic head word opens the name.
        if words.len() >= 2 && is_arabic_org_head(words[0]) {
            c.votes[ORG] += 3;
        }
        if words.len() == 1 && is_acronym(raw_first) && !is_place_acronym(last) {
            c.votes[ORG] += 2;
        }
        if words.len() >= 2 && is_given_name(words[0]) {
            c.votes[PERSON] += 2;
        } else if words.len() == 1 && is_given_name(words[0]) {
            c.votes[PERSON] += 1;
        }
        let arabic = words.iter().enumerate().any(|(k, w)| {
            (k > 0 && is_particle_prefixed(self.word(c.first + k)))
                || matches!(*w, "abu" | "abdul" | "bin" | "ibn" | "umm" | "abd")
        });
        if words.len() >= 2 && arabic {
            c.votes[PERSON] += 1;
        }
        // Two to four capitalised words with no other sign, none of them an
        // adjective or a word the article also writes in lower case: most
        // often a person.
        let plain = !is_demonym(words[0])
            && words
                .iter()
                .all(|w| !self.lower_seen.contains(*w) || is_particle(w) || is_given_name(w));
        // And shaped like a person's name: a known given name first, an
        // initial ("J. Smith", "Lewis W. Teperman") or the particles of an
        // Arabic name. "Snow Leopard", "Best Buy" and "Cingular Wireless"
        // are not; they default to organisations.
        let initial = (c.first..=c.last).any(|k| {
            let w = self.word(k);
            w.len() == 2 && w.ends_with('.') && starts_upper(w)
        });
        let person_shaped = is_given_name(words[0]) || initial || arabic;
        c.plain = (2..=4).contains(&words.len()) && plain;
        c.person_shaped = person_shaped;
    }

    /// Votes from the words around each candidate, and descriptions from
    /// pre-name roles and appositions.
    fn vote_context(&self, cands: &mut [Cand]) {
        for c in cands.iter_mut() {
            let before = c.chunk_first.wrapping_sub(1);
            let after = c.last + 1;
            let next = self.lower(after);
            // "the X district", "X province"
            if self.is_word(after) && !starts_upper(self.word(after)) {
                if is_place_noun(next) {
                    c.votes[PLACE] += 3;
                } else if is_org_noun(next) {
                    c.votes[ORG] += 1;
                }
            }
            // "in X", "in the X", "the city of X"
            let prev = self.lower(before);
            let prev2 = self.lower(before.wrapping_sub(1));
            // "in Jobs' absence", "in Obama's speech": the owner is no place.
            let possessive =
                matches!(self.word(after), "'" | "’" | "'s" | "’s") && !self.is_word(after);
            if (self.is_word(before) && is_place_preposition(prev)
                || (prev == "the" && is_place_preposition(prev2)))
                && !possessive
            {
                c.votes[PLACE] += 2;
            }
            if prev == "of" && is_place_noun(prev2) {
                c.votes[PLACE] += 3;
            }
            // "the Dolomites area of the Alps": an area noun before "of the"
            // (not "the front of the X", "the base of the X").
            const AREAS: &[&str] = &[
                "area",
                "areas",
                "region",
                "district",
                "province",
                "city",
                "town",
                "village",
                "valley",
                "coast",
                "outskirts",
                "suburbs",
                "heart",
            ];
            if prev == "the" && prev2 == "of" && AREAS.contains(&self.lower(before.wrapping_sub(2)))
            {
                c.votes[PLACE] += 3;
            }
            // "the French town Compiègne": a settlement noun right before the name.
            if matches!(
                prev,
                "town" | "city" | "village" | "suburb" | "province" | "county" | "district"
            ) && self.is_word(before)
                && !starts_upper(self.word(before))
            {
                c.votes[PLACE] += 3;
            }
            // "Jane Roe of Portugal", "Jane Roe (Portugal)": a country after a
            // name of two words or more is where a person comes from ("Bank
            // of America" is one chunk and never gets here).
            if c.last > c.first && !(c.first..=c.last).any(|k| is_org_head(self.lower(k))) {
                let country = |k: usize| {
                    self.is_word(k) && starts_upper(self.word(k)) && is_known_place(self.lower(k))
                };
                let of_country = next == "of"
                    && country(after + 1)
                    && !(self.is_word(after + 2) && starts_upper(self.word(after + 2)));
                let bracketed = self.is_punct(after, "(")
                    && country(after + 1)
                    && self.is_punct(after + 2, ")");
                if of_country || bracketed {
                    c.votes[PERSON] += 2;
                }
            }
            // "the 25-year-old Jane Roe", "seven year old Jane"
            if self.lower(before).ends_with("-year-old") {
                c.votes[PERSON] += 3;
                c.description.push(self.slice(before, before));
            } else if prev == "old" && matches!(prev2, "year" | "years") && self.is_word(before) {
                c.votes[PERSON] += 3;
                let number = before.saturating_sub(2);
                let from = if self.is_word(number) {
                    number
                } else {
                    before - 1
                };
                c.description.push(self.slice(from, before));
            }
            // "east Kivu", "northern Mali": a compass word in lower case
            // before a name places it.
            if self.is_word(before)
                && !starts_upper(self.word(before))
                && is_direction(prev)
                && !matches!(prev, "upper" | "lower" | "greater" | "old")
            {
                c.votes[PLACE] += 3;
            }
            // "out of X"
            if prev == "of" && prev2 == "out" {
                c.votes[PLACE] += 2;
            }
            // "another ancient city, X,": a settlement noun and a comma
            // before the name, and the apposition closing after it ("In the
            // city, X opened a store" is a subject, not an apposition).
            if self.is_punct(before, ",")
                && matches!(
                    prev2,
                    "city" | "town" | "village" | "capital" | "country" | "province" | "region"
                )
                && !self.is_word(after)
                && matches!(self.word(after), "," | "." | ";" | ")" | "—" | "–")
            {
                c.votes[PLACE] += 3;
            }
            // "forces such as X", "cities such as X", "leaders such as X":
            // the plural noun before "such as" gives the kind.
            if prev == "as" && prev2 == "such" {
                if let Some(kind) = plural_kind(self.lower(before.wrapping_sub(2))) {
                    c.votes[kind] += 3;
                }
            }
            // "the Daily …", "the White …": people go without an article.
            if prev == "the" && c.last > c.first {
                c.votes[ORG] += 1;
            }
            // "Obama said he …" / "Boeing said it …": the pronoun after a
            // speech verb tells a person from an organisation.
            if is_speech_verb(next) {
                let pronoun = (after + 1..after + 5)
                    .take_while(|&k| self.is_word(k) && self.same_line(k))
                    .find_map(|k| match self.lower(k) {
                        "he" | "she" | "his" | "her" | "him" => Some(PERSON),
                        "it" | "its" => Some(ORG),
                        _ => None,
                    });
                if let Some(kind) = pronoun {
                    c.votes[kind] += 1;
                }
            }
            // "dentist Salim …", "East Mosul dentist Salim …"
            // A capitalised title the chunk left out (it opened the sentence:
            // "President Obama has …") also counts.
            let opening_title = self.weak.get(before).copied().unwrap_or(false)
                && starts_upper(self.word(before))
                && title_word(prev);
            if self.is_word(before)
                && (opening_title || is_role(prev) && !starts_upper(self.word(before)))
            {
                c.votes[PERSON] += 3;
                let mut k = before;
                let mut steps = 0;
                while k > 0 && steps < 4 {
                    let p = k - 1;
                    let w = self.lower(p);
                    let ok = self.is_word(p)
                        && self.same_line(k)
                        && !is_function(w)
                        && !is_speech_verb(w)
                        && !is_time_word(w);
                    if !ok {
                        break;
                    }
                    k = p;
                    steps += 1;
                }
                c.description.push(self.slice(k, before));
            }
            // "Salah …, a city media spokesman," / "Renad Mansour, 26,"
            if self.is_punct(after, ",") {
                if let Some((desc, kind)) = self.apposition(after + 1) {
                    c.description.push(desc);
                    if let Some(kind) = kind {
                        c.votes[kind] += 3;
                    }
                }
            }
        }
        self.vote_lists(cands);
        self.vote_regions(cands);
    }

    /// "Canterbury, Kent.", "Paris, Texas,": a single word with nothing
    /// known of it, set after a place and a comma and closing the clause, is
    /// the region that place lies in.
    fn vote_regions(&self, cands: &mut [Cand]) {
        for idx in 1..cands.len() {
            let (head, tail) = cands.split_at_mut(idx);
            let (place, c) = (&head[idx - 1], &mut tail[0]);
            let v = place.votes;
            let is_place = v[PLACE] >= 2 && v[PLACE] > v[PERSON] && v[PLACE] > v[ORG];
            let closes = !self.is_word(c.last + 1)
                && matches!(self.word(c.last + 1), "." | "," | ";" | ")" | ":")
                || c.last + 1 >= self.toks.len()
                || !self.same_line(c.last + 1);
            if is_place
                && c.first == c.last
                && c.chunk_first == place.last + 2
                && self.is_punct(place.last + 1, ",")
                && c.votes == [0; 3]
                && closes
            {
                c.votes[PLACE] += 2;
            }
        }
    }

    /// Names in one list ("X, Y and Z", "X as well as Y") share the kind the
    /// list shows clearly: "al-Jadida and al-Zuhur" after "Bab al-Tob, al-Faisaliya".
    fn vote_lists(&self, cands: &mut [Cand]) {
        let mut group_start = 0;
        let mut conjunction = false;
        for idx in 0..=cands.len() {
            let sep = (idx > 0 && idx < cands.len())
                .then(|| self.list_separator(cands[idx - 1].last + 1, cands[idx].chunk_first))
                .flatten();
            if let Some(with_conjunction) = sep {
                conjunction |= with_conjunction;
                continue;
            }
            let group = &mut cands[group_start..idx];
            group_start = idx;
            // A comma alone may open an apposition; a list needs "and" or "or".
            if group.len() < 2 || !std::mem::take(&mut conjunction) {
                continue;
            }
            let mut strong = [0; 3];
            for c in group.iter() {
                for (s, v) in strong.iter_mut().zip(c.votes) {
                    *s = (*s).max(v);
                }
            }
            let best = (0..3).max_by_key(|&k| (strong[k], 2 - k)).unwrap_or(PERSON);
            let clear = strong[best] >= 3 && (0..3).all(|k| k == best || strong[k] < 3);
            if clear {
                for c in group.iter_mut() {
                    if c.votes.iter().all(|&v| v < 3) {
                        c.votes[best] += 2;
                    }
                }
            } else if best == PLACE && strong[PLACE] >= 2 && strong[PERSON] + strong[ORG] == 0 {
                // "via Carcassonne, Limoux and Quillan": a list led by a
                // place preposition and nothing else known is a list of places.
                for c in group.iter_mut().filter(|c| c.votes == [0; 3]) {
                    c.votes[PLACE] += 2;
                }
            }
        }
    }

    /// Whether the tokens from `from` up to (not including) `to` only join
    /// two items of a list, and whether they hold a conjunction.
    fn list_separator(&self, from: usize, to: usize) -> Option<bool> {
        if from >= to || to - from > 4 {
            return None;
        }
        let words: Vec<&str> = (from..to).map(|k| self.lower(k)).collect();
        match words.join(" ").as_str() {
            "," => Some(false),
            "and" | ", and" | "or" | ", or" | "as well as" | ", as well as" => Some(true),
            _ => None,
        }
    }

    /// The apposition starting at token `i`, with the kind it implies.
    fn apposition(&self, i: usize) -> Option<(String, Option<usize>)> {
        if i == 0 {
            return None;
        }
        const STOPS: &[&str] = &[
            "have", "has", "had", "said", "says", "is", "was", "were", "are", "will", "would",
            "told", "who", "which", "and", "but", "as", "when", "while", "where", "also", "can",
            "could", "did", "does", "do", "stated", "added",
        ];
        let head = self.lower(i);
        let number = self.word(i).chars().all(|c| c.is_ascii_digit()) && self.is_word(i);
        if !(matches!(head, "a" | "an" | "the") || is_role(head) || number) {
            return None;
        }
        if !self.is_word(i) || starts_upper(self.word(i)) && head != "the" {
            return None;
        }
        let mut end = i;
        let mut k = i + 1;
        while k < i + 12 && self.is_word(k) && self.same_line(k) && !STOPS.contains(&self.lower(k))
        {
            end = k;
            k += 1;
        }
        // The head noun must come early ("a city media spokesman"); the
        // phrase ends there unless a name follows ("director of Quds Hospital").
        // Words of a name inside the phrase do not count ("a former Grand
        // Tour cyclist").
        let inner_names = (i + 1..=end.min(i + 8))
            .filter(|&k| starts_upper(self.word(k)) || is_particle(self.lower(k)))
            .count();
        let window = i..=end.min(i + 4 + inner_names);
        let person_head = window.clone().rev().find(|&k| {
            let w = self.lower(k);
            is_role(w) || w.ends_with("-year-old")
        });
        let head_at = person_head.map(|k| (k, PERSON)).or_else(|| {
            window.clone().find_map(|k| {
                let w = self.lower(k);
                if is_org_noun(w) {
                    Some((k, ORG))
                } else if is_place_noun(w) {
                    Some((k, PLACE))
                } else {
                    None
                }
            })
        });
        let (head, kind) = match head_at {
            Some(h) => h,
            None if number => (i, PERSON),
            None => return None,
        };
        let mut stop = head;
        // "-year-old woman", "media activist": the noun right after the head belongs to it.
        while stop < end
            && (is_role(self.lower(stop + 1)) || self.lower(stop).ends_with("-year-old"))
        {
            stop += 1;
        }
        let prep = matches!(
            self.lower(stop + 1),
            "of" | "at" | "for" | "in" | "with" | "from"
        );
        let mut name_at = stop + 2;
        if self.lower(name_at) == "the" {
            name_at += 1;
        }
        if prep && stop < end && starts_upper(self.word(name_at)) && name_at <= end {
            stop = end;
        }
        Some((self.slice(i, stop), Some(kind)))
    }

    /// Kinds of multi-word names with no evidence: a company is shortened
    /// to its first word ("Northrop" for "Northrop Grumman"), a person to the
    /// last ("Papermaster"). Plain pairs shaped like a person's name are
    /// people; other plain pairs take the kind the article itself shows most
    /// (business news names companies, sports and world news people), and a
    /// plain pair listed with a person ("X, Y and Z") is a person too.
    fn default_kinds(&self, cands: &[Cand], kinds: &mut [Option<EntityKind>]) {
        let mut alone: HashMap<String, usize> = HashMap::default();
        for c in cands.iter().filter(|c| c.first == c.last) {
            *alone.entry(part_key(self.lower(c.first))).or_default() += 1;
        }
        let people_news = self.people_news(cands, kinds);
        let evidenced_person: Vec<bool> = cands
            .iter()
            .zip(kinds.iter())
            .map(|(c, k)| *k == Some(EntityKind::Person) || c.plain && c.person_shaped)
            .collect();
        let mut defaulted = vec![false; cands.len()];
        for ((c, kind), def) in cands.iter().zip(kinds.iter_mut()).zip(&mut defaulted) {
            if kind.is_some() || c.first == c.last {
                continue;
            }
            let count = |k: usize| alone.get(&part_key(self.lower(k))).copied().unwrap_or(0);
            let (first, last) = (count(c.first), count(c.last));
            let person_shaped = c.plain && c.person_shaped;
            *kind = if first > last {
                Some(EntityKind::Organization)
            } else if !person_shaped && self.adjective_first(c) {
                // "Big Ben", "Le Grand Départ": a landmark or an event, not
                // a person; with no evidence of what it is, no name at all.
                None
            } else if person_shaped || last > first {
                Some(EntityKind::Person)
            } else if c.plain {
                *def = true;
                Some(if people_news {
                    EntityKind::Person
                } else {
                    EntityKind::Organization
                })
            } else {
                None
            };
        }
        // Lists: "Jane Roe, Ada Quist and Lev Orn" are all people once one is.
        let mut group_start = 0;
        let mut conjunction = false;
        for idx in 0..=cands.len() {
            let sep = (idx > 0 && idx < cands.len())
                .then(|| self.list_separator(cands[idx - 1].last + 1, cands[idx].chunk_first))
                .flatten();
            if let Some(with_conjunction) = sep {
                conjunction |= with_conjunction;
                continue;
            }
            let range = group_start..idx;
            group_start = idx;
            if range.len() < 2 || !std::mem::take(&mut conjunction) {
                continue;
            }
            if range.clone().any(|k| evidenced_person[k]) {
                for k in range.filter(|&k| defaulted[k]) {
                    kinds[k] = Some(EntityKind::Person);
                }
            }
        }
    }

    /// Whether a name opens, after an article ("Le", "The"), with a
    /// descriptive adjective no given name is ("Big Ben", "Le Grand Départ"),
    /// and no given name follows ("Royal Marine Adam Sperry" is a person).
    fn adjective_first(&self, c: &Cand) -> bool {
        let mut k = c.first;
        if k < c.last && matches!(self.lower(k), "the" | "le" | "la" | "les" | "el" | "il") {
            k += 1;
        }
        is_name_adjective(self.lower(k)) && !(k..=c.last).any(|j| is_given_name(self.lower(j)))
    }

    /// Whether the article's names with evidence are mostly people: distinct
    /// names known as people (evidence or a given name) against those known
    /// as organisations.
    fn people_news(&self, cands: &[Cand], kinds: &[Option<EntityKind>]) -> bool {
        let mut seen: HashSet<&str> = HashSet::default();
        let (mut people, mut orgs) = (0usize, 0usize);
        for (c, kind) in cands.iter().zip(kinds) {
            let person = *kind == Some(EntityKind::Person) || c.plain && c.person_shaped;
            let org = *kind == Some(EntityKind::Organization);
            if (person || org) && seen.insert(c.name.as_str()) {
                if person {
                    people += 1;
                } else {
                    orgs += 1;
                }
            }
        }
        people >= PEOPLE_NEWS_MIN && people > orgs
    }

    /// `alias_of` for each candidate: acronyms, ", or" appositions and
    /// parts of a person's full name.
    fn aliases(
        &self,
        cands: &[Cand],
        kinds: &[Option<EntityKind>],
        evidenced: &[bool],
    ) -> Vec<Option<String>> {
        let mut alias: Vec<Option<String>> = vec![None; cands.len()];
        // Short forms defined in place: "Full Name (ACR)", "Full, or Other".
        let mut defined: HashMap<String, String> = HashMap::default();
        for w in cands.windows(2) {
            let (full, short) = (&w[0], &w[1]);
            let paren = self.is_punct(full.last + 1, "(")
                && short.first == full.last + 2
                && short.first == short.last
                && self.is_punct(short.last + 1, ")")
                && is_acronym(&short.name)
                && acronym_fits(&short.name, &full.name);
            let or = self.is_punct(full.last + 1, ",")
                && self.lower(full.last + 2) == "or"
                && short.chunk_first == full.last + 3
                && full.last > full.first;
            let known_as = (full.last + 1..short.chunk_first).all(|k| {
                matches!(
                    self.lower(k),
                    "," | "also" | "known" | "as" | "called" | "("
                )
            }) && self.lower(short.chunk_first.wrapping_sub(1)) == "as"
                && (self.lower(short.chunk_first.wrapping_sub(2)) == "known"
                    || self.lower(short.chunk_first.wrapping_sub(2)) == "called");
            if (paren || or || known_as) && !defined.contains_key(&short.name.to_lowercase()) {
                defined.insert(short.name.to_lowercase(), full.name.clone());
            }
        }
        // Parts of full person names: "Mansour" after "Renad Mansour".
        let mut part_of: HashMap<String, HashSet<&str>> = HashMap::default();
        // Full names known as people from evidence, and the family name of each.
        let mut sure: HashSet<&str> = HashSet::default();
        let mut family: HashMap<&str, String> = HashMap::default();
        for (idx, (c, kind)) in cands.iter().zip(kinds).enumerate() {
            if *kind != Some(EntityKind::Person) || c.last == c.first {
                continue;
            }
            if evidenced[idx] {
                sure.insert(c.name.as_str());
            }
            family.insert(c.name.as_str(), part_key(self.lower(c.last)));
            for k in c.first..=c.last {
                let key = part_key(self.lower(k));
                if key.chars().count() >= 2 && !is_particle(&key) {
                    part_of.entry(key).or_default().insert(c.name.as_str());
                }
            }
        }
        for (idx, c) in cands.iter().enumerate() {
            let lower_name = c.name.to_lowercase();
            if let Some(full) = defined.get(&lower_name) {
                if *full != c.name {
                    alias[idx] = Some(full.clone());
                }
                continue;
            }
            // A word that is a place or an organisation by its own evidence
            // ("Syria" beside "Syria Deeply") is not part of a person's name.
            if evidenced[idx] && kinds[idx] != Some(EntityKind::Person) {
                continue;
            }
            // Every word of the short form must belong to one and the same full name.
            let mut owner: Option<HashSet<&str>> = None;
            for k in c.first..=c.last {
                let key = part_key(self.lower(k));
                if is_particle(&key) {
                    continue;
                }
                let Some(names) = part_of.get(&key) else {
                    owner = Some(HashSet::default());
                    break;
                };
                owner = Some(match owner {
                    None => names.clone(),
                    Some(o) => o.intersection(names).copied().collect(),
                });
            }
            // "Donald Trump" inside "Donald Trump Jr." is another person.
            let generational = |full: &str| {
                full.split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III"))
            };
            let owners: Vec<&str> = owner
                .unwrap_or_default()
                .into_iter()
                .filter(|full| {
                    *full != c.name
                        && full.split_whitespace().count() > c.last - c.first + 1
                        && (c.first == c.last || !generational(full))
                })
                .collect();
            // A full name that is a person only by default ("Airbus A380")
            // lends its family name alone, never its first word.
            let single_family = c.first == c.last
                && owners
                    .first()
                    .and_then(|o| family.get(o))
                    .is_some_and(|f| *f == part_key(self.lower(c.first)));
            if let [owner] = owners.as_slice() {
                if sure.contains(owner) || single_family {
                    alias[idx] = Some(owner.to_string());
                }
            }
        }
        alias
    }
}

/// The kind a plural common noun stands for ("forces", "cities",
/// "leaders"), if any.
fn plural_kind(lower: &str) -> Option<usize> {
    let singular = if let Some(stem) = lower.strip_suffix("ies") {
        Cow::Owned(format!("{stem}y"))
    } else if let Some(stem) = lower.strip_suffix('s') {
        Cow::Borrowed(stem)
    } else {
        return matches!(lower, "people" | "men" | "women" | "children").then_some(PERSON);
    };
    let w = singular.as_ref();
    if matches!(w, "country" | "nation" | "place" | "state") || is_place_noun(w) {
        Some(PLACE)
    } else if is_org_noun(w) || is_org_head(w) {
        Some(ORG)
    } else if is_role(w) {
        Some(PERSON)
    } else {
        None
    }
}

/// A title word, also inside hyphenated titles ("Lieutenant-General").
fn title_word(lower: &str) -> bool {
    is_title(lower)
        || (lower.contains('-')
            && !is_particle_prefixed(lower)
            && lower.split('-').any(|p| {
                is_title(p) || is_title(&format!("{p}.")) || p == "general" || p == "gen."
            }))
}

/// The key of one name word for matching parts of a name: lower case,
/// Arabic article dropped ("al-Nassar" and "Nassar" agree).
fn part_key(lower: &str) -> String {
    let stripped = match lower.split_once('-') {
        Some((head, rest)) if is_particle(head) && head.len() <= 3 => rest,
        _ => lower,
    };
    stripped.to_string()
}

/// Whether an acronym plausibly abbreviates a full name: its first letter
/// starts one of the name's first two words.
fn acronym_fits(acronym: &str, full: &str) -> bool {
    let first = acronym.chars().find(|c| c.is_alphabetic());
    let initials: Vec<char> = full
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_uppercase)
        .collect();
    first.is_some_and(|f| initials.iter().take(2).any(|&i| i == f))
}

fn collapse_spaces(s: &str) -> String {
    // Most names hold single spaces only: one copy, no word vector.
    let plain = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && s.chars().all(|c| c == ' ' || !c.is_whitespace());
    if plain {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kind of each candidate: votes summed over every candidate with the
/// same name in the article, so one clear context names all mentions.
fn settle_kinds(cands: &[Cand]) -> Vec<Option<EntityKind>> {
    // One lower-cased key per candidate, built once.
    let keys: Vec<String> = cands.iter().map(|c| c.name.to_lowercase()).collect();
    let mut totals: HashMap<&str, [i32; 3]> = HashMap::default();
    for (c, key) in cands.iter().zip(&keys) {
        let t = totals.entry(key.as_str()).or_default();
        for (s, v) in t.iter_mut().zip(c.votes) {
            *s += v;
        }
    }
    keys.iter()
        .map(|key| {
            let t = totals.get(key.as_str()).copied().unwrap_or_default();
            let best = (0..3).max_by_key(|&k| (t[k], 2 - k))?;
            (t[best] > 0).then_some(match best {
                PERSON => EntityKind::Person,
                ORG => EntityKind::Organization,
                _ => EntityKind::Place,
            })
        })
        .collect()
}

fn build_mentions(
    article: &Article,
    cands: &[Cand],
    kinds: &[Option<EntityKind>],
    aliases: &[Option<String>],
) -> Vec<EntityMention> {
    // An alias takes the kind of the name it stands for.
    let kind_of_name: HashMap<&str, EntityKind> = cands
        .iter()
        .zip(kinds)
        .filter_map(|(c, k)| Some((c.name.as_str(), (*k)?)))
        .collect();
    let mut out = Vec::new();
    for ((c, kind), alias) in cands.iter().zip(kinds).zip(aliases) {
        let kind = match alias {
            Some(full) => kind_of_name.get(full.as_str()).copied().or(*kind),
            None => *kind,
        };
        let Some(kind) = kind else { continue };
        let mut description: Vec<String> = Vec::new();
        for d in &c.description {
            if !d.is_empty() && !description.contains(d) {
                description.push(d.clone());
            }
        }
        out.push(EntityMention {
            article: article.id,
            span: c.span,
            kind,
            name: c.name.clone(),
            description,
            alias_of: alias.clone(),
        });
    }
    out
}
