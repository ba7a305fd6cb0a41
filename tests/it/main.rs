//! Integration tests: one binary, one module per feature.

mod cli;
mod data;
mod letters;
mod locales;
mod support;
mod wizard;
