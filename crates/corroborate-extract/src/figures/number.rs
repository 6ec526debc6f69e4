//! Reading numbers as written in news English: digits with separators,
//! decimals and scale words ("6.3 million", "1.5bn", "10M", "12 lakhs"),
//! thousands grouped by spaces ("40 000"), Arabic-Indic digits, powers
//! ("1.3e6", "2.48×10−5"; beyond 10^18 nothing), signs ("-5", "minus
//! five"), number words ("twenty-two", "two million", "three lakh crore",
//! "two point five", "two and a half", "a third", "half", "one sixth",
//! "three million, two hundred & forty"), vague quantities
//! ("dozens", "tens of thousands", "a couple", "a few"), one of a unit ("a
//! dollar", "half a liter", "1/4 mile"), a fraction of a percentage as one
//! ("a tenth of 1 percent"), ranges ("20 or 30", "20-30",
//! "between 5 and 8", "8- to 16-meter") and mixed fractions ("2 1/2").
//! A span of two years ("2013-14") is a date and no number.
//!
//! The text is first cut into [`Tok`]ens (words, digit runs, single
//! punctuation marks) with byte spans; [`parse_at`] then reads one number
//! starting at a token. Every value is checked finite and bounded, so absurd
//! or malformed input yields no number rather than `inf` or a panic.

use std::sync::LazyLock;

use corroborate_model::Hedge;
use rustc_hash::FxHashSet;

use super::units;

/// Largest magnitude we accept; beyond it a "number" is an identifier or junk.
const MAX_VALUE: f64 = 1e18;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of digits, possibly with inner `,` or `.` separators.
    Num,
    /// A run of letters (with inner apostrophes).
    Word,
    /// One punctuation or symbol character.
    Punct,
}

/// One token with its byte span in the text.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    /// Lowercased, ASCII digits, straight apostrophes.
    pub(crate) norm: String,
    pub(crate) kind: Kind,
}

impl Tok<'_> {
    pub(crate) fn capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The ASCII digit a character stands for, for ASCII and Arabic-Indic digits.
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

fn is_word_char(c: char) -> bool {
    (c.is_alphabetic() || c == '²' || c == '³') && digit_value(c).is_none()
}

fn is_separator(c: char) -> bool {
    matches!(c, ',' | '.' | '\u{66B}' | '\u{66C}')
}

/// Cuts `text` into tokens. Linear in the text; digits and letters never
/// share a token, so "1.5bn" is `1.5` + `bn` and "4th" is `4` + `th`.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let kind;
        let mut norm = String::new();
        // ".08": a leading decimal point belongs to the number
        let leading_point = c == '.'
            && chars
                .get(i + 1)
                .is_some_and(|&(_, n)| digit_value(n).is_some())
            && (i == 0 || digit_value(chars[i - 1].1).is_none());
        if leading_point {
            kind = Kind::Num;
            norm.push_str("0.");
            while let Some(d) = chars.get(j).and_then(|&(_, n)| digit_value(n)) {
                norm.push(char::from_digit(d, 10).unwrap_or('0'));
                j += 1;
            }
        } else if let Some(d) = digit_value(c) {
            kind = Kind::Num;
            norm.push(char::from_digit(d, 10).unwrap_or('0'));
            // what the run holds so far, for spaced grouping in O(1)
            let mut run = Run::default();
            while j < chars.len() {
                let cj = chars[j].1;
                if let Some(d) = digit_value(cj) {
                    norm.push(char::from_digit(d, 10).unwrap_or('0'));
                    j += 1;
                } else if is_separator(cj)
                    && chars
                        .get(j + 1)
                        .is_some_and(|&(_, n)| digit_value(n).is_some())
                {
                    let sep = match cj {
                        '\u{66B}' => '.',
                        '\u{66C}' => ',',
                        other => other,
                    };
                    norm.push(sep);
                    run.separated = true;
                    run.decimal |= sep == '.';
                    j += 1;
                } else if let Some(len) = space_group(&chars, j, norm.len(), run) {
                    run.spaced = true;
                    // "40 000", "1 234 567", "40\u{202f}000": spaced thousands
                    for k in 1..=len {
                        if let Some(d) = chars.get(j + k).and_then(|&(_, n)| digit_value(n)) {
                            if k == 1 {
                                norm.push(',');
                            }
                            norm.push(char::from_digit(d, 10).unwrap_or('0'));
                        }
                    }
                    j += len + 1;
                } else {
                    break;
                }
            }
        } else if is_word_char(c) {
            kind = Kind::Word;
            while j < chars.len() {
                let cj = chars[j].1;
                let joins = is_word_char(cj)
                    || (matches!(cj, '\'' | '’')
                        && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n)));
                if !joins {
                    break;
                }
                j += 1;
            }
            // Most words are ASCII: lower-cased in one go. Otherwise char by
            // char (as `char::to_lowercase`, not the context-aware
            // `str::to_lowercase`), with curly apostrophes straightened.
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let word = text.get(start..end).unwrap_or("");
            if word.is_ascii() {
                norm = word.to_ascii_lowercase();
            } else {
                norm.reserve(word.len());
                for cw in word.chars() {
                    if matches!(cw, '\'' | '’') {
                        norm.push('\'');
                    } else {
                        norm.extend(cw.to_lowercase());
                    }
                }
            }
        } else {
            kind = Kind::Punct;
            norm.push(match c {
                '–' | '—' | '‒' | '−' => '-',
                '’' | '‘' => '\'',
                other => other,
            });
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        toks.push(Tok {
            start,
            end,
            text: text.get(start..end).unwrap_or(""),
            norm,
            kind,
        });
        i = j;
    }
    toks
}

/// What a digit run held so far, for [`space_group`].
#[derive(Clone, Copy, Default)]
struct Run {
    /// A "," or "." inside it.
    separated: bool,
    /// A decimal point inside it.
    decimal: bool,
    /// Already grouped by spaces.
    spaced: bool,
}

/// Whether `chars[j]` is a space that groups thousands inside the digit run
/// before it (`len` bytes of digits and separators so far): a group of
/// exactly three digits follows, and the run so far is one group of one to
/// three digits or already grouped by spaces. A no-break or thin space is a
/// typographic separator and always groups; a plain space only before
/// "000" or when at least two groups follow ("1 234 567"), so "May 12 300
/// people" stays two numbers. Returns the length of the group (3).
fn space_group(chars: &[(usize, char)], j: usize, len: usize, run: Run) -> Option<usize> {
    let c = chars.get(j)?.1;
    if !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
        return None;
    }
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, n)| digit_value(n).is_some());
    let group_at = |k: usize| digit(k) && digit(k + 1) && digit(k + 2) && !digit(k + 3);
    if !group_at(j + 1) || run.decimal {
        return None;
    }
    // the run so far: a leading group of 1-3 digits, then spaced 3-digit groups
    if !run.spaced && (run.separated || len > 3) {
        return None;
    }
    // a decimal or grouping comma right after the group belongs to another reading
    let after = chars.get(j + 4).map(|&(_, n)| n);
    if after.is_some_and(is_separator) && digit(j + 5) {
        return (after == Some('.')).then_some(3);
    }
    if c != ' ' {
        return Some(3);
    }
    let zeros = chars
        .get(j + 1..j + 4)
        .is_some_and(|g| g.iter().all(|&(_, d)| digit_value(d) == Some(0)));
    let more = chars.get(j + 4).is_some_and(|&(_, n)| n == ' ') && group_at(j + 5);
    (zeros || more || run.spaced).then_some(3)
}

/// Reads a digit run with separators: "65,000", "6.3", "1,00,000" (Indian
/// grouping), "3,5" (decimal comma), "75.000.000". Malformed grouping
/// ("1,00,0") and over-long or absurd values give `None`.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let plain: String = if commas > 0 && dots > 0 {
        let last_dot = s.rfind('.')?;
        let last_comma = s.rfind(',')?;
        if last_dot > last_comma && dots == 1 && grouped(s.get(..last_dot)?, ',') {
            s.replace(',', "")
        } else if last_comma > last_dot && commas == 1 && grouped(s.get(..last_comma)?, '.') {
            s.replace('.', "").replace(',', ".")
        } else {
            return None;
        }
    } else if commas > 0 {
        if grouped(s, ',') {
            s.replace(',', "")
        } else if commas == 1 && s.rsplit(',').next().is_some_and(|t| t.len() <= 2) {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else if dots > 1 {
        if grouped(s, '.') {
            s.replace('.', "")
        } else {
            return None;
        }
    } else {
        s.to_string()
    };
    let int_digits = plain
        .split('.')
        .next()
        .unwrap_or("")
        .trim_start_matches('0');
    if int_digits.len() > 18 || plain.len() > 40 {
        return None;
    }
    let v: f64 = plain.parse().ok()?;
    (v.is_finite() && v <= MAX_VALUE).then_some(v)
}

/// Whether `s` is digit groups joined by `sep` in thousands (1-3 then 3s) or
/// Indian (1-2, then 2s, then a final 3) grouping.
fn grouped(s: &str, sep: char) -> bool {
    let groups: Vec<&str> = s.split(sep).collect();
    let (Some(first), Some(last)) = (groups.first(), groups.last()) else {
        return false;
    };
    if groups.len() < 2 || first.is_empty() || first.len() > 3 || last.len() != 3 {
        return false;
    }
    let middle = &groups[1..groups.len() - 1];
    middle.iter().all(|g| g.len() == 3) || (first.len() <= 2 && middle.iter().all(|g| g.len() == 2))
}

/// The value of a number word below twenty ("zero" to "nineteen").
pub(crate) fn ones(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "naught" | "nought" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// The value of a word for a multiple of ten ("twenty" to "ninety").
pub(crate) fn tens(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words that multiply what precedes them.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" => 1e5,
        "crore" => 1e7,
        _ => return None,
    })
}

/// Scale words that may follow a number, including plurals ("three
/// billions", "12 lakhs") and the South Asian spellings ("lac", "cr").
fn scale_after_number(w: &str) -> Option<f64> {
    if let Some(s) = scale_word(w) {
        return Some(s);
    }
    Some(match w {
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        "lakhs" | "lac" | "lacs" | "lakh's" | "lkh" | "lkhs" => 1e5,
        "crores" | "cr" | "crore's" | "krore" | "krores" => 1e7,
        _ => return None,
    })
}

/// Abbreviated scales after digits ("1.5bn", "300k", "6.3 mln").
fn scale_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "mn" | "mln" | "mio" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        "mil" => 1e6,
        _ => return None,
    })
}

/// Fraction words and their value as a share of one.
fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 0.5,
        "third" | "thirds" => 1.0 / 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 0.25,
        "fifth" | "fifths" => 0.2,
        "tenth" | "tenths" => 0.1,
        _ => return None,
    })
}

/// Fraction words after a numerator ("one sixth", "two eighths"): the
/// fraction words, and ordinals that name a share only after a numerator
/// (alone, "sixth" is a rank).
fn denominator_word(w: &str) -> Option<f64> {
    match w {
        "sixth" | "sixths" => Some(1.0 / 6.0),
        "seventh" | "sevenths" => Some(1.0 / 7.0),
        "eighth" | "eighths" => Some(0.125),
        "ninth" | "ninths" => Some(1.0 / 9.0),
        _ => fraction_word(w),
    }
}

/// Vague plurals and the least they can mean ("dozens" is at least 24).
fn vague_word(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        "billions" => 2e9,
        _ => return None,
    })
}

/// One number read from the tokens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Num {
    /// First token.
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) last: usize,
    pub(crate) value: f64,
    pub(crate) low: Option<f64>,
    pub(crate) high: Option<f64>,
    /// `Range` or `Vague` when the wording itself implies it.
    pub(crate) hedge: Option<Hedge>,
    /// A fraction of a group ("a third", "half"): `value` is a share of one.
    pub(crate) fraction: bool,
    /// Written in digits (as opposed to words).
    pub(crate) digits: bool,
}

fn word_at<'t>(toks: &'t [Tok<'_>], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.norm.as_str())
}

/// Whether the words before token `i` make what follows a span of time
/// ("for an hour", "more than a year", "all of an hour"), so that "a" or
/// "one" there counts one unit of it.
pub(crate) fn spans_one_unit(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0
        && (matches!(
            word_at(toks, i - 1),
            "for" | "over" | "than" | "within" | "nearly" | "almost" | "about" | "roughly"
        ) || (word_at(toks, i - 1) == "of" && i > 1 && word_at(toks, i - 2) == "all"))
}

/// Whether tokens `i` and `i + 1` touch (no space between them).
pub(crate) fn adjacent(toks: &[Tok<'_>], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

/// Reads the number that starts at token `i`, with its sign, range or vague form.
pub(crate) fn parse_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    if let Some(n) = negative_at(toks, i) {
        return Some(n);
    }
    let mut n = unsigned_at(toks, i)?;
    same_in_brackets(toks, &mut n);
    Some(n)
}

/// "-5", "−3.2", "minus five", "negative 12": a sign before a plain number.
/// A hyphen glued to a word or a number before it joins them ("F-16",
/// "2013-14"), one glued to a percent or degree sign separates two values
/// ("55%-40%", "5°-9°"), and a dash (– —) is punctuation, so none is a sign.
fn negative_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let n = signed_at(toks, i)?;
    // "-78-0", "-5 to 10": a range from a negative end (the second end is
    // read without a range of its own, so this never chains)
    if matches!(word_at(toks, n.last), "-" | "to") {
        let b = signed_at(toks, n.last + 1).or_else(|| simple_at(toks, n.last + 1));
        if let Some(r) = b
            .filter(|b| b.digits == n.digits && !b.fraction)
            .and_then(|b| range(n.clone(), b, i))
        {
            return Some(r);
        }
    }
    Some(n)
}

/// A signed plain number at token `i`, without a range.
fn signed_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let next = toks.get(i + 1)?;
    let sign = t.kind == Kind::Punct
        && matches!(t.text, "-" | "\u{2212}")
        && next.kind == Kind::Num
        && adjacent(toks, i)
        && !(i > 0 && adjacent(toks, i - 1) && ends_a_value(&toks[i - 1]));
    let word = matches!(t.norm.as_str(), "minus" | "negative") && next.kind != Kind::Punct;
    if !sign && !word {
        return None;
    }
    let mut n = simple_at(toks, i + 1)?;
    if n.fraction && !n.digits {
        return None;
    }
    n.first = i;
    n.value = -n.value;
    Some(n)
}

/// Whether a hyphen glued after this token joins or separates rather than
/// signs what follows: a word, a number, or a sign that ends a value ("%").
fn ends_a_value(t: &Tok<'_>) -> bool {
    matches!(t.kind, Kind::Word | Kind::Num) || matches!(t.norm.as_str(), "%" | "‰" | "°")
}

/// "forty-five (45)", "45 (forty-five)": a number restated in brackets in
/// the other notation is one number.
fn same_in_brackets(toks: &[Tok<'_>], n: &mut Num) {
    if word_at(toks, n.last) != "(" || n.hedge.is_some() {
        return;
    }
    if let Some(b) = simple_at(toks, n.last + 1) {
        if b.digits != n.digits && b.value == n.value && word_at(toks, b.last) == ")" {
            n.last = b.last + 1;
        }
    }
}

fn unsigned_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    if let Some(v) = vague_at(toks, i) {
        return Some(v);
    }
    // "between 5 and 8", "from 20 to 30"
    if matches!(word_at(toks, i), "between" | "from") {
        let a = simple_at(toks, i + 1)?;
        let joiner = if word_at(toks, i) == "between" {
            "and"
        } else {
            "to"
        };
        if word_at(toks, a.last) == joiner || word_at(toks, a.last) == "-" {
            let b = simple_at(toks, a.last + 1)?;
            return range(a, b, i);
        }
        return None;
    }
    let a = simple_at(toks, i)?;
    // "20-30", "20 to 30", "20 or 30", and "8- to 16-meter" (a suspended hyphen)
    let mut joiner_at = a.last;
    if word_at(toks, a.last) == "-"
        && a.last > 0
        && adjacent(toks, a.last - 1)
        && matches!(word_at(toks, a.last + 1), "to" | "or")
    {
        joiner_at += 1;
    }
    let joiner = word_at(toks, joiner_at);
    let dash_ok = joiner == "-" && a.digits;
    if dash_ok || joiner == "to" || joiner == "or" {
        if let Some(b) = simple_at(toks, joiner_at + 1) {
            // "10 bln or 10 tln" are alternatives, not the ends of a range
            let apart = joiner == "or" && a.value > 0.0 && b.value / a.value >= 100.0;
            if b.digits == a.digits && !a.fraction && !b.fraction && !apart {
                if let Some(r) = range(a.clone(), b, i) {
                    return Some(r);
                }
            }
        }
    }
    Some(a)
}

fn range(mut a: Num, b: Num, first: usize) -> Option<Num> {
    // "20-30 million": the scale of the second end applies to the first.
    if b.value > 0.0 && a.value > 0.0 && a.value < b.value / 1000.0 {
        let scale = [1e3, 1e6, 1e9]
            .into_iter()
            .find(|s| a.value * s <= b.value && a.value * s * 1000.0 > b.value);
        if let Some(s) = scale {
            a.value *= s;
        }
    }
    if a.value >= b.value || a.value.is_nan() || b.value.is_nan() {
        return None;
    }
    let mid = (a.value + b.value) / 2.0;
    Some(Num {
        first,
        last: b.last,
        value: mid,
        low: Some(a.value),
        high: Some(b.value),
        hedge: Some(Hedge::Range),
        fraction: false,
        digits: a.digits,
    })
}

/// "dozens", "hundreds of thousands", "several hundred", "a few thousand".
fn vague_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let w = word_at(toks, i);
    let vague = |last: usize, low: f64| Num {
        first: i,
        last,
        value: low,
        low: Some(low),
        high: None,
        hedge: Some(Hedge::Vague),
        fraction: false,
        digits: false,
    };
    if (w == "tens" || w == "hundreds") && word_at(toks, i + 1) == "of" {
        if let Some(s) = vague_word(word_at(toks, i + 2)) {
            let base = if w == "tens" { 10.0 } else { 100.0 };
            return Some(vague(i + 3, base * s));
        }
    }
    if let Some(low) = vague_word(w) {
        return Some(vague(i + 1, low));
    }
    // "a score of jets" is twenty ("a score of 5" is a result)
    if w == "a" && word_at(toks, i + 1) == "score" && word_at(toks, i + 2) == "of" {
        let next = toks.get(i + 3);
        let number =
            next.is_some_and(|t| t.kind == Kind::Num || STARTERS.contains(t.norm.as_str()));
        return (!number).then_some(Num {
            first: i,
            last: i + 3,
            value: 20.0,
            low: None,
            high: None,
            hedge: None,
            fraction: false,
            digits: false,
        });
    }
    // with a scale, "a few" and "several" are read as three of it, as "a
    // few" alone is ("a few million" = 3,000,000); a couple or pair is two
    let (mut skip, several) = match (w, word_at(toks, i + 1)) {
        ("several", _) => (1, 3.0),
        ("a", "few") => (2, 3.0),
        ("a", "couple") | ("a", "pair") => (2, 2.0),
        ("few", _) => (1, 2.0),
        _ => return None,
    };
    // "a couple of hundred"
    let of = word_at(toks, i + skip) == "of" && w == "a";
    if of {
        skip += 1;
    }
    let scale = word_at(toks, i + skip);
    if let Some(s) = scale_word(scale).or_else(|| (scale == "dozen").then_some(12.0)) {
        return Some(vague(i + skip + 1, several * s));
    }
    // "a couple (of)", "a pair (of)" are two; "a few" is about three (as
    // Duckling reads it): approximate, since "a few" may be two or four.
    // A bare "few" ("few survived") means not many and is no number.
    let (value, hedge) = match word_at(toks, i + 1) {
        "couple" if w == "a" => (2.0, Some(Hedge::Approximate)),
        "pair" if w == "a" => (2.0, None),
        "few" if w == "a" => (3.0, Some(Hedge::Approximate)),
        _ => return None,
    };
    Some(Num {
        first: i,
        last: i + skip,
        value,
        low: None,
        high: None,
        hedge,
        fraction: false,
        digits: false,
    })
}

/// One number without range: digits (with fraction and scale) or words.
fn simple_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    match t.kind {
        Kind::Num => digits_at(toks, i),
        Kind::Word => words_at(toks, i),
        Kind::Punct => None,
    }
}

/// How a power written after a number changes it.
enum Power {
    /// "1.3e6", "2.48×10−5", "1.5 x 10^6": times ten to the power.
    Times10(f64),
    /// "1.1^23", "10^400": the number to the power.
    Pow(f64),
}

/// The exponent at token `k`: an optional sign glued to at most four
/// digits ("+14", "-1", "−5"), with the token after it.
fn exponent(toks: &[Tok<'_>], k: usize) -> Option<(f64, usize)> {
    let (sign, k) = match word_at(toks, k) {
        "-" if adjacent(toks, k) => (-1.0, k + 1),
        "+" if adjacent(toks, k) => (1.0, k + 1),
        _ => (1.0, k),
    };
    let t = toks.get(k).filter(|t| {
        t.kind == Kind::Num && t.norm.len() <= 4 && t.norm.bytes().all(|b| b.is_ascii_digit())
    })?;
    let e: f64 = t.norm.parse().ok()?;
    Some((sign * e, k + 1))
}

/// A power after the digits that end before token `j`: "e10", "e-1",
/// "x10^6", "×10−5" (a superscript lost in copying), "^23".
fn power_after(toks: &[Tok<'_>], j: usize) -> Option<(Power, usize)> {
    let glued = j > 0 && adjacent(toks, j - 1);
    match word_at(toks, j) {
        "e" if glued && adjacent(toks, j) => {
            let (e, end) = exponent(toks, j + 1)?;
            Some((Power::Times10(e), end))
        }
        "x" | "×" | "*" if word_at(toks, j + 1) == "10" => {
            let ten = j + 1;
            if !adjacent(toks, ten) {
                return None;
            }
            let k = if word_at(toks, ten + 1) == "^" && adjacent(toks, ten + 1) {
                ten + 2
            } else if word_at(toks, ten + 1) == "-" {
                ten + 1
            } else {
                return None;
            };
            let (e, end) = exponent(toks, k)?;
            Some((Power::Times10(e), end))
        }
        "^" if glued && adjacent(toks, j) => {
            let (e, end) = exponent(toks, j + 1)?;
            Some((Power::Pow(e), end))
        }
        _ => None,
    }
}

/// The value of `base` with `power`, when finite and within bounds.
fn apply_power(base: f64, power: &Power) -> Option<f64> {
    let v = match *power {
        // beyond 10^±40 nothing a text reports is meant; also keeps powi exact enough
        Power::Times10(e) if e.abs() <= 40.0 => base * 10f64.powi(e as i32),
        Power::Pow(e) if base > 0.0 && e * base.log10() <= 18.0 => base.powf(e),
        _ => return None,
    };
    (v.is_finite() && v.abs() <= MAX_VALUE && (v != 0.0 || base == 0.0)).then_some(v)
}

/// The scale after digits: a scale word ("6.3 million", "12 lakhs"), an
/// abbreviation ("1.5bn", "300k", "10 bln"), a capital "M" or "MM" glued to
/// the digits ("10M", "1MM": millions; a lowercase "m" is metres) and, after
/// a currency or a decimal, a glued "m"/"b" ("$269m", "1.2b").
fn digit_scale(toks: &[Tok<'_>], i: usize, j: usize) -> Option<f64> {
    let next = toks.get(j)?;
    let after_currency = i > 0 && matches!(toks[i - 1].norm.as_str(), "$" | "€" | "£" | "¥");
    let touching = next.kind == Kind::Word && adjacent(toks, j - 1);
    let decimal = toks.get(i).is_some_and(|t| t.norm.contains('.'));
    if let Some(s) = scale_after_number(&next.norm) {
        // "cr" alone is too short to trust after digits ("3 Cr" is chromium)
        return (next.norm != "cr").then_some(s);
    }
    if matches!(next.norm.as_str(), "dozen" | "dozens") {
        return Some(12.0);
    }
    if touching && matches!(next.text, "M" | "MM") {
        return Some(1e6);
    }
    if touching && (after_currency || decimal) && matches!(next.norm.as_str(), "m" | "b" | "t") {
        if next.norm == "m" && !after_currency {
            return None; // "1.5m" is metres
        }
        return Some(match next.norm.as_str() {
            "m" => 1e6,
            "b" => 1e9,
            _ if after_currency => 1e12,
            _ => return None,
        });
    }
    if touching
        || matches!(
            next.norm.as_str(),
            "bn" | "mln" | "mn" | "tn" | "bln" | "tln" | "mil"
        )
    {
        return scale_abbrev(&next.norm);
    }
    None
}

/// Whether a unit of measure follows token `j` ("1/4 mile", "1/2-inch").
fn unit_follows(toks: &[Tok<'_>], j: usize) -> bool {
    let k = if word_at(toks, j) == "-" && adjacent(toks, j) {
        j + 1
    } else {
        j
    };
    units::measure_word(word_at(toks, k), true) || word_at(toks, k) == "in"
}

fn digits_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let mut value = parse_digits(&t.norm)?;
    let mut j = i + 1;
    let mut fraction = false;
    if let Some((power, end)) = power_after(toks, j) {
        let value = apply_power(value, &power)?;
        return Some(Num {
            first: i,
            last: end,
            value,
            low: None,
            high: None,
            hedge: None,
            fraction: false,
            digits: true,
        });
    }
    // "2 1/2" and "1/2"
    if word_at(toks, j) == "/" && adjacent(toks, i) && adjacent(toks, j) {
        let den = toks
            .get(j + 1)
            .filter(|d| d.kind == Kind::Num)
            .and_then(|d| parse_digits(&d.norm))?;
        if den == 0.0 || t.norm.contains([',', '.']) {
            return None;
        }
        value /= den;
        j += 2;
        // "1/4 mile" is an amount of the unit, not a share, and "1/2 of 1
        // percent" one percentage
        if let Some((v, last)) = share_of_percent(toks, j, value) {
            value = v;
            j = last;
        } else {
            fraction = !unit_follows(toks, j);
        }
    } else if let Some(n) = toks
        .get(j)
        .filter(|n| n.kind == Kind::Num && !adjacent(toks, i))
    {
        if word_at(toks, j + 1) == "/" && adjacent(toks, j) && adjacent(toks, j + 1) {
            let num = parse_digits(&n.norm)?;
            let den = toks
                .get(j + 2)
                .filter(|d| d.kind == Kind::Num)
                .and_then(|d| parse_digits(&d.norm))?;
            if den > num && den > 0.0 && !t.norm.contains([',', '.']) {
                value += num / den;
                j += 3;
            }
        }
    }
    let mut scaled = false;
    while let Some(s) = digit_scale(toks, i, j) {
        if scaled && s <= 100.0 {
            break;
        }
        value *= s;
        scaled = true;
        j += 1;
        if value > MAX_VALUE {
            return None;
        }
    }
    let n = Num {
        first: i,
        last: j,
        value,
        low: None,
        high: None,
        hedge: None,
        fraction: fraction && !scaled && value < 1.0,
        digits: true,
    };
    let n = if scaled || fraction {
        n
    } else {
        decimal_tail(toks, n)
    };
    (n.value.is_finite() && n.value <= MAX_VALUE).then_some(n)
}

/// "two point five", "1 point 1", "nine point nought four" and "two and a
/// half": the decimal or half after a whole number, then a scale ("two
/// point two million", "one and a half million").
fn decimal_tail(toks: &[Tok<'_>], mut n: Num) -> Num {
    if n.fraction || n.value.fract() != 0.0 {
        return n;
    }
    let start = n.last;
    // "at one point five soldiers were hurt": "one point" is an idiom there
    let idiom = !n.digits
        && n.value == 1.0
        && n.first > 0
        && matches!(
            word_at(toks, n.first - 1),
            "at" | "some" | "that" | "this" | "any" | "every"
        );
    if word_at(toks, n.last) == "point" && !idiom {
        if let Some((frac, last)) = point_digits(toks, n.last + 1) {
            n.value += frac;
            n.last = last;
        }
    } else if let Some((f, end)) = and_a_half(toks, n.last) {
        n.value += f;
        n.last = end;
    }
    if n.last > start {
        if let Some(s) = scale_word(word_at(toks, n.last)) {
            n.value *= s;
            n.last += 1;
        }
    }
    n
}

/// "and a half", "-and-a-half", "-and-half", "and a quarter" at token `k`:
/// the fraction and the token after it.
fn and_a_half(toks: &[Tok<'_>], k: usize) -> Option<(f64, usize)> {
    let mut m = k;
    if word_at(toks, m) == "-" {
        m += 1;
    }
    if word_at(toks, m) != "and" {
        return None;
    }
    m += 1;
    if word_at(toks, m) == "-" {
        m += 1;
    }
    if matches!(word_at(toks, m), "a" | "an") {
        m += 1;
        if word_at(toks, m) == "-" {
            m += 1;
        }
    }
    let f = match word_at(toks, m) {
        "half" => 0.5,
        "quarter" => 0.25,
        "third" => 1.0 / 3.0,
        _ => return None,
    };
    Some((f, m + 1))
}

/// The digits after "point": a digit run ("point 77") or number words read
/// as digit strings ("zero three" → .03, "seventy-one" → .71).
fn point_digits(toks: &[Tok<'_>], k: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut m = k;
    if let Some(t) = toks.get(k).filter(|t| t.kind == Kind::Num) {
        if t.norm.len() <= 15 && t.norm.bytes().all(|b| b.is_ascii_digit()) {
            digits.push_str(&t.norm);
            m += 1;
        }
    } else {
        while digits.len() < 15 {
            let w = word_at(toks, m);
            if let Some(t) = tens(w) {
                let mut v = t;
                m += 1;
                if word_at(toks, m) == "-" {
                    if let Some(o) = ones(word_at(toks, m + 1)).filter(|o| (1.0..10.0).contains(o))
                    {
                        v += o;
                        m += 2;
                    }
                } else if let Some(o) = ones(word_at(toks, m)).filter(|o| (1.0..10.0).contains(o)) {
                    v += o;
                    m += 1;
                }
                digits.push_str(&(v as u32).to_string());
            } else if let Some(o) = ones(w) {
                digits.push_str(&(o as u32).to_string());
                m += 1;
            } else {
                break;
            }
        }
    }
    if digits.is_empty() {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, m))
}

/// The token where the unit of "half a liter", "a quarter of a mile",
/// "tenth of a gallon", "quarter-litre" stands, when the fraction word at
/// `j` is followed by one. "half" and "quarter" may stand right before it
/// ("half liter", "a quarter mile"); other fractions need "of" or a
/// hyphen, since "a third day" is an ordinal.
fn fraction_unit(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    let f = word_at(toks, j);
    let mut k = j + 1;
    let linked = (word_at(toks, k) == "-" && adjacent(toks, j)) || word_at(toks, k) == "of";
    if linked {
        k += 1;
    }
    if matches!(word_at(toks, k), "a" | "an") {
        k += 1;
    }
    let half = matches!(f, "half" | "quarter" | "halves" | "quarters");
    let plural = f.ends_with('s');
    (units::measure_word(word_at(toks, k), f == "half") && (linked || half || plural)).then_some(k)
}

/// Whether a percent unit starts at token `k`: "%", "percent", "per
/// cent", "pct", "percentage point(s)".
fn percent_at(toks: &[Tok<'_>], k: usize) -> bool {
    match word_at(toks, k) {
        "%" | "percent" | "pct" => true,
        "per" => word_at(toks, k + 1) == "cent",
        "percentage" => matches!(word_at(toks, k + 1), "point" | "points"),
        _ => false,
    }
}

/// A fraction of a percentage, when `share` (a fraction word or "1/2"
/// ending before token `j`) goes on with one: "half a percent", "a quarter
/// of a percentage point", "one-tenth of 1 percent", "half-percent". That is
/// one percentage, the product, and no share of a group. Returns the value
/// and the token where the percent unit stands (the end of the number).
fn share_of_percent(toks: &[Tok<'_>], j: usize, share: f64) -> Option<(f64, usize)> {
    if percent_at(toks, j) {
        return Some((share, j));
    }
    if word_at(toks, j) == "-" && adjacent(toks, j - 1) && adjacent(toks, j) {
        return percent_at(toks, j + 1).then_some((share, j + 1));
    }
    let of = word_at(toks, j) == "of";
    let k = if of { j + 1 } else { j };
    if matches!(word_at(toks, k), "a" | "an") && percent_at(toks, k + 1) {
        return Some((share, k + 1));
    }
    // "of 1 percent", "of one percent", "of 2.5%": a single token, so a
    // chain of fractions costs nothing more
    let t = toks.get(k).filter(|_| of)?;
    let whole = match t.kind {
        Kind::Num => parse_digits(&t.norm)?,
        _ => ones(&t.norm).or_else(|| tens(&t.norm))?,
    };
    percent_at(toks, k + 1).then_some((share * whole, k + 1))
}

fn words_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let first = word_at(toks, i);
    let plain = |last: usize, value: f64| Num {
        first: i,
        last,
        value,
        low: None,
        high: None,
        hedge: None,
        fraction: false,
        digits: false,
    };
    // "a dollar", "an ml", "a kilogram": one of the unit, unless the
    // article is "per" after another amount ("$3 a gallon")
    if matches!(first, "a" | "an") && units::measure_word(word_at(toks, i + 1), false) {
        let per = i > 0
            && (toks[i - 1].kind == Kind::Num
                || units::measure_word(&toks[i - 1].norm, true)
                || matches!(
                    toks[i - 1].norm.as_str(),
                    "%" | "percent" | "cents" | "cent"
                ));
        return (!per).then(|| plain(i + 1, 1.0));
    }
    // "for an hour", "over a year", "in less than a week", "all of an
    // hour": a span of one unit ("a year ago" is a date, read elsewhere;
    // "twice a day" a rate)
    if matches!(first, "a" | "an")
        && spans_one_unit(toks, i)
        && matches!(
            word_at(toks, i + 1),
            "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
        )
    {
        return Some(plain(i + 1, 1.0));
    }
    // "the one you mentioned", "which one": a pronoun, not a number
    if first == "one" && i > 0 {
        let det = matches!(
            word_at(toks, i - 1),
            "the"
                | "this"
                | "that"
                | "which"
                | "each"
                | "every"
                | "any"
                | "no"
                | "another"
                | "last"
                | "only"
                | "same"
                | "other"
        );
        let next = toks.get(i + 1);
        let noun_follows = next.is_some_and(|n| {
            n.kind == Kind::Word
                && !super::lexicon::is_stopword(&n.norm)
                && !super::lexicon::is_verb_form(&n.norm)
        });
        if det && !noun_follows {
            return None;
        }
    }
    // "half liter", "quarter-litre", "tenth of a gallon"
    if matches!(
        first,
        "half" | "quarter" | "third" | "fourth" | "fifth" | "tenth"
    ) {
        if let Some(k) = fraction_unit(toks, i) {
            return Some(plain(k, fraction_word(first).unwrap_or(0.5)));
        }
    }
    // "a third", "two-thirds", "half"
    let numerator = match first {
        "a" | "an" | "one" => Some(1.0),
        w => ones(w),
    };
    if let Some(n) = numerator {
        let mut j = i + 1;
        if word_at(toks, j) == "-" {
            j += 1;
        }
        if let Some(f) = denominator_word(word_at(toks, j)) {
            // "half a dozen", "a quarter million": a fraction of a scale is a number
            let mut k = j + 1;
            if matches!(word_at(toks, k), "a" | "an") {
                k += 1;
            }
            let scale = scale_word(word_at(toks, k))
                .or_else(|| (word_at(toks, k) == "dozen").then_some(12.0));
            if let Some(s) = scale {
                return Some(plain(k + 1, n * f * s));
            }
            // "one-half miles", "a quarter mile": an amount of the unit
            if let Some(k) = fraction_unit(toks, j) {
                return Some(plain(k, n * f));
            }
            // "one-half of 1 percent", "three-quarters of a percentage point"
            if let Some((v, last)) = share_of_percent(toks, j + 1, n * f) {
                return Some(plain(last, v));
            }
            let plural = word_at(toks, j).ends_with('s');
            let agrees = (n > 1.0) == plural || word_at(toks, j) == "half";
            // "a third party", "a quarter century" are not shares
            let idiom = matches!(
                word_at(toks, j + 1),
                "century" | "time" | "day" | "world" | "party" | "round" | "term" | "quarter"
            );
            if agrees && !idiom {
                return Some(fraction_num(i, j + 1, n * f));
            }
        }
    }
    // "half a percent", "half of 1 percent" (a bare "quarter" is left
    // out: "the first quarter of 2 percent growth" is a time)
    if first == "half" {
        if let Some((v, last)) = share_of_percent(toks, i + 1, 0.5) {
            return Some(plain(last, v));
        }
    }
    if matches!(first, "half" | "quarter") {
        // "half a million", "half million", "quarter million"
        let k = if matches!(word_at(toks, i + 1), "a" | "an") {
            i + 2
        } else {
            i + 1
        };
        let next = word_at(toks, k);
        let f = fraction_word(first).unwrap_or(0.5);
        if let Some(s) = scale_word(next).or_else(|| (next == "dozen").then_some(12.0)) {
            return Some(plain(k + 1, f * s));
        }
    }
    if first == "half"
        && matches!(
            word_at(toks, i + 1),
            "of" | "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    {
        return Some(fraction_num(i, i + 1, 0.5));
    }
    // "one twenty two": hundreds said without "hundred" (122), only when a
    // single digit comes before a whole tens-and-ones and nothing goes on
    // ("two forty-five-minute sessions" are two sessions)
    if let Some(h) = ones(first).filter(|h| (1.0..10.0).contains(h)) {
        if let Some(t) = tens(word_at(toks, i + 1)) {
            let k = if word_at(toks, i + 2) == "-" {
                i + 3
            } else {
                i + 2
            };
            let o = ones(word_at(toks, k)).filter(|o| (1.0..10.0).contains(o));
            let more = matches!(word_at(toks, k + 1), "-" | "hundred" | "and")
                || scale_word(word_at(toks, k + 1)).is_some();
            if let Some(o) = o.filter(|_| !more) {
                return Some(plain(k + 1, h * 100.0 + t + o));
            }
        }
    }
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut last_scale = f64::INFINITY;
    let mut j = i;
    let mut any = false;
    let mut last_small: Option<f64> = None;
    // "three million, two hundred": where a comma went on after a scale,
    // with what had been read and the scale the rest must stay under
    let mut comma: Option<(usize, f64, f64)> = None;
    loop {
        // "hundred hundred hundred …": give up as soon as it is out of
        // range, so a long run costs a few tokens per start, not all of them
        if total + current > MAX_VALUE {
            return None;
        }
        let w = word_at(toks, j);
        if let Some(v) = tens(w) {
            if last_small.is_some() {
                break;
            }
            current += v;
            last_small = Some(v);
            any = true;
            j += 1;
            if word_at(toks, j) == "-"
                && ones(word_at(toks, j + 1)).is_some_and(|o| (1.0..10.0).contains(&o))
            {
                j += 1;
            }
        } else if let Some(v) = ones(w) {
            if last_small.is_some_and(|l| !(l >= 20.0 && v < 10.0)) {
                break;
            }
            current += v;
            last_small = Some(v);
            any = true;
            j += 1;
        } else if (w == "a" || w == "an")
            && !any
            && (scale_word(word_at(toks, j + 1)).is_some() || word_at(toks, j + 1) == "dozen")
        {
            current = 1.0;
            j += 1;
        } else if (w == "dozen" || (w == "dozens" && any)) && (any || current == 1.0) {
            // "three hundred and two dozen": the dozen multiplies the two only
            let small = if current % 100.0 > 0.0 {
                current % 100.0
            } else {
                current.max(1.0)
            };
            current = current - small.min(current) + small * 12.0;
            any = true;
            last_small = Some(12.0);
            j += 1;
        } else if w == "hundred" && (any || current == 1.0 || j == i) {
            current = current.max(1.0) * 100.0;
            any = true;
            last_small = None;
            j += 1;
        } else if let Some(s) = scale_word(w)
            .filter(|_| any || current == 1.0 || j == i)
            .or_else(|| scale_after_number(w).filter(|_| any && w != "hundreds"))
        {
            // "three lakh crore", "three thousand millions": a larger scale
            // right after another multiplies all that came before
            if current == 0.0 && total > 0.0 && s > last_scale {
                total *= s;
            } else {
                total += current.max(1.0) * s;
            }
            last_scale = s;
            current = 0.0;
            any = true;
            last_small = None;
            j += 1;
        } else if (w == "and" || w == "&")
            && any
            && last_small.is_none()
            && (ones(word_at(toks, j + 1)).is_some() || tens(word_at(toks, j + 1)).is_some())
        {
            j += 1;
        } else if w == ","
            && comma.is_none()
            && current == 0.0
            && last_scale >= 1000.0
            && last_scale.is_finite()
            && (ones(word_at(toks, j + 1)).is_some() || tens(word_at(toks, j + 1)).is_some())
        {
            comma = Some((j, total, last_scale));
            j += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    // "three million, two million": a list, not one number; "three
    // thousand, two of them children" goes on with a count of its own
    if let Some((at, before, scale)) = comma {
        let rest = total + current - before;
        if rest >= scale || rest < 100.0 {
            return Some(plain(at, before));
        }
    }
    let n = decimal_tail(toks, plain(j, total + current));
    (n.value.is_finite() && n.value <= MAX_VALUE).then_some(n)
}

fn fraction_num(first: usize, last: usize, share: f64) -> Num {
    Num {
        first,
        last,
        value: share,
        low: None,
        high: None,
        hedge: None,
        fraction: true,
        digits: false,
    }
}

/// Every word a number can start with: number words, scales, fractions,
/// vague quantities, signs and the words that open a range or an amount
/// ("between", "a"). Most words of a text are not, and are skipped with
/// one lookup instead of trying every reading.
static STARTERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        "zero",
        "naught",
        "nought",
        "nil",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "lakh",
        "crore",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "several",
        "few",
        "a",
        "an",
        "half",
        "quarter",
        "third",
        "fourth",
        "fifth",
        "tenth",
        "between",
        "from",
        "minus",
        "negative",
    ]
    .into_iter()
    .collect()
});

/// Whether `w` is a number word ("five", "twenty", "million").
pub(crate) fn is_number_word(w: &str) -> bool {
    ones(w).is_some() || tens(w).is_some() || scale_word(w).is_some()
}

/// Whether a number may start at this token.
fn may_start(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Punct => matches!(t.text, "-" | "\u{2212}"),
        Kind::Word => STARTERS.contains(t.norm.as_str()),
    }
}

/// A span of two years written as one ("2013-14", "1998/99", the fiscal
/// year or season): a date, so no number at all. Returns the token after it.
fn year_span(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let a = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.norm.len() == 4)?;
    if !matches!(word_at(toks, i + 1), "-" | "/" | "\u{2013}")
        || !adjacent(toks, i)
        || !adjacent(toks, i + 1)
    {
        return None;
    }
    let b = toks
        .get(i + 2)
        .filter(|t| t.kind == Kind::Num && t.norm.len() == 2)?;
    let y: u32 = a.norm.parse().ok()?;
    let z: u32 = b.norm.parse().ok()?;
    ((1000..=2199).contains(&y) && (y + 1) % 100 == z).then_some(i + 3)
}

/// Every number in `toks`, left to right, without overlaps.
pub(crate) fn scan(toks: &[Tok<'_>]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some(end) = year_span(toks, i) {
            i = end;
            continue;
        }
        match parse_at(toks, i) {
            Some(n) if n.last > i => {
                i = n.last;
                out.push(n);
            }
            // "10^400": a power out of range is no number, nor is its
            // exponent; "1/0": a fraction that is no number has no
            // denominator of its own either
            _ if toks[i].kind == Kind::Num => {
                i = power_after(toks, i + 1).map_or(i + 1, |(_, end)| end.max(i + 1));
                if word_at(toks, i) == "/"
                    && adjacent(toks, i - 1)
                    && adjacent(toks, i)
                    && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num)
                {
                    i += 2;
                }
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
