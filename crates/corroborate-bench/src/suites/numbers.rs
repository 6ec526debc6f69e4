//! The `numbers` suite: how well figures are read.
//!
//! Four measurements, each on the cases within the figure reader's scope
//! (numbers that measure something a news brief compares: counts of people
//! and things, money, percentages, areas, distances, durations, weights,
//! temperatures):
//!
//! - Recognizers-Text English specs (Number, Percent, NumberWithUnit:
//!   currency, dimension, temperature). A case passes when the multiset of
//!   values (and units, mapped to our codes) we read equals the spec's;
//!   amounts are compared in the base unit of their measure (Duckling gives
//!   "0.002 kg" as 2 g). Ordinals, fractions-as-numbers, comparison ranges,
//!   units we do not read (speed, information) and currencies we do
//!   not know are out of scope and counted by reason; a unit named without
//!   a number is a case where nothing must be read. Ages
//!   are not figures by design: we count how many age expressions we refuse.
//! - quantulum3's own test cases, for the cases whose units we read; the
//!   quantulum3 peer runs on the same cases (via `quantulum_parse.py`).
//! - Our labelled MEANTIME (WikiNews, CC BY 4.0) sentences in
//!   `test_data/figures/labelled.jsonl` (tuned on) and `heldout.jsonl` (held
//!   out): precision and recall of each field (see `numbers/labelled.rs`).
//! - Speed of `extract::figures` per article.
//!
//! With `NUMBERS_MISSES` set in the environment, every missed case is
//! printed to stderr with what was expected and what we read.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::Context as _;
use corroborate_extract::{figures, numbers, Quantity};
use corroborate_model::{Article, ArticleId, Span};
use serde::Deserialize;
use serde_json::Value;

use crate::report::{self, Section, Table};
use crate::{peers, Ctx, Suite};

mod labelled;

pub(crate) const SUITE: Suite = Suite {
    name: "numbers",
    about: "figures: Recognizers-Text specs, quantulum3 tests (and peer), labelled MEANTIME figures, speed",
    run,
};

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let rec = recognizers(ctx)?;
    let duck = duckling(ctx)?;
    let quant = quantulum(ctx)?;
    let lab = labelled::labelled(ctx)?;
    let speed = speed(ctx);

    let mut section = Section::new("numbers", "numbers");
    section.para(
        "Figures read from text: value, unit, hedge. A spec case passes when the values (and units) we read equal the expected ones exactly; amounts are compared in the base unit of their measure (Duckling gives 0.002 kg as 2 g, 7 feet 10 inches as 94 inches).",
    );
    section.para(
        "Readings where the specs leave a choice: \"a couple (of)\" is 2 and \"a few\" is 3, both approximate (no bounds); \"a pair\" is exactly 2; a bare \"few\" (\"few survived\") and \"single\" are not numbers. \"percent of 10\" and \"per cent of twenty-two\" opening a clause, with no number before the percent word, are the percentage written unit first (10 percent, 22 percent), as the spec reads them; after a number (\"5 percent of 10 million\") the number after \"of\" is the base and no percentage, and after a determiner (\"what percent of 20\") it is a question of a share, so neither is read as a percentage. A fraction of a group (\"two thirds of the cake\") is a percentage of it in a brief; quantulum3 and Duckling give it as a bare share of one, so it is compared as one (66.67 percent as 0.6667), the same amount in another unit. A span of two years (\"2013-14\") is a date, no number; \"1/0\" is no number. Number words go on past a comma or an ampersand after a scale (\"three million, two hundred & forty\") when the rest is at least a hundred and below that scale. \"one twenty two\" is 122 (a digit before a whole tens-and-ones, nothing after). Inch and foot marks (5\", 5'', 7', 6'2\") are read when they touch the number or a dimension word follows, and no quotation by the same mark is open before them (a closing quote after a number is no inch). An amount of money alone in brackets where a value is stated (after \"is\", a colon, or opening the text: \"revenue is ($99.99)\") is negative, as accountants write it; brackets after anything else are an aside or a conversion and keep the sign. A number glued into an identifier (\"L2\", \"OAO-1\", \"SCP-173\") is no number. Powers beyond 10^18 (\"10^400\") read as nothing.",
    );
    let mut t = Table::new(&[
        "set",
        "in scope",
        "ours",
        "quantulum3 (peer)",
        "published anchor",
        "ratio",
    ]);
    for set in &rec {
        let ours = set.rate();
        t.row([
            set.name.clone(),
            set.total.to_string(),
            report::pct(ours),
            report::NONE.to_string(),
            "100.00 (every supported case)".to_string(),
            report::ratio(ours, Some(1.0)),
        ]);
    }
    for set in &duck {
        let ours = set.rate();
        t.row([
            set.name.clone(),
            set.total.to_string(),
            report::pct(ours),
            report::NONE.to_string(),
            "100.00 (Duckling's own corpus)".to_string(),
            report::ratio(ours, Some(1.0)),
        ]);
    }
    let ours = quant.ours.rate();
    t.row([
        "quantulum3 tests (quantities.json), units we read".to_string(),
        quant.ours.total.to_string(),
        report::pct(ours),
        report::peer(quant.peer.as_ref().and_then(Score::rate), report::pct),
        "100.00 (quantulum3's own suite)".to_string(),
        report::ratio(ours, quant.peer.as_ref().and_then(Score::rate)),
    ]);
    section.table(&t);

    lab.write(&mut section);
    section.para(&format!(
        "Speed: {} per article for `extract::figures` ({} articles, mean {} bytes, release build, one thread).",
        report::seconds(speed.map(|s| s.0)),
        speed.map_or(0, |s| s.1),
        speed.map_or(0, |s| s.2),
    ));
    let mut scope = String::new();
    for set in &rec {
        let _ = write!(
            scope,
            "{}: {} of {} cases in scope",
            set.name, set.total, set.all
        );
        if !set.out.is_empty() {
            let _ = write!(scope, "; out of scope: {}", join_counts(&set.out));
        }
        scope.push_str(". ");
    }
    for set in &duck {
        let _ = write!(
            scope,
            "{}: {} of {} phrases in scope",
            set.name, set.total, set.all
        );
        if !set.out.is_empty() {
            let _ = write!(scope, "; out of scope: {}", join_counts(&set.out));
        }
        if !set.misses.is_empty() {
            let sample: Vec<String> = set
                .misses
                .iter()
                .take(8)
                .map(|m| format!("`{m}`"))
                .collect();
            let _ = write!(scope, "; misses, a sample: {}", sample.join(", "));
        }
        scope.push_str(". ");
    }
    let (refused, ages) = rec_ages(ctx);
    let _ = write!(
        scope,
        "Recognizers AgeModel (ages are not figures by design): {refused} of {ages} age expressions refused as figures. quantulum3: {} of {} cases in scope; out of scope: {}. The peer is scored on the same cases with its own unit names.",
        quant.ours.total,
        quant.all,
        join_counts(&quant.out)
    );
    if !quant.misses.is_empty() {
        let _ = write!(
            scope,
            " Misses, a sample: {}.",
            quant
                .misses
                .iter()
                .take(6)
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let misses: Vec<String> = rec
        .iter()
        .flat_map(|s| s.misses.iter().take(3).cloned())
        .collect();
    if !misses.is_empty() {
        let _ = write!(
            scope,
            " Recognizers misses, a sample: {}.",
            misses
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    section.scope(&scope);
    Ok(section.render())
}

/// Pass counts of one set.
#[derive(Default)]
struct Score {
    total: usize,
    pass: usize,
}

impl Score {
    fn rate(&self) -> Option<f64> {
        (self.total > 0).then(|| self.pass as f64 / self.total as f64)
    }
}

struct SetResult {
    name: String,
    all: usize,
    total: usize,
    pass: usize,
    out: BTreeMap<String, usize>,
    misses: Vec<String>,
}

impl SetResult {
    fn new(name: &str) -> SetResult {
        SetResult {
            name: name.to_string(),
            all: 0,
            total: 0,
            pass: 0,
            out: BTreeMap::new(),
            misses: Vec::new(),
        }
    }

    fn rate(&self) -> Option<f64> {
        (self.total > 0).then(|| self.pass as f64 / self.total as f64)
    }

    fn skip(&mut self, why: &str) {
        *self.out.entry(why.to_string()).or_default() += 1;
    }

    /// Scores one in-scope case: a pass, or a miss kept for the sample.
    fn score(&mut self, input: &str, want: &[(f64, String)], got: &[(f64, String)]) {
        if same_multiset(want.to_vec(), got.to_vec()) {
            self.pass += 1;
        } else {
            show_miss(&self.name, input, want, got);
            self.misses.push(input.to_string());
        }
    }
}

fn join_counts(m: &BTreeMap<String, usize>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_json(path: &Path) -> anyhow::Result<Value> {
    let text = fs_err::read_to_string(path)?;
    // some spec files start with a byte-order mark
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .with_context(|| format!("parsing {}", path.display()))
}

/// With `NUMBERS_MISSES` set, every miss is printed to stderr with what was
/// expected and what we read, to group failures by class.
fn show_miss(set: &str, input: &str, want: &[(f64, String)], got: &[(f64, String)]) {
    if std::env::var_os("NUMBERS_MISSES").is_some() {
        eprintln!("MISS [{set}] {input:?}\n    want {want:?}\n    got  {got:?}");
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// A quantity in the base unit of its measure (metres, square metres,
/// grams, litres), so that the same amount compares equal whatever unit
/// each side reports it in: Duckling gives "0.002 kg" as 2 g and "7 feet
/// 10 inches" as 94 inches.
fn canonical(value: f64, unit: &str) -> (f64, String) {
    let (size, base) = match unit {
        "km" => (1000.0, "m"),
        "cm" => (0.01, "m"),
        "mm" => (0.001, "m"),
        "mi" => (1609.344, "m"),
        "yd" => (0.9144, "m"),
        "ft" => (0.3048, "m"),
        "in" => (0.0254, "m"),
        "km2" => (1e6, "m2"),
        "mi2" => (2_589_988.110_336, "m2"),
        "ft2" => (0.092_903_04, "m2"),
        "ha" => (1e4, "m2"),
        "acre" => (4_046.856_422_4, "m2"),
        "kg" => (1000.0, "g"),
        "mg" => (0.001, "g"),
        "t" => (1e6, "g"),
        "lb" => (453.592_37, "g"),
        "oz" => (28.349_523_125, "g"),
        "ml" => (0.001, "l"),
        "gal" => (3.785_411_784, "l"),
        other => (1.0, other),
    };
    (value * size, base.to_string())
}

/// Multiset equality of (value, unit) pairs, units converted to their base.
fn same_multiset(want: Vec<(f64, String)>, got: Vec<(f64, String)>) -> bool {
    if want.len() != got.len() {
        return false;
    }
    let mut want: Vec<(f64, String)> = want.iter().map(|(v, u)| canonical(*v, u)).collect();
    let got: Vec<(f64, String)> = got.iter().map(|(v, u)| canonical(*v, u)).collect();
    for g in got {
        match want.iter().position(|w| close(w.0, g.0) && w.1 == g.1) {
            Some(i) => {
                want.swap_remove(i);
            }
            None => return false,
        }
    }
    want.is_empty()
}

fn spec_dir(ctx: &Ctx, kind: &str) -> std::path::PathBuf {
    ctx.data
        .join("recognizers_text_specs_en/Specs")
        .join(kind)
        .join("English")
}

fn recognizers(ctx: &Ctx) -> anyhow::Result<Vec<SetResult>> {
    let mut out = Vec::new();
    // plain numbers
    let mut set = SetResult::new("Recognizers Number (NumberModel)");
    for case in cases(
        &read_json(&spec_dir(ctx, "Number").join("NumberModel.json"))?,
        ctx.quick,
    ) {
        set.all += 1;
        let input = case["Input"].as_str().unwrap_or("");
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        let mut want = Vec::new();
        let mut why = None;
        for r in &results {
            let res = &r["Resolution"];
            let sub = res["subtype"].as_str().unwrap_or("");
            let v = res["value"].as_str().and_then(|v| v.parse::<f64>().ok());
            match (sub, v) {
                // negative numbers and powers ("-1", "1.3e6", "6.23x10^-4") are read
                ("integer" | "decimal" | "power", Some(v)) => want.push((v, String::new())),
                ("fraction", _) => why = Some("fractions as numbers"),
                _ => why = Some("other subtypes"),
            }
        }
        if let Some(w) = why {
            set.skip(w);
            continue;
        }
        set.total += 1;
        let got: Vec<(f64, String)> = numbers(input)
            .into_iter()
            // the number model reads every number but dimensions ("180ml"
            // is a dimension; "$20" and "3 years" hold numbers)
            .filter(|q| unit_kind(&q.unit) != Some("dimension"))
            .map(|q| (q.value, String::new()))
            .collect();
        set.score(input, &want, &got);
    }
    out.push(set);

    // percentages
    let mut set = SetResult::new("Recognizers Percent (PercentModel)");
    for case in cases(
        &read_json(&spec_dir(ctx, "Number").join("PercentModel.json"))?,
        ctx.quick,
    ) {
        set.all += 1;
        let input = case["Input"].as_str().unwrap_or("");
        let mut want = Vec::new();
        let mut why = None;
        for r in case["Results"].as_array().cloned().unwrap_or_default() {
            // "a small percent": the word without a number is no quantity
            let Some(v) = r["Resolution"]["value"].as_str().filter(|v| *v != "null") else {
                continue;
            };
            match v.strip_suffix('%').and_then(|x| x.parse::<f64>().ok()) {
                Some(x) if !r["Text"].as_str().unwrap_or("").contains('/') => {
                    want.push((x, "percent".to_string()))
                }
                _ => why = Some("fraction percentages"),
            }
        }
        if let Some(w) = why {
            set.skip(w);
            continue;
        }
        set.total += 1;
        let got: Vec<(f64, String)> = numbers(input)
            .into_iter()
            .filter(|q| q.unit == "percent")
            .map(|q| (q.value, q.unit))
            .collect();
        set.score(input, &want, &got);
    }
    out.push(set);

    // numbers with units
    for (file, label, kind) in [
        ("CurrencyModel.json", "Recognizers Currency", "money"),
        (
            "DimensionModel.json",
            "Recognizers Dimension (length, area, weight)",
            "dimension",
        ),
        (
            "TemperatureModel.json",
            "Recognizers Temperature",
            "temperature",
        ),
    ] {
        let mut set = SetResult::new(label);
        for case in cases(
            &read_json(&spec_dir(ctx, "NumberWithUnit").join(file))?,
            ctx.quick,
        ) {
            set.all += 1;
            let input = case["Input"].as_str().unwrap_or("");
            let mut want = Vec::new();
            let mut why = None;
            for r in case["Results"].as_array().cloned().unwrap_or_default() {
                let res = &r["Resolution"];
                let unit = res["unit"].as_str().unwrap_or("");
                let iso = res["isoCurrency"].as_str();
                let v = res["value"].as_str().and_then(|v| v.parse::<f64>().ok());
                let sub = res["subtype"].as_str().unwrap_or("");
                let code = if sub == "Weight" && unit == "Pound" {
                    Some("lb")
                } else if kind == "dimension" && unit == "Degree" {
                    Some("angle")
                } else {
                    recognizers_unit(unit, iso)
                };
                match (code, v) {
                    (Some(c), Some(v)) => want.push((v, c.to_string())),
                    (None, _) => why = Some(format!("unit {unit}")),
                    // a unit named without a number ("convert to celsius")
                    // is no quantity: nothing must be read for it
                    (_, None) => {}
                }
            }
            if let Some(w) = why {
                set.skip(if label.contains("Currency") && w.starts_with("unit") {
                    "currencies and subunits we do not read"
                } else {
                    &w
                });
                continue;
            }
            set.total += 1;
            // each model reads its own kind of unit only
            let got: Vec<(f64, String)> = numbers(input)
                .into_iter()
                .filter(|q| unit_kind(&q.unit) == Some(kind))
                .map(|q| (q.value, q.unit))
                .collect();
            set.score(input, &want, &got);
        }
        // fold rare out-of-scope units into one line
        let rare: usize = set
            .out
            .iter()
            .filter(|(_, n)| **n < 3)
            .map(|(_, n)| n)
            .sum();
        set.out.retain(|_, n| *n >= 3);
        if rare > 0 {
            set.out.insert("other units".to_string(), rare);
        }
        out.push(set);
    }
    Ok(out)
}

/// Age expressions of the AgeModel spec that we refuse as figures, and their number.
fn rec_ages(ctx: &Ctx) -> (usize, usize) {
    let Ok(spec) = read_json(&spec_dir(ctx, "NumberWithUnit").join("AgeModel.json")) else {
        return (0, 0);
    };
    let mut refused = 0;
    let mut total = 0;
    for case in cases(&spec, ctx.quick) {
        let input = case["Input"].as_str().unwrap_or("");
        for r in case["Results"].as_array().cloned().unwrap_or_default() {
            let (Some(s), Some(e)) = (r["Start"].as_u64(), r["End"].as_u64()) else {
                continue;
            };
            total += 1;
            // Start/End are char offsets, End inclusive
            let start = input
                .char_indices()
                .nth(s as usize)
                .map_or(input.len(), |x| x.0);
            let end = input
                .char_indices()
                .nth(e as usize + 1)
                .map_or(input.len(), |x| x.0);
            let figure = numbers(input)
                .iter()
                .any(|q| q.is_figure && q.start < end && start < q.end);
            if !figure {
                refused += 1;
            }
        }
    }
    (refused, total)
}

fn cases(spec: &Value, quick: bool) -> Vec<Value> {
    let all = spec.as_array().cloned().unwrap_or_default();
    if quick {
        all.into_iter().take(40).collect()
    } else {
        all
    }
}

/// Which Recognizers model reads a unit of ours.
fn unit_kind(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "km" | "m" | "cm" | "mm" | "mi" | "ft" | "in" | "yd" | "km2" | "m2" | "mi2" | "ft2"
        | "ha" | "acre" | "kg" | "g" | "mg" | "t" | "lb" | "oz" | "l" | "ml" | "gal" | "angle" => {
            "dimension"
        }
        "celsius" | "fahrenheit" | "degrees" => "temperature",
        "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "RUB" | "CHF" | "MXN" | "CAD" | "AUD"
        | "HKD" | "NZD" | "SGD" => "money",
        _ => return None,
    })
}

/// Whether a unit code names a measure (not a bare number or a counted noun).
fn is_measure(unit: &str) -> bool {
    matches!(
        unit,
        "l" | "ml"
            | "gal"
            | "percent"
            | "km"
            | "m"
            | "cm"
            | "mm"
            | "mi"
            | "ft"
            | "in"
            | "yd"
            | "km2"
            | "m2"
            | "mi2"
            | "ft2"
            | "ha"
            | "acre"
            | "kg"
            | "g"
            | "mg"
            | "t"
            | "lb"
            | "oz"
            | "celsius"
            | "fahrenheit"
            | "degrees"
            | "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CNY"
            | "INR"
            | "RUB"
            | "CHF"
            | "MXN"
            | "CAD"
            | "AUD"
            | "HKD"
            | "NZD"
            | "SGD"
            | "years"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "minutes"
            | "seconds"
    )
}

/// A Recognizers unit name as our unit code, when we read that unit.
fn recognizers_unit(unit: &str, iso: Option<&str>) -> Option<&'static str> {
    if let Some(iso) = iso {
        return match iso {
            "USD" => Some("USD"),
            "EUR" => Some("EUR"),
            "GBP" => Some("GBP"),
            "JPY" => Some("JPY"),
            "CNY" => Some("CNY"),
            "CHF" => Some("CHF"),
            "MXN" => Some("MXN"),
            _ => None,
        };
    }
    Some(match unit {
        "Dollar" => "USD",
        "Euro" => "EUR",
        "Pound" | "British pound" => "GBP",
        "Kilometer" => "km",
        "Meter" => "m",
        "Centimeter" => "cm",
        "Millimeter" => "mm",
        "Mile" => "mi",
        "Foot" => "ft",
        "Inch" => "in",
        "Yard" => "yd",
        "Square kilometer" => "km2",
        "Square meter" => "m2",
        "Square mile" => "mi2",
        "Square foot" => "ft2",
        "Hectare" => "ha",
        "Acre" => "acre",
        "Kilogram" => "kg",
        "Gram" => "g",
        "Milligram" => "mg",
        "Ton" | "Metric ton" => "t",
        "Ounce" => "oz",
        "Liter" => "l",
        "Milliliter" => "ml",
        "Gallon" => "gal",
        "C" => "celsius",
        "F" => "fahrenheit",
        "Degree" => "degrees",
        _ => return None,
    })
}

/// A Duckling unit name as our unit code, when we read that unit.
fn duckling_unit(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "Dollar" | "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "CAD" => "CAD",
        "CHF" => "CHF",
        "CNY" => "CNY",
        "INR" => "INR",
        "Kilometre" => "km",
        "Metre" | "M" => "m",
        "Centimetre" => "cm",
        "Foot" => "ft",
        "Inch" => "in",
        "Mile" => "mi",
        "Celsius" => "celsius",
        "Fahrenheit" => "fahrenheit",
        "Degree" => "degrees",
        "Litre" => "l",
        "Millilitre" => "ml",
        "Gallon" => "gal",
        "Gram" => "g",
        "Milligram" => "mg",
        "Ounce" => "oz",
        _ => return None,
    })
}

/// Duckling's English corpus (numerals and quantities): every phrase of the
/// main corpus whose expected value is one plain number, or one amount in a
/// unit we read, must read as exactly that one quantity. Ranges and bounds
/// ("between", "under", "above"), latent and negative sections, and the
/// dimensions we do not extract (durations, ordinals, e-mail) are out of scope.
fn duckling(ctx: &Ctx) -> anyhow::Result<Vec<SetResult>> {
    #[derive(Deserialize)]
    struct Row {
        dimension: String,
        section: String,
        expected: Option<String>,
        phrases: Vec<String>,
    }
    let path = ctx.data.join("duckling_en_corpus/duckling_en_corpus.jsonl");
    let text = fs_err::read_to_string(&path)?;
    let mut numeral = SetResult::new("Duckling Numeral");
    let mut quantity = SetResult::new("Duckling money, distance, temperature, volume, weight");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: Row =
            serde_json::from_str(line).with_context(|| format!("parsing {}", path.display()))?;
        let set = match row.dimension.as_str() {
            "Numeral" => &mut numeral,
            "AmountOfMoney" | "Distance" | "Temperature" | "Volume" | "Quantity" => &mut quantity,
            _ => continue,
        };
        let n = row.phrases.len();
        set.all += n;
        let expected = row.expected.unwrap_or_default();
        let words: Vec<&str> = expected.split_whitespace().collect();
        let want: Option<(f64, &str)> = match (row.section.as_str(), words.as_slice()) {
            ("allExamples", ["NumeralValue", v, ..]) => v.parse().ok().map(|v| (v, "")),
            ("allExamples", ["simple", unit, v, ..]) => {
                let value = v.trim_start_matches('(').parse().ok();
                let mapped = if row.dimension == "AmountOfMoney" && *unit == "Pound" {
                    Some("GBP")
                } else if *unit == "Pound" {
                    Some("lb")
                } else {
                    duckling_unit(unit)
                };
                match (value, mapped) {
                    (Some(v), Some(u)) => Some((v, u)),
                    (_, None) => {
                        for _ in 0..n {
                            set.skip(&format!("unit {unit}"));
                        }
                        continue;
                    }
                    _ => None,
                }
            }
            ("allExamples", [kind, ..]) => {
                for _ in 0..n {
                    set.skip(kind);
                }
                continue;
            }
            (section, _) => {
                for _ in 0..n {
                    set.skip(&format!("section {section}"));
                }
                continue;
            }
        };
        let Some((value, unit)) = want else {
            for _ in 0..n {
                set.skip("other expected forms");
            }
            continue;
        };
        for phrase in &row.phrases {
            set.total += 1;
            let got: Vec<(f64, String)> = numbers(phrase)
                .into_iter()
                .map(|q| ours_as_quantulum(phrase, q))
                .collect();
            let want = vec![(value, unit.to_string())];
            set.score(phrase, &want, &got);
        }
    }
    Ok(vec![numeral, quantity])
}

/// A quantulum3 unit name as our unit code, when we read that unit.
fn quantulum_unit(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "dimensionless" => "",
        "metre" => "m",
        "kilometre" => "km",
        "centimetre" => "cm",
        "millimetre" => "mm",
        "mile" => "mi",
        "inch" => "in",
        "foot" => "ft",
        "yard" => "yd",
        "square kilometre" => "km2",
        "square metre" => "m2",
        "square mile" => "mi2",
        "kilogram" => "kg",
        "gram" => "g",
        "milligram" => "mg",
        "tonne" => "t",
        "pound-mass" => "lb",
        "ounce" => "oz",
        "litre" => "l",
        "gallon" => "gal",
        "dollar" => "USD",
        "euro" => "EUR",
        "pound sterling" => "GBP",
        "degree Celsius" => "celsius",
        "degree fahrenheit" => "fahrenheit",
        "percentage" => "percent",
        "year" => "years",
        "month" => "months",
        "week" => "weeks",
        "day" => "days",
        "hour" => "hours",
        "minute" => "minutes",
        "second" => "seconds",
        _ => return None,
    })
}

struct QuantResult {
    all: usize,
    ours: Score,
    peer: Option<Score>,
    out: BTreeMap<String, usize>,
    misses: Vec<String>,
}

#[derive(Deserialize)]
struct QuantCase {
    req: String,
    res: Vec<QuantExpected>,
}

#[derive(Deserialize)]
struct QuantExpected {
    value: f64,
    unit: String,
}

#[derive(Deserialize)]
struct PeerOut {
    results: Vec<Vec<PeerQuantity>>,
}

#[derive(Deserialize)]
struct PeerQuantity {
    value: Option<f64>,
    unit: String,
}

fn quantulum(ctx: &Ctx) -> anyhow::Result<QuantResult> {
    let path = ctx.data.join("quantulum3_tests/quantities.json");
    let cases: Vec<QuantCase> =
        serde_json::from_str(&fs_err::read_to_string(&path)?).context("quantulum3 tests")?;
    let cases: Vec<QuantCase> = if ctx.quick {
        cases.into_iter().take(20).collect()
    } else {
        cases
    };
    let mut out = BTreeMap::new();
    let mut inscope = Vec::new();
    for c in &cases {
        match c.res.iter().find(|e| quantulum_unit(&e.unit).is_none()) {
            Some(e) => *out.entry(format!("unit {}", e.unit)).or_insert(0) += 1,
            None => inscope.push(c),
        }
    }
    let rare: usize = out.values().filter(|n| **n < 2).sum();
    out.retain(|_, n| *n >= 2);
    if rare > 0 {
        out.insert("other units".to_string(), rare);
    }
    let mut ours = Score::default();
    let mut misses = Vec::new();
    for c in &inscope {
        ours.total += 1;
        let want: Vec<(f64, String)> = c
            .res
            .iter()
            .map(|e| (e.value, quantulum_unit(&e.unit).unwrap_or("").to_string()))
            .collect();
        let got: Vec<(f64, String)> = numbers(&c.req)
            .into_iter()
            .map(|q| ours_as_quantulum(&c.req, q))
            .collect();
        if same_multiset(want.clone(), got.clone()) {
            ours.pass += 1;
        } else {
            show_miss("quantulum3", &c.req, &want, &got);
            misses.push(c.req.clone());
        }
    }
    let texts: Vec<&str> = inscope.iter().map(|c| c.req.as_str()).collect();
    let input = serde_json::json!({ "texts": texts });
    let peer = peers::run_python(ctx, "quantulum_parse.py", &[], input.to_string().as_bytes())
        .and_then(|b| serde_json::from_slice::<PeerOut>(&b).ok())
        .map(|p| {
            let mut s = Score::default();
            for (c, got) in inscope.iter().zip(p.results) {
                s.total += 1;
                let want: Vec<(f64, String)> =
                    c.res.iter().map(|e| (e.value, e.unit.clone())).collect();
                let got: Vec<(f64, String)> = got
                    .into_iter()
                    .map(|q| (q.value.unwrap_or(f64::NAN), q.unit))
                    .collect();
                if same_multiset(want, got) {
                    s.pass += 1;
                }
            }
            s
        });
    Ok(QuantResult {
        all: cases.len(),
        ours,
        peer,
        out,
        misses,
    })
}

/// Our quantity in quantulum3's terms: a counted noun is a bare number
/// there, and a fraction of a group ("two thirds of the cake"), which we
/// give as a percentage, is a bare share of one (the same amount in another
/// unit, as 0.002 kg is 2 g).
fn ours_as_quantulum(text: &str, q: Quantity) -> (f64, String) {
    let written = text.get(q.start..q.end).unwrap_or("").to_lowercase();
    let percent_written = ["%", "percent", "per cent", "pct"]
        .iter()
        .any(|p| written.contains(p));
    if q.unit == "percent" && !percent_written {
        return (q.value / 100.0, String::new());
    }
    let unit = if is_measure(&q.unit) {
        q.unit
    } else {
        String::new()
    };
    (q.value, unit)
}

fn one_sentence_article(text: &str) -> Article {
    Article {
        id: ArticleId(0),
        path: String::new(),
        source: String::new(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: corroborate_model::count_words(text),
        sentences: vec![Span::new(0, text.len())],
    }
}

/// Mean time of `extract::figures` per article over MEANTIME documents
/// (sentences joined), with the article count and mean size.
fn speed(ctx: &Ctx) -> Option<(f64, usize, usize)> {
    let path = ctx.data.join("meantime_en/cdcr_conll.csv");
    let text = fs_err::read_to_string(path).ok()?;
    let mut docs: BTreeMap<String, String> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.splitn(6, ',').collect();
        if cols.len() < 5 {
            continue;
        }
        let doc = docs.entry(cols[1].to_string()).or_default();
        doc.push_str(cols[4]);
        doc.push(' ');
    }
    let mut articles: Vec<Article> = docs.values().map(|t| one_sentence_article(t)).collect();
    if ctx.quick {
        articles.truncate(10);
    }
    if articles.is_empty() {
        return None;
    }
    let passes = if ctx.quick { 2 } else { 20 };
    let started = Instant::now();
    let mut n = 0;
    for _ in 0..passes {
        for a in &articles {
            n += figures(a).len();
        }
    }
    std::hint::black_box(n);
    let per = started.elapsed().as_secs_f64() / (passes * articles.len()) as f64;
    let mean = articles.iter().map(|a| a.text.len()).sum::<usize>() / articles.len();
    Some((per, articles.len(), mean))
}
