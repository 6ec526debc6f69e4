//! Figures: numbers with their unit, what they count, hedge and attribution.
//!
//! The article text is cut into tokens once; every number the reader finds
//! ([`number`]) is kept as a figure when it measures something ([`units`]):
//! people, areas, distances, durations, money, percentages or counted
//! things. Ages, dates, years, ordinals, times of day, street numbers and
//! numbers inside names are dropped. Around each figure we read its hedge
//! ("at least", "as many as", "about"), the event of what it counts
//! ("killed", "trapped", "retaken", from a general verb lexicon), who it is
//! attributed to (an "according to", a reporting verb's subject, or the
//! speaker of the quote it sits in) and how firmly it is stated.

mod attribution;
mod lexicon;
pub(crate) mod number;
mod units;

#[cfg(test)]
mod tests;

use corroborate_model::{Article, FigureReport, Hedge, Span};

use lexicon::Event;
use number::{adjacent, Kind, Num, Tok};
use units::{Measure, Unit};

/// A number found in a text, with its unit when it has one: the public face
/// of the number reader, used by the `numbers` benchmark.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// First byte of the number's words (currency, hedge, number, unit).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value; for a percentage the number of percent, for a range its middle.
    pub value: f64,
    /// Lower bound implied by the wording.
    pub low: Option<f64>,
    /// Upper bound implied by the wording.
    pub high: Option<f64>,
    /// The hedge.
    pub hedge: Hedge,
    /// Unit code (`people`, `km2`, `USD`, `percent`, `years`, a counted
    /// noun…), empty for a bare number.
    pub unit: String,
    /// Whether the wording makes it a figure (not an age, date, year,
    /// time of day, street number or part of a name).
    pub is_figure: bool,
}

/// Every number in `text`, left to right, with its unit when it has one.
pub fn numbers(text: &str) -> Vec<Quantity> {
    let doc = Doc::new(text);
    let mut out = Vec::new();
    // tokens already read as a unit ("km2") are not numbers of their own
    let mut consumed = 0;
    for num in number::scan(&doc.toks) {
        if num.first < consumed || doc.in_url(num.first) {
            continue;
        }
        // ordinals ("4th") are not quantities, nor is a time of day ("2 pm",
        // "2.17pm", "4:00"), which reads a clock
        let suffix = doc.norm(num.last);
        if matches!(suffix, "st" | "nd" | "rd" | "th")
            && adjacent(&doc.toks, num.last.wrapping_sub(1))
        {
            continue;
        }
        let clock = matches!(suffix, "am" | "pm" | "o'clock" | "oclock")
            || (matches!(suffix, "a" | "p")
                && doc.norm(num.last + 1) == "."
                && doc.norm(num.last + 2) == "m")
            || (suffix == ":"
                && doc
                    .toks
                    .get(num.last + 1)
                    .is_some_and(|t| t.kind == Kind::Num))
            || (num.first >= 2
                && doc.norm(num.first - 1) == ":"
                && doc.toks[num.first - 2].kind == Kind::Num);
        if clock && num.digits {
            continue;
        }
        let Some(mut read) = doc.read(&num) else {
            // "1/5", "one sixth", "three halves" on their own are numbers,
            // though no share of anything
            let written = num.digits || number::is_number_word(doc.norm(num.first));
            if num.fraction && written && doc.norm(num.last) != "/" {
                if let (Some(a), Some(b)) = (doc.toks.get(num.first), doc.toks.get(num.last - 1)) {
                    out.push(Quantity {
                        start: a.start,
                        end: b.end,
                        value: num.value,
                        low: None,
                        high: None,
                        hedge: Hedge::Exact,
                        unit: String::new(),
                        is_figure: false,
                    });
                }
            }
            continue;
        };
        percent_first(&doc, &num, &mut read);
        continue_amount(&doc, &num, &mut read);
        consumed = read
            .unit
            .as_ref()
            .map_or(num.last, |u| u.last.max(num.last));
        in_brackets_negative(&doc, consumed, &mut read);
        // "L2", "OAO-1", "24703m212": digits inside an identifier are no number
        if in_code(&doc, &num, &read, consumed) {
            continue;
        }
        let skip = doc.not_a_figure(&num, &read);
        if read.unit.is_none() && !skip {
            read.unit = units::shared_unit(&doc.toks, num.last, false);
        }
        out.push(Quantity {
            start: read.start,
            end: read.end,
            value: read.value,
            low: read.low,
            high: read.high,
            hedge: read.hedge,
            unit: read
                .unit
                .as_ref()
                .map(|u| u.code.clone())
                .unwrap_or_default(),
            is_figure: !skip,
        });
    }
    out
}

/// Every figure reported in `article`.
pub fn figures(article: &Article) -> Vec<FigureReport> {
    let doc = Doc::new(&article.text);
    let quotes = attribution::quotes(&doc);
    let mut out = Vec::new();
    let mut consumed = 0;
    // the last count of people read, for the items of a list that follow it
    let mut prev: Option<Listed> = None;
    // the last share of a named group, and its sentence: "28 percent of
    // voters back A, while 23 percent favour B" shares the group
    let mut prev_share: Option<(Option<usize>, String)> = None;
    // the last percentage's label and sentence, for "a further 0.1%"
    let mut prev_percent: Option<(Option<usize>, String)> = None;
    // the last named change and its paragraph, for "it fell 5%"
    let mut prev_change: Option<(Option<usize>, String)> = None;
    for num in number::scan(&doc.toks) {
        if num.first < consumed || doc.in_url(num.first) {
            continue;
        }
        let Some(mut read) = doc.read(&num) else {
            continue;
        };
        percent_first(&doc, &num, &mut read);
        one_in_n(&doc, &num, &mut read);
        continue_amount(&doc, &num, &mut read);
        money_range(&doc, &mut read);
        consumed = read
            .unit
            .as_ref()
            .map_or(num.last, |u| u.last.max(num.last));
        in_brackets_negative(&doc, consumed, &mut read);
        if in_code(&doc, &num, &read, consumed) || doc.not_a_figure(&num, &read) {
            continue;
        }
        // "plus or minus 3 points", "+/-3 points" is a margin, not a
        // negative number (the minus is the number's own)
        let margin = doc
            .plus_minus_start(num.first, 0)
            .is_some_and(|s| s + 2 == num.first);
        if read.value < 0.0 && margin {
            read.value = -read.value;
            (read.low, read.high) = (read.high.map(|h| -h), read.low.map(|l| -l));
        }
        let mut listed_event = None;
        let Some(unit) = read
            .unit
            .take()
            .or_else(|| units::shared_unit(&doc.toks, num.last, true))
            .or_else(|| doc.implied_people(&num))
            .or_else(|| doc.counted_before_of(&num))
            .or_else(|| {
                let (unit, event) = doc.listed_after(&num, prev.as_ref()?)?;
                listed_event = Some(event);
                Some(unit)
            })
            .or_else(|| doc.others_after(&num, prev.as_ref()?))
            .or_else(|| doc.tally_after_name(&num))
        else {
            continue;
        };
        // "a few days prior", "a few details", "a pair of tights": a small
        // vague number of anything but people is a turn of phrase, not a
        // figure a brief compares
        // ("a few million dollars" is a figure)
        let scaled = (num.first..num.last).any(|k| number::scale_word(doc.norm(k)).is_some());
        let small_vague = doc.norm(num.first) == "a"
            && matches!(doc.norm(num.first + 1), "few" | "couple" | "pair")
            && num.last <= num.first + 3
            && !scaled;
        if small_vague && unit.measure != Measure::People {
            continue;
        }
        let event = listed_event.unwrap_or_else(|| doc.event(&num, &unit));
        let mut counts = doc.counts(&num, &unit, event);
        let sid = doc.sent.get(num.first).copied();
        // "The index fell 3%. It fell by 5% more": a pronoun's change is
        // the last named one of its paragraph
        if counts == "change" {
            let para = doc.para.get(num.first).copied();
            let sstart = sid.map_or(num.first, |s| doc.sentence_toks(s).0);
            // (within the 30 words before it: a run-on text stays linear)
            let from = sstart.max(num.first.saturating_sub(30));
            let pronoun = (from..num.first).any(|k| matches!(doc.norm(k), "it" | "they"));
            if let (true, Some((p, label))) = (pronoun, &prev_change) {
                if *p == para {
                    counts = label.clone();
                }
            }
        } else if counts.starts_with("change in ") {
            prev_change = Some((doc.para.get(num.first).copied(), counts.clone()));
        }
        if unit.measure == Measure::Percent {
            // "contracted by 0.9% … and a further 0.1%": the same change
            let more = matches!(
                doc.norm(num.first.wrapping_sub(1)),
                "further" | "another" | "additional"
            );
            if let (true, true, Some((s, label))) = (more, counts == "share", &prev_percent) {
                if *s == sid {
                    counts = label.clone();
                }
            }
            prev_percent = Some((sid, counts.clone()));
            match &prev_share {
                Some((s, group)) if counts == "share" && *s == sid => counts = group.clone(),
                // "… of likely voters, while 21 percent said …", "… 23
                // percent favored B"
                Some((s, group))
                    if *s == sid
                        && (counts.starts_with("share who ")
                            || counts.starts_with("share backing ")) =>
                {
                    counts = format!("{group} {}", &counts["share ".len()..]);
                }
                // the group alone: "share of voters" of "… backing Smith"
                // (not a part of a unit: "a quarter of a percentage point")
                _ if counts.starts_with("share of ")
                    && !counts.contains("point")
                    && !counts.contains("percent") =>
                {
                    let group = counts.split(" backing ").next().unwrap_or(&counts);
                    prev_share = Some((sid, group.to_string()));
                }
                _ => {}
            }
        }
        if unit.measure == Measure::People {
            prev = Some(Listed {
                sentence: sid,
                after: unit.last.max(num.last),
                unit: unit.clone(),
                event,
            });
        }
        let attributed_to = attribution::attribute(&doc, &quotes, num.first, read.start);
        let status = attribution::status(&doc, num.first);
        let sentence = sentence_span(article, &doc, read.start);
        // cents are a hundredth of the currency, so that "26 cents" and
        // "$0.26" group together
        let mut code = unit.code;
        if let Some(currency) = code.strip_suffix("-cents") {
            read.value /= 100.0;
            read.low = read.low.map(|v| v / 100.0);
            read.high = read.high.map(|v| v / 100.0);
            code = currency.to_string();
        }
        let (low, high) = bounds(read.value, read.hedge, read.low, read.high);
        out.push(FigureReport {
            article: article.id,
            start: read.start,
            end: read.end.max(
                doc.toks
                    .get(unit.last.saturating_sub(1))
                    .map_or(read.end, |t| t.end),
            ),
            value: read.value,
            low,
            high,
            hedge: read.hedge,
            unit: code,
            counts,
            attributed_to,
            status,
            sentence,
        });
    }
    out
}

/// A count of people just read, which the bare numbers of a list after it
/// may share: "executions of 17 in one town, 22 in another".
struct Listed {
    sentence: Option<usize>,
    /// The token after the count's unit.
    after: usize,
    unit: Unit,
    event: Option<Event>,
}

/// "percent of 10" opening a clause is ten percent (see
/// [`units::percent_before`]).
fn percent_first(doc: &Doc<'_>, num: &Num, read: &mut Read) {
    if read.unit.is_some() || num.fraction || num.hedge.is_some() {
        return;
    }
    let Some(p) = units::percent_before(&doc.toks, num.first) else {
        return;
    };
    if let Some(t) = doc.toks.get(p) {
        read.start = read.start.min(t.start);
        read.unit = Some(Unit {
            measure: Measure::Percent,
            code: "percent".to_string(),
            noun: None,
            last: num.last,
        });
    }
}

/// "1 in 5 voters", "three out of four Americans": a share, read as a
/// percentage (20 percent) spanning both numbers, so that the second is not
/// read again as a count. A time or measure after the second number ("2 in
/// 5 minutes") is no share.
fn one_in_n(doc: &Doc<'_>, num: &Num, read: &mut Read) {
    if read.unit.is_some() || num.fraction || num.hedge.is_some() || num.last != num.first + 1 {
        return;
    }
    let k = match (doc.norm(num.last), doc.norm(num.last + 1)) {
        ("in", _) => num.last + 1,
        ("out", "of") => num.last + 2,
        _ => return,
    };
    let Some(second) = number::parse_at(&doc.toks, k) else {
        return;
    };
    let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
    if !whole(num.value)
        || !whole(second.value)
        || second.value <= num.value
        || second.value > 1000.0
    {
        return;
    }
    let group = units::unit_after(&doc.toks, second.last, false);
    if group
        .as_ref()
        .is_some_and(|u| !matches!(u.measure, Measure::People | Measure::Count))
    {
        return;
    }
    let Some(end) = doc.toks.get(second.last - 1).map(|t| t.end) else {
        return;
    };
    read.value = num.value / second.value * 100.0;
    read.end = read.end.max(end);
    // the group it is a share of ("voters") is the label's
    read.unit = Some(Unit {
        measure: Measure::Percent,
        code: "percent".to_string(),
        noun: group.and_then(|u| u.noun),
        last: second.last,
    });
}

/// "The annual revenue is ($99.99).": an amount of money alone in brackets
/// where a value is stated (after a copula, a colon or an equals sign, or
/// opening the text) is the accountant's negative. Brackets after anything
/// else are an aside or a conversion ("£50 ($65)") and keep the sign.
/// `consumed` is the token after the amount.
fn in_brackets_negative(doc: &Doc<'_>, consumed: usize, read: &mut Read) {
    let money = read
        .unit
        .as_ref()
        .is_some_and(|u| u.measure == Measure::Money);
    if !money || read.value <= 0.0 || doc.norm(consumed) != ")" {
        return;
    }
    let f = doc.toks.partition_point(|t| t.start < read.start);
    if f == 0 || doc.norm(f - 1) != "(" {
        return;
    }
    let stated = f == 1
        || matches!(
            doc.norm(f - 2),
            "is" | "was" | "are" | "were" | "be" | "been" | ":" | "="
        );
    if stated {
        read.value = -read.value;
        let (low, high) = (read.low.map(|v| -v), read.high.map(|v| -v));
        read.low = high;
        read.high = low;
    }
}

/// Amounts that go on past the unit the reader stopped at: cents after a
/// whole amount of money ("3 dollars 50 cents", "$20 and 43c"), smaller
/// units of the same measure ("5 feet 2 inches", "2 km and 1 meter"), and
/// a scale after a currency code ("75 USD million").
fn continue_amount(doc: &Doc<'_>, num: &Num, read: &mut Read) {
    if read.hedge != Hedge::Exact {
        return;
    }
    let Some(unit) = read.unit.as_mut() else {
        return;
    };
    let at = unit.last.max(num.last);
    let toks = &doc.toks;
    let mut last = at;
    match unit.measure {
        Measure::Money if unit.code.len() == 3 => {
            let code_word = toks.get(at.wrapping_sub(1)).is_some_and(|t| {
                t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_uppercase())
            });
            if let Some(s) = number::scale_word(doc.norm(at)).filter(|_| code_word) {
                read.value *= s;
                last = at + 1;
            } else if read.value.fract() == 0.0 && read.value < 1e6 {
                if let Some((cents, end)) = units::cents_after(toks, at) {
                    read.value += cents;
                    last = end;
                }
            }
        }
        Measure::Distance | Measure::Weight | Measure::Volume => {
            // "2 yards 7 ft 10 inches": at most two smaller units
            for _ in 0..2 {
                let Some((more, end)) = units::compound_after(toks, last, &unit.code) else {
                    break;
                };
                read.value += more;
                last = end;
            }
        }
        _ => {}
    }
    // physical measures only: "fell 0.2% to 4.1%", "shares fell $2 to $40"
    // name a change and where it ended, not a range
    if matches!(
        unit.measure,
        Measure::Distance
            | Measure::Area
            | Measure::Weight
            | Measure::Volume
            | Measure::Temperature
    ) {
        if let Some((low, high, end)) = unit_range(doc, read.value, read.start, last, unit) {
            read.value = (low + high) / 2.0;
            read.low = Some(low);
            read.high = Some(high);
            read.hedge = Hedge::Range;
            last = end;
        }
    }
    if last > at {
        unit.last = last;
        if let Some(t) = toks.get(last - 1) {
            read.end = read.end.max(t.end);
        }
    }
}

/// A range of money written with its currency at both ends: "between $12
/// million and $20 million", "about US$16 million to $28 million" (an
/// "about" before it hedges the range). "Shares fell $2 to $40", "rose from
/// $5 to $10" name a change and where it ended, so a change verb, "from"
/// or "by" just before the first amount rules the reading out.
fn money_range(doc: &Doc<'_>, read: &mut Read) {
    if !matches!(read.hedge, Hedge::Exact | Hedge::Approximate) {
        return;
    }
    let Some(unit) = read.unit.as_mut() else {
        return;
    };
    if unit.measure != Measure::Money {
        return;
    }
    let first = doc.toks.partition_point(|t| t.start < read.start);
    let change = (first.saturating_sub(4)..first).any(|k| {
        let w = doc.norm(k);
        is_change_verb(w) || matches!(w, "from" | "by")
    });
    if change {
        return;
    }
    let last = unit.last;
    if let Some((low, high, end)) = unit_range(doc, read.value, read.start, last, unit) {
        read.value = (low + high) / 2.0;
        read.low = Some(low);
        read.high = Some(high);
        read.hedge = Hedge::Range;
        unit.last = end;
        if let Some(t) = doc.toks.get(end - 1) {
            read.end = read.end.max(t.end);
        }
    }
}

/// A range whose second end repeats the unit: "44 mg to 50 mg", "between
/// 5 km and 8 km", "from -18 °C to -34 °C", "$5 to $10" (money is read
/// so only when the caller allows it). `a` is the first
/// end, read from byte `read_start` to the token before `last`. Returns the
/// bounds and the token after the second end.
fn unit_range(
    doc: &Doc<'_>,
    a: f64,
    read_start: usize,
    last: usize,
    unit: &Unit,
) -> Option<(f64, f64, usize)> {
    let toks = &doc.toks;
    let first = toks.partition_point(|t| t.start < read_start);
    let ok = match doc.norm(last) {
        "to" => true,
        "and" => first > 0 && doc.norm(first - 1) == "between",
        _ => false,
    };
    if !ok {
        return None;
    }
    let k = last + 1;
    // "$10", "US$10": the currency stands before the second end
    let before = (1..=2).find_map(|d| {
        units::currency_before(toks, k + d)
            .filter(|&(_, s)| s == k)
            .map(|(code, _)| (code, k + d))
    });
    let at = before.map_or(k, |(_, n)| n);
    let b =
        number::parse_at(toks, at).filter(|b| b.first == at && b.hedge.is_none() && !b.fraction)?;
    let (code, end) = match before {
        Some((code, _)) => (code.to_string(), b.last),
        None => {
            let u = units::unit_after(toks, b.last, false)?;
            (u.code, u.last)
        }
    };
    if code != unit.code {
        return None;
    }
    let (low, high) = if a <= b.value {
        (a, b.value)
    } else {
        (b.value, a)
    };
    (low < high).then_some((low, high, end))
}

/// Whether the number is part of an identifier: glued to a word before it
/// ("L2", "J1149.5", "OAO-1", "scp-173m"), to a number by a plus
/// ("+6663"), or followed, glued, by more of the code ("06F6",
/// "24703m212"). A currency code glued before it ("CHF3.04") is money.
fn in_code(doc: &Doc<'_>, num: &Num, read: &Read, consumed: usize) -> bool {
    let toks = &doc.toks;
    let i = num.first;
    let Some(first) = toks.get(i).filter(|_| num.digits) else {
        return false;
    };
    let glued_before = |k: usize| k > 0 && adjacent(toks, k - 1);
    let currency_first = read.start < first.start;
    if !currency_first && glued_before(i) {
        let p = &toks[i - 1];
        if p.kind == Kind::Word {
            return true;
        }
        if matches!(p.norm.as_str(), "-" | "+") && glued_before(i - 1) {
            let pp = &toks[i - 2];
            if pp.kind == Kind::Word || (p.norm == "+" && pp.kind == Kind::Num) {
                return true;
            }
        }
    }
    match toks.get(consumed) {
        Some(t) if glued_before(consumed) => {
            t.kind == Kind::Num
                || (t.kind == Kind::Word
                    && toks.get(consumed + 1).is_some_and(|n| n.kind == Kind::Num)
                    && adjacent(toks, consumed))
        }
        _ => false,
    }
}

/// The interval a hedge implies. Approximate values carry no bound: "about
/// 90" does not say how far off it may be.
fn bounds(
    value: f64,
    hedge: Hedge,
    low: Option<f64>,
    high: Option<f64>,
) -> (Option<f64>, Option<f64>) {
    match hedge {
        Hedge::Exact => (Some(value), Some(value)),
        Hedge::AtLeast => (Some(value), None),
        Hedge::AtMost => (None, Some(value)),
        Hedge::Approximate => (None, None),
        Hedge::Range | Hedge::Vague => (low, high),
    }
}

/// The sentence of the segmenter that holds `at`, or our own sentence.
fn sentence_span(article: &Article, doc: &Doc<'_>, at: usize) -> Span {
    let idx = article.sentences.partition_point(|s| s.end <= at);
    if let Some(s) = article
        .sentences
        .get(idx)
        .filter(|s| s.start <= at && at < s.end)
    {
        return *s;
    }
    let tok = doc.toks.partition_point(|t| t.end <= at);
    let sid = doc.sent.get(tok).copied().unwrap_or(0);
    let (a, b) = doc.sentence_toks(sid);
    match (
        doc.toks.get(a),
        b.checked_sub(1).and_then(|l| doc.toks.get(l)),
    ) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => Span::new(at, at),
    }
}

/// A text cut into tokens, sentences and paragraphs.
pub(crate) struct Doc<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Tok<'a>>,
    /// Sentence number of each token.
    pub(crate) sent: Vec<usize>,
    /// First token of each sentence.
    pub(crate) sent_start: Vec<usize>,
    /// Paragraph number of each token.
    pub(crate) para: Vec<usize>,
    /// Words written capitalised inside a sentence (names), built on first
    /// use: one pass over the text however many figures ask.
    named: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
    /// The words written in lower case somewhere in the text, as written
    /// (a lower-case word's text is its normal form).
    common: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
}

/// What the number reader makes of one number in its context.
struct Read {
    start: usize,
    end: usize,
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    hedge: Hedge,
    unit: Option<Unit>,
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "st", "gen", "lt", "col", "sgt", "capt", "no", "vs", "prof", "sen",
    "rep", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "co", "jr",
    "sr", "mt", "ft", "approx", "est", "u.s", "sens", "reps", "govs", "gens", "adm", "cmdr", "maj",
    "rev", "hon", "messrs", "calif", "ariz", "fla",
];

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str) -> Doc<'a> {
        let toks = number::tokenize(text);
        let mut sent = Vec::with_capacity(toks.len());
        let mut para = Vec::with_capacity(toks.len());
        let mut sent_start = vec![0];
        let (mut s, mut p) = (0, 0);
        for i in 0..toks.len() {
            if i > 0 {
                let gap = text.get(toks[i - 1].end..toks[i].start).unwrap_or("");
                let newline = gap.contains('\n');
                if newline {
                    p += 1;
                }
                if newline || Self::ends_sentence(&toks, i - 1) {
                    s += 1;
                    sent_start.push(i);
                }
            }
            sent.push(s);
            para.push(p);
        }
        Doc {
            text,
            toks,
            sent,
            sent_start,
            para,
            named: std::cell::OnceCell::new(),
            common: std::cell::OnceCell::new(),
        }
    }

    /// Whether a sentence ends after token `i` (and before token `i + 1`).
    fn ends_sentence(toks: &[Tok<'_>], i: usize) -> bool {
        let Some(t) = toks.get(i) else { return false };
        let Some(next) = toks.get(i + 1) else {
            return false;
        };
        let closing = matches!(t.norm.as_str(), "”" | "\"" | ")" | "'")
            && i > 0
            && matches!(toks[i - 1].norm.as_str(), "." | "!" | "?" | "…");
        if !matches!(t.norm.as_str(), "." | "!" | "?" | "…") && !closing {
            return false;
        }
        if t.end == next.start && !closing {
            return false;
        }
        let starts = next.capitalized()
            || next.kind == Kind::Num
            || matches!(next.norm.as_str(), "“" | "\"" | "'" | "(");
        if !starts {
            return false;
        }
        if t.norm == "." && i > 0 {
            let prev = &toks[i - 1];
            if prev.kind == Kind::Word
                && adjacent(toks, i - 1)
                && (ABBREVIATIONS.contains(&prev.norm.as_str())
                    || (prev.text.chars().count() == 1 && prev.capitalized()))
            {
                return false;
            }
        }
        true
    }

    /// Whether token `i` sits inside a web address: its run of non-space
    /// text (looked at up to 2 KB each way) holds "://" or "www.".
    fn in_url(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let bytes = self.text.as_bytes();
        let mut a = t.start;
        while a > 0 && t.start - a < 2048 && !bytes[a - 1].is_ascii_whitespace() {
            a -= 1;
        }
        let mut b = t.end;
        while b < bytes.len() && b - t.end < 2048 && !bytes[b].is_ascii_whitespace() {
            b += 1;
        }
        let chunk = self.text.get(a..b).unwrap_or("");
        chunk.contains("://") || chunk.contains("www.")
    }

    /// Tokens of sentence `sid`, as a half-open token range.
    pub(crate) fn sentence_toks(&self, sid: usize) -> (usize, usize) {
        let a = self.sent_start.get(sid).copied().unwrap_or(self.toks.len());
        let b = self
            .sent_start
            .get(sid + 1)
            .copied()
            .unwrap_or(self.toks.len());
        (a, b)
    }

    pub(crate) fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    /// Reads hedge, currency, percent, fraction and unit around a number.
    fn read(&self, num: &Num) -> Option<Read> {
        let toks = &self.toks;
        let first_tok_of = |i: usize| toks.get(i);
        let mut value = num.value;
        let mut low = num.low;
        let mut high = num.high;
        let mut first = num.first;
        let mut last = num.last;
        let mut unit = None;
        let vague = num.hedge == Some(Hedge::Vague);
        // "35-plus hours": at least 35, and the unit after the "plus"
        let plus = if self.norm(num.last) == "-"
            && self.norm(num.last + 1) == "plus"
            && number::adjacent(toks, num.last - 1)
            && number::adjacent(toks, num.last)
        {
            2
        } else {
            0
        };
        if let Some((code, start)) = units::currency_before(toks, num.first) {
            first = start;
            unit = Some(Unit {
                measure: Measure::Money,
                code: code.to_string(),
                noun: None,
                last: num.last,
            });
        } else if num.fraction {
            // "a third of which were children", "half of the city"
            if !matches!(
                self.norm(num.last),
                "of" | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "said"
                    | "were"
                    | "are"
                    | "is"
                    | "was"
            ) {
                return None;
            }
            value *= 100.0;
            unit = Some(Unit {
                measure: Measure::Percent,
                code: "percent".to_string(),
                noun: None,
                last: num.last,
            });
        } else {
            unit = units::unit_after(toks, num.last + plus, vague).or(unit);
        }
        if let Some(u) = &unit {
            if u.measure == Measure::Percent && !num.fraction {
                // a percent of a range: both ends are percentages
                last = last.max(u.last);
            } else if u.measure == Measure::Money && u.last > last {
                last = u.last;
            }
        }
        // the hedge stands before the currency: "as high as US$100 billion"
        let norms = self.norms_around(first, num.last);
        let mut hedge = num.hedge.unwrap_or(Hedge::Exact);
        if num.hedge.is_none() {
            let base = first.saturating_sub(6);
            let rel_first = first - base;
            if let Some((h, start)) = lexicon::hedge_before(&norms.0, rel_first) {
                // "some" and "over" only hedge a number; "an estimated" too
                hedge = h;
                first = first.min(base + start);
            } else if let Some((h, end)) = lexicon::hedge_after(&norms.1, 0) {
                hedge = h;
                last = last.max(num.last + end);
            } else if plus > 0 {
                hedge = Hedge::AtLeast;
                last = last.max(num.last + plus);
            }
        }
        if let (Hedge::Range, Some(l), Some(h)) = (hedge, low, high) {
            if num.fraction {
                low = Some(l * 100.0);
                high = Some(h * 100.0);
            }
        }
        if vague {
            low = Some(value);
            high = None;
        }
        if !value.is_finite() {
            return None;
        }
        let start = first_tok_of(first)?.start;
        let end = toks.get(last.saturating_sub(1))?.end.max(start);
        Some(Read {
            start,
            end,
            value,
            low,
            high,
            hedge,
            unit,
        })
    }

    /// Lowercased words just before `first` (up to six) and from `last` on (up to three).
    fn norms_around(&self, first: usize, last: usize) -> (Vec<&str>, Vec<&str>) {
        let base = first.saturating_sub(6);
        let before: Vec<&str> = (base..first).map(|i| self.norm(i)).collect();
        let after: Vec<&str> = (last..(last + 3).min(self.toks.len()))
            .map(|i| self.norm(i))
            .collect();
        (before, after)
    }

    /// Whether the number is an age, date, year, ordinal, time of day,
    /// street number or part of a name rather than a figure.
    fn not_a_figure(&self, num: &Num, read: &Read) -> bool {
        let (i, j) = (num.first, num.last);
        let toks = &self.toks;
        let w = |k: usize| self.norm(k);
        let prev = i.checked_sub(1).map_or("", |k| self.norm(k));
        // relative dates: "two years ago", "three weeks away", "four
        // weeks since the vote", "six months from now", "go back ten years"
        let after_unit = read.unit.as_ref().map_or(j, |u| u.last.max(j));
        let span_before = matches!(prev, "for" | "over" | "past" | "last" | "during" | "within");
        if (matches!(
            w(after_unit),
            "ago"
                | "earlier"
                | "later"
                | "before"
                | "after"
                | "afterwards"
                | "hence"
                | "away"
                | "prior"
                // "23 days into early voting"
                | "into"
        ) || (w(after_unit) == "since" && !span_before)
            || (w(after_unit) == "from" && w(after_unit + 1) == "now")
            || matches!(prev, "back" | "backs"))
            && read
                .unit
                .as_ref()
                .is_some_and(|u| u.measure == Measure::Duration)
        {
            return true;
        }
        // a part of a period or a ranking, no share: "in the first half of
        // the year", "the second quarter", "the bottom third"
        if matches!(w(i), "half" | "quarter" | "third")
            && matches!(
                prev,
                "first" | "second" | "third" | "fourth" | "last" | "latter" | "former" | "final"
            )
        {
            return true;
        }
        // ordinals: "4th", "21st"
        if matches!(w(j), "st" | "nd" | "rd" | "th") && adjacent(toks, j - 1) {
            return true;
        }
        // times of day: "10:30", "3 pm", "9 a.m."
        if (w(j) == ":" && toks.get(j + 1).is_some_and(|t| t.kind == Kind::Num))
            || matches!(w(j), "am" | "pm" | "gmt" | "utc" | "o'clock" | "hrs")
            || (w(j) == "a" || w(j) == "p") && w(j + 1) == "." && w(j + 2) == "m"
            || prev == ":" && i >= 2 && toks[i - 2].kind == Kind::Num
        {
            return true;
        }
        // ages: "a 26-year-old", "seven year old", "aged 30"
        let mut k = j;
        if w(k) == "-" {
            k += 1;
        }
        if matches!(w(k), "year" | "years" | "month" | "months") {
            let mut m = k + 1;
            if w(m) == "-" {
                m += 1;
            }
            // (a class of people by age too: "17-year-olds")
            if matches!(w(m), "old" | "olds") {
                return true;
            }
        }
        // a difference of age or a rank: "a man five decades younger",
        // "a four-star general"
        if matches!(w(after_unit), "younger" | "older" | "junior" | "senior")
            && read
                .unit
                .as_ref()
                .is_some_and(|u| u.measure == Measure::Duration)
        {
            return true;
        }
        if w(i + 1) == "-" && w(i + 2) == "star" && adjacent(toks, i) {
            return true;
        }
        if matches!(prev, "aged" | "age" | "ages") || (prev == "of" && i >= 2 && w(i - 2) == "age")
        {
            return true;
        }
        // dates: "December 14", "14 December", "December 14, 2016" ("may"
        // and "march" are months only with a capital: "$125,000 may")
        let month = |k: usize| {
            let day_or_year = toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num);
            lexicon::is_month(w(k))
                && (!matches!(w(k), "may" | "march")
                    || toks.get(k).is_some_and(Tok::capitalized)
                    // lower-cased text: "may 2", "11 march 2018"
                    || day_or_year)
        };
        if (i > 0 && month(i - 1)) || month(j) || (w(j) == "of" && month(j + 1)) {
            return true;
        }
        if prev == "," && i >= 3 && toks[i - 2].kind == Kind::Num && month(i - 3) {
            return true;
        }
        // years: four digits, no separator, no other unit than a duration
        let t = &toks[i];
        if num.digits
            && j == i + 1
            && t.kind == Kind::Num
            && t.norm.len() == 4
            && !t.norm.contains([',', '.'])
            && read.unit.is_none()
        {
            if let Ok(y) = t.norm.parse::<u32>() {
                if (1000..=2199).contains(&y) {
                    return true;
                }
            }
        }
        if num.digits && matches!(w(j), "s") && adjacent(toks, j - 1) {
            return true; // "1990s"
        }
        // a year after a determiner, before a plural: "the 2008 primaries",
        // "the 2008 and 2012 cycles" (a count of thousands takes a comma)
        let year_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == Kind::Num
                    && t.norm.len() == 4
                    && t.norm.bytes().all(|b| b.is_ascii_digit())
                    && t.norm
                        .parse::<u32>()
                        .is_ok_and(|y| (1900..=2100).contains(&y))
            })
        };
        if num.digits
            && j == i + 1
            && year_at(i)
            && (matches!(
                prev,
                "the" | "its" | "their" | "his" | "her" | "our" | "this" | "all"
            ) || (matches!(prev, "and" | "or") && i >= 2 && year_at(i - 2)))
            && read
                .unit
                .as_ref()
                .is_some_and(|u| matches!(u.measure, Measure::People | Measure::Count))
        {
            return true;
        }
        // a year before a modifier and a compound: "the 2014 current
        // population survey" (not "2000 new jobs were created")
        if num.digits
            && j == i + 1
            && t.norm.len() == 4
            && t.norm.bytes().all(|b| b.is_ascii_digit())
            && t.norm
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
            && read.unit.as_ref().is_some_and(|u| {
                matches!(u.measure, Measure::People | Measure::Count)
                    && u.last > j + 1
                    && toks.get(u.last).is_some_and(|n| {
                        n.kind == Kind::Word
                            && !lexicon::is_stopword(&n.norm)
                            && !lexicon::is_verb_form(&n.norm)
                            && !lexicon::is_aux_or_adverb(&n.norm)
                    })
            })
        {
            return true;
        }
        // a number glued to a word or a code: "G20", "COVID-19", "F-16"
        if num.digits && i > 0 {
            let p = &toks[i - 1];
            if p.end == t.start
                && (p.kind == Kind::Word
                    || (p.norm == "-"
                        && i >= 2
                        && toks[i - 2].end == p.start
                        && toks[i - 2].kind == Kind::Word))
            {
                return true;
            }
            if p.norm == "#" || (p.norm == "." && i >= 2 && matches!(self.norm(i - 2), "no" | "nr"))
            {
                return true;
            }
        }
        // a number after a name ("Arabi 21", "Boeing 747") unless a unit
        // follows; a counted noun after a model's short number is the
        // model's ("iPhone 4 owners", "Boeing 787 Dreamliners")
        let model_number = j == i + 1
            && t.kind == Kind::Num
            && t.norm.len() <= 4
            && t.norm.bytes().all(|b| b.is_ascii_digit())
            && read
                .unit
                .as_ref()
                .is_some_and(|u| u.measure == Measure::Count || u.measure == Measure::People);
        // (an owner's bare number closing its phrase may be a list item
        // of a count before it: "compared to Jones's 410 and Brown's 96")
        let owners_item = i > 0
            && read.unit.is_none()
            && (toks[i - 1].norm.ends_with("'s"))
            && matches!(w(j), "," | "." | "and" | ";" | "");
        // (a name's number in a named tally is a count: "the delegate
        // count is Jones 384, Roe 300")
        let tally_item = read.unit.is_none() && self.tally_after_name(num).is_some();
        // (a capitalised hedge is no name: "(About 46 detainees")
        let after_name = i > 0
            && !owners_item
            && !tally_item
            && !lexicon::is_hedge_word(w(i - 1))
            && !lexicon::is_stopword(w(i - 1))
            && (toks[i - 1].capitalized()
                || (model_number && toks[i - 1].text.chars().any(char::is_uppercase)));
        if num.digits
            && (read.unit.is_none() || model_number)
            && after_name
            && self.sent_start.get(self.sent[i - 1]).copied() != Some(i - 1)
        {
            return true;
        }
        // street numbers: "12 Downing Street"
        if num.digits && toks.get(j).is_some_and(Tok::capitalized) {
            for (k, tok) in toks.iter().enumerate().skip(j).take(4) {
                if !tok.capitalized() {
                    break;
                }
                if k > j && lexicon::is_street_word(&tok.norm) {
                    return true;
                }
            }
        }
        // a number that labels a part or a place: "page 3", "chapter 11",
        // "route 66", "section 230"
        if num.digits
            && matches!(
                prev,
                "page"
                    | "pages"
                    | "chapter"
                    | "section"
                    | "article"
                    | "paragraph"
                    | "clause"
                    | "item"
                    | "volume"
                    | "episode"
                    | "season"
                    | "route"
                    | "highway"
                    | "interstate"
                    | "gate"
                    | "room"
                    | "platform"
                    | "exit"
                    | "precinct"
                    | "district"
                    | "ward"
                    | "proposition"
                    | "resolution"
            )
            && read
                .unit
                .as_ref()
                .is_none_or(|u| u.measure != Measure::Percent)
        {
            return true;
        }
        // a bare "one" is a pronoun far more often than a count; "one
        // point", "one percent", "one mile" are amounts
        let amount = read.unit.as_ref().is_some_and(|u| {
            matches!(
                u.measure,
                Measure::People
                    | Measure::Percent
                    | Measure::Money
                    | Measure::Distance
                    | Measure::Area
                    | Measure::Weight
                    | Measure::Volume
            ) || u.code == "points"
        });
        let one = (num.first..j).any(|k| self.norm(k) == "one");
        // "for an hour", "more than a year": a span of one unit
        let span = read
            .unit
            .as_ref()
            .is_some_and(|u| u.measure == Measure::Duration)
            && number::spans_one_unit(toks, i)
            // "its lowest level in over a decade" dates a record, no span
            && !(i > 1 && w(i - 2) == "in")
            && !(i > 2 && w(i - 3) == "in" && w(i - 2) == "more")
            // the idiom "a day in the life"
            && !(w(j + 1) == "in" && w(j + 3) == "life");
        let kept = (amount && one) || span;
        if !num.digits && num.value == 1.0 && !kept {
            return true;
        }
        false
    }

    /// A number with no noun, followed or preceded by an event people
    /// undergo, counts people: "50,000 have been displaced", "executions of 17".
    fn implied_people(&self, num: &Num) -> Option<Unit> {
        let people = |last| Unit {
            measure: Measure::People,
            code: "people".to_string(),
            noun: Some("people".to_string()),
            last,
        };
        let sid = self.sent.get(num.first).copied()?;
        let (_, send) = self.sentence_toks(sid);
        // a number pronoun for people: "the two of them", "all three of us"
        // (the number may hold its "of")
        let of = if self.norm(num.last) == "of" {
            num.last
        } else {
            num.last + 1
        };
        let pronoun = matches!(self.norm(num.first.wrapping_sub(1)), "the" | "all")
            && self.norm(of) == "of"
            && matches!(self.norm(of + 1), "them" | "us" | "you")
            && !num.fraction;
        if pronoun {
            return Some(people(num.last));
        }
        // "crowds 15,000 strong"; "the two are on air", "the three met"
        // (`num.last` is the token after the number)
        let strong = self.norm(num.last) == "strong" && !num.fraction;
        let small_word =
            (2.0..=12.0).contains(&num.value) && !num.digits && num.last == num.first + 1;
        let pronoun_subject =
            small_word && matches!(self.norm(num.first.wrapping_sub(1)), "the") && {
                let v = self.norm(num.last);
                matches!(
                    v,
                    "are"
                        | "were"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "met"
                        | "said"
                        | "say"
                        | "agree"
                        | "agreed"
                        | "admit"
                        | "admitted"
                        | "spoke"
                        | "talked"
                ) || (past_tense(v)
                    && !self.toks[num.last].capitalized()
                    // "the two walked in", not "the two reported cases"
                    && !self.toks.get(num.last + 1).is_some_and(|n| {
                        n.kind == Kind::Word
                            && !lexicon::is_stopword(&n.norm)
                            && n.norm.ends_with('s')
                            && !n.norm.ends_with("ss")
                    }))
            };
        if strong || pronoun_subject {
            return Some(people(num.last));
        }
        // a death toll raised to a number: "raised the death toll to 267"
        let toll = self.norm(num.first.wrapping_sub(1)) == "to"
            && (num
                .first
                .saturating_sub(10)
                .max(self.sentence_toks(sid).0 + 1)..num.first)
                .any(|k| self.norm(k) == "toll" && self.norm(k - 1) == "death");
        if toll && !num.fraction {
            return Some(people(num.last));
        }
        // the size of a body of people: "a crowd of more than 3,000"
        if self.body_before(num).is_some() && !num.fraction {
            return Some(people(num.last));
        }
        for k in num.last..(num.last + 6).min(send) {
            let w = self.norm(k);
            if let Some(e) = lexicon::event_word(w, self.norm(k + 1), self.norm(k + 2)) {
                return (!e.weak() && !e.of_things() && e != Event::UnderRubble)
                    .then(|| people(num.last));
            }
            // "caught", "taken"; a crowd: "hundreds more showed up",
            // "thousands gathered", "some 500 turned out"
            let crowd = matches!(
                w,
                "gathered"
                    | "attended"
                    | "marched"
                    | "protested"
                    | "flocked"
                    | "demonstrated"
                    | "assembled"
                    | "converged"
                    | "chanted"
            ) || (matches!(w, "showed" | "turned" | "show" | "turn")
                && matches!(self.norm(k + 1), "up" | "out")
                // "turned out to be invalid" is no crowd
                && !(matches!(w, "turned" | "turn") && self.norm(k + 2) == "to"));
            if matches!(w, "caught" | "taken") || crowd {
                return Some(people(num.last));
            }
            if !matches!(
                w,
                "have"
                    | "has"
                    | "had"
                    | "been"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "being"
                    | "more"
                    | "others"
                    | "so"
                    | "far"
                    | "reportedly"
                    | "now"
                    | "already"
                    | "forcibly"
                    | "field"
                    | "also"
                    | "allegedly"
                    | "people"
            ) {
                break;
            }
        }
        let (sstart, _) = self.sentence_toks(sid);
        // "the strike killed 12 in the north", "arrested at least 40 and
        // wounded 3": a verb that acts on people, with the number as its
        // whole object
        let mut b = num.first;
        while b > sstart
            && num.first - b < 4
            && matches!(
                self.norm(b - 1),
                "at" | "least"
                    | "more"
                    | "than"
                    | "over"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "around"
                    | "roughly"
                    | "up"
                    | "to"
                    | "another"
                    | "an"
                    | "estimated"
            )
        {
            b -= 1;
        }
        let acts_on_people = b > sstart
            && matches!(
                self.norm(b - 1),
                "killed"
                    | "kills"
                    | "kill"
                    | "massacred"
                    | "murdered"
                    | "injured"
                    | "injuring"
                    | "wounded"
                    | "wounding"
                    | "killing"
                    | "executed"
                    | "executing"
                    | "arrested"
                    | "arresting"
                    | "detained"
                    | "detaining"
                    | "abducted"
                    | "kidnapped"
                    | "evacuated"
                    | "sickened"
                    | "infected"
                    // a crowd drawn: "drew thousands to rallies"
                    | "drew"
                    | "draws"
                    | "drawing"
                    | "attracted"
                    | "attracting"
            );
        let whole_object = self.toks.get(num.last).is_none_or(|t| {
            matches!(
                t.norm.as_str(),
                "." | ","
                    | ";"
                    | ":"
                    | ")"
                    | "in"
                    | "on"
                    | "at"
                    | "and"
                    | "near"
                    | "across"
                    | "during"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "since"
                    | "overnight"
                    | "from"
                    | "to"
                    | "including"
                    | "—"
                    | "-"
            )
        }) || self.sent.get(num.last) != Some(&sid);
        // "drew 3-3" is a score
        let score = self.norm(num.last) == "-"
            && self
                .toks
                .get(num.last + 1)
                .is_some_and(|t| t.kind == Kind::Num);
        if acts_on_people && whole_object && !score {
            return Some(people(num.last));
        }
        // "the death toll rose to 150", "the toll stands at 45"
        let mut b = num.first;
        while b > sstart && num.first - b < 5 {
            b -= 1;
            let w = self.norm(b);
            // past a relative clause: "the death toll, which officials say
            // could rise, stands at 45"
            if w == "," {
                if let Some(c) = self.relative_clause_before(b, sstart) {
                    if self.norm(c - 1) == "toll" {
                        return Some(people(num.last));
                    }
                }
                break;
            }
            // "the toll rose to 150", "the number of dead has risen to 56"
            let number_of = matches!(
                w,
                "dead" | "deaths" | "fatalities" | "victims" | "casualties" | "injured" | "wounded"
            ) && b >= 2
                && self.norm(b - 1) == "of"
                && self.norm(b - 2) == "number";
            if w == "toll" || number_of {
                return Some(people(num.last));
            }
            if !matches!(
                w,
                "rose"
                    | "rise"
                    | "above"
                    | "beyond"
                    | "past"
                    | "could"
                    | "may"
                    | "might"
                    | "will"
                    | "risen"
                    | "climbed"
                    | "reached"
                    | "hit"
                    | "stands"
                    | "stood"
                    | "is"
                    | "was"
                    | "to"
                    | "at"
                    | "of"
                    | "has"
                    | "had"
                    | "now"
                    | "jumped"
                    | "increased"
            ) {
                break;
            }
        }
        if num.first >= 2 && self.norm(num.first - 1) == "of" {
            let w = self.norm(num.first - 2);
            if let Some(e) = lexicon::event_word(w, "of", "") {
                if matches!(
                    e,
                    Event::Executed
                        | Event::Killed
                        | Event::Detained
                        | Event::Injured
                        | Event::Casualties
                ) {
                    return Some(people(num.last));
                }
            }
        }
        None
    }

    /// A bare number listed after a count of people, in the same sentence
    /// and before the same place word, counts the same people in the same
    /// event: "17 in one district, 22 in another", "40 people died in the
    /// north and 15 in the south". The item must follow a comma or "and".
    fn listed_after(&self, num: &Num, prev: &Listed) -> Option<(Unit, Option<Event>)> {
        if num.fraction || num.first == 0 || prev.sentence != self.sent.get(num.first).copied() {
            return None;
        }
        // "620 delegates, compared to Jones's 410 and Brown's 96": an
        // owner's bare number that ends its phrase is the same count
        let owner = self.norm(num.first - 1);
        let owned = owner.ends_with("'s")
            && self.toks[num.first - 1].capitalized()
            && matches!(self.norm(num.last), "," | "." | "and" | ";" | "")
            && prev.unit.measure == Measure::People;
        if owned {
            let mut unit = prev.unit.clone();
            unit.last = num.last;
            return Some((unit, prev.event));
        }
        if !matches!(owner, "," | "and") {
            return None;
        }
        let prep = self.norm(num.last);
        if !matches!(prep, "in" | "on" | "at" | "from" | "near") {
            return None;
        }
        // the count itself was followed by that word, at most two words on
        // ("17 in", "40 people died in")
        let shared = (prev.after..(prev.after + 3).min(num.first)).any(|k| self.norm(k) == prep);
        shared.then(|| {
            let mut unit = prev.unit.clone();
            unit.last = num.last;
            (unit, prev.event)
        })
    }

    /// "killed 2,000 people and injured 5,000 others": "others" after a
    /// count of people in the same sentence are people too.
    fn others_after(&self, num: &Num, prev: &Listed) -> Option<Unit> {
        if self.norm(num.last) != "others" || prev.sentence != self.sent.get(num.first).copied() {
            return None;
        }
        Some(Unit {
            measure: Measure::People,
            code: "people".to_string(),
            noun: Some("people".to_string()),
            last: num.last + 1,
        })
    }

    /// The body of people a count sizes, lower-cased: "a population of
    /// 54,000" → "population", "a crowd of more than 3,000" → "crowd".
    fn body_before(&self, num: &Num) -> Option<String> {
        self.noun_of_before(num.first)
            .map(|n| n.to_lowercase())
            .filter(|n| lexicon::is_body_of_people(n.rsplit(' ').next().unwrap_or(n)))
    }

    /// A bare number after a name in a tally the sentence names: "the
    /// delegate count is Jones 384, Roe 300" counts delegates.
    fn tally_after_name(&self, num: &Num) -> Option<Unit> {
        let sid = self.sent.get(num.first).copied()?;
        let (sstart, _) = self.sentence_toks(sid);
        let i = num.first;
        let named = num.digits
            && i > sstart
            && self.toks[i - 1].capitalized()
            && !lexicon::is_stopword(self.norm(i - 1))
            && crate::words::month(self.norm(i - 1)).is_none()
            && !is_weekday(self.norm(i - 1));
        if !named {
            return None;
        }
        // "<noun> count|tally|total" before the names, within the sentence
        let t = (i.saturating_sub(25).max(sstart + 1)..i.saturating_sub(1)).find(|&k| {
            matches!(
                self.norm(k),
                "count" | "tally" | "total" | "totals" | "standings"
            ) && self.toks[k - 1].kind == Kind::Word
                && !self.toks[k - 1].capitalized()
                && !lexicon::is_stopword(self.norm(k - 1))
        })?;
        if i - t > 24 {
            return None;
        }
        let noun = format!("{}s", self.norm(t - 1).trim_end_matches('s'));
        let measure = if units::person_noun(&noun).is_some() {
            Measure::People
        } else {
            Measure::Count
        };
        Some(Unit {
            measure,
            code: if measure == Measure::People {
                "people".to_string()
            } else {
                noun.clone()
            },
            noun: Some(noun),
            last: num.last + 1,
        })
    }

    /// A bare number that closes "<things> of N" counts the things: "job
    /// cuts of 10,000", "losses of 500 positions" is read elsewhere; the
    /// number must end its clause.
    fn counted_before_of(&self, num: &Num) -> Option<Unit> {
        // past a hedge: "a staff of more than 100"
        let mut b = num.first;
        while b > 2 && num.first - b < 3 && lexicon::is_hedge_word(self.norm(b - 1)) {
            b -= 1;
        }
        if b < 2 || self.norm(b - 1) != "of" {
            return None;
        }
        let noun = &self.toks[b - 2];
        // a group of people: "a staff of 100", "a crew of 12" (the number
        // ends its phrase: not "leaders of 18 u.s. firms")
        let ends = self.toks.get(num.last).is_none_or(|t| {
            t.kind != Kind::Word
                || lexicon::is_stopword(&t.norm)
                || lexicon::is_aux_or_adverb(&t.norm)
        });
        if let Some(label) = units::person_noun(&noun.norm).filter(|_| !noun.capitalized() && ends)
        {
            return Some(Unit {
                measure: Measure::People,
                code: "people".to_string(),
                noun: Some(label.to_string()),
                last: num.last,
            });
        }
        let plural = noun.kind == Kind::Word
            && !noun.capitalized()
            && noun.norm.len() > 3
            && noun.norm.ends_with('s')
            && !noun.norm.ends_with("ss")
            && lexicon::is_count_noun(&noun.norm)
            && !lexicon::is_stopword(&noun.norm)
            && !lexicon::is_verb_form(&noun.norm)
            && !not_a_topic(&noun.norm);
        let closes = self.toks.get(num.last).is_none_or(|t| {
            matches!(
                t.norm.as_str(),
                "." | "," | ";" | ":" | ")" | "in" | "by" | "on" | "at" | "over"
            )
        }) || self.sent.get(num.last) != self.sent.get(num.first);
        if !plural || !closes {
            return None;
        }
        let label = self.compound_before(b - 1)?;
        // "job cuts of 10,000" count jobs
        let before = self.norm((b - 2).wrapping_sub(1));
        let code = units::jobs_changed(before, &noun.norm).unwrap_or(&noun.norm);
        Some(Unit {
            measure: Measure::Count,
            code: code.to_string(),
            noun: Some(label),
            last: num.last,
        })
    }

    /// The event nearest to the number in its clause: after it first (the
    /// verb follows its subject), then before it. A stative reading
    /// ("remain", "home to") yields to an explicit event just behind it.
    fn event(&self, num: &Num, unit: &Unit) -> Option<Event> {
        let sid = self.sent.get(num.first).copied()?;
        let (sstart, send) = self.sentence_toks(sid);
        let allowed = |e: Event| match unit.measure {
            Measure::People => !e.of_things(),
            // "held 300 rallies" is no control; "control 30 villages" is;
            // things are not displaced, detained or in need: "left 200,000
            // homes without power" is no flight
            Measure::Count => {
                !matches!(
                    e,
                    Event::Present
                        | Event::Trapped
                        | Event::Fled
                        | Event::Displaced
                        | Event::Detained
                        | Event::Executed
                        | Event::Casualties
                        | Event::Hospitalized
                        | Event::InNeed
                ) && (e != Event::Controlled
                    || unit.noun.as_deref().is_some_and(lexicon::is_territory_noun))
            }
            Measure::Percent => true,
            _ => matches!(
                e,
                Event::Trapped | Event::Present | Event::Retaken | Event::Controlled
            ),
        };
        // "a third of which were children": the share names its own group
        if num.fraction
            && self.norm(num.last) == "of"
            && matches!(self.norm(num.last + 1), "which" | "whom" | "them")
        {
            return None;
        }
        // a word right after the figure says it first ("left 10,000
        // homeless"); else the verb right before the number governs it
        // ("killed at least 2,000 people and left …")
        let next = unit.last.max(num.last);
        if let Some(e) =
            lexicon::event_word(self.norm(next), self.norm(next + 1), self.norm(next + 2))
                .filter(|e| allowed(*e) && !e.weak())
        {
            return Some(e);
        }
        let mut b = num.first;
        while b > sstart
            && (lexicon::is_hedge_word(self.norm(b - 1))
                || (self.norm(b - 1) == "at" && matches!(self.norm(b), "least" | "most"))
                || (self.norm(b - 1) == "to" && self.norm(b.saturating_sub(2)) == "up"))
        {
            b -= 1;
        }
        if b > sstart {
            if let Some(e) = lexicon::event_word(self.norm(b - 1), self.norm(b), self.norm(b + 1))
                .filter(|e| allowed(*e) && !e.weak())
            {
                return Some(e);
            }
        }
        // a part after ", including" takes the whole's event first: "killed
        // 30, including 8 children, and wounded 50 others"
        if self.after_including(num.first, sstart) {
            if let Some(e) = self.event_before(num, sstart, &allowed) {
                return Some(e);
            }
        }
        // a share is the object of its verb: "captured 90 percent of …"
        if unit.measure == Measure::Percent {
            if let Some(e) = self.event_before(num, sstart, &allowed) {
                return Some(e);
            }
        }
        let mut found: Option<(Event, usize)> = None;
        let end = (num.last + 14).min(send);
        let mut k = num.first;
        let mut end = end;
        while k < end {
            // an aside of the group ("37 civilians, including 12 children,
            // died"): the verb after it is the group's
            if k >= unit.last && self.norm(k) == "," && self.norm(k + 1) == "including" {
                if let Some(close) = (k + 2..(k + 12).min(send)).find(|&c| self.norm(c) == ",") {
                    end = (close + 14).min(send);
                    k = close + 1;
                    continue;
                }
            }
            if k >= unit.last && self.toks[k].kind == Kind::Num {
                break; // the next number's clause
            }
            if matches!(self.norm(k), ";" | "—" | "(") {
                break;
            }
            // a share's control or capture is told in its own clause, not in
            // a relative clause after it ("10 percent of them voted for X,
            // a doctor who has never held office")
            let aside = |e: Event| {
                unit.measure == Measure::Percent
                    && matches!(e, Event::Controlled | Event::Retaken)
                    && (num.last..k).any(|c| matches!(self.norm(c), "," | "who" | "which"))
            };
            if let Some(e) = lexicon::event_word(self.norm(k), self.norm(k + 1), self.norm(k + 2))
                .filter(|e| allowed(*e) && !aside(*e))
            {
                match found {
                    None if e.weak() => found = Some((e, k)),
                    None => return Some(e),
                    Some((_, at)) if !e.weak() && k <= at + 4 => return Some(e),
                    Some(_) => {}
                }
            }
            k += 1;
        }
        if let Some((e, _)) = found {
            return Some(e);
        }
        self.event_before(num, sstart, &allowed)
    }

    /// The event named in the few words before a number, stopping at the
    /// previous number or clause mark.
    fn event_before(
        &self,
        num: &Num,
        sstart: usize,
        allowed: &dyn Fn(Event) -> bool,
    ) -> Option<Event> {
        let mut b = num.first;
        // "killed 30 people, including two children": the part shares the
        // event of the whole before it
        let part = self.after_including(b, sstart);
        let reach = if part { 14 } else { 8 };
        while b > sstart && b + reach > num.first {
            b -= 1;
            let whole = part && b + 6 > num.first;
            // the subject before a relative clause: "the death toll, which
            // officials say could rise, stands at 45"
            if self.norm(b) == "," {
                if let Some(c) = self.relative_clause_before(b, sstart) {
                    if let Some(e) =
                        lexicon::event_word(self.norm(c - 1), ",", "").filter(|e| allowed(*e))
                    {
                        return Some(e);
                    }
                }
            }
            if (self.toks[b].kind == Kind::Num && !whole)
                || matches!(self.norm(b), ";" | "." | "”" | "“")
            {
                break;
            }
            let w = self.norm(b);
            // "left 59 dead and 40,000 customers without power": the event
            // right after another count is that count's
            let owned = b > 0 && self.toks[b - 1].kind == Kind::Num && !whole;
            if owned {
                break;
            }
            if let Some(e) =
                lexicon::event_word(w, self.norm(b + 1), self.norm(b + 2)).filter(|e| allowed(*e))
            {
                return Some(e);
            }
            // "we have over 60,000", "there are 300": people said to be in a place
            let stative = (matches!(w, "have" | "has")
                && matches!(self.norm(b.wrapping_sub(1)), "we" | "they" | "there"))
                || (matches!(w, "are" | "were") && self.norm(b.wrapping_sub(1)) == "there");
            if stative && allowed(Event::Present) {
                return Some(Event::Present);
            }
        }
        None
    }

    /// The short label of what is counted: noun and event ("civilians
    /// trapped"), a share ("share of the city retaken") or the measure.
    fn counts(&self, num: &Num, unit: &Unit, event: Option<Event>) -> String {
        let ev = event.map(Event::label);
        match unit.measure {
            Measure::People | Measure::Count => {
                if unit.code == "points" {
                    if let Some(lead) = self.lead_label(num, unit) {
                        return lead;
                    }
                }
                let noun = unit.noun.clone().unwrap_or_else(|| "people".to_string());
                // a measure written as a code ("16 GB") counts the noun it
                // qualifies: "a 16 GB model", "16 GB and 32 GB models"
                let code = unit.code.len() > 1 && unit.code.bytes().all(|b| b.is_ascii_uppercase());
                if unit.measure == Measure::Count && code && noun == unit.code {
                    if let Some(n) = self.measured_noun(unit) {
                        return n;
                    }
                    // "a memory space of up to 160GB"
                    if let Some(n) = self.noun_of_before(num.first) {
                        return n;
                    }
                    // a data size on its own ("a 2GB and a 4GB", "held
                    // 6GB") is a capacity; no event ("held" is no control)
                    if matches!(unit.code.as_str(), "KB" | "MB" | "GB" | "TB" | "PB") {
                        return "capacity".to_string();
                    }
                    return noun;
                }
                // a body of people the count sizes: "a population of
                // 54,000", "a crowd of more than 3,000"
                if ev.is_none() && noun == "people" {
                    if let Some(body) = self.body_before(num) {
                        return body;
                    }
                }
                // a count that qualifies a noun: "a 104-page report"
                // (points keep their own label: "a 300-point fall" is points)
                if unit.measure == Measure::Count
                    && unit.code != "points"
                    && ev.is_none()
                    && self.hyphenated(num)
                {
                    let k = unit.last;
                    let mut e = k;
                    while e < k + 5
                        && self.toks.get(e).is_some_and(|t| {
                            t.kind == Kind::Word
                                && !t.capitalized()
                                && !lexicon::is_stopword(&t.norm)
                                && (e == k
                                    || !(past_tense(&t.norm)
                                        || is_change_verb(&t.norm)
                                        || lexicon::is_verb_form(&t.norm)
                                        || lexicon::is_aux_or_adverb(&t.norm)))
                        })
                    {
                        e += 1;
                    }
                    if e > k {
                        if let Some(noun) = self.text.get(self.toks[k].start..self.toks[e - 1].end)
                        {
                            return noun.to_string();
                        }
                    }
                }
                match ev {
                    Some(e) => format!("{noun} {e}"),
                    None => noun,
                }
            }
            Measure::Percent => {
                let of_group = matches!(self.norm(num.last + 1), "which" | "whom" | "them");
                if num.fraction && self.norm(num.last) == "of" && of_group {
                    // "a third of which were children"
                    let (_, send) = self.sentence_toks(self.sent[num.first]);
                    let mut k = num.last + 2;
                    while k < send && matches!(self.norm(k), "were" | "are" | "was" | "is") {
                        k += 1;
                    }
                    // only a copula names the group: "half of which would
                    // come from …" is a share, of nothing named
                    let noun = self
                        .toks
                        .get(k)
                        .filter(|t| k > num.last + 2 && t.kind == Kind::Word)
                        .map_or("", |t| t.norm.as_str());
                    return if noun.is_empty() {
                        "share".to_string()
                    } else {
                        format!("share that were {noun}")
                    };
                }
                let mut at = unit.last.max(num.last);
                // "a 54% majority of independents": the share of the group
                if matches!(self.norm(at), "majority" | "minority" | "plurality")
                    && self.norm(at + 1) == "of"
                {
                    at += 1;
                }
                let object = self.of_object(at).or_else(|| unit.noun.clone());
                let mut label = match object {
                    // "two-thirds of the injured were children"
                    Some(o) => match self.group_complement(at, &o) {
                        Some(what) => format!("share of {o} that were {what}"),
                        None => match self.backing_after(at) {
                            // "10 percent of them voted for Jones"
                            Some(name) => format!("share of {o} backing {name}"),
                            None => format!("share of {o}"),
                        },
                    },
                    None => self
                        .percent_topic(num, unit)
                        .unwrap_or_else(|| "share".to_string()),
                };
                // the event once: "share of injured", not "… injured injured";
                // a change is no event's share ("cut the risk of death by 30%")
                // (nor a contender's share: "X held 33 percent")
                let change = label == "change"
                    || label.starts_with("change in ")
                    || label.starts_with("share who ")
                    || label.starts_with("share for ")
                    || (label.starts_with("share ")
                        && label.split(' ').nth(1).is_some_and(|w| w.ends_with("ing")));
                if let Some(e) = ev.filter(|e| !change && !label.split(' ').any(|w| w == *e)) {
                    label.push(' ');
                    label.push_str(e);
                }
                label
            }
            // a measure that qualifies a noun: "a 3.5-inch touchscreen
            // display" → "touchscreen display"
            Measure::Area | Measure::Distance | Measure::Weight | Measure::Volume
                if self.hyphenated(num) =>
            {
                self.compound_head(unit.last)
                    // "5\" long" gives a dimension, not a thing
                    .filter(|h| {
                        !matches!(
                            h.as_str(),
                            "long" | "wide" | "tall" | "high" | "thick" | "deep" | "across"
                        )
                    })
                    .unwrap_or_else(|| measure_name(unit.measure).to_string())
            }
            Measure::Area => "area".to_string(),
            Measure::Distance => "distance".to_string(),
            Measure::Duration => "duration".to_string(),
            // "400 tonnes of food aid", "2 million litres of water"
            Measure::Weight | Measure::Volume if self.norm(unit.last) == "of" => self
                .of_object(unit.last)
                .unwrap_or_else(|| measure_name(unit.measure).to_string()),
            Measure::Weight => "weight".to_string(),
            Measure::Temperature => "temperature".to_string(),
            Measure::Volume => "volume".to_string(),
            Measure::Money => {
                // else where the money comes from or goes: "$30 billion
                // from the Treasury"
                let topic = self
                    .money_topic(num, unit)
                    .or_else(|| {
                        let sid = self.sent.get(num.first).copied()?;
                        let (_, send) = self.sentence_toks(sid);
                        self.money_destination(unit.last.max(num.last), send)
                            .filter(|d| !d.starts_with("on "))
                            .map(|d| format!("money {d}"))
                    })
                    .or_else(|| self.money_moved(num, unit))
                    .unwrap_or_else(|| "amount".to_string());
                match self.rate(unit.last.max(num.last)) {
                    Some(per) => format!("{topic} per {per}"),
                    None => topic,
                }
            }
        }
    }

    /// The noun a measure qualifies: "16GB version" → "version"; past a
    /// second measure of the same unit: "16 GB and 32 GB models" → "models".
    fn measured_noun(&self, unit: &Unit) -> Option<String> {
        let mut k = unit.last;
        // a comparison is no noun: "2GB smaller than"
        if self.norm(k + 1) == "than" || matches!(self.norm(k), "more" | "less" | "than") {
            return None;
        }
        if matches!(self.norm(k), "and" | "or" | "," | "to" | "/")
            && self.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            && self.norm(k + 2) == unit.code.to_ascii_lowercase()
        {
            k += 3;
        }
        self.compound_head(k)
    }

    /// What a share of a group is, after the group: "of the injured were
    /// children" → "children"; `at` is the "of" before the group `group`.
    fn group_complement(&self, at: usize, group: &str) -> Option<String> {
        let words = group.split(' ').count();
        let mut k = at + 1;
        while matches!(self.norm(k), "the" | "a" | "an" | "its" | "their") {
            k += 1;
        }
        k += words;
        if !matches!(self.norm(k), "were" | "are" | "was" | "is") {
            return None;
        }
        let t = self.toks.get(k + 1)?;
        // a group's noun ("children", "women"), not a participle ("retaken")
        let noun = t.norm.ends_with('s')
            || matches!(t.norm.as_str(), "children" | "women" | "men" | "people");
        (t.kind == Kind::Word && !t.capitalized() && !lexicon::is_stopword(&t.norm) && noun)
            .then(|| t.norm.clone())
    }

    /// The noun a figure is "of", hedges passed over: "a memory space of
    /// up to 160GB" → "memory space"; token `first` starts the figure.
    fn noun_of_before(&self, first: usize) -> Option<String> {
        let mut b = first;
        while b > 0
            && first - b < 3
            && (lexicon::is_hedge_word(self.norm(b - 1)) || self.norm(b - 1) == "to")
        {
            b -= 1;
        }
        (b > 1 && self.norm(b - 1) == "of")
            .then(|| self.compound_before(b - 1))
            .flatten()
    }

    /// Whether the figure's number and unit are joined by a hyphen
    /// ("3.5-inch"), as a modifier of the noun after them.
    fn hyphenated(&self, num: &Num) -> bool {
        let glued = adjacent(&self.toks, num.last - 1);
        // "a 3.5-inch display", and "a 13.3” display" with an inch mark
        (self.norm(num.last) == "-" && glued && adjacent(&self.toks, num.last))
            || (glued
                && matches!(
                    self.toks.get(num.last).map(|t| t.text),
                    Some("”" | "″" | "\"")
                ))
    }

    /// "of the opposition-held areas of …" → "opposition-held areas";
    /// "of which were children" → "which were children".
    fn of_object(&self, at: usize) -> Option<String> {
        if self.norm(at) != "of" {
            return None;
        }
        let mut a = at + 1;
        while matches!(self.norm(a), "the" | "a" | "an" | "its" | "their") {
            a += 1;
        }
        // past the group's own count: "a third of the 1,200 detainees",
        // "two-thirds of the country's 12 million people"
        let owner = self.norm(a).ends_with("'s")
            && self.toks.get(a + 1).is_some_and(|t| t.kind == Kind::Num);
        let mut c = a + usize::from(owner);
        let counted = self.toks.get(c).is_some_and(|t| t.kind == Kind::Num);
        while c < a + 5
            && self.toks.get(c).is_some_and(|t| {
                t.kind == Kind::Num || (counted && number::scale_word(&t.norm).is_some())
            })
        {
            c += 1;
        }
        // (a unit after it is no group: "one-half of 1 percent")
        let group_word = self.toks.get(c).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(
                    t.norm.as_str(),
                    "percent" | "percentage" | "points" | "point" | "pct"
                )
        });
        if counted && group_word {
            a = c;
        }
        let sid = self.sent.get(at).copied()?;
        let (_, send) = self.sentence_toks(sid);
        let mut b = a;
        while b < send && b < a + 6 {
            let t = &self.toks[b];
            let abbreviation = t.norm == "."
                && b > 0
                && ((self.toks[b - 1].text.len() == 1 && self.toks[b - 1].end == t.start)
                    || attribution::title_dot(self, b));
            if matches!(t.kind, Kind::Num)
                || (t.kind == Kind::Punct && t.norm != "-" && t.norm != "'" && !abbreviation)
            {
                break;
            }
            // a plain verb after a plural group: "of voters support the
            // plan", "of independents endorse keeping it"
            let plain_verb = b > a
                && self.toks[b - 1].norm.ends_with('s')
                && !t.norm.ends_with('s')
                && t.kind == Kind::Word
                && !t.capitalized()
                && self.toks.get(b + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && (matches!(
                            n.norm.as_str(),
                            "the" | "a" | "an" | "it" | "them" | "him" | "her"
                        ) || n.norm.ends_with("ing"))
                });
            if plain_verb {
                break;
            }
            // the group's verb ends it: "48 percent of voters said they …",
            // "11 percent of black voters approve of him"
            // a participle before its noun describes the group:
            // "of registered voters", "of all reported gifts"
            // (only before the group's noun: "of voters stayed home" ends
            // at its verb)
            let before_noun = self.toks[a..b].iter().all(|p| {
                p.capitalized()
                    || p.norm.ends_with("ly")
                    || matches!(p.norm.as_str(), "all" | "most" | "some" | "those")
            });
            let adjective = before_noun
                && (past_tense(&t.norm) || lexicon::is_reporting_verb(&t.norm))
                && t.norm.ends_with("ed")
                && self.toks.get(b + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && !n.capitalized()
                        && !lexicon::is_stopword(&n.norm)
                        && !lexicon::is_verb_form(&n.norm)
                        && !lexicon::is_aux_or_adverb(&n.norm)
                        && !past_tense(&n.norm)
                        && !lexicon::is_reporting_verb(&n.norm)
                });
            if b > a
                && !adjective
                && (lexicon::is_verb_form(&t.norm)
                    || lexicon::is_reporting_verb(&t.norm)
                    || lexicon::is_aux_or_adverb(&t.norm)
                    || lexicon::is_opinion_verb(&t.norm)
                    || is_change_verb(&t.norm)
                    || past_tense(&t.norm)
                    // "of the people need aid"
                    || lexicon::event_word(&t.norm, self.norm(b + 1), self.norm(b + 2))
                        == Some(Event::InNeed))
            {
                break;
            }
            if b > a
                && matches!(
                    t.norm.as_str(),
                    "of" | "in"
                        | "by"
                        | "that"
                        | "on"
                        | "at"
                        | "from"
                        | "to"
                        | "and"
                        | "as"
                        | "since"
                        | "after"
                )
            {
                break;
            }
            b += 1;
        }
        // not ending on a function word cut from its number: "voters
        // under 30" gives "voters"
        while b > a + 1 && lexicon::is_stopword(self.norm(b - 1)) {
            b -= 1;
        }
        if b == a {
            return None;
        }
        let start = self.toks[a].start;
        let end = self.toks[b - 1].end;
        self.text.get(start..end).map(str::to_string)
    }

    /// What money pays for or measures: the noun phrase after it ("$40
    /// billion US airtanker contract", "$13.4 billion in federal loans",
    /// "$2.3 billion of aid"), the one that owns it ("record profits of
    /// $269m", "an order worth $15bn"), the verb that moves it ("lost $6
    /// billion" → loss, "priced at $199" → price), the subject of a change
    /// ("revenue rose to $3.2 billion"); a conversion in brackets or an
    /// amount listed after another takes the label of the amount before.
    fn money_topic(&self, num: &Num, unit: &Unit) -> Option<String> {
        let first = self.amount_start(num.first);
        self.money_topic_at(first, unit.last.max(num.last), 2)
    }

    /// Money named by the verb that moves it, when no noun names it:
    /// "bundled $3 million for the party" → "amount bundled for party",
    /// "will make $2 million" → "amount made".
    fn money_moved(&self, num: &Num, unit: &Unit) -> Option<String> {
        let sid = self.sent.get(num.first).copied()?;
        let (sstart, send) = self.sentence_toks(sid);
        let mut v = self.amount_start(num.first);
        while v > sstart && lexicon::is_hedge_word(self.norm(v - 1)) {
            v -= 1;
        }
        if v <= sstart || v - 1 == sstart {
            return None;
        }
        // a verb and its particle: "took in $4.8 million"
        let particle = matches!(self.norm(v - 1), "in" | "up" | "out" | "back" | "away")
            && v >= sstart + 2
            && lexicon::participle(self.norm(v - 2)).is_some();
        if particle {
            let verb = lexicon::participle(self.norm(v - 2))?;
            return Some(format!("amount {verb} {}", self.norm(v - 1)));
        }
        let t = &self.toks[v - 1];
        if t.kind != Kind::Word || t.capitalized() || lexicon::is_stopword(&t.norm) {
            return None;
        }
        let participle = lexicon::participle(&t.norm)?;
        // an adjective after a determiner is no verb: "the estimated $5 million"
        if lexicon::is_determiner(self.norm(v - 2)) {
            return None;
        }
        let after = unit.last.max(num.last);
        let mut label = format!("amount {participle}");
        let prep = self.norm(after);
        if matches!(prep, "for" | "on" | "to" | "into" | "in" | "from") && after + 1 < send {
            let mut m = after + 1;
            while lexicon::is_determiner(self.norm(m)) {
                m += 1;
            }
            let what = if self.toks.get(m).is_some_and(|t| t.capitalized()) {
                self.name_after(m)
            } else {
                self.compound_head(m)
            };
            if let Some(what) = what.filter(|_| m < send) {
                label = format!("{label} {prep} {what}");
            }
        }
        Some(label)
    }

    /// The first token of the amount whose number is token `j`: its
    /// currency sign and a country prefix written apart ("US $199").
    fn amount_start(&self, j: usize) -> usize {
        let s = units::currency_before(&self.toks, j).map_or(j, |(_, s)| s);
        let prefix = s > 0
            && self.toks[s - 1].capitalized()
            && matches!(self.norm(s - 1), "us" | "ca" | "au" | "nz" | "hk" | "s");
        if prefix {
            s - 1
        } else {
            s
        }
    }

    /// The unit of a rate written right after an amount: "$28 an hour",
    /// "$300 million a year", "26 cents per share".
    fn rate(&self, after: usize) -> Option<&str> {
        let w = self.norm(after + 1);
        // "a year earlier" dates the amount, it is no rate
        let dated = matches!(
            self.norm(after + 2),
            "earlier" | "ago" | "before" | "later" | "after" | "prior"
        );
        let time = matches!(w, "hour" | "day" | "week" | "month" | "year") && !dated;
        // "$48 a barrel", "45 cents a share"
        let per_thing = matches!(
            w,
            "share"
                | "barrel"
                | "gallon"
                | "litre"
                | "liter"
                | "ton"
                | "tonne"
                | "ounce"
                | "kilo"
                | "kilogram"
                | "head"
                | "person"
                | "night"
                | "ticket"
                | "unit"
        );
        match self.norm(after) {
            "a" | "an" if time || per_thing => Some(w),
            "per"
                if time
                    || self.toks.get(after + 1).is_some_and(|t| {
                        t.kind == Kind::Word && !t.capitalized() && !lexicon::is_stopword(&t.norm)
                    }) =>
            {
                Some(w)
            }
            _ => None,
        }
    }

    /// Whether "to" at token `t` ends "VERB its NOUN to": a thing set or
    /// brought to an amount ("pushing the company's market value to",
    /// "raised its offer to"), not a range's end nor "equate to".
    fn brought_to(&self, t: usize, sstart: usize) -> bool {
        let mut a = t;
        while a > sstart && t - a < 3 {
            let w = &self.toks[a - 1];
            if w.kind != Kind::Word
                || w.capitalized()
                || lexicon::is_stopword(&w.norm)
                || w.norm.ends_with("'s")
                || number::scale_word(&w.norm).is_some()
                || matches!(w.norm.as_str(), "percent" | "points" | "pct")
            {
                break;
            }
            a -= 1;
        }
        if a == t || a < sstart + 2 {
            return false;
        }
        let det = &self.toks[a - 1];
        let determined = det.norm.ends_with("'s")
            || matches!(
                det.norm.as_str(),
                "its" | "their" | "his" | "her" | "the" | "our"
            );
        // the verb before "its": "pushing", "raised", "brought" (before
        // "the company's" too)
        let owner_det = det.norm.ends_with("'s")
            && a >= sstart + 3
            && matches!(
                self.norm(a - 2),
                "the" | "its" | "their" | "his" | "her" | "our" | "a"
            );
        let v = self.norm(if owner_det { a - 3 } else { a - 2 });
        let verb = v.ends_with("ing")
            || v.ends_with("ed")
            || matches!(
                v,
                "raise"
                    | "raises"
                    | "push"
                    | "pushes"
                    | "bring"
                    | "brings"
                    | "brought"
                    | "lift"
                    | "lifts"
                    | "set"
                    | "sets"
                    | "cut"
                    | "cuts"
            );
        determined && verb
    }

    /// [`Doc::money_topic`] of the amount whose words run from token
    /// `first` to before token `after`; `depth` bounds the look-back to
    /// earlier amounts.
    fn money_topic_at(&self, first: usize, after: usize, depth: u8) -> Option<String> {
        let sid = self.sent.get(first).copied()?;
        let (sstart, send) = self.sentence_toks(sid);
        let mut k = after;
        // a conversion in brackets: "US$40 billion (£20.1 billion) contract",
        // also a range of them: "(about US$16 million to $28 million)"
        if self.norm(k) == "(" {
            while k < after + 14 && k < send && self.norm(k) != ")" {
                k += 1;
            }
            k += 1;
        }
        // "over $500 million yearly in revenue", "$300 million a year in
        // fees", "$9.99 US dollars"
        let mut skipped = 0;
        while k < send && skipped < 3 {
            let w = self.norm(k);
            let currency = matches!(w, "dollars" | "euros" | "pounds" | "usd" | "eur" | "gbp")
                || (w == "us" && self.norm(k + 1) == "dollars");
            if currency
                || not_a_topic(w)
                || (matches!(w, "a" | "an" | "per") && not_a_topic(self.norm(k + 1)))
            {
                k += 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // the first of a range of amounts takes the noun after the last:
        // "a $200 to $400 fine"
        if matches!(self.norm(k), "to" | "and" | "or" | "-")
            && units::currency_before(&self.toks, k + 2).is_some()
            && self.toks.get(k + 2).is_some_and(|t| t.kind == Kind::Num)
        {
            k = self.amount_end(k + 2);
        } else if matches!(self.norm(k), "to" | "and" | "or" | "-")
            && self.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            && units::currency_before(&self.toks, k + 1).is_some()
        {
            k = self.amount_end(k + 1);
        }
        // a name in quotes: "(US$40.4 million) “financial assistance package”"
        while k < send && matches!(self.norm(k), "\u{201c}" | "\"" | "\u{2018}") {
            k += 1;
        }
        // a participle right after it: "the $5 million spent in 2011",
        // "$2 million raised by the party"
        if matches!(
            self.norm(k + 1),
            "by" | "in" | "on" | "for" | "during" | "since" | "last" | "this"
        ) && (self.norm(k).ends_with("ed") || matches!(self.norm(k), "spent" | "paid" | "lost"))
        {
            if let Some(label) = lexicon::money_verb(self.norm(k)).filter(|l| *l != "cost") {
                // "by Roe's campaign": the owner and its noun
                let by = (self.norm(k + 1) == "by")
                    .then(|| {
                        let name = self.name_after(k + 2)?;
                        let owner = self.toks[k + 2..]
                            .iter()
                            .take(6)
                            .position(|t| t.norm.ends_with("'s") && name.ends_with(t.text));
                        match owner {
                            Some(o) => {
                                let head = self.compound_head(k + 3 + o)?;
                                Some(format!("{name} {head}"))
                            }
                            None => Some(name),
                        }
                    })
                    .flatten()
                    .or_else(|| {
                        (self.norm(k + 1) == "by")
                            .then(|| self.compound_head(k + 2))
                            .flatten()
                    });
                return Some(match by {
                    Some(who) => format!("{label} by {who}"),
                    None => label.to_string(),
                });
            }
        }
        // a passive verb after it: "$2 million was spent on ads"
        let mut p = k;
        while p < send
            && p < k + 3
            && matches!(
                self.norm(p),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "be"
                    | "will"
                    | "would"
                    | "has"
                    | "have"
                    | "had"
                    | "being"
            )
        {
            p += 1;
        }
        if p > k {
            if let Some(label) = lexicon::money_verb(self.norm(p)).filter(|l| *l != "cost") {
                return Some(match self.money_destination(p + 1, send) {
                    Some(to) => format!("{label} {to}"),
                    None => label.to_string(),
                });
            }
        }
        // what it is to do: "$20 million to fund an extended search"
        if self.norm(k) == "to"
            && self.toks.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Word && !t.capitalized() && !lexicon::is_stopword(&t.norm)
            })
        {
            // "to fund an extended search", "to help refugees"
            let det = matches!(self.norm(k + 2), "the" | "a" | "an" | "its" | "their");
            let bare_plural = !det
                && self.toks.get(k + 2).is_some_and(|t| {
                    t.kind == Kind::Word
                        && !t.capitalized()
                        && t.norm.ends_with('s')
                        && !lexicon::is_stopword(&t.norm)
                        && !lexicon::is_verb_form(&t.norm)
                });
            let at = if det { k + 3 } else { k + 2 };
            if det || bare_plural {
                if let Some(what) = self.compound_head(at) {
                    return Some(format!("{} {what}", self.norm(k + 1)));
                }
            }
        }
        // "$100 worth of stock"
        if self.norm(k) == "worth" && self.norm(k + 1) == "of" {
            if let Some(head) = self.compound_head(k + 2) {
                return Some(head);
            }
        }
        let prep_after = matches!(self.norm(k), "in" | "of");
        if prep_after {
            k += 1;
        }
        // a participle after the amount is no noun of it: "$15 trillion
        // affecting all groups"
        let participle =
            !prep_after && self.norm(k).ends_with("ing") && lexicon::is_stopword(self.norm(k + 1));
        if let Some(head) = self.compound_head(k).filter(|_| !participle) {
            return Some(head);
        }
        // what it pays for: "pay $57 million for a 72.4 percent stake"
        if !prep_after && self.norm(k) == "for" {
            let mut m = k + 1;
            while lexicon::is_determiner(self.norm(m)) {
                m += 1;
            }
            // past a share's figure: "for a 72.4 percent stake"
            if self.toks.get(m).is_some_and(|t| t.kind == Kind::Num)
                && matches!(self.norm(m + 1), "percent" | "%")
            {
                m += 2;
            }
            if let Some(head) = self.compound_head(m) {
                return Some(head);
            }
        }
        // a conversion: "500 billion rubles (US$19.7 billion)", "(GB £20.1 billion)"
        // (also "(about US$1.4 billion)")
        let mut o = first;
        while o > sstart && first - o < 3 && lexicon::is_hedge_word(self.norm(o - 1)) {
            o -= 1;
        }
        let open = if o > sstart && self.norm(o - 1) == "(" {
            Some(o - 1)
        } else if o > sstart + 1 && self.norm(o - 2) == "(" && self.toks[o - 1].capitalized() {
            Some(o - 2)
        } else {
            None
        };
        if let (true, Some(open)) = (depth > 0, open) {
            if let Some(prev) = self.amount_before(open, sstart) {
                return self.money_topic_at(prev, open, depth - 1);
            }
        }
        let mut b = first;
        while b > sstart
            && b + 6 > first
            && (lexicon::is_hedge_word(self.norm(b - 1))
                || (self.norm(b - 1) == "to" && b > sstart + 1 && self.norm(b - 2) == "up"))
        {
            b -= 1;
        }
        let mut hedged_noun = None;
        let prep = b
            .checked_sub(1)
            .filter(|&p| p >= sstart)
            .map_or("", |p| self.norm(p));
        match prep {
            "of" => {
                // not an idiom's noun: "on top of", "in excess of"
                let idiom = b >= 3 && matches!(self.norm(b - 3), "on" | "in" | "at" | "by");
                // a level through the idiom: "his net worth is in excess of $10 billion"
                if idiom
                    && b >= sstart + 5
                    && self.norm(b - 2) == "excess"
                    && matches!(self.norm(b - 4), "is" | "was" | "are" | "were" | "be")
                {
                    return self.noun_before_copula(b - 3, sstart);
                }
                if let Some(n) = self.compound_before(b - 1).filter(|_| !idiom) {
                    // past a time phrase: "an annual profit for the last
                    // year of $2.7 billion" → "annual profit"
                    if n.split(' ').all(|w| not_a_topic(&w.to_lowercase())) {
                        if let Some(head) =
                            self.noun_before_time_phrase(b - 1, n.split(' ').count())
                        {
                            return Some(head);
                        }
                    } else {
                        return Some(n);
                    }
                }
            }
            // "an order worth $15bn", "which is believed to be worth $15bn"
            // (names too: "Boeing 787 Dreamliners worth $7.2 bn")
            "worth" => {
                return self
                    .noun_before_copula(b - 1, sstart)
                    .or_else(|| self.name_run_before(sstart, b - 1));
            }
            "at" if b >= 2 && self.norm(b - 2) == "valued" => {
                return self.noun_before_copula(b - 2, sstart);
            }
            // "20 of Boeing's larger 777 planes for $4.6 billion", "infusing
            // their own markets with $19.7 billion", "swap lines with the Bank
            // of Japan for $60 billion"
            "for" | "with" | "from" => {
                if let Some(n) = self
                    .determined_noun_before(b - 1, sstart)
                    .or_else(|| self.noun_before_names(b - 1, sstart))
                {
                    return Some(n);
                }
                if prep == "for" {
                    if let Some(n) = self.deal_before(b - 1, sstart) {
                        return Some(n);
                    }
                }
            }
            // the level a thing is brought to: "pushing the company's market
            // capitalization to nearly $11.5 billion", "raised its offer to $5
            // billion" (not the end of a range: "from $55 billion to …")
            "to" if self.brought_to(b - 1, sstart) => {
                if let Some(n) = self.compound_before(b - 1) {
                    return Some(n);
                }
            }
            // "families with incomes above $125,000"
            "above" | "below" | "beneath" | "exceeding" if b >= 2 => {
                hedged_noun = self
                    .compound_before(b - 1)
                    .filter(|n| !not_a_topic(n) && !n.ends_with("ing"));
            }
            // "the value of the contract as high as US$100 billion"
            "" | "to" | "at" | "by" => {}
            w if b < first
                && lexicon::money_verb(w).is_none()
                && !is_change_verb(w)
                && prep_before_noun(self, b - 1, sstart) =>
            {
                if let Some(n) = self.determined_noun_before(b, sstart) {
                    return Some(n);
                }
                // "families with incomes above $125,000" (a noun, not a
                // verb: "might need as much as", "freeing up an additional")
                let p = self.norm(b - 1);
                let verb_like = p.ends_with("ing")
                    || p.ends_with("ed")
                    || matches!(
                        self.norm(b.saturating_sub(2)),
                        "might"
                            | "may"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "to"
                            | "should"
                            | "must"
                            | "did"
                            | "do"
                            | "does"
                            | "we"
                            | "they"
                            | "i"
                            | "you"
                    );
                // (after any verb that moves the money: "saving oil
                // companies around $5.5 billion" is a saving)
                hedged_noun = self
                    .compound_before(b)
                    .filter(|n| !not_a_topic(n) && !verb_like);
            }
            _ => {}
        }
        // the verb that moves the money, a few words back in the clause:
        // "lost $6 billion", "saving Russian oil companies around $5.5 billion"
        let mut v = b;
        while v > sstart && b - v < 6 {
            v -= 1;
            let t = &self.toks[v];
            // a percentage on the way is the same change: "rose 5 percent to $3.2 billion"
            let percent = matches!(self.norm(v + 1), "percent" | "%" | "per");
            if (t.kind == Kind::Num && !percent)
                || matches!(t.norm.as_str(), "," | ";" | "(" | ")" | ":")
            {
                break;
            }
            if matches!(
                t.norm.as_str(),
                "provide"
                    | "provides"
                    | "provided"
                    | "generate"
                    | "generates"
                    | "generated"
                    | "brings"
                    | "brought"
                    | "yield"
                    | "yields"
                    | "yielded"
            ) {
                // what brings the money in: "software contracts provide $300 million"
                if let Some(s) = self.subject_before(sstart, v, false) {
                    return Some(s);
                }
            }
            // the amount a noun comes to: "profits equate to 26 cents",
            // "revenue was $3 billion", "the deficit stood at $1 trillion"
            let copula = matches!(
                t.norm.as_str(),
                "equate"
                    | "equates"
                    | "equated"
                    | "amounted"
                    | "amounts"
                    | "totalled"
                    | "totaled"
                    | "totals"
                    | "reached"
                    | "stood"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "came"
            );
            if copula && (v + 1 == b || (v + 2 == b && matches!(prep, "to" | "at"))) {
                if let Some(s) = self.subject_before(sstart, v, false) {
                    return Some(s);
                }
            }
            if let Some(label) = lexicon::money_verb(&t.norm) {
                if label == "cost" {
                    // "the program costs $99": what costs it; else what a
                    // thing costs is its price ("and will cost $199")
                    return Some(
                        self.subject_before(sstart, v, false)
                            .unwrap_or_else(|| "price".to_string()),
                    );
                }
                // where it goes: "spent $2 million on ads", "gave $1
                // million to the foundation", "received $25 million from X"
                return Some(match self.money_destination(after, send) {
                    Some(to) => format!("{label} {to}"),
                    None => label.to_string(),
                });
            }
            if is_change_verb(&t.norm) && !(t.norm == "up" && self.norm(v + 1) == "to") {
                // the object a change is made in: "cut taxes by $4.4 trillion"
                if prep == "by" && v + 1 < b - 1 {
                    if let (a, Some((c0, c1))) = self.noun_run(v + 1, b - 1) {
                        if a == v + 1 {
                            let object = self.text.get(self.toks[c0].start..self.toks[c1].end)?;
                            return Some(format!("change in {}", object.to_lowercase()));
                        }
                    }
                }
                // "revenue rose 5 percent to $3.2 billion"; by how much it
                // changed: "the deficit widened by $100 billion"
                if let Some(s) = self.subject_before(sstart, v, false) {
                    return Some(if prep == "by" {
                        format!("change in {s}")
                    } else {
                        s
                    });
                }
                break;
            }
        }
        if hedged_noun.is_some() {
            return hedged_noun;
        }
        // the same frame as an amount before it: "priced at $199 and the
        // 32GB version at $299"
        if depth > 0 && matches!(prep, "at" | "for") {
            let mut j = b - 1;
            while j > sstart && b - j < 12 {
                j -= 1;
                if matches!(self.norm(j), ";" | "(" | ")") {
                    break;
                }
                if self.toks[j].kind != Kind::Num {
                    continue;
                }
                if units::currency_before(&self.toks, j).is_none() {
                    continue;
                }
                let s = self.amount_start(j);
                let mut c = s;
                while c > sstart && lexicon::is_hedge_word(self.norm(c - 1)) {
                    c -= 1;
                }
                if c > sstart && self.norm(c - 1) == prep {
                    return self.money_topic_at(s, self.amount_end(j), depth - 1);
                }
                break;
            }
        }
        // listed after another amount ("$25,000 vehicle voucher and
        // $70,000", "from $55 billion to $110 billion", "$16.6 billion in
        // loans, in addition to the $13.4 billion"): the same thing
        let listed = matches!(
            self.norm(b.wrapping_sub(1)),
            "and" | "or" | "," | "/" | "to" | "from" | "than"
        );
        if depth > 0 && b > sstart && listed {
            let mut j = b - 1;
            while j > sstart && b - j < 30 {
                j -= 1;
                if self.norm(j) == ";" {
                    break;
                }
                if self.toks[j].kind == Kind::Num && units::currency_before(&self.toks, j).is_some()
                {
                    let s = self.amount_start(j);
                    // "widened by $100 billion to $600 billion": the change
                    // is by the first, the level it reaches is the second
                    if prep == "to"
                        && s > sstart + 1
                        && self.norm(s - 1) == "by"
                        && is_change_verb(self.norm(s - 2))
                    {
                        if let Some(subject) = self.subject_before(sstart, s - 2, false) {
                            return Some(subject);
                        }
                    }
                    if let Some(label) = self.money_topic_at(s, self.amount_end(j), depth - 1) {
                        return Some(label);
                    }
                }
            }
        }
        // a thing offered at an amount: "is available in five colours at
        // $199", "comes in a 30GB edition for $299", "will retail for $9.99"
        // (the clause's last 40 words: a run-on "sentence" stays linear)
        let offered = (sstart.max(b.saturating_sub(40))..b).any(|i| {
            matches!(
                self.norm(i),
                "available"
                    | "sold"
                    | "sell"
                    | "sells"
                    | "retail"
                    | "retails"
                    | "offered"
                    | "comes"
                    | "come"
                    | "cheaper"
                    | "starting"
                    | "starts"
                    | "priced"
            )
        });
        if prep == "at" || (prep == "for" && offered) {
            return Some("price".to_string());
        }
        None
    }

    /// Where money goes or comes from, written after it: "on ads", "to the
    /// Example Foundation", "from Saudi Arabia"; `after` is the token after
    /// the amount.
    fn money_destination(&self, after: usize, send: usize) -> Option<String> {
        let mut k = after;
        if self.norm(k) == "(" {
            while k < after + 8 && k < send && self.norm(k) != ")" {
                k += 1;
            }
            k += 1;
        }
        let prep = self.norm(k);
        if !matches!(prep, "on" | "to" | "from" | "into" | "toward" | "towards") {
            return None;
        }
        let mut m = k + 1;
        while lexicon::is_determiner(self.norm(m)) {
            m += 1;
        }
        if m >= send {
            return None;
        }
        // "on ads", but not "on top of", "on Friday"; names only after "to",
        // "from", "into" ("to the Example Foundation")
        let what = if self.toks[m].capitalized() {
            if prep == "on" || lexicon::is_month(self.norm(m)) || is_weekday(self.norm(m)) {
                return None;
            }
            self.name_after(m)
        } else {
            self.compound_head(m)
                .filter(|w| !matches!(w.as_str(), "top" | "average" | "behalf" | "board"))
        }?;
        Some(format!("{prep} {what}"))
    }

    /// The named thing a deal for an amount is about: "sell Chrysler Group
    /// for $7.4 billion" → "sale of Chrysler Group"; token `p` is "for".
    fn deal_before(&self, p: usize, sstart: usize) -> Option<String> {
        let (a, _) = self.noun_run(sstart, p);
        // the verb may sit in the run or just before it ("to sell X for")
        let from = a.max(sstart + 1) - 1;
        let (v, kind) = (from..p).rev().find_map(|i| {
            let kind = match self.norm(i) {
                "sell" | "sells" | "sold" | "selling" => "sale",
                "buy" | "buys" | "bought" | "buying" | "purchase" | "purchased" | "purchasing"
                | "acquire" | "acquires" | "acquired" | "acquiring" => "purchase",
                _ => return None,
            };
            Some((i, kind))
        })?;
        if v + 1 >= p || !self.toks[v + 1..p].iter().any(Tok::capitalized) {
            return None;
        }
        let what = self
            .text
            .get(self.toks[v + 1].start..self.toks[p - 1].end)?;
        Some(format!("{kind} of {what}"))
    }

    /// The run of names ending before token `e`, numbers in them kept
    /// ("Boeing 787 Dreamliners"), if it holds a capital.
    fn name_run_before(&self, sstart: usize, e: usize) -> Option<String> {
        let (a, _) = self.noun_run(sstart, e);
        let mut a = a;
        while a < e && !self.toks[a].capitalized() {
            a += 1;
        }
        (a < e)
            .then(|| self.text.get(self.toks[a].start..self.toks[e - 1].end))
            .flatten()
            .map(str::to_string)
    }

    /// The noun phrase before a time phrase of `len` words that ends before
    /// token `e`: "annual profit for the last year" → "annual profit".
    fn noun_before_time_phrase(&self, e: usize, len: usize) -> Option<String> {
        let mut p = e.checked_sub(len)?;
        while p > 0 && matches!(self.norm(p - 1), "the" | "this" | "that" | "its") {
            p -= 1;
        }
        if p == 0 || !matches!(self.norm(p - 1), "for" | "in" | "over" | "during") {
            return None;
        }
        self.compound_before(p - 1)
    }

    /// The first token of the amount that ends right before token `end`
    /// ("US$40 billion" before a bracket), if one does.
    fn amount_before(&self, end: usize, sstart: usize) -> Option<usize> {
        let mut j = end;
        while j > sstart && end - j < 4 {
            j -= 1;
            let t = &self.toks[j];
            if t.kind == Kind::Num {
                return Some(units::currency_before(&self.toks, j).map_or(j, |(_, s)| s));
            }
            if t.kind != Kind::Word {
                return None;
            }
        }
        None
    }

    /// One past the last token of the amount whose number is token `j`:
    /// scale and currency words after it ("40 billion rubles").
    fn amount_end(&self, j: usize) -> usize {
        let mut k = j + 1;
        while k < self.toks.len()
            && k < j + 4
            && matches!(
                self.norm(k),
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "bn"
                    | "m"
                    | "mn"
                    | "k"
                    | "dollars"
                    | "euros"
                    | "pounds"
                    | "rubles"
                    | "yuan"
                    | "yen"
                    | "usd"
            )
        {
            k += 1;
        }
        k
    }

    /// The noun phrase before "worth" or "valued at", across a copula or a
    /// relative clause: "The order, which is believed to be worth" → "order".
    fn noun_before_copula(&self, w: usize, sstart: usize) -> Option<String> {
        let mut b = w;
        while b > sstart
            && w - b < 8
            && matches!(
                self.norm(b - 1),
                "be" | "to"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "been"
                    | "which"
                    | "that"
                    | ","
                    | "believed"
                    | "said"
                    | "thought"
                    | "reported"
                    | "reportedly"
                    | "estimated"
                    | "expected"
                    | "now"
            )
        {
            b -= 1;
        }
        self.compound_before(b)
    }

    /// The common noun before a phrase of names that ends before token `e`:
    /// "new swap lines with the Bank of Japan" → "new swap lines".
    fn noun_before_names(&self, e: usize, sstart: usize) -> Option<String> {
        let mut p = e;
        let mut names = 0;
        while p > sstart
            && e - p < 8
            && (self.toks[p - 1].capitalized() || matches!(self.norm(p - 1), "of" | "the" | "&"))
        {
            names += usize::from(self.toks[p - 1].capitalized());
            p -= 1;
        }
        if names == 0 || p == sstart || !matches!(self.norm(p - 1), "with" | "to" | "from" | "at") {
            return None;
        }
        let (_, common) = self.noun_run(sstart, p - 1);
        let (c0, c1) = common?;
        (c1 + 1 == p - 1)
            .then(|| {
                self.text
                    .get(self.toks[c0].start..self.toks[c1].end)
                    .map(str::to_lowercase)
            })
            .flatten()
    }

    /// A common-noun phrase ending before token `b` whose first word follows
    /// a determiner, a number or a possessive ("the contract", "777
    /// planes", "its stake"): a noun, not a verb or an adjective.
    fn determined_noun_before(&self, b: usize, sstart: usize) -> Option<String> {
        let mut a = b;
        while a > sstart && b - a < 3 {
            let t = &self.toks[a - 1];
            if t.kind != Kind::Word
                || lexicon::is_stopword(&t.norm)
                || number::scale_word(&t.norm).is_some()
                || t.capitalized()
                || lexicon::is_verb_form(&t.norm)
                || not_a_topic(&t.norm)
            {
                break;
            }
            a -= 1;
        }
        if a == b || a == 0 {
            return None;
        }
        let before = &self.toks[a - 1];
        let determined = before.kind == Kind::Num
            || before.norm.ends_with("'s")
            || before.norm == "'"
            || matches!(
                before.norm.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
            );
        determined
            .then(|| {
                self.text
                    .get(self.toks[a].start..self.toks[b - 1].end)
                    .map(str::to_lowercase)
            })
            .flatten()
    }

    /// The subject right before the verb at token `v`: auxiliaries and
    /// adverbs skipped, a prepositional phrase of names passed over ("the
    /// price for the iPhone has been reduced" → "price", "sales volume in
    /// Canada dropped" → "sales volume"). Its common-noun compound, or with
    /// `names` the name itself ("the Dow Jones was down" → "Dow Jones").
    fn subject_before(&self, sstart: usize, v: usize, names: bool) -> Option<String> {
        let mut e = v;
        // (an adverb in -ly too: "X is currently leading")
        let adverb = |w: &str| w.len() > 4 && w.ends_with("ly") && !matches!(w, "only" | "early");
        while e > sstart
            && (lexicon::is_aux_or_adverb(self.norm(e - 1))
                || (adverb(self.norm(e - 1)) && !self.toks[e - 1].capitalized())
                || (self.norm(e - 1) == "," && lexicon::is_aux_or_adverb(self.norm(e))))
        {
            e -= 1;
        }
        let (mut a, mut common) = self.noun_run(sstart, e);
        if a == e {
            return None;
        }
        // "the price for the phone", "sales in Europe": the head is before
        // the phrase ("of" is kept: "the price of oil")
        let mut p = a;
        while p > sstart && matches!(self.norm(p - 1), "the" | "a" | "an" | "its" | "their") {
            p -= 1;
        }
        if common.is_some()
            && p > sstart
            && matches!(
                self.norm(p - 1),
                "in" | "for" | "at" | "from" | "on" | "among"
            )
        {
            if let (a2, Some(c2)) = self.noun_run(sstart, p - 1) {
                (a, common) = (a2, Some(c2));
            }
        }
        if common.is_none() {
            // "… for the iPhone", "… in Canada": pass over the phrase
            if p > sstart && matches!(self.norm(p - 1), "in" | "for" | "at" | "from" | "of" | "on")
            {
                let (a2, c2) = self.noun_run(sstart, p - 1);
                if c2.is_some() {
                    (a, common) = (a2, c2);
                } else if self.norm(p - 1) == "of" {
                    return None;
                }
            } else if p > sstart && matches!(self.norm(p - 1), "and" | "&") {
                // a list of names ("Shares of energy companies ExxonMobil and
                // Chevron"): the noun before the list, through "of" or "in"
                let mut j = p - 1;
                while j > sstart
                    && p - j < 12
                    && (self.toks[j - 1].capitalized()
                        || matches!(self.norm(j - 1), "," | "and" | "&"))
                {
                    j -= 1;
                }
                let (a2, c2) = self.noun_run(sstart, j);
                // no noun before the names: "and" joins clauses ("X is up
                // and Y is down"), and the subject is the last name
                let Some(c2) = c2 else {
                    return names
                        .then(|| self.text.get(self.toks[a].start..self.toks[e - 1].end))
                        .flatten()
                        .map(str::to_string);
                };
                (a, common) = (a2, Some(c2));
                let mut q = a2;
                while q > sstart && matches!(self.norm(q - 1), "the" | "its" | "their") {
                    q -= 1;
                }
                if q > sstart + 1 && matches!(self.norm(q - 1), "of" | "in") {
                    if let (a3, Some(c3)) = self.noun_run(sstart, q - 1) {
                        (a, common) = (a3, Some(c3));
                    }
                }
            }
        }
        if let Some((c0, c1)) = common {
            let mut noun = self
                .text
                .get(self.toks[c0].start..self.toks[c1].end)?
                .to_string();
            // a sentence's capitalised first word is lowercased unless the
            // text writes it capitalised mid-sentence too (a name: "Clinton")
            // (alone at the start, a word written nowhere else keeps its
            // capital unless it looks common: "Clinton leads", "Turnout")
            let opening_name =
                c0 == c1 && c0 == sstart && (self.named_elsewhere(c0) || !self.common_opening(c0));
            if !opening_name {
                noun = noun.to_lowercase();
            }
            // one generic word keeps the name it qualifies: "Nikkei
            // average", "Honda sales" (not past a possessive)
            let mut n0 = c0;
            while c0 == c1
                && n0 > a
                && c0 - n0 < 2
                && self.toks[n0 - 1].kind == Kind::Word
                && self.toks[n0 - 1].text.chars().any(char::is_uppercase)
                && !self.toks[n0 - 1].norm.ends_with("'s")
            {
                n0 -= 1;
            }
            if n0 < c0 {
                let names = self.text.get(self.toks[n0].start..self.toks[c0 - 1].end)?;
                noun = format!("{names} {noun}");
            }
            // "the price of oil rose": the head is before "of"
            if c0 == a && a > sstart + 1 && self.norm(a - 1) == "of" {
                if let (_, Some((h0, h1))) = self.noun_run(sstart, a - 1) {
                    let head = self.text.get(self.toks[h0].start..self.toks[h1].end)?;
                    return Some(format!("{} of {noun}", head.to_lowercase()));
                }
            }
            return Some(noun);
        }
        if !names {
            return None;
        }
        let (s, t) = (self.toks.get(a)?, self.toks.get(e - 1)?);
        // a name has a capital: not "having" before "lost"; a pronoun
        // opening the sentence is none ("It fell 5%")
        self.text
            .get(s.start..t.end)
            .filter(|n| n.chars().any(char::is_uppercase))
            .filter(|n| !lexicon::is_stopword(&n.to_lowercase()))
            .map(str::to_string)
    }

    /// Whether the word at token `k` is written capitalised somewhere in the
    /// text other than at a sentence's start: a name, not a common noun.
    fn named_elsewhere(&self, k: usize) -> bool {
        let named = self.named.get_or_init(|| {
            self.toks
                .iter()
                .enumerate()
                .filter(|&(i, t)| {
                    i > 0
                        && t.capitalized()
                        && self.sent_start.get(self.sent[i]).copied() != Some(i)
                })
                .map(|(_, t)| t.text)
                .collect()
        });
        named.contains(self.toks[k].text)
    }

    /// Whether the word at token `k` follows a determiner or an owner, so
    /// that a verb form there is a noun: "analysts' estimates", "the report".
    fn determined_at(&self, k: usize) -> bool {
        k > 0 && {
            let p = self.norm(k - 1);
            matches!(
                p,
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "'"
            ) || p.ends_with("'s")
                || p.ends_with("s'")
        }
    }

    /// The first token of a "plus or minus" written right before token `b`
    /// ("plus or minus 3", "+/-3" whose minus is the number's, "+/- 3",
    /// "±3"), not before `floor`. In "plus or minus 3" token `b` is the
    /// number's own "minus".
    fn plus_minus_start(&self, b: usize, floor: usize) -> Option<usize> {
        let n = |d: usize| {
            if b >= floor + d {
                self.norm(b - d)
            } else {
                ""
            }
        };
        if (self.norm(b) == "minus" && n(1) == "or" && n(2) == "plus")
            || (n(1) == "/" && n(2) == "+")
        {
            Some(b - 2)
        } else if n(1) == "-" && n(2) == "/" && n(3) == "+" {
            Some(b - 3)
        } else if n(1) == "±" {
            Some(b - 1)
        } else {
            None
        }
    }

    /// The comma opening a relative clause (", which", ", that") that the
    /// comma at token `b` closes, within 12 words and after the sentence's
    /// first token `sstart`: "the toll, which officials say could rise,".
    fn relative_clause_before(&self, b: usize, sstart: usize) -> Option<usize> {
        (b.saturating_sub(12).max(sstart)..b)
            .rev()
            .find(|&c| self.norm(c) == "," && matches!(self.norm(c + 1), "which" | "that"))
            .filter(|&c| c > sstart)
    }

    /// Whether token `k` follows ", including": a part of a count before it.
    fn after_including(&self, k: usize, sstart: usize) -> bool {
        k > sstart + 1 && self.norm(k - 1) == "including" && self.norm(k - 2) == ","
    }

    /// `phrase` starting at token `k`, with a sentence's capital dropped
    /// when its first word is a common noun ("Turnout" → "turnout").
    fn uncapitalised(&self, phrase: String, k: usize) -> String {
        if !self.common_opening(k) {
            return phrase;
        }
        let mut cs = phrase.chars();
        cs.next()
            .map(|c| c.to_lowercase().chain(cs).collect())
            .unwrap_or_default()
    }

    /// Whether the word at token `k`, capitalised as a sentence's first
    /// word, is a common noun: written in lower case elsewhere in the text,
    /// or a plural ("Losses of 5 percent"); a name such as "Obama" is not.
    fn common_opening(&self, k: usize) -> bool {
        let common = self.common.get_or_init(|| {
            self.toks
                .iter()
                .filter(|t| t.kind == Kind::Word && !t.capitalized())
                .map(|t| t.text)
                .collect()
        });
        let t = &self.toks[k];
        self.sent_start.get(self.sent[k]).copied() == Some(k)
            && !self.named_elsewhere(k)
            && (common.contains(t.norm.as_str())
                || (t.norm.len() > 4 && t.norm.ends_with('s') && !t.norm.ends_with("ss")))
    }

    /// The noun phrase that opens the sentence, names included ("The Hang
    /// Seng, which …, fell 7%" → "Hang Seng"): the subject of a verb whose
    /// own clause has none. It must end before token `v` and be followed by
    /// a verb, a comma or an auxiliary, not by more of a longer phrase.
    fn sentence_subject(&self, sstart: usize, v: usize) -> Option<String> {
        let mut a = sstart;
        while a < v && matches!(self.norm(a), "the" | "a" | "an") {
            a += 1;
        }
        let mut e = a;
        while e < v && e < a + 6 {
            let t = &self.toks[e];
            let name = t.kind == Kind::Word && t.text.chars().any(char::is_uppercase);
            let glue = matches!(t.norm.as_str(), "&" | "-") && e > a;
            let num_in_name = t.kind == Kind::Num && e > a && self.toks[e - 1].capitalized();
            let common = t.kind == Kind::Word
                && !past_tense(&t.norm)
                && !lexicon::is_stopword(&t.norm)
                && !lexicon::is_verb_form(&t.norm)
                && !lexicon::is_aux_or_adverb(&t.norm)
                && !is_change_verb(&t.norm)
                && !not_a_topic(&t.norm);
            if !(name || glue || num_in_name || common) {
                break;
            }
            e += 1;
        }
        // a pronoun is no subject to name ("It fell 5%")
        if e == a || e >= v || (e == a + 1 && lexicon::is_stopword(self.norm(a))) {
            return None;
        }
        let next = self.norm(e);
        let ends = next == ","
            || past_tense(next)
            || lexicon::is_aux_or_adverb(next)
            || is_change_verb(next)
            || lexicon::is_verb_form(next);
        if !ends {
            return None;
        }
        self.text
            .get(self.toks[a].start..self.toks[e - 1].end)
            .map(str::to_string)
    }

    /// The run of noun-phrase words ending before token `e`, and the span of
    /// its trailing common nouns ("GM's Canadian vehicle sales volume" →
    /// "vehicle sales volume"). Names may carry a number ("S&P 500").
    fn noun_run(&self, sstart: usize, e: usize) -> (usize, Option<(usize, usize)>) {
        let mut a = e;
        let mut common: Option<(usize, usize)> = None;
        let mut in_common = true;
        while a > sstart && e - a < 6 {
            let t = &self.toks[a - 1];
            let glue = matches!(t.norm.as_str(), "-" | "&" | "'")
                && a - 1 > sstart
                && self.toks[a - 2].kind != Kind::Punct;
            let num_in_name = t.kind == Kind::Num
                && a >= 2
                && a - 1 > sstart
                && (self.toks[a - 2].capitalized() || self.toks[a - 2].norm == "&");
            // a name: any capital ("iPhone"), one capital letter ("S&P")
            let name = t.kind == Kind::Word && t.text.chars().any(char::is_uppercase);
            // a participle before the noun is its verb: "opened new swap lines"
            let participle = !name && t.norm.len() > 4 && t.norm.ends_with("ed");
            let word = t.kind == Kind::Word
                && !participle
                && (!lexicon::is_stopword(&t.norm) || (name && t.norm.len() == 1))
                && !lexicon::is_verb_form(&t.norm)
                && !is_change_verb(&t.norm)
                && !not_a_topic(&t.norm);
            if !(word || glue || num_in_name) {
                break;
            }
            let is_common = word && !name;
            if in_common && is_common {
                common = Some((a - 1, common.map_or(a - 1, |c| c.1)));
            } else if !glue {
                in_common = false;
            }
            a -= 1;
        }
        // a sentence's first word is capitalised whatever it is: "Shares fell"
        if a == sstart {
            if let (Some(t), None) = (self.toks.get(a), common) {
                if t.capitalized() && e == a + 1 {
                    common = Some((a, a));
                }
            }
        }
        (a, common)
    }

    /// The lowercase compound starting at token `k` ("US airtanker
    /// contract" → "airtanker contract"), stopping at a function word.
    fn compound_head(&self, k: usize) -> Option<String> {
        let (a, b) = self.compound_span(k)?;
        self.text
            .get(self.toks[a].start..self.toks[b].end)
            .map(str::to_lowercase)
    }

    /// First and last token of the common words of the compound at `k`.
    fn compound_span(&self, k: usize) -> Option<(usize, usize)> {
        let mut first_common = None;
        let mut last_common = None;
        let mut m = k;
        while m < k + 5 {
            let Some(t) = self.toks.get(m) else { break };
            let name = t.capitalized();
            let word = t.kind == Kind::Word || (t.norm == "-" && m > k);
            // a verb after the noun ends it: "16GB version costs more" (a
            // name is no verb: "United States")
            let verb = m > k
                && !name
                && (lexicon::money_verb(&t.norm).is_some()
                    || is_change_verb(&t.norm)
                    || lexicon::is_reporting_verb(&t.norm)
                    || matches!(t.norm.as_str(), "more" | "less"));
            if !word
                || verb
                || (!name && (lexicon::is_stopword(&t.norm) || lexicon::is_verb_form(&t.norm)))
                || not_a_topic(&t.norm)
            {
                break;
            }
            if !name && t.kind == Kind::Word {
                first_common.get_or_insert(m);
                last_common = Some(m);
            }
            m += 1;
        }
        let (a, b) = (first_common?, last_common?);
        // a participle alone is a verb, not a noun: "$13.4 billion received"
        // (but "unsecured debt")
        let participle =
            |i: usize| self.toks[i].norm.len() > 4 && self.toks[i].norm.ends_with("ed");
        if a == b && participle(a) {
            return None;
        }
        Some((a, b))
    }

    /// The noun phrase ending right before token `b` ("record profits" of …).
    fn compound_before(&self, b: usize) -> Option<String> {
        let mut a = b;
        while a > 0 && b - a < 3 {
            let t = &self.toks[a - 1];
            // a common noun opening the sentence keeps its place:
            // "Losses of 5 percent were recorded"
            let opening = self.common_opening(a - 1);
            if t.kind != Kind::Word
                || lexicon::is_stopword(&t.norm)
                || (t.capitalized() && !opening)
                || lexicon::is_verb_form(&t.norm)
                || (lexicon::is_reporting_verb(&t.norm) && !self.determined_at(a - 1))
                || (a < b && past_tense(&t.norm))
            {
                break;
            }
            a -= 1;
        }
        let text = (a < b)
            .then(|| self.text.get(self.toks[a].start..self.toks[b - 1].end))
            .flatten()?;
        // an opening capital kept above is the sentence's, not the noun's
        Some(self.uncapitalised(text.to_string(), a))
    }

    /// What a percentage without "of" measures: the noun after it ("a 49%
    /// decline", "a 79.9% stake", "a 45% drop in vehicle sales"), the noun
    /// it is "of" ("a plunge of 55%"), or the subject of a change verb
    /// ("sales dropped 42%", "the Dow Jones was down 2.6%").
    fn percent_topic(&self, num: &Num, unit: &Unit) -> Option<String> {
        let after = unit.last.max(num.last);
        if let Some(who) = self.poll_share(num, after) {
            return Some(who);
        }
        // "21 percent said they would not vote": the share of those who
        // say or do it
        // a relative difference: "25 percent more than its rival"
        if matches!(self.norm(after), "more" | "less" | "fewer") && self.norm(after + 1) == "than" {
            let mut k = after + 2;
            while self.norm(k) == "even" || lexicon::is_determiner(self.norm(k)) {
                k += 1;
            }
            let what = if self.toks.get(k).is_some_and(|t| t.capitalized()) {
                self.name_after(k)
            } else {
                self.compound_head(k)
            };
            let than = self.norm(after);
            return Some(match what {
                Some(w) => format!("{than} than {w}"),
                None => format!("{than} than"),
            });
        }
        if let Some(clause) = self.share_clause(after) {
            // a participle needs no "who": "share saying she is ready"
            let participle = clause.split(' ').next().is_some_and(|w| w.ends_with("ing"));
            return Some(if participle {
                format!("share {clause}")
            } else {
                format!("share who {clause}")
            });
        }
        if let Some((a, b)) = self.compound_span(after) {
            let head = self
                .text
                .get(self.toks[a].start..self.toks[b].end)?
                .to_lowercase();
            // a change names what changed after "in": "a 45% drop in US sales"
            if lexicon::is_change_noun(&self.toks[b].norm) && self.norm(b + 1) == "in" {
                let mut k = b + 2;
                while matches!(
                    self.norm(k),
                    "the" | "its" | "their" | "his" | "her" | "our"
                ) {
                    k += 1;
                }
                if let Some(what) = self.compound_head(k) {
                    return Some(format!("{head} in {what}"));
                }
            }
            // "US stocks see 9% drop", "sales posted a 5% gain": the
            // change is the subject's
            if lexicon::is_change_noun(&self.toks[b].norm) {
                if let Some(what) = self.undergoer_before(num.first) {
                    return Some(format!("{head} in {what}"));
                }
            }
            return Some(head);
        }
        let first = num.first;
        let mut b = first;
        while b > 0
            && matches!(
                self.norm(b - 1),
                "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "over"
                    | "than"
                    | "more"
                    | "less"
                    | "as"
                    | "much"
                    | "many"
                    | "to"
                    | "least"
                    | "at"
                    | "no"
                    | "by"
                    | "only"
                    | "just"
                    | "between"
            )
            || (b > 0 && self.norm(b - 1) == "up" && self.norm(b) == "to")
            // the first of a list or range: "of eight and fourteen percent"
            || (b > 1
                && matches!(self.norm(b), "and" | "or")
                && (self.toks[b - 1].kind == Kind::Num
                    || number::is_number_word(self.norm(b - 1))))
            || (b > 1
                && matches!(self.norm(b - 1), "and" | "or")
                && (self.toks[b - 2].kind == Kind::Num
                    || number::is_number_word(self.norm(b - 2))))
            // "down by a total of 14 percent", "rise by an average of 25 percent"
            || (b > 2
                && self.norm(b - 1) == "of"
                && matches!(self.norm(b - 2), "total" | "average"))
            || (b > 0 && matches!(self.norm(b - 1), "total" | "average") && self.norm(b) == "of")
            || (b > 0
                && matches!(self.norm(b - 1), "a" | "an")
                && matches!(self.norm(b), "total" | "average"))
        {
            b -= 1;
        }
        if b > 0 && self.norm(b - 1) == "of" {
            let head = self.compound_before(b - 1)?;
            // "cuts of 21% (168,000 units) in its production"
            let last = head.rsplit(' ').next().unwrap_or(&head).to_lowercase();
            if lexicon::is_change_noun(&last) {
                if let Some(what) = self.change_object_after(after) {
                    return Some(format!("{head} in {what}"));
                }
            }
            return Some(head);
        }
        // "sales dropped 42%", "the index was down 2.6%", "dropped in value by 2%"
        let sid = self.sent.get(first).copied()?;
        let (sstart, _) = self.sentence_toks(sid);

        if b > sstart {
            let w = self.norm(b - 1);
            // "the firm will be owned 55 percent by the union"
            if matches!(w, "owned" | "held" | "controlled") && self.norm(after) == "by" {
                if let Some(owned) = self.subject_before(sstart, b - 1, true) {
                    return Some(format!("share of {owned} owned"));
                }
            }
            // a level: "the unemployment rate reaching 8.5%", "turnout was 62%"
            let level = matches!(
                w,
                "reached"
                    | "reaching"
                    | "reaches"
                    | "hit"
                    | "hits"
                    | "was"
                    | "is"
                    | "stood"
                    | "stands"
                    | "remained"
                    | "remains"
                    | "totalled"
                    | "totaled"
            ) || (w == "at"
                && b > sstart + 1
                && matches!(
                    self.norm(b - 2),
                    "stood" | "stands" | "remained" | "was" | "is"
                ));
            if level {
                let v = if w == "at" { b - 2 } else { b - 1 };
                if let Some(subject) = self.subject_before(sstart, v, false) {
                    return Some(subject);
                }
            }
        }
        let mut v = b;
        // the level a change came from may stand further from its verb:
        // "rose to 3.2% in March from 2.8% in February"
        let reach = if self.norm(num.first.wrapping_sub(1)) == "from" {
            10
        } else {
            6
        };
        while v > sstart && b - v < reach {
            v -= 1;
            let w = self.norm(v);
            if w == "value" || w == "price" || w == "prices" {
                return Some(format!("change in {w}"));
            }
            if is_change_verb(w) && v + 1 < b && matches!(self.norm(b), "by" | "to") {
                // "cut the risk of death by 30%": a short object with "of"
                let det = usize::from(matches!(self.norm(v + 1), "the" | "its" | "their"));
                let span = v + 1 + det..b;
                let of_phrase = span.len() <= 5
                    && span.clone().any(|k| self.norm(k) == "of")
                    && span.clone().all(|k| {
                        self.toks[k].kind == Kind::Word && !lexicon::is_verb_form(self.norm(k))
                    })
                    && self.norm(v + 1 + det) != "of"
                    && self.norm(b - 1) != "of";
                if of_phrase {
                    let object = self
                        .text
                        .get(self.toks[v + 1 + det].start..self.toks[b - 1].end)?
                        .to_lowercase();
                    return Some(if self.norm(b) == "by" {
                        format!("change in {object}")
                    } else {
                        object
                    });
                }
                // the object of the change: "cut production by 30%"; the
                // level it is set to: "cut the tax rate to 15 percent"
                if let (a, Some((c0, c1))) = self.noun_run(v + 1, b) {
                    let determined =
                        a > v + 1 && matches!(self.norm(a - 1), "its" | "the" | "their");
                    if a == v + 1 || determined {
                        let object = self.text.get(self.toks[c0].start..self.toks[c1].end)?;
                        let object = object.to_lowercase();
                        return Some(if self.norm(b) == "by" {
                            format!("change in {object}")
                        } else {
                            object
                        });
                    }
                }
            }
            // the level a change ends at or starts from: "the rating fell
            // to 38 percent", "slipped to 14 percent from 17 percent"
            let before = self.norm(num.first.wrapping_sub(1));
            let between = |w: &str| (v + 1..num.first).any(|k| self.norm(k) == w);
            // "…, up from 55 percent": the level it started from
            let from = (before == "from"
                && (between("to")
                    || self.norm(after) == "to"
                    || matches!(self.norm(num.first.wrapping_sub(2)), "up" | "down")))
                || (before == "to" && between("from"));
            // a verb and its particle: "ticked down to 5 percent", "went up"
            let pv = self.norm(v.wrapping_sub(1));
            let sv = if matches!(w, "up" | "down")
                && v > sstart
                && (pv.ends_with("ed")
                    || matches!(
                        pv,
                        "went" | "came" | "go" | "goes" | "gone" | "going" | "come"
                    )) {
                v - 1
            } else {
                v
            };
            if is_change_verb(w) && ((v + 1 == b && self.norm(b) == "to") || from) {
                if let Some(subject) = self.subject_before(sstart, sv, true) {
                    return Some(subject);
                }
                // "Turnout reached 60 percent, up from 55 percent": the
                // sentence's subject, at the level it came from
                if from {
                    if let Some(subject) = self.sentence_subject(sstart, sv) {
                        return Some(self.uncapitalised(subject, sstart));
                    }
                }
            }
            if is_change_verb(w) || matches!(self.norm(after), "lower" | "higher") {
                // a participle's subject is the sentence's: "The index
                // closed lower, having lost 1.2%", "X rose after gaining 2%"
                let marker =
                    v > sstart && matches!(self.norm(v - 1), "having" | "after" | "before");
                let participle =
                    marker || (w.ends_with("ing") && v > sstart && self.norm(v - 1) == ",");
                let subject = if participle {
                    self.sentence_subject(sstart, v)
                } else {
                    None
                };
                let subject = subject
                    .or_else(|| self.subject_before(sstart, sv, true))
                    .or_else(|| self.clause_subject(sstart, sv))
                    .or_else(|| self.sentence_subject(sstart, sv));
                return Some(match subject {
                    Some(subject) => change_label(&subject),
                    None => "change".to_string(),
                });
            }
        }
        // one of a list of shares: "held 19 percent of the market, with X at 15 percent"
        let listed = matches!(self.norm(b), "at" | "and" | "," | "with")
            || (b > sstart && matches!(self.norm(b - 1), "at" | "and" | "," | "with"));
        if listed {
            let mut j = b;
            while j > sstart && b - j < 24 {
                j -= 1;
                if self.toks[j].kind == Kind::Num && matches!(self.norm(j + 1), "percent" | "%") {
                    if let Some(o) = self.of_object(j + 2) {
                        return Some(format!("share of {o}"));
                    }
                }
            }
        }
        None
    }

    /// The candidate a share's group backs, in the few words after "of"
    /// at token `at`: "of them voted for Jones", "of voters back Smith".
    fn backing_after(&self, at: usize) -> Option<String> {
        let sid = self.sent.get(at).copied()?;
        let (_, send) = self.sentence_toks(sid);
        let mut k = at + 1;
        while k < send && k < at + 8 {
            let w = self.norm(k);
            if matches!(w, "," | ";" | ":" | "." | "(" | "while" | "and" | "but") {
                return None;
            }
            if lexicon::is_backing_verb(w) {
                return self.backed_name(k);
            }
            k += 1;
        }
        None
    }

    /// The name a backing verb at token `k` names, past a "for": "voted
    /// for Jones", "back Smith".
    fn backed_name(&self, k: usize) -> Option<String> {
        let m = if self.norm(k + 1) == "for" {
            k + 2
        } else {
            k + 1
        };
        self.name_after(m)
    }

    /// The clause a share of people opens with an opinion or a choice,
    /// up to six words: "said they would not vote", "approve of him".
    fn share_clause(&self, after: usize) -> Option<String> {
        let opens = matches!(
            self.norm(after),
            "said"
                | "say"
                | "says"
                | "think"
                | "thinks"
                | "thought"
                | "believe"
                | "believes"
                | "want"
                | "wants"
                | "approve"
                | "approves"
                | "approved"
                | "disapprove"
                | "disapproves"
                | "oppose"
                | "opposes"
                | "opposed"
                | "agree"
                | "agreed"
                | "disagree"
                | "expect"
                | "expects"
                | "chose"
                | "choose"
                | "picked"
                | "trust"
                | "view"
                | "viewed"
                | "like"
                | "liked"
                | "dislike"
                | "identify"
                | "identified"
                | "described"
                | "consider"
                | "considered"
                | "plan"
                | "planned"
                | "intend"
                // "would vote", "may not vote", not "could be wiped off"
                | "would"
                | "may"
                // "with 50 percent saying she is ready"
                | "saying"
                | "preferring"
                | "favoring"
                | "favouring"
                | "supporting"
                | "opposing"
                | "approving"
                | "disapproving"
                | "backing"
                | "choosing"
                | "calling"
                | "rating"
                | "viewing"
        );
        let sid = self.sent.get(after).copied()?;
        let (_, send) = self.sentence_toks(sid);
        if !opens || after >= send {
            return None;
        }
        let mut e = after;
        while e < send
            && e < after + 6
            && self.toks[e].kind == Kind::Word
            && !matches!(
                self.norm(e),
                "while" | "and" | "but" | "compared" | "according" | "whereas"
            )
        {
            e += 1;
        }
        // not ending on a function word: "… would not vote at"
        while e > after + 1 && lexicon::is_stopword(self.norm(e - 1)) {
            e -= 1;
        }
        // a lone modal says nothing: "20 percent would"
        if e == after + 1 && self.norm(after) == "would" {
            return None;
        }
        let text = self
            .text
            .get(self.toks[after].start..self.toks[e - 1].end)?;
        Some(text.to_string())
    }

    /// A candidate's share in a poll: "Clinton leads Trump 46 percent to 42
    /// percent" (the first is the leader's, the second the other's), "45
    /// percent back Trump", "Clinton at 48 percent". `after` is the token
    /// after the figure.
    fn poll_share(&self, num: &Num, after: usize) -> Option<String> {
        let sid = self.sent.get(num.first).copied()?;
        let (sstart, _) = self.sentence_toks(sid);
        let mut b = num.first;
        while b > sstart && lexicon::is_hedge_word(self.norm(b - 1)) && self.norm(b - 1) != "at" {
            b -= 1;
        }
        // "… percent back Trump", "… percent would vote for Clinton"
        let mut k = after;
        while matches!(
            self.norm(k),
            "would" | "will" | "said" | "say" | "they" | "plan" | "to"
        ) {
            k += 1;
        }
        if lexicon::is_backing_verb(self.norm(k)) {
            if let Some(name) = self.backed_name(k) {
                return Some(format!("share backing {name}"));
            }
        }
        // head to head: "A leads B 46 percent to 42 percent"
        let pair_first = self.norm(after) == "to"
            && self
                .toks
                .get(after + 1)
                .is_some_and(|t| t.kind == Kind::Num)
            && matches!(self.norm(after + 2), "percent" | "%");
        let pair_second = b >= sstart + 3
            && self.norm(b - 1) == "to"
            && matches!(self.norm(b - 2), "percent" | "%")
            && self.toks[b - 3].kind == Kind::Num;
        if pair_first || pair_second {
            let mut e = if pair_second { b - 3 } else { b };
            while e > sstart && lexicon::is_hedge_word(self.norm(e - 1)) {
                e -= 1;
            }
            // the verb of leading before the pair, and who leads whom
            let mut v = e;
            while v > sstart && e - v < 8 {
                v -= 1;
                let w = self.norm(v);
                // the subject's share comes first, the object's second,
                // whether the subject leads or trails
                if matches!(
                    w,
                    "leads"
                        | "led"
                        | "leading"
                        | "tops"
                        | "topped"
                        | "beats"
                        | "beat"
                        | "trails"
                        | "trailed"
                        | "trailing"
                ) {
                    let who = if pair_first {
                        self.subject_before(sstart, v, true)
                    } else {
                        self.name_after(v + 1)
                    };
                    return who.map(|w| format!("share for {w}"));
                }
                // "Clinton holds a 6-point lead over Trump, 47 percent to
                // 41 percent": the holder's share first, then the other's
                if w == "lead" && self.norm(v + 1) == "over" {
                    let holds = (v.saturating_sub(5).max(sstart)..v).rev().find(|&h| {
                        matches!(self.norm(h), "holds" | "has" | "had" | "held" | "have")
                    });
                    let who = if pair_first {
                        holds.and_then(|h| self.subject_before(sstart, h, true))
                    } else {
                        self.name_after(v + 2)
                    };
                    if let Some(w) = who {
                        return Some(format!("share for {w}"));
                    }
                }
                if matches!(w, "," | ";" | "(") && e - v > 1 {
                    break;
                }
            }
        }
        // "Clinton at 48 percent and Trump at 44 percent", "Clinton was at 48 percent"
        if b > sstart + 1 && self.norm(b - 1) == "at" {
            let mut n = b - 1;
            // "X was at", "X comes in at", "X now sits at"
            while n > sstart + 1
                && b - n < 4
                && matches!(
                    self.norm(n - 1),
                    "was"
                        | "is"
                        | "stood"
                        | "stands"
                        | "comes"
                        | "came"
                        | "in"
                        | "sits"
                        | "sat"
                        | "now"
                        | "remains"
                        | "remained"
                )
            {
                n -= 1;
            }
            let t = &self.toks[n - 1];
            if t.capitalized() && !lexicon::is_stopword(&t.norm) && num.digits {
                if let Some(name) = self.name_run_before(sstart, n) {
                    // one of a list of shares of a thing named before:
                    // "held 19 percent of the market, with X at 15 percent"
                    let of = (sstart.max(n.saturating_sub(40))..n).rev().find_map(|j| {
                        (self.toks[j].kind == Kind::Num
                            && matches!(self.norm(j + 1), "percent" | "%"))
                        .then(|| self.of_object(j + 2))
                        .flatten()
                    });
                    return Some(match of {
                        Some(o) => format!("share of {o} for {name}"),
                        None => format!("share for {name}"),
                    });
                }
            }
        }
        self.candidate_share(num, b, sstart, after)
    }

    /// A share a named contender gets, its noun left to the reader: "X's
    /// 41 percent", "X received 37 percent", "X finished second with 34
    /// percent", "34 percent for X", "X 41 percent" in a list. `b` is the
    /// figure's first token with its hedge, `after` the token after it.
    fn candidate_share(&self, num: &Num, b: usize, sstart: usize, after: usize) -> Option<String> {
        // a share of a named whole or a compound is labelled elsewhere
        if self.norm(after) == "of" || self.compound_span(after).is_some() {
            return None;
        }
        // "respectively" pairs the list with names, or with nothing found
        if self.respectively_after(num) {
            return self
                .respective_name(num, sstart)
                .map(|name| format!("share for {name}"));
        }
        // a capitalised word that is no weekday or month; at the start of
        // a sentence, one not written in lower case elsewhere
        let capital_at = |k: usize| {
            let t = &self.toks[k];
            t.capitalized()
                && !lexicon::is_stopword(&t.norm)
                && !is_weekday(&t.norm)
                && crate::words::month(&t.norm).is_none()
        };
        let name_at = |k: usize| capital_at(k) && !self.common_opening(k);
        let owner = |name: String| {
            let bare = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("\u{2019}s"))
                .unwrap_or(&name)
                .to_string();
            format!("share for {bare}")
        };
        // ("34 percent for X" opening a sentence is read below)
        if b <= sstart {
        } else if self.norm(b - 1).ends_with("'s") && name_at(b - 1) {
            // "with 46 percent to X's 41 percent"
            return self.name_run_before(sstart, b).map(owner);
        } else if b > sstart + 3
            && is_getting_verb(self.norm(b - 1))
            && matches!(self.norm(b - 2), "who" | "which")
            && self.norm(b - 3) == ","
            && capital_at(b - 4)
        {
            // "…, versus Jones, who has 44 percent"
            return self.name_run_before(sstart, b - 3).map(owner);
        } else if b > sstart + 1 && is_getting_verb(self.norm(b - 1)) && capital_at(b - 2) {
            // (a name that looks plural is a name here: "Jones won 20 percent")
            return self.name_run_before(sstart, b - 1).map(owner);
        } else if self.norm(b - 1) == "with" && b > sstart + 1 {
            // "a lead for X with 46 percent"; else the clause's subject:
            // "X finished a strong third, with 23 percent"
            // ("for" among the four tokens before: the scan stays short)
            if name_at(b - 2)
                && (b.saturating_sub(4).max(sstart)..b - 2).any(|k| self.norm(k) == "for")
            {
                return self.name_run_before(sstart, b - 1).map(owner);
            }
            // a poll's finding: "the poll shows X with 47 percent"
            if name_at(b - 2) {
                let mut a = b - 2;
                while a > sstart && a + 4 > b && self.toks[a - 1].capitalized() {
                    a -= 1;
                }
                let shows = a > sstart
                    && matches!(
                        self.norm(a - 1),
                        "shows"
                            | "showed"
                            | "show"
                            | "puts"
                            | "put"
                            | "finds"
                            | "found"
                            | "gives"
                            | "gave"
                            | "has"
                            | "had"
                    );
                if shows {
                    return self
                        .text
                        .get(self.toks[a].start..self.toks[b - 2].end)
                        .map(|n| owner(n.to_string()));
                }
            }
            let mut c = b - 1;
            while c > sstart && b - c < 12 {
                let w = self.norm(c - 1);
                if matches!(w, ";" | ":" | "(" | "\u{2014}" | "--")
                    || (w == "," && c - 1 != b - 2)
                    || self.toks[c - 1].kind == Kind::Num
                {
                    break;
                }
                c -= 1;
            }
            let clause =
                c == sstart || matches!(self.norm(c - 1), ";" | ":" | "," | "\u{2014}" | "--");
            if clause && name_at(c) && !self.toks[c..b].iter().any(|t| t.kind == Kind::Num) {
                return self.name_after(c).map(|n| format!("share for {n}"));
            }
            return None;
        } else if num.digits
            && name_at(b - 1)
            && (b - 1 == sstart
                || matches!(
                    self.norm(b - 1 - 1),
                    "," | ";" | ":" | "and" | "\u{2014}" | "--"
                )
                || {
                    // the start of a name's run: "…; Jane Roe 12 percent"
                    let (mut a, _) = self.noun_run(sstart, b);
                    if a >= sstart + 2 && attribution::title_dot(self, a - 1) {
                        a -= 2;
                    }
                    a == sstart
                        || matches!(
                            self.norm(a - 1),
                            "," | ";" | ":" | "and" | "\u{2014}" | "--"
                        )
                })
        {
            // "X 41 percent, Y 39 percent": a list of names and shares
            let send = self.sentence_toks(self.sent[b]).1;
            let list = (b.saturating_sub(12).max(sstart)..send.min(num.last + 12))
                .any(|k| self.toks[k].kind == Kind::Num && k != num.first);
            if list {
                return self.name_run_before(sstart, b).map(owner);
            }
        }
        // "20 percent for X": not a change ("rose 5 percent for the year")
        if self.norm(after) == "for" {
            let change = (b.saturating_sub(5).max(sstart)..b)
                .any(|k| is_change_verb(self.norm(k)) || self.norm(k) == "by");
            let mut e = after + 1;
            let (_, send) = self.sentence_toks(self.sent[b]);
            while e < send && e < after + 7 && self.toks[e].kind == Kind::Word {
                let t = &self.toks[e];
                if !t.capitalized() && lexicon::is_stopword(&t.norm) {
                    break;
                }
                e += 1 + usize::from(attribution::title_dot(self, e + 1));
            }
            if !change && e > after + 1 && name_at(e - 1) {
                let mut a = e - 1;
                while a > after + 1
                    && (self.toks[a - 1].capitalized() || attribution::title_dot(self, a - 1))
                {
                    a -= 1;
                }
                return self
                    .text
                    .get(self.toks[a].start..self.toks[e - 1].end)
                    .map(|n| format!("share for {n}"));
            }
        }
        None
    }

    /// The name a number of a list stands for when the sentence says
    /// "respectively": "Roe and Smith, 11 and 8 percent respectively" gives
    /// Roe to 11 and Smith to 8.
    fn respective_name(&self, num: &Num, sstart: usize) -> Option<String> {
        let in_list = |k: usize| {
            self.toks[k].kind == Kind::Num
                || matches!(self.norm(k), "and" | "," | "percent" | "%" | "or")
        };
        let mut l = num.first;
        while l > sstart && num.first - l < 12 && in_list(l - 1) {
            l -= 1;
        }
        let index = (l..num.first)
            .filter(|&k| self.toks[k].kind == Kind::Num)
            .count();
        // the names before the list, in order
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut k = l;
        // past the names' verb: "X and Y won 11 and 8 percent respectively"
        if k > sstart
            && (is_getting_verb(self.norm(k - 1)) || lexicon::is_aux_or_adverb(self.norm(k - 1)))
        {
            k -= 1;
        }
        while k > sstart && names.len() < 8 {
            while k > sstart && matches!(self.norm(k - 1), "," | "and" | ":" | "with" | "at") {
                k -= 1;
            }
            let e = k;
            while k > sstart
                && e - k < 5
                && (self.toks[k - 1].capitalized() || attribution::title_dot(self, k - 1))
            {
                k -= 1;
            }
            if k == e {
                break;
            }
            names.push((k, e));
        }
        names.reverse();
        let (a, e) = *names.get(index)?;
        (names.len() > index && names.len() >= 2)
            .then(|| self.text.get(self.toks[a].start..self.toks[e - 1].end))
            .flatten()
            .map(str::to_string)
    }

    /// Whether "respectively" closes the list the number at `num` is in.
    fn respectively_after(&self, num: &Num) -> bool {
        let (_, send) = self.sentence_toks(self.sent[num.first]);
        (num.first..send.min(num.first + 10)).any(|k| self.norm(k) == "respectively")
    }

    /// The run of capitalised words starting at token `k` ("Donald Trump").
    fn name_after(&self, k: usize) -> Option<String> {
        let mut e = k;
        while e < k + 5
            && self.toks.get(e).is_some_and(|t| {
                // "US" is a name, "us" a pronoun
                let acronym = t.text.len() > 1 && t.text.bytes().all(|b| b.is_ascii_uppercase());
                t.capitalized() && (acronym || !lexicon::is_stopword(&t.norm))
            })
        {
            // a title's full stop stays in the name: "Mr. Jones"
            e += 1 + usize::from(attribution::title_dot(self, e + 1));
        }
        (e > k)
            .then(|| self.text.get(self.toks[k].start..self.toks[e - 1].end))
            .flatten()
            .map(str::to_string)
    }

    /// A lead in points, and whose: "Clinton leads Trump by 4 points",
    /// "Trump trails Clinton by 12 points" (Clinton's lead), "a 5-point
    /// lead", "a margin of error of plus or minus 3 percentage points".
    fn lead_label(&self, num: &Num, unit: &Unit) -> Option<String> {
        let sid = self.sent.get(num.first).copied()?;
        let (sstart, _) = self.sentence_toks(sid);
        let whose =
            |who: Option<String>| who.map_or_else(|| "lead".to_string(), |w| format!("{w} lead"));
        let lead_word = |w: &str| matches!(w, "lead" | "advantage" | "edge" | "margin");
        // "a 5-point lead", "Clinton has a 5-point lead over Trump"
        if let Some((_, h)) = self.compound_span(unit.last) {
            if lead_word(&self.toks[h].norm) {
                let mut v = num.first;
                while v > sstart
                    && matches!(
                        self.norm(v - 1),
                        "a" | "an" | "the" | "her" | "his" | "its" | "their"
                    )
                {
                    v -= 1;
                }
                let holds = v > sstart
                    && matches!(
                        self.norm(v - 1),
                        "has"
                            | "had"
                            | "holds"
                            | "held"
                            | "have"
                            | "opened"
                            | "built"
                            | "maintains"
                            | "keeps"
                            | "enjoys"
                            | "with"
                    );
                return Some(whose(
                    holds
                        .then(|| self.subject_before(sstart, v - 1, true))
                        .flatten(),
                ));
            }
        }
        let mut b = num.first;
        while b > sstart && lexicon::is_hedge_word(self.norm(b - 1)) {
            b -= 1;
        }
        if let Some(s) = self.plus_minus_start(b, sstart) {
            b = s;
        }
        // "the margin of sampling error for the group is plus or minus 4 points"
        let near = b.saturating_sub(10).max(sstart)..b;
        if near.clone().any(|k| self.norm(k) == "margin")
            && near.clone().any(|k| self.norm(k) == "error")
            && matches!(self.norm(b.wrapping_sub(1)), "is" | "was" | "of" | "at")
        {
            return Some("margin of error".to_string());
        }
        match self.norm(b.wrapping_sub(1)) {
            // "leads Trump by 4 points", "is ahead by 7 points"
            "by" => {
                let mut v = b - 1;
                while v > sstart && b - v < 8 {
                    v -= 1;
                    match self.norm(v) {
                        "leads" | "lead" | "led" | "leading" | "ahead" => {
                            return Some(whose(self.subject_before(sstart, v, true)));
                        }
                        "trails" | "trail" | "trailed" | "trailing" | "behind" => {
                            return Some(whose(self.name_after(v + 1)));
                        }
                        // "won the state by 10 points": the winner's margin
                        "won" | "wins" | "win" | "winning" | "carried" | "carries" | "beat"
                        | "beats" | "defeated" | "favored" | "favoured" | "favors" => {
                            return Some(match self.subject_before(sstart, v, true) {
                                Some(w) => format!("{w} margin"),
                                None => "margin".to_string(),
                            });
                        }
                        "," | ";" => break,
                        _ => {}
                    }
                }
            }
            // "a lead of 5 points", "a margin of error of plus or minus 3 points"
            "of" => {
                let head = self.compound_before(b - 1)?;
                // "a margin of (sampling) error of …"
                if head.rsplit(' ').next() == Some("error")
                    && (b.saturating_sub(6).max(sstart)..b).any(|k| self.norm(k) == "margin")
                {
                    return Some("margin of error".to_string());
                }
                if lead_word(&head.to_lowercase()) {
                    return Some(head);
                }
                // "a credibility interval of 5 points", "a swing of 10
                // points"; a change in points stays points ("a gain of 50")
                let last = head.rsplit(' ').next().unwrap_or(&head).to_lowercase();
                if !lexicon::is_change_noun(&last)
                    && !lexicon::is_stopword(&last)
                    && !matches!(
                        last.as_str(),
                        "total"
                            | "average"
                            | "level"
                            | "value"
                            | "close"
                            | "low"
                            | "high"
                            | "peak"
                            | "record"
                    )
                {
                    return Some(head.to_lowercase());
                }
            }
            // "Clinton's lead in the average is 5.4 points"
            "is" | "was" | "stands" | "stood" | "at" if b >= 2 => {
                let v = if self.norm(b - 1) == "at" {
                    b - 2
                } else {
                    b - 1
                };
                if let Some(s) = self.subject_before(sstart, v, false) {
                    if s.split(' ').any(lead_word) {
                        return Some(s);
                    }
                }
            }
            // "her lead shrank to 3 points"
            "to" if b >= 3 => {
                if let Some(s) = self.subject_before(sstart, b - 2, false) {
                    if s.split(' ').any(lead_word) {
                        return Some(s);
                    }
                }
            }
            _ => {}
        }
        // a gap of another kind: "a 22-point defeat", "an 8-point win for
        // X"; a change in points stays "points" ("a 300-point fall")
        if let Some((_, h)) = self.compound_span(unit.last).filter(|&(a, h)| {
            let w = self.toks[h].norm.as_str();
            // one noun: a longer run may hide a verb ("fall shook traders")
            a == h
                && !lexicon::is_change_noun(w)
                && !lexicon::is_aux_or_adverb(w)
                && !lexicon::is_stopword(w)
        }) {
            let head = self.toks[h].norm.clone();
            if self.norm(h + 1) == "for" {
                if let Some(name) = self.name_after(h + 2) {
                    return Some(format!("{head} for {name}"));
                }
            }
            return Some(head);
        }
        None
    }

    /// Whose change a change noun after a percentage is: the subject of a
    /// verb of having or showing right before it ("US stocks see 9%
    /// drop", "the firm posted a 5% gain"); token `first` starts the figure.
    fn undergoer_before(&self, first: usize) -> Option<String> {
        let sid = self.sent.get(first).copied()?;
        let (sstart, _) = self.sentence_toks(sid);
        let mut v = first;
        while v > sstart && matches!(self.norm(v - 1), "a" | "an") {
            v -= 1;
        }
        if v == sstart
            || !matches!(
                self.norm(v - 1),
                "see"
                    | "sees"
                    | "saw"
                    | "seen"
                    | "post"
                    | "posts"
                    | "posted"
                    | "suffer"
                    | "suffers"
                    | "suffered"
                    | "record"
                    | "records"
                    | "recorded"
                    | "show"
                    | "shows"
                    | "showed"
                    | "report"
                    | "reports"
                    | "reported"
            )
        {
            return None;
        }
        self.subject_before(sstart, v - 1, false)
    }

    /// What a change is in, written after the figure: "cuts of 21%
    /// (168,000 units) in its production" → "production"; `after` is the
    /// token after the figure.
    fn change_object_after(&self, after: usize) -> Option<String> {
        let mut k = after;
        if self.norm(k) == "(" {
            let open = k;
            while k < open + 8 && k < self.toks.len() && self.norm(k) != ")" {
                k += 1;
            }
            k += 1;
        }
        if self.norm(k) != "in" {
            return None;
        }
        k += 1;
        while matches!(
            self.norm(k),
            "the" | "its" | "their" | "his" | "her" | "our"
        ) {
            k += 1;
        }
        // "in its US and Canadian production": past the names and "and"
        let start = k;
        while k < start + 5
            && self
                .toks
                .get(k)
                .is_some_and(|t| t.capitalized() || matches!(t.norm.as_str(), "and" | "&"))
        {
            k += 1;
        }
        self.compound_head(k)
    }

    /// The first common noun of the clause that ends at token `v` ("Shares
    /// of energy companies … fell" → "shares").
    fn clause_subject(&self, sstart: usize, v: usize) -> Option<String> {
        // a clause is read within 60 words: a run-on text stays linear
        let sstart = sstart.max(v.saturating_sub(60));
        let clause = (sstart..v)
            .rev()
            .find(|&c| matches!(self.norm(c), "," | ";" | "while" | "and" | "but"))
            .map_or(sstart, |c| c + 1);
        let common = |k: usize| {
            let t = &self.toks[k];
            let initial = k == sstart && self.toks.get(k + 1).is_some_and(|n| !n.capitalized());
            t.kind == Kind::Word
                && (!t.capitalized() || initial)
                && !lexicon::is_stopword(&t.norm)
                && !lexicon::is_verb_form(&t.norm)
                && !not_a_topic(&t.norm)
                && !is_change_verb(&t.norm)
                && !lexicon::is_aux_or_adverb(&t.norm)
        };
        // the head of the first noun phrase: its last common noun
        let start = (clause..v).find(|&k| common(k))?;
        let mut head = start;
        let mut k = start + 1;
        while k < v {
            let t = &self.toks[k];
            if common(k) {
                head = k;
            } else if !(t.capitalized() || t.norm == "-" || t.norm == "'s" || t.norm == "'") {
                break;
            }
            k += 1;
        }
        Some(self.toks[head].norm.clone())
    }
}

/// A day of the week, which is no destination of money ("on Friday").
fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// The label of a measure that names nothing more specific.
fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Area => "area",
        Measure::Distance => "distance",
        Measure::Weight => "weight",
        Measure::Volume => "volume",
        Measure::Duration => "duration",
        Measure::Temperature => "temperature",
        _ => "amount",
    }
}

/// "change in X"; a stock index's name says it is one ("change in Nikkei
/// 225 index"), since its percentage is the index's, not the company's.
fn change_label(subject: &str) -> String {
    let lower = subject.to_lowercase();
    let says_index = ["index", "indices", "indexes"]
        .iter()
        .any(|w| lower.contains(w));
    if lexicon::is_index_name(subject) && !says_index {
        format!("change in {subject} index")
    } else {
        format!("change in {subject}")
    }
}

/// Whether the token before the hedged amount at `b` ends a noun phrase
/// that stands right before it ("the value of the contract as high as").
fn prep_before_noun(doc: &Doc<'_>, p: usize, sstart: usize) -> bool {
    p > sstart
        && doc
            .toks
            .get(p)
            .is_some_and(|t| t.kind == Kind::Word && !t.capitalized())
}

/// Words after an amount that do not say what it is: time, adverbs.
fn not_a_topic(w: &str) -> bool {
    matches!(
        w,
        "versus"
            | "vs"
            // "$5 million more than …", "well above", "worth either"
            | "more"
            | "less"
            | "well"
            | "either"
            | "last"
            | "next"
            | "earlier"
            | "later"
            | "ago"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "today"
            | "yesterday"
            | "apiece"
            | "respectively"
            | "each"
            | "compared"
            | "lower"
            | "higher"
            | "yearly"
            | "annually"
            | "alone"
            | "overall"
            | "total"
            | "earmarked"
            | "respectively."
            | "time"
            | "times"
    )
}

/// A past-tense or participle form ("reached", "declared"): a verb, where
/// a noun phrase is read, unless it is a known noun.
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !matches!(w, "red" | "need" | "speed" | "seed" | "hundred")
}

/// Verbs by which a contender gets a share of a vote or poll: "X
/// received 37 percent".
fn is_getting_verb(w: &str) -> bool {
    matches!(
        w,
        "received"
            | "receives"
            | "receiving"
            | "got"
            | "gets"
            | "getting"
            | "won"
            | "wins"
            | "winning"
            | "snagged"
            | "took"
            | "takes"
            | "earned"
            | "earns"
            | "drew"
            | "draws"
            | "garnered"
            | "garners"
            | "captured"
            | "captures"
            | "polled"
            | "polls"
            | "polling"
            | "had"
            | "has"
            | "pulled"
            | "pulls"
            | "netted"
            | "scored"
            | "held"
            | "holds"
    )
}

/// Verbs of change that a percentage measures.
fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "risen"
            | "rising"
            | "fell"
            | "fall"
            | "fallen"
            | "falling"
            | "dropped"
            | "drop"
            | "declined"
            | "decline"
            | "increased"
            | "increase"
            | "decreased"
            | "decrease"
            | "grew"
            | "grown"
            | "jumped"
            | "plunged"
            | "surged"
            | "slumped"
            | "gained"
            | "lost"
            | "climbed"
            | "slipped"
            | "tumbled"
            | "soared"
            | "down"
            | "up"
            | "cut"
            | "reduced"
            | "raised"
            | "losing"
            | "gaining"
            | "dropping"
            | "ended"
            | "closed"
            | "boost"
            | "boosts"
            | "boosted"
            | "improved"
            | "lowered"
            | "slashed"
            | "contracted"
            | "shrank"
            | "shrunk"
            | "shrinks"
            | "expanded"
            | "expands"
            | "plunge"
            | "plunges"
            | "slump"
            | "slumps"
            | "tumble"
            | "tumbles"
            | "sank"
            | "sinks"
            | "dipped"
            | "dips"
            | "rallied"
            | "edged"
            | "surges"
            | "soars"
            | "jumps"
            | "climbs"
            | "falls"
            | "rises"
            | "grows"
            | "grow"
            | "raise"
            | "raises"
            | "raising"
            | "widened"
            | "narrowed"
            | "swelled"
            | "ballooned"
            | "hiked"
            | "trimmed"
            | "lifted"
            | "dipping"
            | "dip"
            | "growing"
            | "declining"
            | "increasing"
            | "decreasing"
            | "climbing"
            | "jumping"
            | "sliding"
            | "slid"
            | "slides"
    )
}
