//! The `sentences` suite: the English sentence-boundary "Golden Rules" (pySBD's
//! 48 and pragmatic_segmenter's 52), our splitter next to pySBD run on the
//! same texts in the same run. A rule passes when the list of sentences,
//! each trimmed of surrounding whitespace, is exactly the expected list.

use std::time::Instant;

use serde::Deserialize;

use crate::report::{self, Section, Table};
use crate::{peers, Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "sentences",
    about: "sentence boundaries on the English Golden Rules, ours vs pySBD",
    run,
};

#[derive(Deserialize)]
struct Rule {
    id: u32,
    text: String,
    expected: Vec<String>,
}

#[derive(Deserialize)]
struct PragmaticRules {
    #[serde(rename = "English")]
    english: Vec<Rule>,
}

#[derive(Deserialize)]
struct PeerOut {
    sentences: Vec<Vec<String>>,
}

fn ours(text: &str) -> Vec<String> {
    corroborate_segment::sentences(text)
        .iter()
        .map(|s| s.slice(text).trim().to_string())
        .collect()
}

fn normalized(expected: &[String]) -> Vec<String> {
    expected
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Pass count of a splitter's outputs against the rules, and the ids failed.
fn score(rules: &[Rule], outputs: &[Vec<String>]) -> (usize, Vec<u32>) {
    let mut failed = Vec::new();
    for (rule, got) in rules.iter().zip(outputs) {
        let got: Vec<String> = got
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if got != normalized(&rule.expected) {
            failed.push(rule.id);
        }
    }
    (rules.len() - failed.len(), failed)
}

fn pysbd(ctx: &Ctx, rules: &[Rule]) -> Option<Vec<Vec<String>>> {
    let texts: Vec<&str> = rules.iter().map(|r| r.text.as_str()).collect();
    let input = serde_json::json!({ "texts": texts });
    let out = peers::run_python(ctx, "pysbd_split.py", &[], input.to_string().as_bytes())?;
    let parsed: PeerOut = serde_json::from_slice(&out).ok()?;
    Some(parsed.sentences)
}

fn run(ctx: &Ctx) -> anyhow::Result<String> {
    let dir = ctx.data.join("sentence_boundary_golden_rules");
    let pysbd_rules: Vec<Rule> = serde_json::from_str(&fs_err::read_to_string(
        dir.join("pysbd_golden_rules_en.json"),
    )?)?;
    // Rules 40-42 of the README write newlines as a backslash and an `n`.
    let mut pragmatic: PragmaticRules = serde_json::from_str(&fs_err::read_to_string(
        dir.join("pragmatic_segmenter_golden_rules_readme.json"),
    )?)?;
    for rule in &mut pragmatic.english {
        rule.text = rule.text.replace("\\n", "\n");
    }
    let sets: [(&str, &[Rule], &str); 2] = [
        (
            "pySBD English Golden Rules",
            &pysbd_rules,
            "pySBD 47/48 (97.9 %)",
        ),
        (
            "pragmatic_segmenter English Golden Rules",
            &pragmatic.english,
            "pragmatic_segmenter 98.1 %, CoreNLP 59.6 %, Punkt 46.2 %",
        ),
    ];
    let mut table = Table::new(&[
        "rule set",
        "rules",
        "ours",
        "pySBD (run here)",
        "published",
        "ours / pySBD",
    ]);
    let mut notes = Vec::new();
    for (name, rules, published) in sets {
        let started = Instant::now();
        let outputs: Vec<Vec<String>> = rules.iter().map(|r| ours(&r.text)).collect();
        let elapsed = started.elapsed().as_secs_f64();
        let (passed, failed) = score(rules, &outputs);
        let peer = pysbd(ctx, rules).map(|out| score(rules, &out));
        let n = rules.len();
        let fmt = |p: usize| format!("{p}/{n} ({:.1} %)", 100.0 * p as f64 / n as f64);
        table.row([
            name.to_string(),
            n.to_string(),
            fmt(passed),
            peer.as_ref()
                .map(|(p, _)| fmt(*p))
                .unwrap_or_else(|| report::PEER_MISSING.to_string()),
            published.to_string(),
            report::ratio(Some(passed as f64), peer.as_ref().map(|(p, _)| *p as f64)),
        ]);
        notes.push(format!(
            "{name}: ours fails rules {:?}; pySBD fails {}; our splitter took {} for all {n} texts.",
            failed,
            peer.map(|(_, f)| format!("{f:?}")).unwrap_or_else(|| "(not run)".into()),
            report::seconds(Some(elapsed)),
        ));
    }
    let mut section = Section::new("sentences", "Sentence boundaries (Golden Rules)");
    section.table(&table);
    for note in notes {
        section.para(&note);
    }
    section.scope(
        "every English rule of both sets in ../shared/data/sentence_boundary_golden_rules; a rule passes when the trimmed \
         sentence list equals the expected list exactly. pySBD runs in the harness's venv on the same texts.",
    );
    Ok(section.render())
}
