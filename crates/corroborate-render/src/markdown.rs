//! The Markdown brief, for pasting into a document: title, numbered sources,
//! the cited summary, a table of figures, quotes by speaker, names with their
//! spellings, the timeline and the warnings. Citation markers `[n]` are the
//! article numbers of the source list. All article-derived text is untrusted
//! and escaped so it cannot open headings, lists, links, HTML or table cells.

use std::fmt::Write;

use corroborate_model::{Brief, Cite, EntityKind};

use crate::format;

/// The brief as Markdown.
pub fn markdown(brief: &Brief) -> String {
    let mut out = String::with_capacity(4096);
    let title = format::collapse(&brief.title);
    let title = if title.is_empty() {
        "Untitled story".to_string()
    } else {
        title
    };
    let _ = writeln!(out, "# {}\n", line_start(&title));
    sources(&mut out, brief);
    summary(&mut out, brief);
    figures(&mut out, brief);
    quotes(&mut out, brief);
    names(&mut out, brief);
    timeline(&mut out, brief);
    warnings(&mut out, brief);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn sources(out: &mut String, brief: &Brief) {
    if brief.articles.is_empty() {
        return;
    }
    out.push_str("## Sources\n\n");
    for a in &brief.articles {
        let date = match a.published {
            Some(d) if a.published_inferred => format!("{d}, inferred"),
            Some(d) => d.to_string(),
            None => "undated".to_string(),
        };
        let _ = write!(
            out,
            "{}. **{}** — *{}* ({date})",
            u64::from(a.id.0) + 1,
            inline(&a.source),
            inline(&a.title),
        );
        if let Some(url) = a.url.as_deref().filter(|u| format::is_web_url(u)) {
            // An autolink cannot hold spaces or angle brackets; is_web_url
            // rules out whitespace and the brackets are percent-encoded.
            let _ = write!(
                out,
                " <{}>",
                url.trim().replace('<', "%3C").replace('>', "%3E")
            );
        }
        out.push('\n');
    }
    out.push('\n');
}

fn summary(out: &mut String, brief: &Brief) {
    if brief.summary.is_empty() {
        return;
    }
    out.push_str("## Summary\n\n");
    let mut first = true;
    for s in &brief.summary {
        let text = format::collapse(&s.text);
        if !first {
            out.push(' ');
        }
        if first {
            out.push_str(&line_start(&text));
        } else {
            out.push_str(&inline(&text));
        }
        first = false;
        out.push(' ');
        out.push_str(&markers(std::iter::once(&s.cite).chain(&s.also)));
    }
    out.push_str("\n\n");
}

fn figures(out: &mut String, brief: &Brief) {
    if brief.figures.is_empty() {
        return;
    }
    out.push_str("## Figures\n\n");
    out.push_str("| What is counted | What each source says | Agreement |\n");
    out.push_str("|---|---|---|\n");
    for f in format::conflicts_first(&brief.figures) {
        let reports: Vec<String> = f
            .reports
            .iter()
            .map(|r| {
                let article = format::article(brief, r.article);
                let mut cell = format!(
                    "{} {}",
                    format::marker(r.article),
                    cell_text(&format::value(r, article))
                );
                let attribution = format::attribution(r);
                if !attribution.is_empty() {
                    let _ = write!(cell, " ({})", cell_text(&attribution));
                }
                cell
            })
            .collect();
        let agreement = match f.agreement {
            corroborate_model::Agreement::Conflict => format!(
                "⚠ **{}** ({}–{})",
                format::agreement(f.agreement),
                format::number(f.low),
                format::number(f.high)
            ),
            other => format::agreement(other).to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell_text(&format::figure_label(f)),
            reports.join("; "),
            agreement
        );
    }
    out.push('\n');
}

fn quotes(out: &mut String, brief: &Brief) {
    if brief.quotes.is_empty() {
        return;
    }
    out.push_str("## Quotes\n\n");
    for (speaker, qs) in format::quotes_by_speaker(brief) {
        let name = speaker.as_deref().unwrap_or("Unattributed");
        let _ = writeln!(out, "### {}\n", line_start(name));
        for q in qs {
            let carried: Vec<String> = {
                let mut seen = Vec::new();
                for inst in &q.instances {
                    if !seen.contains(&inst.article) {
                        seen.push(inst.article);
                    }
                }
                seen.into_iter()
                    .map(|id| {
                        let outlet = format::article(brief, id)
                            .map(|a| inline(&a.source))
                            .unwrap_or_default();
                        format!("{} {outlet}", format::marker(id))
                    })
                    .collect()
            };
            let _ = write!(
                out,
                "- “{}” — {}",
                inline(&format::collapse(&q.text)),
                carried.join(", ")
            );
            if !q.same_words_as.is_empty() {
                let others: Vec<String> = q
                    .same_words_as
                    .iter()
                    .filter_map(|id| brief.quotes.iter().find(|o| &o.id == id))
                    .map(|o| inline(o.speaker_name.as_deref().unwrap_or("an unnamed speaker")))
                    .collect();
                if !others.is_empty() {
                    let _ = write!(
                        out,
                        " (the same words are credited to {})",
                        others.join(", ")
                    );
                }
            }
            out.push('\n');
        }
        out.push('\n');
    }
}

fn names(out: &mut String, brief: &Brief) {
    if brief.entities.is_empty() {
        return;
    }
    out.push_str("## Names\n\n");
    for (kind, heading) in [
        (EntityKind::Person, "People"),
        (EntityKind::Organization, "Organisations"),
        (EntityKind::Place, "Places"),
    ] {
        let of_kind: Vec<_> = brief.entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        for e in of_kind {
            let name = format::collapse(&e.name);
            let _ = write!(out, "- **{}**", inline(&name));
            let variants: Vec<String> = e
                .variants
                .iter()
                .map(|v| format::collapse(v))
                .filter(|v| !v.is_empty() && *v != name)
                .collect();
            if !variants.is_empty() {
                let list: Vec<String> = variants.iter().map(|v| inline(v)).collect();
                let _ = write!(out, " — also written {}", list.join(", "));
            }
            let roles: Vec<String> = e
                .description
                .iter()
                .map(|d| format::collapse(d))
                .filter(|d| !d.is_empty())
                .map(|d| inline(&d))
                .collect();
            if !roles.is_empty() {
                let _ = write!(out, "; {}", roles.join(", "));
            }
            let marks = markers(e.mentions.iter());
            if !marks.is_empty() {
                let _ = write!(out, " {marks}");
            }
            out.push('\n');
        }
        out.push('\n');
    }
}

fn timeline(out: &mut String, brief: &Brief) {
    if brief.timeline.is_empty() {
        return;
    }
    out.push_str("## Timeline\n\n");
    for entry in &brief.timeline {
        let _ = writeln!(out, "- **{}**", entry.date);
        for ev in &entry.events {
            let text = format::collapse(format::slice(
                format::article(brief, ev.article),
                ev.start,
                ev.end,
            ));
            let _ = writeln!(out, "  - {} {}", inline(&text), format::marker(ev.article));
        }
    }
    out.push('\n');
}

fn warnings(out: &mut String, brief: &Brief) {
    if brief.warnings.is_empty() {
        return;
    }
    out.push_str("## Warnings\n\n");
    for w in &brief.warnings {
        let _ = writeln!(out, "- {}", inline(&format::collapse(w)));
    }
    out.push('\n');
}

/// The markers of the distinct articles cited, in first-cited order: `[1] [3]`.
fn markers<'a>(cites: impl Iterator<Item = &'a Cite>) -> String {
    let mut seen = Vec::new();
    for c in cites {
        if !seen.contains(&c.article) {
            seen.push(c.article);
        }
    }
    seen.into_iter()
        .map(format::marker)
        .collect::<Vec<_>>()
        .join("")
}

/// Escapes untrusted text for use inside a line: emphasis, code, links,
/// HTML, entities and table pipes become literal. Whitespace is collapsed so
/// the text cannot end the line or the block it sits in.
fn inline(text: &str) -> String {
    let text = format::collapse(text);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;` would otherwise show as `&`: escape an ampersand only
            // where it starts an entity, to keep "AT&T" readable.
            '&' if starts_entity(&text[i + 1..]) => out.push_str("\\&"),
            // Control characters can hide text or upset the reader's tools.
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Whether the text after an `&` reads as an entity: `amp;`, `#39;`.
fn starts_entity(rest: &str) -> bool {
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && rest.as_bytes().get(name) == Some(&b';')
}

/// Escapes untrusted text that opens a line: on top of [`inline`], a leading
/// heading, quote, list or rule marker is made literal.
fn line_start(text: &str) -> String {
    let escaped = inline(text);
    let first = escaped.chars().next();
    match first {
        Some('#' | '+' | '-' | '=') => format!("\\{escaped}"),
        Some(c) if c.is_ascii_digit() => {
            // "1. " or "1) " would open an ordered list.
            let digits = escaped.chars().take_while(char::is_ascii_digit).count();
            let rest = &escaped[digits..];
            if rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")" {
                format!("{}\\{}", &escaped[..digits], rest)
            } else {
                escaped
            }
        }
        _ => escaped,
    }
}

/// Escapes untrusted text for a table cell: [`inline`] already turns pipes
/// into `\|`, which GitHub-flavoured tables read as a literal pipe.
fn cell_text(text: &str) -> String {
    inline(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_cannot_open_markup() {
        assert_eq!(inline("a|b *c* [x](y)"), r"a\|b \*c\* \[x\](y)");
        assert_eq!(inline("<b>\nnext"), r"\<b\> next");
        assert_eq!(inline("AT&T &amp;"), r"AT&T \&amp;");
    }

    #[test]
    fn a_leading_block_marker_is_escaped() {
        assert_eq!(line_start("# not a heading"), r"\# not a heading");
        assert_eq!(line_start("2016. A year"), r"2016\. A year");
        assert_eq!(line_start("2016 was"), "2016 was");
        assert_eq!(line_start("- item"), r"\- item");
    }
}
