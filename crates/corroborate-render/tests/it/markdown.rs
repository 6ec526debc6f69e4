//! The Markdown brief: every part present, markers right, untrusted text
//! unable to break the layout.

use corroborate_render::markdown;

use crate::fixture;

#[test]
fn every_part_of_the_brief_is_rendered_in_order() {
    let md = markdown(&fixture::brief());
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Riverton under water",
            "## Sources",
            "## Summary",
            "## Figures",
            "## Quotes",
            "### Jane Ortiz",
            "### Unattributed",
            "## Names",
            "### People",
            "### Organisations",
            "### Places",
            "## Timeline",
            "## Warnings",
        ]
    );
    assert!(md.ends_with("- skipped empty.txt: no text\n"), "{md}");
}

#[test]
fn sources_are_a_numbered_list_with_outlet_title_date_and_link() {
    let md = markdown(&fixture::brief());
    assert!(md.contains(
        "1. **Daily Planet** — *Riverton under water* (2016-12-12) <https://planet.example/flood>\n"
    ));
    assert!(md.contains(
        "3. **Wire Service** — *Rain to continue, mayor warns* (2016-12-12, inferred)\n"
    ));
}

#[test]
fn the_summary_cites_each_sentence_and_its_echoes() {
    let md = markdown(&fixture::brief());
    let para = md
        .split("## Summary\n\n")
        .nth(1)
        .and_then(|s| s.split("\n\n").next())
        .expect("a summary paragraph");
    assert_eq!(
        para,
        "Floodwaters rose across Riverton on Monday. [1][2] Officials said about 3,000 people \
         had left their homes. [2] Rescuers found 2 bodies near the old bridge. [3]"
    );
}

#[test]
fn figures_show_each_value_with_hedge_attribution_and_agreement() {
    let md = markdown(&fixture::brief());
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    assert_eq!(
        rows[0],
        "| What is counted | What each source says | Agreement |"
    );
    assert_eq!(
        rows[1],
        "| people evacuated | [1] at least 1,200 (officials); [2] about 3,000 (Officials) | \
         ⚠ **sources disagree** (1,200–3,000) |"
    );
    assert_eq!(
        rows[2],
        "| share of the town flooded (%) | [1] about 40 %; [2] up to 45 % (Red Cross, claimed) | \
         sources agree |"
    );
    assert_eq!(rows[3], "| bodies found | [3] 2 (confirmed) | one source |");
    assert_eq!(
        rows[4],
        "| sandbags laid | [2] “Thousands of sandbags” | one source |"
    );
}

#[test]
fn quotes_are_grouped_by_speaker_with_their_outlets() {
    let md = markdown(&fixture::brief());
    assert!(md.contains(
        "### Jane Ortiz\n\n- “We are doing everything we can,” — [1] Daily Planet, [2] The Gazette\n"
    ));
    assert!(md.contains("### Unattributed\n\n- “Stay indoors,” — [3] Wire Service\n"));
}

#[test]
fn names_list_their_other_spellings_and_roles() {
    let md = markdown(&fixture::brief());
    assert!(md.contains("- **Jane Ortiz** — also written Ortiz, Jane Ortíz; Mayor [1][2][3]\n"));
    assert!(md.contains("### Places\n\n- **Riverton** [1][2]\n"));
}

#[test]
fn the_timeline_gives_dates_then_cited_sentences() {
    let md = markdown(&fixture::brief());
    assert!(md.contains(
        "## Timeline\n\n- **2016-12-12**\n  - Floodwaters rose across Riverton on Monday. [1]\n  \
         - The river burst its banks on Monday, December 12. [2]\n- **2016-12-13**\n"
    ));
}

#[test]
fn untrusted_text_cannot_break_tables_open_blocks_or_inject_html() {
    let mut brief = fixture::brief();
    brief.title = "# Title\nwith | pipe".into();
    brief.figures[0].counts = "a | b\n# c".into();
    brief.figures[0].reports[0].attributed_to = Some("x|y <b>".into());
    brief.summary[0].text = "1. starts\nlike a list *and* [link](javascript:x)".into();
    brief.quotes[0].speaker_name = Some("## Speaker <script>".into());
    brief.articles[0].url = Some("javascript:alert(1)".into());
    let md = markdown(&brief);
    assert!(md.starts_with("# \\# Title with \\| pipe\n"), "{md}");
    let row = md
        .lines()
        .find(|l| l.starts_with("| a"))
        .expect("figure row");
    // Unescaped pipes delimit exactly the three columns.
    let bare_pipes = row
        .match_indices('|')
        .filter(|(i, _)| !row[..*i].ends_with('\\'))
        .count();
    assert_eq!(bare_pipes, 4, "{row}");
    assert!(row.contains("x\\|y \\<b\\>"));
    assert!(md.contains(
        "## Summary\n\n1\\. starts like a list \\*and\\* \\[link\\](javascript:x) [1][2]"
    ));
    assert!(md.contains("### \\## Speaker \\<script\\>\n"));
    assert_eq!(unescaped(&md, "<script"), 0);
    assert!(!md.contains("<javascript"), "a non-web URL is not linked");
    assert!(md.contains("1. **Daily Planet** — *Riverton under water* (2016-12-12)\n"));
}

/// Occurrences of `pattern` not preceded by a backslash.
fn unescaped(md: &str, pattern: &str) -> usize {
    md.match_indices(pattern)
        .filter(|(i, _)| !md[..*i].ends_with('\\'))
        .count()
}

#[test]
fn the_hostile_brief_renders_without_panicking_or_raw_html() {
    let md = markdown(&fixture::hostile());
    for tag in ["<script", "<img", "<svg"] {
        assert_eq!(unescaped(&md, tag), 0, "{tag} in {md}");
    }
    assert!(!md.contains('\u{0}'));
    // Each line of the sources list is one list item: no payload broke it.
    let sources: Vec<&str> = md
        .split("## Sources\n\n")
        .nth(1)
        .and_then(|s| s.split("\n\n").next())
        .expect("sources")
        .lines()
        .collect();
    assert_eq!(sources.len(), 2);
}

#[test]
fn an_empty_brief_is_just_a_title() {
    let mut brief = fixture::brief();
    brief.title.clear();
    brief.articles.clear();
    brief.summary.clear();
    brief.figures.clear();
    brief.quotes.clear();
    brief.entities.clear();
    brief.timeline.clear();
    brief.warnings.clear();
    assert_eq!(markdown(&brief), "# Untitled story\n");
}

#[test]
fn contested_figures_come_first() {
    let mut brief = fixture::brief();
    brief.figures.reverse();
    let md = markdown(&brief);
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).skip(1).collect();
    assert!(rows[0].starts_with("| people evacuated |"), "{}", rows[0]);
    assert!(
        rows[1].starts_with("| share of the town flooded"),
        "{}",
        rows[1]
    );
    // Singles keep the brief's (here reversed) order.
    assert!(rows[2].starts_with("| sandbags laid |"), "{}", rows[2]);
}
