//! Markdown for the suites' sections: a section builder (heading, prose,
//! tables, scope, exact command) and a table whose usual columns are ours,
//! each peer, the published anchor and the ratio, with the formatting helpers
//! every suite shares so BENCHMARKS.md reads the same throughout.

/// What a peer cell says when the Python peer could not be installed or run.
pub const PEER_MISSING: &str = "peer missing";
/// What a cell says when there is nothing to compare with.
pub const NONE: &str = "—";

/// A Markdown table: a header row and body rows of cells.
#[derive(Clone, Debug, Default)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headings. The first column is left-aligned
    /// (labels), the others right-aligned (figures).
    pub fn new<S: ToString>(header: &[S]) -> Table {
        Table {
            header: header.iter().map(ToString::to_string).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row; missing cells are left empty, extra cells are kept and
    /// widen the table.
    pub fn row<I, S>(&mut self, cells: I) -> &mut Table
    where
        I: IntoIterator<Item = S>,
        S: ToString,
    {
        self.rows
            .push(cells.into_iter().map(|c| c.to_string()).collect());
        self
    }

    /// The number of body rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the table has no body rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as GitHub Markdown, one line per row.
    pub fn markdown(&self) -> String {
        let width = self
            .rows
            .iter()
            .map(Vec::len)
            .chain([self.header.len()])
            .max()
            .unwrap_or(0);
        let line = |cells: &[String]| {
            let mut s = String::from("|");
            for i in 0..width {
                let c = cells.get(i).map(String::as_str).unwrap_or("");
                s.push(' ');
                s.push_str(&escape(c));
                s.push_str(" |");
            }
            s
        };
        let mut out = line(&self.header);
        out.push('\n');
        out.push('|');
        for i in 0..width {
            out.push_str(if i == 0 { "---|" } else { "---:|" });
        }
        for r in &self.rows {
            out.push('\n');
            out.push_str(&line(r));
        }
        out.push('\n');
        out
    }
}

/// Pipes inside a cell would split it; newlines would end the row.
fn escape(cell: &str) -> String {
    cell.replace('|', "\\|").replace('\n', " ")
}

/// One suite's section of BENCHMARKS.md.
#[derive(Clone, Debug)]
pub struct Section {
    body: String,
    scope: Option<String>,
    command: String,
}

impl Section {
    /// A section headed `## {title}` whose exact command is
    /// `cargo run --release -p corroborate-bench -- {suite}`.
    pub fn new(suite: &str, title: &str) -> Section {
        Section {
            body: format!("## {title}\n"),
            scope: None,
            command: format!("cargo run --release -p corroborate-bench -- {suite}"),
        }
    }

    /// A paragraph of prose.
    pub fn para(&mut self, text: &str) -> &mut Section {
        self.body.push('\n');
        self.body.push_str(text.trim());
        self.body.push('\n');
        self
    }

    /// A table.
    pub fn table(&mut self, table: &Table) -> &mut Section {
        self.body.push('\n');
        self.body.push_str(&table.markdown());
        self
    }

    /// What the figures were measured on (data set, slice, settings).
    pub fn scope(&mut self, text: &str) -> &mut Section {
        self.scope = Some(text.trim().to_string());
        self
    }

    /// The Markdown: heading, paragraphs and tables, scope, command.
    pub fn render(&self) -> String {
        let mut out = self.body.clone();
        if let Some(scope) = &self.scope {
            out.push_str(&format!("\nScope: {scope}\n"));
        }
        out.push_str(&format!("\nCommand: `{}`\n", self.command));
        out
    }
}

/// A figure with `decimals` places, or [`NONE`] when absent or not finite.
pub fn num(x: Option<f64>, decimals: usize) -> String {
    match x {
        Some(v) if v.is_finite() => format!("{v:.decimals$}"),
        _ => NONE.to_string(),
    }
}

/// A fraction in `[0, 1]` as a percentage with two places (`0.4052` →
/// `40.52`), the way ROUGE and F1 figures are published.
pub fn pct(x: Option<f64>) -> String {
    num(x.map(|v| v * 100.0), 2)
}

/// A peer's figure, or [`PEER_MISSING`] when the peer did not run.
pub fn peer(x: Option<f64>, fmt: fn(Option<f64>) -> String) -> String {
    match x {
        Some(_) => fmt(x),
        None => PEER_MISSING.to_string(),
    }
}

/// How many times `ours` is `theirs` (`2.50×`), or [`NONE`] when either is
/// missing or the divisor is zero. For "higher is better" figures (scores,
/// throughput) above 1× means we do better.
pub fn ratio(ours: Option<f64>, theirs: Option<f64>) -> String {
    match (ours, theirs) {
        (Some(a), Some(b)) if b != 0.0 && a.is_finite() && b.is_finite() => {
            let r = a / b;
            if r >= 100.0 {
                format!("{r:.0}×")
            } else if r >= 10.0 {
                format!("{r:.1}×")
            } else {
                format!("{r:.2}×")
            }
        }
        _ => NONE.to_string(),
    }
}

/// A duration in seconds in the most readable unit (`850 µs`, `4.2 ms`,
/// `12.3 s`).
pub fn seconds(s: Option<f64>) -> String {
    match s {
        Some(v) if v.is_finite() && v < 1e-3 => format!("{:.0} µs", v * 1e6),
        Some(v) if v.is_finite() && v < 1.0 => format!("{:.2} ms", v * 1e3),
        Some(v) if v.is_finite() => format!("{v:.2} s"),
        _ => NONE.to_string(),
    }
}

/// A count with thousands separators (`5622` → `5,622`).
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_renders_aligned_markdown_and_escapes_pipes() {
        let mut t = Table::new(&["system", "R-1", "ratio"]);
        t.row(["ours", "40.10", "1.02×"]).row(["a|b", "39.41"]);
        assert_eq!(
            t.markdown(),
            "| system | R-1 | ratio |\n|---|---:|---:|\n| ours | 40.10 | 1.02× |\n| a\\|b | 39.41 |  |\n"
        );
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn figures_format_as_published() {
        assert_eq!(pct(Some(0.40523)), "40.52");
        assert_eq!(pct(None), "—");
        assert_eq!(peer(None, pct), PEER_MISSING);
        assert_eq!(ratio(Some(50.0), Some(2.0)), "25.0×");
        assert_eq!(ratio(Some(1.0), Some(0.0)), "—");
        assert_eq!(ratio(Some(900.0), Some(2.0)), "450×");
        assert_eq!(seconds(Some(0.0042)), "4.20 ms");
        assert_eq!(seconds(Some(0.00085)), "850 µs");
        assert_eq!(count(5622), "5,622");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_000_000), "1,000,000");
    }

    #[test]
    fn section_ends_with_scope_and_exact_command() {
        let mut t = Table::new(&["x", "y"]);
        t.row(["a", "1"]);
        let s = Section::new("rouge", "ROUGE scorer")
            .para("Intro.")
            .table(&t)
            .scope("50 pairs.")
            .render();
        assert!(s.starts_with("## ROUGE scorer\n\nIntro.\n\n| x | y |"));
        assert!(s.ends_with(
            "Scope: 50 pairs.\n\nCommand: `cargo run --release -p corroborate-bench -- rouge`\n"
        ));
    }
}
