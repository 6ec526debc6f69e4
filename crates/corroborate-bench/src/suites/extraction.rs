//! The `extraction` suite.

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "extraction",
    about: "not built",
    run,
};

fn run(_ctx: &Ctx) -> anyhow::Result<String> {
    Ok("## extraction\n\nnot built\n".to_string())
}
