//! facerights: GDPR Art. 15 access and Art. 17 erasure requests to Clearview AI.

pub mod letter;
pub mod render;
