//! Units after (or, for currencies, before) a number: people and what they
//! are, areas, distances, durations, weights, temperatures, angles, money
//! (signs and codes on either side: "$5", "20€", "CAD 3.03") and
//! percentages, plus a fallback for any counted plural noun ("13 barrels");
//! and the amounts that go on past a unit: cents after dollars, smaller
//! units after larger ones ("5 feet 2 inches").

use super::number::{self, adjacent, Kind, Tok};

/// The measure a unit belongs to; decides how a figure is labelled and grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Measure {
    People,
    Count,
    Percent,
    Area,
    Distance,
    Duration,
    Weight,
    Temperature,
    Volume,
    Money,
}

/// A unit found next to a number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Unit {
    pub(crate) measure: Measure,
    /// The unit code written in the report (`people`, `km2`, `USD`…).
    pub(crate) code: String,
    /// The counted noun as the text names it ("civilians"), for labels.
    pub(crate) noun: Option<String>,
    /// One past the last token of the unit.
    pub(crate) last: usize,
}

fn w<'t>(toks: &'t [Tok<'_>], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.norm.as_str())
}

/// Nouns that name people: the label keeps the noun as written, with
/// singulars and synonyms of "people" folded.
pub(crate) fn person_noun(word: &str) -> Option<&str> {
    const PEOPLE: &[&str] = &[
        "people",
        "civilians",
        "children",
        "kids",
        "babies",
        "infants",
        "minors",
        "boys",
        "girls",
        "women",
        "men",
        "fighters",
        "rebels",
        "militants",
        "insurgents",
        "gunmen",
        "militiamen",
        "combatants",
        "jihadists",
        "soldiers",
        "troops",
        "servicemen",
        "marines",
        "officers",
        "policemen",
        "personnel",
        "doctors",
        "nurses",
        "medics",
        "paramedics",
        "dentists",
        "surgeons",
        "physicians",
        "bodies",
        "corpses",
        "residents",
        "inhabitants",
        "citizens",
        "locals",
        "villagers",
        "refugees",
        "migrants",
        "evacuees",
        "victims",
        "patients",
        "prisoners",
        "detainees",
        "hostages",
        "captives",
        "inmates",
        "students",
        "pupils",
        "workers",
        "employees",
        "staff",
        "staffers",
        "protesters",
        "demonstrators",
        "protestors",
        "activists",
        "journalists",
        "reporters",
        "volunteers",
        "rescuers",
        "responders",
        "passengers",
        "crew",
        "members",
        "survivors",
        "families",
        "casualties",
        "voters",
        "users",
        "customers",
        "subscribers",
        "attendees",
        "visitors",
        "engineers",
        "developers",
        // politics, law and public life
        "delegates",
        "superdelegates",
        "candidates",
        "nominees",
        "hopefuls",
        "contenders",
        "challengers",
        "incumbents",
        "senators",
        "lawmakers",
        "legislators",
        "congressmen",
        "congresswomen",
        "representatives",
        "governors",
        "mayors",
        "officials",
        "leaders",
        "ministers",
        "diplomats",
        "ambassadors",
        "electors",
        "constituents",
        "supporters",
        "opponents",
        "critics",
        "donors",
        "contributors",
        "aides",
        "advisers",
        "advisors",
        "winners",
        "losers",
        "judges",
        "jurors",
        "lawyers",
        "attorneys",
        "prosecutors",
        "defendants",
        "suspects",
        "plaintiffs",
        "agents",
        "investigators",
        "guards",
        "police",
        "firefighters",
        "peacekeepers",
        "veterans",
        // economy and society
        "immigrants",
        "emigrants",
        "asylum-seekers",
        "deportees",
        "borrowers",
        "taxpayers",
        "homeowners",
        "renters",
        "tenants",
        "consumers",
        "shoppers",
        "investors",
        "shareholders",
        "owners",
        "farmers",
        "miners",
        "teachers",
        "parents",
        "mothers",
        "fathers",
        "relatives",
        "friends",
        "neighbors",
        "neighbours",
        "teenagers",
        "teens",
        "youths",
        "seniors",
        "retirees",
        "pensioners",
        "graduates",
        "applicants",
        "recipients",
        "beneficiaries",
        "participants",
        "respondents",
        "caucusgoers",
        "tourists",
        "pilgrims",
        "worshippers",
        "worshipers",
        "fans",
        "spectators",
        "viewers",
        "listeners",
        "readers",
        "followers",
        "scientists",
        "researchers",
        "experts",
        "economists",
        "analysts",
        "executives",
        "contractors",
        "laborers",
        "labourers",
        "clerics",
        "priests",
        "denizens",
        "schoolchildren",
        "nationals",
        "writers",
        "authors",
        "editors",
        "rivals",
        "guests",
        "hosts",
        "speakers",
        "panelists",
        "organizers",
        "organisers",
    ];
    Some(match word {
        "person" | "persons" | "individuals" | "beings" | "souls" | "lives" | "adults"
        | "elderly" | "deaths" | "dead" | "fatalities" | "wounded" | "injured" | "population" => {
            "people"
        }
        "child" => "children",
        "woman" => "women",
        "man" => "men",
        "civilian" => "civilians",
        "households" => "families",
        w if PEOPLE.contains(&w) => w,
        _ => return None,
    })
}

/// A capitalised plural that names people by nationality or party
/// ("Syrians", "Iraqis", "Democrats").
fn demonym(tok: &Tok<'_>) -> bool {
    tok.capitalized()
        && tok.norm.len() > 4
        && tok.text.chars().skip(1).all(char::is_lowercase)
        && (tok.norm.ends_with('s') || tok.norm.ends_with("ese"))
        && !tok.norm.ends_with("ss")
        && !tok.norm.ends_with("us")
        // place names, not peoples: "Dallas", "Texas", "Kansas"
        && !tok.norm.ends_with("as")
}

fn length_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" | "kms" => "km",
        "miles" | "mile" | "mi" => "mi",
        "meters" | "metres" | "meter" | "metre" | "m" => "m",
        "feet" | "foot" | "ft" => "ft",
        "inches" | "inch" => "in",
        "yards" | "yard" | "yd" | "yds" => "yd",
        "centimeters" | "centimetres" | "centimeter" | "centimetre" | "cm" | "cms" => "cm",
        "millimeters" | "millimetres" | "millimeter" | "millimetre" | "mm" => "mm",
        _ => return None,
    })
}

fn area_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "hectares" | "hectare" | "ha" => "ha",
        "acres" | "acre" => "acre",
        _ => return None,
    })
}

fn volume_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "liters" | "litres" | "liter" | "litre" | "l" => "l",
        "milliliters" | "millilitres" | "milliliter" | "millilitre" | "ml" | "mls" => "ml",
        "gallons" | "gallon" | "gal" | "gals" => "gal",
        _ => return None,
    })
}

fn duration_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "years" | "year" | "yrs" => "years",
        "months" | "month" => "months",
        "weeks" | "week" => "weeks",
        "days" | "day" => "days",
        "hours" | "hour" | "hrs" => "hours",
        "minutes" | "minute" | "mins" => "minutes",
        "seconds" | "second" | "secs" => "seconds",
        "decades" | "decade" => "decades",
        "centuries" | "century" => "centuries",
        _ => return None,
    })
}

fn weight_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "kilograms" | "kilogrammes" | "kilogram" | "kg" | "kgs" => "kg",
        "grams" | "gram" | "grammes" | "gramme" | "g" => "g",
        "milligrams" | "milligram" | "milligrammes" | "mg" => "mg",
        "tonnes" | "tonne" | "tons" | "ton" | "t" => "t",
        "lb" | "lbs" => "lb",
        "ounces" | "ounce" | "oz" => "oz",
        _ => return None,
    })
}

/// Currency words after a number.
fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dollars" | "dollar" | "usd" | "bucks" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "pound" | "gbp" | "sterling" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "rupees" | "rupee" | "inr" | "rs" => "INR",
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => "RUB",
        "francs" | "franc" | "chf" => "CHF",
        "pesos" | "peso" | "mxn" => "MXN",
        "cad" => "CAD",
        "aud" => "AUD",
        "hkd" => "HKD",
        "nzd" => "NZD",
        "sgd" => "SGD",
        "cents" | "cent" => "USD-cents",
        _ => return None,
    })
}

/// Whether `word` names a unit of measure or a currency in full or by an
/// unambiguous abbreviation, so that "a", "half" or "1/4" before it is an
/// amount of it ("a dollar", "half a liter", "1/4 mile"). One-letter
/// abbreviations and "in" are left out: "a m", "half in" are not amounts.
/// Durations count only when `duration` is set ("half an hour").
pub(crate) fn measure_word(word: &str, duration: bool) -> bool {
    if word.len() < 2 || matches!(word, "in" | "yen" | "mi" | "ha" | "rs") {
        return false;
    }
    length_unit(word).is_some()
        || area_word(word).is_some()
        || volume_unit(word).is_some()
        || weight_unit(word).is_some()
        || (currency_word(word).is_some() && !word.contains("cent"))
        || (duration && duration_unit(word).is_some())
}

/// A currency written before the number ("$5", "US$ 3", "€2bn", "USD 40").
pub(crate) fn currency_before(toks: &[Tok<'_>], first: usize) -> Option<(&'static str, usize)> {
    let mut prev = first.checked_sub(1).filter(|&p| p < toks.len())?;
    // "Rs. 20": the abbreviation's full stop
    if w(toks, prev) == "." && prev > 0 && w(toks, prev - 1) == "rs" && adjacent(toks, prev - 1) {
        prev -= 1;
    }
    let code = match w(toks, prev) {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "usd" | "us$" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "rs" => "INR",
        // ISO codes, written in capitals ("CAD 3.03", "CHF3.04"), or the
        // Chinese "rmb" in any case
        "rmb" => "CNY",
        code if toks[prev].text.len() == 3
            && toks[prev].text.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            match code {
                "cad" => "CAD",
                "chf" => "CHF",
                "cny" => "CNY",
                "jpy" => "JPY",
                "inr" => "INR",
                "aud" => "AUD",
                "hkd" => "HKD",
                "nzd" => "NZD",
                "sgd" => "SGD",
                "mxn" => "MXN",
                _ => return None,
            }
        }
        _ => return None,
    };
    // a sign glued to an earlier amount ("10$ 30"), or a code word after
    // one ("10 rmb 20 usd"), is that amount's
    let sign = toks[prev].kind == Kind::Punct;
    if prev > 0 && toks[prev - 1].kind == Kind::Num && (adjacent(toks, prev - 1) || !sign) {
        return None;
    }
    // "10 $ 30 $": the same sign after this number too, so signs follow
    // their amounts and the one before is the earlier amount's
    if sign && prev > 0 && toks[prev - 1].kind == Kind::Num && w(toks, first + 1) == w(toks, prev) {
        return None;
    }
    // "US$5", "CA$5", "A$5": the country letters name the dollar
    let mut start = prev;
    let mut code = code;
    if code == "USD"
        && w(toks, prev) == "$"
        && prev > 0
        && adjacent(toks, prev - 1)
        && toks[prev - 1].kind == Kind::Word
    {
        start = prev - 1;
        code = match w(toks, prev - 1) {
            "ca" | "c" | "can" => "CAD",
            "a" | "au" | "aud" => "AUD",
            "hk" => "HKD",
            "nz" => "NZD",
            "s" | "sg" => "SGD",
            "mx" | "mex" | "mxn" => "MXN",
            _ => "USD",
        };
    }
    Some((code, start))
}

/// Words that may stand between a number and its noun ("6.3 million
/// displaced people", "six more neighborhoods", "60,000 human beings").
fn modifier(tok: &Tok<'_>) -> bool {
    // a number word starts a number of its own ("one point five soldiers")
    if tok.kind != Kind::Word || number::is_number_word(&tok.norm) {
        return false;
    }
    if demonym(tok)
        || (tok.capitalized() && (tok.norm.ends_with("an") || tok.norm.ends_with("ian")))
    {
        return true;
    }
    if tok.capitalized() {
        // a name used as a modifier: "500 Apple engineers"
        return tok.text.chars().skip(1).all(char::is_lowercase);
    }
    // "zero such endorsements"
    tok.norm == "such"
        || (!super::lexicon::is_stopword(&tok.norm) && !super::lexicon::is_verb_form(&tok.norm))
}

/// The unit after a number that ends at token `j` (exclusive).
pub(crate) fn unit_after(toks: &[Tok<'_>], j: usize, vague: bool) -> Option<Unit> {
    let unit = |measure, code: &str, noun: Option<&str>, last| {
        Some(Unit {
            measure,
            code: code.to_string(),
            noun: noun.map(str::to_string),
            last,
        })
    };
    // "a 27-year contract", "fifty-year service life"
    if w(toks, j) == "-" && adjacent(toks, j - 1) && adjacent(toks, j) {
        if let Some(code) = duration_unit(w(toks, j + 1)) {
            return unit(Measure::Duration, code, None, j + 2);
        }
        // "a 150,000-square-foot center", "a 10-square-mile zone"
        if w(toks, j + 1) == "square" && w(toks, j + 2) == "-" {
            if let Some(l) = length_unit(w(toks, j + 3)) {
                return unit(Measure::Area, &format!("{l}2"), None, j + 4);
            }
        }
        // "a 3-inch screen", "a six-mile trip"
        let word = w(toks, j + 1);
        if let Some(code) = length_unit(word).filter(|_| word.len() > 1) {
            return unit(Measure::Distance, code, None, j + 2);
        }
        if let Some(code) = weight_unit(word).filter(|_| word.len() > 1) {
            return unit(Measure::Weight, code, None, j + 2);
        }
        if let Some(code) = volume_unit(word).filter(|_| word.len() > 1) {
            return unit(Measure::Volume, code, None, j + 2);
        }
        if let Some(code) = area_word(w(toks, j + 1)) {
            return unit(Measure::Area, code, None, j + 2);
        }
        // "billion-dollar deals", "a 20-euro note"
        if let Some(code) = currency_word(w(toks, j + 1)) {
            return unit(Measure::Money, code, None, j + 2);
        }
        // "the Dow's 344.65-point fall": index points
        if w(toks, j + 1) == "point" {
            return unit(Measure::Count, "points", Some("points"), j + 2);
        }
        // "a 180-degree turn" is an angle; "a 40-degree day" a temperature
        if matches!(w(toks, j + 1), "degree" | "degrees") {
            if angle(toks, j + 1) {
                return unit(Measure::Count, "angle", Some("degrees"), j + 2);
            }
            return unit(Measure::Temperature, "degrees", None, j + 2);
        }
        // "an 80-page report", "a 12-member panel", "a 50-state strategy":
        // a count of the singular noun, before the noun it qualifies
        if let Some(code) = hyphened_count(toks, j + 1) {
            // "a 15-member committee", "a three-person race" count people
            if let Some(noun) = person_noun(&code) {
                return unit(Measure::People, "people", Some(noun), j + 2);
            }
            return unit(Measure::Count, &code, Some(&code), j + 2);
        }
    }
    if let Some((code, last)) = currency_after(toks, j) {
        return unit(Measure::Money, code, None, last);
    }
    if let Some((code, last)) = mark_unit(toks, j) {
        return unit(Measure::Distance, code, None, last);
    }
    match w(toks, j) {
        "%" => return unit(Measure::Percent, "percent", None, j + 1),
        // "16,000 metric tons"
        "metric" if matches!(w(toks, j + 1), "tons" | "tonnes" | "ton" | "tonne") => {
            return unit(Measure::Weight, "t", None, j + 2);
        }
        // data sizes ("a 16 GB model", "the 32GB version")
        "gb" | "gigabytes" | "gigabyte" | "mb" | "megabytes" | "megabyte" | "tb" | "terabytes"
        | "terabyte" => {
            let code = match w(toks, j).as_bytes().first() {
                Some(b'g') => "GB",
                Some(b'm') => "MB",
                _ => "TB",
            };
            return unit(Measure::Count, code, Some(code), j + 1);
        }
        // "2 in thick", "5 in.", "(640 in)": "in" is inches when no
        // complement follows it, or a dimension adjective does
        "in" if toks[j].text == "in"
            && j > 0
            && toks[j - 1].kind == Kind::Num
            && (toks
                .get(j + 1)
                .is_none_or(|t| matches!(t.norm.as_str(), "." | ")" | ";"))
                || matches!(
                    w(toks, j + 1),
                    "thick"
                        | "long"
                        | "wide"
                        | "tall"
                        | "high"
                        | "deep"
                        | "across"
                        | "diameter"
                        | "x"
                )) =>
        {
            return unit(Measure::Distance, "in", None, j + 1);
        }
        // a difference of two percentages is in points, not a percentage
        "percentage" if matches!(w(toks, j + 1), "points" | "point") => {
            return unit(Measure::Count, "points", Some("points"), j + 2);
        }
        // "by just one point"
        "point"
            if matches!(w(toks, j - 1), "one" | "1")
                && j >= 2
                && w(toks, j - 2) != "at"
                && w(toks, j + 1) != "of" =>
        {
            return unit(Measure::Count, "points", Some("points"), j + 1);
        }
        "percent" | "percents" | "pct" | "percentage" => {
            return unit(Measure::Percent, "percent", None, j + 1);
        }
        "per" if w(toks, j + 1) == "cent" => return unit(Measure::Percent, "percent", None, j + 2),
        "square" | "sq" => {
            let k = if w(toks, j + 1) == "." { j + 2 } else { j + 1 };
            if let Some(l) = length_unit(w(toks, k)) {
                return unit(Measure::Area, &format!("{l}2"), None, k + 1);
            }
        }
        word if area_word(word).is_some() => {
            return unit(Measure::Area, area_word(word).unwrap_or("ha"), None, j + 1);
        }
        word if volume_unit(word).is_some()
            && (word.len() > 1 || adjacent(toks, j - 1) || toks[j].text == "L") =>
        {
            return unit(
                Measure::Volume,
                volume_unit(word).unwrap_or("l"),
                None,
                j + 1,
            );
        }
        "°" | "º" => {
            let code = match w(toks, j + 1) {
                "c" | "celsius" => "celsius",
                "f" | "fahrenheit" => "fahrenheit",
                _ => "degrees",
            };
            let last = if code == "degrees" { j + 1 } else { j + 2 };
            if code == "degrees" && angle(toks, j) {
                return unit(Measure::Count, "angle", Some("degrees"), last);
            }
            return unit(Measure::Temperature, code, None, last);
        }
        "celsius" | "centigrade" => return unit(Measure::Temperature, "celsius", None, j + 1),
        "fahrenheit" | "farenheit" | "fahrenheight" => {
            return unit(Measure::Temperature, "fahrenheit", None, j + 1)
        }
        "celcius" => return unit(Measure::Temperature, "celsius", None, j + 1),
        "swiss" | "canadian" | "australian" | "us" | "american" | "chinese" | "japanese"
        | "indian" | "mexican" | "singapore"
            if currency_word(w(toks, j + 1)).is_some() =>
        {
            let code = match (w(toks, j), currency_word(w(toks, j + 1))) {
                ("swiss", Some("CHF")) => "CHF",
                ("canadian", Some("USD")) => "CAD",
                ("australian", Some("USD")) => "AUD",
                ("singapore", Some("USD")) => "SGD",
                ("mexican", Some("MXN")) => "MXN",
                (_, Some(c)) => c,
                _ => "USD",
            };
            return unit(Measure::Money, code, None, j + 2);
        }
        "degrees" | "degree" | "deg" => {
            let (code, last) = match w(toks, j + 1) {
                "celsius" | "centigrade" | "c" | "celcius" => ("celsius", j + 2),
                "fahrenheit" | "f" | "farenheit" | "fahrenheight" => ("fahrenheit", j + 2),
                _ => ("degrees", j + 1),
            };
            if code == "degrees" && angle(toks, j) {
                return unit(Measure::Count, "angle", Some("degrees"), last);
            }
            return unit(Measure::Temperature, code, None, last);
        }
        // "20 (kg)", "20 [kg]": a unit of measure in brackets, as in tables
        open @ ("(" | "[" | "{" | "<")
            if w(toks, j + 2)
                == match open {
                    "(" => ")",
                    "[" => "]",
                    "{" => "}",
                    _ => ">",
                }
                && (measure_word(w(toks, j + 1), false) || squared(w(toks, j + 1)).is_some()) =>
        {
            let mut u = unit_after(toks, j + 1, false)?;
            u.last = j + 3;
            return Some(u);
        }
        word => {
            if let Some(code) = squared(word) {
                return unit(Measure::Area, code, None, j + 1);
            }
            if let Some(l) = length_unit(word) {
                // "km2", "km 2"; "8 kilometers square" (an area, as written)
                if w(toks, j + 1) == "2" && adjacent(toks, j) {
                    return unit(Measure::Area, &format!("{l}2"), None, j + 2);
                }
                if w(toks, j + 1) == "square" || (w(toks, j + 1) == "squared") {
                    return unit(Measure::Area, &format!("{l}2"), None, j + 2);
                }
                // "4km^2"
                if w(toks, j + 1) == "^" && w(toks, j + 2) == "2" && adjacent(toks, j) {
                    return unit(Measure::Area, &format!("{l}2"), None, j + 3);
                }
                // a bare "m" is too ambiguous to be a unit unless it
                // touches the number; "mi" must be lowercase ("Mi" is a name)
                if (word == "m" && (!adjacent(toks, j - 1) || toks[j].text != word))
                    || (word == "mi" && toks[j].text != word)
                {
                    return None;
                }
                return unit(Measure::Distance, l, None, j + 1);
            }
            if let Some(code) = duration_unit(word) {
                return unit(Measure::Duration, code, None, j + 1);
            }
            if let Some(code) = weight_unit(word) {
                // "3G", "5T" are names: "g" and "t" must be lowercase, and
                // touch their number or follow digits ("278,000 t", "2 g.")
                if (word == "g" || word == "t")
                    && (toks[j].text != word
                        || !(adjacent(toks, j - 1) || toks[j - 1].kind == Kind::Num))
                {
                    return None;
                }
                return unit(Measure::Weight, code, None, j + 1);
            }
            if let Some(code) = currency_word(word) {
                if code == "GBP" && (w(toks, j + 1) == "of" || weighed(toks, j)) {
                    return unit(Measure::Weight, "lb", None, j + 1);
                }
                return unit(Measure::Money, code, None, j + 1);
            }
        }
    }
    // "thousands of people", "dozens of fighters"; "60 of its jets", "10 of
    // the victims" (a part of a group, for numbers in digits)
    let mut k = j;
    if vague && w(toks, k) == "of" {
        k += 1;
        // "tens of millions of dollars"
        if let Some(code) = currency_word(w(toks, k)) {
            return unit(Measure::Money, code, None, k + 1);
        }
    } else if w(toks, k) == "of"
        && j > 0
        && (toks[j - 1].kind == Kind::Num
            || (super::number::is_number_word(&toks[j - 1].norm)
                && !matches!(toks[j - 1].norm.as_str(), "one" | "a" | "an")))
    {
        // "ten of its plants", "51 of Indonesia's air carriers"
        let owner = toks
            .get(k + 1)
            .is_some_and(|t| t.capitalized() && (t.norm.ends_with("'s") || w(toks, k + 2) == "'"));
        // "two of the few firms that …", "two of the largest": a
        // description of a class, not a count
        let class = matches!(w(toks, k + 2), "few" | "many" | "most" | "only")
            || (w(toks, k + 2).len() > 4 && w(toks, k + 2).ends_with("est"));
        if class {
            return None;
        } else if matches!(
            w(toks, k + 1),
            "the" | "its" | "their" | "his" | "her" | "our"
        ) {
            k += 2;
        } else if owner {
            k += if w(toks, k + 2) == "'" { 3 } else { 2 };
        }
    }
    // up to three modifiers before the noun ("179 new aerial refueling
    // tankers"), model names among them ("14 new Airbus A330-200 jets",
    // "100 mid-air tanker aircraft")
    let mut words = 0;
    // a model's number passed over: a capitalised plural after it is the
    // model's name ("12 new Example 300 Skyliners"), not a people
    let mut model_seen = false;
    for _ in 0..10 {
        let tok = toks.get(k)?;
        let glued_before = k > 0 && adjacent(toks, k - 1);
        if tok.kind == Kind::Num && glued_before && k > j {
            // "A330", "A330-200": part of a model name
            model_seen = true;
            k += 1;
            continue;
        }
        if tok.kind == Kind::Num
            && k > j
            && toks[k - 1].capitalized()
            && toks.get(k + 1).is_some_and(Tok::capitalized)
        {
            // "60 Boeing 787 Dreamliner aircraft": a model's number
            model_seen = true;
            k += 1;
            continue;
        }
        // "five new 737 aircraft", "20 of its larger 777 planes": a model's
        // number after a modifier, before the noun
        let kind_word = k > 0 && {
            let p = &toks[k - 1];
            p.capitalized()
                || p.norm.ends_with("er")
                || matches!(
                    p.norm.as_str(),
                    "new" | "used" | "latest" | "additional" | "more" | "other" | "extra"
                )
        };
        let model = words > 0
            && kind_word
            && tok.kind == Kind::Num
            && (3..=4).contains(&tok.text.len())
            && tok.text.bytes().all(|b| b.is_ascii_digit())
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Word && !adjacent(toks, k));
        if model {
            model_seen = true;
            k += 1;
            continue;
        }
        if tok.kind == Kind::Num {
            // "5,700 737s", "2 of Airbus' new A380's": a model in the plural
            let mut s = k + 1;
            if w(toks, s) == "'" && adjacent(toks, k) {
                s += 1;
            }
            if w(toks, s) == "s" && adjacent(toks, s - 1) && !adjacent(toks, s) {
                let label = toks
                    .get(k..=s)
                    .map(|t| t.iter().map(|t| t.text).collect::<String>());
                return label.map(|l| Unit {
                    measure: Measure::Count,
                    code: l.clone(),
                    noun: Some(l),
                    last: s + 1,
                });
            }
            return None;
        }
        if tok.kind == Kind::Punct {
            // "mid-air", "A330-200": a hyphen inside a modifier
            if tok.norm == "-" && glued_before && adjacent(toks, k) && k > j {
                k += 1;
                continue;
            }
            if tok.norm == "'" && glued_before && k > j {
                k += 1;
                continue;
            }
            return None;
        }
        if tok.kind != Kind::Word {
            return None;
        }
        if let Some(label) = person_noun(&tok.norm) {
            // "police officers", "aid workers": the last noun is the head;
            // "human beings", "the injured": keep the label, not the adjective
            let (label, last) = match toks.get(k + 1).and_then(|t| person_noun(&t.norm)) {
                Some(head) => (head, k + 2),
                None => (label, k + 1),
            };
            let code = if label == "families" {
                "families"
            } else {
                "people"
            };
            return unit(Measure::People, code, Some(label), last);
        }
        // (not the second word of a name: "United States")
        // (a party or people after a capitalised modifier is one: "House
        // Democrats", "Senate Republicans")
        let people_ending = ["ans", "ats", "ists", "ese", "is"]
            .iter()
            .any(|e| tok.norm.ends_with(e));
        // ("New Orleans", "Los Angeles" are places)
        let place = k > j
            && matches!(
                toks[k - 1].norm.as_str(),
                "new" | "los" | "san" | "las" | "santa"
            );
        let in_name = (k > j && toks[k - 1].capitalized() && (!people_ending || place))
            || (w(toks, k + 1) == "-" && adjacent(toks, k));
        // (a plural after "one" is no count of it: "one way Sanders could")
        let one = matches!(w(toks, j - 1), "one" | "1") && (j < 2 || w(toks, j - 2) != "-");
        if demonym(tok) && model_seen {
            return unit(Measure::Count, tok.text, Some(tok.text), k + 1);
        }
        if demonym(tok) && !in_name && !one {
            return unit(Measure::People, "people", Some(tok.text), k + 1);
        }
        // "nine times", "hundreds of times" count occasions; "three times
        // as many", "five times the size", "twice a day" multiply or rate
        if tok.norm == "times" && !tok.capitalized() {
            let multiplies = |k: usize| {
                let next = w(toks, k + 1);
                matches!(
                    next,
                    "as" | "the"
                        | "that"
                        | "this"
                        | "more"
                        | "less"
                        | "fewer"
                        | "over"
                        | "a"
                        | "an"
                        | "per"
                        | "each"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "what"
                ) || (next.len() > 4 && next.ends_with("er"))
            };
            // "two times faster in one, four times in the other": the
            // second is a multiplier too
            let after_multiplier =
                (k.saturating_sub(8)..k).any(|b| w(toks, b) == "times" && multiplies(b));
            if multiplies(k) || after_multiplier {
                return None;
            }
            return unit(Measure::Count, "times", Some("times"), k + 1);
        }
        // a time unit after a modifier is a duration: "five trading days"
        // (not "15,000 last week", "the 2008 model year")
        let year =
            toks[j - 1].norm.len() == 4 && toks[j - 1].norm.bytes().all(|b| b.is_ascii_digit());
        if k == j + 1
            && !year
            && !matches!(
                w(toks, j),
                "last"
                    | "next"
                    | "this"
                    | "that"
                    | "past"
                    | "previous"
                    | "coming"
                    | "model"
                    | "fiscal"
                    | "calendar"
                    | "school"
                    | "financial"
                    | "academic"
            )
        {
            if let Some(code) = duration_unit(&tok.norm) {
                return unit(Measure::Duration, code, None, k + 1);
            }
        }
        // a plural that modifies the plural after it: "records lawsuits"
        // count lawsuits
        let head_after = counted_noun(tok).is_some()
            && toks.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Word && adjacent_word(toks, k) && counted_noun(n).is_some()
            });
        if head_after {
            k += 1;
            continue;
        }
        if let Some(noun) = counted_noun(tok) {
            // "e-mails", "tomb-raiders": the whole hyphenated noun
            let mut a = k;
            while a >= j + 2
                && w(toks, a - 1) == "-"
                && adjacent(toks, a - 1)
                && adjacent(toks, a - 2)
                && toks[a - 2].kind == Kind::Word
            {
                a -= 2;
            }
            let label = match toks.get(a..=k) {
                Some(parts) if a < k => parts.iter().map(|t| t.norm.as_str()).collect(),
                _ => noun.to_string(),
            };
            // "10,000 job cuts" count jobs
            if let Some(code) = k
                .checked_sub(1)
                .and_then(|p| jobs_changed(w(toks, p), noun))
            {
                let label = format!("job {noun}");
                return unit(Measure::Count, code, Some(&label), k + 1);
            }
            return unit(Measure::Count, &label, Some(&label), k + 1);
        }
        // a year takes no verb for a modifier ("2014 surpassed levels",
        // "2001 banning abortions")
        let year = j > 0 && {
            let t = &toks[j - 1];
            t.kind == Kind::Num
                && t.norm.len() == 4
                && t.norm
                    .parse::<u32>()
                    .is_ok_and(|y| (1000..=2199).contains(&y))
        };
        // the second half of a hyphenated modifier ("mid-sized") may be a participle
        let compound = glued_before && w(toks, k - 1) == "-";
        if !(modifier(tok) || (compound && !number::is_number_word(&tok.norm)))
            || words == 3
            || (year && (tok.norm.ends_with("ed") || tok.norm.ends_with("ing")))
        {
            return None;
        }
        if !compound {
            words += 1;
        }
        k += 1;
    }
    None
}

/// A currency sign or code written after the number: "20€", "10$",
/// "3.14US$", "20 €ur", "20Rs", "5 €," (a spaced sign only when no number
/// follows it, since "$ 30" belongs to the 30). Returns the code and the
/// token after it.
fn currency_after(toks: &[Tok<'_>], j: usize) -> Option<(&'static str, usize)> {
    let tok = toks.get(j)?;
    let glued = j > 0 && adjacent(toks, j - 1);
    let (code, mut last) = match tok.norm.as_str() {
        "$" => ("USD", j + 1),
        "€" => ("EUR", j + 1),
        "£" => ("GBP", j + 1),
        "¥" | "円" => ("JPY", j + 1),
        "元" => ("CNY", j + 1),
        "₹" => ("INR", j + 1),
        // "3.14US$", "10 C$"
        "us" | "ca" | "c" | "a" | "au" | "hk" | "nz" | "s" | "sg" | "mx"
            if w(toks, j + 1) == "$" && adjacent(toks, j) =>
        {
            let code = match tok.norm.as_str() {
                "ca" | "c" => "CAD",
                "a" | "au" => "AUD",
                "hk" => "HKD",
                "nz" => "NZD",
                "s" | "sg" => "SGD",
                "mx" => "MXN",
                _ => "USD",
            };
            (code, j + 2)
        }
        _ => return None,
    };
    // "20 €ur"
    if code == "EUR" && w(toks, last) == "ur" && adjacent(toks, last - 1) {
        last += 1;
    }
    let number_follows = toks.get(last).is_some_and(|t| t.kind == Kind::Num);
    // "10 $ 30 $": the next amount carries the same sign after it, so the
    // signs follow their amounts
    let signs_follow = number_follows && tok.kind == Kind::Punct && w(toks, last + 1) == tok.norm;
    (glued || !number_follows || signs_follow).then_some((code, last))
}

/// Whether the degrees named at token `j` measure an angle rather than a
/// temperature: an angle word follows ("a 45 degrees angle", "a 180-degree
/// turn") or a verb of turning stands just before the number ("rotate 90°",
/// "tilted 23 degrees").
fn angle(toks: &[Tok<'_>], j: usize) -> bool {
    let after = matches!(
        w(toks, j + 1),
        "angle"
            | "angles"
            | "turn"
            | "turns"
            | "rotation"
            | "arc"
            | "bend"
            | "tilt"
            | "incline"
            | "slope"
            | "view"
            | "field"
            | "spin"
            | "pivot"
            | "heading"
    );
    after
        || (j.saturating_sub(5)..j).any(|k| {
            matches!(
                w(toks, k),
                "rotate"
                    | "rotated"
                    | "rotates"
                    | "rotating"
                    | "turn"
                    | "turned"
                    | "turns"
                    | "turning"
                    | "tilt"
                    | "tilted"
                    | "tilts"
                    | "tilting"
                    | "angle"
                    | "angled"
                    | "inclined"
                    | "sloped"
                    | "banked"
                    | "veered"
                    | "swivel"
                    | "swiveled"
                    | "pivoted"
                    | "latitude"
                    | "longitude"
            )
        })
}

/// Whether the sentence around token `j` speaks of weight, so that "pounds"
/// are pounds of mass: "weighs", "lose 25 pounds", "the baby is two pounds".
fn weighed(toks: &[Tok<'_>], j: usize) -> bool {
    // the words around, within the sentence: a full stop ends the window
    let stop = |t: &Tok<'_>| matches!(t.norm.as_str(), "." | "!" | "?");
    let mut from = j;
    while from > 0 && j - from < 12 && !stop(&toks[from - 1]) {
        from -= 1;
    }
    let mut to = j;
    while to < toks.len() && to < j + 6 && !stop(&toks[to]) {
        to += 1;
    }
    toks.get(from..to).is_some_and(|around| {
        around.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "weigh"
                    | "weighs"
                    | "weighed"
                    | "weighing"
                    | "weight"
                    | "heavier"
                    | "lighter"
                    | "heavy"
                    | "baby"
                    | "lose"
                    | "lost"
                    | "losing"
                    | "drop"
                    | "dropped"
                    | "gain"
                    | "gained"
                    | "shed"
                    | "lbs"
            )
        })
    }) && !toks.get(from..to).is_some_and(|around| {
        around.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "£" | "million"
                    | "billion"
                    | "sterling"
                    | "cost"
                    | "costs"
                    | "paid"
                    | "pay"
                    | "price"
            )
        })
    })
}

/// Area units written as one token: "km²", "km2" is split by the tokenizer.
fn squared(word: &str) -> Option<&'static str> {
    Some(match word {
        "km²" | "sqkm" => "km2",
        "m²" => "m2",
        "mi²" => "mi2",
        "ft²" => "ft2",
        _ => return None,
    })
}

/// The plural of a singular count noun at token `k` joined to a number by a
/// hyphen and followed by the noun it qualifies ("80-page report" →
/// "pages"); ages ("year-old"), scores and units read elsewhere are not.
fn hyphened_count(toks: &[Tok<'_>], k: usize) -> Option<String> {
    let t = toks.get(k)?;
    let next = toks.get(k + 1)?;
    let n = t.norm.as_str();
    let singular = t.kind == Kind::Word
        && !t.capitalized()
        && n.len() >= 3
        && n.bytes().all(|b| b.is_ascii_lowercase())
        && !n.ends_with('s')
        && !super::lexicon::is_stopword(n)
        && !super::lexicon::is_verb_form(n)
        && !matches!(
            n,
            "old"
                | "odd"
                | "plus"
                | "year"
                | "month"
                | "week"
                | "day"
                | "hour"
                | "minute"
                | "second"
                | "time"
                | "way"
                | "man"
                | "woman"
                | "run"
                | "point"
                | "game"
                | "one"
        )
        && !n.ends_with("ed")
        && !n.ends_with("ing")
        && !n.ends_with("ly");
    // the qualified noun follows: "report", not a verb or the clause's end
    let qualifies = next.kind == Kind::Word && !super::lexicon::is_stopword(&next.norm);
    if !singular || !qualifies {
        return None;
    }
    Some(match n.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if n.ends_with("ch") || n.ends_with("sh") || n.ends_with('x') => format!("{n}es"),
        _ => format!("{n}s"),
    })
}

/// "job cuts", "job losses": a change in jobs, counted in jobs.
pub(crate) fn jobs_changed(before: &str, noun: &str) -> Option<&'static str> {
    (before == "job"
        && matches!(
            noun,
            "cuts" | "losses" | "gains" | "openings" | "reductions" | "eliminations"
        ))
    .then_some("jobs")
}

/// A plural noun that names counted things ("barrels", "neighborhoods").
fn counted_noun<'t>(tok: &'t Tok<'_>) -> Option<&'t str> {
    let n = tok.norm.as_str();
    // plurals without -s
    if matches!(
        n,
        "aircraft" | "spacecraft" | "sheep" | "fish" | "cattle" | "livestock" | "deer"
    ) {
        return Some(n);
    }
    // a possessive ("the city's") names an owner, not what is counted
    if tok.capitalized()
        || n.len() < 4
        || n.contains('\'')
        || !n.ends_with('s')
        || n.ends_with("ss")
        || n.ends_with("us")
        || n.ends_with("is")
    {
        return None;
    }
    if super::lexicon::is_stopword(n) || super::lexicon::is_verb_form(n) {
        return None;
    }
    super::lexicon::is_count_noun(n).then_some(n)
}

/// Whether token `k` and the word after it are separated by one space
/// only (no line break, no punctuation between them).
fn adjacent_word(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|n| n.start == toks[k].end + 1 && n.kind == Kind::Word)
}

/// The size of one unit in a base unit of its measure (metres, grams,
/// litres), for adding compound measures ("5 feet 2 inches").
pub(crate) fn base_size(code: &str) -> Option<(Measure, f64)> {
    Some(match code {
        "km" => (Measure::Distance, 1000.0),
        "m" => (Measure::Distance, 1.0),
        "cm" => (Measure::Distance, 0.01),
        "mm" => (Measure::Distance, 0.001),
        "mi" => (Measure::Distance, 1609.344),
        "yd" => (Measure::Distance, 0.9144),
        "ft" => (Measure::Distance, 0.3048),
        "in" => (Measure::Distance, 0.0254),
        "t" => (Measure::Weight, 1e6),
        "kg" => (Measure::Weight, 1000.0),
        "g" => (Measure::Weight, 1.0),
        "mg" => (Measure::Weight, 0.001),
        "lb" => (Measure::Weight, 453.592_37),
        "oz" => (Measure::Weight, 28.349_523_125),
        "l" => (Measure::Volume, 1.0),
        "ml" => (Measure::Volume, 0.001),
        "gal" => (Measure::Volume, 3.785_411_784),
        _ => return None,
    })
}

/// A plain whole number at token `k` (no range, hedge or share).
fn plain_number_at(toks: &[Tok<'_>], k: usize) -> Option<number::Num> {
    let n = number::parse_at(toks, k)?;
    (n.first == k && n.hedge.is_none() && !n.fraction && n.value > 0.0).then_some(n)
}

/// The cents after a whole amount of money that ends before token `j`:
/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$20 and
/// 43c", "15 dollars 50." Without a word for the cents the amount must end
/// there ("$20 43 people" is two numbers). Returns the cents as a share of
/// the currency and the token after them.
pub(crate) fn cents_after(toks: &[Tok<'_>], j: usize) -> Option<(f64, usize)> {
    let k = if w(toks, j) == "and" { j + 1 } else { j };
    if toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Num && t.norm.len() > 2)
    {
        return None;
    }
    let n = plain_number_at(toks, k)?;
    if n.value.fract() != 0.0 || n.value >= 100.0 {
        return None;
    }
    let m = n.last;
    let sub = w(toks, m);
    if matches!(sub, "cents" | "cent" | "pence" | "paise")
        || (matches!(sub, "c" | "p") && adjacent(toks, m - 1))
    {
        return Some((n.value / 100.0, m + 1));
    }
    let ends = toks.get(m).is_none_or(|t| {
        t.kind == Kind::Punct && matches!(t.norm.as_str(), "." | "," | ";" | "!" | "?" | ")")
    });
    ends.then_some((n.value / 100.0, m))
}

/// A smaller unit of the same measure right after a measure that ends
/// before token `j`: "5 feet 2 inches", "7 feet, 10 inches", "2 km and 1
/// meter", "12 ft 2 in". Returns its value in `code` and the token after it.
pub(crate) fn compound_after(toks: &[Tok<'_>], j: usize, code: &str) -> Option<(f64, usize)> {
    let (measure, size) = base_size(code)?;
    let mut k = j;
    if w(toks, k) == "," {
        k += 1;
    }
    if w(toks, k) == "and" {
        k += 1;
    }
    if k == j && toks.get(k).is_some_and(|t| t.kind == Kind::Word) {
        return None;
    }
    let n = plain_number_at(toks, k)?;
    // after feet or yards a bare "in" can only be inches
    let (code2, last) = if w(toks, n.last) == "in" && matches!(code, "ft" | "yd") {
        ("in".to_string(), n.last + 1)
    } else {
        let u = unit_after(toks, n.last, false)?;
        (u.code, u.last)
    };
    let (measure2, size2) = base_size(&code2)?;
    (measure2 == measure && size2 < size).then(|| (n.value * size2 / size, last))
}

/// The unit a bare number shares with the number after it, for physical
/// measures and percentages: "45 and 50 mg", "3 or 4 km", "gains of eight
/// and fourteen percent". `j` is the token after the bare
/// number; the unit is returned without consuming the second number.
pub(crate) fn shared_unit(toks: &[Tok<'_>], j: usize, things: bool) -> Option<Unit> {
    // "5,210 to 4,980 votes": a tally, not a range, when the first is
    // the larger (a range reads upward and is read as one number)
    let tally = w(toks, j) == "to" && things;
    if !matches!(w(toks, j), "and" | "or") && !tally {
        return None;
    }
    let b = plain_number_at(toks, j + 1)?;
    if tally && plain_number_at(toks, j - 1).is_none_or(|a| a.value <= b.value) {
        return None;
    }
    let u = unit_after(toks, b.last, false)?;
    // people and things too, in a brief's figures ("killed 102 and 21
    // people respectively", "500 and 1,000 songs"); the plain number reader
    // keeps "killed 5 and 10 people" apart, as the number specs do
    let counted = things && matches!(u.measure, Measure::People | Measure::Count);
    let measured = matches!(
        u.measure,
        Measure::Distance
            | Measure::Area
            | Measure::Weight
            | Measure::Volume
            | Measure::Temperature
            | Measure::Percent
    );
    (counted || measured).then_some(Unit { last: j, ..u })
}

/// "percent of 10", "per cent of twenty-two" opening a clause, with no
/// number before the percent word: the percentage written with its unit
/// first (as the Recognizers specs read it, "10 percent"). After a number
/// ("5 percent of 10 million") the number after "of" is the base, not a
/// percentage, and a determiner before it ("the percent of …", "what
/// percent of 20") asks for a share, so neither is read so. `i` is the
/// number's first token; returns the percent word's first token.
pub(crate) fn percent_before(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    if i < 2 || w(toks, i - 1) != "of" {
        return None;
    }
    let p = match w(toks, i - 2) {
        "percent" | "percents" | "pct" => i - 2,
        "cent" if i >= 3 && w(toks, i - 3) == "per" => i - 3,
        _ => return None,
    };
    let opens = p == 0
        || toks.get(p - 1).is_some_and(|t| {
            t.kind == Kind::Punct
                && matches!(t.text, "." | "," | ";" | ":" | "(" | "\"" | "!" | "?")
        });
    opens.then_some(p)
}

/// Inch and foot marks after a number ending before token `j`: `5"`,
/// `5''`, `5″` are inches, `7'`, `7′` feet, `6'2"` both. A straight quote
/// mark closes a quotation as often as it marks inches, so it is a mark
/// only when no quotation by the same mark is open before it (an even
/// count of it in the tokens before, looking back a bounded way), and when
/// it touches the number or a dimension word follows ("10 \" long").
/// Returns the unit code and the token after the mark.
fn mark_unit(toks: &[Tok<'_>], j: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(j).filter(|t| t.kind == Kind::Punct)?;
    if j == 0 || toks[j - 1].kind != Kind::Num {
        return None;
    }
    let (code, last, straight) = match t.text {
        "\u{2033}" => ("in", j + 1, None),
        "\u{2032}" => ("ft", j + 1, None),
        "\"" => ("in", j + 1, Some("\"")),
        "'" if w(toks, j + 1) == "'" && adjacent(toks, j) => ("in", j + 2, Some("'")),
        "'" => ("ft", j + 1, Some("'")),
        // a curly closing quote typed for inches: "a 13.3” display"
        "\u{201d}" if adjacent(toks, j - 1) => {
            let from = j.saturating_sub(200);
            let depth = toks[from..j - 1].iter().fold(0i32, |d, t| match t.text {
                "\u{201c}" => d + 1,
                "\u{201d}" => (d - 1).max(0),
                _ => d,
            });
            if depth > 0 {
                return None;
            }
            ("in", j + 1, None)
        }
        _ => return None,
    };
    let dimension = matches!(
        w(toks, last),
        "long" | "wide" | "tall" | "high" | "thick" | "deep" | "across" | "x"
    );
    if !adjacent(toks, j - 1) && !dimension {
        return None;
    }
    // "5'x", "7'a": a mark glued to a word is a quote or an apostrophe
    if toks
        .get(last)
        .is_some_and(|n| n.kind == Kind::Word && adjacent(toks, last - 1) && !dimension)
    {
        return None;
    }
    if let Some(m) = straight {
        let from = j.saturating_sub(200);
        let open = toks[from..j - 1].iter().filter(|t| t.text == m).count() % 2 == 1;
        if open {
            return None;
        }
    }
    Some((code, last))
}
