//! The integration tests of the `corroborate` library, one binary: goldens
//! of the example story's brief.

mod golden;
