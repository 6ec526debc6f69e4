//! The HTML brief in a real browser: headless Chromium, driven over the
//! DevTools protocol. It loads the brief of the example story, follows a
//! citation and checks that the cited sentence is highlighted and in view,
//! exercises the source filter, saves screenshots (laptop and phone widths)
//! under `target/browser-test/`, and loads a page built from hostile input
//! to check that none of the injected scripts ran while the page's own did.
//!
//! It needs Debian's `/usr/bin/chromium` (or `$CHROMIUM`) and installs
//! nothing: without it the test fails when `CI` is set and otherwise prints
//! why it is skipped.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine;
use corroborate::model;
use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

#[allow(dead_code)]
#[path = "../../../corroborate-render/tests/it/fixture.rs"]
mod fixture;

/// How long any single browser step may take before the test gives up.
const STEP: Duration = Duration::from_secs(10);

#[test]
fn html_brief_in_headless_chromium() {
    let Some(chromium) = find_chromium() else {
        let msg = "browser test: chromium not found (install Debian's `chromium` package, \
                   or set CHROMIUM to its path)";
        if std::env::var_os("CI").is_some() {
            panic!("{msg}; CI is set, so this is a failure");
        }
        // Straight to stderr, past the test harness's capture, so the skip
        // shows in a normal `cargo test` run.
        let _ = writeln!(std::io::stderr(), "SKIPPED {msg}");
        return;
    };
    let out = output_dir();
    let mut browser = Browser::launch(&chromium, &out);

    // The example story, as far as the stages fill it today.
    let brief = example_brief();
    let example = out.join("example.html");
    std::fs::write(&example, corroborate::render::html(&brief)).expect("write the page");
    let mut page = browser.open(&example);
    page.viewport(1280, 900, false);
    follow_a_citation(&mut page, &brief);
    page.screenshot(&out.join("example-laptop.png"));
    filter_hides_a_source(&mut page, &brief);
    if !brief.figures.is_empty() {
        // The figures, with the first value followed, for the README.
        page.eval(
            "document.querySelector('#figures a.val').click();\
             document.getElementById('figures').scrollIntoView()",
        );
        page.screenshot(&out.join("example-figures.png"));
    }
    // One screenshot per further section, for people to look at.
    for section in ["quotes", "names", "timeline"] {
        let found = page.eval(&format!(
            "(() => {{ const s = document.getElementById('{section}');\
               if (s) s.scrollIntoView(); return !!s; }})()"
        ));
        if found == true {
            page.screenshot(&out.join(format!("example-{section}.png")));
        }
    }
    // Printed, the page drops its controls and unrolls the article pane.
    page.call("Emulation.setEmulatedMedia", json!({"media": "print"}));
    let print = page.eval(
        "({nav: getComputedStyle(document.querySelector('nav')).display,\
          filter: getComputedStyle(document.getElementById('filter')).display,\
          pane: getComputedStyle(document.getElementById('articles')).overflowY})",
    );
    assert_eq!(
        print,
        json!({"nav": "none", "filter": "none", "pane": "visible"})
    );
    page.call("Emulation.setEmulatedMedia", json!({"media": ""}));
    page.viewport(390, 844, true);
    page.load(&example);
    let overflow = page.eval("document.documentElement.scrollWidth - window.innerWidth");
    assert!(
        overflow.as_f64().unwrap_or(1.0) <= 0.0,
        "the page scrolls sideways on a phone: {overflow}"
    );
    page.screenshot(&out.join("example-phone.png"));

    // A brief with every part filled: a figure value highlights its
    // sentence and, more strongly, its own words.
    let full = fixture::brief();
    let full_page = out.join("fixture.html");
    std::fs::write(&full_page, corroborate::render::html(&full)).expect("write the page");
    page.viewport(1280, 900, false);
    page.load(&full_page);
    follow_a_figure_value(&mut page, &full);
    page.screenshot(&out.join("fixture-laptop.png"));

    // Hostile input: nothing injected runs, the page's own script does.
    let hostile = out.join("hostile.html");
    std::fs::write(&hostile, corroborate::render::html(&fixture::hostile())).expect("write");
    page.load(&hostile);
    let state = page.eval(
        "({pwned: typeof window.pwned, title: document.title, \
          scripts: document.scripts.length, images: document.images.length, \
          hrefs: Array.from(document.querySelectorAll('[href]'), a => a.getAttribute('href')), \
          ownScriptRan: !document.getElementById('filter').hidden})",
    );
    assert_eq!(
        state["pwned"], "undefined",
        "an injected script ran: {state}"
    );
    let title = state["title"].as_str().unwrap_or("");
    assert!(
        title.starts_with("Hostile <script>"),
        "title altered: {title}"
    );
    assert_eq!(state["scripts"], 1, "{state}");
    assert_eq!(state["images"], 0, "{state}");
    for href in state["hrefs"].as_array().expect("hrefs") {
        let href = href.as_str().unwrap_or("");
        assert!(
            href.starts_with('#') || href.starts_with("http://") || href.starts_with("https://"),
            "href {href:?}"
        );
    }
    assert_eq!(
        state["ownScriptRan"], true,
        "the page's own script was blocked"
    );
    drop(page);
    browser.close();
}

/// Clicks the first citation marker in the summary (or, while the summary
/// is empty, the first citation anywhere) and checks the highlight.
fn follow_a_citation(page: &mut Page, brief: &model::Brief) {
    let res = page.eval(
        "(() => {\
           const link = document.querySelector('#summary a.cite') \
             || document.querySelector('main a.cite');\
           if (!link) return {missing: true};\
           const id = link.getAttribute('href').slice(1);\
           link.click();\
           const hl = Array.from(document.querySelectorAll('.hl'));\
           const first = hl[0];\
           const box = first ? first.getBoundingClientRect() : null;\
           return {id, hash: location.hash,\
             text: hl.map(e => e.textContent).join(''),\
             allOfRange: hl.every(e => e.getAttribute('data-r').split(' ').includes(id)),\
             background: first ? getComputedStyle(first).backgroundColor : '',\
             inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight,\
             focused: document.activeElement === first};\
         })()",
    );
    assert_ne!(
        res["missing"], true,
        "the example brief has no citation to click"
    );
    let id = res["id"].as_str().expect("a range id");
    let expected = range_text(brief, id).expect("the link names a valid range");
    assert_eq!(res["text"].as_str(), Some(expected), "highlighted text");
    assert_eq!(res["allOfRange"], true);
    assert_eq!(res["hash"].as_str(), Some(format!("#{id}").as_str()));
    let background = res["background"].as_str().unwrap_or("");
    assert!(
        !background.is_empty() && background != "rgba(0, 0, 0, 0)",
        "highlight has no background: {background:?}"
    );
    assert_eq!(
        res["inView"], true,
        "highlighted sentence not scrolled into view"
    );
    assert_eq!(res["focused"], true, "focus did not move to the sentence");
}

/// Unticks the last source and checks its items are hidden and others not.
fn filter_hides_a_source(page: &mut Page, brief: &model::Brief) {
    let last = brief.articles.last().expect("articles").id.to_string();
    let res = page.eval(&format!(
        "(() => {{\
           const box = document.querySelector('#filter input[value=\"{last}\"]');\
           box.click();\
           const mine = Array.from(document.querySelectorAll('[data-src=\"{last}\"]'));\
           const others = Array.from(document.querySelectorAll('[data-src]'))\
             .filter(e => !e.getAttribute('data-src').split(' ').includes('{last}'));\
           const r = {{mine: mine.length, mineHidden: mine.every(e => e.hasAttribute('hidden')),\
             othersShown: others.every(e => !e.hasAttribute('hidden'))}};\
           box.click();\
           r.restored = mine.every(e => !e.hasAttribute('hidden'));\
           return r;\
         }})()"
    ));
    assert!(res["mine"].as_u64().unwrap_or(0) >= 2, "{res}");
    assert_eq!(res["mineHidden"], true, "{res}");
    assert_eq!(res["othersShown"], true, "{res}");
    assert_eq!(res["restored"], true, "{res}");
}

/// Clicks the value of the conflicting figure's second report.
fn follow_a_figure_value(page: &mut Page, brief: &model::Brief) {
    let report = &brief.figures[0].reports[1];
    let article = &brief.articles[report.article.0 as usize];
    let res = page.eval(
        "(() => {\
           const link = document.querySelectorAll('#fig-1 a.val')[1];\
           link.click();\
           return {sentence: Array.from(document.querySelectorAll('.hl'), e => e.textContent).join(''),\
             words: Array.from(document.querySelectorAll('.hl-focus'), e => e.textContent).join('')};\
         })()",
    );
    assert_eq!(
        res["sentence"].as_str(),
        Some(report.sentence.slice(&article.text))
    );
    assert_eq!(
        res["words"].as_str(),
        article.text.get(report.start..report.end)
    );
}

/// The article text a range id (`a2-10-45`) names.
fn range_text<'a>(brief: &'a model::Brief, id: &str) -> Option<&'a str> {
    let mut parts = id.strip_prefix('a')?.split('-');
    let n: usize = parts.next()?.parse().ok()?;
    let start: usize = parts.next()?.parse().ok()?;
    let end: usize = parts.next()?.parse().ok()?;
    brief.articles.get(n.checked_sub(1)?)?.text.get(start..end)
}

fn example_brief() -> model::Brief {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/east-aleppo-2016");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the example story")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let inputs = paths
        .iter()
        .map(|p| corroborate::Input {
            path: p.display().to_string(),
            bytes: std::fs::read(p).expect("an example file"),
        })
        .collect();
    let cfg = corroborate::Config {
        date: None,
        summary_words: 120,
    };
    corroborate::pipeline::run(inputs, &cfg)
        .briefs
        .into_iter()
        .next()
        .expect("a brief")
}

/// `target/browser-test/`, where pages and screenshots are left to look at.
fn output_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../browser-test");
    std::fs::create_dir_all(&dir).expect("create the output folder");
    dir.canonicalize().expect("the output folder")
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM").map(PathBuf::from) {
        return p.is_file().then_some(p);
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.is_file() {
        return Some(debian);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|d| d.join("chromium"))
            .find(|p| p.is_file())
    })
}

/// A headless Chromium and a DevTools connection to it. Killed on drop.
struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    next_id: u64,
    profile: PathBuf,
}

impl Browser {
    fn launch(chromium: &Path, out: &Path) -> Browser {
        let profile = out.join(format!("profile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let mut child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        // Chromium prints its DevTools address on stderr; keep draining the
        // pipe afterwards so it never blocks on a full pipe.
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("ws://") {
                    let _ = tx.send(line[at..].trim().to_string());
                }
            }
        });
        let url = match rx.recv_timeout(STEP) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                panic!("chromium printed no DevTools address within {STEP:?}");
            }
        };
        let host = url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .expect("host:port")
            .to_string();
        let stream = TcpStream::connect(&host).expect("connect to DevTools");
        stream.set_read_timeout(Some(STEP)).expect("timeout");
        let (ws, _) = tungstenite::client(url.as_str(), stream).expect("DevTools handshake");
        Browser {
            child,
            ws,
            next_id: 0,
            profile,
        }
    }

    /// Sends one command (to a page when `session` is given) and returns its
    /// result, skipping the events that arrive meanwhile.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("send to DevTools");
        let deadline = Instant::now() + STEP;
        while Instant::now() < deadline {
            let reply = match self.ws.read().expect("read from DevTools") {
                Message::Text(t) => t,
                _ => continue,
            };
            let reply: Value = serde_json::from_str(reply.as_str()).expect("DevTools JSON");
            if reply["id"] == id {
                assert!(reply.get("error").is_none(), "{method}: {}", reply["error"]);
                return reply["result"].clone();
            }
        }
        panic!("{method}: no reply within {STEP:?}");
    }

    fn open(&mut self, path: &Path) -> Page<'_> {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"}));
        let session = self.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target["targetId"], "flatten": true}),
        );
        let session = session["sessionId"]
            .as_str()
            .expect("a session")
            .to_string();
        let mut page = Page {
            browser: self,
            session,
        };
        page.load(path);
        page
    }

    fn close(mut self) {
        let _ = self.call(None, "Browser.close", json!({}));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// One tab.
struct Page<'b> {
    browser: &'b mut Browser,
    session: String,
}

impl Page<'_> {
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.browser.call(Some(&self.session), method, params)
    }

    /// Navigates to a local file and waits until it has loaded. The old
    /// document is marked first, so reloading the same file cannot be
    /// mistaken for having loaded it.
    fn load(&mut self, path: &Path) {
        self.eval("window.__stale = true");
        let url = format!("file://{}", path.display());
        self.call("Page.navigate", json!({"url": url}));
        let deadline = Instant::now() + STEP;
        loop {
            let state = self.eval(
                "window.__stale ? 'stale' : document.readyState + ' ' + \
                 decodeURIComponent(location.pathname)",
            );
            if state.as_str() == Some(&format!("complete {}", path.display())) {
                return;
            }
            assert!(Instant::now() < deadline, "{url} did not load: {state}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        );
    }

    /// Evaluates an expression in the page and returns its value as JSON.
    fn eval(&mut self, expression: &str) -> Value {
        let res = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        assert!(
            res.get("exceptionDetails").is_none(),
            "script error: {}",
            res["exceptionDetails"]
        );
        res["result"]["value"].clone()
    }

    fn screenshot(&mut self, path: &Path) {
        let res = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let png = base64::engine::general_purpose::STANDARD
            .decode(res["data"].as_str().expect("screenshot data"))
            .expect("base64 PNG");
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        std::fs::write(path, png).expect("write the screenshot");
        eprintln!("browser test: screenshot {}", path.display());
    }
}
