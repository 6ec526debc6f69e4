//! The `rouge` suite.

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "rouge",
    about: "not built",
    run,
};

fn run(_ctx: &Ctx) -> anyhow::Result<String> {
    Ok("## rouge\n\nnot built\n".to_string())
}
