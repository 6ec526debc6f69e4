//! Tests of quote extraction on inline snippets and the example story.

use corroborate_model::{Article, ArticleId, QuoteInstance};

use super::quotes;

fn article(text: &str) -> Article {
    Article {
        id: ArticleId(0),
        path: "t.txt".into(),
        source: "t".into(),
        title: String::new(),
        url: None,
        author: None,
        published: None,
        published_inferred: false,
        text: text.to_string(),
        words: 0,
        sentences: Vec::new(),
    }
}

fn run(text: &str) -> Vec<QuoteInstance> {
    quotes(&article(text), &[])
}

#[test]
fn straight_quote_with_speaker_after() {
    let q = run("\"We will win,\" Jane Doe said on Monday.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will win,");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

fn example(name: &str) -> String {
    let path = format!(
        "{}/../../examples/east-aleppo-2016/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("example story")
}

fn find<'a>(q: &'a [QuoteInstance], starts: &str) -> &'a QuoteInstance {
    q.iter()
        .find(|x| x.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?}"))
}

#[test]
fn curly_quotes_with_nested_single_quotes_and_continuation() {
    let text = "“He told me ‘never again’ and left,” said Maria Lopez. “We waited.”";
    let q = run(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].text, "He told me ‘never again’ and left,");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[1].text, "We waited.");
    assert_eq!(q[1].speaker_name.as_deref(), Some("Maria Lopez"));
    // Spans index the text.
    assert_eq!(&text[q[0].start..q[0].end], q[0].text);
}

#[test]
fn multi_paragraph_quotes_are_one_instance() {
    // The convention: the continuing paragraph opens again, the first one
    // does not close.
    let text = "Ana Ruiz said: “The first part of it.\n\n“The second part of it.”\n\nNext.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.starts_with("The first part") && q[0].text.ends_with("second part of it."));
    // The continuing paragraph lacks the opening mark.
    let text = "Ana Ruiz said: “The first part of it.\n\nThe second part of it.” Then she left.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.ends_with("second part of it."));
    assert_eq!(q[0].speaker_name.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn quote_left_open_ends_with_its_paragraph() {
    let text = "Omar Said wrote: “We are still here and we will stay\n\nThe town was quiet.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We are still here and we will stay");
    assert_eq!(q[0].cue.as_deref(), Some("wrote"));
}

#[test]
fn scare_quotes_and_titles_are_not_quotes_but_partial_quotes_with_cue_are() {
    let text = "Rebels called for “jihad” and a so-called “General Alarm”. \
                Peter Smith urged the city to show “a little grace” in victory.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "a little grace");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Peter Smith"));
}

#[test]
fn according_to_and_descriptions_and_roles() {
    let q = run("“The joy of the people is one,” declares a driver in military fatigues.");
    assert_eq!(
        q[0].speaker_name.as_deref(),
        Some("a driver in military fatigues")
    );
    assert_eq!(q[0].cue.as_deref(), Some("declares"));
    let q = run("“Prices will rise again next year,” according to Maria Gonzalez.");
    assert_eq!(q[0].cue.as_deref(), Some("according to"));
    assert_eq!(q[0].speaker_name.as_deref(), Some("Maria Gonzalez"));
    let q = run(
        "Tom Baker, a spokesman for the army, spoke. \"We hold the line,\" the spokesman said.",
    );
    assert_eq!(q[0].speaker_name.as_deref(), Some("Tom Baker"));
}

#[test]
fn appositions_and_titles_are_stripped_from_names() {
    let q = run("“It is a blow,” Renad Mansour, a fellow at a think tank, told reporters.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Renad Mansour"));
    assert_eq!(q[0].cue.as_deref(), Some("told"));
    let q = run("“I cannot describe it,” Dr. Khaula Sawah, CEO of a relief group, said.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Khaula Sawah"));
}

#[test]
fn pronouns_and_short_forms_resolve_to_the_named_person() {
    let text = "East Aleppo dentist Salim Abu al-Nassar fled to the al-Ansari neighborhood.\n\n\
                “We have over 80,000 human beings here,” he reports.\n\n\
                “This may be my last call,” al-Nassar says.";
    let q = run(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker_span.map(|s| s.slice(text)), Some("he"));
    assert_eq!(q[0].speaker_name.as_deref(), Some("Salim Abu al-Nassar"));
    assert_eq!(q[1].speaker_name.as_deref(), Some("Salim Abu al-Nassar"));
}

#[test]
fn colon_block_quotes_in_any_script() {
    let text = "Karim Haddad was asked about the siege.\n\nHe said:\n\n\
                أنا بخير حتى الآن\n\nI am fine so far. We keep going.\n\nThe town fell a day later.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.starts_with("أنا") && q[0].text.ends_with("We keep going."));
    assert_eq!(q[0].speaker_name.as_deref(), Some("Karim Haddad"));
}

#[test]
fn transcripts_take_their_speakers_from_initials() {
    let text = "The Daily Planet reached Lois Lane. The conversation:\n\n\
                TDP: “Are you safe?”\n\nLL: “Not for long.”";
    let q = run(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].text, "Are you safe?");
    assert_eq!(q[0].speaker_name.as_deref(), Some("The Daily Planet"));
    assert_eq!(q[1].speaker_name.as_deref(), Some("Lois Lane"));
}

#[test]
fn attribution_in_the_next_paragraph() {
    let text = "“Whoever saves a person, it is as if he has saved all mankind.”\n\n\
                So did Obama tell an audience in Cairo.";
    let q = run(text);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Obama"));
    assert_eq!(q[0].cue.as_deref(), Some("tell"));
}

#[test]
fn example_story_quotes_and_speakers() {
    let daily_beast = example("001_59871baaf38b8acc");
    let q = run(&daily_beast);
    assert_eq!(
        find(&q, "I hope you’re safe").speaker_name.as_deref(),
        Some("The Daily Beast")
    );
    assert_eq!(
        find(&q, "I don’t think I will be").speaker_name.as_deref(),
        Some("Abdulkafi Al-Hamdo")
    );
    assert_eq!(
        find(&q, "To everyone who can hear me")
            .speaker_name
            .as_deref(),
        Some("Lina al-Shamy")
    );
    // The open quote continues into the next paragraph, which closes it.
    assert!(find(&q, "To everyone who can hear me")
        .text
        .ends_with("save humanity."));
    assert_eq!(
        find(&q, "a little grace").speaker_name.as_deref(),
        Some("John Kerry")
    );
    assert!(!q.iter().any(|x| x.text == "peaceful" || x.text == "jihad"));

    let media_line = example("002_792fa98b3f586fcb");
    let q = run(&media_line);
    assert_eq!(
        find(&q, "In terms of symbolism").speaker_name.as_deref(),
        Some("Renad Mansour")
    );
    assert_eq!(
        find(&q, "The Syrian tragedy").speaker_name.as_deref(),
        Some("Renad Mansour")
    );
    assert_eq!(
        find(&q, "I cannot describe").speaker_name.as_deref(),
        Some("Khaula Sawah")
    );
    assert_eq!(
        find(&q, "The battle in East Aleppo")
            .speaker_name
            .as_deref(),
        Some("Zaid al-Saleh")
    );

    let global_voices = example("003_7d226b6bb6013d46");
    let q = run(&global_voices);
    assert_eq!(
        find(&q, "utterly failed").speaker_name.as_deref(),
        Some("Jan Egeland")
    );
    assert!(!q.iter().any(|x| x.text.starts_with("The End is Near")));
    let block = q
        .iter()
        .find(|x| x.speaker_name.as_deref() == Some("Abdelrazzak Zakzouk"));
    assert!(block.is_some_and(|b| b.text.contains("I live in the Eastern Ansari")));

    let atlantic = example("004_7268502e5bc210fd");
    let q = run(&atlantic);
    assert!(!q.iter().any(|x| x.text.starts_with("the victory")));
    assert_eq!(
        find(&q, "The battle in east Aleppo")
            .speaker_name
            .as_deref(),
        Some("Zaid al-Saleh")
    );
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\"",
        "“",
        "”",
        "“”",
        "\"a\" \"",
        "é“é”é",
        ":\n\n",
        "A:\nB:",
        "TDB: “x\nAA:",
    ] {
        let q = run(text);
        for x in q {
            assert!(
                x.start <= x.end && text.is_char_boundary(x.start) && text.is_char_boundary(x.end)
            );
        }
    }
}

#[test]
fn name_labels_dashes_and_inverted_cues() {
    let q = run("Jeb Bush and Hillary Clinton reject the term. Clinton: “Our goal is not to contain it but to defeat it.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Hillary Clinton"));
    assert_eq!(q[0].cue, None);
    let q = run("“He is ignorant of our culture and lives.” ― Pamela Padilla");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Pamela Padilla"));
    let q = run("Experts doubt it. Said Ellis: “I don’t get the sense she is interested at all.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Ellis"));
    let q = run("“Many would consider that an embarrassment” if she lost, said David Wasserman, an analyst.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("David Wasserman"));
    let q = run("“It was all lies,” said one owner of a shop who declined to be named.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("one owner of a shop"));
}

#[test]
fn titles_of_works_are_not_quotes() {
    let q = run(
        "Pence said on CNN’s “State of the Union” that he agreed. Ryan spoke on “Face the Nation.”",
    );
    assert!(q.is_empty(), "{q:?}");
    // A partial quote naming something is still a quote when said of it.
    let q = run("Trump called the pageant winner “Miss Piggy” in 1996.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Trump"));
}

#[test]
fn party_labels_and_parentheses_do_not_hide_the_speaker() {
    let q = run("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Mitch McConnell"));
    let q = run("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Gwen Moore"));
    let q = run("“It's all about creating some enthusiasm around this race,” Mr. King added.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("King"));
}

#[test]
fn subject_of_a_non_speech_verb_is_a_guessed_speaker() {
    let q = run("Mary Moore thanked him for “stepping up and taking action when Congress won’t.”");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Mary Moore"));
    // A guess carries no cue.
    assert_eq!(q[0].cue, None);
}

#[test]
fn quote_opening_a_paragraph_takes_the_previous_subject() {
    let q = run("Richard Viguerie is upbeat about the race.\n\n“Not only can he win in November, he is the one with the best chance.”");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Richard Viguerie"));
}

#[test]
fn a_guess_does_not_keep_a_short_scare_quote() {
    // Four words, no cue: a guessed subject must not turn it into a quote.
    let q = run("Jane Doe backed a “very big tax cut” on Monday.");
    assert!(q.is_empty());
}

#[test]
fn she_skips_a_nearer_man() {
    let q = run("The senator, Hillary Rodham, spoke first. Then Donald Smith spoke.\n\n“We will keep working together on this plan,” she said.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Hillary Rodham"));
}

#[test]
fn pronoun_cue_of_the_next_sentence_is_not_taken() {
    let q = run("John Brafman said, “The zeal with which this case was brought is uncharacteristic.” He added, “In this case things happened that are not ordinary.”");
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker_name.as_deref(), Some("John Brafman"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
    assert_eq!(q[1].cue.as_deref(), Some("added"));
}

#[test]
fn pronoun_opening_the_subject_beats_a_later_object_name() {
    let text = "Tom Reed spoke on Monday.\n\nHe says he respects Jane Doe and calls her “an extremely intelligent woman with a wonderful resume.”";
    let q = run(text);
    assert_eq!(q.len(), 1);
    let span = q[0].speaker_span.expect("a speaker span");
    assert_eq!(text.get(span.start..span.end), Some("He"));
    assert_ne!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
}

#[test]
fn name_after_comma_and_cue_following_the_quote() {
    let q = run("Jane Doe “drew quite well from white, working-class Democrats” in the 2008 primary, said professor Paul Beck.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Paul Beck"));
}

#[test]
fn pronoun_resolves_to_the_subject_of_its_sentence() {
    let q = run("Donald Smith, alleging that Barack Jones wanted more, said he would deport refugees, who he speculates are “mostly young men from abroad.”");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Donald Smith"));
}

#[test]
fn description_after_a_dash_is_no_signature() {
    let q = run("Tom Reed said he would accept an interview with the “anchor (not) baby today” — a play on words with the phrase.");
    assert_eq!(q.len(), 1);
    assert_ne!(
        q[0].speaker_name.as_deref(),
        Some("a play on words with the phrase")
    );
}

#[test]
fn name_after_an_earlier_quote_is_the_subject() {
    let q = run("Yet Donald Smith is also a “change agent,” Tom Cole said. “That is exactly what people want right now.”");
    let last = q.last().expect("a quote");
    assert_eq!(last.text, "That is exactly what people want right now.");
    assert_eq!(last.speaker_name.as_deref(), Some("Tom Cole"));
}

#[test]
fn a_run_of_quoted_paragraphs_continues_a_guess() {
    let q = run("A title\n\nDonald Smith is upbeat about the race.\n\n“We have to do something and it is the only way.”\n\n“We have to be a lot tougher than we are now.”");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Donald Smith"), "{q:?}");
    assert_eq!(q[1].speaker_name.as_deref(), Some("Donald Smith"));
}

#[test]
fn a_name_before_an_irregular_verb_heads_its_clause() {
    // "Trump went" is a clause, not a name modifying a noun; the place
    // in the adjunct before it speaks for no one.
    let q = run("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Trump"));
    assert_eq!(q[0].cue.as_deref(), Some("calling"));
}

#[test]
fn participle_cues_take_the_name_before_them_or_the_main_subject() {
    let q = run("Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("John McCain"));
    // After a comma: the subject opening the main clause, not the last
    // name before the participle.
    let q = run("Bernie Sanders visited the studio to discuss his rival, Hillary Clinton, saying “on her worst day” she would be better.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Bernie Sanders"));
    // A cue in the last clause is read as usual.
    let q = run(
        "They will meet next week, Sean Spicer said, adding, “They need to sit down and talk.”",
    );
    assert_eq!(q[0].speaker_name.as_deref(), Some("Sean Spicer"));
}

#[test]
fn capitalised_common_words_are_no_names() {
    // "Officials" opens the sentence and is written in lower case
    // elsewhere: a description, not a name; "repeatedly" describes no one.
    let q = run("The officials met on Monday. Officials said the plan “will not be changed before the vote,” and left.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Officials"));
    assert_eq!(q[0].speaker_kind, None);
    let q = run("Asked about it, Jane Doe said, “You tell me,” repeatedly, before responding.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
}

#[test]
fn subject_and_cue_closing_the_clause_after_a_quote() {
    // The quote runs into the writer's clause; ", he said." closes it.
    let q = run("“Many would see that as a loss,” said David Wasserman, an analyst at the Cook Political Report. “And yet it would seal the deal” because she would widen her lead, he said.");
    assert_eq!(q.len(), 2);
    let second = &q[1];
    assert_eq!(second.cue.as_deref(), Some("said"));
    let span = second.speaker_span.expect("speaker span");
    assert_eq!(&second.text[..3], "And");
    assert_eq!(
        span.slice("“Many would see that as a loss,” said David Wasserman, an analyst at the Cook Political Report. “And yet it would seal the deal” because she would widen her lead, he said."),
        "he"
    );
    // "he" is the analyst, not the publication named last.
    assert_eq!(second.speaker_name.as_deref(), Some("David Wasserman"));
}

#[test]
fn more_cue_verbs_and_pointed_out() {
    let q = run("As analyst David Byler pointed out in December, “the delegates will have multiple opportunities to change it.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("David Byler"));
    assert_eq!(q[0].cue.as_deref(), Some("pointed"));
    let q =
        run("“That would have been a demonstration of good faith,” Pat Toomey fumed on Tuesday.");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Pat Toomey"));
    // "point" without "out" is no cue.
    let q =
        run("Jane Doe made a point about “the very big tax cut and the deficit it leaves behind.”");
    assert_ne!(q.first().and_then(|x| x.cue.as_deref()), Some("point"));
}

#[test]
fn descriptions_end_before_their_verb_and_only_role_nouns_resolve() {
    let q = run("A letter from the veterans group obtained by reporters warns that “any further communication will be through our attorney.”");
    assert_eq!(
        q[0].speaker_name.as_deref(),
        Some("A letter from the veterans group")
    );
    // "the email" stands for no one named near an earlier "email".
    let q = run("Maria Lopez sent an email on Monday. The email goes on to say, “We have to be ready to stop him before the vote.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("The email"));
    // "the spokesman" does stand for the spokesman named before.
    let q = run("Tom Baker, a spokesman for the army, spoke. The spokesman later added, “We hold the line.”");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_pronoun_continues_the_subject_opening_an_earlier_sentence() {
    // "She" is Lynch, who opens the paragraph, not the governor named last.
    let q = run("Loretta Lynch announced the lawsuit against the state and its governor, Pat McCrory, on Monday. She further announced, “We are seeking a court order against the law.”");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("Loretta Lynch"));
}

#[test]
fn measure_marks_after_digits_are_no_quote_marks() {
    // Minutes and seconds with straight marks: nothing is quoted.
    let text = "Ana Ruiz of Spain won the stage in a time of 5h 34' 28\".\n\n\
                Ana Ruiz kept her overall lead by 2' 23' over Eva Lind. The two extend \
                their lead on Mia Berg by 1' 37\", and more on the rest.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // Curly marks and prime characters likewise.
    let text = "The team won by 19' 36” and by 22' 10'.\n\n\
                Ana Ruiz won the final stage in a time of 3h 51' 03”. The riders left.";
    assert!(run(text).is_empty());
    let text = "He stands 6′2″ and she 5' 11\"; Ana Ruiz said nothing about it.";
    assert!(run(text).is_empty());
}

#[test]
fn measure_marks_inside_a_quote_do_not_close_it() {
    let q = run("\"He is 6' 2\" tall and fast,\" Jane Doe said.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "He is 6' 2\" tall and fast,");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
}

#[test]
fn quotes_ending_in_a_number_still_close() {
    let q = run("\"We will be carbon neutral by 2020,\" Jane Doe said.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will be carbon neutral by 2020,");
    assert_eq!(q[0].speaker_name.as_deref(), Some("Jane Doe"));
    // The mark glued to the year closes the quote (British punctuation).
    let q = run("Jane Doe said the plan \"will be ready by 2020\". Others disagreed.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "will be ready by 2020");
    let q = run("Jane Doe said: “Our target is 2030”. The board agreed.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "Our target is 2030");
}

#[test]
fn a_stray_closing_mark_opens_nothing() {
    // The quote opened in a paragraph that was cut; its closing mark must
    // not open a quote running into the next sentence.
    let text = "the end of it.\" Ana Ruiz then left the room and said \"We won.\"";
    let q = run(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "We won.");
}

#[test]
fn a_block_quote_speaker_is_no_clause() {
    let block = |intro: &str| {
        let text = format!(
            "The judge said the papers were long. {intro}\n\n\
             is it self-defense? is it an act of automatism? or was it all an accident?\n\n\
             The trial goes on."
        );
        let q = run(&text);
        assert_eq!(q.len(), 1, "{intro}: {q:?}");
        q[0].speaker_name.clone()
    };
    // A description that ran up to the colon loses the verb it swallowed.
    assert_eq!(block("The filing contends:").as_deref(), Some("The filing"));
    // A whole clause, or a possessive that lost its noun, is no speaker.
    assert_eq!(
        block("one section lists pistorius'defense case in full:"),
        None
    );
    assert_eq!(block("the state's written argument goes further:"), None);
    // Names and descriptions tied by a cue stay.
    assert_eq!(
        block("A driver in military fatigues told reporters:").as_deref(),
        Some("A driver in military fatigues")
    );
    assert_eq!(
        block("Jane Doe told reporters:").as_deref(),
        Some("Jane Doe")
    );
    // The same holds for a marked quote introduced by a colon.
    let q = run(
        "The judge said it was long. the filing contends: \"is it self-defense? \
                 or was it all an accident?\" The trial goes on.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker_name.as_deref(), Some("the filing"));
}

#[test]
fn a_cut_down_copy_takes_the_speaker_of_the_whole_quote() {
    let text = "The dry summer “will make the harvest late and smaller than last year”\n\n\
                Farmers are worried. “It will make the harvest late and smaller than last year,” \
                Ann Weber, a grower, said.";
    let q = run(text);
    let part = find(&q, "will make");
    assert_eq!(part.speaker_name.as_deref(), Some("Ann Weber"));
    let whole = find(&q, "It will make");
    assert_eq!(whole.speaker_name.as_deref(), Some("Ann Weber"));
}

#[test]
fn a_cut_down_copy_keeps_a_named_subject() {
    // A name before the part is its speaker, whatever the longer quote's.
    let text = "Tom Baker “will make the harvest late and smaller than last year”\n\n\
                “It will make the harvest late and smaller than last year,” Ann Weber said.";
    let q = run(text);
    let part = find(&q, "will make");
    assert_eq!(part.speaker_name.as_deref(), Some("Tom Baker"));
}
