//! Python peers, run in a virtual environment at `<repo>/target/bench-venv`
//! installed from PyPI with the pinned versions of
//! `scripts/peers-requirements.txt` (by `scripts/bench`, or by the harness on
//! first use). A peer that cannot be installed or run is reported as missing
//! and the suite still runs: every function here returns `None` then, after
//! saying why on stderr.

use std::os::fd::AsFd;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::measure::{self, Usage};
use crate::Ctx;

/// The venv's directory.
pub(crate) fn venv_dir(ctx: &Ctx) -> PathBuf {
    ctx.root.join("target/bench-venv")
}

fn venv_python(ctx: &Ctx) -> PathBuf {
    venv_dir(ctx).join("bin/python")
}

fn requirements(ctx: &Ctx) -> PathBuf {
    ctx.root.join("scripts/peers-requirements.txt")
}

/// The file in the venv that records which requirements it was built from,
/// so an edit of the pins reinstalls.
fn stamp(ctx: &Ctx) -> PathBuf {
    venv_dir(ctx).join(".corroborate-requirements")
}

/// The directory of the peer scripts.
pub(crate) fn scripts_dir(ctx: &Ctx) -> PathBuf {
    ctx.root.join("crates/corroborate-bench/peers")
}

/// Whether the venv is installed with the current requirements, installing it
/// once per process when it is not. False when peers are turned off or the
/// install failed.
pub(crate) fn ready(ctx: &Ctx) -> bool {
    static READY: OnceLock<bool> = OnceLock::new();
    ctx.peers
        && *READY.get_or_init(|| match install(ctx) {
            Ok(()) => true,
            Err(why) => {
                eprintln!("bench: Python peers unavailable: {why}");
                false
            }
        })
}

fn install(ctx: &Ctx) -> Result<(), String> {
    let reqs = std::fs::read_to_string(requirements(ctx))
        .map_err(|e| format!("{}: {e}", requirements(ctx).display()))?;
    let python = venv_python(ctx);
    if python.exists() && std::fs::read_to_string(stamp(ctx)).ok().as_deref() == Some(&reqs) {
        return Ok(());
    }
    if !python.exists() {
        eprintln!("bench: creating {}", venv_dir(ctx).display());
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(venv_dir(ctx))
            .status()
            .map_err(|e| format!("python3 -m venv: {e}"))?
            .success();
        if !ok {
            return Err("python3 -m venv failed".into());
        }
    }
    eprintln!("bench: installing Python peers (pip install -r scripts/peers-requirements.txt)");
    let reqs_path = requirements(ctx);
    if pip_install(&python, &["-r".as_ref(), reqs_path.as_os_str()])? {
        std::fs::write(stamp(ctx), reqs).map_err(|e| format!("{}: {e}", stamp(ctx).display()))?;
        return Ok(());
    }
    // One unavailable package must not take every peer down: install the
    // pins one by one; a peer whose package is missing fails on its own.
    // No stamp is written, so the next run tries again.
    let mut missing = Vec::new();
    for pin in reqs
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if !pip_install(&python, &[std::ffi::OsStr::new("--no-input"), pin.as_ref()])
            .unwrap_or(false)
        {
            missing.push(pin);
        }
    }
    eprintln!(
        "bench: could not install {}; those peers will be missing",
        missing.join(", ")
    );
    Ok(())
}

/// `pip install -q ARGS` in the venv; pip's output goes to stderr so it
/// never mixes with the sections on stdout.
fn pip_install(python: &std::path::Path, args: &[&std::ffi::OsStr]) -> Result<bool, String> {
    let mut cmd = Command::new(python);
    cmd.args(["-m", "pip", "install", "-q", "--disable-pip-version-check"]);
    cmd.args(args);
    let stderr = std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .map_err(|e| e.to_string())?;
    Ok(cmd
        .stdout(Stdio::from(stderr))
        .status()
        .map_err(|e| format!("pip: {e}"))?
        .success())
}

/// Runs `peers/<script>` with the venv's Python and `args`, feeding `stdin`,
/// and returns its standard output; `None` (with the reason on stderr) when
/// peers are off, the venv or the script is missing, or the script fails.
/// The script's own stderr passes through.
pub(crate) fn run_python(ctx: &Ctx, script: &str, args: &[&str], stdin: &[u8]) -> Option<Vec<u8>> {
    run_python_measured(ctx, script, args, stdin).map(|(out, _)| out)
}

/// [`run_python`], also returning the peer process's wall time and peak
/// memory (its own, Python start-up and imports included).
pub(crate) fn run_python_measured(
    ctx: &Ctx,
    script: &str,
    args: &[&str],
    stdin: &[u8],
) -> Option<(Vec<u8>, Usage)> {
    let path = scripts_dir(ctx).join(script);
    if !path.is_file() {
        eprintln!("bench: peer script {} is missing", path.display());
        return None;
    }
    if !ready(ctx) {
        return None;
    }
    let mut cmd = Command::new(venv_python(ctx));
    cmd.arg(&path)
        .args(args)
        // Peers only use what pip installed; nothing may be fetched at run
        // time (NLTK data, models).
        .env("HF_HUB_OFFLINE", "1")
        .env("PYTHONHASHSEED", "0");
    match measure::run(&mut cmd, stdin) {
        Ok(done) => Some(done),
        Err(why) => {
            eprintln!("bench: peer {script} failed: {why}");
            None
        }
    }
}

/// [`run_python`] with JSON both ways: serialises `input` to the script's
/// stdin and parses its stdout as `T`.
pub(crate) fn run_python_json<I: Serialize, T: DeserializeOwned>(
    ctx: &Ctx,
    script: &str,
    args: &[&str],
    input: &I,
) -> Option<T> {
    let stdin = serde_json::to_vec(input).ok()?;
    let out = run_python(ctx, script, args, &stdin)?;
    match serde_json::from_slice(&out) {
        Ok(v) => Some(v),
        Err(e) => {
            eprintln!("bench: peer {script} printed unreadable JSON: {e}");
            None
        }
    }
}
