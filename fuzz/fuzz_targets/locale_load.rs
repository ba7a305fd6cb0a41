//! A locale as `--locales-dir` loads it (meta.toml, letter.ftl, ui.ftl, NUL-separated after one
//! byte choosing the language); when complete for letters, a letter composed in it.
#![no_main]

use facerights::fuzzing::{locale_load, LocaleFiles};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = LocaleFiles::from_fuzz_bytes(data);
    if let Ok(Some(text)) = locale_load(&files) {
        assert!(!text.is_empty());
    }
});
