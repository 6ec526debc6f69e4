//! The `speed` suite.

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "speed",
    about: "not built",
    run,
};

fn run(_ctx: &Ctx) -> anyhow::Result<String> {
    Ok("## speed\n\nnot built\n".to_string())
}
