//! The small word-level vocabulary quote attribution needs: tokens with
//! their spans, speech cues, titles, and capitalised name runs.

use corroborate_model::Span;

/// `span` without surrounding whitespace.
pub(super) fn trim(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail >= slice.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// A word in lower case, kept on the stack when it is short ASCII (most
/// words): the vocabulary tests below run on every token and would
/// otherwise allocate a string each.
pub(super) struct Lower {
    buf: [u8; 24],
    len: usize,
    heap: Option<String>,
}

impl Lower {
    pub(super) fn as_str(&self) -> &str {
        match &self.heap {
            Some(s) => s,
            None => std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or(""),
        }
    }
}

/// `word.to_lowercase()`, without allocating for short ASCII words.
pub(super) fn lower(word: &str) -> Lower {
    let mut buf = [0u8; 24];
    if word.len() <= buf.len() && word.is_ascii() {
        for (d, s) in buf.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower {
            buf,
            len: word.len(),
            heap: None,
        }
    } else {
        Lower {
            buf,
            len: 0,
            heap: Some(word.to_lowercase()),
        }
    }
}

/// One token: a word, or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub(super) span: Span,
    /// Whether it is a word (holds a letter or digit).
    pub(super) word: bool,
}

impl Tok {
    pub(super) fn slice<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&')
}

/// Abbreviations whose full stop belongs to the word.
fn abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Dr" | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Maj"
            | "Adm"
            | "Brig"
            | "Rev"
            | "St"
            | "Jr"
            | "Sr"
            | "Cpl"
            | "Pres"
            | "Amb"
            | "Atty"
            | "Supt"
            | "Insp"
    ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

/// Tokens of `span`: words (letters, digits, inner hyphens, apostrophes and
/// dots, and the dot of a known abbreviation) and single punctuation marks.
pub(super) fn tokens(text: &str, span: Span) -> Vec<Tok> {
    let body = span.slice(text);
    // About one token per five bytes: room up front saves regrowing.
    let mut out = Vec::with_capacity(body.len() / 5 + 1);
    let mut iter = body.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = span.start + off;
        if !word_char(c) || c == '-' || c == '\'' || c == '’' {
            out.push(Tok {
                span: Span::new(start, start + c.len_utf8()),
                word: false,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(o, d)) = iter.peek() {
            let inner_dot = d == '.'
                && body
                    .get(o + 1..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_alphanumeric);
            if word_char(d) || inner_dot {
                end = span.start + o + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // Trailing apostrophes and hyphens are punctuation, not word.
        while let Some(last) = text.get(start..end).and_then(|w| w.chars().next_back()) {
            if matches!(last, '-' | '\'' | '’') && end - last.len_utf8() > start {
                end -= last.len_utf8();
            } else {
                break;
            }
        }
        let word = text.get(start..end).unwrap_or("");
        if abbreviation(word) && text.get(end..end + 1) == Some(".") {
            end += 1;
            iter.next();
        }
        out.push(Tok {
            span: Span::new(start, end),
            word: true,
        });
        // Anything skipped by the trailing trim is re-read as punctuation.
        while let Some(&(o, _)) = iter.peek() {
            if span.start + o < end {
                iter.next();
            } else {
                break;
            }
        }
        let mut pos = end;
        while pos < span.start + iter.peek().map_or(body.len(), |&(o, _)| o) {
            let Some(ch) = text.get(pos..).and_then(|s| s.chars().next()) else {
                break;
            };
            out.push(Tok {
                span: Span::new(pos, pos + ch.len_utf8()),
                word: false,
            });
            pos += ch.len_utf8();
        }
    }
    out
}

/// Speech and writing verbs that tie a quote to its speaker.
pub(super) fn is_cue(word: &str) -> bool {
    // "United States", "Said Smith": capitalised words are names here.
    // Sentence-initial inversions stay cues: "Said Ellis: “…”".
    let initial = matches!(
        word,
        "According" | "Said" | "Says" | "Added" | "Asked" | "Wrote"
    );
    if !word.starts_with(char::is_lowercase) && !initial {
        return false;
    }
    let lower = lower(word);
    let w = lower.as_str();
    matches!(
        w,
        "say"
            | "says"
            | "said"
            | "saying"
            | "tell"
            | "tells"
            | "told"
            | "telling"
            | "states"
            | "stated"
            | "stating"
            | "posts"
            | "posted"
            | "posting"
            | "write"
            | "writes"
            | "wrote"
            | "writing"
            | "written"
            | "add"
            | "adds"
            | "added"
            | "adding"
            | "declare"
            | "declares"
            | "declared"
            | "declaring"
            | "reports"
            | "reported"
            | "reporting"
            | "announce"
            | "announces"
            | "announced"
            | "announcing"
            | "explain"
            | "explains"
            | "explained"
            | "explaining"
            | "notes"
            | "noted"
            | "noting"
            | "insist"
            | "insists"
            | "insisted"
            | "insisting"
            | "claims"
            | "claimed"
            | "claiming"
            | "argue"
            | "argues"
            | "argued"
            | "arguing"
            | "warn"
            | "warns"
            | "warned"
            | "warning"
            | "ask"
            | "asks"
            | "asked"
            | "asking"
            | "reply"
            | "replies"
            | "replied"
            | "replying"
            | "respond"
            | "responds"
            | "responded"
            | "responding"
            | "recall"
            | "recalls"
            | "recalled"
            | "recalling"
            | "tweets"
            | "tweeted"
            | "tweeting"
            | "boast"
            | "boasts"
            | "boasted"
            | "boasting"
            | "admit"
            | "admits"
            | "admitted"
            | "admitting"
            | "acknowledge"
            | "acknowledges"
            | "acknowledged"
            | "acknowledging"
            | "commented"
            | "commenting"
            | "remarked"
            | "remarking"
            | "shouts"
            | "shouted"
            | "shouting"
            | "cries"
            | "cried"
            | "screams"
            | "screamed"
            | "urge"
            | "urges"
            | "urged"
            | "urging"
            | "invite"
            | "invites"
            | "invited"
            | "calls"
            | "called"
            | "calling"
            | "describe"
            | "describes"
            | "described"
            | "describing"
            | "conclude"
            | "concludes"
            | "concluded"
            | "predict"
            | "predicts"
            | "predicted"
            | "vows"
            | "vowed"
            | "vowing"
            | "promises"
            | "promised"
            | "promising"
            | "suggest"
            | "suggests"
            | "suggested"
            | "suggesting"
            | "testify"
            | "testifies"
            | "testified"
            | "confirm"
            | "confirms"
            | "confirmed"
            | "wonder"
            | "wonders"
            | "wondered"
            | "jokes"
            | "joked"
            | "quips"
            | "quipped"
            | "pledges"
            | "pledged"
            | "demands"
            | "demanded"
            | "pleads"
            | "pleaded"
            | "exclaim"
            | "exclaims"
            | "exclaimed"
            | "concede"
            | "concedes"
            | "conceded"
            | "assert"
            | "asserts"
            | "asserted"
            | "allege"
            | "alleges"
            | "alleged"
            | "mention"
            | "mentions"
            | "mentioned"
            | "emphasize"
            | "emphasized"
            | "emphasise"
            | "emphasised"
            | "stresses"
            | "stressed"
            | "recount"
            | "recounts"
            | "recounted"
            | "continue"
            | "continues"
            | "continued"
            | "read"
            | "reads"
            | "echoed"
            | "echoes"
            | "messaged"
            | "texted"
            | "chanted"
            | "chanting"
            | "maintain"
            | "maintains"
            | "maintained"
            | "countered"
            | "opine"
            | "opined"
            | "proclaim"
            | "proclaimed"
            | "reiterate"
            | "reiterated"
            | "complained"
            | "lamented"
            | "accord"
            | "answer"
            | "answers"
            | "answered"
            | "answering"
            | "retort"
            | "retorts"
            | "retorted"
            | "pressed"
            | "presses"
            | "assured"
            | "assures"
            | "estimated"
            | "estimates"
            | "speculated"
            | "speculates"
            | "observed"
            | "observes"
            | "snapped"
            | "interjected"
            | "agreed"
            | "agrees"
            | "cautioned"
            | "cautions"
            | "mused"
            | "confided"
            | "cited"
            | "cites"
            | "chimed"
            | "yelled"
            | "yells"
            | "whispered"
            | "sighed"
            | "laughed"
            | "thundered"
            | "quoted"
            | "quoting"
            | "accused"
            | "accuses"
            | "accusing"
            | "branded"
            | "brands"
            | "branding"
            | "condemned"
            | "condemns"
            | "condemning"
            | "denounced"
            | "denounces"
            | "denouncing"
            | "labeled"
            | "labelled"
            | "labels"
            | "labeling"
            | "labelling"
            | "dubbed"
            | "dubs"
            | "dubbing"
            | "slammed"
            | "slams"
            | "slamming"
            | "blasted"
            | "blasts"
            | "blasting"
            | "praised"
            | "praises"
            | "praising"
            | "hailed"
            | "hails"
            | "hailing"
            | "characterized"
            | "characterizes"
            | "characterizing"
            | "characterised"
            | "characterises"
            | "deemed"
            | "deems"
            | "attacked"
            | "attacking"
            | "touted"
            | "touts"
            | "touting"
            | "criticized"
            | "criticizes"
            | "criticizing"
            | "criticised"
            | "criticises"
            | "mocked"
            | "mocks"
            | "mocking"
            | "decried"
            | "decries"
            | "decrying"
            | "dismissed"
            | "dismisses"
            | "dismissing"
            | "derided"
            | "derides"
            | "deriding"
            | "welcomed"
            | "welcomes"
            | "applauded"
            | "applauds"
            | "confess"
            | "confesses"
            | "confessed"
            | "quip"
            | "exhorted"
            | "surmised"
            | "questioned"
            | "reacted"
            | "remembered"
            | "fumed"
            | "sings"
            | "sang"
            | "point"
            | "points"
            | "pointed"
            | "according"
    )
}

/// Bare verb forms that are too often nouns before a quote ("a report")
/// but are verbs after one ("…,” the Saudis state).
pub(super) fn is_cue_base(word: &str) -> bool {
    matches!(
        word,
        "state"
            | "report"
            | "note"
            | "claim"
            | "post"
            | "tweet"
            | "comment"
            | "remark"
            | "write"
            | "warn"
            | "argue"
            | "insist"
            | "explain"
            | "add"
            | "declare"
    )
}

/// Titles and ranks stripped from the front of a name.
pub(super) fn is_title(word: &str) -> bool {
    let lower = lower(word.trim_end_matches('.'));
    matches!(
        lower.as_str(),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "professor"
            | "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "senator"
            | "sen"
            | "rep"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "gov"
            | "governor"
            | "general"
            | "gen"
            | "lieutenant"
            | "lieutenant-general"
            | "major-general"
            | "brigadier-general"
            | "lt"
            | "colonel"
            | "col"
            | "major"
            | "maj"
            | "captain"
            | "capt"
            | "sergeant"
            | "sgt"
            | "admiral"
            | "adm"
            | "commander"
            | "chief"
            | "judge"
            | "justice"
            | "mayor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "pope"
            | "father"
            | "rev"
            | "reverend"
            | "ambassador"
            | "chancellor"
            | "chairman"
            | "chairwoman"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "sir"
            | "lord"
            | "lady"
            | "dame"
            | "imam"
            | "rabbi"
            | "bishop"
            | "cardinal"
            | "brig"
            | "brigadier"
            | "marshal"
            | "speaker"
            | "leader"
            | "deputy"
            | "attorney"
            | "commissioner"
            | "emir"
            | "sultan"
            | "ceo"
            | "candidate"
            | "nominee"
            | "sen."
            | "councilman"
            | "councilwoman"
            | "coach"
            | "officer"
            | "detective"
            | "inspector"
            | "superintendent"
            | "pastor"
            | "state"
    )
}

/// Capitalised words that start sentences or clauses but do not start names.
pub(super) fn is_stop_capital(word: &str) -> bool {
    // "That’s", "It's": a contraction of a stop word is a stop word.
    // "You’ve", "We’re", "I’m": contractions of pronouns too.
    let word = word.split_once(['’', '\'']).map_or(word, |(base, _)| base);
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Another"
            | "Some"
            | "One"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "As"
            | "For"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "Speaking"
            | "Writing"
            | "According"
            | "Meanwhile"
            | "However"
            | "Also"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "Its"
            | "My"
            | "Your"
            | "You"
            | "Yet"
            | "Then"
            | "Now"
            | "Still"
            | "Even"
            | "Why"
            | "What"
            | "Where"
            | "Who"
            | "How"
            | "Despite"
            | "Although"
            | "Though"
            | "With"
            | "From"
            | "By"
            | "Of"
            | "To"
            | "Did"
            | "Does"
            | "Do"
            | "Has"
            | "Have"
            | "Had"
            | "Is"
            | "Was"
            | "Are"
            | "Were"
            | "Will"
            | "Would"
            | "Could"
            | "Should"
            | "May"
            | "Might"
            | "Can"
            | "Asked"
            | "Told"
            | "Said"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Last"
            | "Next"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Earlier"
            | "Later"
            | "Here"
            | "There"
            | "Both"
            | "All"
            | "Many"
            | "Most"
            | "Several"
            | "Such"
            | "Every"
            | "Each"
            | "No"
            | "Not"
            | "Just"
            | "Only"
            | "Like"
            | "Since"
            | "Until"
            | "During"
            | "Under"
            | "Over"
            | "Among"
            | "Between"
            | "Unlike"
            | "Instead"
            | "Indeed"
            | "Perhaps"
            | "Maybe"
            | "Once"
            | "Whether"
            | "Because"
            | "Although,"
            | "Mostly"
            | "Currently"
            | "Recently"
            | "Again"
            | "Other"
            | "Others"
            | "Few"
            | "More"
            | "Much"
            | "Any"
            | "Either"
            | "Neither"
    )
}

/// Lower-case particles that may stand inside a name ("bin", "de", "al").
pub(super) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "dos"
            | "das"
            | "y"
            | "abu"
            | "ben"
    )
}

/// Whether the word can be part of a name: capitalised, or a lower-case
/// particle joined by a hyphen to a capitalised part ("al-Masri").
pub(super) fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        return word.chars().any(char::is_alphabetic);
    }
    if let Some((head, tail)) = word.split_once('-') {
        return is_name_particle(head) && tail.starts_with(char::is_uppercase);
    }
    false
}

/// Words that mark a name as an organisation.
pub(super) fn is_org_word(word: &str) -> bool {
    matches!(
        word,
        "Agency"
            | "Army"
            | "Council"
            | "Committee"
            | "Commission"
            | "Department"
            | "Ministry"
            | "Office"
            | "Organization"
            | "Organisation"
            | "Union"
            | "Party"
            | "Forces"
            | "Force"
            | "Defense"
            | "Defence"
            | "Group"
            | "Center"
            | "Centre"
            | "Institute"
            | "University"
            | "College"
            | "Foundation"
            | "Fund"
            | "Bank"
            | "Corporation"
            | "Corp"
            | "Inc"
            | "Ltd"
            | "Company"
            | "Association"
            | "Network"
            | "News"
            | "Times"
            | "Post"
            | "Journal"
            | "Herald"
            | "Tribune"
            | "Press"
            | "Watch"
            | "Directorate"
            | "Government"
            | "Administration"
            | "Campaign"
            | "Observatory"
            | "Brigade"
            | "Brigades"
            | "Legion"
            | "Front"
            | "Movement"
            | "Coalition"
            | "Alliance"
            | "Court"
            | "Police"
            | "Service"
            | "Services"
            | "Authority"
            | "Federation"
            | "League"
            | "Board"
            | "Bureau"
            | "Church"
            | "Hospital"
            | "School"
            | "Media"
            | "TV"
            | "Television"
            | "Radio"
            | "Channel"
            | "Nations"
            | "Assembly"
            | "Senate"
            | "Congress"
            | "House"
            | "Parliament"
            | "Cabinet"
            | "Command"
            | "Guard"
            | "Navy"
            | "Corps"
            | "Frontieres"
            | "Frontières"
            | "Borders"
            | "Cross"
            | "Crescent"
            | "Reuters"
            | "Associated"
            | "Club"
            | "Team"
            | "Institution"
            | "Program"
            | "Programme"
            | "Project"
            | "Initiative"
            | "Society"
            | "Trust"
            | "Review"
            | "Magazine"
            | "Daily"
            | "Gazette"
            | "Telegraph"
            | "Guardian"
            | "Mirror"
            | "Express"
            | "Monitor"
            | "Inquirer"
            | "Chronicle"
            | "Observer"
            | "Unit"
            | "Units"
            | "Secretariat"
            | "Republic"
            | "State"
            | "States"
            | "Democrats"
            | "Republicans"
            | "Facebook"
            | "Twitter"
            | "Report"
            | "Poll"
            | "Caucus"
            | "Conference"
            | "Research"
            | "Policy"
            | "Studies"
            | "Forum"
            | "Partnership"
            | "Lab"
            | "Labs"
    )
}

/// Prepositions: a name right after one is not the subject of its clause.
pub(super) fn is_preposition(word: &str) -> bool {
    matches!(
        lower(word).as_str(),
        "of" | "in"
            | "at"
            | "from"
            | "on"
            | "with"
            | "for"
            | "by"
            | "near"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "against"
            | "between"
            | "among"
            | "through"
            | "across"
            | "inside"
            | "outside"
            | "within"
            | "without"
            | "behind"
            | "toward"
            | "towards"
            | "via"
            | "per"
            | "like"
            | "than"
            | "during"
            | "after"
            | "before"
            | "since"
            | "around"
            | "throughout"
            | "upon"
    )
}

/// Determiners skipped when looking back for a preposition.
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        lower(word).as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
    )
}

/// Personal pronouns that may stand for a speaker.
pub(super) fn pronoun(word: &str) -> Option<Pronoun> {
    let lower = lower(word);
    let lower = lower.as_str();
    let base = lower
        .strip_suffix("’s")
        .or_else(|| lower.strip_suffix("'s"))
        .unwrap_or(lower);
    match base {
        "he" | "she" => Some(Pronoun::Person),
        "they" | "it" | "we" | "i" | "you" => Some(Pronoun::Other),
        _ => None,
    }
}

/// What a pronoun may stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pronoun {
    /// "he", "she": the nearest named person.
    Person,
    /// "they", "it", "we": left unresolved.
    Other,
}

/// Function words that may follow a name without making it a modifier of
/// the next word ("Smith said", "Smith and", "Smith who").
fn continues_clause(word: &str) -> bool {
    is_cue(word)
        || is_preposition(word)
        || matches!(
            lower(word).as_str(),
            "and"
                | "or"
                | "but"
                | "who"
                | "which"
                | "that"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "should"
                | "may"
                | "might"
                | "can"
                | "did"
                | "does"
                | "do"
                | "also"
                | "then"
                | "later"
                | "even"
                | "again"
                | "still"
                | "himself"
                | "herself"
                | "itself"
                | "been"
                | "be"
                | "not"
                | "never"
                | "just"
                | "only"
                | "to"
                | "as"
                | "when"
                | "while"
                | "whose"
                | "where"
                | "if"
                | "so"
                | "yet"
                | "because"
                | "since"
                | "once"
                | "first"
                | "last"
                | "recently"
                | "previously"
                | "earlier"
                | "now"
                | "too"
                | "already"
                | "s"
                | "himself,"
                | "meekly"
                | "quickly"
                | "publicly"
                | "privately"
                | "told"
                | "noting"
                | "explaining"
        )
        || word.ends_with("ly")
        || word.ends_with("ed")
        || is_common_verb(word)
}

/// Irregular past forms and common present forms that follow a subject:
/// "Trump went after Bush" is a clause, not "Trump" modifying a noun as in
/// "White House aide".
pub(super) fn is_common_verb(word: &str) -> bool {
    matches!(
        word,
        "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "got"
            | "held"
            | "met"
            | "ran"
            | "spoke"
            | "sent"
            | "left"
            | "began"
            | "brought"
            | "thought"
            | "felt"
            | "kept"
            | "found"
            | "won"
            | "lost"
            | "led"
            | "stood"
            | "sat"
            | "put"
            | "heard"
            | "saw"
            | "knew"
            | "became"
            | "paid"
            | "sought"
            | "fought"
            | "drew"
            | "threw"
            | "grew"
            | "rose"
            | "fell"
            | "bought"
            | "taught"
            | "caught"
            | "meant"
            | "built"
            | "spent"
            | "shook"
            | "struck"
            | "swore"
            | "chose"
            | "broke"
            | "drove"
            | "flew"
            | "forgot"
            | "understood"
            | "withdrew"
            | "upheld"
            | "sold"
            | "shot"
            | "goes"
            | "wants"
            | "wanted"
            | "thinks"
            | "believes"
            | "knows"
            | "seems"
            | "appears"
            | "makes"
            | "takes"
            | "gives"
            | "gets"
            | "keeps"
            | "hopes"
            | "feels"
            | "sees"
            | "needs"
            | "tries"
            | "doubts"
            | "expects"
            | "fears"
            | "intends"
            | "lobbies"
    )
}

/// A run of name words in a token list, titles and clause openers stripped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NameRun {
    /// Token index range, after stripping.
    pub(super) first: usize,
    pub(super) last: usize,
    /// The name's span.
    pub(super) span: Span,
    /// Whether a preposition governs it ("in Mosul", "of the UN").
    pub(super) in_phrase: bool,
    /// Whether a lower-case noun follows it ("US daily", "White House aide").
    pub(super) modifier: bool,
    /// Whether a determiner or quantifier precedes it ("One Syrian").
    pub(super) determined: bool,
    /// Whether a title was stripped from it ("President Obama").
    pub(super) titled: bool,
}

/// Every run of name words in `toks`.
pub(super) fn name_runs(text: &str, toks: &[Tok]) -> Vec<NameRun> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].word && is_name_word(toks[i].slice(text))) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && toks[j].word {
            let w = toks[j].slice(text);
            let particle_inside = is_name_particle(w)
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.word && is_name_word(t.slice(text)));
            if is_name_word(w) || particle_inside {
                j += 1;
            } else {
                break;
            }
        }
        // Strip clause openers and titles from the front.
        let mut first = i;
        let mut titled = false;
        while first < j {
            let w = toks[first].slice(text);
            // A title is stripped only when a name follows: "Mr. King" keeps
            // "King", "Gen. Zaid" drops "Gen.".
            if is_stop_capital(w) || (is_title(w) && first + 1 < j) {
                titled |= is_title(w);
                first += 1;
            } else {
                break;
            }
        }
        // Titles in the middle ("Army Lieutenant-General Zaid"): keep what
        // follows the last one.
        let last_title = (first..j.saturating_sub(1))
            .rev()
            .find(|&k| is_title(toks[k].slice(text)));
        if let Some(k) = last_title {
            first = k + 1;
            titled = true;
        }
        // A lone capitalised participle opens a sentence ("Boasting 108,000
        // residents"); it names no one.
        let participle = first + 1 == j
            && toks[first].slice(text).ends_with("ing")
            && toks[first].slice(text).len() >= 7
            && (first == 0 || !toks[first - 1].word)
            && !toks.get(j).is_some_and(|t| is_cue(t.slice(text)));
        if first < j && !participle {
            let last = j - 1;
            let mut p = i;
            while p > 0 && toks[p - 1].word && is_determiner(toks[p - 1].slice(text)) {
                p -= 1;
            }
            let mut in_phrase =
                p > 0 && toks[p - 1].word && is_preposition(toks[p - 1].slice(text));
            // "in Iraq and Libya": a name joined to a governed name is governed.
            if let Some(prev) = out.last() {
                let prev: &NameRun = prev;
                let joined =
                    p >= 2 && matches!(toks[p - 1].slice(text), "and" | "or") && prev.last + 2 == p;
                in_phrase |= joined && prev.in_phrase;
            }
            let determined = i > 0
                && toks[i - 1].word
                && matches!(
                    lower(toks[i - 1].slice(text)).as_str(),
                    "a" | "an" | "one" | "another" | "some" | "two" | "three" | "several"
                );
            let modifier = toks.get(j).is_some_and(|t| {
                let w = t.slice(text);
                t.word
                    && w.starts_with(|c: char| c.is_lowercase())
                    && !continues_clause(w)
                    && !is_name_particle(w)
            });
            out.push(NameRun {
                first,
                last,
                span: Span::new(toks[first].span.start, toks[last].span.end),
                in_phrase,
                modifier,
                determined,
                titled,
            });
        }
        i = j;
    }
    out
}

/// Whether the name looks like an organisation.
pub(super) fn looks_like_org(name: &str) -> bool {
    let parts: Vec<&str> = name.split_whitespace().collect();
    parts.iter().any(|w| is_org_word(w))
        || (parts.len() == 1
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
}

/// A name's words for comparing short and full forms: lower case, without
/// the "al-" style particles.
pub(super) fn name_key(word: &str) -> String {
    let lower = word.to_lowercase();
    for particle in ["al-", "el-", "al ", "el "] {
        if let Some(rest) = lower.strip_prefix(particle) {
            return rest.to_string();
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::lower;

    #[test]
    fn lower_matches_to_lowercase_on_and_off_the_stack() {
        for w in [
            "Said",
            "SPOKESMAN",
            "the",
            "",
            "Müller",
            "İstanbul",
            "Kelvin\u{212A}",
            "a-very-long-hyphenated-compound-word",
        ] {
            assert_eq!(lower(w).as_str(), w.to_lowercase(), "{w}");
        }
    }
}
