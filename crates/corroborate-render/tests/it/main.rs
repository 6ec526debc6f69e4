//! Integration tests of the Markdown and HTML renderers over hand-built
//! briefs (see `fixture`), so they hold before the stages fill real briefs.

use corroborate_model as model;

mod fixture;
mod html;
mod markdown;
mod props;
