//! Timing and memory measurement shared by the suites: a child process run
//! with its own wall time and peak resident memory (from `wait4`, so it is
//! that child's alone, not the largest of every child the harness ever ran),
//! and a repeat-until-stable timer for in-process library calls.

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Condvar, Mutex};
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
/// failed spawn or a non-zero exit. No time limit: see [`run_limited`].
pub(crate) fn run(cmd: &mut Command, stdin: &[u8]) -> Result<(Vec<u8>, Usage), String> {
    run_limited(cmd, stdin, None)
}

/// [`run`], killing the child if it is still running after `limit`.
pub(crate) fn run_limited(
    cmd: &mut Command,
    stdin: &[u8],
    limit: Option<Duration>,
) -> Result<(Vec<u8>, Usage), String> {
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
    let watchdog = limit.map(|limit| Watchdog::start(child.id(), limit));
    let waited = wait(child.id(), watchdog.as_ref());
    let killed = watchdog.is_some_and(|w| w.killed());
    let (status, max_rss) = waited?;
    let wall = started.elapsed().as_secs_f64();
    let out = reader
        .join()
        .map_err(|_| "stdout reader panicked".to_string())?
        .map_err(|e| format!("reading stdout: {e}"))?;
    let written = writer
        .join()
        .map_err(|_| "stdin writer panicked".to_string())?;
    if killed {
        return Err(format!(
            "killed after {:.0} s (time limit)",
            limit.unwrap_or_default().as_secs_f64()
        ));
    }
    if !status.success() {
        return Err(status.to_string());
    }
    written.map_err(|e| format!("writing stdin: {e}"))?;
    Ok((out, Usage { wall, max_rss }))
}

/// Kills a child that outlives its time limit. The child is only reaped
/// after [`Watchdog::exited`] has told the watchdog, under the same lock the
/// watchdog kills under, so it never signals a pid that was reused.
struct Watchdog {
    state: Arc<(Mutex<(bool, bool)>, Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(pid: u32, limit: Duration) -> Watchdog {
        // (child has exited, watchdog killed it)
        let state = Arc::new((Mutex::new((false, false)), Condvar::new()));
        let s = Arc::clone(&state);
        let thread = std::thread::spawn(move || {
            let (lock, cvar) = &*s;
            let Ok(guard) = lock.lock() else { return };
            let Ok((mut guard, _)) = cvar.wait_timeout_while(guard, limit, |st| !st.0) else {
                return;
            };
            if !guard.0 {
                // SAFETY: kill(2) with a pid of our own child, not yet reaped
                // (see the type's comment); it has no memory effects.
                unsafe {
                    libc::kill(pid as libc::pid_t, libc::SIGKILL);
                }
                guard.1 = true;
            }
        });
        Watchdog {
            state,
            thread: Some(thread),
        }
    }

    /// Tells the watchdog the child has exited (not yet reaped) and stops it.
    fn exited(&self) {
        let (lock, cvar) = &*self.state;
        if let Ok(mut st) = lock.lock() {
            st.0 = true;
        }
        cvar.notify_all();
    }

    fn killed(mut self) -> bool {
        self.exited();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.state.0.lock().map(|st| st.1).unwrap_or(false)
    }
}

/// Waits for the child `pid` and returns its exit status and peak RSS.
fn wait(pid: u32, watchdog: Option<&Watchdog>) -> Result<(ExitStatus, u64), String> {
    use std::os::unix::process::ExitStatusExt;
    let pid = pid as libc::pid_t;
    if let Some(w) = watchdog {
        // Wait for the exit without reaping, so the pid stays ours while the
        // watchdog may still signal it.
        loop {
            // SAFETY: siginfo_t is a plain C struct, valid all-zero; waitid
            // only writes into it.
            let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
            // SAFETY: as above; `pid` is our own unreaped child.
            let r = unsafe {
                libc::waitid(
                    libc::P_PID,
                    pid as libc::id_t,
                    &mut info,
                    libc::WEXITED | libc::WNOWAIT,
                )
            };
            if r == 0 {
                break;
            }
            let err = std::io::Error::last_os_error();
            if err.kind() != std::io::ErrorKind::Interrupted {
                return Err(format!("waitid: {err}"));
            }
        }
        w.exited();
    }
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
    fn child_past_its_time_limit_is_killed() {
        let started = Instant::now();
        let got = run_limited(
            Command::new("sleep").arg("30"),
            b"",
            Some(Duration::from_millis(200)),
        );
        assert!(got.unwrap_err().contains("time limit"));
        assert!(started.elapsed() < Duration::from_secs(10));
        // A child that ends in time is not reported as killed.
        let (out, _) = run_limited(
            Command::new("echo").arg("ok"),
            b"",
            Some(Duration::from_secs(30)),
        )
        .unwrap();
        assert_eq!(out, b"ok\n");
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
