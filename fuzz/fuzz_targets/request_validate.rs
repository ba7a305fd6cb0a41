//! Request validation (flags, wizard answers and batch rows all go through it) with arbitrary
//! strings in every field.
#![no_main]

use arbitrary::Arbitrary;
use facerights::error::Error;
use facerights::request::RequestInput;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    jurisdiction: Option<String>,
    request: Option<String>,
    name: Option<String>,
    email: Option<String>,
    address: Vec<String>,
    language: Option<String>,
    place: Option<String>,
    date: Option<String>,
    reference: Option<String>,
    recipient_address: Vec<String>,
    photo_enclosed: bool,
    objection_grounds: Option<String>,
    first_request: Option<String>,
    received: Option<String>,
    outcome: Option<String>,
    reminded: Option<String>,
    pdf: bool,
}

/// What must never reach a letter or a terminal.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}')
}

fuzz_target!(|i: Input| {
    let input = RequestInput {
        jurisdiction: i.jurisdiction,
        request: i.request,
        name: i.name,
        email: i.email,
        address: i.address,
        language: i.language,
        place: i.place,
        date: i.date,
        reference: i.reference,
        recipient_address: i.recipient_address,
        photo_enclosed: i.photo_enclosed,
        objection_grounds: i.objection_grounds,
        first_request: i.first_request,
        received: i.received,
        outcome: i.outcome,
        reminded: i.reminded,
    };
    match facerights::fuzzing::request_validate(&input, i.pdf) {
        Ok(r) => {
            let fields = [
                Some(&r.name),
                r.email.as_ref(),
                r.place.as_ref(),
                r.reference.as_ref(),
                r.objection_grounds.as_ref(),
            ];
            for f in fields
                .into_iter()
                .flatten()
                .chain(&r.address)
                .chain(&r.recipient_address)
            {
                assert!(
                    !f.chars().any(unsafe_char),
                    "unsafe character accepted: {f:?}"
                );
            }
        }
        Err(Error::Invalid(errors)) => {
            assert!(!errors.is_empty());
            for e in errors {
                assert!(e.field.starts_with("--"), "unnamed field: {e:?}");
                assert!(!e.problem.chars().any(unsafe_char), "unsafe echo: {e:?}");
            }
        }
        Err(e) => panic!("validation failed without naming a field: {e}"),
    }
});
