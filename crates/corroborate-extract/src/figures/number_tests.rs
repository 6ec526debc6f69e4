//! Tests of the written forms the number and unit reader handles, each on a
//! minimal snippet read through [`numbers`]: currencies after the number,
//! cents, compound measures, powers, negatives, spaced thousands, decimals
//! in words, stacked scales, vague words, amounts of a unit, ranges with a
//! unit at both ends, identifiers; and properties on arbitrary input.

use proptest::prelude::*;

use crate::figures::numbers;
use corroborate_model::Hedge;

/// (value, unit) of every number in `text`.
fn read(text: &str) -> Vec<(f64, String)> {
    numbers(text)
        .into_iter()
        .map(|q| (q.value, q.unit))
        .collect()
}

/// The only number of `text`, as (value, unit); values compared to 1e-9.
fn one(text: &str) -> (f64, String) {
    let got = read(text);
    assert_eq!(got.len(), 1, "expected one number in {text:?}, got {got:?}");
    got.into_iter().next().expect("one number")
}

fn is(text: &str, value: f64, unit: &str) {
    let (v, u) = one(text);
    assert!(
        (v - value).abs() <= 1e-9 * value.abs().max(1.0) && u == unit,
        "{text:?}: got ({v}, {u:?}), want ({value}, {unit:?})"
    );
}

#[test]
fn currency_signs_and_codes_after_the_number() {
    is("It costs 20€ now.", 20.0, "EUR");
    is("It costs 10$ now.", 10.0, "USD");
    is("It costs 3.25US$ now.", 3.25, "USD");
    is("It costs 20 €ur now.", 20.0, "EUR");
    is("It costs 20Rs now.", 20.0, "INR");
    is("It costs 10k$ now.", 10000.0, "USD");
    is("Banknotes: 5 €.", 5.0, "EUR");
    is("It costs CAD 3.03 now.", 3.03, "CAD");
    is("It costs Rs. 20 now.", 20.0, "INR");
    is("It costs 10 us dollars.", 10.0, "USD");
    is("It costs 100 chinese yuan.", 100.0, "CNY");
    // a code word after an amount is that amount's, not the next one's
    assert_eq!(
        read("10 rmb 20 usd"),
        [(10.0, "CNY".to_string()), (20.0, "USD".to_string())]
    );
    // "$ 30" belongs to the 30: a spaced sign before a number is not a suffix
    assert_eq!(
        read("10 $ 30"),
        [(10.0, String::new()), (30.0, "USD".to_string())]
    );
    // "75 USD million": a scale after the code
    is("They lost 75 USD million.", 75e6, "USD");
}

#[test]
fn cents_after_a_whole_amount() {
    is("It only cost 3 dollars 50 cents.", 3.5, "USD");
    is(
        "It only cost thirteen dollars and forty-five cents",
        13.45,
        "USD",
    );
    is("It costs $20 and 43c", 20.43, "USD");
    is("It costs only 15 dollars 50.", 15.5, "USD");
    is("It cost US$3 and fifteen", 3.15, "USD");
    // without a word for the cents the amount must end there
    let got = read("It cost $20 43 people came.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn one_of_a_unit_and_vague_small_numbers() {
    is("It costs a dollar.", 1.0, "USD");
    is("Add an ml of it.", 1.0, "ml");
    // "a" after another amount means "per"
    assert_eq!(read("Petrol is $3 a gallon."), [(3.0, "USD".to_string())]);
    let q = &numbers("A couple of fighters left.")[0];
    assert_eq!((q.value, q.hedge), (2.0, Hedge::Approximate));
    let q = &numbers("A few fighters left.")[0];
    assert_eq!((q.value, q.hedge), (3.0, Hedge::Approximate));
    let q = &numbers("a pair of boots")[0];
    assert_eq!((q.value, q.hedge), (2.0, Hedge::Exact));
    // a bare "few" means not many
    assert!(read("Few survived.").is_empty());
    is("nought", 0.0, "");
    is("naught", 0.0, "");
    is("nil", 0.0, "");
    // "the one you mentioned" is a pronoun
    assert!(read("The one you mentioned is invalid").is_empty());
    assert!(read("Which one do you prefer?").is_empty());
}

/// The (value, unit) of every figure `figures` reports in a one-sentence article.
fn figure_values(text: &str) -> Vec<(f64, String)> {
    let article = corroborate_model::Article {
        id: corroborate_model::ArticleId(0),
        path: "a.txt".to_string(),
        source: "a".to_string(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: 0,
        sentences: vec![corroborate_model::Span::new(0, text.len())],
    };
    crate::figures::figures(&article)
        .into_iter()
        .map(|f| (f.value, f.unit))
        .collect()
}

#[test]
fn small_vague_numbers_are_figures_only_for_people() {
    assert_eq!(
        figure_values("A couple of residents stayed behind."),
        [(2.0, "people".to_string())]
    );
    assert!(figure_values("She was sent the books a few days prior.").is_empty());
    assert!(figure_values("He gave a few details and a pair of boots.").is_empty());
    // the reader still reads them
    assert_eq!(read("a few days prior"), [(3.0, "days".to_string())]);
}

#[test]
fn decimals_in_words_and_stacked_scales() {
    is("two hundred point zero three", 200.03, "");
    is("nine point nought four", 9.04, "");
    is("two point two million", 2.2e6, "");
    is("1 point 1", 1.1, "");
    is("two and a half", 2.5, "");
    is("in nearly two-and-half years", 2.5, "years");
    is("three-and-a-half miles", 3.5, "mi");
    let q = &numbers("a few dozen heavily edited words")[0];
    assert_eq!((q.value, q.hedge), (36.0, Hedge::Vague));
    assert_eq!(numbers("several hundred protesters")[0].value, 300.0);
    assert_eq!(numbers("a couple of hundred")[0].value, 200.0);
    is("one and a half million", 1.5e6, "");
    is("hundred thousand", 1e5, "");
    is("three lakh crore", 3e12, "");
    is("three thousand millions", 3e9, "");
    is("three billions", 3e9, "");
    is("three hundred and two dozens", 324.0, "");
    is("12 lakhs", 1.2e6, "");
    is("three hundred krores", 3e9, "");
    is(
        "three cr twelve lac fifty-six thousand seven hundred twenty-one",
        31_256_721.0,
        "",
    );
    // "at one point" is an idiom: the five is a count of its own
    let got = read("At one point five soldiers were hurt.");
    assert!(got.iter().any(|(v, _)| *v == 5.0), "{got:?}");
}

#[test]
fn scale_letters_glued_to_digits() {
    is("I can give you 10M.", 1e7, "");
    is("1.2b", 1.2e9, "");
    is("10 bln", 1e10, "");
    is("US$ 1MM", 1e6, "USD");
    is("2mil", 2e6, "");
    // a lowercase "m" is metres
    is("a 1.5m wall", 1.5, "m");
    // alternatives far apart are two numbers, not a range
    assert_eq!(read("either 10 bln or 10 tln").len(), 2);
}

#[test]
fn units_hyphenated_bracketed_and_compound() {
    is("a 10-gallon water cooler", 10.0, "gal");
    assert_eq!(
        read("five of the three-ton satellites"),
        [(5.0, String::new()), (3.0, "t".to_string())]
    );
    is("the 16,000 metric tons of grain", 16000.0, "t");
    is("and 278,000 t valued at", 278_000.0, "t");
    is("2 g.", 2.0, "g");
    assert_eq!(read("Apple launches 3G iPhone"), [(3.0, String::new())]);
    is("The door is 2 1/2 in thick.", 2.5, "in");
    is("The weight is 20 (kg)", 20.0, "kg");
    is("The weight is 20 [kg]", 20.0, "kg");
    is("4km^2", 4.0, "km2");
    is("he is 5 feet 2 inches", 5.0 + 2.0 / 12.0, "ft");
    is("he is 5 ft 2 in", 5.0 + 2.0 / 12.0, "ft");
    is("7 feet, 10 inches", 7.0 + 10.0 / 12.0, "ft");
    is("2 km and 1 meter", 2.001, "km");
    // a larger unit after is another measure
    assert_eq!(read("1 kilometer and 1 mile").len(), 2);
    // a conversion in brackets stays a second quantity
    assert_eq!(
        read("at 1,500,000 kilometres (930,000 mi) from Earth"),
        [(1.5e6, "km".to_string()), (930_000.0, "mi".to_string())]
    );
    // "in" before a complement is the preposition
    assert_eq!(
        read("He scored 2 in the first half."),
        [(2.0, String::new())]
    );
    assert_eq!(
        read("They scored 2 in, 3 out."),
        [(2.0, String::new()), (3.0, String::new())]
    );
    assert_eq!(read("three in."), [(3.0, String::new())]);
}

#[test]
fn a_bare_number_shares_the_measure_after_the_next() {
    assert_eq!(
        read("They were given 45 and 50 mg ethanol."),
        [(45.0, "mg".to_string()), (50.0, "mg".to_string())]
    );
    // people and things are not shared: "killed 5 and 10 people" stays apart
    assert_eq!(
        read("It killed 5 and 10 people."),
        [(5.0, String::new()), (10.0, "people".to_string())]
    );
}

#[test]
fn counted_things_past_models_hyphens_and_partitives() {
    is("Since then 5,700 737s have been delivered.", 5700.0, "737s");
    is(
        "an order for up to 60 of its new mid-sized A350 jets",
        60.0,
        "jets",
    );
    is("to lease 100 mid-air tanker aircraft", 100.0, "aircraft");
    is("They sent millions of e-mails.", 2e6, "e-mails");
    is(
        "to purchase a score of Airbus A320 passenger jets",
        20.0,
        "jets",
    );
    is("a 16 GB model", 16.0, "GB");
    is("The Dow's 344.65-point fall", 344.65, "points");
    is("freeing up an additional 300 billion ruble.", 3e11, "RUB");
    assert_eq!(
        read("They posted gains of eight and fourteen percent."),
        [(8.0, "percent".to_string()), (14.0, "percent".to_string())]
    );
    // a possessive names an owner; a year takes no verb for a modifier
    assert_eq!(read("5 of the city's"), [(5.0, String::new())]);
    assert_eq!(
        read("in 2014 surpassed pre-recession levels"),
        [(2014.0, String::new())]
    );
    // "a score of 5" is a result, not twenty
    assert_eq!(read("a score of 5"), [(5.0, String::new())]);
}

#[test]
fn pounds_of_weight_and_degrees_of_angle() {
    is("and this baby is over two pounds.", 2.0, "lb");
    is("she stopped eating lunch to drop 25 pounds.", 25.0, "lb");
    is("They paid 5 million pounds.", 5e6, "GBP");
    is("100.2 degrees farenheit is low", 100.2, "fahrenheit");
    is("rotate 90 degrees", 90.0, "angle");
    is("Rotate 90°", 90.0, "angle");
    is("turn a 45 degrees angle", 45.0, "angle");
    is("a 180-degree turn", 180.0, "angle");
    is("a 40-degree day", 40.0, "degrees");
    is("It was 30 degrees in the shade.", 30.0, "degrees");
}

#[test]
fn amounts_of_a_unit_in_words_and_fractions() {
    is("half a liter", 0.5, "l");
    is("half-litre", 0.5, "l");
    is("tenth of a gallon", 0.1, "gal");
    is("fourth of liter", 0.25, "l");
    is("a quarter mile", 0.25, "mi");
    is("approximately one-half miles east", 0.5, "mi");
    is("two and a half miles to the east", 2.5, "mi");
    is("a 1/4 mile paved oval", 0.25, "mi");
    is("2/1000 kilograms", 0.002, "kg");
    is("half million usd", 5e5, "USD");
    is("a quarter million us dollars", 2.5e5, "USD");
    // shares stay shares; ordinals stay out
    is("half of the residents", 50.0, "percent");
    assert!(read("on a third day of protests").is_empty());
    // a fraction on its own is a number, and no figure
    let q = &numbers("1/5")[0];
    assert_eq!((q.value, q.is_figure), (0.2, false));
}

#[test]
fn ranges_with_the_unit_at_both_ends() {
    let q = &numbers("They were given 44 mg to 50 mg ethanol.")[0];
    assert_eq!(
        (q.value, q.low, q.high, q.hedge, q.unit.as_str()),
        (47.0, Some(44.0), Some(50.0), Hedge::Range, "mg")
    );
    let q = &numbers("between 5 km and 8 km")[0];
    assert_eq!((q.low, q.high), (Some(5.0), Some(8.0)));
    let q = &numbers("temperatures ranged from -18 °C to -34 °C")[0];
    assert_eq!((q.value, q.low, q.high), (-26.0, Some(-34.0), Some(-18.0)));
    // "a suspended hyphen": "8- to 16-meter"
    let got = numbers("an 8- to 16-meter (320- to 640-inch) telescope");
    let summary: Vec<(f64, &str)> = got.iter().map(|q| (q.value, q.unit.as_str())).collect();
    assert_eq!(summary, [(12.0, "m"), (480.0, "in")]);
    // a change of a share or a price is two values, not a range
    assert_eq!(read("The rate fell 0.2% to 4.1%.").len(), 2);
    assert_eq!(read("Shares fell $2 to $40.").len(), 2);
}

#[test]
fn powers_are_read_within_bounds() {
    is("a factor of 2.48×10−5, with", 2.48e-5, "");
    is("1.3e6", 1.3e6, "");
    is("12.32e+14", 1.232e15, "");
    is("6.23x10^-4", 6.23e-4, "");
    is("1.3 x 10^6", 1.3e6, "");
    is("2.5^-1", 0.4, "");
    // out of range: no number, and its exponent is no number either
    assert!(read("10^400").is_empty());
    assert!(read("1e400 and 5^999").is_empty());
}

#[test]
fn negative_numbers() {
    is("-5", -5.0, "");
    is("The answer is minus five point five", -5.5, "");
    is("The answer is negative one", -1.0, "");
    is("It was -5 degree fahrenheit", -5.0, "fahrenheit");
    is("The annual revenue is -15€.", -15.0, "EUR");
    is("just need minus five percent", -5.0, "percent");
    let q = &numbers("-78-0 degrees Celsius")[0];
    assert_eq!(
        (q.value, q.low, q.high, q.unit.as_str()),
        (-39.0, Some(-78.0), Some(0.0), "celsius")
    );
    // a hyphen joining words or numbers is no sign
    assert!(read("the F-16 jets").is_empty());
    assert!(read("We produced 2013-14 in")
        .iter()
        .all(|(v, _)| *v >= 0.0));
    assert!(read("3-2 win").iter().all(|(v, _)| *v >= 0.0));
}

#[test]
fn long_runs_of_signs_stay_linear() {
    // a chain of negative ranges is read pairwise, never recursively
    let text = "-1-".repeat(20_000);
    let got = numbers(&text);
    assert!(!got.is_empty() && got.iter().all(|q| q.value.is_finite()));
}

#[test]
fn long_spaced_digit_runs_stay_linear() {
    // one long run grouped by spaces: read in one pass, too long to be a value
    let text = format!("1{}", " 000".repeat(50_000));
    let started = std::time::Instant::now();
    let got = numbers(&text);
    assert!(got.iter().all(|q| q.value.is_finite()));
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn long_runs_of_scale_words_stay_linear() {
    for text in [
        "hundred ".repeat(30_000),
        format!("5{}", " million".repeat(30_000)),
        "one thousand ".repeat(30_000),
    ] {
        let started = std::time::Instant::now();
        let got = numbers(&text);
        assert!(got.iter().all(|q| q.value.is_finite() && q.value <= 1e18));
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn thousands_grouped_by_spaces() {
    is("40 000", 40000.0, "");
    is("40\u{202f}000", 40000.0, "");
    is("1 234 567", 1_234_567.0, "");
    is("1\u{202f}234\u{202f}567.89 is valid", 1_234_567.89, "");
    is("population is 1 414 021 100.", 1_414_021_100.0, "");
    // a plain space before a lone group other than 000 keeps two numbers
    assert_eq!(read("On May 12 300 people marched").len(), 1 + 1);
    assert_eq!(read("245 23").len(), 2);
}

#[test]
fn times_of_day_are_no_quantities() {
    assert!(read("At 2 pm everybody will be gone.").is_empty());
    assert!(read("I arrived at 2.13 am.").is_empty());
    assert!(read("It began at 2pm and ended at 4 p.m. sharp").is_empty());
    assert!(read("The meeting starts at 10:30 today.").is_empty());
}

#[test]
fn a_number_restated_in_brackets_is_one() {
    is("forty-five (45)", 45.0, "");
    is("45 (forty five)", 45.0, "");
    is("five (5) people", 5.0, "people");
}

#[test]
fn identifiers_hold_no_numbers() {
    assert!(read("The point (L2) of the system").is_empty());
    assert!(read("OAO-1's battery").is_empty());
    assert!(read("24703m212").is_empty());
    assert!(read("object SCP 06F6, behind MACS J1149.5+6663, was").is_empty());
    // a currency code glued before the number is money
    is("CHF3.04", 3.04, "CHF");
    // a name followed by a number keeps it (as no figure)
    assert_eq!(read("the passage of Voyager 2 in 1979").len(), 2);
}

proptest! {
    /// Powers, signs, spaced groups and malformed separators never panic,
    /// never overflow, and keep spans on char boundaries.
    #[test]
    fn new_syntax_never_panics_or_overflows(words in proptest::collection::vec(
        "([0-9]{1,25}|[0-9]{1,3}[ ,.\u{202f}][0-9]{3}|e|e-|\\^|\\^-|x|×|10|−|-|minus|point|and|a|half|of|lakh|crore|millions|M|bn|\\$|€|US|dollars|cents|mg|to|degrees|°|\\(|\\)|in|feet|inches|[0-9]{1,400})",
        0..24,
    ), glue in proptest::collection::vec(proptest::bool::ANY, 24)) {
        let mut text = String::new();
        for (k, w) in words.iter().enumerate() {
            if k > 0 && !glue[k % glue.len()] {
                text.push(' ');
            }
            text.push_str(w);
        }
        for q in numbers(&text) {
            prop_assert!(q.value.is_finite() && q.value.abs() <= 1e18);
            prop_assert!(q.low.is_none_or(f64::is_finite) && q.high.is_none_or(f64::is_finite));
            prop_assert!(q.start <= q.end && text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
    }
}

#[test]
fn percent_written_before_its_number() {
    // the unit first, opening a clause: the number after "of" is the percentage
    is("percent of 10", 10.0, "percent");
    is("percents of twenty", 20.0, "percent");
    is("per cent of twenty-two", 22.0, "percent");
    is("The rate: per cent of 210.", 210.0, "percent");
    // after a number the "of" names the base, not a second percentage
    assert_eq!(
        read("It is 5 percent of 200 people."),
        [(5.0, "percent".to_string()), (200.0, "people".to_string())]
    );
    // a determiner or question word before it asks for a share
    assert_eq!(read("What percent of 20 is 5?")[0], (20.0, String::new()));
    assert_ne!(read("the percent of 30 students")[0].1, "percent");
}

#[test]
fn fractions_after_a_numerator() {
    is("The chance is exactly one sixth.", 1.0 / 6.0, "");
    is("Is three halves fractional?", 1.5, "");
    is("It was two eighths.", 0.25, "");
    // alone, an ordinal word is a rank, not a share
    assert!(read("He won a sixth title.").is_empty());
    assert!(read("on the sixth day").is_empty());
    // before "of", a share of a group, as a percentage
    is("one sixth of the city", 100.0 / 6.0, "percent");
}

#[test]
fn a_fraction_with_a_zero_denominator_is_no_number() {
    assert!(read("The number 1/0 is not a valid value.").is_empty());
    is("The ratio was 1/4.", 0.25, "");
}

#[test]
fn a_span_of_two_years_is_a_date() {
    assert!(read("We produced nothing in 2013-14.").is_empty());
    assert!(read("the 1998/99 season").is_empty());
    // not consecutive years: a year and a separate number
    assert_eq!(read("in 2013-20").len(), 2);
}

#[test]
fn number_words_go_on_past_a_comma_or_ampersand() {
    is(
        "three million, two hundred & forty, you say?",
        3_000_240.0,
        "",
    );
    is("two hundred & forty", 240.0, "");
    // a list of amounts, or a small count after the comma, is not one number
    assert_eq!(
        read("three million, two million").first(),
        Some(&(3e6, String::new()))
    );
    assert_eq!(read("three thousand, two of them").len(), 2);
}

#[test]
fn inch_and_foot_marks() {
    is("The screen is 5\" wide.", 5.0, "in");
    is("a 5'' pipe", 5.0, "in");
    is("a 5\u{2033} pipe", 5.0, "in");
    is("He has a pen that is 10 \" long.", 10.0, "in");
    is("The wall is 7' high.", 7.0, "ft");
    // feet and inches together: 6 ft 2 in
    is("He is 6'2\" tall.", 6.0 + 2.0 / 12.0, "ft");
    // a quotation closing after a number is no inch mark
    assert_eq!(
        read("He said \"we counted 50\" and left."),
        [(50.0, String::new())]
    );
    assert_eq!(read("'We lost 5' he said"), [(5.0, String::new())]);
    // a spaced quote mark without a dimension word is no mark
    assert_eq!(read("it is 10 \" said"), [(10.0, String::new())]);
}

#[test]
fn hundreds_said_without_hundred() {
    is("one twenty two", 122.0, "");
    is("ONE TwentY tWO", 122.0, "");
    // a count before a compound adjective stays a count
    assert_eq!(read("two forty-five-minute sessions")[0].0, 2.0);
    assert_eq!(read("one twenty")[0].0, 1.0);
}

#[test]
fn an_amount_alone_in_brackets_where_a_value_is_stated_is_negative() {
    is("The annual revenue is ($99.99).", -99.99, "USD");
    is("Net income: ($5 million)", -5e6, "USD");
    // a conversion or an aside keeps its sign
    assert_eq!(
        read("It cost £50 ($65)."),
        [(50.0, "GBP".to_string()), (65.0, "USD".to_string())]
    );
    is("The fee ($20) is due.", 20.0, "USD");
}

#[test]
fn spaced_signs_after_every_amount_follow_their_amounts() {
    assert_eq!(
        read("10 $ 30 $"),
        [(10.0, "USD".to_string()), (30.0, "USD".to_string())]
    );
    assert_eq!(
        read("It was 5 € then 7 €."),
        [(5.0, "EUR".to_string()), (7.0, "EUR".to_string())]
    );
    // without a sign after the second amount, the sign is the second's
    assert_eq!(
        read("10 $ 30"),
        [(10.0, String::new()), (30.0, "USD".to_string())]
    );
}

#[test]
fn a_dash_glued_between_two_percentages_separates_them() {
    let pct = |v: f64| (v, "percent".to_string());
    assert_eq!(
        read("The motion passed 55%-40% in the end."),
        [pct(55.0), pct(40.0)]
    );
    assert_eq!(
        read("The motion passed 55%\u{2212}40% in the end."),
        [pct(55.0), pct(40.0)]
    );
    assert!(read("Nights of 5°-9° are expected.")
        .iter()
        .all(|(v, _)| *v >= 0.0));
    // real negatives stay negative; a range stays a range
    is("The index fell to -2% last year.", -2.0, "percent");
    is("The margin was (-3%) then.", -3.0, "percent");
    is("-7 points", -7.0, "points");
    is("a low of -5 degrees", -5.0, "degrees");
    assert_eq!(
        read("a margin of +/-3 points"),
        [(-3.0, "points".to_string())]
    );
    is("It rose 20-30 percent.", 25.0, "percent");
}

#[test]
fn a_fraction_of_a_percentage_is_one_percentage() {
    is("Fees rose by one-half of 1 percent.", 0.5, "percent");
    is("Fees rose by one-eighth of 1 percent.", 0.125, "percent");
    is("Fees rose by a tenth of one percent.", 0.1, "percent");
    is("Fees rose by half of 1%.", 0.5, "percent");
    is("Fees rose by 1/2 of 1 per cent.", 0.5, "percent");
    is("Fees rose by 1/4 percent.", 0.25, "percent");
    is("Fees rose by half a percent.", 0.5, "percent");
    is("Fees rose by a half-percent.", 0.5, "percent");
    is(
        "Fees rose by a quarter of a percentage point.",
        0.25,
        "points",
    );
    is(
        "Fees rose by three-quarters of a percentage point.",
        0.75,
        "points",
    );
    is("Fees rose by two-thirds of 3 percent.", 2.0, "percent");
    // one figure, not a share and a percentage
    assert_eq!(
        figure_values("The bank cut its rate by one-eighth of 1 percent."),
        [(0.125, "percent".to_string())]
    );
    // a share of a group stays a share; a quarter of a year is a time
    is("half of the members", 50.0, "percent");
    assert_eq!(
        read("Sales grew in the first quarter of 2 percent."),
        [(2.0, "percent".to_string())]
    );
}
