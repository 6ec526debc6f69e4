//! The `corroborate` command: parses arguments, reads the input files, runs
//! the pipeline and writes the brief. Exit codes: 0 when a brief was written,
//! 1 when no article could be read, 2 on a usage error.

mod args;
mod files;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use crate::args::{Args, Command, OutputFormat};

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    let Command::Brief(brief) = args.command;
    let cfg = match brief.config() {
        Ok(cfg) => cfg,
        Err(msg) => {
            eprintln!("error: {msg}");
            return Ok(ExitCode::from(2));
        }
    };
    let format = brief.output_format();
    let (inputs, mut warnings) = files::read_all(&brief.inputs, std::io::stderr().is_terminal());
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let mut run = corroborate::pipeline::run(inputs, &cfg);
    for e in &run.errors {
        eprintln!("warning: skipped {e}");
    }
    let n_articles: usize = run.briefs.iter().map(|b| b.articles.len()).sum();
    if n_articles == 0 {
        eprintln!("error: no article could be read from the inputs");
        return Ok(ExitCode::from(1));
    }
    // Inputs skipped while walking the file system belong in the brief too.
    if let Some(first) = run.briefs.first_mut().filter(|_| !warnings.is_empty()) {
        warnings.append(&mut first.warnings);
        first.warnings = warnings;
    }
    let rendered = render(&run, format);
    match &brief.output {
        Some(path) => fs_err::write(path, rendered).context("could not write the brief")?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.as_bytes())
                .context("could not write to standard output")?;
            out.flush().context("could not write to standard output")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn render(run: &corroborate::pipeline::Run, format: OutputFormat) -> String {
    use corroborate::render;
    let many = run.multi_story || run.briefs.len() > 1;
    let mut out = String::new();
    for brief in &run.briefs {
        match format {
            OutputFormat::Json if many => {
                out.push_str(&render::json_line(brief));
                out.push('\n');
            }
            OutputFormat::Json => {
                out.push_str(&render::json(brief));
                out.push('\n');
            }
            OutputFormat::Md => {
                if !out.is_empty() {
                    out.push_str("\n---\n\n");
                }
                out.push_str(&render::markdown(brief));
            }
            OutputFormat::Html => out.push_str(&render::html(brief)),
        }
    }
    out
}
