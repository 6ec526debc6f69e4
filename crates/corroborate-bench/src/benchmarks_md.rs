//! BENCHMARKS.md at the repository root: a header (date, core count, rustc)
//! and one section per suite between `<!-- suite:NAME -->` and
//! `<!-- /suite:NAME -->` markers, so a run of one suite replaces only its own
//! section and keeps the others' last results.

use std::collections::HashMap;
use std::os::fd::AsRawFd;
use std::path::Path;

/// The header of the file: what ran where, and how to reproduce it.
pub(crate) fn header() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get().to_string())
        .unwrap_or_else(|_| "unknown".to_string());
    let rustc = rustc_version().unwrap_or_else(|| "rustc (version unknown)".to_string());
    format!(
        "# Benchmarks\n\n\
         Written by the harness (`crates/corroborate-bench`); do not edit by hand.\n\
         Regenerate everything with `scripts/bench` (installs the Python peers, then runs\n\
         `cargo run --release -p corroborate-bench -- all`), or one suite with\n\
         `cargo run --release -p corroborate-bench -- NAME`, which replaces only that section.\n\n\
         - Last run: {date}\n\
         - Machine: {cores} cores (`available_parallelism`), {os}/{arch}\n\
         - Compiler: {rustc}\n\
         - Data: `../shared/data` (read only); peers: Python packages pinned in `scripts/peers-requirements.txt`\n",
        date = today(),
        os = std::env::consts::OS,
        arch = std::env::consts::ARCH,
    )
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

fn rustc_version() -> Option<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()?;
    let v = String::from_utf8(out.stdout).ok()?;
    let v = v.trim();
    (out.status.success() && !v.is_empty()).then(|| v.to_string())
}

/// Runs `f` holding an exclusive advisory lock (flock) on the file `lock`,
/// created if need be; the lock is released when the file is closed.
pub(crate) fn with_lock<T>(lock: &Path, f: impl FnOnce() -> T) -> std::io::Result<T> {
    if let Some(dir) = lock.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock)?;
    loop {
        // SAFETY: flock(2) on a descriptor we own for the whole call.
        let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
        if r == 0 {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    let out = f();
    drop(file);
    Ok(out)
}

fn open(name: &str) -> String {
    format!("<!-- suite:{name} -->")
}

fn close(name: &str) -> String {
    format!("<!-- /suite:{name} -->")
}

/// The sections already in `doc`, by suite name (body between the markers).
pub(crate) fn sections(doc: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = doc;
    while let Some(start) = rest.find("<!-- suite:") {
        let after = &rest[start + "<!-- suite:".len()..];
        let Some(end_name) = after.find(" -->") else {
            break;
        };
        let name = &after[..end_name];
        let body_start = end_name + " -->".len();
        let closing = close(name);
        let Some(body_len) = after[body_start..].find(&closing) else {
            break;
        };
        let body = &after[body_start..body_start + body_len];
        out.insert(name.to_string(), body.trim().to_string());
        rest = &after[body_start + body_len + closing.len()..];
    }
    out
}

/// The new file: `header`, then every suite of `order` with its fresh section
/// from `fresh` if it ran, else its section from `old`, else a placeholder.
/// Sections in `old` for suites no longer in `order` are dropped.
pub(crate) fn merge(old: &str, header: &str, fresh: &[(&str, String)], order: &[&str]) -> String {
    let kept = sections(old);
    let mut doc = header.trim_end().to_string();
    doc.push_str("\n\n");
    for name in order {
        let body = match fresh.iter().find(|(n, _)| n == name) {
            Some((_, s)) => format!("{}\n\n_Run {}._", s.trim(), today()),
            None => match kept.get(*name) {
                Some(s) => s.clone(),
                None => format!("## {name}\n\nnot run yet"),
            },
        };
        doc.push_str(&open(name));
        doc.push('\n');
        doc.push_str(&body);
        doc.push('\n');
        doc.push_str(&close(name));
        doc.push_str("\n\n");
    }
    doc.truncate(doc.trim_end().len());
    doc.push('\n');
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_suite_replaces_only_its_section() {
        let order = ["a", "b", "c"];
        let first = merge(
            "",
            "# H1",
            &[("a", "## a\n\nA1".into()), ("b", "## b\n\nB1".into())],
            &order,
        );
        assert!(first.starts_with("# H1\n"));
        assert!(first.contains("## c\n\nnot run yet"));
        let second = merge(&first, "# H2", &[("b", "## b\n\nB2".into())], &order);
        assert!(second.starts_with("# H2\n"));
        assert!(!second.contains("H1"));
        let got = sections(&second);
        assert!(got["a"].starts_with("## a\n\nA1"));
        assert!(got["b"].starts_with("## b\n\nB2"));
        assert!(!second.contains("B1"));
        assert_eq!(got["c"], "## c\n\nnot run yet");
        // Sections stay in registry order.
        let (pa, pb, pc) = (
            second.find("suite:a").unwrap(),
            second.find("suite:b").unwrap(),
            second.find("suite:c").unwrap(),
        );
        assert!(pa < pb && pb < pc);
    }

    #[test]
    fn merging_is_stable_when_nothing_ran() {
        let order = ["a"];
        let once = merge("", "# H", &[("a", "## a\n\nx".into())], &order);
        let twice = merge(&once, "# H", &[], &order);
        assert_eq!(once, twice);
    }

    #[test]
    fn unterminated_marker_does_not_loop_or_panic() {
        let got = sections("<!-- suite:a -->\nbody without end <!-- suite:");
        assert!(got.is_empty());
    }
}
