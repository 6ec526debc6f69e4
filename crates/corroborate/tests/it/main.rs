//! The integration tests of the `corroborate` library, one binary: goldens
//! of the example story's brief, its timeline end to end, the HTML brief in
//! headless Chromium, and the repository's tidy checks.

// the renderers' shared fixture names the model as `crate::model`
use corroborate::model;

mod browser;
mod golden;
mod tidy;
mod timeline;
