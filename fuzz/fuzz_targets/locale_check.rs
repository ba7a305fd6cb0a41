//! `facerights locales check DIR` (text, or JSON when the language byte's bit 2 is set) over a
//! locale's files (same input layout as locale_load).
#![no_main]

use facerights::fuzzing::{locale_check, LocaleFiles};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let json = data.first().is_some_and(|b| b & 4 != 0);
    let _ = locale_check(&LocaleFiles::from_fuzz_bytes(data), json);
});
