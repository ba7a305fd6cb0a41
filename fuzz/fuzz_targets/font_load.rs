//! A font file as `--font` loads it, then used as the fallback face of a PDF letter.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = facerights::fuzzing::font_load(data);
});
