//! Turns the command line's paths into inputs: files, directories walked
//! recursively for article files, and `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use corroborate::Input;
use indicatif::{ProgressBar, ProgressStyle};

/// Extensions read when walking a directory.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "json", "jsonl"];

/// Refuse single inputs larger than this; anything bigger is not an article set.
const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Reads every input; returns what was read and one warning per path skipped.
pub(crate) fn read_all(paths: &[PathBuf], progress: bool) -> (Vec<Input>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
        } else if path.is_dir() {
            let before = files.len();
            for entry in walkdir::WalkDir::new(path)
                .follow_links(true)
                .sort_by_file_name()
            {
                match entry {
                    Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => {
                        files.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(e) => warnings.push(format!("could not read `{}`: {e}", path.display())),
                }
            }
            if files.len() == before {
                warnings.push(format!(
                    "`{}` holds no article files ({})",
                    path.display(),
                    ARTICLE_EXTENSIONS.join(", ")
                ));
            }
        } else {
            files.push(path.clone());
        }
    }
    let bar = if progress && files.len() > 50 {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files") {
            bar.set_style(style);
        }
        Some(bar)
    } else {
        None
    };
    let mut inputs = Vec::with_capacity(files.len());
    for file in files {
        match read_one(&file) {
            Ok(bytes) => inputs.push(Input {
                path: file.display().to_string(),
                bytes,
            }),
            Err(e) => warnings.push(e),
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    (inputs, warnings)
}

fn has_article_extension(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if name.starts_with('.') {
        return false;
    }
    name.ends_with(".jsonl.gz")
        || path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
}

fn read_one(path: &Path) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("could not read standard input: {e}"))?;
        return Ok(bytes);
    }
    let meta = fs_err::metadata(path).map_err(|e| format!("could not read {e}"))?;
    if meta.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "`{}` is larger than {} MB; skipped",
            path.display(),
            MAX_INPUT_BYTES >> 20
        ));
    }
    let bytes = fs_err::read(path).map_err(|e| format!("could not read {e}"))?;
    if path.to_string_lossy().ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .take(MAX_INPUT_BYTES)
            .read_to_end(&mut out)
            .map_err(|e| format!("could not decompress `{}`: {e}", path.display()))?;
        return Ok(out);
    }
    Ok(bytes)
}
