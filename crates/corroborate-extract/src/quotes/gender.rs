//! The grammatical gender a given name or title suggests, so that "she"
//! is not resolved to the nearest man's name nor "he" to a woman's.
//!
//! The lists hold common given names only; a name on neither list has no
//! known gender and fits either pronoun.

/// The gender a name points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// The gender of a full name from its title or given name, when known.
pub(super) fn of_name(name: &str) -> Option<Gender> {
    for word in name.split_whitespace() {
        let w = word.trim_matches(|c: char| !c.is_alphabetic());
        let lower = w.to_lowercase();
        match lower.as_str() {
            "mrs" | "ms" | "miss" | "madam" | "madame" | "lady" | "queen" | "sister" => {
                return Some(Gender::Female)
            }
            "mr" | "sir" | "lord" | "king" | "brother" | "father" => return Some(Gender::Male),
            _ => {}
        }
        // Titles and initials may precede the given name; the first other
        // word decides.
        if w.chars().count() <= 1 || super::words::is_title(w) {
            continue;
        }
        if FEMALE.binary_search(&lower.as_str()).is_ok() {
            return Some(Gender::Female);
        }
        if MALE.binary_search(&lower.as_str()).is_ok() {
            return Some(Gender::Male);
        }
        return None;
    }
    None
}

/// The gender of "he"/"she" (and their possessive forms).
pub(super) fn of_pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "she" | "she’s" | "she's" | "her" => Some(Gender::Female),
        "he" | "he’s" | "he's" | "his" | "him" => Some(Gender::Male),
        _ => None,
    }
}

/// Common female given names, sorted.
const FEMALE: &[&str] = &[
    "abigail",
    "alice",
    "alicia",
    "alison",
    "amanda",
    "amy",
    "andrea",
    "angela",
    "ann",
    "anna",
    "anne",
    "barbara",
    "betsy",
    "betty",
    "beverly",
    "brenda",
    "carly",
    "carol",
    "caroline",
    "catherine",
    "cathy",
    "cheryl",
    "christina",
    "christine",
    "claire",
    "cynthia",
    "debbie",
    "deborah",
    "diana",
    "diane",
    "donna",
    "dorothy",
    "elaine",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "erin",
    "fatima",
    "frances",
    "gloria",
    "hannah",
    "heather",
    "helen",
    "hillary",
    "huma",
    "ivanka",
    "jane",
    "janet",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "joanne",
    "joyce",
    "judith",
    "judy",
    "julia",
    "julie",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathy",
    "kelly",
    "kellyanne",
    "kimberly",
    "kristen",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "lori",
    "louise",
    "lynn",
    "madeleine",
    "margaret",
    "maria",
    "marie",
    "marilyn",
    "martha",
    "mary",
    "megan",
    "megyn",
    "melania",
    "melissa",
    "michelle",
    "nancy",
    "natalie",
    "nicole",
    "nikki",
    "olivia",
    "pamela",
    "patricia",
    "paula",
    "rachel",
    "rebecca",
    "rosa",
    "ruth",
    "sarah",
    "sharon",
    "shirley",
    "sophia",
    "stephanie",
    "susan",
    "suzanne",
    "teresa",
    "theresa",
    "tiffany",
    "virginia",
    "wendy",
];

/// Common male given names, sorted.
const MALE: &[&str] = &[
    "aaron",
    "adam",
    "alan",
    "albert",
    "alexander",
    "andrew",
    "anthony",
    "arthur",
    "barack",
    "ben",
    "benjamin",
    "bernie",
    "bill",
    "billy",
    "bob",
    "bobby",
    "brian",
    "bruce",
    "carl",
    "charles",
    "chris",
    "christopher",
    "chuck",
    "craig",
    "dan",
    "daniel",
    "david",
    "dennis",
    "donald",
    "douglas",
    "ed",
    "edward",
    "eric",
    "frank",
    "gary",
    "george",
    "gerald",
    "gregory",
    "harold",
    "harry",
    "henry",
    "jack",
    "jacob",
    "james",
    "jason",
    "jeb",
    "jeff",
    "jeffrey",
    "jerry",
    "jim",
    "joe",
    "john",
    "johnny",
    "jonathan",
    "joseph",
    "joshua",
    "justin",
    "keith",
    "kenneth",
    "kevin",
    "larry",
    "lawrence",
    "marco",
    "mark",
    "matthew",
    "michael",
    "mike",
    "mitch",
    "mohammed",
    "muhammad",
    "nathan",
    "newt",
    "nicholas",
    "patrick",
    "paul",
    "peter",
    "philip",
    "ralph",
    "rand",
    "raymond",
    "reince",
    "richard",
    "rick",
    "robert",
    "roger",
    "ronald",
    "roy",
    "russell",
    "ryan",
    "samuel",
    "scott",
    "sean",
    "stephen",
    "steve",
    "steven",
    "ted",
    "terry",
    "thomas",
    "tim",
    "timothy",
    "tom",
    "vladimir",
    "walter",
    "wayne",
    "william",
    "willie",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(FEMALE.windows(2).all(|w| w[0] < w[1]));
        assert!(MALE.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn given_names_and_titles_give_a_gender() {
        assert_eq!(of_name("Hillary Clinton"), Some(Gender::Female));
        assert_eq!(of_name("Sen. Bernie Sanders"), Some(Gender::Male));
        assert_eq!(of_name("Mrs. Smith"), Some(Gender::Female));
        assert_eq!(of_name("Zorblat Quux"), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
