//! Tests of date finding and resolution: inline snippets for each kind of
//! expression, and the example story for publication-date inference.

use super::*;

fn d(y: i16, m: i8, day: i8) -> Date {
    jiff::civil::date(y, m, day)
}

/// Every expression in `text` as `"words => date"`, resolved against `reference`.
fn check(text: &str, reference: Date) -> Vec<String> {
    resolve_dates(text, reference, Lean::Past)
        .into_iter()
        .map(|(span, date)| format!("{} => {date}", span.slice(text)))
        .collect()
}

#[test]
fn absolute_dates_with_and_without_year() {
    let r = d(2016, 12, 13);
    assert_eq!(
        check("On Friday November 18, 2016, the directorate spoke.", r),
        ["On Friday November 18, 2016 => 2016-11-18"]
    );
    assert_eq!(
        check("Talks began on Dec. 12 and on 18 Nov.", r),
        ["on Dec. 12 => 2016-12-12", "on 18 Nov => 2016-11-18"]
    );
    assert_eq!(
        check("the 3rd of March 2015", r),
        ["the 3rd of March 2015 => 2015-03-03"]
    );
    assert_eq!(
        check("It was filed 12/13/2016 and 2016-11-02.", r),
        ["12/13/2016 => 2016-12-13", "2016-11-02 => 2016-11-02"]
    );
    // When both orders are dates, the text's own dates decide: its plain
    // dates in figures, else the order of its dates in words; without
    // either, slashes read month first and dots day first.
    assert_eq!(
        check("It was filed 05/06/2016.", r),
        ["05/06/2016 => 2016-05-06"]
    );
    assert_eq!(
        check("Filed 05/06/2016, signed 18/06/2016.", r),
        ["05/06/2016 => 2016-06-05", "18/06/2016 => 2016-06-18"]
    );
    assert_eq!(
        check("On 18 June it met; the minutes of 05/06/2016 say so.", r),
        ["On 18 June => 2016-06-18", "05/06/2016 => 2016-06-05"]
    );
    assert_eq!(check("Filed 3.7.2017.", r), ["3.7.2017 => 2017-07-03"]);
    assert_eq!(check("Filed 08/12,2015.", r), ["08/12,2015 => 2015-08-12"]);
    // A guess of the order never infers a publication date.
    assert_eq!(latest_explicit_date("Filed 05/06/2016."), None);
    assert_eq!(
        check("in November 2016", r),
        ["in November 2016 => 2016-11"]
    );
}

#[test]
fn month_day_without_year_takes_the_most_recent_unless_future() {
    let r = d(2016, 12, 13);
    assert_eq!(
        check("On December 12, forces said", r),
        ["On December 12 => 2016-12-12"]
    );
    assert_eq!(
        check("It began on December 20.", r),
        ["on December 20 => 2015-12-20"]
    );
    assert_eq!(
        check("The vote will be held on January 5.", r),
        ["on January 5 => 2017-01-05"]
    );
    assert_eq!(check("He left last March.", r), ["last March => 2016-03"]);
    // A plan reported in the past tense still points ahead of the report.
    assert_eq!(
        check("The truce was set to allow them to leave on Wednesday.", r),
        ["on Wednesday => 2016-12-14"]
    );
    assert_eq!(check("He left in March.", r), ["in March => 2016-03"]);
    assert_eq!(
        check("They will return in March.", r),
        ["in March => 2017-03"]
    );
}

#[test]
fn weekdays_resolve_backwards_unless_the_tense_says_otherwise() {
    // 2016-12-14 is a Wednesday.
    let r = d(2016, 12, 14);
    assert_eq!(
        check("Troops on Monday captured the area.", r),
        ["on Monday => 2016-12-12"]
    );
    assert_eq!(
        check("The ceasefire was set to allow evacuation on Wednesday.", r),
        ["on Wednesday => 2016-12-14"]
    );
    assert_eq!(
        check("The convoy is set to leave on Wednesday.", r),
        ["on Wednesday => 2016-12-21"]
    );
    assert_eq!(
        check("The council will meet on Friday.", r),
        ["on Friday => 2016-12-16"]
    );
    assert_eq!(
        check("He said on Tuesday that he will resign.", r),
        ["on Tuesday => 2016-12-13"]
    );
    assert_eq!(check("next Monday", r), ["next Monday => 2016-12-19"]);
    assert_eq!(check("last Wednesday", r), ["last Wednesday => 2016-12-07"]);
    assert_eq!(
        check("on Monday night", r),
        ["on Monday night => 2016-12-12"]
    );
}

#[test]
fn words_of_the_day_and_calendar_units() {
    let r = d(2016, 12, 14);
    assert_eq!(check("earlier today", r), ["earlier today => 2016-12-14"]);
    assert_eq!(check("yesterday", r), ["yesterday => 2016-12-13"]);
    assert_eq!(check("since last night", r), ["last night => 2016-12-13"]);
    assert_eq!(check("tomorrow", r), ["tomorrow => 2016-12-15"]);
    assert_eq!(check("two days ago", r), ["two days ago => 2016-12-12"]);
    assert_eq!(check("a month ago", r), ["a month ago => 2016-11"]);
    assert_eq!(check("last week", r), ["last week => 2016-12"]);
    assert_eq!(check("this week", r), ["this week => 2016-12"]);
    assert_eq!(check("last year", r), ["last year => 2015"]);
    // The weekend before a Wednesday: its Saturday.
    assert_eq!(
        check("over the weekend", r),
        ["over the weekend => 2016-12-10"]
    );
    // Vague spans have no date.
    assert!(check("over the past few days", r).is_empty());
}

#[test]
fn years_need_a_cue_and_figures_are_not_years() {
    let r = d(2016, 12, 14);
    assert_eq!(check("since the war began in 2011", r), ["in 2011 => 2011"]);
    assert_eq!(
        check("Since 2012, the city has been split", r),
        ["Since 2012 => 2012"]
    );
    assert_eq!(
        check("protests from 2011 to 2013", r),
        ["from 2011 => 2011", "2013 => 2013"]
    );
    assert!(check("an estimated 75,000 civilians", r).is_empty());
    assert!(check("2016 people fled 2 km in 2000 people", r).is_empty());
    assert!(check("a 26-year-old woman", r).is_empty());
    assert!(check("This may be my last video", r).is_empty());
}

#[test]
fn relative_expressions_need_a_reference() {
    let text = "On Monday, and on November 18, 2016, and on December 12.";
    let found: Vec<String> = scan(text, None, Lean::Past)
        .into_iter()
        .map(|f| format!("{} => {}", f.span.slice(text), f.date))
        .collect();
    assert_eq!(found, ["on November 18, 2016 => 2016-11-18"]);
}

#[test]
fn latest_explicit_date_skips_futures_and_deadlines() {
    assert_eq!(
        latest_explicit_date("Seen on November 15, 2016. Photo taken December 14, 2016."),
        Some(d(2016, 12, 14))
    );
    assert_eq!(
        latest_explicit_date("Filed March 3, 2016. Elections will be held on May 5, 2030. The deal runs until June 1, 2029."),
        Some(d(2016, 3, 3))
    );
    assert_eq!(latest_explicit_date("On December 12, forces said."), None);
}

const EXAMPLE: [&str; 5] = [
    include_str!("../../../../examples/east-aleppo-2016/000_fc4cf4c844a25a70.txt"),
    include_str!("../../../../examples/east-aleppo-2016/001_59871baaf38b8acc.txt"),
    include_str!("../../../../examples/east-aleppo-2016/002_792fa98b3f586fcb.txt"),
    include_str!("../../../../examples/east-aleppo-2016/003_7d226b6bb6013d46.txt"),
    include_str!("../../../../examples/east-aleppo-2016/004_7268502e5bc210fd.txt"),
];

#[test]
fn example_story_publication_dates_are_inferred_from_explicit_dates() {
    let inferred: Vec<Option<String>> = EXAMPLE
        .iter()
        .map(|t| latest_explicit_date(t).map(|d| d.to_string()))
        .collect();
    // 000 has its photo caption; 003 its latest dated photo; the others
    // write no full date.
    assert_eq!(
        inferred,
        [
            Some("2016-12-14".to_string()),
            None,
            None,
            Some("2016-11-29".to_string()),
            None
        ]
    );
}

fn article(text: &str, published: Option<Date>) -> Article {
    Article {
        id: corroborate_model::ArticleId(0),
        path: "a.txt".into(),
        source: "a".into(),
        title: String::new(),
        url: None,
        author: None,
        published,
        published_inferred: false,
        text: text.into(),
        words: 0,
        sentences: Vec::new(),
    }
}

#[test]
fn one_scan_infers_the_date_and_resolves_against_it_as_two_would() {
    let texts = EXAMPLE.iter().copied().chain([
        "Filed March 3, 2016. On Monday the talks resumed; last week they stalled.",
        "No date at all, only on Monday and yesterday.",
    ]);
    for text in texts {
        let undated = article(text, None);
        let inferred = latest_explicit_date(text);
        let dated = article(text, inferred);
        assert_eq!(times_inferring(&undated), (times(&dated), inferred));
        // With a date already known nothing is inferred.
        let known = article(text, Some(d(2016, 12, 13)));
        assert_eq!(times_inferring(&known), (times(&known), None));
    }
    let (found, inferred) = times_inferring(&article(
        "Filed March 3, 2016. On Monday the talks resumed.",
        None,
    ));
    assert_eq!(inferred, Some(d(2016, 3, 3)));
    let dates: Vec<String> = found.iter().map(|m| m.date.to_string()).collect();
    assert_eq!(dates, ["2016-03-03", "2016-02-29"]);
}

#[test]
fn no_panic_and_spans_on_boundaries_for_odd_text() {
    let texts = [
        "",
        "é on Monday 31/31/2016 2016-13-45 Feb 30, 2016 in 9999 — «today»",
        "December 32",
        "on mañana Tuesday",
    ];
    for text in texts {
        for (span, _) in resolve_dates(text, d(2016, 12, 14), Lean::Past) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        let _ = latest_explicit_date(text);
    }
    let found = check("Feb 30, 2016 and December 32", d(2016, 12, 14));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn ordinals_figures_and_named_weeks() {
    // 2013-02-12 is a Tuesday.
    let r = d(2013, 2, 12);
    assert_eq!(
        check("the first of March", r),
        ["the first of March => 2012-03-01"]
    );
    assert_eq!(
        check("It was March third, 2015.", r),
        ["March third, 2015 => 2015-03-03"]
    );
    assert!(check("May first-quarter results", r).is_empty());
    assert_eq!(check("filed on 2/15", r), ["on 2/15 => 2012-02-15"]);
    assert!(check("open 24/7, a 2/3 majority, won 21-14", r).is_empty());
    assert_eq!(check("sales in 2014/10", r), ["2014/10 => 2014-10"]);
    // A span of years is not a month.
    assert_eq!(check("the 2011-12 season", r), Vec::<String>::new());
    assert_eq!(
        check("Tuesday of last week", r),
        ["Tuesday of last week => 2013-02-05"]
    );
    assert_eq!(
        check("the first Tuesday of October 2014", r),
        ["the first Tuesday of October 2014 => 2014-10-07"]
    );
    assert_eq!(
        check("the last Friday of January", r),
        ["the last Friday of January => 2013-01-25"]
    );
    // A weekday picks the year in which the date falls on it.
    assert_eq!(check("Fri, Jul 18", r), ["Fri, Jul 18 => 2014-07-18"]);
}

#[test]
fn counts_ahead_need_a_future_clause() {
    let r = d(2016, 12, 14);
    assert_eq!(
        check("The talks will resume in two weeks.", r),
        ["in two weeks => 2016-12-28"]
    );
    assert!(check("It was the first time in three years.", r).is_empty());
}

#[test]
fn dates_never_cross_a_line_break() {
    let text = "Ford to cut jobs by 2012\nJanuary 23, 2006";
    assert_eq!(latest_explicit_date(text), Some(d(2006, 1, 23)));
}

proptest::proptest! {
    #[test]
    fn any_text_gives_ordered_spans_on_char_boundaries(text in "(?s).{0,200}") {
        let found = resolve_dates(&text, d(2016, 12, 14), Lean::Past);
        for (span, _) in &found {
            proptest::prop_assert!(span.start < span.end && span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        for pair in found.windows(2) {
            proptest::prop_assert!(pair[0].0.end <= pair[1].0.start);
        }
    }
}

#[test]
fn weekdays_inside_names_are_not_dates() {
    let r = d(2016, 12, 14);
    assert!(check("He told The Sunday Times", r).is_empty());
    assert!(check("marches since Bloody Sunday and on Good Friday", r).is_empty());
    assert_eq!(check("He spoke on Sunday.", r), ["on Sunday => 2016-12-11"]);
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(64))]
    #[test]
    fn date_like_text_never_panics_and_spans_stay_ordered(
        words in proptest::collection::vec(
            "(on|in|since|last|next|this|the|of|will|,|\\.|\\n|é|Monday|Friday|March|may|Dec\\.|2016|1999|12|31|29|1st|third|/|-|today|weeks?|month|year|ago|from now|weekend|first|Tuesday of last week)",
            0..30,
        )
    ) {
        let text = words.join(" ");
        for reference in [d(2016, 2, 29), d(2016, 12, 31), d(2017, 1, 1)] {
            for lean in [Lean::Past, Lean::Future] {
                let found = resolve_dates(&text, reference, lean);
                for pair in found.windows(2) {
                    proptest::prop_assert!(pair[0].0.end <= pair[1].0.start);
                }
                for (span, _) in &found {
                    proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
        }
        let _ = latest_explicit_date(&text);
    }
}

#[test]
fn weekday_with_a_day_of_the_month() {
    let r = d(2016, 12, 14);
    assert_eq!(
        check("It struck on Friday the 13th.", r),
        ["on Friday the 13th => 2016-05-13"]
    );
    assert_eq!(
        check("talks on Tuesday 13th", r),
        ["on Tuesday 13th => 2016-12-13"]
    );
    assert_eq!(
        check("on Monday 12 people died", r),
        ["on Monday => 2016-12-12"]
    );
}

#[test]
fn counted_shifts_of_another_date() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check("It will happen 3 days after January 12th.", r),
        ["3 days after January 12th => 2017-01-15"]
    );
    assert_eq!(
        check("It happened 2 weeks before May 13 1999.", r),
        ["2 weeks before May 13 1999 => 1999-04-29"]
    );
    assert_eq!(
        check("They met two days from tomorrow.", r),
        ["two days from tomorrow => 2016-11-10"]
    );
    assert_eq!(
        check("day after tomorrow", r),
        ["day after tomorrow => 2016-11-09"]
    );
    assert_eq!(
        check("a day after Friday", r),
        ["a day after Friday => 2016-11-05"]
    );
    // A shift finer than the date's precision is not applied.
    assert_eq!(
        check("two days after March 2016", r),
        ["after March 2016 => 2016-03"]
    );
}

#[test]
fn days_and_years_in_words() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check("He went back May twenty one", r),
        ["May twenty one => 2016-05-21"]
    );
    assert_eq!(
        check("She was born on January twenty five nineteen eighty six", r),
        ["on January twenty five nineteen eighty six => 1986-01-25"]
    );
    assert_eq!(
        check(
            "The ship sailed on 6 April seventeen hundred thirty three",
            r
        ),
        ["on 6 April seventeen hundred thirty three => 1733-04-06"]
    );
    assert_eq!(
        check("They left in nineteen ninety six.", r),
        ["in nineteen ninety six => 1996"]
    );
    assert_eq!(
        check("in October two thousand and five", r),
        ["in October two thousand and five => 2005-10"]
    );
    // A count after a month is not a day.
    assert_eq!(check("In May twenty people died", r), ["In May => 2016-05"]);
    assert!(check("On Monday twelve people died", r)
        .iter()
        .all(|s| s.starts_with("On Monday =>")));
}

#[test]
fn holidays_with_and_without_year() {
    let r = d(2016, 11, 7);
    assert_eq!(check("on easter 2018", r), ["easter 2018 => 2018-04-01"]);
    assert_eq!(
        check("Set it for Easter Monday 2017", r),
        ["Easter Monday 2017 => 2017-04-17"]
    );
    assert_eq!(
        check("black friday 2010", r),
        ["black friday 2010 => 2010-11-26"]
    );
    // A holiday without a year is the nearest one, in either direction.
    assert_eq!(
        check("on Christmas Eve", r),
        ["Christmas Eve => 2016-12-24"]
    );
    assert_eq!(check("on Easter", d(2016, 6, 1)), ["Easter => 2016-03-27"]);
    assert_eq!(
        check("It happened 2 weeks before Christmas.", r),
        ["2 weeks before Christmas => 2016-12-11"]
    );
    assert_eq!(check("next Christmas", r), ["next Christmas => 2016-12-25"]);
    assert!(check("He flew to Christmas Island", r).is_empty());
    assert!(check("the Good Friday Agreement", r).is_empty());
}

#[test]
fn counted_and_abbreviated_weekdays() {
    // A Tuesday.
    let r = d(2013, 2, 12);
    let future = |text: &str| -> Vec<String> {
        resolve_dates(text, r, Lean::Future)
            .into_iter()
            .map(|(span, date)| format!("{} => {date}", span.slice(text)))
            .collect()
    };
    assert_eq!(
        future("three fridays from now"),
        ["three fridays from now => 2013-03-01"]
    );
    assert_eq!(future("2 thursdays ago"), ["2 thursdays ago => 2013-01-31"]);
    assert_eq!(future("thu"), ["thu => 2013-02-14"]);
    assert_eq!(future("mon."), ["mon => 2013-02-18"]);
    assert_eq!(future("Thu 15th"), ["Thu 15th => 2013-08-15"]);
    // News leans back; "sat" and "sun" stay words, "Mon State" a name.
    assert_eq!(check("It closed on Fri.", r), ["on Fri => 2013-02-08"]);
    assert!(check("He sat in the sun.", r).is_empty());
    assert!(check("fighting in Mon State", r).is_empty());
}

#[test]
fn days_alone_last_days_compact_dates_and_months_of_named_years() {
    let r = d(2013, 2, 12);
    // News leans back: the 1st of this month, the 15th of last month.
    assert_eq!(
        check("It began on the 1st.", r),
        ["on the 1st => 2013-02-01"]
    );
    assert_eq!(
        check("It began on the 15th.", r),
        ["on the 15th => 2013-01-15"]
    );
    assert!(check("the 1st Armoured Division", r).is_empty());
    assert_eq!(
        check("on the last day of October 2015", r),
        ["the last day of October 2015 => 2015-10-31"]
    );
    assert_eq!(
        check("see report-20170302.html", r),
        ["20170302 => 2017-03-02"]
    );
    assert_eq!(
        check("It fell in June last year.", r),
        ["in June last year => 2012-06"]
    );
    assert_eq!(check("in 2018 or later", r), ["in 2018 => 2018"]);
    assert_eq!(
        check("by the end of the year", r),
        ["the end of the year => 2013"]
    );
    assert_eq!(
        check("I bought it for $12 December 27", r),
        ["December 27 => 2012-12-27"]
    );
    assert_eq!(
        check("the twenty third day of September", r),
        ["the twenty third day of September => 2012-09-23"]
    );
}

#[test]
fn counted_last_days_of_a_month() {
    let r = d(2013, 2, 12);
    assert_eq!(
        check("the 5th last day of May 2013", r),
        ["the 5th last day of May 2013 => 2013-05-27"]
    );
    assert_eq!(
        check("on the last day in March", r),
        ["the last day in March => 2012-03-31"]
    );
}

#[test]
fn compound_counts_ago() {
    let r = d(2017, 11, 23);
    assert_eq!(
        check("We met 1 month and 21 days ago", r),
        ["1 month and 21 days ago => 2017-10-02"]
    );
    assert_eq!(
        check("I left 2 years 1 month 21 days ago", r),
        ["2 years 1 month 21 days ago => 2015-10-02"]
    );
    assert_eq!(
        check("two years and three months ago", r),
        ["two years and three months ago => 2015-08"]
    );
}

#[test]
fn leap_days_and_months_after_the() {
    let r = d(2017, 11, 7);
    assert_eq!(check("on Feb 29", r), ["on Feb 29 => 2016-02-29"]);
    assert_eq!(check("since 2/29", r), ["2/29 => 2016-02-29"]);
    assert!(check("on Feb 30", r).is_empty());
    assert_eq!(
        check("He went to China in the April.", r),
        ["in the April => 2017-04"]
    );
}

#[test]
fn a_duration_before_a_count_ago_stays_apart() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check(
            "They worked for the last 3 months and 2 days ago they found it",
            r
        ),
        ["2 days ago => 2016-11-05"]
    );
}

#[test]
fn nth_months_two_digit_years_after_of_and_following_weeks() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check("They will leave the third month of 2021", r),
        ["the third month of 2021 => 2021-03"]
    );
    assert_eq!(
        check("The 9th month of next year", r),
        ["The 9th month of next year => 2017-09"]
    );
    assert_eq!(
        check("I was born in April of 87", r),
        ["in April of 87 => 1987-04"]
    );
    assert_eq!(
        check("I was born on 15 April of 87", r),
        ["on 15 April of 87 => 1987-04-15"]
    );
    assert_eq!(check("out last sept", r), ["last sept => 2016-09"]);
    assert_eq!(
        check("on Monday of the following week", r),
        ["on Monday of the following week => 2016-11-14"]
    );
}

#[test]
fn a_weekday_moves_a_yearless_date_at_most_a_year() {
    // 2016-11-07 is a Monday. 22 January fell on a Wednesday in 2014 only,
    // too far back for a date written without its year: the weekday is a
    // slip and the most recent 22 January stands.
    let r = d(2016, 11, 7);
    assert_eq!(check("Wed, 22 of Jan", r), ["Wed, 22 of Jan => 2016-01-22"]);
    // A weekday after the date counts as one before it.
    let r = d(2013, 2, 12);
    assert_eq!(check("Jul 18, Fri", r), ["Jul 18, Fri => 2014-07-18"]);
    // A capitalised word after the weekday is a name, not the date's day.
    assert_eq!(
        check("since Jul 18, Fri Sunday Times reported", r),
        ["since Jul 18 => 2012-07-18"]
    );
}

#[test]
fn commas_pairs_of_days_and_plans_with_lets() {
    let r = d(2018, 8, 21);
    assert_eq!(
        check("Set something up for October, 1st.", r),
        ["October, 1st => 2017-10-01"]
    );
    // Without an ordinal the number after a comma is a count.
    assert_eq!(
        check("In October, 12 people died.", r),
        ["In October => 2017-10"]
    );
    assert_eq!(
        check("I am looking at 18 and 19 June.", r),
        ["18 => 2018-06-18", "19 June => 2018-06-19"]
    );
    assert_eq!(
        check("Let's go for coffee on Tuesday the eleventh.", r),
        ["on Tuesday the eleventh => 2018-09-11"]
    );
}

#[test]
fn months_named_alone_only_where_nothing_else_is_meant() {
    let r = d(2019, 5, 15);
    assert_eq!(
        check("The February report showed it. Sales to February fell.", r),
        ["February => 2019-02", "February => 2019-02"]
    );
    // Names, capitals, "May" the verb, "March" the noun, a refused day.
    for text in [
        "June Carter sang.",
        "Black September claimed it.",
        "the October Revolution",
        "It may rain. The March drew thousands. AUGUST LIGHT",
        "April says her husband had no part. June agreed.",
        "February 30 and January first 12",
        "an august body",
    ] {
        assert!(check(text, r).is_empty(), "{text}: {:?}", check(text, r));
    }
    let r = d(2013, 2, 12);
    assert_eq!(
        check("March after next", r),
        ["March after next => 2014-03"]
    );
    assert_eq!(
        check("the year after next and the month after the next", r),
        [
            "the year after next => 2015",
            "the month after the next => 2013-04"
        ]
    );
    assert_eq!(
        check("in the upcoming month", r),
        ["upcoming month => 2013-03"]
    );
}

#[test]
fn years_of_history_eras_and_two_digit_years() {
    let r = d(2020, 6, 12);
    assert_eq!(
        check("Juneteenth dates back to 1865.", r),
        ["Juneteenth => 2020-06-19", "dates back to 1865 => 1865"]
    );
    // A year before Christ is no year of the timeline.
    assert!(check("in 2014 BC and in 2014 B.C.", r).is_empty());
    // Without a history cue an old year is a figure ("in 1865 homes").
    assert!(check("in 1865 homes", r).is_empty());
    assert_eq!(check("on 03/18/40", r), ["03/18/40 => 1940-03-18"]);
}

#[test]
fn weekdays_before_figures_and_names_in_figures() {
    // 2019-05-15 is a Wednesday.
    let r = d(2019, 5, 15);
    // No 12 May within a year of the reference is a Friday: the most
    // recent one stands.
    assert_eq!(
        check("It should be done friday 5/12", r),
        ["friday 5/12 => 2019-05-12"]
    );
    assert_eq!(
        check("a call on this Friday 7.6 with Jim", r),
        ["Friday 7.6 => 2018-07-06"]
    );
    // A decimal, a score, the 2001 attacks and round-the-clock care are no
    // dates.
    assert_eq!(
        check("A 7.6 quake struck on Friday 7.6 magnitude", r),
        ["on Friday => 2019-05-10"]
    );
    assert_eq!(
        check(
            "They won 3-2. Since 9/11 and on Tuesday 9/11, care is 24/7.",
            r
        ),
        ["on Tuesday => 2019-05-14"]
    );
}

#[test]
fn a_weekday_and_a_bare_day_that_ends_the_phrase() {
    // 2019-01-25 is a Friday; the last Sunday the 31st was in December 2017.
    let r = d(2019, 1, 25);
    assert_eq!(
        check("Any plans on Sunday 31!", r),
        ["on Sunday 31 => 2017-12-31"]
    );
    // A count after a weekday is no day; nor is a decimal.
    assert_eq!(
        check("On Sunday 31 people died; on Sunday 31.5 mm fell.", r),
        ["On Sunday => 2019-01-20", "on Sunday => 2019-01-20"]
    );
    // A time of day is no day of the month.
    assert_eq!(
        check("Update Sunday 4: 39 p.m.", r),
        ["Sunday => 2019-01-20"]
    );
}

#[test]
fn ordinal_weekdays_without_a_month_fall_in_the_reference_month() {
    let r = d(2017, 9, 27);
    assert_eq!(
        check("I'll go back second Sunday", r),
        ["second Sunday => 2017-09-10"]
    );
    assert_eq!(
        check("The vote is on the third Tuesday.", r),
        ["the third Tuesday => 2017-09-19"]
    );
    assert_eq!(
        check("schedule second saturday of each month", d(2016, 11, 7)),
        ["second saturday of each month => 2016-11-12"]
    );
    // No fifth Sunday in September 2017: no date, not the nearest Sunday.
    assert!(check("I'll go back fifth Sunday", r).is_empty());
    // Counted from something else, or a noun phrase: no date.
    assert!(check("his first Sunday as pope", r).is_empty());
    assert!(check("the first Friday prayers since the truce", r).is_empty());
    assert!(check("the first Sunday after the vote", r).is_empty());
}

#[test]
fn following_weekdays_are_of_next_week_unless_told_from_the_story() {
    let r = d(2019, 1, 31);
    assert_eq!(
        check("Do you have any arrangement on following Friday?", r),
        ["on following Friday => 2019-02-08"]
    );
    // "the following Friday" counts from a date of the story.
    assert!(check("He left the following Friday.", r).is_empty());
    // "following" as "after": the Friday itself.
    assert_eq!(
        check("Protests following Friday prayers grew.", r),
        ["Friday => 2019-01-25"]
    );
}

#[test]
fn counts_ahead_as_offsets_only_where_they_are_no_duration() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check("schedule a meeting in 10 days", r),
        ["in 10 days => 2016-11-17"]
    );
    assert_eq!(
        check("Please book a room in 3 weeks", r),
        ["in 3 weeks => 2016-11-28"]
    );
    assert_eq!(
        check("in a fortnight’s time", d(2021, 5, 20)),
        ["in a fortnight’s time => 2021-06-03"]
    );
    assert_eq!(
        check("They are back in three weeks' time.", r),
        ["in three weeks' time => 2016-11-28"]
    );
    assert_eq!(
        check("The talks will resume in a fortnight.", r),
        ["in a fortnight => 2016-11-21"]
    );
    // Durations.
    assert!(check("The bridge was built in 10 days.", r).is_empty());
    assert!(check("Shares rose 5% in two days.", r).is_empty());
    assert!(check("He did it in a fortnight.", r).is_empty());
    assert!(check("Schedule changes in 10 days were blamed.", r).is_empty());
}

#[test]
fn dates_in_spaced_figures_with_the_year_first() {
    let r = d(2016, 11, 7);
    assert_eq!(
        check("On 2016 10 16, the conference started.", r),
        ["2016 10 16 => 2016-10-16"]
    );
    // Inside a row of figures, or not a month and day: no date.
    assert!(check("Totals: 3 2016 10 16 were counted.", r).is_empty());
    assert!(check("Totals 2016 13 16.", r).is_empty());
    assert_eq!(latest_explicit_date("On 2016 10 16, it began."), None);
}

#[test]
fn this_and_next_before_a_date_without_a_year() {
    let r = d(2019, 5, 20);
    assert_eq!(
        check("It should be done this 5/12", r),
        ["5/12 => 2019-05-12"]
    );
    assert_eq!(
        check("It should be done next 5/12.", r),
        ["5/12 => 2020-05-12"]
    );
    assert_eq!(
        check("It should be done next 6th of April", r),
        ["6th of April => 2020-04-06"]
    );
    // A fraction, not a date.
    assert!(check("this 2/3 majority", r).is_empty());
    assert!(check("the next 2/3 of the seats", r).is_empty());
}

#[test]
fn a_day_the_month_lacks_gives_no_date() {
    let r = d(2016, 11, 7);
    assert!(check("I went back 31st of this month", r).is_empty());
    assert_eq!(
        check("due the 30th of this month", r),
        ["the 30th of this month => 2016-11-30"]
    );
}

#[test]
fn a_two_digit_year_after_an_ordinal_day_and_month() {
    let r = d(2013, 2, 12);
    assert_eq!(check("14th April 15", r), ["14th April 15 => 2015-04-14"]);
    assert_eq!(
        check("It opened on 3rd May 09, then closed.", r),
        ["on 3rd May 09 => 2009-05-03"]
    );
    // A count after the date, or no ordinal: the date alone.
    assert_eq!(
        check("On 14th April 15 people died.", r),
        ["On 14th April => 2012-04-14"]
    );
    assert_eq!(check("14 April 15", r), ["14 April => 2012-04-14"]);
}

#[test]
fn an_abbreviated_weekday_of_a_named_week() {
    let r = d(2017, 12, 6);
    assert_eq!(
        check("schedule me a meeting next week Mon, please", r),
        ["next week Mon => 2017-12-11"]
    );
    // "sat" and "sun" are words.
    assert_eq!(
        check("Next week sat in the shadow of the vote.", r),
        ["Next week => 2017-12"]
    );
}
