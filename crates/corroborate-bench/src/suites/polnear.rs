//! Reading PolNeAR, shared by the suites scored on it (`quotes`,
//! `attribution`): the articles of a split paired with one annotator's
//! file, and the attribution relations of a brat `.ann` file as byte spans.
//!
//! PolNeAR counts offsets in characters; the spans here are byte offsets
//! into the article text, as everywhere in corroborate.

use std::collections::HashMap;
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

#[cfg(test)]
mod tests {
    use super::relations;
    use corroborate_model::Span;

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
