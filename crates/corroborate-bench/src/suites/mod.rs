//! The registry of suites, one module each.

mod entities;
mod extraction;
mod numbers;
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
    time::SUITE,
    quotes::SUITE,
    entities::SUITE,
    speed::SUITE,
];
