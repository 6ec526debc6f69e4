//! The `attribution` suite: who a figure is attributed to (`attributed_to`
//! of `extract::figures`), scored on PolNeAR's own attribution annotations
//! of the train and dev splits. The test split is never read here: its
//! sentences hold the hand-labelled held-out set of the `numbers` suite.
//!
//! Every figure our extractor finds in a whole article is scored. A figure
//! whose bytes lie inside one range of an annotated attribution's content
//! is attributed, and its gold is the source of the innermost such
//! attribution (the shortest content range holding it); a figure outside
//! every content span has the gold "no attribution". Figures that straddle
//! a content boundary, or sit in a content whose attribution names no
//! source, are counted but not scored. Train is the split the rules are
//! tuned on; dev is the held-out check.

use std::fmt::Write as _;
use std::time::Instant;

use corroborate_extract as extract;
use corroborate_model::{FigureReport, Span};

use super::polnear::{self, Relation, RunOptions};
use crate::report::{self, Section, Table};
use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "attribution",
    about: "who a figure is attributed to, on PolNeAR's attributions (train, dev; ATTRIBUTION_SPLIT=train|dev)",
    run,
};

/// The splits read, with what each is to the rules.
const SPLITS: [(&str, &str); 2] = [("train", "tuned on"), ("dev", "held out")];

#[derive(Default)]
struct Tally {
    articles: usize,
    figures: usize,
    /// Inside a content span whose attribution names a source.
    inside: usize,
    inside_given: usize,
    inside_right: usize,
    /// Of `inside`, those whose gold source is a pronoun.
    pronoun: usize,
    pronoun_right: usize,
    /// Inside a content span without a source: not scored.
    no_source: usize,
    /// Across a content boundary: not scored.
    straddle: usize,
    outside: usize,
    /// Attributions given to figures outside every content span (all wrong).
    outside_given: usize,
    seconds: f64,
}

/// The environment variables of a run are `ATTRIBUTION_SPLIT=train|dev`,
/// `ATTRIBUTION_ERRORS=wrong|miss|spurious|all` (on train only, so that dev
/// stays a held-out check), `ATTRIBUTION_DUMP=PATH` (every scored figure
/// with its gold and ours) and `ATTRIBUTION_REPEAT=N`, read by
/// [`RunOptions`].
fn options() -> anyhow::Result<RunOptions> {
    RunOptions::from_env("ATTRIBUTION", &SPLITS.map(|(name, _)| name), &["dev"])
}

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let opts = options()?;
    let mut dump = String::new();
    let mut tallies = Vec::new();
    for &split in &opts.splits {
        let role = SPLITS.iter().find(|s| s.0 == split).map_or("", |s| s.1);
        let dir = ctx.data.join("polnear/data").join(split);
        let mut tally = Tally::default();
        for files in polnear::articles(&dir, ctx.quick.then_some(10))? {
            let text = fs_err::read_to_string(&files.text)?;
            let ann = fs_err::read_to_string(&files.ann)?;
            let name = format!("{split}/{}", files.name);
            score_article(&text, &ann, &name, &opts, &mut tally, &mut dump);
        }
        tallies.push((split, role, tally));
    }
    if let Some(path) = &opts.dump {
        fs_err::write(path, dump)?;
    }
    Ok(render(ctx, &tallies))
}

/// Where a figure stands against the annotation.
#[derive(Debug, PartialEq)]
enum Gold {
    /// Inside a content span whose attribution has this source.
    Source(Span),
    /// Inside a content span whose attribution names no source.
    NoSource,
    /// Across a content boundary.
    Straddle,
    /// Outside every content span.
    Outside,
}

/// The gold of the figure at `fig`: the innermost content range holding it.
fn gold_of(relations: &[Relation], fig: Span) -> Gold {
    let mut best: Option<(usize, &Relation)> = None;
    let mut straddles = false;
    for rel in relations {
        for part in &rel.content {
            if part.contains(fig) {
                if best.is_none_or(|(len, _)| part.len() < len) {
                    best = Some((part.len(), rel));
                }
            } else if part.start < fig.end && fig.start < part.end {
                straddles = true;
            }
        }
    }
    match best {
        Some((_, rel)) => rel.source.map_or(Gold::NoSource, Gold::Source),
        None if straddles => Gold::Straddle,
        None => Gold::Outside,
    }
}

fn score_article(
    text: &str,
    ann: &str,
    name: &str,
    opts: &RunOptions,
    tally: &mut Tally,
    dump: &mut String,
) {
    let relations = polnear::relations(text, ann);
    let article = crate::stories::article_as_is(0, text);
    let mut best = f64::INFINITY;
    let mut figures = Vec::new();
    for _ in 0..opts.repeat {
        let clock = Instant::now();
        figures = extract::figures(&article);
        best = best.min(clock.elapsed().as_secs_f64());
    }
    tally.seconds += best;
    tally.articles += 1;
    for f in &figures {
        tally.figures += 1;
        let gold = gold_of(&relations, Span::new(f.start, f.end));
        let ours = f.attributed_to.as_deref();
        let verdict = match &gold {
            Gold::Source(src) => {
                let src = src.slice(text);
                tally.inside += 1;
                let pronoun = is_pronoun(src);
                tally.pronoun += usize::from(pronoun);
                if let Some(o) = ours {
                    tally.inside_given += 1;
                    if same_source(src, o) {
                        tally.inside_right += 1;
                        tally.pronoun_right += usize::from(pronoun);
                        "right"
                    } else {
                        "wrong"
                    }
                } else {
                    "miss"
                }
            }
            Gold::NoSource => {
                tally.no_source += 1;
                "unscored"
            }
            Gold::Straddle => {
                tally.straddle += 1;
                "unscored"
            }
            Gold::Outside => {
                tally.outside += 1;
                if ours.is_some() {
                    tally.outside_given += 1;
                    "spurious"
                } else {
                    "right"
                }
            }
        };
        let gold_text = match &gold {
            Gold::Source(s) => Some(s.slice(text)),
            _ => None,
        };
        if opts.dump.is_some() {
            let _ = writeln!(
                dump,
                "{name}\t{}..{}\t{:?}\t{gold:?}\t{gold_text:?}\t{ours:?}\t{verdict}",
                f.start,
                f.end,
                Span::new(f.start, f.end).slice(text),
            );
        }
        if opts.shows(verdict) {
            show(text, name, f, verdict, gold_text, ours);
        }
    }
}

/// Prints one error with its sentence (train only, see [`options`]).
fn show(
    text: &str,
    name: &str,
    f: &FigureReport,
    verdict: &str,
    gold: Option<&str>,
    ours: Option<&str>,
) {
    let figure = Span::new(f.start, f.end).slice(text);
    let sentence = f.sentence.slice(text);
    eprintln!(
        "{} {name} @{}: {figure:?}\n  gold: {gold:?}\n  ours: {ours:?}\n  sent: {sentence}\n",
        verdict.to_uppercase(),
        f.start
    );
}

/// Words of a source, lower-cased, without a possessive "'s".
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(['\'', '’'])
        })
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me", "his", "their",
    "who", "whose", "which",
];

/// Whether a source is a pronoun alone: personal ("he") or relative
/// ("who", in "X, who estimates that …"); neither says whom it stands for.
fn is_pronoun(s: &str) -> bool {
    let w = words(s);
    w.len() == 1 && PRONOUNS.contains(&w[0].as_str())
}

/// The words of a source that name it: without articles, demonstratives
/// and possessive pronouns ("his campaign" → campaign).
fn naming_words(s: &str) -> Vec<String> {
    let mut w = words(s);
    w.retain(|x| {
        !matches!(
            x.as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
        )
    });
    w
}

/// Whether our source `ours` names the gold source `gold`: every naming
/// word of one (lower-cased, without a possessive "'s", articles,
/// demonstratives and possessive pronouns) occurs in the other ("Trump" and
/// "Donald Trump's campaign", "his campaign" and "the Trump campaign", "the
/// poll" and "a new CNN/ORC poll"). A gold pronoun ("he", "they", "who") is
/// matched by any source we give: we resolve pronouns to names, and
/// PolNeAR does not say whom the pronoun stands for; these figures are
/// counted apart.
fn same_source(gold: &str, ours: &str) -> bool {
    if is_pronoun(gold) {
        return !words(ours).is_empty();
    }
    let (g, o) = (naming_words(gold), naming_words(ours));
    if g.is_empty() || o.is_empty() {
        return false;
    }
    g.iter().all(|w| o.contains(w)) || o.iter().all(|w| g.contains(w))
}

/// Precision, recall and F1.
fn prf(right: usize, given: usize, gold: usize) -> (Option<f64>, Option<f64>, Option<f64>) {
    let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    let (p, r) = (ratio(right, given), ratio(right, gold));
    let f1 = match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        _ => None,
    };
    (p, r, f1)
}

fn render(ctx: &Ctx, tallies: &[(&str, &str, Tally)]) -> String {
    let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    let mut section = Section::new(
        "attribution",
        "Figure attribution (PolNeAR attributions, train and dev)",
    );
    section.para(
        "Who a figure is attributed to (`attributed_to` of `extract::figures` on whole \
         articles), scored against PolNeAR's attribution annotations. A figure whose bytes lie \
         inside an annotated content span is attributed: its gold is the source of the \
         innermost such attribution; a figure outside every content span should have no \
         attribution. Ours matches the gold source when every naming word of one occurs in the \
         other (words lower-cased, without a possessive 's, articles, demonstratives and \
         possessive pronouns: 'Trump' and 'Donald Trump's campaign', 'his campaign' and 'the \
         Trump campaign', 'the poll' and 'a new CNN/ORC poll'). PolNeAR does not resolve pronouns, so a \
         gold pronoun source ('he', 'they', a relative 'who') is matched by any source we give (we resolve \
         pronouns to names); those figures are shown on their own row. Precision counts every \
         attribution we give, so one given to a figure outside every content span is an error. \
         The attribution rules were tuned on train (its errors read); dev is held out: its \
         errors were never read, though its aggregate figures were seen after each change.",
    );
    let mut header = vec!["measure".to_string()];
    for (split, role, _) in tallies {
        header.push(format!("{split} ({role})"));
    }
    let mut table = Table::new(&header);
    type Cell = fn(&Tally) -> String;
    let rows: [(&str, Cell); 11] = [
        ("attribution precision, all figures", |t| {
            report::pct(prf(t.inside_right, t.inside_given + t.outside_given, t.inside).0)
        }),
        ("attribution recall, all figures", |t| {
            report::pct(prf(t.inside_right, t.inside_given + t.outside_given, t.inside).1)
        }),
        ("attribution F1, all figures", |t| {
            report::pct(prf(t.inside_right, t.inside_given + t.outside_given, t.inside).2)
        }),
        ("precision inside content spans", |t| {
            report::pct(prf(t.inside_right, t.inside_given, t.inside).0)
        }),
        ("recall inside content spans", |t| {
            report::pct(prf(t.inside_right, t.inside_given, t.inside).1)
        }),
        ("F1 inside content spans", |t| {
            report::pct(prf(t.inside_right, t.inside_given, t.inside).2)
        }),
        ("some source given, inside content spans", |t| {
            report::pct((t.inside > 0).then(|| t.inside_given as f64 / t.inside as f64))
        }),
        ("gold pronoun sources given one", |t| {
            report::pct((t.pronoun > 0).then(|| t.pronoun_right as f64 / t.pronoun as f64))
        }),
        ("left unattributed, outside content spans", |t| {
            report::pct(
                (t.outside > 0).then(|| (t.outside - t.outside_given) as f64 / t.outside as f64),
            )
        }),
        ("figures inside / outside / not scored", |t| {
            format!(
                "{} / {} / {}",
                t.inside,
                t.outside,
                t.no_source + t.straddle
            )
        }),
        ("time per article (figures only)", |t| {
            report::seconds((t.articles > 0).then(|| t.seconds / t.articles as f64))
        }),
    ];
    for (label, cell) in rows {
        let mut cells = vec![label.to_string()];
        for (_, _, t) in tallies {
            cells.push(cell(t));
        }
        table.row(cells);
    }
    section.table(&table);
    let scope: Vec<String> = tallies
        .iter()
        .map(|(split, _, t)| {
            format!(
                "{split}: {} articles, {} figures ({} inside a content span with a source, {} of them pronouns; {} outside; {} in a content span without a source and {} across a content boundary, not scored){}",
                t.articles,
                t.figures,
                t.inside,
                t.pronoun,
                t.outside,
                t.no_source,
                t.straddle,
                match ratio(t.inside_right, t.inside) {
                    Some(_) => String::new(),
                    None => " — nothing to score".to_string(),
                }
            )
        })
        .collect();
    section.scope(&format!(
        "PolNeAR `polnear/data/{{train,dev}}`, the first annotator's file of each article; the test split is never read. {}{}.",
        scope.join("; "),
        if ctx.quick { " (quick slice: 10 articles per split)" } else { "" },
    ));
    section.render()
}

#[cfg(test)]
mod tests {
    use super::{gold_of, is_pronoun, same_source, Gold};
    use crate::suites::polnear::Relation;
    use corroborate_model::Span;

    #[test]
    fn sources_match_when_the_naming_words_of_one_are_in_the_other() {
        assert!(same_source("Trump", "Donald Trump"));
        assert!(same_source("Donald Trump's campaign", "Donald Trump"));
        assert!(same_source("the poll", "a new national poll"));
        assert!(same_source("his campaign", "the Clinton campaign"));
        assert!(same_source("a spokesman for the senator", "spokesman"));
        // a shared word is not enough when each has words the other lacks
        assert!(!same_source("Clinton aides", "Trump aides"));
        assert!(!same_source("the survey", "Trump"));
        assert!(!same_source("Rubio", "Cruz"));
        // "Don" is no word of "Donald"
        assert!(!same_source("Don Smith", "Donald"));
    }

    #[test]
    fn a_gold_pronoun_takes_any_source_we_give() {
        assert!(is_pronoun("He"));
        assert!(is_pronoun("who"));
        assert!(!is_pronoun("Helen"));
        assert!(same_source("she", "Jane Roe"));
        assert!(!same_source("she", ""));
    }

    #[test]
    fn the_innermost_content_holds_the_gold() {
        let rel = |content: Vec<Span>, source: Option<Span>| Relation {
            content_hull: Span::new(content[0].start, content.last().unwrap().end),
            content,
            source,
        };
        let outer = rel(vec![Span::new(0, 100)], Some(Span::new(200, 205)));
        let inner = rel(vec![Span::new(10, 30)], Some(Span::new(300, 305)));
        let gappy = rel(
            vec![Span::new(110, 120), Span::new(130, 140)],
            Some(Span::new(400, 405)),
        );
        let rels = [outer, inner, gappy];
        assert_eq!(
            gold_of(&rels, Span::new(12, 14)),
            Gold::Source(Span::new(300, 305))
        );
        assert_eq!(
            gold_of(&rels, Span::new(50, 52)),
            Gold::Source(Span::new(200, 205))
        );
        // in the gap of a discontinuous content: outside
        assert_eq!(gold_of(&rels, Span::new(122, 125)), Gold::Outside);
        assert_eq!(gold_of(&rels, Span::new(118, 125)), Gold::Straddle);
        let no_source = [rel(vec![Span::new(0, 10)], None)];
        assert_eq!(gold_of(&no_source, Span::new(2, 4)), Gold::NoSource);
    }
}
