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
