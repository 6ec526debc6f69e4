//! Merges name mentions of one person, organisation or place across articles.
//!
//! First, within each article, a short form joins the full name it stands for
//! (`alias_of`, set by the extractor). Then these per-article names are merged
//! across articles when their spellings agree word by word under the keys of
//! [`key`] (transliteration variants of Arabic and other names):
//!
//! 1. names whose words, joined, match ("Abdulrahman Al-Saadi" = "Abdulrahman
//!    Alsaadi", "Abdul Rahman" = "Abdulrahman");
//! 2. a name of two or more words and a longer one with the same first and
//!    last words and the shorter's other words in order ("Bashar Assad" =
//!    "Bashar Hafez al-Assad");
//! 3. a lone family name from an article that never names the person in full
//!    ("Assad") joins the one person of the story with that family name, and
//!    only when exactly one such person exists or one of them is mentioned
//!    three times as often as all others (whatever kind the lone word was
//!    guessed to be: "in Flynn's account" may read as a place).
//!
//!    A lone word one typing slip from the family name of exactly one person
//!    named in the same article, at least seven letters long, joins them too
//!    ("Canchellara" in an article about "Fabian Cancellara").
//!
//! 4. a short form that one article defines for an organisation or place
//!    ("Syrian Observatory for Human Rights (SOHR)") joins the same short form
//!    used alone in another article.
//!
//! 5. an acronym joins the one organisation of the story whose initials it
//!    spells ("DNC", "Democratic National Committee"); country short forms
//!    are one name ("U.S." = "United States").
//!
//! Given names must agree (Lina ≠ Leila) and so must family names (Bashar
//! al-Assad ≠ Bashar al-Hawi). A single word never merges with a longer name
//! except by rule 3 or an in-article alias. Kinds must agree, except between
//! names spelled alike (kinds guessed from
//! context differ between articles more often than the names do). Each step buckets names by a key, so the work
//! grows with the number of distinct names, not with their pairs.

mod key;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap, HashSet};

use corroborate_model::{ArticleId, Cite, Entity, EntityKind, EntityMention};

use key::{initials, joined, name_words, words_match, WordKey};

/// Largest bucket compared pairwise; names past it only join by exact key.
const MAX_BUCKET: usize = 64;

/// How many times as often one person must be mentioned as every other
/// person with the same family name for a lone family name to join them.
const DOMINANCE: usize = 3;

/// Merges name mentions into entities, most widely reported first.
pub fn entities(mentions: Vec<EntityMention>) -> Vec<Entity> {
    let groups = article_groups(&mentions);
    let mut sets = UnionFind::new(groups.len());
    merge_joined(&groups, &mut sets);
    merge_longer(&groups, &mut sets);
    merge_family_names(&groups, &mut sets);
    merge_misspelled_family_names(&mentions, &groups, &mut sets);
    merge_defined_short_forms(&mentions, &groups, &mut sets);
    merge_acronyms(&mentions, &groups, &mut sets);
    build(&mentions, &groups, &mut sets)
}

/// One name in one article with every mention that stands for it.
#[derive(Debug)]
struct Group {
    article: ArticleId,
    kind: EntityKind,
    words: Vec<WordKey>,
    whole: WordKey,
    mentions: Vec<usize>,
}

fn article_groups(mentions: &[EntityMention]) -> Vec<Group> {
    let mut index: HashMap<(ArticleId, String), usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut votes: Vec<[usize; 3]> = Vec::new();
    for (m_idx, m) in mentions.iter().enumerate() {
        let full = m.alias_of.as_deref().unwrap_or(&m.name);
        let key = (m.article, full.to_lowercase());
        let g_idx = *index.entry(key).or_insert_with(|| {
            let words = name_words(full);
            let whole = joined(&words);
            groups.push(Group {
                article: m.article,
                kind: m.kind,
                words,
                whole,
                mentions: Vec::new(),
            });
            votes.push([0; 3]);
            groups.len() - 1
        });
        groups[g_idx].mentions.push(m_idx);
        votes[g_idx][kind_index(m.kind)] += 1;
    }
    for (g, v) in groups.iter_mut().zip(&votes) {
        g.kind = majority_kind(v);
    }
    groups
}

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

fn majority_kind(votes: &[usize; 3]) -> EntityKind {
    let best = (0..3).max_by_key(|&k| (votes[k], 2 - k)).unwrap_or(0);
    [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ][best]
}

/// Whether two names of these kinds and spellings may be one entity.
fn kinds_agree(a: &Group, b: &Group) -> bool {
    a.kind == b.kind || a.whole.norm == b.whole.norm
}

/// Rule 1: the whole names match (same words, however split or spelled).
fn merge_joined(groups: &[Group], sets: &mut UnionFind) {
    let mut buckets: HashMap<&str, Vec<usize>> = HashMap::new();
    for (idx, g) in groups.iter().enumerate() {
        if !g.whole.loose.is_empty() {
            buckets.entry(g.whole.loose.as_str()).or_default().push(idx);
        }
    }
    for members in buckets.values() {
        union_matching(groups, members, sets, |a, b| {
            // A single word meets only a single word here; longer names meet
            // single words through aliases and rule 3.
            (a.words.len() == 1) == (b.words.len() == 1)
                && words_match(&a.whole, &b.whole)
                && first_words_agree(a, b)
        });
    }
}

/// Given names must match as words, not only as parts of the joined name.
fn first_words_agree(a: &Group, b: &Group) -> bool {
    match (a.words.first(), b.words.first()) {
        (Some(x), Some(y)) if a.words.len() > 1 && b.words.len() > 1 => {
            words_match(x, y) || x.norm.starts_with(&y.norm) || y.norm.starts_with(&x.norm)
        }
        _ => true,
    }
}

/// Rule 2: a shorter name of two or more words inside a longer one.
fn merge_longer(groups: &[Group], sets: &mut UnionFind) {
    let mut buckets: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (idx, g) in groups.iter().enumerate() {
        if let (Some(first), Some(last), true) =
            (g.words.first(), g.words.last(), g.words.len() > 1)
        {
            buckets
                .entry((first.loose.as_str(), last.loose.as_str()))
                .or_default()
                .push(idx);
        }
    }
    for members in buckets.values() {
        union_matching(groups, members, sets, |a, b| {
            let (short, long) = if a.words.len() <= b.words.len() {
                (a, b)
            } else {
                (b, a)
            };
            short.words.len() < long.words.len() && inside(&short.words, &long.words)
        });
    }
}

/// Whether `short`'s words appear in `long` in order, sharing first and last.
fn inside(short: &[WordKey], long: &[WordKey]) -> bool {
    let (Some(sf), Some(lf), Some(sl), Some(ll)) =
        (short.first(), long.first(), short.last(), long.last())
    else {
        return false;
    };
    if !words_match(sf, lf) || !words_match(sl, ll) {
        return false;
    }
    let mut rest = long[1..long.len() - 1].iter();
    short[1..short.len() - 1]
        .iter()
        .all(|w| rest.any(|l| words_match(w, l)))
}

/// Rule 3: a lone family name joins the only person with that family name,
/// or the one person who is mentioned [`DOMINANCE`] times as often as every
/// other person sharing it.
fn merge_family_names(groups: &[Group], sets: &mut UnionFind) {
    // Per entity so far: its mentions, and whether it holds a full name.
    let mut size: HashMap<usize, usize> = HashMap::new();
    let mut has_full: HashSet<usize> = HashSet::new();
    for (idx, g) in groups.iter().enumerate() {
        let root = sets.find(idx);
        *size.entry(root).or_default() += g.mentions.len();
        if g.words.len() > 1 {
            has_full.insert(root);
        }
    }
    // Entities holding a full person name, by family-name key.
    let mut by_family: HashMap<&str, Vec<(usize, &WordKey)>> = HashMap::new();
    for (idx, g) in groups.iter().enumerate() {
        if g.kind != EntityKind::Person || g.words.len() < 2 {
            continue;
        }
        if let Some(last) = g.words.last() {
            let root = sets.find(idx);
            let roots = by_family.entry(last.loose.as_str()).or_default();
            if !roots.iter().any(|(r, _)| *r == root) {
                roots.push((root, last));
            }
        }
    }
    for (idx, g) in groups.iter().enumerate() {
        let [word] = g.words.as_slice() else { continue };
        if has_full.contains(&sets.find(idx)) {
            continue;
        }
        let Some(people) = by_family.get(word.loose.as_str()) else {
            continue;
        };
        let mut sizes: Vec<(usize, usize)> = people
            .iter()
            .filter(|(_, family)| words_match(family, word))
            .map(|(root, _)| (size.get(root).copied().unwrap_or(0), *root))
            .collect();
        sizes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let target = match sizes.as_slice() {
            [(_, only)] => Some(*only),
            [(first, root), (second, _), ..] if *first >= DOMINANCE * *second => Some(*root),
            _ => None,
        };
        if let Some(root) = target {
            sets.union(idx, root);
        }
    }
}

/// Shortest family name that may join by one wrong letter: in short names
/// one letter is often the difference between two names ("Hansen",
/// "Hanson").
const MIN_MISSPELLED: usize = 7;

/// Rule 3b: a lone word left alone by rule 3 that is one typing slip (a
/// letter added, dropped, changed or two swapped) from the family name of
/// exactly one person named in the same article joins that person
/// ("Canchellara" beside "Fabian Cancellara"). Places are left out: a
/// place named like a person is more often another thing than a slip.
fn merge_misspelled_family_names(
    mentions: &[EntityMention],
    groups: &[Group],
    sets: &mut UnionFind,
) {
    // The last word of the name, folded, without an Arabic article; only
    // for names long enough to be asked about.
    let spelling = |g: &Group| -> Option<String> {
        let m = mentions.get(*g.mentions.first()?)?;
        let full = m.alias_of.as_deref().unwrap_or(&m.name);
        let last = full.split_whitespace().last()?;
        if last.len() < MIN_MISSPELLED {
            return None;
        }
        let folded = deunicode::deunicode(last).to_lowercase();
        let word = match folded.split_once('-') {
            Some(("al" | "el", rest)) => rest,
            _ => folded.as_str(),
        };
        let word: String = word.chars().filter(char::is_ascii_alphabetic).collect();
        (word.len() >= MIN_MISSPELLED).then_some(word)
    };
    // Lone words that may be slips: most stories have none worth a look.
    let lone: Vec<(usize, String)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.words.len() == 1 && g.kind != EntityKind::Place)
        .filter_map(|(idx, g)| Some((idx, spelling(g)?)))
        .collect();
    if lone.is_empty() {
        return;
    }
    // Family names of full person names, with their entity.
    let mut families: Vec<(String, usize)> = Vec::new();
    let mut has_full: HashSet<usize> = HashSet::new();
    for (idx, g) in groups.iter().enumerate() {
        if g.words.len() < 2 {
            continue;
        }
        let root = sets.find(idx);
        has_full.insert(root);
        if g.kind != EntityKind::Person {
            continue;
        }
        if let Some(word) = spelling(g) {
            if !families.iter().any(|(w, r)| *r == root && *w == word) {
                families.push((word, root));
            }
        }
    }
    for (idx, word) in lone {
        if families.is_empty() || has_full.contains(&sets.find(idx)) {
            continue;
        }
        let article = groups[idx].article;
        // Entities found before may have joined since: compare their roots now.
        let mut targets: Vec<usize> = families
            .iter()
            .filter(|(family, _)| one_slip(family, &word) && !plural_of(family, &word))
            .map(|(_, r)| *r)
            .collect();
        for r in &mut targets {
            *r = sets.find(*r);
        }
        targets.sort_unstable();
        targets.dedup();
        // Named in the same article: some name of the entity comes from it.
        targets.retain(|&r| {
            (0..groups.len()).any(|k| groups[k].article == article && sets.find(k) == r)
        });
        if let [target] = targets.as_slice() {
            sets.union(idx, *target);
        }
    }
}

/// Whether one word is the other with an "s" added ("Romanian",
/// "Romanians"): a plural or a family ("the Smiths"), not a slip.
fn plural_of(a: &str, b: &str) -> bool {
    a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// Whether two different words differ by one letter added, dropped or
/// changed, or by two neighbouring letters swapped.
fn one_slip(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[start..], &b[start..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
        std::cmp::Ordering::Equal => {
            ra.get(1..) == rb.get(1..)
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
    }
}

/// Rule 4: a short form an article defines for an organisation or place
/// ("Doctors Without Borders, or MSF"; "… (SOHR)") names the same
/// thing where another article uses it alone. People's short forms are left
/// to rule 3, which checks that the family name is not shared.
fn merge_defined_short_forms(mentions: &[EntityMention], groups: &[Group], sets: &mut UnionFind) {
    let mut defined: HashMap<String, usize> = HashMap::new();
    for (g_idx, g) in groups.iter().enumerate() {
        for &m_idx in &g.mentions {
            let m = &mentions[m_idx];
            if m.alias_of.is_some() && m.kind != EntityKind::Person && g.kind != EntityKind::Person
            {
                let key = joined(&name_words(&m.name)).norm;
                if !key.is_empty() {
                    defined.entry(key).or_insert(g_idx);
                }
            }
        }
    }
    for (idx, g) in groups.iter().enumerate() {
        if let Some(&target) = defined.get(&g.whole.norm) {
            sets.union(idx, target);
        }
    }
}

/// Rule 5: an acronym ("DNC") joins the one organisation of the story whose
/// initials it spells ("Democratic National Committee"); with two such
/// organisations it stays alone.
fn merge_acronyms(mentions: &[EntityMention], groups: &[Group], sets: &mut UnionFind) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (idx, g) in groups.iter().enumerate() {
        if g.kind == EntityKind::Person || g.words.len() < 2 {
            continue;
        }
        let Some(&first) = g.mentions.first() else {
            continue;
        };
        let full = mentions[first]
            .alias_of
            .as_deref()
            .unwrap_or(&mentions[first].name);
        let key = initials(full);
        if key.len() >= 2 {
            let root = sets.find(idx);
            let roots = by_initials.entry(key).or_default();
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
    }
    for (idx, g) in groups.iter().enumerate() {
        let Some(&first) = g.mentions.first() else {
            continue;
        };
        let name = &mentions[first].name;
        let acronym = g.words.len() == 1
            && name.chars().filter(char::is_ascii_alphabetic).count() >= 2
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
        if !acronym || g.kind == EntityKind::Person {
            continue;
        }
        if let Some([root]) = by_initials.get(&initials(name)).map(Vec::as_slice) {
            sets.union(idx, *root);
        }
    }
}

/// Unions the members of one bucket that `matches` pairs, comparing each
/// member with one representative of every set formed so far.
fn union_matching(
    groups: &[Group],
    members: &[usize],
    sets: &mut UnionFind,
    matches: impl Fn(&Group, &Group) -> bool,
) {
    let mut seen: Vec<usize> = Vec::new();
    for &m in members {
        let mut joined_any = false;
        for &r in seen.iter().take(MAX_BUCKET) {
            let (a, b) = (&groups[m], &groups[r]);
            if kinds_agree(a, b) && matches(a, b) {
                sets.union(m, r);
                joined_any = true;
            }
        }
        // Keep every distinct spelling as a representative (up to the cap);
        // exact repeats add nothing new to compare.
        let repeat = seen.iter().any(|&r| {
            groups[r].whole.norm == groups[m].whole.norm && groups[r].kind == groups[m].kind
        });
        if !repeat || !joined_any {
            seen.push(m);
        }
    }
}

fn build(mentions: &[EntityMention], groups: &[Group], sets: &mut UnionFind) -> Vec<Entity> {
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for idx in 0..groups.len() {
        members.entry(sets.find(idx)).or_default().push(idx);
    }
    let mut built: Vec<(usize, usize, Entity)> = Vec::new();
    for group_ids in members.values() {
        let mut m_ids: Vec<usize> = group_ids
            .iter()
            .flat_map(|&g| groups[g].mentions.iter().copied())
            .collect();
        m_ids.sort_by_key(|&i| {
            (
                mentions[i].article,
                mentions[i].span.start,
                mentions[i].span.end,
            )
        });
        m_ids.dedup();
        let mut votes = [0; 3];
        let mut spellings: Vec<(String, usize, usize)> = Vec::new(); // name, count, first position
        let mut full_names: Vec<(String, usize, usize)> = Vec::new();
        let mut description: Vec<String> = Vec::new();
        for (pos, &i) in m_ids.iter().enumerate() {
            let m = &mentions[i];
            votes[kind_index(m.kind)] += 1;
            count(&mut spellings, &m.name, pos);
            if m.alias_of.is_none() {
                count(&mut full_names, &m.name, pos);
            }
            for d in &m.description {
                if !description.contains(d) {
                    description.push(d.clone());
                }
            }
        }
        // The preferred name: the most frequent full spelling; for a person,
        // among spellings of two or more words (a surname alone is not the
        // full name), for a place or organisation among all ("Mosul", not a
        // once-seen "Save Mosul").
        let kind = majority_kind(&votes);
        let most_words = full_names
            .iter()
            .map(|(n, _, _)| n.split_whitespace().count())
            .max()
            .unwrap_or(0);
        let least_words = if kind == EntityKind::Person {
            most_words.min(2)
        } else {
            1
        };
        // "XINHUA" in a photo credit and "Xinhua" in the text: the
        // capitals are the credit's typography, not the name.
        let shouted = |n: &str| {
            !n.chars().any(char::is_lowercase)
                && full_names
                    .iter()
                    .any(|(o, _, _)| o != n && o.to_lowercase() == n.to_lowercase())
        };
        let name = full_names
            .iter()
            .filter(|(n, _, _)| n.split_whitespace().count() >= least_words)
            .max_by_key(|(n, c, first)| {
                (
                    !shouted(n),
                    *c,
                    std::cmp::Reverse(*first),
                    std::cmp::Reverse(n.clone()),
                )
            })
            .or_else(|| {
                spellings
                    .iter()
                    .max_by_key(|(_, c, first)| (*c, std::cmp::Reverse(*first)))
            })
            .map(|(n, _, _)| n.clone())
            .unwrap_or_default();
        spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        let variants = spellings.into_iter().map(|(n, _, _)| n).collect();
        let mut articles: Vec<ArticleId> = m_ids.iter().map(|&i| mentions[i].article).collect();
        articles.dedup();
        let cites = m_ids
            .iter()
            .map(|&i| Cite::new(mentions[i].article, mentions[i].span))
            .collect::<Vec<_>>();
        let entity = Entity {
            id: String::new(),
            kind,
            name,
            variants,
            description,
            mentions: cites,
        };
        built.push((articles.len(), m_ids.len(), entity));
    }
    built.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| a.2.name.cmp(&b.2.name))
            .then_with(|| a.2.mentions.first().cmp(&b.2.mentions.first()))
    });
    built
        .into_iter()
        .enumerate()
        .map(|(i, (_, _, mut e))| {
            e.id = format!("e{}", i + 1);
            e
        })
        .collect()
}

fn count(list: &mut Vec<(String, usize, usize)>, name: &str, pos: usize) {
    match list.iter_mut().find(|(n, _, _)| n == name) {
        Some(entry) => entry.1 += 1,
        None => list.push((name.to_string(), 1, pos)),
    }
}

/// Disjoint sets over group indices, with path halving.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index stays root, so results do not depend on order of calls.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}
