//! Timing and memory measurement shared by the suites: a child process run
//! with its own wall time and peak resident memory (from `wait4`, so it is
//! that child's alone, not the largest of every child the harness ever ran),
//! and a repeat-until-stable timer for in-process library calls.

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What a measured child process cost.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Usage {
    /// Wall-clock seconds from spawn to exit.
    pub(crate) wall: f64,
    /// Peak resident set size in bytes (Linux `ru_maxrss`).
    pub(crate) max_rss: u64,
}

impl Usage {
    /// Peak memory in MiB.
    pub(crate) fn rss_mib(&self) -> f64 {
        self.max_rss as f64 / (1024.0 * 1024.0)
    }
}

/// Runs `cmd` with `stdin` fed to it and its stdout captured (stderr passes
/// through), and returns the stdout and the child's usage; an error names a
/// failed spawn or a non-zero exit.
pub(crate) fn run(cmd: &mut Command, stdin: &[u8]) -> Result<(Vec<u8>, Usage), String> {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    // Feed stdin and drain stdout on their own threads: a child that writes
    // while it reads would otherwise deadlock on a full pipe.
    let mut input_pipe = child.stdin.take().ok_or("no stdin pipe")?;
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || input_pipe.write_all(&input));
    let mut output_pipe = child.stdout.take().ok_or("no stdout pipe")?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        output_pipe.read_to_end(&mut out).map(|_| out)
    });
    let (status, max_rss) = wait(child.id())?;
    let wall = started.elapsed().as_secs_f64();
    let out = reader
        .join()
        .map_err(|_| "stdout reader panicked".to_string())?
        .map_err(|e| format!("reading stdout: {e}"))?;
    let written = writer
        .join()
        .map_err(|_| "stdin writer panicked".to_string())?;
    if !status.success() {
        return Err(status.to_string());
    }
    written.map_err(|e| format!("writing stdin: {e}"))?;
    Ok((out, Usage { wall, max_rss }))
}

/// Waits for the child `pid` and returns its exit status and peak RSS.
fn wait(pid: u32) -> Result<(ExitStatus, u64), String> {
    use std::os::unix::process::ExitStatusExt;
    let pid = pid as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is a plain C struct for which all-zero bytes is a
    // valid value; wait4 only writes into the two out-pointers, which point
    // at live locals for the duration of the call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: see above; `pid` is our own unreaped child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4: {err}"));
        }
    }
    // Linux reports ru_maxrss in KiB.
    let max_rss = (usage.ru_maxrss.max(0) as u64) * 1024;
    Ok((ExitStatus::from_raw(status), max_rss))
}

/// Per-call seconds of `f`: it runs once to warm up, then repeatedly until
/// `budget` has passed (at least `min_reps`, at most `max_reps` times); the
/// result is the median call, robust to the odd slow one on a shared machine.
pub(crate) fn per_call(
    budget: Duration,
    min_reps: usize,
    max_reps: usize,
    mut f: impl FnMut(),
) -> f64 {
    f();
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < max_reps && (times.len() < min_reps || started.elapsed() < budget) {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64());
    }
    median(&mut times)
}

fn median(times: &mut [f64]) -> f64 {
    if times.is_empty() {
        return f64::NAN;
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_usage_has_its_output_wall_time_and_memory() {
        let (out, usage) = run(Command::new("cat").arg("-"), b"hello").unwrap();
        assert_eq!(out, b"hello");
        assert!(usage.wall > 0.0);
        // Any process has some resident memory, and `cat` far less than 1 GiB.
        assert!(usage.max_rss > 0 && usage.max_rss < 1 << 30);
    }

    #[test]
    fn failing_child_is_an_error() {
        assert!(run(&mut Command::new("false"), b"").is_err());
    }

    #[test]
    fn per_call_respects_rep_bounds_and_takes_the_median() {
        let mut n = 0;
        per_call(Duration::from_secs(10), 1, 4, || n += 1);
        // One warm-up plus at most four timed calls.
        assert_eq!(n, 5);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
    }
}
