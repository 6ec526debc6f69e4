//! Spelling keys of name words, so that transliterations of one name meet:
//! "al-Masri"/"Masry", "Qassem"/"Kassem", "Fallujah"/"al-Faluja"/"Falujeh",
//! "Said"/"Saeed", while "Lina" and "Leila", or "Hassan" and "Hussein", stay
//! apart.
//!
//! Each word is folded to ASCII, lower-cased and stripped of an Arabic
//! article; common digraph variants are unified (kh→k, q→k, dh→z, ph→f,
//! ou/oo→u, ee→i), a final -a/-ah/-eh/-e is dropped (but the "-iya" of
//! "Masriya", however spelled, is kept apart from the "-i" of "Masri") and
//! doubled letters are collapsed. The *loose* key keeps the first letter and the consonants; two
//! words match when their loose keys are equal and their vowels agree
//! position by position, where "e" may stand for "a" or "i" (Ahmed/Ahmad,
//! Khateb/Khatib) and "o" is "u" (Omar/Umar).

/// Lower-case particles that are not part of a name's identity.
const PARTICLES: &[&str] = &[
    "al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "the", "of", "for", "and", "on", "de",
];

/// Ends the key of a word in the feminine "-iya" (never a letter of a word).
const NISBA: char = '#';

/// One name word, normalised for matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WordKey {
    /// The normalised spelling: first letter, then vowel classes and consonants.
    pub(crate) norm: String,
    /// The first letter and the consonants only.
    pub(crate) loose: String,
}

/// The words of a name that carry its identity, in order, each keyed.
/// Particles ("al", "of") are dropped; "al-" and attached "Al" prefixes of
/// words after the first are removed ("Alsaadi" = "al-Saadi" = "Saadi").
pub(crate) fn name_words(name: &str) -> Vec<WordKey> {
    let folded = deunicode::deunicode(name).to_lowercase();
    let folded = canonical_country(&folded).unwrap_or(&folded);
    let mut out = Vec::new();
    let several_words = folded.split_whitespace().nth(1).is_some();
    for (idx, raw) in folded.split_whitespace().enumerate() {
        let raw = raw
            .trim_end_matches("'s")
            .trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let mut word = match raw.split_once('-') {
            Some((head, rest)) if PARTICLES.contains(&head) => rest.to_string(),
            _ => raw.to_string(),
        };
        word.retain(|c| c.is_ascii_alphanumeric());
        if word.is_empty() || PARTICLES.contains(&word.as_str()) {
            continue;
        }
        // "Robert S. Mueller III" is "Robert S. Mueller"; "Jr." stays, since
        // a father and his son share the rest of the name.
        if idx > 0 && matches!(word.as_str(), "ii" | "iii" | "iv") {
            continue;
        }
        if idx > 0 {
            word = strip_attached_article(&word);
        } else if let Some(formal) = formal_given_name(&word).filter(|_| several_words) {
            // "Rick Gates" is "Richard Gates"; a lone "Bill" is no William.
            word = formal.to_string();
        }
        // "Eastern X" and "East X" name one place.
        for (adjective, noun) in [
            ("eastern", "east"),
            ("western", "west"),
            ("northern", "north"),
            ("southern", "south"),
        ] {
            if word == adjective {
                word = noun.to_string();
            }
        }
        out.push(word_key(&word));
    }
    out
}

/// Countries with a short form every outlet uses: "U.S." is "United States".
/// The formal given name an English short form stands for, where the
/// short form has one common long form only ("Jim" is James; "Chris" and
/// "Steve" are left alone).
fn formal_given_name(word: &str) -> Option<&'static str> {
    Some(match word {
        "rick" | "dick" | "rich" => "richard",
        "bill" | "billy" | "will" => "william",
        "bob" | "bobby" | "rob" => "robert",
        "jim" | "jimmy" => "james",
        "mike" => "michael",
        "tom" | "tommy" => "thomas",
        "joe" => "joseph",
        "dave" => "david",
        "tony" => "anthony",
        "nick" => "nicholas",
        "dan" | "danny" => "daniel",
        "ben" => "benjamin",
        "sam" => "samuel",
        "matt" => "matthew",
        "andy" => "andrew",
        "pete" => "peter",
        "ron" => "ronald",
        "don" => "donald",
        "jeff" => "jeffrey",
        "greg" => "gregory",
        "ken" => "kenneth",
        "larry" => "lawrence",
        "tim" => "timothy",
        "liz" => "elizabeth",
        "kathy" => "katherine",
        "jenny" => "jennifer",
        _ => return None,
    })
}

fn canonical_country(folded: &str) -> Option<&'static str> {
    let plain: String = folded
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .collect();
    Some(match plain.trim() {
        "us" | "usa" | "united states" | "united states of america" | "america" => "united states",
        "uk" | "britain" | "great britain" | "united kingdom" => "united kingdom",
        "eu" | "european union" => "european union",
        "un" | "united nations" => "united nations",
        "uae" | "united arab emirates" => "united arab emirates",
        "drc"
        | "dr congo"
        | "democratic republic of congo"
        | "democratic republic of the congo" => "dr congo",
        _ => return None,
    })
}

/// The initials of a name's words, skipping particles ("Democratic National
/// Committee" → "dnc"), or the letters of an acronym ("DNC", "U.N.").
pub(crate) fn initials(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !PARTICLES.contains(w))
        .collect();
    if let [one] = words.as_slice() {
        return one.chars().filter(char::is_ascii_alphabetic).collect();
    }
    words
        .iter()
        .filter_map(|w| w.chars().find(char::is_ascii_alphabetic))
        .collect()
}

/// The whole name as one word: "Abdul Kafi" and "Abdulkafi" meet here.
pub(crate) fn joined(words: &[WordKey]) -> WordKey {
    let norm: String = words.iter().map(|w| w.norm.as_str()).collect();
    let loose = loose_of(&norm);
    WordKey { norm, loose }
}

/// "alhamdo" → "hamdo"; "albert" stays (the rest starts with a vowel or is short).
fn strip_attached_article(word: &str) -> String {
    for prefix in ["al", "el"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            let starts_consonant = rest.chars().next().is_some_and(|c| !is_vowel(c));
            if rest.len() >= 4 && starts_consonant && !rest.starts_with('l') {
                return rest.to_string();
            }
        }
    }
    word.to_string()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Keys one folded, lower-case word of ASCII letters and digits.
pub(crate) fn word_key(word: &str) -> WordKey {
    let mut s = word.to_string();
    for (from, to) in [
        ("kh", "k"),
        ("gh", "g"),
        ("dh", "z"),
        ("ph", "f"),
        ("ck", "k"),
        ("q", "k"),
        ("ou", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("ie", "i"),
    ] {
        // Most words hold few of these: no new string unless one is there.
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // "c" is "k" except in "ch".
    let chars: Vec<char> = s.chars().collect();
    let mut t = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == 'c' && chars.get(i + 1) != Some(&'h') {
            t.push('k');
        } else if c == 'y' && i > 0 && chars.get(i + 1).is_none_or(|n| !is_vowel(*n)) {
            t.push('i');
        } else {
            t.push(c);
        }
    }
    // The feminine "-iya" of an Arabic adjective is another word than the
    // masculine "-i" ("Masriya" is not "Masri"): all its spellings (-iya,
    // -iyya, -iyah, -iyeh, -ia) end in one marker, a consonant to the
    // vowel folding below, instead of losing their vowel.
    let mut nisba = false;
    for ending in ["iyyah", "iyyeh", "iyya", "iyah", "iyeh", "iya", "iah", "ia"] {
        if t.len() > ending.len() + 2 {
            if let Some(rest) = t.strip_suffix(ending) {
                t = format!("{rest}i{NISBA}");
                nisba = true;
                break;
            }
        }
    }
    // Feminine and vowel endings: Fallujah / Falujeh / Faluja.
    for ending in ["ah", "eh", "a", "e"] {
        if nisba {
            break;
        }
        if t.len() > ending.len() + 2 {
            if let Some(rest) = t.strip_suffix(ending) {
                t = rest.to_string();
                break;
            }
        }
    }
    // Collapse doubled letters, and each run of vowels to its first vowel,
    // with o read as u.
    let mut norm = String::with_capacity(t.len());
    let mut prev: Option<char> = None;
    for c in t.chars() {
        let c = if c == 'o' { 'u' } else { c };
        let c = if c == 'y' { 'i' } else { c };
        let same = prev == Some(c) || (prev.is_some_and(is_vowel) && is_vowel(c));
        if !same {
            norm.push(c);
        }
        prev = Some(c);
    }
    let loose = loose_of(&norm);
    WordKey { norm, loose }
}

/// First letter (vowels as "a") and the consonants.
fn loose_of(norm: &str) -> String {
    let mut out = String::with_capacity(norm.len());
    for (i, c) in norm.chars().enumerate() {
        if i == 0 {
            out.push(if is_vowel(c) { 'a' } else { c });
        } else if !is_vowel(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two keyed words are spellings of one word.
pub(crate) fn words_match(a: &WordKey, b: &WordKey) -> bool {
    if a.loose != b.loose {
        return false;
    }
    if a.norm == b.norm {
        return true;
    }
    // Same consonants; the vowels must agree slot by slot ("e" is a or i).
    let va = vowel_slots(&a.norm);
    let vb = vowel_slots(&b.norm);
    va.len() == vb.len()
        && va.iter().zip(&vb).all(|(x, y)| match (x, y) {
            (Some(x), Some(y)) => x == y || *x == 'e' || *y == 'e',
            (None, None) => true,
            _ => false,
        })
}

/// For each consonant of the word (and the start), the vowel that follows it.
fn vowel_slots(norm: &str) -> Vec<Option<char>> {
    let mut slots = vec![None];
    for c in norm.chars() {
        if is_vowel(c) {
            if let Some(last) = slots.last_mut() {
                if last.is_none() {
                    *last = Some(c);
                }
            }
        } else {
            slots.push(None);
        }
    }
    slots
}
