//! Tests of figure grouping: agreement rules on hand-made reports, and the
//! founding example story read by the extractor end to end.

use corroborate_model::{
    Agreement, Article, ArticleId, Figure, FigureReport, Hedge, PartialDate, Span, Status,
};

use super::figures;

fn report(
    article: u32,
    start: usize,
    value: f64,
    hedge: Hedge,
    unit: &str,
    counts: &str,
) -> FigureReport {
    let (low, high) = match hedge {
        Hedge::Exact => (Some(value), Some(value)),
        Hedge::AtLeast => (Some(value), None),
        Hedge::AtMost => (None, Some(value)),
        _ => (None, None),
    };
    FigureReport {
        article: ArticleId(article),
        start,
        end: start + 5,
        value,
        low,
        high,
        hedge,
        unit: unit.to_string(),
        counts: counts.to_string(),
        attributed_to: None,
        status: Status::Reported,
        sentence: Span::new(start, start + 20),
    }
}

/// An article over `text` (title line removed) with a naive sentence split.
fn article(id: u32, raw: &str) -> Article {
    let text = raw.split_once('\n').map_or("", |x| x.1).to_string();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?' | '\n')
            && (end == text.len() || text[end..].starts_with([' ', '\n']))
        {
            if !text[start..end].trim().is_empty() {
                sentences.push(Span::new(start, end));
            }
            start = end;
        }
    }
    Article {
        id: ArticleId(id),
        path: format!("{id}.txt"),
        source: format!("source{id}"),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        words: text.split_whitespace().count(),
        text,
        sentences,
    }
}

fn example() -> (Vec<Article>, Vec<Figure>) {
    let raws = [
        include_str!("../../../../examples/east-aleppo-2016/000_fc4cf4c844a25a70.txt"),
        include_str!("../../../../examples/east-aleppo-2016/001_59871baaf38b8acc.txt"),
        include_str!("../../../../examples/east-aleppo-2016/002_792fa98b3f586fcb.txt"),
        include_str!("../../../../examples/east-aleppo-2016/003_7d226b6bb6013d46.txt"),
        include_str!("../../../../examples/east-aleppo-2016/004_7268502e5bc210fd.txt"),
    ];
    let articles: Vec<Article> = raws
        .iter()
        .enumerate()
        .map(|(i, r)| article(i as u32, r))
        .collect();
    let reports = articles
        .iter()
        .flat_map(corroborate_extract::figures)
        .collect();
    let mentions = articles
        .iter()
        .flat_map(corroborate_extract::entities)
        .collect();
    let entities = crate::entities(mentions);
    let groups = figures(reports, &entities, &[], &articles);
    (articles, groups)
}

/// The report of `group` in `article` with `value`, or a panic naming what is missing.
fn find(group: &Figure, article: u32, value: f64) -> &FigureReport {
    group
        .reports
        .iter()
        .find(|r| r.article == ArticleId(article) && r.value == value)
        .unwrap_or_else(|| panic!("no {value} from a{} in {group:#?}", article + 1))
}

#[test]
fn example_story_has_three_conflicts_with_every_source() {
    let (articles, groups) = example();
    let slice = |r: &FigureReport| articles[r.article.0 as usize].text[r.start..r.end].to_string();

    // civilians trapped in the enclave: four outlets, four values
    let trapped = groups
        .iter()
        .find(|g| g.unit == "people" && g.reports.iter().any(|r| r.value == 75000.0))
        .expect("a group holding the 75,000");
    assert_eq!(trapped.agreement, Agreement::Conflict);
    assert!(trapped.counts.contains("trapped"), "{}", trapped.counts);
    assert_eq!(find(trapped, 0, 75000.0).hedge, Hedge::Approximate);
    assert_eq!(find(trapped, 1, 100000.0).hedge, Hedge::AtMost);
    let almost = find(trapped, 2, 100000.0);
    assert!(
        trapped.reports.iter().any(|r| r.article == ArticleId(2)
            && r.hedge == Hedge::Approximate
            && r.attributed_to.as_deref() == Some("Dr. Khaula Sawah")),
        "{almost:#?}"
    );
    let dentist = find(trapped, 4, 80000.0);
    assert_eq!(dentist.hedge, Hedge::AtLeast);
    assert_eq!(
        dentist.attributed_to.as_deref(),
        Some("Salim Abu al-Nassar")
    );
    // a different scope: the displaced are not the trapped
    assert!(
        trapped
            .reports
            .iter()
            .all(|r| r.value != 50000.0 && r.value != 6.3e6),
        "{trapped:#?}"
    );
    assert_eq!((trapped.low, trapped.high), (75000.0, 100000.0));

    // the enclave's area: 3 ("no larger than"), 5 ("about"), 8 ("kilometers square")
    let area = groups
        .iter()
        .find(|g| g.unit == "km2")
        .expect("an area group");
    assert_eq!(area.agreement, Agreement::Conflict);
    assert_eq!(find(area, 0, 3.0).hedge, Hedge::AtMost);
    assert_eq!(find(area, 1, 5.0).hedge, Hedge::Approximate);
    let eight = find(area, 4, 8.0);
    assert_eq!(slice(eight), "8 kilometers square");
    assert_eq!(groups.iter().filter(|g| g.unit == "km2").count(), 1);

    // the share retaken: about 90, 98 (Syrian forces), 99 (state television)
    let share = groups
        .iter()
        .find(|g| g.unit == "percent" && g.reports.len() >= 3)
        .expect("a share group");
    assert_eq!(share.agreement, Agreement::Conflict);
    assert!(
        share.counts.contains("retaken") || share.counts.contains("controlled"),
        "{}",
        share.counts
    );
    assert_eq!(find(share, 1, 90.0).hedge, Hedge::Approximate);
    assert_eq!(
        find(share, 2, 98.0).attributed_to.as_deref(),
        Some("Syrian forces")
    );
    assert_eq!(
        find(share, 4, 99.0).attributed_to.as_deref(),
        Some("Syrian state television")
    );

    // the three conflicts come first
    let firsts: Vec<&str> = groups.iter().take(3).map(|g| g.unit.as_str()).collect();
    let mut sorted = firsts.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["km2", "people", "percent"], "{groups:#?}");
    assert_eq!(groups[0].id, "f1");
}

#[test]
fn example_story_figures_serialise_and_are_deterministic() {
    let (_, a) = example();
    let (_, b) = example();
    assert_eq!(a, b);
    let json = serde_json::to_string(&a).expect("figures serialise");
    assert!(!json.contains("NaN") && !json.contains("inf"));
}

#[test]
fn values_within_ten_percent_agree() {
    let g = figures(
        vec![
            report(0, 0, 100.0, Hedge::Exact, "people", "people killed"),
            report(1, 0, 95.0, Hedge::Exact, "people", "people killed"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].agreement, Agreement::Agree);
    assert_eq!((g[0].low, g[0].high), (95.0, 100.0));
}

#[test]
fn humanitarian_events_group_across_the_nouns_outlets_use() {
    let g = figures(
        vec![
            report(0, 0, 30.0, Hedge::AtLeast, "people", "people missing"),
            report(1, 0, 34.0, Hedge::Exact, "people", "villagers missing"),
            report(0, 40, 2.0e6, Hedge::Exact, "people", "people in need"),
            report(1, 40, 2.1e6, Hedge::Exact, "people", "residents in need"),
            report(1, 80, 12.0, Hedge::Exact, "people", "people rescued"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 3, "{g:#?}");
    assert!(g
        .iter()
        .all(|f| f.reports.len() == 2 || f.counts.contains("rescued")));
}

#[test]
fn a_part_of_the_people_stays_apart_from_the_whole() {
    let g = figures(
        vec![
            report(0, 0, 40.0, Hedge::Exact, "people", "people killed"),
            report(1, 0, 42.0, Hedge::Exact, "people", "civilians killed"),
            report(1, 40, 9.0, Hedge::Exact, "people", "children killed"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    let children = g
        .iter()
        .find(|f| f.counts.contains("children"))
        .expect("children");
    assert_eq!(children.reports.len(), 1);
}

#[test]
fn bounds_that_contain_the_other_value_agree() {
    let g = figures(
        vec![
            report(0, 0, 60.0, Hedge::AtLeast, "people", "people killed"),
            report(1, 0, 80.0, Hedge::Exact, "people", "people killed"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g[0].agreement, Agreement::Agree);
    let g = figures(
        vec![
            report(0, 0, 60.0, Hedge::AtMost, "people", "people killed"),
            report(1, 0, 80.0, Hedge::Exact, "people", "people killed"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g[0].agreement, Agreement::Conflict);
}

#[test]
fn one_article_is_single_and_different_events_stay_apart() {
    let g = figures(
        vec![
            report(0, 0, 40.0, Hedge::Exact, "people", "people killed"),
            report(0, 50, 40.0, Hedge::Exact, "people", "people injured"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 2);
    assert!(g.iter().all(|f| f.agreement == Agreement::Single));
}

#[test]
fn different_scopes_are_kept_apart_by_magnitude() {
    let g = figures(
        vec![
            report(0, 0, 6.3e6, Hedge::Exact, "people", "people displaced"),
            report(1, 0, 50000.0, Hedge::AtLeast, "people", "people displaced"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 2);
}

#[test]
fn stative_and_trapped_counts_are_one_population() {
    let g = figures(
        vec![
            report(0, 0, 100000.0, Hedge::AtMost, "people", "people present"),
            report(
                1,
                0,
                75000.0,
                Hedge::Approximate,
                "people",
                "civilians trapped",
            ),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].counts, "civilians trapped");
    assert_eq!(g[0].agreement, Agreement::Agree);
}

#[test]
fn shares_near_one_hundred_compare_their_complements() {
    let g = figures(
        vec![
            report(
                0,
                0,
                98.0,
                Hedge::Exact,
                "percent",
                "share of city controlled",
            ),
            report(
                1,
                0,
                99.0,
                Hedge::Exact,
                "percent",
                "share of territory retaken",
            ),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].agreement, Agreement::Conflict);
}

#[test]
fn ids_follow_importance() {
    let g = figures(
        vec![
            report(0, 0, 3.0, Hedge::Exact, "people", "people injured"),
            report(0, 10, 10.0, Hedge::Exact, "people", "people killed"),
            report(1, 10, 20.0, Hedge::Exact, "people", "people killed"),
            report(2, 10, 7.0, Hedge::Exact, "km2", "area"),
            report(3, 10, 7.1, Hedge::Exact, "km2", "area"),
        ],
        &[],
        &[],
        &[],
    );
    let order: Vec<(&str, &str, Agreement)> = g
        .iter()
        .map(|f| (f.id.as_str(), f.counts.as_str(), f.agreement))
        .collect();
    assert_eq!(
        order,
        [
            ("f1", "people killed", Agreement::Conflict),
            ("f2", "area", Agreement::Agree),
            ("f3", "people injured", Agreement::Single)
        ]
    );
}

#[test]
fn non_finite_values_are_dropped() {
    let g = figures(
        vec![report(
            0,
            0,
            f64::NAN,
            Hedge::Exact,
            "people",
            "people killed",
        )],
        &[],
        &[],
        &[],
    );
    assert!(g.is_empty());
}

/// One-sentence articles over `texts`, each with a report of `counts` on
/// its first number (digits and thousands commas), exact, in people.
fn first_number_reports(texts: &[&str], counts: &str) -> (Vec<Article>, Vec<FigureReport>) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(i as u32, &format!("title\n{t}")))
        .collect();
    let reports = articles
        .iter()
        .map(|a| {
            let start = a.text.find(|c: char| c.is_ascii_digit()).expect("a number");
            let end = start
                + a.text[start..]
                    .find(|c: char| !(c.is_ascii_digit() || c == ','))
                    .unwrap_or(0);
            let value: f64 = a.text[start..end].replace(',', "").parse().expect("digits");
            let mut r = report(a.id.0, start, value, Hedge::Exact, "people", counts);
            r.end = end;
            r.sentence = Span::new(0, a.text.len());
            r
        })
        .collect();
    (articles, reports)
}

/// One-sentence articles, a people-displaced report on the first number of
/// each, and place entities for `places` (name, the articles naming it).
fn placed(texts: &[&str], places: &[(&str, &[u32])]) -> Vec<Figure> {
    use corroborate_model::{Cite, Entity, EntityKind};
    let (articles, reports) = first_number_reports(texts, "people displaced");
    let entities: Vec<Entity> = places
        .iter()
        .enumerate()
        .map(|(i, (name, ids))| Entity {
            id: format!("e{}", i + 1),
            kind: EntityKind::Place,
            name: name.to_string(),
            variants: vec![name.to_string()],
            description: Vec::new(),
            mentions: ids
                .iter()
                .map(|&a| {
                    let text = &articles[a as usize].text;
                    let start = text.find(name).expect("the place is in the text");
                    Cite::new(ArticleId(a), Span::new(start, start + name.len()))
                })
                .collect(),
        })
        .collect();
    figures(reports, &entities, &[], &articles)
}

#[test]
fn reports_tied_to_different_places_are_kept_apart() {
    let g = placed(
        &[
            "At least 6,000 people were displaced in Northland.",
            "Some 5,000 people were displaced from the border villages of Southmoor.",
            "Officials said 5,100 people were displaced.",
        ],
        &[("Northland", &[0]), ("Southmoor", &[1])],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    let north = g
        .iter()
        .find(|f| f.place.as_deref() == Some("Northland"))
        .expect("Northland");
    let south = g
        .iter()
        .find(|f| f.place.as_deref() == Some("Southmoor"))
        .expect("Southmoor");
    assert_eq!(north.reports.len(), 1);
    // the report without a place joins the group whose value is nearest
    assert_eq!(south.reports.len(), 2);
    assert!(south.basis.contains("about Southmoor"), "{}", south.basis);
}

#[test]
fn a_district_and_its_city_may_be_one_scope() {
    let g = placed(
        &[
            "About 6,000 people were displaced in East Riverton.",
            "Nearly 7,000 people were displaced in Riverton.",
        ],
        &[("East Riverton", &[0]), ("Riverton", &[1])],
    );
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].agreement, Agreement::Conflict);
}

#[test]
fn a_place_beyond_the_clause_is_not_the_figures_place() {
    let g = placed(
        &[
            "About 6,000 people were displaced, officials said in Northland.",
            "About 6,100 people were displaced, the agency said in Southmoor.",
        ],
        &[("Northland", &[0]), ("Southmoor", &[1])],
    );
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].place, None);
    assert_eq!(g[0].agreement, Agreement::Agree);
}

#[test]
fn a_possessive_or_fronted_place_ties_the_figure() {
    let g = placed(
        &[
            "Northland's 6,000 displaced people need shelter.",
            "In Southmoor, 6,000 people were displaced.",
        ],
        &[("Northland", &[0]), ("Southmoor", &[1])],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
}

#[test]
fn a_place_that_belongs_to_a_name_or_a_measure_is_not_a_scope() {
    // the place follows another name: it describes that name
    let g = placed(
        &[
            "About 6,000 people cheered Anna Berg of Northland.",
            "About 6,100 people cheered, as Southmoor watched.",
        ],
        &[("Northland", &[0]), ("Southmoor", &[1])],
    );
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].place, None);
}

#[test]
fn bare_measures_do_not_chain_into_a_conflict() {
    let g = figures(
        vec![
            report(0, 0, 43.0, Hedge::Exact, "seconds", "duration"),
            report(1, 0, 45.0, Hedge::Exact, "seconds", "duration"),
            report(2, 0, 50.0, Hedge::Exact, "seconds", "duration"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    assert!(g.iter().all(|f| f.agreement != Agreement::Conflict));
}

/// One-sentence articles, a people-killed report on the first number of
/// each, and the date expressions `dates` (article, words, date).
fn dated(texts: &[&str], dates: &[(u32, &str, PartialDate)]) -> Vec<Figure> {
    use corroborate_model::TimeMention;
    let (articles, reports) = first_number_reports(texts, "people killed");
    let times: Vec<TimeMention> = dates
        .iter()
        .map(|&(a, words, date)| {
            let text = &articles[a as usize].text;
            let start = text.find(words).expect("the expression is in the text");
            TimeMention {
                article: ArticleId(a),
                expression: Span::new(start, start + words.len()),
                sentence: Span::new(0, text.len()),
                date,
            }
        })
        .collect();
    figures(reports, &[], &times, &articles)
}

fn day(year: i16, month: i8, day: i8) -> PartialDate {
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

#[test]
fn tolls_of_different_days_are_two_figures() {
    let g = dated(
        &[
            "At least 60 people were killed on Monday in the shelling.",
            "On Tuesday, 8 people were killed.",
            "Some 64 people were killed.",
        ],
        &[
            (0, "on Monday", day(2016, 12, 12)),
            (1, "On Tuesday", day(2016, 12, 13)),
        ],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    assert!(
        g.iter().all(|f| f.agreement != Agreement::Conflict),
        "{g:#?}"
    );
    let monday = g
        .iter()
        .find(|f| f.date == Some(day(2016, 12, 12)))
        .expect("Monday's toll");
    // the undated report joins the toll its value fits
    assert_eq!(monday.reports.len(), 2);
    assert!(monday.basis.contains("on 2016-12-12"), "{}", monday.basis);
}

#[test]
fn a_date_outside_the_figures_clause_does_not_scope_it() {
    let g = dated(
        &[
            "At least 60 people were killed, officials said on Monday.",
            "Some 80 people were killed, the agency said on Tuesday.",
        ],
        &[
            (0, "on Monday", day(2016, 12, 12)),
            (1, "on Tuesday", day(2016, 12, 13)),
        ],
    );
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].agreement, Agreement::Conflict);
    assert_eq!(g[0].date, None);
}

#[test]
fn a_month_and_a_day_in_it_may_be_one_scope() {
    let g = dated(
        &[
            "About 60 people were killed in December 2016 there.",
            "About 61 people were killed on 12 December.",
        ],
        &[
            (
                0,
                "in December 2016",
                PartialDate {
                    year: 2016,
                    month: Some(12),
                    day: None,
                },
            ),
            (1, "on 12 December", day(2016, 12, 12)),
        ],
    );
    assert_eq!(g.len(), 1, "{g:#?}");
}

#[test]
fn a_longer_name_of_the_same_thing_groups_with_the_shorter() {
    let g = figures(
        vec![
            report(
                0,
                0,
                1.2,
                Hedge::Exact,
                "percent",
                "change in Harbour Index",
            ),
            report(
                1,
                0,
                1.4,
                Hedge::Exact,
                "percent",
                "change in Harbour Index of industrials",
            ),
            report(2, 0, 1.3, Hedge::Exact, "percent", "change in Valley Index"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    let harbour = g
        .iter()
        .find(|f| f.reports.len() == 2)
        .expect("the two Harbour Index reports together");
    assert_eq!(harbour.agreement, Agreement::Conflict);
    assert!(harbour.reports.iter().all(|r| r.counts.contains("Harbour")));
}

#[test]
fn a_label_that_fits_two_shorter_kinds_stays_apart() {
    let g = figures(
        vec![
            report(0, 0, 5.0, Hedge::Exact, "USD", "sales of cars"),
            report(1, 0, 5.0, Hedge::Exact, "USD", "sales of trucks"),
            report(2, 0, 5.0, Hedge::Exact, "USD", "sales of cars and trucks"),
        ],
        &[],
        &[],
        &[],
    );
    assert_eq!(g.len(), 3, "{g:#?}");
}
