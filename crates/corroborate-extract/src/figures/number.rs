//! Reading numbers as written in news English: digits with separators,
//! decimals and scale words ("6.3 million", "1.5bn"), Arabic-Indic digits,
//! number words ("twenty-two", "two million", "a third", "half"), vague
//! quantities ("dozens", "tens of thousands"), ranges ("20 or 30", "20-30",
//! "between 5 and 8") and mixed fractions ("2 1/2").
//!
//! The text is first cut into [`Tok`]ens (words, digit runs, single
//! punctuation marks) with byte spans; [`parse_at`] then reads one number
//! starting at a token. Every value is checked finite and bounded, so absurd
//! or malformed input yields no number rather than `inf` or a panic.

use corroborate_model::Hedge;

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
                    norm.push(match cj {
                        '\u{66B}' => '.',
                        '\u{66C}' => ',',
                        other => other,
                    });
                    j += 1;
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

fn ones(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
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

fn tens(w: &str) -> Option<f64> {
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
fn scale_word(w: &str) -> Option<f64> {
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

/// Abbreviated scales after digits ("1.5bn", "300k", "6.3 mln").
fn scale_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "mn" | "mln" | "mio" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
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

/// Whether tokens `i` and `i + 1` touch (no space between them).
pub(crate) fn adjacent(toks: &[Tok<'_>], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

/// Reads the number that starts at token `i`, with its range or vague form.
pub(crate) fn parse_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
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
    // "20-30", "20 to 30", "20 or 30"
    let joiner = word_at(toks, a.last);
    let dash_ok = joiner == "-" && a.digits;
    if dash_ok || joiner == "to" || joiner == "or" {
        if let Some(b) = simple_at(toks, a.last + 1) {
            if b.digits == a.digits && !a.fraction && !b.fraction {
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
    let (skip, several) = match (w, word_at(toks, i + 1)) {
        ("several", _) => (1, 2.0),
        ("a", "few") | ("a", "couple") => (2, 2.0),
        ("few", _) => (1, 2.0),
        _ => return None,
    };
    let s = scale_word(word_at(toks, i + skip))?;
    Some(vague(i + skip + 1, several * s))
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

fn digits_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let mut value = parse_digits(&t.norm)?;
    let mut j = i + 1;
    let mut fraction = false;
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
        fraction = true;
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
    while let Some(next) = toks.get(j) {
        // "$269m": after a currency a touching "m" is millions, not metres
        let after_currency = i > 0 && matches!(toks[i - 1].norm.as_str(), "$" | "€" | "£" | "¥");
        let touching = next.kind == Kind::Word && adjacent(toks, j - 1);
        let s = scale_word(&next.norm).or_else(|| {
            if matches!(next.norm.as_str(), "dozen" | "dozens") {
                return Some(12.0);
            }
            if touching && after_currency && matches!(next.norm.as_str(), "m" | "b" | "t") {
                Some(match next.norm.as_str() {
                    "m" => 1e6,
                    "b" => 1e9,
                    _ => 1e12,
                })
            } else if touching || matches!(next.norm.as_str(), "bn" | "mln" | "mn" | "tn") {
                scale_abbrev(&next.norm)
            } else {
                None
            }
        });
        match s {
            Some(s) if !(scaled && s <= 100.0) => {
                value *= s;
                scaled = true;
                j += 1;
            }
            _ => break,
        }
    }
    (value.is_finite() && value <= MAX_VALUE).then_some(Num {
        first: i,
        last: j,
        value,
        low: None,
        high: None,
        hedge: None,
        fraction: fraction && !scaled && value < 1.0,
        digits: true,
    })
}

fn words_at(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let first = word_at(toks, i);
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
        if let Some(f) = fraction_word(word_at(toks, j)) {
            // "half a dozen", "a quarter million": a fraction of a scale is a number
            let mut k = j + 1;
            if matches!(word_at(toks, k), "a" | "an") {
                k += 1;
            }
            let scale = scale_word(word_at(toks, k))
                .or_else(|| (word_at(toks, k) == "dozen").then_some(12.0));
            if let Some(s) = scale {
                let value = n * f * s;
                return Some(Num {
                    first: i,
                    last: k + 1,
                    value,
                    low: None,
                    high: None,
                    hedge: None,
                    fraction: false,
                    digits: false,
                });
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
    if first == "half" && matches!(word_at(toks, i + 1), "a" | "an") {
        let next = word_at(toks, i + 2);
        if let Some(s) = scale_word(next).or_else(|| (next == "dozen").then_some(12.0)) {
            return Some(Num {
                first: i,
                last: i + 3,
                value: 0.5 * s,
                low: None,
                high: None,
                hedge: None,
                fraction: false,
                digits: false,
            });
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
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut any = false;
    let mut last_small: Option<f64> = None;
    loop {
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
            current = current.max(1.0) * 12.0;
            any = true;
            last_small = Some(12.0);
            j += 1;
        } else if w == "hundred" && (any || current == 1.0) {
            current = current.max(1.0) * 100.0;
            any = true;
            last_small = None;
            j += 1;
        } else if let Some(s) = scale_word(w).filter(|_| any || current == 1.0 || j == i) {
            total += current.max(1.0) * s;
            current = 0.0;
            any = true;
            last_small = None;
            j += 1;
        } else if w == "and"
            && any
            && last_small.is_none()
            && (ones(word_at(toks, j + 1)).is_some() || tens(word_at(toks, j + 1)).is_some())
        {
            j += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    let value = total + current;
    (value.is_finite() && value <= MAX_VALUE).then_some(Num {
        first: i,
        last: j,
        value,
        low: None,
        high: None,
        hedge: None,
        fraction: false,
        digits: false,
    })
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

/// Every number in `toks`, left to right, without overlaps.
pub(crate) fn scan(toks: &[Tok<'_>]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match parse_at(toks, i) {
            Some(n) if n.last > i => {
                i = n.last;
                out.push(n);
            }
            _ => i += 1,
        }
    }
    out
}
