//! A batch input file as JSON Lines: one object per line, and each row's validation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let out = facerights::fuzzing::batch_rows(data, true);
    for row in out.rows.iter().flatten() {
        assert!(!row.contains(['/', '\\']), "file name with a separator: {row:?}");
    }
});
