//! Renderers: each turns a [`crate::letter::Letter`] into bytes and decides no content.

pub mod pdf;
pub mod text;
