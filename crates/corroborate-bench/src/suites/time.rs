//! The `time` suite.

use crate::{Ctx, Suite};

pub(crate) const SUITE: Suite = Suite {
    name: "time",
    about: "not built",
    run,
};

fn run(_ctx: &Ctx) -> anyhow::Result<String> {
    Ok("## time\n\nnot built\n".to_string())
}
