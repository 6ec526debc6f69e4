//! The dot plot of one figure group: every source's value on one shared
//! axis, its stated interval as a bar, and open-ended hedges ("at least",
//! "up to") as a fading bar with an arrow running off the axis, so that
//! disagreeing sources are visible at a glance. Pure inline SVG; the table
//! beside it carries the same data for screen readers and keyboard users.

use std::fmt::Write;

use corroborate_model::{Agreement, Brief, Figure, FigureReport, Hedge};

use crate::format;

/// Width of the drawing in SVG units; it scales to the column width.
const WIDTH: f64 = 420.0;
/// Left end of the axis (room for the `[n]` labels).
const X0: f64 = 44.0;
/// Right end of the axis (room for an arrowhead).
const X1: f64 = 400.0;
const ROW: f64 = 26.0;
const TOP: f64 = 10.0;

/// Gradients shared by every plot, written once at the top of the body.
/// Not `display: none`, which would stop Chromium from painting them.
pub(super) fn defs(out: &mut String) {
    out.push_str(
        "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>\
         <linearGradient id=\"fade-r\"><stop offset=\"0\" stop-color=\"#1f4e8c\" stop-opacity=\".55\"/>\
         <stop offset=\"1\" stop-color=\"#1f4e8c\" stop-opacity=\"0\"/></linearGradient>\
         <linearGradient id=\"fade-l\"><stop offset=\"0\" stop-color=\"#1f4e8c\" stop-opacity=\"0\"/>\
         <stop offset=\"1\" stop-color=\"#1f4e8c\" stop-opacity=\".55\"/></linearGradient>\
         <linearGradient id=\"fade-r-bad\"><stop offset=\"0\" stop-color=\"#b3261e\" stop-opacity=\".55\"/>\
         <stop offset=\"1\" stop-color=\"#b3261e\" stop-opacity=\"0\"/></linearGradient>\
         <linearGradient id=\"fade-l-bad\"><stop offset=\"0\" stop-color=\"#b3261e\" stop-opacity=\"0\"/>\
         <stop offset=\"1\" stop-color=\"#b3261e\" stop-opacity=\".55\"/></linearGradient>\
         </defs></svg>\n",
    );
}

/// The key to the plots' marks.
pub(super) fn legend() -> String {
    "<p class=\"legend muted\">In the plots: ● a value as stated · ○ a hedged value (about, \
     vague) · ▬ a stated range · ▶ “at least”, open above · ◀ “up to”, open below. \
     Each row is one source; click a mark or a value to see its sentence.</p>\n"
        .to_string()
}

/// Where a report lies: its interval, which ends are open, and its point.
struct Extent {
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    open_low: bool,
    open_high: bool,
    hedged: bool,
}

fn extent(r: &FigureReport) -> Extent {
    let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
    let (low, high) = (finite(r.low), finite(r.high));
    let value = if r.value.is_finite() {
        r.value
    } else {
        low.or(high).unwrap_or(0.0)
    };
    Extent {
        value,
        low,
        high,
        open_high: match r.hedge {
            Hedge::AtLeast => high.is_none(),
            Hedge::Vague => low.is_some() && high.is_none(),
            _ => false,
        },
        open_low: r.hedge == Hedge::AtMost && low.is_none(),
        hedged: matches!(r.hedge, Hedge::Approximate | Hedge::Vague),
    }
}

/// The axis domain: all values and bounds, widened so open ends and a
/// single value still have room.
fn domain(extents: &[Extent]) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for e in extents {
        for v in [Some(e.value), e.low, e.high].into_iter().flatten() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let mut span = hi - lo;
    if span <= f64::EPSILON * hi.abs().max(1.0) {
        span = (hi.abs() * 0.2).max(1.0);
        lo -= span / 2.0;
        hi += span / 2.0;
    }
    let pad = span * 0.08;
    let open_high = extents.iter().any(|e| e.open_high);
    let open_low = extents.iter().any(|e| e.open_low);
    let lo = lo - if open_low { span * 0.25 } else { pad };
    let hi = hi + if open_high { span * 0.25 } else { pad };
    // Counts are never negative: don't let padding invent negative room.
    let all_non_negative = extents
        .iter()
        .all(|e| e.value >= 0.0 && e.low.is_none_or(|l| l >= 0.0));
    let lo = if all_non_negative && lo < 0.0 {
        0.0
    } else {
        lo
    };
    (lo, hi)
}

/// A round step giving about four ticks over `span`.
fn tick_step(span: f64) -> f64 {
    let raw = span / 4.0;
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let unit = raw / magnitude;
    let nice = if unit < 1.5 {
        1.0
    } else if unit < 3.5 {
        2.0
    } else if unit < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A short tick label: `75k`, `1.5M`, `0.25`.
fn compact(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{}B", format::number(v / 1e9))
    } else if a >= 1e6 {
        format!("{}M", format::number(v / 1e6))
    } else if a >= 1e4 {
        format!("{}k", format::number(v / 1e3))
    } else {
        format::number(v)
    }
}

/// Writes the plot of one figure group.
pub(super) fn figure(out: &mut String, brief: &Brief, f: &Figure) {
    if f.reports.is_empty() {
        return;
    }
    let extents: Vec<Extent> = f.reports.iter().map(extent).collect();
    let (lo, hi) = domain(&extents);
    let x = |v: f64| {
        let t = ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
        X0 + t * (X1 - X0)
    };
    let bad = f.agreement == Agreement::Conflict;
    let suffix = if bad { "-bad" } else { "" };
    let axis_y = TOP + ROW * f.reports.len() as f64 + 2.0;
    let height = axis_y + 22.0;
    let _ = writeln!(
        out,
        "<svg class=\"plot{}\" viewBox=\"0 0 {WIDTH} {height}\" aria-hidden=\"true\" focusable=\"false\">",
        if bad { " bad" } else { "" }
    );
    // Axis with round ticks and faint grid lines.
    let step = tick_step(hi - lo);
    let mut tick = (lo / step).ceil() * step;
    let mut n_ticks = 0;
    while tick <= hi + step * 1e-9 && n_ticks < 12 {
        let tx = x(tick);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{tx:.1}\" x2=\"{tx:.1}\" y1=\"{TOP}\" y2=\"{axis_y}\"/>\
             <text class=\"tick\" x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            axis_y + 15.0,
            compact(tick)
        );
        tick += step;
        n_ticks += 1;
    }
    let _ = writeln!(
        out,
        "<line class=\"axis\" x1=\"{X0}\" x2=\"{X1}\" y1=\"{axis_y}\" y2=\"{axis_y}\"/>"
    );
    for (i, (r, e)) in f.reports.iter().zip(&extents).enumerate() {
        let cy = TOP + ROW * i as f64 + ROW / 2.0;
        let article = format::article(brief, r.article);
        let outlet = article
            .map(|a| format::collapse(&a.source))
            .unwrap_or_default();
        let value_text = format::value(r, article);
        let _ = write!(
            out,
            "<g class=\"row\" data-src=\"{id}\"><a href=\"{href}\" data-focus=\"{focus}\" tabindex=\"-1\">\
             <title>{marker} {outlet}: {value}</title>\
             <text class=\"lbl\" x=\"4\" y=\"{ty:.1}\">{marker}</text>\
             <line class=\"base\" x1=\"{X0}\" x2=\"{X1}\" y1=\"{cy:.1}\" y2=\"{cy:.1}\"/>",
            id = r.article,
            href = super::href(brief, r.article, r.sentence.start, r.sentence.end),
            focus = super::href(brief, r.article, r.start, r.end).trim_start_matches('#'),
            marker = format::marker(r.article),
            outlet = super::escape(&outlet),
            value = super::escape(&value_text),
            ty = cy + 4.0,
        );
        if let (Some(l), Some(h)) = (e.low, e.high) {
            if h > l {
                let _ = write!(
                    out,
                    "<rect class=\"iv\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" rx=\"4\"/>",
                    x(l),
                    cy - 4.0,
                    (x(h) - x(l)).max(1.0)
                );
            }
        }
        if e.open_high {
            let from = x(e.low.unwrap_or(e.value));
            let _ = write!(
                out,
                "<rect x=\"{from:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" fill=\"url(#fade-r{suffix})\"/>\
                 <polygon class=\"arrow\" points=\"{X1},{:.1} {:.1},{cy:.1} {X1},{:.1}\"/>",
                cy - 4.0,
                (X1 - from).max(0.0),
                cy - 6.0,
                X1 + 9.0,
                cy + 6.0
            );
        }
        if e.open_low {
            let to = x(e.high.unwrap_or(e.value));
            let _ = write!(
                out,
                "<rect x=\"{X0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" fill=\"url(#fade-l{suffix})\"/>\
                 <polygon class=\"arrow\" points=\"{X0},{:.1} {:.1},{cy:.1} {X0},{:.1}\"/>",
                cy - 4.0,
                (to - X0).max(0.0),
                cy - 6.0,
                X0 - 9.0,
                cy + 6.0
            );
        }
        let cx = x(e.value);
        let _ = write!(
            out,
            "<circle class=\"dot{}\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"5.5\"/>",
            if e.hedged { " hedged" } else { "" }
        );
        // The value beside its dot, on the side with more room.
        let (lx, anchor) = if cx > (X0 + X1) / 2.0 {
            (cx - 10.0, "end")
        } else {
            (cx + 10.0, "start")
        };
        let _ = writeln!(
            out,
            "<text class=\"val\" x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text></a></g>",
            cy - 5.0,
            super::escape(&value_text)
        );
    }
    out.push_str("</svg>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(100.0), 20.0);
        assert_eq!(tick_step(20_000.0), 5_000.0);
        assert_eq!(tick_step(0.0), 1.0);
        assert_eq!(compact(75_000.0), "75k");
        assert_eq!(compact(1_500_000.0), "1.5M");
        assert_eq!(compact(60.0), "60");
    }

    #[test]
    fn the_domain_leaves_room_for_open_ends_and_single_values() {
        let point = |v: f64| Extent {
            value: v,
            low: None,
            high: None,
            open_low: false,
            open_high: false,
            hedged: false,
        };
        let (lo, hi) = domain(&[point(50.0)]);
        assert!(lo < 50.0 && hi > 50.0);
        let mut open = point(60.0);
        open.open_high = true;
        let (lo, hi) = domain(&[point(40.0), open]);
        assert!((0.0..40.0).contains(&lo));
        assert!(hi >= 65.0, "room for the arrow: {hi}");
        assert_eq!(domain(&[]), (0.0, 1.0));
    }
}
