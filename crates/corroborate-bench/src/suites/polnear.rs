//! Reading PolNeAR, shared by the suites scored on it (`quotes`,
//! `attribution`): the articles of a split paired with one annotator's
//! file, the attribution relations of a brat `.ann` file as byte spans, and
//! the options a run of such a suite reads from the environment.
//!
//! PolNeAR counts offsets in characters; the spans here are byte offsets
//! into the article text, as everywhere in corroborate.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use corroborate_model::Span;

/// One attribution relation (a brat `E` line): its content, source and cue.
pub(crate) struct Relation {
    /// The content's ranges as annotated (discontinuous content has several).
    pub(crate) content: Vec<Span>,
    /// From the first byte of the content's first range to the last of its
    /// last: what the content covers when its gaps are ignored.
    pub(crate) content_hull: Span,
    /// The source, as the hull of its ranges, when one is annotated.
    pub(crate) source: Option<Span>,
}

/// One article of a split: its text file and the first annotator's file.
pub(crate) struct ArticleFiles {
    /// The text file's name (`outlet_date_slug.txt`).
    pub(crate) name: String,
    pub(crate) text: PathBuf,
    pub(crate) ann: PathBuf,
}

/// The articles of `dir` (a split such as `polnear/data/dev`) that have an
/// annotation, in name order; the first `limit` only when given. Where an
/// article was annotated by several annotators, the first annotator file
/// in name order is used.
pub(crate) fn articles(dir: &Path, limit: Option<usize>) -> anyhow::Result<Vec<ArticleFiles>> {
    let mut names: Vec<String> = fs_err::read_dir(dir.join("text"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    if let Some(n) = limit {
        names.truncate(n);
    }
    let mut anns: Vec<String> = fs_err::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    anns.sort();
    let mut out = Vec::new();
    for name in names {
        let stem = name.trim_end_matches(".txt");
        let Some(ann) = anns
            .iter()
            .find(|a| a.rsplit_once('_').is_some_and(|(s, _)| s == stem))
        else {
            continue;
        };
        out.push(ArticleFiles {
            text: dir.join("text").join(&name),
            ann: dir.join("attributions").join(ann),
            name,
        });
    }
    Ok(out)
}

/// Byte offset of each character offset.
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    out.push(text.len());
    out
}

/// The attribution relations of one article, in file order. A relation
/// without a content span is left out.
pub(crate) fn relations(text: &str, ann: &str) -> Vec<Relation> {
    let bytes = byte_offsets(text);
    let at = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
    // T id -> (hull, ranges)
    let mut spans: HashMap<&str, (Span, Vec<Span>)> = HashMap::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(mid)) = (cols.next(), cols.next()) else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let Some((_kind, ranges)) = mid.split_once(' ') else {
            continue;
        };
        let mut lo = usize::MAX;
        let mut hi = 0;
        let mut parts = Vec::new();
        for r in ranges.split(';') {
            let mut it = r.split_whitespace().filter_map(|n| n.parse::<usize>().ok());
            if let (Some(s), Some(e)) = (it.next(), it.next()) {
                let (s, e) = (at(s), at(e));
                lo = lo.min(s);
                hi = hi.max(e);
                if s < e {
                    parts.push(Span::new(s, e));
                }
            }
        }
        if lo < hi {
            spans.insert(id, (Span::new(lo, hi), parts));
        }
    }
    let mut out = Vec::new();
    for line in ann.lines().filter(|l| l.starts_with('E')) {
        let mut content = None;
        let mut source = None;
        for part in line.split(['\t', ' ']) {
            if let Some((role, id)) = part.split_once(':') {
                match role {
                    "Content" => content = spans.get(id),
                    "Source" => source = spans.get(id).map(|s| s.0),
                    _ => {}
                }
            }
        }
        let Some((hull, parts)) = content else {
            continue;
        };
        out.push(Relation {
            content: parts.clone(),
            content_hull: *hull,
            source,
        });
    }
    out
}

/// What a run of a PolNeAR suite reads and writes besides its figures, from
/// environment variables named after the suite (`QUOTES_…`,
/// `ATTRIBUTION_…`): `<PREFIX>_SPLIT` runs one split only (all by default);
/// `<PREFIX>_ERRORS` names the kinds of error to print to stderr
/// (comma-separated, or `all`), refused on a held-out split so that its
/// errors are never looked at; `<PREFIX>_DUMP=PATH` writes every prediction,
/// to compare the output of two builds; `<PREFIX>_REPEAT=N` times the
/// fastest of N runs per article (default 1), steadier on a busy machine.
#[derive(Debug)]
pub(crate) struct RunOptions {
    pub(crate) repeat: usize,
    /// The splits to run, in the suite's order.
    pub(crate) splits: Vec<&'static str>,
    pub(crate) errors: Option<String>,
    pub(crate) dump: Option<PathBuf>,
}

impl RunOptions {
    /// The options of the suite whose variables start with `prefix`, which
    /// reads `splits` and must show no error of the `held_out` ones.
    pub(crate) fn from_env(
        prefix: &str,
        splits: &[&'static str],
        held_out: &[&str],
    ) -> anyhow::Result<RunOptions> {
        RunOptions::from_vars(prefix, splits, held_out, |name| std::env::var_os(name))
    }

    /// [`RunOptions::from_env`] with the variables read by `var`, so that
    /// tests need not change the process's environment.
    fn from_vars(
        prefix: &str,
        splits: &[&'static str],
        held_out: &[&str],
        var: impl Fn(&str) -> Option<OsString>,
    ) -> anyhow::Result<RunOptions> {
        // A value that is not Unicode counts as unset, except for the dump
        // path, which may be any path.
        let text = |name: &str| var(&format!("{prefix}_{name}")).and_then(|v| v.into_string().ok());
        let chosen = match text("SPLIT") {
            Some(s) => {
                let Some(split) = splits.iter().find(|x| **x == s) else {
                    anyhow::bail!(
                        "{prefix}_SPLIT must be one of {}; got `{s}`",
                        splits.join(", ")
                    );
                };
                vec![*split]
            }
            None => splits.to_vec(),
        };
        let errors = text("ERRORS");
        if errors.is_some() && chosen.iter().any(|s| held_out.contains(s)) {
            let open: Vec<&str> = splits
                .iter()
                .copied()
                .filter(|s| !held_out.contains(s))
                .collect();
            let open = open.join(" or ");
            anyhow::bail!(
                "{prefix}_ERRORS reads {open} only (set {prefix}_SPLIT={open}): {} is held out",
                held_out.join(" and ")
            );
        }
        let dump = var(&format!("{prefix}_DUMP")).map(PathBuf::from);
        let repeat = text("REPEAT")
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(1)
            .max(1);
        Ok(RunOptions {
            repeat,
            splits: chosen,
            errors,
            dump,
        })
    }

    /// Whether the errors of `kind` are to be printed.
    pub(crate) fn shows(&self, kind: &str) -> bool {
        self.errors
            .as_deref()
            .is_some_and(|e| e == "all" || e.split(',').any(|k| k == kind))
    }
}

#[cfg(test)]
mod tests {
    use super::{relations, RunOptions};
    use corroborate_model::Span;
    use std::ffi::OsString;

    const SPLITS: [&str; 3] = ["test", "dev", "train"];

    /// The options read from `vars` (name, value) for a suite holding out
    /// `test`.
    fn options(vars: &[(&str, &str)]) -> anyhow::Result<RunOptions> {
        RunOptions::from_vars("SUITE", &SPLITS, &["test"], |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        })
    }

    #[test]
    fn options_default_to_every_split_one_run_no_errors_and_no_dump() {
        let opts = options(&[("OTHER_SPLIT", "dev")]).unwrap();
        assert_eq!(opts.splits, SPLITS);
        assert_eq!(opts.repeat, 1);
        assert_eq!(opts.errors, None);
        assert_eq!(opts.dump, None);
        assert!(!opts.shows("miss"));
    }

    #[test]
    fn options_read_the_variables_named_after_the_suite() {
        let opts = options(&[
            ("SUITE_SPLIT", "dev"),
            ("SUITE_ERRORS", "miss,false"),
            ("SUITE_DUMP", "/tmp/out.txt"),
            ("SUITE_REPEAT", "5"),
        ])
        .unwrap();
        assert_eq!(opts.splits, ["dev"]);
        assert_eq!(opts.repeat, 5);
        assert_eq!(
            opts.dump.as_deref(),
            Some(std::path::Path::new("/tmp/out.txt"))
        );
        assert!(opts.shows("miss") && opts.shows("false") && !opts.shows("speaker"));
        let all = options(&[("SUITE_SPLIT", "train"), ("SUITE_ERRORS", "all")]).unwrap();
        assert!(all.shows("speaker"));
    }

    #[test]
    fn options_refuse_an_unknown_split_and_errors_of_a_held_out_one() {
        let err = options(&[("SUITE_SPLIT", "validation")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "SUITE_SPLIT must be one of test, dev, train; got `validation`"
        );
        // every split by default, the held-out one among them
        let err = options(&[("SUITE_ERRORS", "all")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "SUITE_ERRORS reads dev or train only (set SUITE_SPLIT=dev or train): test is held out"
        );
        assert!(options(&[("SUITE_SPLIT", "test"), ("SUITE_ERRORS", "miss")]).is_err());
    }

    #[test]
    fn a_repeat_count_that_is_no_positive_number_is_one() {
        for n in ["0", "-2", "many", ""] {
            assert_eq!(options(&[("SUITE_REPEAT", n)]).unwrap().repeat, 1, "{n}");
        }
    }

    #[test]
    fn relations_read_character_offsets_as_bytes_and_keep_gaps() {
        // "é" is two bytes: every offset after it moves by one.
        let text = "é Kim said 12 people came, she added, and left.";
        let ann = "T1\tSource 2 5\tKim\n\
                   T2\tCue 6 10\tsaid\n\
                   T3\tContent 11 25;38 47\t12 people came and left\n\
                   E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n\
                   T4\tContent 0 1\té\n\
                   E2\tAttribution:T2 Content:T4\n";
        let rels = relations(text, ann);
        assert_eq!(rels.len(), 2);
        assert_eq!(rels[0].source.map(|s| s.slice(text)), Some("Kim"));
        let parts: Vec<&str> = rels[0].content.iter().map(|s| s.slice(text)).collect();
        assert_eq!(parts, ["12 people came", "and left."]);
        assert_eq!(rels[0].content_hull, Span::new(12, 48));
        assert_eq!(rels[1].source, None);
    }
}
