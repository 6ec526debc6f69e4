//! Command-line arguments and their validation into a [`corroborate::Config`].

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  corroborate brief examples/east-aleppo-2016/
  corroborate brief reports/*.html --date 2016-12-13 --format json
  corroborate brief story.jsonl -o brief.html
  cat article.txt | corroborate brief -
  corroborate brief multinews.txt --format json > briefs.jsonl";

/// Cross-source briefs of a news story, with provenance.
#[derive(Parser, Debug)]
#[command(name = "corroborate", version, about, after_help = EXAMPLES)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Read articles about one story and write a brief.
    #[command(after_help = EXAMPLES)]
    Brief(BriefArgs),
}

#[derive(clap::Args, Debug)]
pub(crate) struct BriefArgs {
    /// Files or directories to read (.txt .md .html .htm .json .jsonl, searched recursively), or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,

    /// Output format; defaults to Markdown, or to the extension of `-o`.
    #[arg(long, value_enum)]
    pub(crate) format: Option<OutputFormat>,

    /// Write the brief to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// Publication date (YYYY-MM-DD) for articles whose metadata gives none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) date: Option<String>,

    /// Target length of the summary in words.
    #[arg(long, value_name = "N", default_value_t = 120)]
    pub(crate) summary_words: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// The `corroborate.brief/1` JSON contract (JSON Lines for several stories).
    Json,
    /// Markdown for pasting into a document.
    Md,
    /// A self-contained HTML page.
    Html,
}

impl BriefArgs {
    /// Checks the options and builds the library's configuration.
    pub(crate) fn config(&self) -> Result<corroborate::Config, String> {
        let date = match &self.date {
            None => None,
            Some(s) => Some(
                s.parse::<jiff::civil::Date>()
                    .map_err(|_| format!("`--date {s}` is not a date of the form YYYY-MM-DD"))?,
            ),
        };
        if self.summary_words == 0 {
            return Err("`--summary-words` must be at least 1".to_string());
        }
        Ok(corroborate::Config {
            date,
            summary_words: self.summary_words,
        })
    }

    /// The format asked for, else the one the output file's extension names, else Markdown.
    pub(crate) fn output_format(&self) -> OutputFormat {
        if let Some(f) = self.format {
            return f;
        }
        let ext = self
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("json") | Some("jsonl") => OutputFormat::Json,
            Some("html") | Some("htm") => OutputFormat::Html,
            _ => OutputFormat::Md,
        }
    }
}
