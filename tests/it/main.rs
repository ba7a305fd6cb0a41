//! Integration tests: one binary, one module per feature.

mod batch;
mod cli;
mod data;
mod follow_up;
mod force;
mod legal;
mod letters;
mod locales;
mod pdf;
mod props;
mod regimes;
mod safety;
mod support;
mod wizard;
