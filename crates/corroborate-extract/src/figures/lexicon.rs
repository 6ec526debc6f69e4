//! Word lists the figure reader relies on: function words, verb forms that
//! end a noun phrase, the events a number of people can undergo, the
//! hedges that bound a number, and the words the counted-thing label reads
//! around money and changes (verbs that move money, nouns of change,
//! auxiliaries between a subject and its verb).
//!
//! The lists are general English, not words of any one story: the event of
//! a count is read from the verbs and participles around it.

use std::sync::LazyLock;

use corroborate_model::Hedge;

/// Function words: never a unit, never part of a counted noun phrase.
pub(crate) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "do"
            | "does"
            | "did"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "they"
            | "their"
            | "them"
            | "he"
            | "she"
            | "his"
            | "her"
            | "we"
            | "our"
            | "us"
            | "you"
            | "your"
            | "i"
            | "my"
            | "me"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "than"
            | "then"
            | "there"
            | "here"
            | "if"
            | "so"
            | "not"
            | "no"
            | "nor"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "after"
            | "before"
            | "since"
            | "during"
            | "until"
            | "about"
            | "against"
            | "between"
            | "through"
            | "per"
            | "each"
            | "every"
            | "all"
            | "both"
            | "some"
            | "any"
            | "such"
            | "only"
            | "also"
            | "just"
            | "still"
            | "now"
            | "ago"
            | "later"
            | "earlier"
            | "less"
            | "across"
            | "always"
            | "thus"
            | "perhaps"
            | "sometimes"
            | "whereas"
            | "unless"
            | "yet"
            | "via"
            | "out"
            | "up"
            | "down"
            | "off"
            | "away"
            | "too"
            | "very"
            | "mostly"
            | "alone"
            | "each other"
            | "including"
            | "among"
            | "amid"
            | "within"
            | "without"
            | "toward"
            | "towards"
            | "around"
            | "upon"
            | "s"
            | "th"
            | "st"
            | "nd"
            | "rd"
            | "am"
            | "pm"
    )
}

/// Finite verb forms and auxiliaries that end a noun phrase after a number.
pub(crate) fn is_verb_form(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "reported"
            | "reports"
            | "fell"
            | "rose"
            | "fled"
            | "died"
            | "remain"
            | "remained"
            | "left"
            | "live"
            | "lived"
            | "went"
            | "came"
            | "got"
            | "made"
            | "took"
            | "gave"
            | "saw"
            | "won"
            | "lost"
            | "had"
            | "has"
            | "have"
            | "is"
            | "are"
            | "was"
            | "were"
            | "killed"
            | "gets"
            | "makes"
            | "takes"
            | "goes"
            | "comes"
            | "means"
            | "seems"
            | "looks"
            | "needs"
            | "wants"
    )
}

/// Plural nouns a number may count: any plural that is not a function
/// word or a verb form ("barrels", "neighborhoods", "shares").
pub(crate) fn is_count_noun(w: &str) -> bool {
    !matches!(
        w,
        "others"
            | "times"
            | "ones"
            | "percents"
            | "thanks"
            | "news"
            | "series"
            | "ways"
            | "is"
            | "was"
            | "has"
            | "does"
            | "goes"
            | "this"
            | "says"
            | "reports"
            | "claims"
            | "seems"
            | "means"
            | "needs"
            | "comes"
            | "makes"
            | "takes"
            | "gets"
            | "wants"
            | "looks"
            | "remains"
            | "includes"
            | "becomes"
            | "shows"
            | "adds"
            | "tells"
    )
}

/// What happened to the people a number counts, as a canonical label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Event {
    Killed,
    Injured,
    Casualties,
    Executed,
    Trapped,
    Displaced,
    Fled,
    Detained,
    UnderRubble,
    Retaken,
    Controlled,
    Missing,
    Rescued,
    Infected,
    Hospitalized,
    /// In need of aid: "2 million people need food".
    InNeed,
    /// Things, not people: "homes destroyed", "schools damaged".
    Destroyed,
    Damaged,
    Flooded,
    /// Present in a place: "home to", "we have", "are waiting".
    Present,
}

impl Event {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Event::Killed => "killed",
            Event::Injured => "injured",
            Event::Casualties => "casualties",
            Event::Executed => "executed",
            Event::Trapped => "trapped",
            Event::Displaced => "displaced",
            Event::Fled => "fled",
            Event::Detained => "detained",
            Event::UnderRubble => "under the rubble",
            Event::Retaken => "retaken",
            Event::Controlled => "controlled",
            Event::Missing => "missing",
            Event::Rescued => "rescued",
            Event::Infected => "infected",
            Event::Hospitalized => "hospitalized",
            Event::InNeed => "in need",
            Event::Destroyed => "destroyed",
            Event::Damaged => "damaged",
            Event::Flooded => "flooded",
            Event::Present => "present",
        }
    }

    /// Stative readings yield to any explicit event in the clause.
    pub(crate) fn weak(self) -> bool {
        matches!(self, Event::Present)
    }

    /// Events of places and things, never of people: "retaken",
    /// "destroyed".
    pub(crate) fn of_things(self) -> bool {
        matches!(
            self,
            Event::Retaken | Event::Controlled | Event::Destroyed | Event::Damaged | Event::Flooded
        )
    }
}

/// The event a word names, given the two words after it.
pub(crate) fn event_word(w: &str, next: &str, next2: &str) -> Option<Event> {
    Some(match w {
        "killed" | "dead" | "died" | "die" | "dying" | "deaths" | "death" | "fatalities"
        | "massacred" | "slain" | "perished" | "murdered" | "drowned" | "immolation"
        | "immolated" | "toll" | "lost"
            if (w != "lost" || next == "their" || next == "his")
                // "a toll road" is no death toll
                && (w != "toll"
                    || !matches!(
                        next,
                        "road" | "roads" | "booth" | "booths" | "bridge" | "plaza" | "lane" | "lanes"
                    )) =>
        {
            Event::Killed
        }
        "injured" | "wounded" | "hurt" | "injuries" | "maimed" => Event::Injured,
        "casualties" => Event::Casualties,
        "executed" | "executions" | "execution" | "beheaded" => Event::Executed,
        "trapped" | "besieged" | "encircled" | "surrounded" | "stuck" | "stranded" | "confined"
        | "cornered" | "siege" | "encirclement" => Event::Trapped,
        "displaced" | "displacement" | "homeless" | "uprooted" => Event::Displaced,
        "fled" | "flee" | "fleeing" | "evacuated" | "evacuation" | "evacuees" | "escaped"
        | "evacuate" | "evacuating" | "departed" | "exodus" => Event::Fled,
        // "left 59 dead", "left 40,000 customers without power": the words
        // after the count say what happened
        "left" if next.bytes().next().is_some_and(|b| b.is_ascii_digit()) => return None,
        "left" if next != "in" && next != "behind" && next != "on" && next != "over" => Event::Fled,
        "left" => Event::Present,
        "leave" | "leaving" if next != "the" || !matches!(next2, "besieged" | "area") => {
            Event::Fled
        }
        "detained" | "arrested" | "disappeared" | "abducted" | "kidnapped" | "imprisoned"
        | "apprehended" | "jailed" | "detention" | "arrests" | "caught" | "rounded" => {
            Event::Detained
        }
        // "were taken into custody"
        "taken" | "take" | "taking" if next == "into" && next2 == "custody" => Event::Detained,
        "rubble" | "debris" => Event::UnderRubble,
        "captured" | "retaken" | "retook" | "recaptured" | "seized" | "regained" | "reclaimed"
        | "recovered" | "liberated" | "retake" | "recapture" => Event::Retaken,
        "controlled" | "control" | "controls" | "holds" | "held" | "occupied" => Event::Controlled,
        "destroyed" | "razed" | "flattened" | "demolished" | "levelled" | "leveled" => {
            Event::Destroyed
        }
        "damaged" => Event::Damaged,
        "flooded" | "inundated" | "submerged" => Event::Flooded,
        "missing" | "unaccounted" => Event::Missing,
        "rescued" => Event::Rescued,
        "infected" | "sickened" => Event::Infected,
        "hospitalized" | "hospitalised" => Event::Hospitalized,
        "need" | "needing" | "needed"
            if matches!(
                next,
                "aid"
                    | "food"
                    | "help"
                    | "assistance"
                    | "humanitarian"
                    | "urgent"
                    | "shelter"
                    | "water"
                    | "medical"
                    | "protection"
            ) =>
        {
            Event::InNeed
        }
        "in" if next == "need" => Event::InNeed,
        "remain" | "remaining" | "remained" | "remains" | "waiting" | "sheltering" | "living"
        | "live" | "lives" | "inhabited" | "reside" | "residing" | "present" | "inside" => {
            Event::Present
        }
        "home" if next == "to" => Event::Present,
        _ => return None,
    })
}

/// Hedge phrases written before a number, longest first within each hedge.
const BEFORE: &[(&str, Hedge)] = &[
    ("no larger than", Hedge::AtMost),
    ("no bigger than", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("doesn't exceed", Hedge::AtMost),
    ("does not exceed", Hedge::AtMost),
    ("did not exceed", Hedge::AtMost),
    ("not exceeding", Hedge::AtMost),
    ("a maximum of", Hedge::AtMost),
    ("as many as", Hedge::AtMost),
    ("as high as", Hedge::AtMost),
    ("as few as", Hedge::AtLeast),
    ("as little as", Hedge::AtLeast),
    ("as low as", Hedge::AtLeast),
    ("just over", Hedge::AtLeast),
    ("just under", Hedge::AtMost),
    ("as much as", Hedge::AtMost),
    ("fewer than", Hedge::AtMost),
    ("less than", Hedge::AtMost),
    ("up to", Hedge::AtMost),
    ("at most", Hedge::AtMost),
    ("under", Hedge::AtMost),
    ("below", Hedge::AtMost),
    ("no fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("in excess of", Hedge::AtLeast),
    ("upwards of", Hedge::AtLeast),
    ("a minimum of", Hedge::AtLeast),
    ("more than", Hedge::AtLeast),
    ("greater than", Hedge::AtLeast),
    ("over than", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("exceeding", Hedge::AtLeast),
    ("exceeds", Hedge::AtLeast),
    ("above", Hedge::AtLeast),
    ("over", Hedge::AtLeast),
    ("an estimated", Hedge::Approximate),
    ("more or less", Hedge::Approximate),
    ("close to", Hedge::Approximate),
    ("approximately", Hedge::Approximate),
    ("roughly", Hedge::Approximate),
    ("around", Hedge::Approximate),
    ("about", Hedge::Approximate),
    ("almost", Hedge::Approximate),
    ("nearly", Hedge::Approximate),
    ("some", Hedge::Approximate),
    ("circa", Hedge::Approximate),
    ("approx", Hedge::Approximate),
    ("estimated", Hedge::Approximate),
    ("an approximate", Hedge::Approximate),
];

/// The hedge that ends right before token `first`, and the token it starts at.
pub(crate) fn hedge_before(norms: &[&str], first: usize) -> Option<(Hedge, usize)> {
    // the longest phrase wins: "no less than" over "less than"
    // Each phrase split into words once, not on every call.
    static PHRASES: LazyLock<Vec<(&str, Vec<&str>, Hedge)>> = LazyLock::new(|| {
        BEFORE
            .iter()
            .map(|(phrase, hedge)| (*phrase, phrase.split(' ').collect(), *hedge))
            .collect()
    });
    let mut best: Option<(Hedge, usize)> = None;
    for (phrase, words, hedge) in PHRASES.iter() {
        let n = words.len();
        if first < n {
            continue;
        }
        let start = first - n;
        let matches = norms
            .get(start..first)
            .is_some_and(|s| s == words.as_slice());
        let split_contraction = *phrase == "doesn't exceed"
            && first >= 4
            && norms
                .get(first - 4..first)
                .is_some_and(|s| s == ["doesn", "'", "t", "exceed"]);
        let found = if matches {
            Some(start)
        } else if split_contraction {
            Some(first - 4)
        } else {
            None
        };
        if let Some(at) = found {
            if best.is_none_or(|(_, b)| at < b) {
                best = Some((*hedge, at));
            }
        }
    }
    best
}

/// Hedges written after a number ("or more", "or so", "plus").
pub(crate) fn hedge_after(norms: &[&str], last: usize) -> Option<(Hedge, usize)> {
    match (norms.get(last), norms.get(last + 1)) {
        (Some(&"or"), Some(&"more")) => Some((Hedge::AtLeast, last + 2)),
        (Some(&"or"), Some(&"so")) => Some((Hedge::Approximate, last + 2)),
        (Some(&"or"), Some(&"fewer" | &"less")) => Some((Hedge::AtMost, last + 2)),
        (Some(&"plus"), _) | (Some(&"+"), _) => Some((Hedge::AtLeast, last + 1)),
        _ => None,
    }
}

/// Month names and their abbreviations: a number next to one is a date.
pub(crate) fn is_month(w: &str) -> bool {
    crate::words::month(w).is_some()
}

/// Words after a name that make a number part of an address.
pub(crate) fn is_street_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "road"
            | "rd"
            | "avenue"
            | "ave"
            | "boulevard"
            | "blvd"
            | "lane"
            | "drive"
            | "way"
            | "place"
            | "square"
            | "highway"
            | "route"
    )
}

/// Reporting verbs whose subject is the source of a figure.
pub(crate) fn is_reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "reported"
            | "reports"
            | "report"
            | "claimed"
            | "claims"
            | "claim"
            | "estimated"
            | "estimates"
            | "estimate"
            | "counts"
            | "counted"
            | "told"
            | "tells"
            | "announced"
            | "announces"
            | "stated"
            | "states"
            | "added"
            | "adds"
            | "confirmed"
            | "confirms"
            | "wrote"
            | "writes"
            | "tweeted"
            | "warned"
            | "warns"
            | "alleged"
            | "alleges"
            | "suggested"
            | "suggests"
            | "suggest"
            | "insisted"
            | "put"
            | "puts"
            | "recorded"
            | "documented"
            | "registered"
            | "tallied"
    )
}

/// Words between a verb and an amount that only bound or qualify it ("as
/// high as", "an additional", "around").
pub(crate) fn is_hedge_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "than"
            | "more"
            | "less"
            | "as"
            | "high"
            | "low"
            | "much"
            | "many"
            | "up"
            | "least"
            | "no"
            | "roughly"
            | "approximately"
            | "an"
            | "a"
            | "additional"
            | "further"
            | "another"
            | "extra"
            | "just"
            | "only"
            | "estimated"
            | "the"
            | "total"
    )
}

/// Verbs that move money, and what the amount they move is: "lost $6
/// billion" is a loss, "priced at $199" a price.
pub(crate) fn money_verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "lost" | "lose" | "loses" | "losing" => "loss",
        "earned" | "earn" | "earns" | "earning" => "earnings",
        "saved" | "save" | "saves" | "saving" => "savings",
        "spent" | "spend" | "spends" | "spending" => "spending",
        "paid" | "pay" | "pays" | "paying" => "payment",
        "raised" | "raise" | "raises" | "raising" => "funds raised",
        "borrowed" | "borrow" | "borrows" | "borrowing" | "lent" | "lend" | "lends" | "lending"
        | "loan" | "loaned" => "loan",
        "owes" | "owed" | "owe" | "owing" => "debt",
        "invested" | "invest" | "invests" | "investing" => "investment",
        "donated" | "donate" | "donates" => "donation",
        "pledged" | "pledge" | "pledges" => "pledge",
        "fined" => "fine",
        "priced" | "retail" | "retails" | "retailing" | "retailed" | "sells" | "selling" => "price",
        "costs" | "cost" | "costing" => "cost",
        "add" | "adds" | "added" | "adding" => "addition",
        "sent" | "send" | "sends" | "sending" | "transferred" | "funneled" | "funnelled"
        | "wired" | "infused" | "injected" | "pumped" | "poured" | "channelled" | "channeled" => {
            "money sent"
        }
        "gave" | "give" | "gives" | "giving" | "given" | "contributed" | "contribute"
        | "contributes" | "contributing" => "contribution",
        "received" | "receive" | "receives" | "receiving" | "accepted" | "accepting" => {
            "money received"
        }
        _ => return None,
    })
}

/// The past participle of a verb that moves or makes money, from any of
/// its forms ("bundling" → "bundled", "makes" → "made"); `None` for a
/// word that is not read as such a verb.
pub(crate) fn participle(w: &str) -> Option<String> {
    let irregular = [
        ("made", &["make", "makes", "making", "made"][..]),
        ("taken", &["take", "takes", "taking", "took", "taken"]),
        ("brought", &["bring", "brings", "bringing", "brought"]),
        ("won", &["win", "wins", "winning", "won"]),
        ("got", &["get", "gets", "getting", "got", "gotten"]),
        ("sunk", &["sink", "sinks", "sinking", "sank", "sunk"]),
        ("put", &["put", "puts", "putting"]),
        ("spent", &["spend", "spends", "spending", "spent"]),
        ("left", &["leave", "leaves", "leaving", "left"]),
        ("kept", &["keep", "keeps", "keeping", "kept"]),
        ("held", &["hold", "holds", "holding", "held"]),
        ("sought", &["seek", "seeks", "seeking", "sought"]),
        ("set aside", &["set"]),
    ];
    if let Some((p, _)) = irregular.iter().find(|(_, forms)| forms.contains(&w)) {
        return Some((*p).to_string());
    }
    // regular verbs known to move money, by their base form; other words
    // ending in -ed or -ing are too often adjectives or nouns
    // ("estimated", "funding")
    const REGULAR: &[&str] = &[
        "bundle",
        "drop",
        "collect",
        "haul",
        "amass",
        "generate",
        "rake",
        "bank",
        "pocket",
        "charge",
        "bill",
        "award",
        "grant",
        "allocate",
        "budget",
        "request",
        "demand",
        "secure",
        "return",
        "refund",
        "dump",
        "plow",
        "shell",
        "fork",
        "steer",
        "funnel",
        "provide",
        "offer",
        "promise",
        "approve",
        "authorize",
        "appropriate",
        "earmark",
        "seize",
        "forfeit",
        "accumulate",
        "stash",
    ];
    REGULAR.iter().find_map(|base| {
        let stem = base.strip_suffix('e').unwrap_or(base);
        // a short stem doubles its last consonant: "drop" → "dropped"
        let doubled = base.len() == 4 && base.ends_with('p');
        let stem = if doubled {
            format!("{base}p")
        } else {
            stem.to_string()
        };
        let participle = format!("{stem}ed");
        let forms = [
            base.to_string(),
            format!("{base}s"),
            format!("{stem}ing"),
            participle.clone(),
        ];
        forms.contains(&w.to_string()).then_some(participle)
    })
}

/// Nouns for a body of people whose size a count gives: "a population
/// of 54,000", "a crowd of 3,000".
pub(crate) fn is_body_of_people(w: &str) -> bool {
    matches!(
        w,
        "population"
            | "crowd"
            | "audience"
            | "workforce"
            | "membership"
            | "electorate"
            | "congregation"
            | "delegation"
            | "contingent"
            | "caravan"
            | "turnout"
            | "readership"
            | "viewership"
            | "following"
            | "enrollment"
            | "enrolment"
            | "attendance"
            | "gathering"
    )
}

/// Articles and possessive determiners passed over before a noun: "the",
/// "a", "its", "their"…
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her")
}

/// Auxiliaries and adverbs that stand between a subject and its verb.
pub(crate) fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "been"
            | "be"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "also"
            | "already"
            | "only"
            | "just"
            | "still"
            | "again"
            | "further"
            | "sharply"
            | "slightly"
            | "reportedly"
            | "then"
            | "now"
            | "all"
            | "each"
            | "both"
    )
}

/// Nouns of change that a percentage measures ("a 45% drop").
pub(crate) fn is_change_noun(w: &str) -> bool {
    matches!(
        w,
        "drop"
            | "rise"
            | "increase"
            | "decrease"
            | "decline"
            | "gain"
            | "fall"
            | "jump"
            | "plunge"
            | "cut"
            | "cuts"
            | "reduction"
            | "growth"
            | "slump"
            | "surge"
            | "boost"
    )
}

/// Whether a name is a stock-market index ("Dow Jones Industrial Average",
/// "Nikkei 225", "the FTSE 100"): its percentage change is the index's, so
/// the label says so. The list holds the common short names of the world's
/// main indices, matched on the name's first word or two.
pub(crate) fn is_index_name(name: &str) -> bool {
    crate::words::is_stock_index_phrase(name)
}

/// Present-tense verbs of opinion and intent that follow a group in a
/// poll's sentence ("voters approve of", "Republicans favor").
pub(crate) fn is_opinion_verb(w: &str) -> bool {
    matches!(
        w,
        "approve"
            | "approves"
            | "disapprove"
            | "disapproves"
            | "support"
            | "supports"
            | "oppose"
            | "opposes"
            | "back"
            | "backs"
            | "favor"
            | "favors"
            | "favour"
            | "favours"
            | "prefer"
            | "prefers"
            | "believe"
            | "believes"
            | "think"
            | "thinks"
            | "agree"
            | "agrees"
            | "disagree"
            | "disagrees"
            | "plan"
            | "plans"
            | "expect"
            | "expects"
            | "trust"
            | "trusts"
            | "feel"
            | "feels"
            | "consider"
            | "considers"
            | "identify"
            | "identifies"
            | "would"
            | "will"
            | "could"
            | "should"
    )
}

/// Plural nouns of territory or seats, which a party can hold or control
/// ("30 villages", "52 seats"); other counted things are not controlled.
pub(crate) fn is_territory_noun(w: &str) -> bool {
    matches!(
        w,
        "villages"
            | "towns"
            | "cities"
            | "districts"
            | "neighborhoods"
            | "neighbourhoods"
            | "areas"
            | "provinces"
            | "regions"
            | "territories"
            | "hills"
            | "positions"
            | "checkpoints"
            | "bases"
            | "seats"
            | "states"
            | "counties"
            | "blocks"
            | "streets"
            | "islands"
    )
}

/// Verbs of backing a candidate in a poll: "45 percent back Smith", "10
/// percent of them voted for Jones".
pub(crate) fn is_backing_verb(w: &str) -> bool {
    matches!(
        w,
        "back"
            | "backs"
            | "backed"
            | "support"
            | "supports"
            | "supported"
            | "favor"
            | "favors"
            | "favored"
            | "favour"
            | "favours"
            | "favoured"
            | "prefer"
            | "prefers"
            | "preferred"
            | "vote"
            | "voted"
            | "choose"
            | "chose"
            | "picked"
    )
}
