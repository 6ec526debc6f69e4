//! A light English stemmer: plurals, third persons, "-ing" and "-ed", and a
//! final "e", so that "rebels"/"rebel", "fighting"/"fights"/"fight" and
//! "fired"/"fires"/"fire" meet. Snowball conflates more ("generously" with
//! "generous"), but the summary only needs the forms a story repeats, and
//! this runs in a few dozen nanoseconds without allocating.

/// Writes the stem of `word` (lower-cased) into `out`.
pub(crate) fn stem(word: &str, out: &mut String) {
    out.clear();
    out.push_str(word);
    let b = word.as_bytes();
    if b.len() < 4 || !b.iter().all(u8::is_ascii_lowercase) {
        return;
    }
    // Plurals and third persons.
    if out.ends_with("ies") && out.len() > 4 {
        out.truncate(out.len() - 3);
        out.push('y');
    } else if out.ends_with("sses") {
        out.truncate(out.len() - 2);
    } else if out.ends_with('s')
        && !out.ends_with("ss")
        && !out.ends_with("us")
        && !out.ends_with("is")
    {
        out.truncate(out.len() - 1);
    }
    // Past tenses and participles, when a syllable is left.
    if out.ends_with("ied") && out.len() > 4 {
        out.truncate(out.len() - 3);
        out.push('y');
    } else {
        for suffix in ["ing", "ed"] {
            if let Some(base) = out.strip_suffix(suffix) {
                if base.len() >= 3 && base.bytes().any(is_vowel) {
                    let keep = base.len();
                    out.truncate(keep);
                    let tail = out.as_bytes();
                    let n = tail.len();
                    // "running" to "run", but "falling" keeps "fall".
                    if tail[n - 1] == tail[n - 2]
                        && !is_vowel(tail[n - 1])
                        && !b"lsz".contains(&tail[n - 1])
                    {
                        out.truncate(n - 1);
                    }
                }
                break;
            }
        }
    }
    // A final "e", so that "fire" meets "fired" and "firing".
    if out.len() > 3 && out.ends_with('e') {
        out.truncate(out.len() - 1);
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(word: &str) -> String {
        let mut out = String::new();
        stem(word, &mut out);
        out
    }

    #[test]
    fn inflections_of_one_word_meet() {
        for group in [
            &["rebel", "rebels"][..],
            &["fight", "fights", "fighting"],
            &["fire", "fired", "fires", "firing"],
            &["city", "cities"],
            &["study", "studies", "studied"],
            &["run", "running"],
            &["evacuate", "evacuated", "evacuates", "evacuating"],
            &["address", "addresses"],
        ] {
            let first = s(group[0]);
            for w in group {
                assert_eq!(s(w), first, "{w}");
            }
        }
    }

    #[test]
    fn short_foreign_and_protected_words_stay() {
        assert_eq!(s("bus"), "bus");
        assert_eq!(s("sing"), "sing");
        assert_eq!(s("thing"), "thing");
        assert_eq!(s("falling"), "fall");
        assert_eq!(s("virus"), "virus");
        assert_eq!(s("analysis"), "analysis");
        assert_eq!(s("ciudades"), "ciudad");
        assert_eq!(s("café"), "café");
        assert_eq!(s("12,500"), "12,500");
    }
}
