//! Tests of the figure reader: each written form on a minimal snippet, the
//! non-figures it must skip, hedges, events, attribution and status, and
//! properties of the number reader on arbitrary input.

use corroborate_model::{Article, ArticleId, FigureReport, Hedge, Span, Status};
use proptest::prelude::*;

use super::{figures, number, numbers};

/// An article over `text` with a naive sentence split (the segmenter is not
/// a dependency of this crate).
fn article(text: &str) -> Article {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?' | '\n') && text[end..].starts_with([' ', '\n']) {
            if !text[start..end].trim().is_empty() {
                sentences.push(Span::new(start, end));
            }
            start = end;
        }
    }
    if start < text.len() {
        sentences.push(Span::new(start, text.len()));
    }
    Article {
        id: ArticleId(0),
        path: "a.txt".to_string(),
        source: "a".to_string(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: 0,
        sentences,
    }
}

pub(super) fn all(text: &str) -> Vec<FigureReport> {
    figures(&article(text))
}

/// The only figure of `text`, with its words as written.
fn one(text: &str) -> (FigureReport, String) {
    let figs = all(text);
    assert_eq!(
        figs.len(),
        1,
        "expected one figure in {text:?}, got {figs:#?}"
    );
    let f = figs.into_iter().next().expect("one figure");
    let words = text[f.start..f.end].to_string();
    (f, words)
}

fn none(text: &str) {
    let figs = all(text);
    assert!(
        figs.is_empty(),
        "expected no figure in {text:?}, got {figs:#?}"
    );
}

fn value_unit(text: &str) -> (f64, String) {
    let (f, _) = one(text);
    (f.value, f.unit)
}

#[test]
fn digits_with_separators_decimals_and_scales() {
    assert_eq!(
        value_unit("Officials counted 75,000 civilians."),
        (75000.0, "people".into())
    );
    assert_eq!(
        value_unit("There are 6.3 million displaced people."),
        (6.3e6, "people".into())
    );
    assert_eq!(
        value_unit("The deal is worth $1.5bn."),
        (1.5e9, "USD".into())
    );
    assert_eq!(
        value_unit("The fund holds €2 billion."),
        (2e9, "EUR".into())
    );
    assert_eq!(
        value_unit("They pledged 40 million euros."),
        (4e7, "EUR".into())
    );
    assert_eq!(
        value_unit("A loss of £3,5 million was booked."),
        (3.5e6, "GBP".into())
    );
}

#[test]
fn arabic_indic_digits_are_read() {
    assert_eq!(
        value_unit("Some ٧٥٠٠٠ civilians were trapped."),
        (75000.0, "people".into())
    );
    assert_eq!(
        value_unit("About ۱۲ children died."),
        (12.0, "people".into())
    );
}

#[test]
fn number_words() {
    assert_eq!(value_unit("Three doctors remain."), (3.0, "people".into()));
    assert_eq!(
        value_unit("The blast killed twenty-two soldiers."),
        (22.0, "people".into())
    );
    assert_eq!(
        value_unit("Some two million refugees have fled."),
        (2e6, "people".into())
    );
    assert_eq!(
        value_unit("Two hundred and fifty families left."),
        (250.0, "families".into())
    );
    assert_eq!(
        value_unit("A dozen journalists were detained."),
        (12.0, "people".into())
    );
}

#[test]
fn vague_words_stay_vague() {
    let (f, words) = one("Dozens of fighters surrendered.");
    assert_eq!(
        (f.hedge, f.low, f.high, words.as_str()),
        (Hedge::Vague, Some(24.0), None, "Dozens of fighters")
    );
    let (f, _) = one("Tens of thousands of residents are trapped.");
    assert_eq!(
        (f.hedge, f.low, f.high),
        (Hedge::Vague, Some(20000.0), None)
    );
    assert_eq!(f.counts, "residents trapped");
    let (f, _) = one("Hundreds of people fled.");
    assert_eq!((f.hedge, f.low), (Hedge::Vague, Some(200.0)));
    // "several" is more than two: read as three of its scale
    let (f, _) = one("Several thousand workers went on strike.");
    assert_eq!((f.hedge, f.low), (Hedge::Vague, Some(3000.0)));
}

#[test]
fn ranges() {
    let (f, words) = one("A rocket falls and 20 or 30 people are killed.");
    assert_eq!(
        (f.value, f.low, f.high, f.hedge),
        (25.0, Some(20.0), Some(30.0), Hedge::Range)
    );
    assert_eq!(words, "20 or 30 people");
    let (f, _) = one("Shelling killed 20-30 civilians.");
    assert_eq!((f.low, f.high), (Some(20.0), Some(30.0)));
    let (f, _) = one("Between 5 and 8 million people were displaced.");
    assert_eq!(
        (f.low, f.high, f.unit.as_str()),
        (Some(5e6), Some(8e6), "people")
    );
    let (f, _) = one("They expect 1,500 to 2,000 jobs.");
    assert_eq!(
        (f.low, f.high, f.unit.as_str()),
        (Some(1500.0), Some(2000.0), "jobs")
    );
}

#[test]
fn percentages_in_every_spelling() {
    for text in [
        "The army controls 98 percent of the city.",
        "The army controls 98% of the city.",
        "The army controls 98 per cent of the city.",
    ] {
        let (f, _) = one(text);
        assert_eq!((f.value, f.unit.as_str()), (98.0, "percent"), "{text}");
        assert_eq!(f.counts, "share of city controlled", "{text}");
    }
}

#[test]
fn fractions_of_a_group() {
    let figs = all("Almost 6,000 civilians, a third of which were children, have left the city.");
    assert_eq!(figs.len(), 2, "{figs:#?}");
    assert_eq!(
        (figs[0].value, figs[0].counts.as_str()),
        (6000.0, "civilians fled")
    );
    assert!((figs[1].value - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        (figs[1].unit.as_str(), figs[1].counts.as_str()),
        ("percent", "share that were children")
    );
    let (f, _) = one("Half of the residents have fled.");
    assert_eq!((f.value, f.unit.as_str()), (50.0, "percent"));
}

#[test]
fn areas_distances_durations_weights_temperatures() {
    assert_eq!(
        value_unit("They hold five square kilometers."),
        (5.0, "km2".into())
    );
    assert_eq!(value_unit("They hold 5 km² of land."), (5.0, "km2".into()));
    assert_eq!(
        value_unit("They hold 5 sq km of land."),
        (5.0, "km2".into())
    );
    assert_eq!(value_unit("They hold 5 km2 of land."), (5.0, "km2".into()));
    let (f, words) = one("Within 8 kilometers square, we live.");
    assert_eq!(
        (f.value, f.unit.as_str(), words.as_str()),
        (8.0, "km2", "8 kilometers square")
    );
    assert_eq!(
        value_unit("The troops are 25 kilometers away."),
        (25.0, "km".into())
    );
    assert_eq!(
        value_unit("The siege lasted four years."),
        (4.0, "years".into())
    );
    assert_eq!(
        value_unit("They seized 300 kg of cocaine."),
        (300.0, "kg".into())
    );
    assert_eq!(
        value_unit("It reached 41 degrees Celsius."),
        (41.0, "celsius".into())
    );
}

#[test]
fn people_are_counted_with_what_they_are() {
    for (text, counts) in [
        ("The strike killed 35 fighters.", "fighters killed"),
        (
            "Some 90 bodies lie under the rubble.",
            "bodies under the rubble",
        ),
        (
            "At least 500 men have been forcibly disappeared.",
            "men detained",
        ),
        (
            "More than 180 people have been executed.",
            "people executed",
        ),
        (
            "Officials said 47 were injured in the blast.",
            "people injured",
        ),
        ("Over 50,000 have been displaced.", "people displaced"),
        ("Some 40 doctors were evacuated.", "doctors fled"),
        (
            "About 75,000 civilians are encircled in the district.",
            "civilians trapped",
        ),
        (
            "The pocket is home to as many as 100,000 people.",
            "people present",
        ),
        (
            "Tens of thousands of Syrians are trapped.",
            "Syrians trapped",
        ),
    ] {
        let (f, _) = one(text);
        assert_eq!(f.counts, counts, "{text}");
        assert_eq!(f.unit, "people", "{text}");
    }
}

#[test]
fn a_bare_object_of_a_verb_on_people_counts_people() {
    for (text, value, counts) in [
        ("The storm killed 12 in the valley.", 12.0, "people killed"),
        ("Gunmen abducted 20 from a school.", 20.0, "people detained"),
        (
            "Police arrested at least 40 on Sunday.",
            40.0,
            "people detained",
        ),
    ] {
        let (f, _) = one(text);
        assert_eq!((f.value, f.unit.as_str()), (value, "people"), "{text}");
        assert_eq!(f.counts, counts, "{text}");
    }
    // a number with its own noun, or whose noun comes later, keeps it
    assert_eq!(one("The cuts killed 3 projects.").0.unit, "projects");
    assert_eq!(one("The firm killed 3 of its ideas.").0.unit, "ideas");
}

#[test]
fn a_margin_of_error_in_signs_is_positive() {
    for text in [
        "The margin of error is +/-3 percentage points.",
        "The margin of error is ±3 points.",
        "The poll has a margin of error of +/- 3 percentage points.",
    ] {
        let (f, _) = one(text);
        assert_eq!((f.value, f.unit.as_str()), (3.0, "points"), "{text}");
        assert_eq!(f.counts, "margin of error", "{text}");
    }
}

#[test]
fn times_count_occasions_but_not_multipliers() {
    assert_eq!(one("He tried nine different times.").0.unit, "times");
    assert_eq!(one("He spoke of it hundreds of times.").0.unit, "times");
    none("It is three times as big.");
    none("Prices rose five times faster here, four times in the city.");
    none("Take it three times a day.");
    // a plural name after "one" is no count of it
    none("It is one way Sanders could win.");
    assert_eq!(
        one("Three voted with thirty-one Republicans.").0.value,
        31.0
    );
}

#[test]
fn kinds_of_people_are_people() {
    for (text, noun) in [
        ("The candidate has won 758 pledged delegates.", "delegates"),
        ("About 42 million borrowers owe money.", "borrowers"),
        ("The 15-member committee met.", "members"),
        ("It is a three-person race.", "people"),
    ] {
        let (f, _) = one(text);
        assert_eq!(f.unit, "people", "{text}");
        assert!(f.counts.starts_with(noun), "{text}: {}", f.counts);
    }
    // a place before the noun is no people; of two people nouns the
    // last is the head
    let (f, _) = one("A sniper killed five Dallas police officers.");
    assert_eq!(f.counts, "officers killed");
    // a product's owners are no count: the number is the model's
    none("Refunds go to iPhone 4 owners.");
}

#[test]
fn humanitarian_events() {
    for (text, counts) in [
        (
            "At least 30 people are missing after the flood.",
            "people missing",
        ),
        ("The outbreak has infected 2,300 people.", "people infected"),
        (
            "Some 300 migrants were rescued off the coast.",
            "migrants rescued",
        ),
        (
            "About 4,000 people were hospitalized.",
            "people hospitalized",
        ),
        ("Nearly 2 million people need food aid.", "people in need"),
        (
            "Some 3 million people are in need of assistance.",
            "people in need",
        ),
    ] {
        assert_eq!(one(text).0.counts, counts, "{text}");
    }
    // "need" with no aid named is no humanitarian need
    assert_eq!(one("The team needed 5 more votes.").0.counts, "votes");
}

#[test]
fn things_destroyed_and_damaged() {
    let figs = all("The quake destroyed 1,200 homes and damaged 3,000 buildings.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["homes destroyed", "buildings damaged"]);
    assert_eq!(
        one("The fire razed 30 percent of the forest.").0.counts,
        "share of forest destroyed"
    );
    // people are not destroyed: a bare number after the verb is no count
    none("The storm destroyed 12 in the town.");
}

#[test]
fn a_part_after_including_shares_the_event_of_the_whole() {
    let figs = all("The attack killed 30 people, including two children.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["people killed", "children killed"]);
    // no event before the whole, none for the part
    let figs = all("The firm hired 300 workers, including 20 engineers.");
    assert_eq!(figs[1].counts, "engineers");
}

#[test]
fn a_models_number_after_a_modifier_is_passed_over() {
    let (f, words) = one("The airline will buy five new 737 aircraft.");
    assert_eq!((f.value, f.unit.as_str()), (5.0, "aircraft"));
    assert_eq!(words, "five new 737 aircraft");
}

#[test]
fn money_a_noun_is_brought_to_or_bounded_by() {
    assert_eq!(
        one("Shares rose, pushing the company's market value to nearly $11.5 billion.")
            .0
            .counts,
        "company's market value"
    );
    assert_eq!(one("It raised its offer to $5 billion.").0.counts, "offer");
    assert_eq!(
        one("Students from families with incomes above $125,000 may borrow.")
            .0
            .counts,
        "incomes"
    );
    assert_eq!(
        one("Some workers have salaries around $40,000.").0.counts,
        "salaries"
    );
    // a verb that moves the money names it first; a modal's verb is no noun
    assert_eq!(
        one("It cut duties, saving oil firms around $5.5 billion.")
            .0
            .counts,
        "savings"
    );
    assert_ne!(
        one("It might need as much as $30 billion.").0.counts,
        "need"
    );
}

#[test]
fn a_share_of_a_group_backing_a_candidate() {
    assert_eq!(
        one("Nearly 10 percent of them voted for Jane Roe, a doctor who never held office.")
            .0
            .counts,
        "share of them backing Jane Roe"
    );
}

#[test]
fn a_pronouns_change_is_the_last_named_one() {
    let figs = all("The Example index fell 3% on Monday. It fell by 5% today.\n\nIt rose 2%.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    // not across a paragraph
    assert_eq!(
        read,
        [
            "change in Example index",
            "change in Example index",
            "change"
        ]
    );
}

#[test]
fn review_cases_stay_read_rightly() {
    // a modal other than "would" or "may" opens no share clause
    assert_eq!(
        one("Analysts say 5 percent could be wiped off.").0.counts,
        "share"
    );
    // "turned out to be" is no crowd; "showed up to" is
    assert_eq!(
        all("Of the 500 ballots checked, 100 turned out to be invalid.").len(),
        1
    );
    assert_eq!(one("Hundreds more showed up to hear her.").0.unit, "people");
    // lower-cased text: "may 2" is a date, "$5 may" a verb
    none("the may 2 deaths shocked the town.");
    // a capitalised "Times" is a name; "one point of view" no amount
    assert_eq!(
        one("Five New York Times reporters were hurt.").0.counts,
        "reporters injured"
    );
    none("From one point of view it works.");
    // a score is no count; "New Orleans" is a place
    none("Portugal drew 3-3 with Spain.");
    assert_eq!(
        one("The storm killed 5 New Orleans residents.").0.counts,
        "residents killed"
    );
    // the event after another count is that count's
    let figs = all("The blast left 59 dead and 40,000 customers without power.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["people killed", "customers"]);
    // a part after ", including" takes the whole's event
    let figs = all("The attack killed 30 people, including 8 children, and wounded 50 others.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["people killed", "children killed", "people injured"]);
    // a model's number is passed over only after a brand or a kind word
    let figs = all("A team of 12 rescued 300 people.");
    assert!(figs.iter().any(|f| f.value == 300.0), "{figs:#?}");
}

#[test]
fn tolls_and_numbers_of_the_dead() {
    let (f, _) = one("The toll could rise above 100.");
    assert_eq!(
        (f.value, f.hedge, f.counts.as_str()),
        (100.0, Hedge::AtLeast, "people killed")
    );
    assert_eq!(
        one("The number of dead has risen to 56.").0.counts,
        "people killed"
    );
    assert_eq!(
        one("The death toll, which officials say could rise, stands at 45.")
            .0
            .counts,
        "people killed"
    );
    assert_eq!(
        one("The number of injured stood at 200.").0.counts,
        "people injured"
    );
}

#[test]
fn a_lead_held_over_another_names_both_shares() {
    let figs =
        all("Smith holds a 6-point lead over Jones, 47 percent to 41 percent. Polls favor Smith.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["Smith lead", "share for Smith", "share for Jones"]);
    assert_eq!(
        one("He has given $1 million to the foundation since 2010.")
            .0
            .counts,
        "contribution to foundation"
    );
}

#[test]
fn business_levels_and_estimates() {
    let figs = all("Net income fell to $300 million from $500 million a year earlier.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["Net income", "Net income"]);
    assert_eq!(
        one("The firm beat analysts' estimates of $4.3 billion.")
            .0
            .counts,
        "estimates"
    );
    let figs = all("Inflation rose to 3.2% in March from 2.8% in February.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["Inflation", "Inflation"]);
    // a rate is per year; "a year earlier" dates the amount
    assert_eq!(
        one("He earns $50,000 a year.").0.counts,
        "earnings per year"
    );
}

#[test]
fn a_share_of_a_counted_group() {
    let figs = all("About a third of the 1,200 detainees were women.");
    assert!(
        figs[0].counts.starts_with("share of detainees"),
        "{figs:#?}"
    );
    let figs = all("Half of the country's 12 million people need food aid.");
    assert_eq!(figs[0].counts, "share of people");
    assert_eq!(
        one("Half of the residents need food aid.").0.counts,
        "share of residents in need"
    );
    // things do not flee
    assert_eq!(
        one("The storm left 200,000 homes without power.").0.counts,
        "homes"
    );
}

#[test]
fn a_change_in_an_object_with_of() {
    assert_eq!(
        one("The drug cut the risk of death by 30 percent in a trial.")
            .0
            .counts,
        "change in risk of death"
    );
}

#[test]
fn a_further_change_is_the_same_change() {
    let figs = all("The economy contracted by 0.9% in the quarter and a further 0.1% since May.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["change in economy", "change in economy"]);
}

#[test]
fn ranges_of_money_with_the_currency_at_both_ends() {
    let figs = all(
        "They will give between $12 million and $20 million (about US$16 million to $28 million) to fund a search.",
    );
    let read: Vec<(f64, Hedge, &str)> = figs
        .iter()
        .map(|f| (f.value, f.hedge, f.counts.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (16e6, Hedge::Range, "fund search"),
            (22e6, Hedge::Range, "fund search")
        ]
    );
    assert_eq!((figs[0].low, figs[0].high), (Some(12e6), Some(20e6)));
    // a change and where it ended are two figures
    assert_eq!(all("Shares fell $2 to $40.").len(), 2);
    assert_eq!(all("The fee rose from $5 to $10.").len(), 2);
}

#[test]
fn a_level_it_came_from_and_a_total_brought_to() {
    let figs = all("Turnout reached 60 percent, up from 55 percent. The turnout was high.");
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(read, ["turnout", "turnout"]);
    let figs = all("It raised $45 million in March, bringing its total to $200 million.");
    assert_eq!(figs[1].counts, "total");
}

#[test]
fn a_group_cut_at_its_number_ends_on_its_noun() {
    let figs = all("He won 83% of voters under 30 in the state.");
    assert_eq!(figs[0].counts, "share of voters");
}

#[test]
fn a_share_who_says_or_chooses() {
    assert_eq!(
        one("In the poll, 21 percent said they would not vote at all.")
            .0
            .counts,
        "share who said they would not vote"
    );
    let figs =
        all("Of likely voters, 40 percent of men approve, while 30 percent disapprove of him.");
    assert_eq!(figs[1].counts, "share of men who disapprove of him");
    // a lone modal is no clause; a change keeps its subject
    assert_eq!(
        one("Sales rose 5 percent and will grow.").0.counts,
        "change in sales"
    );
}

#[test]
fn crisis_forms() {
    let figs = all("The quake killed more than 2,000 people and injured 5,000 others.");
    let read: Vec<(f64, &str)> = figs.iter().map(|f| (f.value, f.counts.as_str())).collect();
    assert_eq!(
        read,
        [(2000.0, "people killed"), (5000.0, "people injured")]
    );
    assert_eq!(
        one("An estimated 12,000 homes were flooded.").0.counts,
        "homes flooded"
    );
    assert_eq!(
        one("The outbreak has sickened 10,000 since May.").0.counts,
        "people infected"
    );
    assert_eq!(
        one("The convoy carried 400 tonnes of food aid.").0.counts,
        "food aid"
    );
    assert_eq!(
        one("At least 17 migrants drowned.").0.counts,
        "migrants killed"
    );
    assert_eq!(
        one("Reports tell of the immolation of four women.")
            .0
            .counts,
        "women killed"
    );
    // "others" with no count of people before them are not read as people
    none("Five others were sold.");
}

#[test]
fn a_curly_inch_mark() {
    let (f, words) = one("The laptop has a 13.3\u{201d} widescreen display.");
    assert_eq!((f.value, f.unit.as_str()), (13.3, "in"));
    assert_eq!(
        (words.as_str(), f.counts.as_str()),
        ("13.3\u{201d}", "widescreen display")
    );
    assert_eq!(one("The pipe is 5\" long.").0.counts, "distance");
    // a closing quote after a number inside a quotation is no inch
    none("He said \u{201c}we lost 300\u{201d} and left.");
}

#[test]
fn job_cuts_count_jobs() {
    for text in [
        "The firm announced job cuts of 10,000.",
        "It announced 10,000 job cuts.",
    ] {
        let (f, _) = one(text);
        assert_eq!(
            (f.unit.as_str(), f.counts.as_str()),
            ("jobs", "job cuts"),
            "{text}"
        );
    }
}

#[test]
fn a_plural_name_after_a_models_number_is_the_model() {
    let (f, _) = one("The airline bought 22 new Example 787 Skyliners.");
    assert_eq!((f.value, f.unit.as_str()), (22.0, "Skyliners"));
}

#[test]
fn a_common_noun_opening_the_sentence_names_the_share() {
    assert_eq!(
        one("Losses of between 3 and 7 percent were recorded.")
            .0
            .counts,
        "losses"
    );
}

#[test]
fn money_from_or_into_a_named_place() {
    assert_eq!(
        one("It might need as much as $30 billion from the US Treasury.")
            .0
            .counts,
        "money from US Treasury"
    );
    assert_eq!(
        one("Some 500 billion rubles would be infused into the stock markets.")
            .0
            .counts,
        "money sent into stock markets"
    );
}

#[test]
fn a_span_of_one_unit() {
    for (text, unit, hedge) in [
        ("He knelt for over an hour.", "hours", Hedge::AtLeast),
        ("He spent all of an hour there.", "hours", Hedge::Exact),
        (
            "The talks lasted more than a year.",
            "years",
            Hedge::AtLeast,
        ),
    ] {
        let (f, _) = one(text);
        assert_eq!(
            (f.value, f.unit.as_str(), f.hedge),
            (1.0, unit, hedge),
            "{text}"
        );
    }
    none("He earns a lot an hour and runs twice a day.");
    none("Stocks closed at their lowest level in over a decade.");
    none("It is a day in the life of the campaign, for a day in the life.");
}

#[test]
fn crowds_groups_tallies_and_owners_items() {
    for (text, value) in [
        ("Hundreds more showed up to hear her.", 200.0),
        ("He drew thousands to rallies.", 2000.0),
        ("Thousands gathered in the square.", 2000.0),
        ("The staff of more than 100 are expected to leave.", 100.0),
    ] {
        let (f, _) = one(text);
        assert_eq!((f.value, f.unit.as_str()), (value, "people"), "{text}");
    }
    // a tally reads downward; both sides count the votes
    let figs = all("She led by 212,205 to 210,424 votes.");
    let read: Vec<(f64, &str)> = figs.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(read, [(212205.0, "votes"), (210424.0, "votes")]);
    // an owner's bare number after a count is the same count
    let figs = all("Smith has 758 delegates, compared to Jones's 538 and Brown's 145.");
    let read: Vec<(f64, &str)> = figs.iter().map(|f| (f.value, f.counts.as_str())).collect();
    assert_eq!(
        read,
        [
            (758.0, "delegates"),
            (538.0, "delegates"),
            (145.0, "delegates")
        ]
    );
    none("Example's 787 flew.");
}

#[test]
fn compound_and_plus_forms() {
    let (f, _) = one("A 150,000-square-foot center opened.");
    assert_eq!((f.value, f.unit.as_str()), (150000.0, "ft2"));
    let (f, words) = one("She works 35-plus hours.");
    assert_eq!(
        (f.value, f.unit.as_str(), f.hedge),
        (35.0, "hours", Hedge::AtLeast)
    );
    assert_eq!(words, "35-plus hours");
    assert_eq!(one("He met half a dozen House Democrats.").0.unit, "people");
    assert_eq!(
        one("He sits at zero such endorsements.").0.unit,
        "endorsements"
    );
    // "one" is a count with a unit of measure, not as a pronoun or idiom
    assert_eq!(
        one("Carson beat Clinton by just one point.").0.unit,
        "points"
    );
    none("At one point the vote was close.");
    none("It was a USD deal.");
}

#[test]
fn a_change_verb_with_its_particle() {
    assert_eq!(
        one("The jobless rate ticked down to 5 percent.").0.counts,
        "jobless rate"
    );
    assert_eq!(one("Sales went up 5 percent.").0.counts, "change in sales");
}

#[test]
fn a_share_after_a_share_of_a_group_is_of_the_same_group() {
    let figs = all(
        "Of the poll, 28 percent of likely voters backed Smith, while 23 percent favored Jones.",
    );
    let read: Vec<&str> = figs.iter().map(|f| f.counts.as_str()).collect();
    assert_eq!(
        read,
        [
            "share of likely voters backing Smith",
            "share of likely voters backing Jones"
        ]
    );
    // not across sentences
    let figs = all("Some 28 percent of voters backed Smith. About 23 percent was spent.");
    assert_eq!(figs[1].counts, "share");
}

#[test]
fn list_items_share_the_count_before_them() {
    let figs = all(
        "Reports told of the executions of 17 in one district, 22 in another and 5 in a third.",
    );
    let read: Vec<(f64, &str)> = figs.iter().map(|f| (f.value, f.counts.as_str())).collect();
    assert_eq!(
        read,
        [
            (17.0, "people executed"),
            (22.0, "people executed"),
            (5.0, "people executed")
        ]
    );
    let figs = all("At least 40 people died in the north and 15 in the south.");
    assert_eq!(figs.len(), 2, "{figs:#?}");
    assert_eq!(
        (figs[1].value, figs[1].counts.as_str()),
        (15.0, "people killed")
    );
    assert_eq!(figs[1].unit, "people");
    // no shared place word, no shared count: "and 20 were sold" is not a list item
    assert_eq!(
        all("At least 40 people died in the north, and 20 percent were hurt.").len(),
        2
    );
    assert_eq!(
        all("Some 40 people died in the north, and 20 more.").len(),
        1
    );
}

#[test]
fn counted_things_and_money_topics() {
    let (f, _) = one("After 13 barrels fell on the town, the shelling stopped.");
    assert_eq!((f.unit.as_str(), f.counts.as_str()), ("barrels", "barrels"));
    let (f, _) = one("The bank lent $85 billion in loans.");
    assert_eq!(f.counts, "loans");
    let (f, _) = one("Boeing lost a $40 billion US airtanker contract.");
    assert_eq!(f.counts, "airtanker contract");
    let (f, _) = one("Ford sales dropped 42% last month.");
    assert_eq!(f.counts, "change in Ford sales");
}

#[test]
fn hedges_bound_the_value() {
    for (text, hedge, low, high) in [
        ("At least 60 people died.", Hedge::AtLeast, Some(60.0), None),
        (
            "More than 60 people died.",
            Hedge::AtLeast,
            Some(60.0),
            None,
        ),
        ("Over 60 people died.", Hedge::AtLeast, Some(60.0), None),
        ("Up to 60 people died.", Hedge::AtMost, None, Some(60.0)),
        (
            "As many as 60 people died.",
            Hedge::AtMost,
            None,
            Some(60.0),
        ),
        ("About 60 people died.", Hedge::Approximate, None, None),
        ("Almost 60 people died.", Hedge::Approximate, None, None),
        ("Nearly 60 people died.", Hedge::Approximate, None, None),
        (
            "An estimated 60 people died.",
            Hedge::Approximate,
            None,
            None,
        ),
        ("Some 60 people died.", Hedge::Approximate, None, None),
        (
            "Approximately 60 people died.",
            Hedge::Approximate,
            None,
            None,
        ),
        (
            "Exactly 60 people died.",
            Hedge::Exact,
            Some(60.0),
            Some(60.0),
        ),
    ] {
        let (f, words) = one(text);
        assert_eq!((f.hedge, f.low, f.high), (hedge, low, high), "{text}");
        assert!(words.ends_with("60 people"), "{text}: {words}");
    }
    let (f, words) = one("They are stuck in an area that doesn't exceed two square kilometers.");
    assert_eq!(
        (f.hedge, words.as_str()),
        (Hedge::AtMost, "doesn't exceed two square kilometers")
    );
    let (f, _) = one("They are encircled in a space no larger than three square kilometers.");
    assert_eq!(f.hedge, Hedge::AtMost);
}

#[test]
fn not_figures() {
    none("Lina, a 26-year-old woman, posted a video.");
    none("The seven year old girl tweeted.");
    none("He was born in 1990 and moved in 2016.");
    none("It happened on December 14, 2016.");
    none("It happened on 14 December.");
    none("She finished 4th in the race.");
    none("The meeting starts at 10:30 today.");
    none("The meeting starts at 3 pm today.");
    none("He lives at 12 Downing Street now.");
    none("He writes for Arabi 21 and others.");
    none("The COVID-19 wave and the F-16 jets.");
    none("One of them left.");
    none("Development began two years ago.");
    none("It happened on 14 May and 3 March.");
    none("Page 3 of the report lists them, as chapter 11 and route 66 do.");
    // lower-case "may" is a verb, not a month
    assert_eq!(one("Those who earn $125,000 may borrow.").0.value, 125000.0);
    none("Tuesday marks four weeks since the vote.");
    none("The vote is just over three weeks away.");
    none("Let us go back six months.");
    none("Six months from now, it ends.");
    // a span with "for" before "since" is a duration
    assert_eq!(
        one("He served for six years since his election.").0.counts,
        "duration"
    );
    none("Apple launches 3G iPhone.");
    none("A third US car maker said so.");
}

#[test]
fn attribution_from_according_to_reporting_verbs_and_quotes() {
    let (f, _) = one("According to the UN, over 50,000 have been displaced.");
    assert_eq!(f.attributed_to.as_deref(), Some("UN"));
    let (f, _) = one(
        "Syrian state television reports that the army has recaptured 99 percent of the territory.",
    );
    assert_eq!(f.attributed_to.as_deref(), Some("Syrian state television"));
    assert_eq!(f.counts, "share of territory retaken");
    let (f, _) =
        one("The Syrian Observatory for Human Rights (SOHR) counts at least 60 fatalities.");
    assert_eq!(
        f.attributed_to.as_deref(),
        Some("Syrian Observatory for Human Rights (SOHR)")
    );
    assert_eq!(f.counts, "people killed");
    let (f, _) = one("Russia says almost 6,000 civilians have left.");
    assert_eq!(f.attributed_to.as_deref(), Some("Russia"));
    let text = "Dentist Salim Haddad fled to the north.\n“We have over 80,000 human beings here,” he reports.";
    let (f, _) = one(text);
    assert_eq!(f.attributed_to.as_deref(), Some("Salim Haddad"));
    assert_eq!(f.counts, "people present");
    let text = "“I cannot go on,” Dr. Maya Karim, head of the clinic, said. “Almost 100,000 people are waiting.”";
    let (f, _) = one(text);
    assert_eq!(f.attributed_to.as_deref(), Some("Dr. Maya Karim"));
    let text = "Speaking in English, al-Rami said: “More than 50,000 civilians are threatened.";
    let (f, _) = one(text);
    assert_eq!(f.attributed_to.as_deref(), Some("al-Rami"));
}

#[test]
fn names_before_quotes_do_not_loop() {
    // regression: trimming a sentence-initial word once moved the name search forward forever
    let figs = all("As of 18:00 UTC, the primary UK index, the FTSE 100, was one of the few indexes to increase in value.");
    assert!(figs.is_empty(), "{figs:#?}");
    let (f, _) =
        one("In Arabic, he told the camera: “More than 20 families remain under the rubble.”");
    assert_eq!(f.counts, "families under the rubble");
}

#[test]
fn status_words() {
    let (f, _) = one("The agency claimed that eight people were killed.");
    assert_eq!(f.status, Status::Claimed);
    let figs = all("Unconfirmed reports suggest executions of 17 in the district. We could not independently confirm these figures.");
    assert_eq!(figs.len(), 1);
    assert_eq!(
        (figs[0].status, figs[0].counts.as_str()),
        (Status::Unconfirmed, "people executed")
    );
    let (f, _) = one("Rebels said 30 fighters died. Nobody else spoke.");
    assert_eq!(f.status, Status::Reported);
    let figs =
        all("Rebels said 30 fighters died. We could not independently confirm these figures.");
    assert_eq!(figs[0].status, Status::Unconfirmed);
    let (f, _) = one("The ministry confirmed that 12 soldiers died.");
    assert_eq!(f.status, Status::Confirmed);
}

#[test]
fn bad_input_does_not_panic_or_overflow() {
    let huge = format!("{} people died.", "9".repeat(400));
    assert!(all(&huge).is_empty());
    none("Malformed 1,00,0 people died.");
    let mixed = "Some 7٥,000 people fled and ١٢3 children.";
    for f in all(mixed) {
        assert!(f.value.is_finite());
    }
    let long = "1".repeat(100_000);
    assert!(numbers(&long).is_empty());
    assert!(all("").is_empty());
}

#[test]
fn the_digit_reader_checks_grouping() {
    assert_eq!(number::parse_digits("75,000"), Some(75000.0));
    assert_eq!(number::parse_digits("1,00,000"), Some(100000.0));
    assert_eq!(number::parse_digits("75.000.000"), Some(75e6));
    assert_eq!(number::parse_digits("3,5"), Some(3.5));
    assert_eq!(number::parse_digits("1,234.5"), Some(1234.5));
    assert_eq!(number::parse_digits("1,00,0"), None);
    assert_eq!(number::parse_digits("192.168.1.2"), None);
}

#[test]
fn numbers_inside_web_addresses_are_skipped() {
    assert!(numbers("See https://www.test.com/search?q=30%25%2020% for more.").is_empty());
    assert_eq!(numbers("It rose 30% (www.example.org/2020).").len(), 1);
}

#[test]
fn unit_tokens_are_not_numbers_of_their_own() {
    let qs = numbers("Italy covers 301,338 km2 (116,347 sq mi). Its GDP is $2.174T.");
    let summary: Vec<(f64, &str)> = qs.iter().map(|q| (q.value, q.unit.as_str())).collect();
    assert_eq!(
        summary,
        [(301338.0, "km2"), (116347.0, "mi2"), (2.174e12, "USD")]
    );
}

#[test]
fn numbers_reports_bare_numbers_and_marks_non_figures() {
    let qs = numbers("In 2016, 98% of 12 km² and a 26-year-old.");
    let summary: Vec<(f64, &str, bool)> = qs
        .iter()
        .map(|q| (q.value, q.unit.as_str(), q.is_figure))
        .collect();
    assert_eq!(
        summary,
        [
            (2016.0, "", false),
            (98.0, "percent", true),
            (12.0, "km2", true),
            (26.0, "years", false)
        ]
    );
}

proptest! {
    #[test]
    fn numbers_never_panic_and_stay_finite(s in "\\PC{0,200}") {
        for q in numbers(&s) {
            prop_assert!(q.value.is_finite());
            prop_assert!(s.is_char_boundary(q.start) && s.is_char_boundary(q.end) && q.start <= q.end);
        }
    }

    #[test]
    fn digit_strings_with_separators_never_panic(s in "[0-9٠-٩,.]{0,60}") {
        if let Some(v) = number::parse_digits(&s) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
        for q in numbers(&s) {
            prop_assert!(q.value.is_finite());
        }
    }

    #[test]
    fn figures_have_valid_spans_and_json(words in proptest::collection::vec("(As|In|Salim|al|Abu|Dr|he|reports|:|as high as|US|\\$|at least|about|[0-9]{1,7}|[0-9]{1,3},[0-9]{3}|million|people|percent|of|killed|said|the|“|”|,|\\.|km²|dozens|twenty-two|-)", 0..40)) {
        let text = words.join(" ");
        let figs = all(&text);
        for f in &figs {
            prop_assert!(f.start <= f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            prop_assert!(f.value.is_finite());
            prop_assert!(f.low.is_none_or(f64::is_finite) && f.high.is_none_or(f64::is_finite));
        }
        let _ = serde_json_free_check(&figs);
    }

    /// The structural label readers (subjects, money frames, lists) walk
    /// back and forth over tokens: any order of their cue words is safe and
    /// gives a short label.
    #[test]
    fn counted_thing_labels_never_panic(words in proptest::collection::vec("(The|Dow|S|&|P|sales|price|of|for|in|at|on|top|and|or|,|\\(|\\)|;|to|from|worth|which|is|be|has|also|lost|rose|fell|by|up|down|a|an|hour|year|per|share|percent|%|\\$|US|CA|[0-9]{1,4}|billion|stake|its|the|with|half|were|received)", 0..40)) {
        let text = words.join(" ");
        for f in all(&text) {
            prop_assert!(!f.counts.is_empty() && f.counts.len() < 120, "{:?}", f.counts);
        }
    }
}

/// Every float a figure carries is finite, so the brief serialises.
fn serde_json_free_check(figs: &[FigureReport]) -> bool {
    figs.iter().all(|f| f.value.is_finite())
}

/// The `counts` of every figure of `text`, in order.
fn labels(text: &str) -> Vec<String> {
    all(text).into_iter().map(|f| f.counts).collect()
}

#[test]
fn a_change_counts_its_subject() {
    // "X rose 5 percent to $3.2 billion": both figures measure X
    assert_eq!(
        labels("Ford's revenue rose 5 percent to $3.2 billion."),
        ["change in revenue", "revenue"]
    );
    // names are the subject when no common noun is: an index, a company
    assert_eq!(
        labels("The Dow Jones was down 2.62% at noon."),
        ["change in Dow Jones index"]
    );
    assert_eq!(
        labels("The S&P 500 fell 2.99 percent."),
        ["change in S&P 500 index"]
    );
    // auxiliaries, adverbs and a stray comma stand between subject and verb
    assert_eq!(
        labels("The Nasdaq index has already fallen by 3.16% today."),
        ["change in Nasdaq index"]
    );
    assert_eq!(
        labels("The Dow, was up 3.10% on Monday."),
        ["change in Dow index"]
    );
    // a phrase of names after the subject is passed over
    assert_eq!(
        labels("Chrysler's auto sales volume in Canada dropped 23%."),
        ["change in auto sales volume"]
    );
    // "the price of oil": the head comes before "of"
    assert_eq!(
        labels("The price of oil rose 3%."),
        ["change in price of oil"]
    );
    // a list of names: the noun before it
    assert_eq!(
        labels("Shares of energy companies ExxonMobil and Chevron fell by 3 percent."),
        ["change in shares"]
    );
    // the object of a transitive change
    assert_eq!(
        labels("The winglets will boost fuel efficiency by as much as 3%."),
        ["change in fuel efficiency"]
    );
    // a pronoun says nothing: the change alone
    assert_eq!(labels("It has already fallen by 14.45% today."), ["change"]);
}

#[test]
fn a_percentage_counts_the_noun_it_qualifies() {
    assert_eq!(labels("Fiat took a 5% stake in Chrysler."), ["stake"]);
    assert_eq!(
        labels("GM saw a 45% drop in vehicle sales in March."),
        ["drop in vehicle sales"]
    );
    assert_eq!(
        labels("Apple saw a 78 percent increase in its profits."),
        ["increase in profits"]
    );
    assert_eq!(
        labels("The unemployment rate of 9.1 percent was a surprise."),
        ["unemployment rate"]
    );
    // shares listed after the first take its "of"
    assert_eq!(
        labels("iTunes held 19 percent of the music market, with Amazon at 15 percent."),
        [
            "share of music market controlled",
            "share of music market for Amazon"
        ]
    );
}

#[test]
fn a_measure_written_as_a_code_counts_its_noun() {
    assert_eq!(labels("The 16GB version costs more."), ["version"]);
    assert_eq!(
        labels("It comes in 16 GB and 32 GB models."),
        ["models", "models"]
    );
}

#[test]
fn money_counts_what_it_pays_for() {
    // the noun after it, through "in" and "of", past "yearly"
    assert_eq!(
        labels("The stores create over $500 million yearly in revenue."),
        ["revenue"]
    );
    assert_eq!(
        labels("It awaits the US commitment of $2.3 billion of aid."),
        ["aid"]
    );
    // a conversion in brackets is the same amount
    assert_eq!(
        labels("Boeing lost a US$40 billion (GB £20.1 billion) contract."),
        ["contract", "contract"]
    );
    assert_eq!(
        labels("The bank will loan an additional 60 billion rubles (US$2.6 billion)."),
        ["loan", "loan"]
    );
    // the verb that moves it
    assert_eq!(labels("The company lost $6 billion."), ["loss"]);
    assert_eq!(
        labels("The cut will save oil companies around US$5.5 billion."),
        ["savings"]
    );
    assert_eq!(labels("The program costs $99 to join."), ["program"]);
    assert_eq!(
        labels("Their software contracts provide US$300 million to vendors."),
        ["software contracts"]
    );
    // a price, and the same frame again
    assert_eq!(
        labels("The 16GB version is priced at US $199 and the 32GB version at US $299."),
        ["version", "price", "version", "price"]
    );
    assert_eq!(
        labels("The price for the phone has been reduced to $199."),
        ["price"]
    );
    // what it is worth, across a relative clause
    assert_eq!(
        labels("The order, which is believed to be worth $15 billion, lifted the show."),
        ["order"]
    );
    // what it buys
    assert_eq!(
        labels("Qatar will buy 20 larger planes for $4.6 billion."),
        ["planes", "larger planes"]
    );
    // an amount listed after another takes its label
    assert_eq!(
        labels("Chrysler will offer a $25,000 vehicle voucher and $75,000 later."),
        ["vehicle voucher", "vehicle voucher"]
    );
    // through a phrase of names: "swap lines with the Bank of Japan for"
    assert_eq!(
        labels("It opened new swap lines with the Bank of Japan for up to US$60 billion."),
        ["new swap lines"]
    );
    // a conversion with a hedge in its brackets
    assert_eq!(
        labels("It bought 20 jets for 9.9 billion yuan (about US$1.4 billion)."),
        ["jets", "jets", "jets"]
    );
    // what it pays for, after it
    assert_eq!(
        labels("Ford will pay $57 million for a 72.4 percent stake in the plant."),
        ["stake", "stake"]
    );
    // a share of a group only when a copula names the group
    assert_eq!(
        labels("Russia will add US$19.7 billion, half of which would come from the budget."),
        ["addition", "share"]
    );
    // an amount after another in the sentence: the same thing
    assert_eq!(
        labels("It seeks $16.6 billion in loans, in addition to the $13.4 billion received."),
        ["loans", "loans"]
    );
    // a rate says its unit
    assert_eq!(
        labels("UAW workers in Detroit earn $28 an hour."),
        ["earnings per hour"]
    );
    assert_eq!(
        labels("The stores bring in $500 million a year in revenue."),
        ["revenue per year"]
    );
    // an idiom's noun is not what it pays for; nothing better is written
    assert_eq!(labels("It comes on top of the $44 billion."), ["amount"]);
}

/// The `attributed_to` of every figure of `text`, in order.
fn sources(text: &str) -> Vec<Option<String>> {
    all(text).into_iter().map(|f| f.attributed_to).collect()
}

#[test]
fn attribution_reads_appositions_titles_and_auxiliaries() {
    let some = |s: &str| Some(s.to_string());
    // the name between commas after a lone opening word
    assert_eq!(
        sources("Another automaker, General Motors (GM), announced that it seeks $16.6 billion."),
        [some("General Motors (GM)")]
    );
    // the person a title belongs to, not the organisation
    assert_eq!(
        sources("Tom LaSorda, the president of Chrysler announced that it needs $2.3 billion."),
        [some("Tom LaSorda")]
    );
    // auxiliaries between the source and its verb
    assert_eq!(
        sources("The White House has said that it may use $700 billion."),
        [some("White House")]
    );
    // a second verb of the sentence's first name
    assert_eq!(
        sources("Jobs welcomed everyone and announced that there were 3,800 attendees."),
        [some("Jobs")]
    );
    // a reporting noun with no source of its own: the verb before it
    assert_eq!(
        sources(
            "GM says that it might need $30 billion, over their previous estimate of $18 billion."
        ),
        [some("GM"), some("GM")]
    );
    // an indefinite pronoun names no source
    assert_eq!(
        sources("Others have warned that over 250,000 civilians are trapped."),
        [None]
    );
    // "States" in a name is not a reporting verb
    assert_eq!(
        sources("It is the largest car maker in the United States, posting sales of $152 billion."),
        [None]
    );
}

#[test]
fn an_index_change_says_it_is_an_index() {
    assert_eq!(
        labels("The Hang Seng fell 7.19%."),
        ["change in Hang Seng index"]
    );
    // the sentence's subject when the verb's own clause has none
    assert_eq!(
        labels("The Hang Seng, which was one of the few markets that was positive, fell 7.19%."),
        ["change in Hang Seng index"]
    );
    assert_eq!(
        labels("The Nasdaq closed at its lowest level on Thursday, having lost 1.16%."),
        ["change in Nasdaq index"]
    );
    // a company is no index; a pronoun is no subject
    assert_eq!(
        labels("Toyota shares fell 3%."),
        ["change in Toyota shares"]
    );
    assert_eq!(
        labels("It fell by 5.00% to slip below the mark."),
        ["change"]
    );
}

#[test]
fn a_change_names_what_changed() {
    assert_eq!(
        labels("The Japanese economy contracted by 0.9% between April and June."),
        ["change in Japanese economy"]
    );
    assert_eq!(
        labels("US stocks see 9% drop before making recovery"),
        ["drop in stocks"]
    );
    assert_eq!(
        labels("Ford has announced sweeping cuts of 21% (168,000 units) in its US and Canadian production."),
        ["sweeping cuts in production", "units"]
    );
    assert_eq!(
        labels("They posted gains of eight and fourteen percent, respectively."),
        ["gains", "gains"]
    );
    assert_eq!(
        labels("Stocks have been down by a total of fourteen percent this week."),
        ["change in stocks"]
    );
    // a level is its subject's; ownership names what is owned
    assert_eq!(
        labels("The unemployment rate reached 8.5% in March."),
        ["unemployment rate"]
    );
    assert_eq!(
        labels("The new firm will be owned 55 percent by the union."),
        ["share of new firm owned"]
    );
    // "United States" is a name, not the verb "states"
    assert_eq!(
        labels("It saw a 45% drop in United States vehicle sales."),
        ["drop in vehicle sales"]
    );
}

#[test]
fn money_is_a_price_a_deal_or_what_it_comes_to() {
    assert_eq!(labels("They will cost $199."), ["price"]);
    assert_eq!(
        labels("The 8GB model is available in five colours at $199."),
        ["model", "colours", "price"]
    );
    assert_eq!(
        labels("Films will retail for around $9.99 US dollars."),
        ["price"]
    );
    assert_eq!(
        labels("The carmaker agreed to sell Example Group for $7.4 billion."),
        ["sale of Example Group"]
    );
    assert_eq!(
        labels("Ford's profits equate to 26 cents per share."),
        ["profits per share"]
    );
    assert_eq!(
        labels("The firm posted an annual profit for the last year of US$2.7 billion."),
        ["annual profit"]
    );
    assert_eq!(
        labels("They will contribute $20 million to fund an extended search for the wreck."),
        ["fund extended search"]
    );
    assert_eq!(
        labels("The state will provide the firm with a AU$52.5 million (US$40.4 million) \u{201c}financial assistance package\u{201d}."),
        ["financial assistance package", "financial assistance package"]
    );
    assert_eq!(
        labels("Airlines agree purchase of Example 787 Jetliners worth US$7.2 bn"),
        ["Example 787 Jetliners"]
    );
}

#[test]
fn measures_label_the_thing_they_measure() {
    assert_eq!(
        labels("It has a 3.5-inch touchscreen display."),
        ["touchscreen display"]
    );
    assert_eq!(
        labels("It comes in two sizes, a 2GB and a 4GB."),
        ["sizes", "capacity", "capacity"]
    );
    assert_eq!(
        labels("It features a larger memory space of up to 160GB."),
        ["larger memory space"]
    );
    assert_eq!(
        labels("Its capacity is 2GB smaller than before."),
        ["capacity"]
    );
    // a time unit after one modifier is a duration, not after "last"
    assert_eq!(
        labels("For the past five trading days, stocks fell."),
        ["duration"]
    );
    assert!(labels("Claims rose 15,000 last week.")
        .iter()
        .all(|l| l != "duration"));
}

#[test]
fn a_models_number_is_no_count() {
    assert!(labels("Refunds go to Example 4 owners.").is_empty());
    assert!(labels("Apple swamped by iPhone 4 pre-orders").is_empty());
    // the model's number inside a count is passed over
    assert_eq!(
        labels("China agreed to purchase 60 Boeing 787 Dreamliner aircraft."),
        ["aircraft"]
    );
    // a name before a percentage keeps it: polls
    assert_eq!(
        labels("Roe 48 percent, Smith 44 percent."),
        ["share for Roe", "share for Smith"]
    );
}

#[test]
fn groups_partitives_and_lists_are_counted() {
    assert_eq!(labels("Airbus announces job cuts of 10,000"), ["job cuts"]);
    assert_eq!(labels("It will close ten of its plants."), ["plants"]);
    assert_eq!(
        labels("The EU banned all 51 of Indonesia's air carriers."),
        ["carriers"]
    );
    // a description of a class is no count
    assert!(labels("They were two of the few auto firms that gained.").is_empty());
    // the first of a list takes the unit of the last
    assert_eq!(
        labels("Two crashes killed 102 and 21 people respectively."),
        ["crashes killed", "people killed", "people"]
    );
    // a percentage's group ends at its verb; a level after "fell to"
    assert_eq!(
        labels("Some 48 percent of voters said they backed the measure."),
        ["share of voters"]
    );
    assert_eq!(
        labels("Only 11 percent of black voters approve of him."),
        ["share of black voters"]
    );
    assert_eq!(
        labels("Her approval rating fell to 38 percent."),
        ["approval rating"]
    );
    // "Rolls-Royce" is a name, not a people's plural
    assert!(labels("Two of the Rolls-Royce engines failed.")
        .iter()
        .all(|l| l != "Rolls"));
}

#[test]
fn polls_name_whose_share_and_whose_lead() {
    assert_eq!(
        labels("Clinton leads Trump 46 percent to 42 percent among likely voters."),
        ["share for Clinton", "share for Trump"]
    );
    assert_eq!(
        labels("In Ohio, 45 percent of voters back Trump and 41 percent back Clinton."),
        [
            "share of voters backing Trump",
            "share of voters backing Clinton"
        ]
    );
    assert_eq!(
        labels("Clinton was at 48 percent and Trump at 44 percent."),
        ["share for Clinton", "share for Trump"]
    );
    // a list of shares of one thing keeps the thing
    assert_eq!(
        labels("The store held 19 percent of the music market, with Example Mart at 15 percent."),
        [
            "share of music market controlled",
            "share of music market for Example Mart"
        ]
    );
    // leads in points, and the leader when the subject trails
    assert_eq!(
        labels("Trump trails Clinton by 12 points in Virginia."),
        ["Clinton lead"]
    );
    assert_eq!(
        labels("In Ohio, Clinton is ahead by 7 points."),
        ["Clinton lead"]
    );
    assert_eq!(
        labels("In Ohio, Clinton has a 5-point lead over Trump."),
        ["Clinton lead"]
    );
    assert_eq!(labels("Her lead shrank to 3 percentage points."), ["lead"]);
    // a margin is no negative number; percentage points are points
    let f = all("The poll has a margin of error of plus or minus 3 percentage points.");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].value, f[0].unit.as_str(), f[0].counts.as_str()),
        (3.0, "points", "margin of error")
    );
    // index points stay points
    assert_eq!(labels("The Dow lost 300 points."), ["points"]);
}

#[test]
fn money_names_where_it_goes() {
    assert_eq!(
        labels("The campaign spent $2 million on ads in Florida."),
        ["spending on ads"]
    );
    assert_eq!(
        labels("The charity received $25 million from Example Land."),
        ["money received from Example Land"]
    );
    assert_eq!(
        labels("She gave $1 million to the Example Foundation."),
        ["contribution to Example Foundation"]
    );
    assert_eq!(
        labels("Tens of millions of dollars were spent on ads."),
        ["spending on ads"]
    );
}

#[test]
fn hyphened_counts_and_vague_magnitudes() {
    // the count qualifies a noun: it measures that thing
    assert_eq!(labels("He sent an 80-page attachment."), ["attachment"]);
    assert_eq!(labels("A 12-member panel met."), ["members"]);
    assert!(labels("The 40-year-old man spoke.").is_empty());
    assert_eq!(labels("They held a 90-minute debate."), ["duration"]);
    let f = all("They raised a few million dollars.");
    assert_eq!((f[0].value, f[0].unit.as_str()), (3e6, "USD"));
}

#[test]
fn one_in_n_is_a_share() {
    let f = all("About 1 in 5 voters remain undecided.");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].value, f[0].unit.as_str()), (20.0, "percent"));
    assert!(f[0].counts.starts_with("share of voters"));
    assert_eq!(
        labels("Three out of four Americans disapprove."),
        ["share of Americans"]
    );
    // a time after the second number is no share
    assert_eq!(labels("He scored 2 in 5 minutes."), ["duration"]);
    // an average is no topic; "among" passes to the head
    assert_eq!(
        labels("Premiums will rise by an average of 25 percent next year."),
        ["change in premiums"]
    );
    assert_eq!(
        labels("Turnout among Latino voters rose by 20 percent."),
        ["change in Turnout"]
    );
    // holding rallies is no control of territory; villages are
    assert_eq!(labels("The campaign held 300 rallies."), ["rallies"]);
    assert_eq!(
        labels("Rebels control 30 villages."),
        ["villages controlled"]
    );
}

#[test]
fn events_follow_the_nearest_verb_and_tolls_count_the_dead() {
    assert_eq!(
        labels("The earthquake killed at least 2,000 people and left 10,000 homeless."),
        ["people killed", "people displaced"]
    );
    assert_eq!(
        labels("The death toll rose to 150 on Tuesday."),
        ["people killed"]
    );
    assert_eq!(
        labels("Two-thirds of the injured were children."),
        ["share of injured that were children"]
    );
    assert_eq!(
        labels("Half of the city was retaken."),
        ["share of city retaken"]
    );
}

#[test]
fn a_name_opening_the_sentence_keeps_its_capital() {
    // written capitalised mid-sentence elsewhere: a name
    assert_eq!(
        labels("Clinton leads Trump 46 percent to 42 percent. A poll shows Clinton ahead.")[0],
        "share for Clinton"
    );
    // a common noun opening the sentence is lowercased
    assert_eq!(labels("Sales rose 5 percent."), ["change in sales"]);
}

#[test]
fn an_including_aside_passes_the_verb_to_the_group() {
    assert_eq!(
        labels("The monitor said 37 civilians, including 12 children, died in the strikes."),
        ["civilians killed", "children killed"]
    );
}

#[test]
fn money_has_no_destination_in_an_idiom_or_a_day() {
    assert_eq!(
        labels("The bank will loan 60 billion rubles on top of that."),
        ["loan"]
    );
    assert_eq!(labels("They spent $5 million on Friday."), ["spending"]);
    assert_eq!(
        labels("They sent $5 million to Example Land on Monday."),
        ["money sent to Example Land"]
    );
}

#[test]
fn a_year_before_a_compound_is_no_count() {
    assert!(labels("The data come from the 2014 current population survey.").is_empty());
    assert_eq!(labels("The firm will add 2000 new jobs."), ["jobs"]);
}

#[test]
fn levels_rates_and_cents() {
    assert_eq!(
        labels("Its market share slipped to 14 percent from 17 percent."),
        ["market share", "market share"]
    );
    assert_eq!(
        labels("Turnout rose from 55 percent to 61 percent."),
        ["Turnout", "Turnout"]
    );
    assert_eq!(
        labels("Sales rose 5 percent from a year earlier."),
        ["change in sales"]
    );
    // cents are read in the currency; "a barrel", "a share" are rates
    let f = all("The loss was 45 cents a share.");
    assert_eq!(
        (f[0].value, f[0].unit.as_str(), f[0].counts.as_str()),
        (0.45, "USD", "loss per share")
    );
    assert_eq!(labels("Oil fell to $48 a barrel."), ["Oil per barrel"]);
}

#[test]
fn a_level_set_by_a_verb_and_a_lead_stated() {
    assert_eq!(
        labels("The plan would cut the corporate tax rate to 15 percent."),
        ["corporate tax rate"]
    );
    assert_eq!(
        labels("They cut production by 30%."),
        ["change in production"]
    );
    assert_eq!(
        labels("His plan would add $5.3 trillion to the debt."),
        ["addition to debt"]
    );
    assert_eq!(
        labels("Her lead in the polling average is 5.4 points."),
        ["lead"]
    );
}

#[test]
fn a_range_of_amounts_takes_the_noun_after_the_last() {
    let figs = all("Violators could face a $200 to $400 fine for the first offense.");
    assert_eq!(figs.len(), 1, "{figs:#?}");
    assert_eq!((figs[0].value, figs[0].counts.as_str()), (300.0, "fine"));
}

#[test]
fn a_hyphened_currency_is_money() {
    let f = all("They struck billion-dollar deals.");
    assert_eq!(
        (f[0].value, f[0].unit.as_str(), f[0].counts.as_str()),
        (1e9, "USD", "deals")
    );
    let f = all("It was a 20-cent coin.");
    assert_eq!((f[0].value, f[0].unit.as_str()), (0.2, "USD"));
}

#[test]
fn a_company_named_like_an_index_is_no_index() {
    assert_eq!(
        labels("Dow Chemical shares fell 3%."),
        ["change in Dow Chemical shares"]
    );
    assert_eq!(
        labels("The Dow Jones Industrial Average fell 3%."),
        ["change in Dow Jones Industrial Average index"]
    );
}

#[test]
fn a_senators_title_does_not_end_the_sentence() {
    let f = all("Sens. John Example and Jane Example said 40 percent of voters agree.");
    assert!(f[0]
        .attributed_to
        .as_deref()
        .is_some_and(|a| a.contains("John Example")));
}

#[test]
fn weight_is_read_within_its_sentence() {
    // "billion" in the next sentence does not make the pounds money
    let f = all("He weighs 250 pounds. They struck billion-dollar deals.");
    assert_eq!(f[0].unit, "lb");
}

#[test]
fn changes_in_money_rates_and_margins() {
    assert_eq!(
        labels("Clinton would raise the top rate to 39.6 percent."),
        ["top rate"]
    );
    assert_eq!(
        labels("His plan would cut taxes by $4.4 trillion over a decade."),
        ["change in taxes", "duration"]
    );
    assert_eq!(
        labels("The deficit widened by $100 billion to $600 billion."),
        ["change in deficit", "deficit"]
    );
    assert_eq!(
        labels("Revenue rose 5 percent to $3.2 billion."),
        ["change in Revenue", "Revenue"]
    );
    assert_eq!(
        labels("In 2012, Obama won the state by 10 points."),
        ["Obama margin"]
    );
}

#[test]
fn purposes_without_an_article_and_evacuations() {
    assert_eq!(
        labels("Aid agencies need $1.2 billion to help refugees."),
        ["help refugees"]
    );
    assert_eq!(
        labels("The hurricane forced 1.5 million people to evacuate."),
        ["people fled"]
    );
}

#[test]
fn a_contenders_share_without_its_noun() {
    assert_eq!(
        labels("Jones received 37 percent, Smith had 36 percent and Roe snagged 13 percent."),
        ["share for Jones", "share for Smith", "share for Roe"]
    );
    // a verb of holding is no event of the share
    assert_eq!(labels("Roe held 33 percent."), ["share for Roe"]);
    assert_eq!(
        labels("A poll showed a lead for Smith with 46 percent to Jones’s 41 percent."),
        ["share for Smith", "share for Jones"]
    );
    assert_eq!(
        labels("Jane Roe finished a strong third, with 23 percent."),
        ["share for Jane Roe"]
    );
    assert_eq!(
        labels("Jones got 20 percent, compared to 68 percent for rival candidate Mary Smith."),
        ["share for Jones", "share for Mary Smith"]
    );
    assert_eq!(
        labels("In the poll, Smith 41 percent; Mr. Jones 39 percent."),
        ["share for Smith", "share for Jones"]
    );
    // a change for a name is no share of it
    assert_eq!(
        labels("Sales rose 5 percent for Acme."),
        ["change in sales"]
    );
}

#[test]
fn a_title_and_a_participle_stay_in_a_group() {
    assert_eq!(
        labels("She led Mr. Jones 56 percent to 32 percent."),
        ["share", "share for Mr. Jones"]
    );
    assert_eq!(
        labels("Seventy percent of registered voters say so."),
        ["share of registered voters"]
    );
    assert_eq!(
        labels("Close to half of Mrs. Roe's donors are women."),
        ["share of Mrs. Roe's donors"]
    );
    // a participle after the group is its verb
    assert_eq!(
        labels("Forty percent of voters surveyed said no."),
        ["share of voters"]
    );
}

#[test]
fn money_named_by_the_verb_that_moves_it() {
    assert_eq!(
        labels("The group has bundled more than $37 million for Democrats."),
        ["amount bundled for Democrats"]
    );
    assert_eq!(labels("The firm will make $27.5 million."), ["amount made"]);
    assert_eq!(
        labels("It was dropping $2.5 million a week."),
        ["amount dropped per week"]
    );
    // an adjective after a determiner is no verb
    assert_eq!(labels("It is the estimated $5 million."), ["amount"]);
}

#[test]
fn a_body_of_people_and_a_part_of_a_period() {
    assert_eq!(
        labels("The island has a population of 54,000 and one airport."),
        ["population"]
    );
    assert_eq!(
        labels("He drew a crowd of more than 3,000 in the city."),
        ["crowd"]
    );
    // a part of a period is no share
    assert!(labels("The group raised funds in the first half of the year.").is_empty());
    assert!(labels("Profit rose in the second quarter.").is_empty());
    assert_eq!(
        labels("Half of the voters stayed home."),
        ["share of voters"]
    );
}

#[test]
fn gaps_in_points_and_levels_reached() {
    assert_eq!(
        labels("After a 22-point defeat in the state, she left."),
        ["defeat"]
    );
    assert_eq!(
        labels("It was closer than the 8-point win for Jane Roe in 2012."),
        ["win for Jane Roe"]
    );
    // a change in points stays points, as a stock index's does
    assert_eq!(
        labels("The index's 300-point fall shook traders."),
        ["points"]
    );
    assert_eq!(
        labels("The margin of sampling error among that group was plus or minus four percentage points."),
        ["margin of error"]
    );
    assert_eq!(
        labels("By then, Roe was winning the suburbs by 28 points."),
        ["Roe margin"]
    );
    assert_eq!(
        labels("Senator Jane Roe comes in at 9 percent."),
        ["share for Senator Jane Roe"]
    );
    assert_eq!(
        labels("With revenue dipping 1.3 percent, they closed."),
        ["change in revenue"]
    );
}

#[test]
fn counts_named_by_their_verb_or_pronoun() {
    assert_eq!(labels("Then the two of them went home."), ["people"]);
    assert_eq!(labels("All three of us went."), ["people"]);
    assert_eq!(
        labels("Police said 121 adults and children were taken into custody."),
        ["people detained"]
    );
    // a plural before the plural it modifies: the second is counted
    assert_eq!(
        labels("He cited dozens of pending public records lawsuits."),
        ["lawsuits"]
    );
}

#[test]
fn shares_in_a_polls_finding_and_heads_of_points() {
    assert_eq!(
        labels("A new poll shows Roe with 47 percent versus Jones, who has 44 percent."),
        ["share for Roe", "share for Jones"]
    );
    assert_eq!(
        labels("Roe is up from 37 percent in May and Jones is down from 49 percent."),
        ["Roe", "Jones"]
    );
    assert_eq!(
        labels("Roe is currently leading Jones, 48 percent to 45 percent."),
        ["share for Roe", "share for Jones"]
    );
    assert_eq!(
        labels("The poll has a credibility interval of 5 percentage points."),
        ["credibility interval"]
    );
    // a change or a level in points stays points
    assert_eq!(labels("The index saw a gain of 50 points."), ["points"]);
    assert_eq!(
        labels("The index has a value of 10,769 points."),
        ["points"]
    );
}

#[test]
fn ranks_ages_years_and_relative_days_are_no_figures() {
    assert!(labels("It was the powerhouse of the 2008 and 2012 cycles.").is_empty());
    assert!(labels("The law bars 17-year-olds from voting.").is_empty());
    assert!(labels("It came 23 days into early voting.").is_empty());
    assert!(labels("He spoke like a man five decades younger.").is_empty());
    assert!(labels("The retired four-star general spoke.").is_empty());
    // a count of thousands without its comma stays a count
    assert_eq!(labels("They hired 2000 workers."), ["workers"]);
    assert_eq!(
        labels("Police found 20 schoolchildren."),
        ["schoolchildren"]
    );
}

#[test]
fn money_through_particles_idioms_and_worth_and_counts_that_qualify() {
    assert_eq!(
        labels("The fund took in $4.8 million last month."),
        ["amount taken in"]
    );
    assert_eq!(
        labels("Every time you buy $100 worth of stock, you pay."),
        ["stock"]
    );
    assert_eq!(
        labels("The owner says his net worth is in excess of $10 billion."),
        ["net worth"]
    );
    assert_eq!(
        labels("In his 104-page public disclosure report, he said so."),
        ["public disclosure report"]
    );
    assert_eq!(
        labels("They played it safe in the nine-page plan released Tuesday."),
        ["plan"]
    );
    assert_eq!(
        labels("A 54% majority of independents endorse continuing the program."),
        ["share of independents"]
    );
    assert_eq!(
        labels("Half of voters support the plan."),
        ["share of voters"]
    );
}

#[test]
fn a_named_tally_counts_each_names_number() {
    assert_eq!(
        labels("The current delegate count is Jane Roe 384, Sen. Jan Smith 300, and Lee 37."),
        ["delegates", "delegates", "delegates"]
    );
    assert_eq!(
        labels("The vote tally stood at Roe 5,210 and Smith 4,980."),
        ["votes", "votes"]
    );
    // a number after a name with no tally stays no figure: a model
    assert!(labels("He flew on a Boeing 747 to the coast.").is_empty());
    assert!(labels("Advocates lean on all 2016 campaigns.").is_empty());
}

#[test]
fn tolls_crowds_and_number_pronouns() {
    assert_eq!(
        labels("The agency raised the death toll from the storm to 267."),
        ["people killed"]
    );
    assert_eq!(labels("(About 46 detainees fall under it.)"), ["detainees"]);
    assert_eq!(labels("He spoke to crowds 15,000 strong."), ["people"]);
    // a toll road is no death toll
    assert_eq!(labels("The toll road opened to 300 cars."), ["cars"]);
    assert_eq!(labels("Nonetheless, the two are on air again."), ["people"]);
    assert_eq!(labels("Roe waved, and the two walked home."), ["people"]);
    // a participle before a plural is its modifier
    assert!(!labels("Officials counted the two reported cases.").contains(&"people".to_string()));
    // a number before its noun counts the noun
    assert_eq!(labels("The two sides met."), ["sides"]);
}

#[test]
fn shares_given_respectively() {
    assert_eq!(
        labels("Jane Roe and John Doe won 11 and 8 percent respectively."),
        ["share for Jane Roe", "share for John Doe"]
    );
    assert_eq!(
        labels("Jane Roe and Jan Smith, 11 and 8 percent respectively."),
        ["share for Jane Roe", "share for Jan Smith"]
    );
    assert_eq!(
        labels("Next came Roe, Smith and Lee, at 9 percent, 7 percent and 5 percent respectively."),
        ["share for Roe", "share for Smith", "share for Lee"]
    );
}

#[test]
fn participle_shares_differences_and_spent_money() {
    assert_eq!(
        labels("Voters agree, with 50 percent saying she is prepared."),
        ["share saying she is prepared"]
    );
    assert_eq!(
        labels("He said crime has gone down 20 percent."),
        ["change in crime"]
    );
    assert_eq!(
        labels("It deported nearly 25 percent more than Jan Roe did."),
        ["more than Jan Roe"]
    );
    assert_eq!(
        labels("It was below the $5 million spent in 2011."),
        ["spending"]
    );
    assert_eq!(
        labels("Most of the $59 million spent by Roe’s campaign came from him."),
        ["spending by Roe’s campaign"]
    );
    assert_eq!(
        labels("He ended owing roughly $200,000 more than he had."),
        ["debt"]
    );
}
