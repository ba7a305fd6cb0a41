//! Helpers shared by the test modules.

use chrono::NaiveDate;
use facerights::compose::Composer;
use facerights::data;
use facerights::i18n::Catalog;
use facerights::letter::Letter;
use facerights::request::{Context, Field, RequestInput};

/// A fixed date so letters are reproducible (after the newest decision the letters cite, and after
/// 19 June 2026, from which UK letters state the law as amended).
pub const DATE: &str = "2026-07-01";

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

pub fn input(jurisdiction: &str, request: &str) -> RequestInput {
    RequestInput {
        jurisdiction: Some(jurisdiction.into()),
        request: Some(request.into()),
        name: Some("Alex Example".into()),
        email: Some("alex@example.org".into()),
        address: vec!["Example Street 1".into(), "12345 Exampletown".into()],
        place: Some("Exampletown".into()),
        date: Some(DATE.into()),
        ..Default::default()
    }
}

/// Validates, composes and returns the letter (panics with the error message on failure).
pub fn compose(composer: &Composer, input: &RequestInput) -> Letter {
    let ctx = Context {
        data: data::data().unwrap(),
        catalog: composer.catalog(),
        today: today(),
        format: None,
    };
    let req = input
        .validate(&ctx, Field::flag)
        .unwrap_or_else(|e| panic!("{e}"));
    composer.compose(&req).unwrap_or_else(|e| panic!("{e}"))
}

pub fn composer() -> Composer {
    Composer::new(data::data().unwrap(), Catalog::load(&[]).unwrap())
}

pub fn text(composer: &Composer, input: &RequestInput) -> String {
    facerights::render::text::render(&compose(composer, input))
}

/// A file's permission bits (owner-only output is 0600 on Unix).
#[cfg(unix)]
pub fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Whether a jurisdiction's letters are the GDPR letters (EU, EEA, UK), as opposed to those of
/// another regime (tests/it/regimes.rs).
pub fn gdpr(j: &data::Jurisdiction) -> bool {
    data::data()
        .unwrap()
        .law(&j.law)
        .is_some_and(|l| l.family == data::Family::Gdpr)
}
