//! The `time` suite: how well date expressions are found and resolved.
//!
//! Three sets, each scored on what corroborate's timeline needs, dates at
//! day, month or year precision:
//!
//! - Recognizers-Text DateTime specs: the results of type date/daterange
//!   whose TIMEX is a day (`2016-11-15`, `XXXX-11-15`, weekday
//!   `XXXX-WXX-1`), a month (`2016-11`, `XXXX-11`) or a year (`2016`), in the
//!   parser and model files of the default mode. A result passes when one of
//!   our expressions overlaps its text with the same precision and the date of
//!   one of the spec's readings (the spec gives a past and a future reading
//!   where the direction is open; we resolve with our news default, the past,
//!   and a future cue in the sentence). Two kinds of result are read for
//!   what they mean rather than how they are stored: a result with a
//!   modifier ("after Feb", "before the end of December") stores the bound
//!   of its range (2018-03-01 for "after Feb"), so its date is the latest
//!   month or day of its TIMEX that starts on or before that bound; and a
//!   result whose TIMEX is no calendar date ("Feb 30", "2/29/2019") passes
//!   when we find no date there, since a timeline must not hold a day that
//!   does not exist.
//! - Duckling's English time corpus: phrases whose expected value is one
//!   instant at day, month or year grain (sections `allExamples` and
//!   `defaultCorpus`), resolved with the future lean Duckling assumes, at its
//!   reference time 2013-02-12; a phrase passes when our longest expression
//!   has the expected grain and date. The negative corpus passes when we find
//!   nothing.
//! - MEANTIME: this snapshot lacks the TIMEX3 layer, so precision and recall
//!   of normalised DATE values cannot be computed. Two proxies instead: the
//!   publication date inferred from each document's text (its dateline)
//!   against its DCT, and, for event mentions anchored to a date in the
//!   corpus' instance list, whether the first date we resolve in the event's
//!   sentence (against the DCT) equals the anchor at the anchor's precision.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Instant;

use anyhow::Context as _;
use corroborate::model::{Date, PartialDate, Span};
use corroborate_extract::{latest_explicit_date, resolve_dates, Lean};
use serde_json::Value;

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "time",
    about: "date expressions: Recognizers-Text specs, Duckling corpus, MEANTIME proxies, speed",
    run,
};

const COMMAND: &str = "cargo run --release -p corroborate-bench -- time";

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let rec = recognizers(ctx)?;
    let duck = duckling(ctx)?;
    // `TIME_MISSES=1` lists every miss on stderr, for working on the rules.
    if std::env::var_os("TIME_MISSES").is_some() {
        for miss in rec.misses.iter().chain(&duck.misses) {
            eprintln!("miss: {miss}");
        }
    }
    let mt = meantime(ctx)?;
    let mut md = String::from("## time\n\n");
    md.push_str("Date expressions resolved to day, month or year (the timeline's precision).\n\n");
    md.push_str("| set | in scope | ours | peer | published anchor | ratio |\n|---|---:|---:|---|---:|---:|\n");
    let anchor = rec.supported as f64 / rec.total.max(1) as f64;
    let ours = rec.pass as f64 / rec.total.max(1) as f64;
    let _ = writeln!(
        md,
        "| Recognizers-Text DateTime (date/daterange at day, month, year) | {} | {} | peer missing | {} (cases the .NET reference supports) | {:.2} |",
        rec.total,
        pct(ours),
        pct(anchor),
        ours / anchor.max(f64::EPSILON)
    );
    for (kind, (n, ok)) in &rec.by_kind {
        let ours = *ok as f64 / (*n).max(1) as f64;
        let _ = writeln!(
            md,
            "| … of which {kind} | {n} | {} | peer missing | — | — |",
            pct(ours)
        );
    }
    let ours = duck.pass as f64 / duck.total.max(1) as f64;
    let _ = writeln!(
        md,
        "| Duckling EN time corpus (instants at day, month, year grain) | {} | {} | peer missing | 100.0 % (Duckling passes its corpus) | {:.2} |",
        duck.total,
        pct(ours),
        ours
    );
    let _ = writeln!(
        md,
        "| Duckling negative phrases (must find no date) | {} | {} | peer missing | 100.0 % | {:.2} |",
        duck.negatives,
        pct(duck.negatives_ok as f64 / duck.negatives.max(1) as f64),
        duck.negatives_ok as f64 / duck.negatives.max(1) as f64
    );
    let _ = writeln!(
        md,
        "| MEANTIME: publication date inferred from the text = DCT | {} | {} | peer missing | — | — |",
        mt.docs,
        pct(mt.inferred_ok as f64 / mt.docs.max(1) as f64)
    );
    let precision = mt.anchor_ok as f64 / mt.anchor_predicted.max(1) as f64;
    let recall = mt.anchor_ok as f64 / mt.anchored.max(1) as f64;
    let _ = writeln!(
        md,
        "| MEANTIME proxy: event anchors, precision / recall | {} | {} / {} | peer missing | — | — |",
        mt.anchored,
        pct(precision),
        pct(recall)
    );
    let (example_micros, example_bytes) = example_speed(ctx, if ctx.quick { 2 } else { 50 })?;
    let _ = writeln!(
        md,
        "\nSpeed (date extraction only, release build, best of the passes on a shared machine): {:.1} µs per article on MEANTIME ({} articles, mean {} bytes); {:.1} µs per article on the example story (5 articles, mean {} bytes).",
        mt.micros_per_doc, mt.docs, mt.mean_bytes, example_micros, example_bytes
    );
    md.push_str("\n**Scope.** ");
    md.push_str(&rec.scope_note());
    let _ = write!(
        md,
        " Duckling: {} in-scope phrases of {} time phrases; out of scope: {}. ",
        duck.total,
        duck.all_time,
        join_counts(&duck.out_of_scope)
    );
    let _ = write!(
        md,
        "MEANTIME: the snapshot has no TIMEX3 layer (its README says the XML is not included), so the requested precision/recall of normalised DATE values is not measurable here; the rows above are proxies. Of {} event mentions anchored to a date, {} sit in a sentence where we resolve a date; we are right on {}.",
        mt.anchored, mt.anchor_predicted, mt.anchor_ok
    );
    md.push_str("\n\nMisses, a sample (Recognizers): ");
    md.push_str(
        &rec.misses
            .iter()
            .take(8)
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    md.push_str("\n\nMisses, a sample (Duckling): ");
    md.push_str(
        &duck
            .misses
            .iter()
            .take(8)
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let _ = write!(md, "\n\nCommand: `{COMMAND}`\n");
    Ok(md)
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn join_counts(counts: &BTreeMap<String, u64>) -> String {
    counts
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The precision of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Year,
    Month,
    Day,
}

fn grain_of(date: &PartialDate) -> Grain {
    match (date.month, date.day) {
        (_, Some(_)) => Grain::Day,
        (Some(_), None) => Grain::Month,
        _ => Grain::Year,
    }
}

fn truncate(date: Date, grain: Grain) -> PartialDate {
    PartialDate {
        year: date.year(),
        month: (grain != Grain::Year).then(|| date.month()),
        day: (grain == Grain::Day).then(|| date.day()),
    }
}

/// Byte range of the chars `start..end` of `text`.
fn char_range(text: &str, start: usize, end: usize) -> Option<Span> {
    let mut idx = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let s = idx.by_ref().nth(start)?;
    let e = if end > start {
        idx.nth(end - start - 1)?
    } else {
        s
    };
    Some(Span::new(s, e))
}

#[derive(Default)]
struct RecTally {
    total: u64,
    pass: u64,
    supported: u64,
    /// Results in the in-scope files that fall outside the scope, by kind.
    out_results: BTreeMap<String, u64>,
    /// Whole files out of scope, with their case counts.
    out_files: Vec<(String, u64)>,
    misses: Vec<String>,
    /// (results, passes) by kind of expression, see [`kind_of`].
    by_kind: BTreeMap<&'static str, (u64, u64)>,
    /// Results with a modifier ("after Feb"), scored on the period named.
    modified: u64,
    /// Results whose TIMEX is no calendar date, scored as "find nothing".
    impossible: u64,
}

impl RecTally {
    fn scope_note(&self) -> String {
        let files: Vec<String> = self
            .out_files
            .iter()
            .map(|(f, n)| format!("{f} ({n})"))
            .collect();
        format!(
            "Recognizers-Text: {} in-scope results from {} ; results there out of scope: {}; files out of scope (cases): {}. Read for what they mean rather than as stored: {} results with a modifier (\"after Feb\", \"before the end of December\"), which store the bound of their range, are scored on the month or day they name; {} results whose TIMEX is no calendar date (\"Feb 30\", \"2/29/2019\") pass when we find no date there, since a timeline must not hold a day that does not exist.",
            self.total,
            REC_FILES.join(", "),
            join_counts(&self.out_results),
            files.join(", "),
            self.modified,
            self.impossible
        )
    }
}

/// The spec files in scope: the date parsers and the default-mode models.
const REC_FILES: [&str; 4] = [
    "DateParser.json",
    "DatePeriodParser.json",
    "DateTimeModel.json",
    "MergedParser.json",
];

fn recognizers(ctx: &Ctx) -> anyhow::Result<RecTally> {
    let dir = ctx
        .data
        .join("recognizers_text_specs_en/Specs/DateTime/English");
    let mut tally = RecTally::default();
    let mut names: Vec<String> = fs_err::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    for name in names {
        let raw = fs_err::read_to_string(dir.join(&name))?;
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
            .with_context(|| format!("parsing {name}"))?;
        if !REC_FILES.contains(&name.as_str()) {
            tally.out_files.push((name, cases.len() as u64));
            continue;
        }
        let limit = if ctx.quick { 40 } else { usize::MAX };
        for case in cases.iter().take(limit) {
            rec_case(case, &mut tally);
        }
    }
    Ok(tally)
}

fn rec_case(case: &Value, tally: &mut RecTally) {
    let Some(input) = case["Input"].as_str() else {
        return;
    };
    let reference = case["Context"]["ReferenceDateTime"]
        .as_str()
        .and_then(|s| s.get(..10))
        .and_then(|s| s.parse::<Date>().ok());
    let supported = !case["NotSupported"]
        .as_str()
        .unwrap_or("")
        .contains("dotnet");
    let Some(results) = case["Results"].as_array() else {
        return;
    };
    let mut ours: Option<Vec<(Span, PartialDate)>> = None;
    for result in results {
        let kind = ["TypeName", "Typename", "Type"]
            .iter()
            .find_map(|k| result[*k].as_str())
            .unwrap_or("")
            .trim_start_matches("datetimeV2.")
            .to_string();
        let (timex, mut values) = readings(result);
        // A fully specified TIMEX is the normalised value itself ("before
        // 2010" has no start reading, but its TIMEX is 2010).
        if let Some(date) = timex_date(&timex) {
            values.push(date);
        }
        let grain = match scope(&kind, &timex) {
            Ok(g) => g,
            Err(why) => {
                *tally.out_results.entry(why).or_default() += 1;
                continue;
            }
        };
        let Some(reference) = reference else {
            *tally
                .out_results
                .entry("no reference date".into())
                .or_default() += 1;
            continue;
        };
        tally.total += 1;
        tally.supported += u64::from(supported);
        let span = result_span(input, result);
        let ours = ours.get_or_insert_with(|| resolve_dates(input, reference, Lean::Past));
        let best = span.and_then(|span| {
            ours.iter()
                .filter(|(s, _)| s.start < span.end && span.start < s.end)
                .max_by_key(|(s, _)| s.end.min(span.end) - s.start.max(span.start))
        });
        tally.impossible += u64::from(impossible(&timex));
        tally.modified += u64::from(modified(result));
        let ok = if impossible(&timex) {
            best.is_none()
        } else {
            best.is_some_and(|(_, date)| {
                grain_of(date) == grain && values.iter().any(|v| truncate(*v, grain) == *date)
            })
        };
        let text = result["Text"].as_str().unwrap_or("");
        let kind = tally.by_kind.entry(kind_of(text, &timex)).or_default();
        kind.0 += 1;
        kind.1 += u64::from(ok);
        if ok {
            tally.pass += 1;
        } else {
            let got = best.map_or("nothing".to_string(), |(_, d)| d.to_string());
            tally.misses.push(format!("{input} → {got}, want {timex}"));
        }
    }
}

/// Kinds of date expression news rarely writes or that we read otherwise
/// by design, told apart by the spec's
/// own text and TIMEX, so that the pass rate on the rest can be shown beside
/// the overall one: holidays, numbers in words ("nineteen seventy eight",
/// "May twenty one"), arithmetic on another date ("two days after today",
/// "3 weeks from tomorrow"), months or years counted from the reference
/// ("two months ago", "in 3 years", which we resolve to the month or year
/// by design where the spec names a day) and impossible dates ("Feb 30").
/// Everything else is "plain".
fn kind_of(text: &str, timex: &str) -> &'static str {
    const HOLIDAYS: [&str; 17] = [
        "easter",
        "christmas",
        "black friday",
        "earth day",
        "patrick",
        "independence",
        "new year",
        "workers",
        "juneteenth",
        "thanksgiving",
        "halloween",
        "valentine",
        "mother",
        "father",
        "memorial",
        "labor day",
        "eve",
    ];
    const NUMBER_WORDS: [&str; 21] = [
        "thousand",
        "hundred",
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
    ];
    const UNITS: [&str; 22] = [
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "monday",
        "mondays",
        "tuesday",
        "tuesdays",
        "wednesday",
        "wednesdays",
        "thursday",
        "thursdays",
        "friday",
        "fridays",
        "saturday",
        "saturdays",
        "sunday",
        "sundays",
    ];
    let lower = text.to_lowercase();
    if HOLIDAYS.iter().any(|h| lower.contains(h)) {
        return "holiday";
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Cardinals in words; "a"/"an" counts are fine ("a week ago").
    let counted = |i: usize| words.get(i + 1).is_some_and(|w| UNITS.contains(w));
    if words
        .iter()
        .enumerate()
        .any(|(i, w)| NUMBER_WORDS.contains(w) && !counted(i))
    {
        return "number words";
    }
    let arithmetic = words.windows(3).any(|w| {
        UNITS.contains(&w[0])
            && matches!(w[1], "from" | "after" | "before" | "later" | "since")
            && !matches!(w[2], "now" | "next")
    }) || words
        .windows(2)
        .any(|w| UNITS.contains(&w[0]) && matches!(w[1], "later" | "before" | "after"));
    if arithmetic {
        return "arithmetic on another date";
    }
    // "two months ago", "in 3 years": we give these month or year
    // precision by design (see the time module), the spec a day.
    let coarse = |w: &str| matches!(w, "month" | "months" | "year" | "years");
    let counted_coarse = words.windows(3).any(|w| {
        (coarse(w[1]) && matches!(w[2], "ago" | "hence" | "from" | "later"))
            || (w[0] == "in" && coarse(w[2]))
    });
    if counted_coarse {
        return "months or years counted (coarser by design)";
    }
    let mut parts = timex.split('-');
    let year = parts
        .next()
        .and_then(|y| y.parse::<i16>().ok())
        .unwrap_or(2016);
    let month = parts.next().and_then(|m| m.parse::<i8>().ok());
    let day = parts.next().and_then(|d| d.parse::<i8>().ok());
    if let (Some(m), Some(d)) = (month, day) {
        if Date::new(year, m, d).is_err() {
            return "impossible date";
        }
    }
    "plain"
}

/// Whether a result carries a modifier ("after", "before-end", …).
fn modified(result: &Value) -> bool {
    ["Resolution", "Value"].iter().any(|k| {
        result[*k]["values"]
            .as_array()
            .is_some_and(|l| l.iter().any(|v| v["Mod"].is_string()))
    })
}

/// Whether a day TIMEX names no calendar date in its year, or in any year
/// when the year is open (`XXXX-02-30`; `XXXX-02-29` exists in leap years).
fn impossible(timex: &str) -> bool {
    let mut parts = timex.split('-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (Ok(month), Ok(day)) = (month.parse::<i8>(), day.parse::<i8>()) else {
        return false;
    };
    let years: Vec<i16> = match year.parse::<i16>() {
        Ok(y) => vec![y],
        Err(_) if year == "XXXX" => vec![2016, 2017],
        Err(_) => return false,
    };
    years.iter().all(|&y| Date::new(y, month, day).is_err())
}

/// The TIMEX and the resolved readings of one Recognizers result.
fn readings(result: &Value) -> (String, Vec<Date>) {
    let parse = |v: &Value| {
        v.as_str()
            .and_then(|s| s.get(..10))
            .and_then(|s| s.parse::<Date>().ok())
    };
    let list = result["Resolution"]["values"]
        .as_array()
        .or_else(|| result["Value"]["values"].as_array());
    if let Some(list) = list {
        let timex = list
            .first()
            .and_then(|v| v["timex"].as_str())
            .unwrap_or("")
            .to_string();
        let values = list
            .iter()
            .filter_map(|v| {
                if v["Mod"].is_string() {
                    // A modified range stores its bound, not its date.
                    let bound = parse(&v["start"]).or_else(|| parse(&v["end"]))?;
                    return fill_before(v["timex"].as_str().unwrap_or(""), bound);
                }
                parse(&v["value"]).or_else(|| parse(&v["start"]))
            })
            .collect();
        return (timex, values);
    }
    let value = &result["Value"];
    let timex = value["Timex"].as_str().unwrap_or("").to_string();
    let values = ["PastResolution", "FutureResolution"]
        .iter()
        .filter_map(|k| parse(&value[*k]["date"]).or_else(|| parse(&value[*k]["startDate"])))
        .collect();
    (timex, values)
}

/// The first day of the latest period of `timex` (`XXXX-02`, `XXXX-12-05`)
/// that starts on or before `bound`, its year filled in from the bound's.
fn fill_before(timex: &str, bound: Date) -> Option<Date> {
    let rest = timex.strip_prefix("XXXX")?;
    [bound.year(), bound.year() - 1]
        .iter()
        .filter_map(|y| timex_date(&format!("{y}{rest}")))
        .find(|d| *d <= bound)
}

/// The first day of a TIMEX written without placeholders: `2016-11-15`,
/// `2016-11` or `2016`.
fn timex_date(timex: &str) -> Option<Date> {
    let mut parts = timex.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month: i8 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    let day: i8 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    Date::new(year, month, day).ok()
}

/// The grain of an in-scope result, or why it is out of scope.
fn scope(kind: &str, timex: &str) -> Result<Grain, String> {
    let b = timex.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let year = digits(0..4) || timex.starts_with("XXXX");
    match kind {
        "date" if b.len() == 10 && year && digits(5..7) && digits(8..10) => Ok(Grain::Day),
        "date" if b.len() == 10 && timex.starts_with("XXXX-WXX-") && digits(9..10) => {
            Ok(Grain::Day)
        }
        "daterange" if b.len() == 7 && year && digits(5..7) => Ok(Grain::Month),
        "daterange" if b.len() == 4 && digits(0..4) => Ok(Grain::Year),
        "date" | "daterange" => Err(format!("{kind} {}", timex_shape(timex))),
        other => Err(other.to_string()),
    }
}

/// A coarse label of a TIMEX's shape for the scope note.
fn timex_shape(timex: &str) -> &'static str {
    if timex.starts_with('(') {
        "range"
    } else if timex.contains('W') {
        "week"
    } else if timex.starts_with("XXXX-XX") {
        "day of month only"
    } else {
        "other"
    }
}

fn result_span(input: &str, result: &Value) -> Option<Span> {
    let start = result["Start"].as_u64()? as usize;
    let end = match result["End"].as_u64() {
        Some(e) => e as usize + 1,
        None => start + result["Length"].as_u64()? as usize,
    };
    let span = char_range(input, start, end);
    let text = result["Text"].as_str().unwrap_or("");
    match span {
        Some(s) if s.slice(input).eq_ignore_ascii_case(text) => Some(s),
        _ => {
            // Offsets that disagree with the text: find the text instead.
            let at = input
                .to_ascii_lowercase()
                .find(&text.to_ascii_lowercase())?;
            Some(Span::new(at, at + text.len()))
        }
    }
}

#[derive(Default)]
struct DuckTally {
    all_time: u64,
    total: u64,
    pass: u64,
    negatives: u64,
    negatives_ok: u64,
    out_of_scope: BTreeMap<String, u64>,
    misses: Vec<String>,
}

fn duckling(ctx: &Ctx) -> anyhow::Result<DuckTally> {
    let path = ctx.data.join("duckling_en_corpus/duckling_en_corpus.jsonl");
    let raw = fs_err::read_to_string(&path)?;
    let reference: Date = "2013-02-12".parse().expect("valid date");
    let mut tally = DuckTally::default();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let row: Value = serde_json::from_str(line).context("duckling row")?;
        if row["dimension"] != "Time" {
            continue;
        }
        let section = row["section"].as_str().unwrap_or("");
        let phrases: Vec<&str> = row["phrases"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let phrases = if ctx.quick {
            &phrases[..phrases.len().min(1)]
        } else {
            &phrases[..]
        };
        tally.all_time += phrases.len() as u64;
        if section == "negativeCorpus" {
            for p in phrases {
                tally.negatives += 1;
                tally.negatives_ok +=
                    u64::from(resolve_dates(p, reference, Lean::Future).is_empty());
            }
            continue;
        }
        let expected = row["expected"].as_str().unwrap_or("");
        let parsed = parse_duckling(expected);
        let in_section = matches!(section, "allExamples" | "defaultCorpus");
        let Some((want, grain)) = parsed.filter(|_| in_section) else {
            let head = expected.split([' ', '(']).next().unwrap_or("");
            let why = if !in_section {
                format!("section {section}")
            } else if head == "datetime" {
                format!("datetime {}", expected.rsplit(' ').next().unwrap_or(""))
            } else {
                head.to_string()
            };
            *tally.out_of_scope.entry(why).or_default() += phrases.len() as u64;
            continue;
        };
        for p in phrases {
            tally.total += 1;
            let ours = resolve_dates(p, reference, Lean::Future);
            let best = ours.iter().max_by_key(|(s, _)| s.len());
            let want_date = truncate(want, grain);
            let ok = best.is_some_and(|(_, d)| *d == want_date);
            if ok {
                tally.pass += 1;
            } else {
                let got = best.map_or("nothing".to_string(), |(_, d)| d.to_string());
                tally.misses.push(format!("{p} → {got}, want {want_date}"));
            }
        }
    }
    Ok(tally)
}

/// `datetime (2013, 2, 15, 0, 0, 0) Day` → the date and its grain.
fn parse_duckling(expected: &str) -> Option<(Date, Grain)> {
    let rest = expected.strip_prefix("datetime (")?;
    let (nums, grain) = rest.split_once(") ")?;
    let grain = match grain {
        "Day" => Grain::Day,
        "Month" => Grain::Month,
        "Year" => Grain::Year,
        _ => return None,
    };
    let mut it = nums.split(',').map(|n| n.trim().parse::<i16>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let date = Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some((date, grain))
}

#[derive(Default)]
struct MeantimeTally {
    docs: u64,
    inferred_ok: u64,
    anchored: u64,
    anchor_predicted: u64,
    anchor_ok: u64,
    micros_per_doc: f64,
    mean_bytes: usize,
}

/// One MEANTIME document rebuilt from its tokens.
struct MtDoc {
    text: String,
    /// Byte span of each sentence, by sentence id.
    sentences: BTreeMap<u64, Span>,
}

fn meantime(ctx: &Ctx) -> anyhow::Result<MeantimeTally> {
    let dir = ctx.data.join("meantime_en");
    let docs = meantime_docs(&fs_err::read_to_string(dir.join("cdcr_meantime.conll"))?);
    let anchors = meantime_anchors(&dir)?;
    let mut tally = MeantimeTally::default();
    let mut dcts: BTreeMap<&str, Date> = BTreeMap::new();
    for (key, doc) in &docs {
        // Sentence 0 is the title, sentence 1 the dateline.
        let Some(dct) = doc
            .sentences
            .get(&1)
            .and_then(|s| latest_explicit_date(s.slice(&doc.text)))
        else {
            continue;
        };
        dcts.insert(key, dct);
        tally.docs += 1;
        let inferred = latest_explicit_date(&doc.text);
        tally.inferred_ok += u64::from(inferred == Some(dct));
        if inferred != Some(dct) && std::env::var_os("TIME_MISSES").is_some() {
            eprintln!("miss: {key}: inferred {inferred:?}, DCT {dct}");
        }
    }
    for (key, sent, anchor) in &anchors {
        let (Some(doc), Some(dct)) = (docs.get(key.as_str()), dcts.get(key.as_str())) else {
            continue;
        };
        let Some(span) = doc.sentences.get(sent) else {
            continue;
        };
        tally.anchored += 1;
        let sentence = span.slice(&doc.text);
        let Some((_, ours)) = resolve_dates(sentence, *dct, Lean::Past).into_iter().next() else {
            continue;
        };
        tally.anchor_predicted += 1;
        let want = grain_of(anchor);
        let ours_cut = match (want, grain_of(&ours)) {
            (Grain::Year, _) => Some(PartialDate {
                month: None,
                day: None,
                ..ours
            }),
            (Grain::Month, Grain::Month | Grain::Day) => Some(PartialDate { day: None, ..ours }),
            (Grain::Day, Grain::Day) => Some(ours),
            _ => None,
        };
        tally.anchor_ok += u64::from(ours_cut == Some(*anchor));
        if ours_cut != Some(*anchor) && std::env::var_os("TIME_MISSES").is_some() {
            eprintln!("anchor: {key} DCT {dct} ours {ours} want {anchor}: {sentence}");
        }
    }
    // Speed: date extraction over every body, several passes.
    let bodies: Vec<(&str, Date)> = docs
        .iter()
        .filter_map(|(k, d)| Some((d.text.as_str(), *dcts.get(k.as_str())?)))
        .collect();
    let passes = if ctx.quick { 2 } else { 20 };
    tally.micros_per_doc = micros_per_text(&bodies, passes);
    tally.mean_bytes = bodies.iter().map(|(t, _)| t.len()).sum::<usize>() / bodies.len().max(1);
    Ok(tally)
}

/// Microseconds per text for date extraction: the best of `passes` passes
/// over all texts (the machine is shared; the best pass is the least
/// disturbed one).
fn micros_per_text(texts: &[(&str, Date)], passes: usize) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..passes {
        let started = Instant::now();
        let mut found = 0usize;
        for (text, reference) in texts {
            found += resolve_dates(text, *reference, Lean::Past).len();
        }
        std::hint::black_box(found);
        best = best.min(started.elapsed().as_secs_f64());
    }
    best * 1e6 / texts.len().max(1) as f64
}

/// Speed on the example story's five reports (longer than MEANTIME's).
fn example_speed(ctx: &Ctx, passes: usize) -> anyhow::Result<(f64, usize)> {
    let dir = ctx.root.join("examples/east-aleppo-2016");
    let mut texts = Vec::new();
    for entry in fs_err::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(fs_err::read_to_string(&path)?);
        }
    }
    let reference: Date = "2016-12-14".parse().expect("valid date");
    let pairs: Vec<(&str, Date)> = texts.iter().map(|t| (t.as_str(), reference)).collect();
    let mean = texts.iter().map(String::len).sum::<usize>() / texts.len().max(1);
    Ok((micros_per_text(&pairs, passes), mean))
}

/// Rebuilds documents from the CoNLL file, with a light detokenisation
/// (no space before closing punctuation) so that "March 01 , 2008" reads as
/// written.
fn meantime_docs(conll: &str) -> BTreeMap<String, MtDoc> {
    let mut docs: BTreeMap<String, MtDoc> = BTreeMap::new();
    let mut current: Option<(String, u64)> = None;
    for line in conll.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let [key, sent, _, token, ..] = cols[..] else {
            continue;
        };
        let Ok(sent) = sent.parse::<u64>() else {
            continue;
        };
        let doc = docs.entry(key.to_string()).or_insert_with(|| MtDoc {
            text: String::new(),
            sentences: BTreeMap::new(),
        });
        let same = current
            .as_ref()
            .is_some_and(|(k, s)| k == key && *s == sent);
        if !same {
            if !doc.text.is_empty() {
                doc.text.push('\n');
            }
            current = Some((key.to_string(), sent));
            let at = doc.text.len();
            doc.sentences.insert(sent, Span::new(at, at));
        } else if !matches!(
            token,
            "," | "." | ";" | ":" | "'s" | ")" | "%" | "?" | "!" | "'"
        ) {
            doc.text.push(' ');
        }
        doc.text.push_str(token);
        let end = doc.text.len();
        if let Some(s) = doc.sentences.get_mut(&sent) {
            s.end = end;
        }
    }
    docs
}

/// Event mentions anchored to a date: (document key, sentence id, anchor).
fn meantime_anchors(dir: &std::path::Path) -> anyhow::Result<Vec<(String, u64, PartialDate)>> {
    let mut times: BTreeMap<String, PartialDate> = BTreeMap::new();
    for line in fs_err::read_to_string(dir.join("list_instances.csv"))?.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(id), Some(time)) = (cols.first(), cols.get(7)) else {
            continue;
        };
        if let Some(date) = parse_partial(time) {
            times.insert(id.to_string(), date);
        }
    }
    let events: Vec<Value> = serde_json::from_str(&fs_err::read_to_string(
        dir.join("cdcr_event_mentions.json"),
    )?)?;
    let mut out = Vec::new();
    for ev in events {
        let chain = ev["coref_chain"].as_str().unwrap_or("");
        let id = chain.rsplit('_').next().unwrap_or("");
        let (Some(date), Some(key), Some(sent)) = (
            times.get(id),
            ev["conll_doc_key"].as_str(),
            ev["sent_id"].as_u64(),
        ) else {
            continue;
        };
        out.push((key.to_string(), sent, *date));
    }
    Ok(out)
}

/// `2009-06-01`, `2009-06` or `2009` (parts written `XX` end the date).
fn parse_partial(s: &str) -> Option<PartialDate> {
    let mut parts = s.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month: Option<i8> = parts.next().and_then(|p| p.parse().ok());
    let day: Option<i8> = month.and(parts.next().and_then(|p| p.parse().ok()));
    Some(PartialDate { year, month, day })
}
