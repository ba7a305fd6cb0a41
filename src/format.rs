//! Locale-aware formatting of facts (dates, amounts, lists, country names) with ICU4X and its
//! CLDR data. No hand-written tables: word order, month names and their grammatical case, digit
//! grouping and currency placement all come from CLDR.

use chrono::{Datelike, NaiveDate};
use icu::calendar::cal::Gregorian;
use icu::calendar::Date;
use icu::datetime::fieldsets::YMD;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter;
use icu::locale::preferences::extensions::unicode::keywords::CurrencyType;
use icu::locale::subtags::Region;
use icu::locale::Locale;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;

use crate::data::{Currency, Money};
use crate::error::Error;

/// Formatters for one language, built once and reused for every letter in that language.
pub struct Formatter {
    language: String,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    decimal: DecimalFormatter,
    and_list: ListFormatter,
    regions: RegionDisplayNames,
    euro: CurrencyFormatter<DecimalFormatter>,
    pound: CurrencyFormatter<DecimalFormatter>,
}

impl std::fmt::Debug for Formatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formatter")
            .field("language", &self.language)
            .finish()
    }
}

fn locale(language: &str) -> Result<Locale, Error> {
    language
        .parse::<Locale>()
        .map_err(|e| Error::Locale(format!("`{language}` is not a valid language tag: {e}")))
}

fn icu_err(what: &str, language: &str, e: impl std::fmt::Display) -> Error {
    Error::Locale(format!("no {what} formatting data for `{language}`: {e}"))
}

impl Formatter {
    pub fn new(language: &str) -> Result<Formatter, Error> {
        let loc = locale(language)?;
        let date = FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMD::long())
            .map_err(|e| icu_err("date", language, e))?;
        let decimal = DecimalFormatter::try_new((&loc).into(), Default::default())
            .map_err(|e| icu_err("number", language, e))?;
        let and_list = ListFormatter::try_new_and(
            (&loc).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(|e| icu_err("list", language, e))?;
        let regions = RegionDisplayNames::try_new((&loc).into(), DisplayNamesOptions::default())
            .map_err(|e| icu_err("country name", language, e))?;
        let currency = |code| {
            CurrencyFormatter::try_new_symbol((&loc).into(), code, Default::default())
                .map_err(|e| icu_err("currency", language, e))
        };
        let code = |c: &str| {
            CurrencyType::try_from_str(c)
                .map_err(|e| icu_err("currency", language, format!("{c}: {e:?}")))
        };
        let euro = currency(code("eur")?)?;
        let pound = currency(code("gbp")?)?;
        Ok(Formatter {
            euro,
            pound,
            language: language.to_string(),
            date,
            decimal,
            and_list,
            regions,
        })
    }

    /// A date written out as in a letter: "10 February 2022", "10. Februar 2022", "10 Φεβρουαρίου 2022".
    pub fn date(&self, d: NaiveDate) -> String {
        // chrono's NaiveDate is always a valid proleptic Gregorian date; the month and day fit.
        let s = match Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8) {
            Ok(date) => self.date.format(&date).to_string(),
            Err(_) => return d.format("%Y-%m-%d").to_string(),
        };
        // French writes the first day of a month as an ordinal, "1er mars", which CLDR's
        // pattern ("d MMMM y") does not.
        if d.day() == 1 && self.language.split('-').next() == Some("fr") {
            if let Some(rest) = s
                .strip_prefix('1')
                .filter(|r| r.starts_with(char::is_whitespace))
            {
                return format!("1er{rest}");
            }
        }
        s
    }

    /// An integer with the locale's digit grouping: "20,000,000", "20.000.000", "20 000 000".
    pub fn integer(&self, n: u64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    /// An amount of money with the locale's currency pattern: "€20,000,000", "20.000.000 €".
    pub fn money(&self, m: Money) -> String {
        let formatter = match m.currency {
            Currency::Eur => &self.euro,
            Currency::Gbp => &self.pound,
        };
        strip_zero_fraction(
            &formatter
                .format_fixed_decimal(&Decimal::from(m.amount))
                .to_string(),
        )
    }

    /// Items joined the way the language writes a list with "and": "5, 6 and 9", "5, 6 και 9".
    pub fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.and_list
            .format_to_string(items.iter().map(|s| s.as_ref()))
    }

    /// The country's name in this language, from CLDR ("Italien" in German); None if unknown.
    pub fn country(&self, code: &str) -> Option<String> {
        let region: Region = code.parse().ok()?;
        self.regions.of(region).map(str::to_string)
    }
}

/// Whole amounts are written without a fraction ("€20,000,000", not "€20,000,000.00").
fn strip_zero_fraction(s: &str) -> String {
    for sep in [".00", ",00"] {
        if let Some(pos) = s.find(sep) {
            let after = &s[pos + sep.len()..];
            if !after.starts_with(|c: char| c.is_ascii_digit()) {
                return format!("{}{}", &s[..pos], after);
            }
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Currency;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const EUR_20M: Money = Money {
        amount: 20_000_000,
        currency: Currency::Eur,
    };

    #[test]
    fn dates_follow_cldr_per_language() {
        let cases = [
            ("en-GB", "10 February 2022"),
            ("de", "10. Februar 2022"),
            ("fr", "10 février 2022"),
            ("it", "10 febbraio 2022"),
            ("nl", "10 februari 2022"),
            ("el", "10 Φεβρουαρίου 2022"),
            ("hu", "2022. február 10."),
        ];
        for (loc, want) in cases {
            assert_eq!(
                Formatter::new(loc).unwrap().date(d(2022, 2, 10)),
                want,
                "{loc}"
            );
        }
        // The first of the month in French is an ordinal, in France and Belgium alike.
        assert_eq!(
            Formatter::new("fr").unwrap().date(d(2026, 3, 1)),
            "1er mars 2026"
        );
        assert_eq!(
            Formatter::new("fr-BE").unwrap().date(d(2026, 3, 1)),
            "1er mars 2026"
        );
        assert_eq!(
            Formatter::new("fr").unwrap().date(d(2026, 3, 11)),
            "11 mars 2026"
        );
        assert_eq!(
            Formatter::new("en-GB").unwrap().date(d(2026, 3, 1)),
            "1 March 2026"
        );
        // Regional variants: Austrian German names January "Jänner".
        assert_eq!(
            Formatter::new("de-AT").unwrap().date(d(2026, 1, 5)),
            "5. Jänner 2026"
        );
    }

    #[test]
    fn amounts_are_grouped_and_placed_per_language() {
        assert_eq!(
            Formatter::new("en-GB").unwrap().money(EUR_20M),
            "€20,000,000"
        );
        assert_eq!(
            Formatter::new("de").unwrap().money(EUR_20M),
            "20.000.000\u{a0}€"
        );
        assert_eq!(
            Formatter::new("nl").unwrap().money(EUR_20M),
            "€\u{a0}20.000.000"
        );
        assert_eq!(
            Formatter::new("fr").unwrap().money(EUR_20M),
            "20\u{202f}000\u{202f}000\u{a0}€"
        );
        let gbp = Money {
            amount: 7_552_800,
            currency: Currency::Gbp,
        };
        assert_eq!(Formatter::new("en-GB").unwrap().money(gbp), "£7,552,800");
    }

    #[test]
    fn lists_and_country_names() {
        let de = Formatter::new("de").unwrap();
        assert_eq!(de.and_list(&["5(1)(a)", "6", "9"]), "5(1)(a), 6 und 9");
        assert_eq!(de.country("IT").as_deref(), Some("Italien"));
        let el = Formatter::new("el").unwrap();
        assert_eq!(el.country("GR").as_deref(), Some("Ελλάδα"));
        assert_eq!(
            Formatter::new("en-GB").unwrap().and_list(&["a", "b", "c"]),
            "a, b and c"
        );
    }

    #[test]
    fn whole_amounts_have_no_fraction() {
        assert_eq!(strip_zero_fraction("€20,000,000.00"), "€20,000,000");
        assert_eq!(strip_zero_fraction("20.000.000,00 €"), "20.000.000 €");
        assert_eq!(strip_zero_fraction("€1.5"), "€1.5");
    }
}
