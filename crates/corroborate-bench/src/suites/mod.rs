//! The registry of suites, one module each.

mod entities;
mod extraction;
mod figure_attribution;
mod numbers;
mod polnear;
mod quotes;
mod rouge;
mod sentences;
mod speed;
mod summary;
mod time;

use crate::Suite;

/// Every suite, in the order `all` runs them.
pub(crate) const ALL: &[Suite] = &[
    rouge::SUITE,
    sentences::SUITE,
    extraction::SUITE,
    summary::SUITE,
    numbers::SUITE,
    figure_attribution::SUITE,
    time::SUITE,
    quotes::SUITE,
    entities::SUITE,
    speed::SUITE,
];
