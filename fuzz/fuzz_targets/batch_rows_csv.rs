//! A batch input file as CSV: header, delimiter detection, rows, and each row's validation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let out = facerights::fuzzing::batch_rows(data, false);
    // Controls and bidirectional controls must never be echoed (a terminal acts on them).
    let unsafe_to_show = |c: char| {
        c.is_control()
            || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    for row in &out.rows {
        match row {
            Ok(name) => assert!(
                !name.contains(['/', '\\']) && !name.starts_with('.'),
                "file name outside the directory: {name:?}"
            ),
            // Row errors are printed on the terminal and kept in the manifest.
            Err(e) => assert!(!e.chars().any(unsafe_to_show), "unsafe echo: {e:?}"),
        }
    }
    if let Some(e) = out.fatal {
        let e = e.to_string();
        assert!(
            !e.chars().any(|c| c != '\n' && unsafe_to_show(c)),
            "unsafe echo: {e:?}"
        );
    }
});
