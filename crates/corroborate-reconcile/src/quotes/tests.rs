//! Tests of quote merging across articles.

use corroborate_model::{ArticleId, Entity, EntityKind, QuoteInstance};

use super::quotes;

fn inst(article: u32, start: usize, text: &str, speaker: Option<&str>) -> QuoteInstance {
    QuoteInstance {
        article: ArticleId(article),
        start,
        end: start + text.len(),
        speaker_span: None,
        cue: Some("said".into()),
        speaker_name: speaker.map(str::to_string),
        speaker_kind: speaker.map(|_| EntityKind::Person),
        text: text.to_string(),
    }
}

#[test]
fn lightly_edited_copies_are_one_quote() {
    let q = quotes(
        vec![
            inst(
                0,
                10,
                "The battle in east Aleppo should end quickly.",
                Some("Zaid al-Saleh"),
            ),
            inst(
                1,
                50,
                "The battle in East Aleppo should end quickly…",
                Some("Zaid al-Saleh"),
            ),
            inst(
                2,
                5,
                "the battle in [east] Aleppo should end very quickly",
                Some("al-Saleh"),
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].id, "q1");
    assert_eq!(q[0].instances.len(), 3);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Zaid al-Saleh"));
    assert!(q[0].same_words_as.is_empty());
}

#[test]
fn a_part_of_a_longer_quote_joins_it() {
    let long = "In terms of symbolism it is a huge blow to the Syrian opposition in their attempt to move on Damascus";
    let q = quotes(
        vec![
            inst(0, 0, long, Some("Renad Mansour")),
            inst(
                1,
                0,
                "a huge blow to the Syrian opposition in their attempt",
                Some("Mansour"),
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].instances.len(), 2);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Renad Mansour"));
}

#[test]
fn same_words_from_different_speakers_are_linked() {
    let words = "We will resist to preserve what remains of our dignity";
    let q = quotes(
        vec![
            inst(0, 0, words, Some("Bashar al-Hawi")),
            inst(1, 0, words, Some("Amin al-Halabi")),
        ],
        &[],
    );
    assert_eq!(q.len(), 2);
    // Ordered by speaker name.
    assert_eq!(q[0].speaker_name.as_deref(), Some("Amin al-Halabi"));
    assert_eq!(q[0].same_words_as, vec!["q2".to_string()]);
    assert_eq!(q[1].same_words_as, vec!["q1".to_string()]);
}

#[test]
fn different_quotes_stay_apart_and_unattributed_copies_join() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "This may be my last call",
                Some("Salim Abu al-Nassar"),
            ),
            inst(
                0,
                40,
                "We hope to live. We love life. I hope we can meet again.",
                Some("Salim Abu al-Nassar"),
            ),
            inst(
                1,
                0,
                "we hope to live, we love life, I hope we can meet again",
                None,
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.speaker_name.is_some()));
    let merged = q.iter().find(|x| x.instances.len() == 2).expect("merged");
    assert!(merged.text.starts_with("We hope to live"));
}

#[test]
fn speakers_link_to_entities_by_name_or_variant() {
    let entity = Entity {
        id: "e4".into(),
        kind: EntityKind::Person,
        name: "Lina al-Shamy".into(),
        variants: vec!["Lina Shamy".into(), "Lina al-Shami".into()],
        description: Vec::new(),
        mentions: Vec::new(),
    };
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "To everyone who can hear me, this may be my last video",
                Some("Lina Shamy"),
            ),
            inst(
                1,
                9,
                "To everyone who can hear me. This may be my last video.",
                Some("Lina al-Shamy"),
            ),
        ],
        &[entity],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("e4"));
    assert_eq!(q[0].speaker_name.as_deref(), Some("Lina al-Shamy"));
    // The text is the first instance's, in article order.
    assert_eq!(q[0].instances[0].article, ArticleId(0));
}

#[test]
fn short_identical_quotes_merge_but_short_different_ones_do_not() {
    let q = quotes(
        vec![
            inst(0, 0, "utterly failed", Some("Jan Egeland")),
            inst(1, 0, "utterly failed", Some("Jan Egeland")),
            inst(2, 0, "a little grace", Some("John Kerry")),
        ],
        &[],
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].instances.len(), 2);
    assert_eq!(q[1].speaker_name.as_deref(), Some("John Kerry"));
}

#[test]
fn editorial_brackets_do_not_split_a_quote() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "They (rebels) don’t have much time. They either have to surrender or die",
                Some("Zaid al-Saleh"),
            ),
            inst(
                1,
                0,
                "They [opposition fighters] don’t have much time. They either have to surrender or die.",
                Some("Zaid al-Saleh"),
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].instances.len(), 2);
}

#[test]
fn function_words_alone_do_not_make_quotes_the_same() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "I don’t think I will be tomorrow.",
                Some("Abdulkafi Al-Hamdo"),
            ),
            inst(
                0,
                90,
                "I think this will be my last video, because we don’t want to leave tomorrow",
                Some("Jouad al-Khateb"),
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.same_words_as.is_empty()));
}

fn person(id: &str, name: &str) -> Entity {
    Entity {
        id: id.into(),
        kind: EntityKind::Person,
        name: name.into(),
        variants: Vec::new(),
        description: Vec::new(),
        mentions: Vec::new(),
    }
}

#[test]
fn a_cut_down_copy_under_a_description_joins_the_whole_quote() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "is clearly a setback for the peace talks in the region",
                Some("The collapse of the ceasefire"),
            ),
            inst(
                0,
                300,
                "It is clearly a setback for the peace talks in the region.",
                Some("Maria Lopez"),
            ),
        ],
        &[person("e1", "Maria Lopez")],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[0].speaker.as_deref(), Some("e1"));
    assert_eq!(q[0].instances.len(), 2);
    // Shown once, in its whole wording; the first instance carries it.
    assert!(q[0].text.starts_with("It is clearly"));
    assert_eq!(q[0].instances[0].start, 300);
    assert!(q[0].same_words_as.is_empty());
}

#[test]
fn a_part_joins_the_whole_quote_of_another_article() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "We cannot rebuild the bridge before the river falls next spring",
                Some("Tom Baker"),
            ),
            inst(
                1,
                0,
                "rebuild the bridge before the river falls next spring",
                Some("The mayor's plan"),
            ),
        ],
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Tom Baker"));
    assert_eq!(q[0].instances.len(), 2);
    assert!(q[0].text.starts_with("We cannot"));
}

#[test]
fn a_part_prefers_the_whole_quote_of_its_own_article() {
    let whole = "The harvest will be late and smaller than last year";
    let q = quotes(
        vec![
            inst(0, 0, whole, Some("Ann Weber")),
            inst(
                1,
                0,
                "will be late and smaller than last year",
                Some("The dry summer"),
            ),
            inst(1, 200, whole, Some("Paul Weiss")),
        ],
        &[],
    );
    assert_eq!(q.len(), 2);
    let paul = q
        .iter()
        .find(|x| x.speaker_name.as_deref() == Some("Paul Weiss"))
        .expect("Paul Weiss");
    assert_eq!(paul.instances.len(), 2);
    assert!(q.iter().all(|x| x.same_words_as.len() == 1));
}

#[test]
fn a_part_credited_to_another_known_speaker_stays_linked() {
    let q = quotes(
        vec![
            inst(
                0,
                0,
                "Prices will keep rising until the new port opens next year",
                Some("Ann Weber"),
            ),
            inst(
                1,
                0,
                "will keep rising until the new port opens next year",
                Some("Paul Weiss"),
            ),
        ],
        &[person("e1", "Ann Weber"), person("e2", "Paul Weiss")],
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].same_words_as, vec!["q2".to_string()]);
}

#[test]
fn a_part_needs_enough_words_and_fewer_words_than_the_whole() {
    let ids = |n: u32| (1..=n).collect::<Vec<u32>>();
    assert!(super::is_part(&ids(4), &ids(6), 7, 10));
    // Three content words are too few to tell.
    assert!(!super::is_part(&ids(3), &ids(6), 5, 10));
    // The same words at the same length are a copy, not a part.
    assert!(!super::is_part(&ids(6), &ids(6), 10, 10));
    // Words out of order are no part.
    assert!(!super::is_part(&[2, 1, 3, 4], &ids(6), 7, 10));
}
