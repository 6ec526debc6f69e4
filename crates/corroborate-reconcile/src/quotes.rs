//! Merges the instances of one quote carried by several articles.
//!
//! Two instances carry the same words when their normalised content words
//! (ASCII-folded, lower-cased, stop words dropped) overlap by at least 0.8
//! of the shorter one's distinct words, or share a run of eight words: a
//! word added, brackets, punctuation or an ellipsis do not break the match,
//! and an outlet carrying a part of another's longer quote joins it.
//! Instances with the same words and compatible speakers are one [`Quote`];
//! the same words credited to different speakers stay separate quotes,
//! linked by `same_words_as`, unless one is a strict part of the other's
//! words and its speaker is no entity: then it joins the longer quote. An
//! instance with no named speaker joins the first speaker's quote of its
//! group.
//!
//! Quotes are ordered by speaker name (unattributed last), then by first
//! appearance (article, then offset); ids `q1`, `q2`, … follow that order.

// Fast hashing: every key is built here, none comes from outside, and no
// result depends on iteration order.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use corroborate_model::{Entity, EntityKind, Quote, QuoteInstance};

/// Share of the shorter quote's distinct content words that must recur.
const MIN_OVERLAP: f64 = 0.8;
/// A shared run of this many content words makes two quotes one.
const MIN_RUN: usize = 8;
/// A part of a longer quote needs this many content words to join it.
const MIN_PART: usize = 4;

/// Merges quote instances into quotes, linking speakers to `entities`.
pub fn quotes(mut instances: Vec<QuoteInstance>, entities: &[Entity]) -> Vec<Quote> {
    instances.sort_by_key(|q| (q.article, q.start, q.end));
    // (with every quote's word count, stop words included)
    let (words, totals): (Vec<Vec<String>>, Vec<usize>) =
        instances.iter().map(|q| content_words(&q.text)).unzip();
    let sets: Vec<HashSet<&str>> = words
        .iter()
        .map(|w| w.iter().map(String::as_str).collect())
        .collect();
    // Each distinct word as a number, so runs compare integers, not strings.
    let mut vocab: HashMap<&str, u32> = HashMap::default();
    let ids: Vec<Vec<u32>> = words
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| {
                    let next = vocab.len() as u32;
                    *vocab.entry(w.as_str()).or_insert(next)
                })
                .collect()
        })
        .collect();

    // Group instances that carry the same words. Two quotes can only match
    // when they share a content word, so candidates come from a word index,
    // and pairs already in one group are not compared again: a story carried
    // by many outlets stays near-linear instead of comparing every pair.
    let mut index: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, set) in sets.iter().enumerate() {
        for w in set {
            index.entry(w).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..instances.len()).collect();
    let mut seen = vec![usize::MAX; instances.len()];
    for i in 0..instances.len() {
        for w in &sets[i] {
            for &j in &index[w] {
                if j <= i || seen[j] == i {
                    continue;
                }
                seen[j] = i;
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                if a != b && same_words(&ids[i], &ids[j], &sets[i], &sets[j]) {
                    parent[b.max(a)] = a.min(b);
                }
            }
        }
    }

    // The folded keys of every entity's spellings, computed once and
    // indexed: each key to the entities (in order) that spell it.
    let mut entity_keys: HashMap<Vec<String>, Vec<usize>> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        for v in std::iter::once(&e.name).chain(e.variants.iter()) {
            let holders = entity_keys.entry(name_key(v)).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
    }
    let speakers: Vec<Option<Speaker>> = instances
        .iter()
        .map(|q| {
            speaker(
                q.speaker_name.as_deref(),
                q.speaker_kind,
                entities,
                &entity_keys,
            )
        })
        .collect();

    // Within each group of same words, one quote per speaker.
    struct Draft {
        cluster: usize,
        speaker: Option<Speaker>,
        members: Vec<usize>,
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut unattributed: Vec<usize> = Vec::new();
    for (i, speaker) in speakers.iter().enumerate() {
        let cluster = find(&mut parent, i);
        match speaker {
            Some(sp) => {
                let existing = drafts.iter_mut().find(|d| {
                    d.cluster == cluster && d.speaker.as_ref().is_some_and(|s| s.compatible(sp))
                });
                match existing {
                    Some(d) => {
                        if d.speaker.as_ref().is_some_and(|s| sp.better_than(s)) {
                            d.speaker = Some(sp.clone());
                        }
                        d.members.push(i);
                    }
                    None => drafts.push(Draft {
                        cluster,
                        speaker: Some(sp.clone()),
                        members: vec![i],
                    }),
                }
            }
            None => unattributed.push(i),
        }
    }
    for i in unattributed {
        let cluster = find(&mut parent, i);
        match drafts.iter_mut().find(|d| d.cluster == cluster) {
            Some(d) => d.members.push(i),
            None => drafts.push(Draft {
                cluster,
                speaker: None,
                members: vec![i],
            }),
        }
    }
    // A quote whose words are a strict part of a longer quote's words is
    // that quote, cut shorter by an outlet: it joins the longer quote and
    // takes its speaker. A weak attribution (a description or no name, not
    // an entity) of the part is dropped for the longer quote's one, so a
    // headline's “is a setback for the talks” under a noun phrase is not a
    // second speaker. Two entity-linked speakers stay apart.
    // The longer quote in the part's own article is preferred.
    let part_of = |i: usize, j: usize| is_part(&ids[i], &ids[j], totals[i], totals[j]);
    // Only drafts of one group can be parts of each other.
    let mut by_cluster: HashMap<usize, Vec<usize>> = HashMap::default();
    for (k, d) in drafts.iter().enumerate() {
        by_cluster.entry(d.cluster).or_default().push(k);
    }
    for k in 0..drafts.len() {
        let weak = drafts[k]
            .speaker
            .as_ref()
            .is_none_or(|s| s.entity.is_none());
        if !weak {
            continue;
        }
        let whole = |o: usize| {
            o != k
                && !drafts[o].members.is_empty()
                && drafts[k]
                    .members
                    .iter()
                    .all(|&i| drafts[o].members.iter().any(|&j| part_of(i, j)))
        };
        let same_article = |o: usize| {
            drafts[k].members.iter().any(|&i| {
                drafts[o]
                    .members
                    .iter()
                    .any(|&j| instances[i].article == instances[j].article)
            })
        };
        let target = by_cluster[&drafts[k].cluster]
            .iter()
            .copied()
            .filter(|&o| whole(o))
            .min_by_key(|&o| (!same_article(o), o));
        if let Some(o) = target {
            let moved = std::mem::take(&mut drafts[k].members);
            drafts[o].members.extend(moved);
        }
    }
    drafts.retain(|d| !d.members.is_empty());
    for d in &mut drafts {
        d.members.sort_unstable();
        // The first instance gives the quote's text: the earliest one that
        // is not a part of another instance's longer wording.
        let shown = d
            .members
            .iter()
            .position(|&i| !d.members.iter().any(|&j| part_of(i, j)))
            .unwrap_or(0);
        d.members[..=shown].rotate_right(1);
    }
    drafts.sort_by(|a, b| {
        let key = |d: &Draft| {
            (
                d.speaker.is_none(),
                d.speaker.as_ref().map(|s| s.display.to_lowercase()),
                d.members.first().copied(),
            )
        };
        key(a).cmp(&key(b))
    });

    // Every instance belongs to exactly one draft: moved there, not cloned.
    let mut slots: Vec<Option<QuoteInstance>> = instances.into_iter().map(Some).collect();
    let ids: Vec<String> = (1..=drafts.len()).map(|n| format!("q{n}")).collect();
    let mut out = Vec::with_capacity(drafts.len());
    for (k, d) in drafts.iter().enumerate() {
        let same_words_as = drafts
            .iter()
            .enumerate()
            .filter(|(o, other)| *o != k && other.cluster == d.cluster)
            .map(|(o, _)| ids[o].clone())
            .collect();
        let members: Vec<QuoteInstance> = d
            .members
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
            .collect();
        out.push(Quote {
            id: ids[k].clone(),
            text: members.first().map(|q| q.text.clone()).unwrap_or_default(),
            speaker: d.speaker.as_ref().and_then(|s| s.entity.clone()),
            speaker_name: d.speaker.as_ref().map(|s| s.display.clone()),
            instances: members,
            same_words_as,
        });
    }
    out
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Words that carry no content for comparing quotes.
fn is_stop(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "it"
            | "its"
            | "that"
            | "this"
            | "as"
            | "from"
            | "s"
            | "t"
            | "so"
            | "if"
            | "than"
            | "then"
            | "i"
            | "you"
            | "we"
            | "he"
            | "she"
            | "they"
            | "me"
            | "my"
            | "our"
            | "your"
            | "us"
            | "his"
            | "her"
            | "their"
            | "them"
            | "him"
            | "will"
            | "would"
            | "can"
            | "could"
            | "do"
            | "don"
            | "does"
            | "did"
            | "not"
            | "no"
            | "have"
            | "has"
            | "had"
            | "there"
            | "what"
            | "who"
            | "which"
            | "all"
            | "just"
            | "very"
            | "about"
            | "up"
            | "out"
            | "m"
            | "re"
            | "ve"
            | "ll"
            | "d"
            | "won"
            | "into"
            | "any"
            | "some"
    )
}

/// The content words of a quote (ASCII-folded, lower-cased, without
/// punctuation and stop words), and the count of all its words, stop words
/// included: the length that tells a cut-down copy from the whole.
fn content_words(text: &str) -> (Vec<String>, usize) {
    let plain = without_insertions(text);
    let folded = deunicode::deunicode(&plain).to_lowercase();
    let all: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let content = all
        .iter()
        .filter(|w| !is_stop(w))
        .map(|w| (*w).to_string())
        .collect();
    (content, all.len())
}

/// Whether a quote of content words `part` and `part_total` words in all is
/// a strict part of one of content words `whole` and `whole_total` words:
/// its content words run unbroken inside the other's, and it has fewer
/// words. Fewer than [`MIN_PART`] content words are too little to tell.
fn is_part(part: &[u32], whole: &[u32], part_total: usize, whole_total: usize) -> bool {
    part.len() >= MIN_PART
        && part_total < whole_total
        && whole.windows(part.len()).any(|w| w == part)
}

/// The text without editorial insertions ("[the army]", "(rebels)"): they
/// differ between outlets; the quoted words around them do not.
fn without_insertions(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

fn same_words(a: &[u32], b: &[u32], sa: &HashSet<&str>, sb: &HashSet<&str>) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (small, large) = if sa.len() <= sb.len() {
        (sa, sb)
    } else {
        (sb, sa)
    };
    if small.len() < 4 {
        // Too few words to judge overlap: only identical wording counts.
        return a == b;
    }
    let shared = small.iter().filter(|w| large.contains(*w)).count();
    if shared as f64 >= MIN_OVERLAP * small.len() as f64 {
        return true;
    }
    shares_run(a, b, MIN_RUN)
}

/// Whether `a` and `b` share a run of `n` consecutive words: the runs of
/// `a` are hashed once and each run of `b` looked up, linear in the two
/// quotes rather than comparing every pair of positions.
fn shares_run(a: &[u32], b: &[u32], n: usize) -> bool {
    if n == 0 || a.len() < n || b.len() < n {
        return n == 0;
    }
    let runs: HashSet<&[u32]> = a.windows(n).collect();
    b.windows(n).any(|w| runs.contains(w))
}

/// A speaker as merging sees it.
#[derive(Clone, Debug, PartialEq)]
struct Speaker {
    /// The entity id, when the name matches an entity.
    entity: Option<String>,
    /// The name shown.
    display: String,
    /// The name's words, folded and without particles.
    key: Vec<String>,
}

impl Speaker {
    /// Whether two speakers are the same: the same entity, the same folded
    /// name, one name ending the other ("Mansour", "Renad Mansour"), or two
    /// spellings of one name.
    fn compatible(&self, other: &Speaker) -> bool {
        if let (Some(a), Some(b)) = (&self.entity, &other.entity) {
            return a == b;
        }
        if self.key.is_empty() || other.key.is_empty() {
            return false;
        }
        if self.key == other.key {
            return true;
        }
        let (short, long) = if self.key.len() <= other.key.len() {
            (&self.key, &other.key)
        } else {
            (&other.key, &self.key)
        };
        if long.ends_with(short) {
            return true;
        }
        let a = self.key.join(" ");
        let b = other.key.join(" ");
        strsim::jaro_winkler(&a, &b) >= 0.92
    }

    /// Prefer an entity-linked, then longer name for display.
    fn better_than(&self, other: &Speaker) -> bool {
        (self.entity.is_some(), self.key.len()) > (other.entity.is_some(), other.key.len())
    }
}

fn name_key(name: &str) -> Vec<String> {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "al" | "el" | "the" | "dr" | "mr" | "mrs" | "ms")
        })
        .map(str::to_string)
        .collect()
}

/// The speaker of one instance, linked to an entity whose name or spelling
/// matches.
/// `entity_keys` maps the key of every entity name and variant to the
/// entities holding it, in entity order.
fn speaker(
    name: Option<&str>,
    kind: Option<EntityKind>,
    entities: &[Entity],
    entity_keys: &HashMap<Vec<String>, Vec<usize>>,
) -> Option<Speaker> {
    let name = name?.trim();
    if name.is_empty() {
        return None;
    }
    let key = name_key(name);
    // An entity of the speaker's kind first; then any (a country speaks
    // through its government, an outlet may be tagged as a person).
    let holders = entity_keys.get(&key).map_or(&[][..], Vec::as_slice);
    let entity = holders
        .iter()
        .copied()
        .find(|&i| kind.is_none_or(|k| k == entities[i].kind))
        .or_else(|| holders.first().copied())
        .map(|i| &entities[i]);
    Some(Speaker {
        entity: entity.map(|e| e.id.clone()),
        display: entity.map_or_else(|| name.to_string(), |e| e.name.clone()),
        key,
    })
}

#[cfg(test)]
mod tests;
