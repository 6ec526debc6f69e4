//! Tests of the plain-text and Markdown reader: one per boilerplate kind,
//! metadata lines, outlet self-references, paragraphs, and properties over
//! arbitrary input.

use proptest::prelude::*;

use super::*;

fn doc(raw: &str) -> Document {
    document("story.txt", raw)
}

#[test]
fn first_line_is_title_and_paragraphs_are_separated_by_blank_lines() {
    let d = doc("  A  headline\n\nFirst   paragraph.\nSecond paragraph.\n\n\nThird.\n\n\n");
    assert_eq!(d.title.as_deref(), Some("A headline"));
    assert_eq!(d.text, "First paragraph.\n\nSecond paragraph.\n\nThird.");
}

#[test]
fn hard_wrapped_text_joins_lines_of_a_block() {
    let raw = "Title\n\nThe first paragraph is wrapped\nat a short width by the\nwriter's editor.\n\nThe second one is\nwrapped too, over\nthree lines.\n";
    let d = doc(raw);
    assert_eq!(
        d.text,
        "The first paragraph is wrapped at a short width by the writer's editor.\n\nThe second one is wrapped too, over three lines."
    );
}

#[test]
fn comment_section_tail_is_cut() {
    let raw = "Title\n\nBody one.\n\nBody two.\n\nBody three.\n\nJoin the conversation\n\nAuthors, please log in »\n\n  • All comments are reviewed by a moderator. Do not submit your comment more than once or it may be identified as spam.\n  • Please treat others with respect. Comments containing hate speech, obscenity, and personal attacks will not be approved.\n";
    let d = doc(raw);
    assert_eq!(d.text, "Body one.\n\nBody two.\n\nBody three.");
}

#[test]
fn join_the_discussion_at_the_end_goes() {
    let d = doc("Title\n\nBody one.\n\nBody two.\n\n \nJoin the discussion...");
    assert_eq!(d.text, "Body one.\n\nBody two.");
}

#[test]
fn moderation_lines_go_even_without_a_tail_marker() {
    let d = doc("Title\n\nBody.\n\nAll comments are reviewed by a moderator.\n\nMore body.");
    assert_eq!(d.text, "Body.\n\nMore body.");
}

#[test]
fn prose_that_mentions_the_conversation_stays() {
    let line = "The minister urged citizens to join the conversation about the future of the city at public meetings this week.";
    let d = doc(&format!("Title\n\n{line}\n\nMore text."));
    assert_eq!(d.text, format!("{line}\n\nMore text."));
}

#[test]
fn word_processor_residue_goes() {
    let d = doc("Title\n [bookmark: _GoBack]Amid gunfire, troops advanced.\n");
    assert_eq!(d.title.as_deref(), Some("Title"));
    assert_eq!(d.text, "Amid gunfire, troops advanced.");
}

#[test]
fn header_line_gives_outlet_and_address_and_title_follows() {
    let d =
        doc("- The Daily Record - https://dailyrecord.example.org -\n\nThe Real Headline\n\nBody.");
    assert_eq!(d.source.as_deref(), Some("The Daily Record"));
    assert_eq!(d.url.as_deref(), Some("https://dailyrecord.example.org"));
    assert_eq!(d.title.as_deref(), Some("The Real Headline"));
    assert_eq!(d.text, "Body.");
}

#[test]
fn bare_address_header_gives_the_domain_as_outlet() {
    let d = doc("https://www.example.org/news/1\n\nHeadline\n\nBody.");
    assert_eq!(d.url.as_deref(), Some("https://www.example.org/news/1"));
    assert_eq!(d.source.as_deref(), Some("example.org"));
    assert_eq!(d.title.as_deref(), Some("Headline"));
}

#[test]
fn lone_section_labels_go() {
    for label in [
        "Latest",
        "Advertisement",
        "Related",
        "Share this:",
        "Read more »",
        "ADVERTISEMENT",
    ] {
        let d = doc(&format!("Headline\n\n{label}\n\nBody one.\n\nBody two."));
        assert_eq!(d.text, "Body one.\n\nBody two.", "label {label:?}");
    }
}

#[test]
fn a_label_word_inside_prose_stays() {
    let d = doc("Headline\n\nThe latest figures were released.\n\nRelated talks failed.");
    assert_eq!(
        d.text,
        "The latest figures were released.\n\nRelated talks failed."
    );
}

#[test]
fn bullet_residue_goes_but_item_text_stays() {
    let d = doc("Headline\n\n•\n\n• First point made.\n- Second point made.\n*\n");
    assert_eq!(d.text, "First point made.\n\nSecond point made.");
}

#[test]
fn markdown_heading_marks_emphasis_and_links_are_stripped() {
    let raw = "# The Headline\n\n## A section\n\nSome **bold** and *em* text with [a link](https://x.example/a) and ![img](p.png).\n\n2*3*4 stays, snake_case_name stays.";
    let d = document("story.md", raw);
    assert_eq!(d.title.as_deref(), Some("The Headline"));
    assert_eq!(
        d.text,
        "A section\n\nSome bold and em text with a link and .\n\n2*3*4 stays, snake_case_name stays."
    );
}

#[test]
fn plain_text_keeps_asterisks() {
    let d = doc("Headline\n\nA *rare* mark.");
    assert_eq!(d.text, "A *rare* mark.");
}

#[test]
fn metadata_lines_under_the_title_are_read() {
    let raw = "Headline\nBy Jane Q. Doe\nPublished: December 13, 2016\n\nBody text.";
    let d = doc(raw);
    assert_eq!(d.author.as_deref(), Some("Jane Q. Doe"));
    assert_eq!(d.published, Some(jiff::civil::date(2016, 12, 13)));
    assert_eq!(d.text, "Body text.");
}

#[test]
fn a_date_in_prose_is_not_a_publication_date() {
    let d = doc("Headline\n\nOn December 13, 2016 the city fell.");
    assert_eq!(d.published, None);
    let d = doc("Headline\n\nUpdated: December 14, 2016\n\nBody.");
    assert_eq!(d.published, None);
    assert_eq!(d.text, "Body.");
}

#[test]
fn outlet_from_told_the_x_repeated() {
    let raw = "Headline\n\n“It is bad,” Smith told The Morning Ledger.\n\n“It is worse,” Jones told The Morning Ledger.";
    assert_eq!(doc(raw).source.as_deref(), Some("The Morning Ledger"));
}

#[test]
fn one_told_is_not_enough() {
    let raw = "Headline\n\nA witness told Radio Example that it was bad.";
    assert_eq!(doc(raw).source, None);
}

#[test]
fn outlet_from_could_not_confirm() {
    let raw = "Headline\n\nReports suggest atrocities. The Evening Post could not independently confirm these figures.";
    assert_eq!(doc(raw).source.as_deref(), Some("The Evening Post"));
}

#[test]
fn a_third_party_able_to_do_something_is_not_the_outlet() {
    let raw = "Headline\n\nThe Northern Army was able to retake the town.";
    assert_eq!(doc(raw).source, None);
}

#[test]
fn outlet_and_author_from_a_bio_line() {
    let raw = "Headline\n\nBody.\n\nMaria Lopez is a student journalist with The River Courier";
    let d = doc(raw);
    assert_eq!(d.source.as_deref(), Some("The River Courier"));
    assert_eq!(d.author.as_deref(), Some("Maria Lopez"));
}

#[test]
fn outlet_from_sent_to_and_contributor() {
    let raw = "Headline\n\nPhoto sent by a resident to World Wire.\n\nAuthor and World Wire contributor Sam Lee wrote:";
    assert_eq!(doc(raw).source.as_deref(), Some("World Wire"));
}

#[test]
fn empty_and_title_only_inputs() {
    let d = doc("\n\n   \n");
    assert_eq!(d.title, None);
    assert_eq!(d.text, "");
    let d = doc("Only a title");
    assert_eq!(d.title.as_deref(), Some("Only a title"));
    assert_eq!(d.text, "");
}

#[test]
fn crlf_and_odd_whitespace_are_normalised() {
    let d = doc("Title\r\n\r\nA\u{a0}\u{a0}b\tc\u{200b}d.\r\n");
    assert_eq!(d.text, "A b cd.");
}

#[test]
fn arabic_and_quotes_are_kept() {
    let line = "قال الشاهد: “إنها مجزرة”";
    let d = doc(&format!("Title\n\n{line}"));
    assert_eq!(d.text, line);
}

#[test]
fn big_input_is_linear() {
    let para = "The council met on Tuesday and said 12 people were hurt, officials told The Town Crier.\n\n";
    let raw = format!("Headline\n\n{}", para.repeat(5_000_000 / para.len()));
    let start = std::time::Instant::now();
    let d = doc(&raw);
    // Generous bound for a debug build on a shared machine; quadratic
    // behaviour on 5 MB would take minutes.
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    assert!(d.text.len() > 4_000_000);
    assert_eq!(d.source.as_deref(), Some("The Town Crier"));
}

proptest! {
    #[test]
    fn never_panics_and_text_is_clean(raw in "\\PC{0,400}") {
        let d = doc(&raw);
        prop_assert!(!d.text.starts_with(char::is_whitespace));
        prop_assert!(!d.text.ends_with(char::is_whitespace));
        prop_assert!(!d.text.contains("\n\n\n"));
        for line in d.text.split('\n') {
            prop_assert!(!line.contains("  "));
        }
    }

    #[test]
    fn cleaning_the_body_again_changes_nothing(
        paras in proptest::collection::vec("[A-Za-z][A-Za-z ,.]{0,60}", 0..8)
    ) {
        let body = paras.join("\n\n");
        let once = clean_body(&body);
        prop_assert_eq!(clean_body(&once), once.clone());
    }

    #[test]
    fn any_lines_with_markdown_never_panic(raw in "[#*_\\[\\]()!a-z \n-]{0,300}") {
        let d = document("x.md", &raw);
        prop_assert!(!d.text.ends_with('\n'));
    }
}

#[test]
fn outlet_names_stop_at_a_sentence_end() {
    let raw = "Headline\n\nFour died on al-Nour Street. The Evening Post could not confirm the toll. One man told The Evening Post. The mayor left.";
    assert_eq!(doc(raw).source.as_deref(), Some("The Evening Post"));
}

#[test]
fn teaser_and_widget_lines_go() {
    for line in [
        "Read more: Markets rally as rates fall",
        "[Related: The ten best phones of the year]",
        "Image 3 of 12",
        "This slideshow requires JavaScript.",
        "Click here to get the app",
        "Tell us what you think...",
        "Posted on March 3, 2019 by admin",
        "First published: Tuesday, November 19, 2019 9:00 AM",
        "More great science stories",
    ] {
        let d = doc(&format!("Headline\n\nBody one.\n\n{line}\n\nBody two."));
        assert_eq!(d.text, "Body one.\n\nBody two.", "line {line:?}");
    }
}

#[test]
fn prose_starting_like_a_widget_stays() {
    let line = "Published in 2019, the report found that 40% of rivers were polluted, and officials promised to act.";
    let d = doc(&format!("Headline\n\n{line}"));
    assert_eq!(d.text, line);
}

#[test]
fn short_one_line_paragraphs_are_not_joined() {
    let raw = "Title\nThe army advanced at dawn.\nResidents fled north.\nShelling went on all day.\nAid groups asked for a truce.\n";
    let d = doc(raw);
    assert_eq!(
        d.text,
        "The army advanced at dawn.\n\nResidents fled north.\n\nShelling went on all day.\n\nAid groups asked for a truce."
    );
}

#[test]
fn a_long_first_line_is_prose_not_a_title() {
    let para = "The army advanced at dawn and residents fled north. ".repeat(8);
    let d = doc(&format!("{para}\n\nSecond paragraph."));
    assert_eq!(d.title, None);
    assert!(d.text.starts_with("The army advanced at dawn"));
    assert!(d.text.ends_with("\n\nSecond paragraph."));
}

#[test]
fn separator_lines_go() {
    let d = doc("Headline\n\nPart one.\n\n* * *\n\n---\n\n• • •\n\nPart two.");
    assert_eq!(d.text, "Part one.\n\nPart two.");
}

#[test]
fn source_label_header_with_address_in_brackets() {
    let d =
        doc("Source: The Harbour Times (https://harbour.example.net/story/1)\n\nHeadline\n\nBody.");
    assert_eq!(d.source.as_deref(), Some("The Harbour Times"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://harbour.example.net/story/1")
    );
    assert_eq!(d.title.as_deref(), Some("Headline"));
}
