//! The HTML brief: one self-contained page (inline CSS and a small inline
//! script, nothing fetched) that reads without JavaScript, works on a phone
//! and a laptop, and prints. Every citation, figure value and quote links to
//! its words in the full article text further down the page: the text is
//! split at every cited byte boundary here, in Rust, so each cited range is
//! addressable by id (`a1-120-245`) without the script having to convert
//! UTF-8 byte offsets to UTF-16 string indices. Everything taken from the
//! articles is untrusted: it is escaped, only http(s) URLs become links, no
//! article data enters the script, and a Content-Security-Policy allows only
//! the page's own script (by hash) and inline styles, as a second line of
//! defence.

mod plot;

use std::collections::BTreeSet;
use std::fmt::Write;

use corroborate_model::{Agreement, Article, ArticleId, Brief, Cite, EntityKind, Figure, Quote};

use crate::format;

/// The page's stylesheet.
const STYLE: &str = include_str!("html/style.css");
/// The page's script: highlighting of cited words, and the source filter.
const SCRIPT: &str = include_str!("html/script.js");
/// `sha256-…` of [`SCRIPT`], as the Content-Security-Policy wants it; a test
/// recomputes it, so editing the script without updating this fails the
/// build's tests rather than silently blocking the script.
pub(crate) const SCRIPT_HASH: &str = "sha256-AlqAtUHC1LBHQkpRJ0jOHn6SF+f1v4l8jLu3G1lNm2k=";

/// The brief as a self-contained HTML page.
pub fn html(brief: &Brief) -> String {
    let marks = Marks::collect(brief);
    // The page is about five times the article text plus a fixed part
    // (style, script, figure plots); reserving it once avoids regrowing
    // a large buffer several times.
    let text_len: usize = brief.articles.iter().map(|a| a.text.len()).sum();
    let mut out = String::with_capacity(24 * 1024 + 5 * text_len + 600 * brief.figures.len());
    let title = format::collapse(&brief.title);
    let title = if title.is_empty() {
        "Untitled story".to_string()
    } else {
        title
    };
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src '{SCRIPT_HASH}'; img-src data:; \
         base-uri 'none'; form-action 'none'\">"
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str("<meta name=\"generator\" content=\"corroborate\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>");
    out.push_str("<a class=\"skip\" href=\"#main\">Skip to the brief</a>\n");
    plot::defs(&mut out);

    let sections = present_sections(brief);
    out.push_str("<header class=\"top\">\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&title));
    let n = brief.articles.len();
    let _ = writeln!(
        out,
        "<p class=\"lede\">A cross-source brief of {n} {}. Every item links to the words it \
         comes from.</p>",
        if n == 1 { "report" } else { "reports" }
    );
    out.push_str("<nav aria-label=\"Sections\"><ul>");
    for (id, label) in &sections {
        let _ = write!(out, "<li><a href=\"#{id}\">{label}</a></li>");
    }
    out.push_str("</ul></nav>\n</header>\n<div class=\"layout\">\n<main id=\"main\">\n");

    sources(&mut out, brief);
    summary(&mut out, brief);
    figures(&mut out, brief);
    quotes(&mut out, brief);
    names(&mut out, brief);
    timeline(&mut out, brief);
    warnings(&mut out, brief);
    out.push_str("</main>\n");
    articles(&mut out, brief, &marks);
    out.push_str(
        "</div>\n<footer class=\"foot\"><p>Written by corroborate; every quotation is \
                  sliced from the source text. Schema ",
    );
    out.push_str(&escape(brief.schema));
    out.push_str(".</p></footer>\n");
    let _ = writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>");
    out
}

/// The sections that have content, for the navigation: (id, label).
fn present_sections(brief: &Brief) -> Vec<(&'static str, &'static str)> {
    let mut s = Vec::new();
    if !brief.articles.is_empty() {
        s.push(("sources", "Sources"));
    }
    if !brief.summary.is_empty() {
        s.push(("summary", "Summary"));
    }
    if !brief.figures.is_empty() {
        s.push(("figures", "Figures"));
    }
    if !brief.quotes.is_empty() {
        s.push(("quotes", "Quotes"));
    }
    if !brief.entities.is_empty() {
        s.push(("names", "Names"));
    }
    if !brief.timeline.is_empty() {
        s.push(("timeline", "Timeline"));
    }
    if !brief.warnings.is_empty() {
        s.push(("warnings", "Warnings"));
    }
    if !brief.articles.is_empty() {
        s.push(("articles", "Articles"));
    }
    s
}

/// Every cited range of every article, so that the article text can be split
/// at their boundaries and each range given an id.
struct Marks {
    /// Per article (by index in `brief.articles`), the sorted distinct ranges.
    ranges: Vec<BTreeSet<(usize, usize)>>,
}

impl Marks {
    fn collect(brief: &Brief) -> Marks {
        let mut marks = Marks {
            ranges: vec![BTreeSet::new(); brief.articles.len()],
        };
        for s in &brief.summary {
            marks.add(brief, s.cite.article, s.cite.start, s.cite.end);
            for c in &s.also {
                marks.add(brief, c.article, c.start, c.end);
            }
        }
        for f in &brief.figures {
            for r in &f.reports {
                marks.add(brief, r.article, r.start, r.end);
                marks.add(brief, r.article, r.sentence.start, r.sentence.end);
            }
        }
        for q in &brief.quotes {
            for i in &q.instances {
                marks.add(brief, i.article, i.start, i.end);
            }
        }
        for e in &brief.entities {
            for c in first_per_article(&e.mentions) {
                marks.add(brief, c.article, c.start, c.end);
            }
        }
        for t in &brief.timeline {
            for ev in &t.events {
                marks.add(brief, ev.article, ev.start, ev.end);
            }
        }
        marks
    }

    fn add(&mut self, brief: &Brief, article: ArticleId, start: usize, end: usize) {
        if let Some((idx, a)) = index_of(brief, article) {
            if valid(a, start, end) {
                self.ranges[idx].insert((start, end));
            }
        }
    }
}

/// The index in `brief.articles` and the article with this id.
fn index_of(brief: &Brief, id: ArticleId) -> Option<(usize, &Article)> {
    match brief.articles.get(id.0 as usize) {
        Some(a) if a.id == id => Some((id.0 as usize, a)),
        _ => brief.articles.iter().enumerate().find(|(_, a)| a.id == id),
    }
}

/// Whether a range is non-empty, inside the text and on char boundaries.
fn valid(article: &Article, start: usize, end: usize) -> bool {
    start < end && article.text.get(start..end).is_some()
}

/// The fragment that shows a range: the range itself when it is valid, else
/// the article as a whole (so a bad offset still leads somewhere sensible).
fn href(brief: &Brief, article: ArticleId, start: usize, end: usize) -> String {
    match format::article(brief, article) {
        Some(a) if valid(a, start, end) => format!("#{}", range_id(article, start, end)),
        _ => format!("#{article}"),
    }
}

fn range_id(article: ArticleId, start: usize, end: usize) -> String {
    format!("{article}-{start}-{end}")
}

/// The first mention in each article, in article order.
fn first_per_article(mentions: &[Cite]) -> Vec<Cite> {
    let mut firsts: Vec<Cite> = Vec::new();
    for m in mentions {
        match firsts.iter_mut().find(|f| f.article == m.article) {
            Some(f) if m.start < f.start => *f = *m,
            Some(_) => {}
            None => firsts.push(*m),
        }
    }
    firsts.sort_by_key(|c| c.article);
    firsts
}

/// The `data-src` value of an item: its distinct articles, for the filter.
fn data_src(ids: impl IntoIterator<Item = ArticleId>) -> String {
    let mut seen: Vec<ArticleId> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A citation marker linking to a range: `<a class="cite" …>[1]</a>`.
fn cite_link(brief: &Brief, article: ArticleId, start: usize, end: usize) -> String {
    let outlet = format::article(brief, article)
        .map(|a| format::collapse(&a.source))
        .unwrap_or_default();
    // Screen readers would say "left bracket one right bracket": give the
    // marker words; sighted readers get the outlet on hover.
    format!(
        "<a class=\"cite\" href=\"{}\" title=\"{outlet}\" aria-label=\"source {}: {outlet}\">{}</a>",
        href(brief, article, start, end),
        u64::from(article.0) + 1,
        format::marker(article),
        outlet = escape(&outlet),
    )
}

fn sources(out: &mut String, brief: &Brief) {
    if brief.articles.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"sources\" aria-labelledby=\"h-sources\">\n\
         <h2 id=\"h-sources\">Sources</h2>\n<ol class=\"sources\">\n",
    );
    for a in &brief.articles {
        let _ = write!(
            out,
            "<li value=\"{}\" data-src=\"{}\"><strong>{}</strong> — <cite><a href=\"#{}\">{}</a></cite>",
            u64::from(a.id.0) + 1,
            a.id,
            escape(&format::collapse(&a.source)),
            a.id,
            escape(&format::collapse(&a.title))
        );
        match a.published {
            Some(d) => {
                let _ = write!(
                    out,
                    ", <time datetime=\"{d}\">{}</time>{}",
                    escape(&format::date(corroborate_model::PartialDate::day(d))),
                    if a.published_inferred {
                        " (date inferred)"
                    } else {
                        ""
                    }
                );
            }
            None => out.push_str(", undated"),
        }
        if let Some(author) = a.author.as_deref().map(format::collapse) {
            if !author.is_empty() {
                let _ = write!(out, ", by {}", escape(&author));
            }
        }
        let _ = write!(out, " <span class=\"muted\">({} words)</span>", a.words);
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if brief.articles.len() > 1 {
        out.push_str(
            "<fieldset id=\"filter\" class=\"filter\" hidden>\n<legend>Show items from</legend>\n",
        );
        for a in &brief.articles {
            let _ = writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"{}\" checked> {} {}</label>",
                a.id,
                format::marker(a.id),
                escape(&format::collapse(&a.source))
            );
        }
        out.push_str("</fieldset>\n");
    }
    out.push_str("</section>\n");
}

fn summary(out: &mut String, brief: &Brief) {
    if brief.summary.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"summary\" aria-labelledby=\"h-summary\">\n\
         <h2 id=\"h-summary\">Summary</h2>\n<p class=\"summary\">",
    );
    for (i, s) in brief.summary.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let cites: Vec<&Cite> = std::iter::once(&s.cite).chain(&s.also).collect();
        let _ = write!(
            out,
            "<span class=\"sent\" data-src=\"{}\">{}",
            data_src(cites.iter().map(|c| c.article)),
            escape(&format::collapse(&s.text))
        );
        let mut seen = Vec::new();
        for c in cites {
            if seen.contains(&c.article) {
                continue;
            }
            seen.push(c.article);
            out.push_str(&cite_link(brief, c.article, c.start, c.end));
        }
        out.push_str("</span>");
    }
    out.push_str("</p>\n</section>\n");
}

fn figures(out: &mut String, brief: &Brief) {
    if brief.figures.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"figures\" aria-labelledby=\"h-figures\">\n\
         <h2 id=\"h-figures\">Figures</h2>\n",
    );
    let conflicts = brief
        .figures
        .iter()
        .filter(|f| f.agreement == Agreement::Conflict)
        .count();
    if conflicts > 0 {
        let _ = writeln!(
            out,
            "<p class=\"alert\"><strong>⚠ {conflicts} of {} figures</strong> differ between \
             sources.</p>",
            brief.figures.len()
        );
    }
    for (i, f) in crate::format::conflicts_first(&brief.figures)
        .into_iter()
        .enumerate()
    {
        figure(out, brief, i, f);
    }
    out.push_str(&plot::legend());
    out.push_str("</section>\n");
}

fn figure(out: &mut String, brief: &Brief, idx: usize, f: &Figure) {
    let class = match f.agreement {
        Agreement::Single => "single",
        Agreement::Agree => "agree",
        Agreement::Conflict => "conflict",
    };
    let label = format::figure_label(f);
    let _ = writeln!(
        out,
        "<div class=\"figure {class}\" id=\"fig-{n}\" data-src=\"{src}\">\n\
         <h3 id=\"fig-{n}-h\">{label} <span class=\"badge {class}\">{mark}{agreement}</span></h3>",
        n = idx + 1,
        src = data_src(f.reports.iter().map(|r| r.article)),
        label = escape(&label),
        mark = if f.agreement == Agreement::Conflict {
            "⚠ "
        } else {
            ""
        },
        agreement = format::agreement(f.agreement),
    );
    plot::figure(out, brief, f);
    let _ = writeln!(
        out,
        "<div class=\"table-wrap\"><table>\n<caption class=\"vh\">What each source says: {}</caption>\n\
         <thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Value</th>\
         <th scope=\"col\">Attributed to</th>\
         <th scope=\"col\">Status</th></tr></thead>\n<tbody>",
        escape(&label)
    );
    for r in &f.reports {
        let article = format::article(brief, r.article);
        let outlet = article
            .map(|a| format::collapse(&a.source))
            .unwrap_or_default();
        let words = format::collapse(format::slice(article, r.start, r.end));
        let _ = writeln!(
            out,
            "<tr data-src=\"{id}\"><th scope=\"row\"><a href=\"#{id}\">{marker} {outlet}</a></th>\
             <td><a class=\"val\" href=\"{href}\" data-focus=\"{focus}\" title=\"{words}\">{value}</a></td>\
             <td>{who}</td><td>{status}</td></tr>",
            id = r.article,
            marker = format::marker(r.article),
            outlet = escape(&outlet),
            href = href(brief, r.article, r.sentence.start, r.sentence.end),
            focus = href(brief, r.article, r.start, r.end).trim_start_matches('#'),
            words = escape(&words),
            value = escape(&format::value(r, article)),
            who = escape(
                &r.attributed_to
                    .as_deref()
                    .map(format::collapse)
                    .unwrap_or_else(|| "—".to_string())
            ),
            status = format::status(r.status).unwrap_or("reported"),
        );
    }
    out.push_str("</tbody></table></div>\n");
    let basis = format::collapse(&f.basis);
    if f.reports.len() > 1 && !basis.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"basis muted\">Why these are one figure: {}</p>",
            escape(&basis)
        );
    }
    out.push_str("</div>\n");
}

fn quotes(out: &mut String, brief: &Brief) {
    if brief.quotes.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"quotes\" aria-labelledby=\"h-quotes\">\n\
         <h2 id=\"h-quotes\">Quotes</h2>\n",
    );
    let speakers = format::quotes_by_speaker(brief);
    for (i, (speaker, qs)) in speakers.iter().enumerate() {
        let src = data_src(
            qs.iter()
                .flat_map(|q| q.instances.iter().map(|x| x.article)),
        );
        let _ = writeln!(
            out,
            "<div class=\"speaker\" data-src=\"{src}\">\n<h3 id=\"speaker-{}\">{}</h3>",
            i + 1,
            escape(speaker.as_deref().unwrap_or("Unattributed"))
        );
        for q in qs {
            quote(out, brief, q);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn quote(out: &mut String, brief: &Brief, q: &Quote) {
    let first = q.instances.first();
    let link = first.map(|i| href(brief, i.article, i.start, i.end));
    let _ = write!(
        out,
        "<figure class=\"quote\" data-src=\"{}\"><blockquote><p>",
        data_src(q.instances.iter().map(|i| i.article))
    );
    let text = escape(&format::collapse(&q.text));
    match link {
        Some(h) => {
            let _ = write!(out, "<a class=\"qlink\" href=\"{h}\">“{text}”</a>");
        }
        None => {
            let _ = write!(out, "“{text}”");
        }
    }
    out.push_str("</p></blockquote><figcaption>");
    if q.instances.is_empty() {
        out.push_str("source not recorded");
    } else {
        out.push_str("carried by ");
        let mut seen = Vec::new();
        for inst in &q.instances {
            if seen.contains(&inst.article) {
                continue;
            }
            if !seen.is_empty() {
                out.push_str(", ");
            }
            seen.push(inst.article);
            let outlet = format::article(brief, inst.article)
                .map(|a| format::collapse(&a.source))
                .unwrap_or_default();
            let cue = inst
                .cue
                .as_deref()
                .map(format::collapse)
                .filter(|c| !c.is_empty())
                .map(|c| format!(" <span class=\"muted\">({})</span>", escape(&c)))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<a href=\"{}\">{} {}</a>{cue}",
                href(brief, inst.article, inst.start, inst.end),
                format::marker(inst.article),
                escape(&outlet)
            );
        }
    }
    let others: Vec<String> = q
        .same_words_as
        .iter()
        .filter_map(|id| brief.quotes.iter().find(|o| &o.id == id))
        .map(|o| {
            escape(&format::collapse(
                o.speaker_name.as_deref().unwrap_or("an unnamed speaker"),
            ))
        })
        .collect();
    if !others.is_empty() {
        let _ = write!(
            out,
            "; <strong>the same words are credited to {}</strong>",
            others.join(", ")
        );
    }
    out.push_str("</figcaption></figure>\n");
}

fn names(out: &mut String, brief: &Brief) {
    if brief.entities.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"names\" aria-labelledby=\"h-names\">\n<h2 id=\"h-names\">Names</h2>\n\
         <div class=\"table-wrap\"><table>\n<caption class=\"vh\">People, organisations and \
         places, with every spelling seen</caption>\n<thead><tr><th scope=\"col\">Name</th>\
         <th scope=\"col\">Kind</th><th scope=\"col\">Also written</th>\
         <th scope=\"col\">Roles</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n",
    );
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ] {
        for e in brief.entities.iter().filter(|e| e.kind == kind) {
            let name = format::collapse(&e.name);
            let variants: Vec<String> = e
                .variants
                .iter()
                .map(|v| format::collapse(v))
                .filter(|v| !v.is_empty() && *v != name)
                .map(|v| escape(&v))
                .collect();
            let roles: Vec<String> = e
                .description
                .iter()
                .map(|d| format::collapse(d))
                .filter(|d| !d.is_empty())
                .map(|d| escape(&d))
                .collect();
            let firsts = first_per_article(&e.mentions);
            let kind = match e.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "organisation",
                EntityKind::Place => "place",
            };
            let _ = write!(
                out,
                "<tr data-src=\"{}\"><th scope=\"row\">{}</th><td>{kind}</td><td>{}</td><td>{}</td><td>",
                data_src(firsts.iter().map(|c| c.article)),
                escape(&name),
                variants.join(", "),
                roles.join(", ")
            );
            for c in &firsts {
                out.push_str(&cite_link(brief, c.article, c.start, c.end));
            }
            out.push_str("</td></tr>\n");
        }
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn timeline(out: &mut String, brief: &Brief) {
    if brief.timeline.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"timeline\" aria-labelledby=\"h-timeline\">\n\
         <h2 id=\"h-timeline\">Timeline</h2>\n<ol class=\"timeline\">\n",
    );
    for entry in &brief.timeline {
        let _ = write!(
            out,
            "<li data-src=\"{}\"><time datetime=\"{}\">{}</time>\n<ul>",
            data_src(entry.events.iter().map(|e| e.article)),
            entry.date,
            escape(&format::date(entry.date))
        );
        for ev in &entry.events {
            let article = format::article(brief, ev.article);
            let text = format::collapse(format::slice(article, ev.start, ev.end));
            let _ = write!(
                out,
                "<li data-src=\"{}\">{}{}</li>",
                ev.article,
                escape(&text),
                cite_link(brief, ev.article, ev.start, ev.end)
            );
        }
        out.push_str("</ul></li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

fn warnings(out: &mut String, brief: &Brief) {
    if brief.warnings.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"warnings\" aria-labelledby=\"h-warnings\">\n\
         <h2 id=\"h-warnings\">Warnings</h2>\n<ul>\n",
    );
    for w in &brief.warnings {
        let _ = writeln!(out, "<li>{}</li>", escape(&format::collapse(w)));
    }
    out.push_str("</ul>\n</section>\n");
}

fn articles(out: &mut String, brief: &Brief, marks: &Marks) {
    if brief.articles.is_empty() {
        return;
    }
    out.push_str(
        "<aside id=\"articles\" aria-labelledby=\"h-articles\">\n\
         <h2 id=\"h-articles\">Articles</h2>\n\
         <p class=\"muted\">The full text of each source. Cited words are highlighted when you \
         follow a citation.</p>\n",
    );
    for (idx, a) in brief.articles.iter().enumerate() {
        let _ = write!(
            out,
            "<article id=\"{id}\" data-src=\"{id}\" aria-labelledby=\"{id}-h\">\n\
             <h3 id=\"{id}-h\">{marker} {title}</h3>\n<p class=\"meta\">{outlet}",
            id = a.id,
            marker = format::marker(a.id),
            title = escape(&format::collapse(&a.title)),
            outlet = escape(&format::collapse(&a.source)),
        );
        if let Some(d) = a.published {
            let _ = write!(
                out,
                " · <time datetime=\"{d}\">{}</time>",
                escape(&format::date(corroborate_model::PartialDate::day(d)))
            );
        }
        if let Some(url) = a.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            if format::is_web_url(url) {
                let _ = write!(
                    out,
                    " · <a href=\"{u}\" rel=\"noopener noreferrer nofollow\">{u}</a>",
                    u = escape(url)
                );
            } else {
                // Not http(s): shown as inert text so it can be inspected.
                let _ = write!(out, " · <span class=\"url\">{}</span>", escape(url));
            }
        }
        out.push_str("</p>\n<div class=\"text\">");
        let empty = BTreeSet::new();
        text_with_marks(out, a, marks.ranges.get(idx).unwrap_or(&empty));
        out.push_str("</div>\n</article>\n");
    }
    out.push_str("</aside>\n");
}

/// Writes an article's text split at every boundary of its cited ranges.
/// Each piece inside a range is a `<span data-r="…">` listing the ids of
/// the ranges covering it (so the script highlights a whole range, however
/// ranges overlap); the first piece of a range carries its id (so the link
/// and CSS `:target` work without the script).
fn text_with_marks(out: &mut String, a: &Article, ranges: &BTreeSet<(usize, usize)>) {
    let text = a.text.as_str();
    let mut bounds: BTreeSet<usize> = BTreeSet::new();
    bounds.insert(0);
    bounds.insert(text.len());
    for &(s, e) in ranges {
        bounds.insert(s);
        bounds.insert(e);
    }
    // Ranges sorted by start (longest first at equal starts), consumed as
    // the sweep passes their start; `active` holds those covering the piece.
    let mut pending: Vec<(usize, usize)> = ranges.iter().copied().collect();
    pending.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let ids: Vec<String> = pending.iter().map(|&(s, e)| range_id(a.id, s, e)).collect();
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let bounds: Vec<usize> = bounds.into_iter().collect();
    for w in bounds.windows(2) {
        let (start, end) = (w[0], w[1]);
        active.retain(|&i| pending[i].1 > start);
        let opening_from = next;
        while pending.get(next).is_some_and(|r| r.0 == start) {
            active.push(next);
            next += 1;
        }
        let piece = text.get(start..end).unwrap_or("");
        if active.is_empty() {
            escape_into(out, piece);
            continue;
        }
        // Extra ranges opening here get empty anchors, so every id exists.
        for id in ids.get(opening_from + 1..next).unwrap_or(&[]) {
            out.push_str("<span id=\"");
            out.push_str(id);
            out.push_str("\"></span>");
        }
        out.push_str("<span");
        if next > opening_from {
            out.push_str(" id=\"");
            out.push_str(&ids[opening_from]);
            out.push('"');
        }
        out.push_str(" data-r=\"");
        for (k, &i) in active.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(&ids[i]);
        }
        out.push_str("\">");
        escape_into(out, piece);
        out.push_str("</span>");
    }
}

/// Escapes text for HTML element content and attribute values. Control
/// characters (which HTML forbids and which can hide text) become U+FFFD.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appending to `out`: copies runs of ordinary text whole.
fn escape_into(out: &mut String, text: &str) {
    let mut plain = 0;
    for (i, ch) in text.char_indices() {
        let replacement = match ch {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\n' | '\t' | '\r' => continue,
            c if c.is_control() => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(replacement);
        plain = i + ch.len_utf8();
    }
    out.push_str(&text[plain..]);
}

#[cfg(test)]
mod tests;
