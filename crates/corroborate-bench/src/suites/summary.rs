//! The `summary` suite.

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "summary",
    about: "not built",
    run,
};

fn run(_ctx: &Ctx) -> anyhow::Result<String> {
    Ok("## summary\n\nnot built\n".to_string())
}
