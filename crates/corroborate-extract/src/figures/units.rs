//! Units after (or, for currencies, before) a number: people and what they
//! are, areas, distances, durations, weights, temperatures, money and
//! percentages, plus a fallback for any counted plural noun ("13 barrels").

use super::number::{adjacent, Kind, Tok};

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
fn person_noun(word: &str) -> Option<&str> {
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
}

fn length_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" | "kms" => "km",
        "miles" | "mile" | "mi" => "mi",
        "meters" | "metres" | "meter" | "metre" | "m" => "m",
        "feet" | "foot" | "ft" => "ft",
        "inches" | "inch" => "in",
        "yards" | "yard" | "yd" => "yd",
        "centimeters" | "centimetres" | "cm" => "cm",
        "millimeters" | "millimetres" | "mm" => "mm",
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
        "milliliters" | "millilitres" | "ml" => "ml",
        "gallons" | "gallon" | "gal" => "gal",
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
        "grams" | "gram" | "g" => "g",
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
        "rupees" | "rupee" | "inr" => "INR",
        "rubles" | "roubles" | "rub" => "RUB",
        "francs" | "chf" => "CHF",
        "pesos" => "MXN",
        "cents" | "cent" => "USD-cents",
        _ => return None,
    })
}

/// A currency written before the number ("$5", "US$ 3", "€2bn", "USD 40").
pub(crate) fn currency_before(toks: &[Tok<'_>], first: usize) -> Option<(&'static str, usize)> {
    let prev = first.checked_sub(1)?;
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
        _ => return None,
    };
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
            _ => "USD",
        };
    }
    Some((code, start))
}

/// Words that may stand between a number and its noun ("6.3 million
/// displaced people", "six more neighborhoods", "60,000 human beings").
fn modifier(tok: &Tok<'_>) -> bool {
    if tok.kind != Kind::Word {
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
    !super::lexicon::is_stopword(&tok.norm) && !super::lexicon::is_verb_form(&tok.norm)
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
        // "a 3-inch screen", "a six-mile trip"
        if let Some(code) = length_unit(w(toks, j + 1)).filter(|c| c.len() > 1) {
            return unit(Measure::Distance, code, None, j + 2);
        }
        if let Some(code) = weight_unit(w(toks, j + 1)).filter(|c| c.len() > 1) {
            return unit(Measure::Weight, code, None, j + 2);
        }
        if let Some(code) = area_word(w(toks, j + 1)) {
            return unit(Measure::Area, code, None, j + 2);
        }
    }
    match w(toks, j) {
        "%" => return unit(Measure::Percent, "percent", None, j + 1),
        "percent" | "percents" | "pct" | "percentage" => {
            let last = if w(toks, j) == "percentage" && w(toks, j + 1) == "points" {
                j + 2
            } else {
                j + 1
            };
            return unit(Measure::Percent, "percent", None, last);
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
        word if volume_unit(word).is_some() && (word.len() > 1 || adjacent(toks, j - 1)) => {
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
            return unit(Measure::Temperature, code, None, last);
        }
        "celsius" | "centigrade" => return unit(Measure::Temperature, "celsius", None, j + 1),
        "fahrenheit" | "farenheit" => return unit(Measure::Temperature, "fahrenheit", None, j + 1),
        "celcius" => return unit(Measure::Temperature, "celsius", None, j + 1),
        "swiss" | "canadian" | "australian" if currency_word(w(toks, j + 1)).is_some() => {
            let code = match (w(toks, j), currency_word(w(toks, j + 1))) {
                ("swiss", Some("CHF")) => "CHF",
                ("canadian", Some("USD")) => "CAD",
                ("australian", Some("USD")) => "AUD",
                (_, Some(c)) => c,
                _ => "USD",
            };
            return unit(Measure::Money, code, None, j + 2);
        }
        "degrees" | "degree" | "deg" => {
            let (code, last) = match w(toks, j + 1) {
                "celsius" | "centigrade" | "c" => ("celsius", j + 2),
                "fahrenheit" | "f" => ("fahrenheit", j + 2),
                _ => ("degrees", j + 1),
            };
            return unit(Measure::Temperature, code, None, last);
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
                // a bare "m" or "in" is too ambiguous to be a unit unless it touches the number
                if (word == "m" || word == "mi") && (!adjacent(toks, j - 1) || toks[j].text != word)
                {
                    return None;
                }
                return unit(Measure::Distance, l, None, j + 1);
            }
            if let Some(code) = duration_unit(word) {
                return unit(Measure::Duration, code, None, j + 1);
            }
            if let Some(code) = weight_unit(word) {
                // "3G", "5T" are names; a bare "g" must touch its number
                if (word == "g" || word == "t") && (!adjacent(toks, j - 1) || toks[j].text != word)
                {
                    return None;
                }
                return unit(Measure::Weight, code, None, j + 1);
            }
            if let Some(code) = currency_word(word) {
                if code == "GBP" && w(toks, j + 1) == "of" {
                    return unit(Measure::Weight, "lb", None, j + 1);
                }
                return unit(Measure::Money, code, None, j + 1);
            }
        }
    }
    // "thousands of people", "dozens of fighters"
    let mut k = j;
    if vague && w(toks, k) == "of" {
        k += 1;
    }
    // up to three modifiers before the noun ("179 new aerial refueling tankers")
    for _ in 0..4 {
        let tok = toks.get(k)?;
        if tok.kind != Kind::Word {
            return None;
        }
        if let Some(label) = person_noun(&tok.norm) {
            // "human beings", "the injured": keep the label, not the adjective
            let code = if label == "families" {
                "families"
            } else {
                "people"
            };
            return unit(Measure::People, code, Some(label), k + 1);
        }
        if demonym(tok) {
            return unit(Measure::People, "people", Some(tok.text), k + 1);
        }
        if let Some(noun) = counted_noun(tok) {
            return unit(Measure::Count, noun, Some(noun), k + 1);
        }
        if !modifier(tok) {
            return None;
        }
        k += 1;
    }
    None
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
    if tok.capitalized()
        || n.len() < 4
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
