//! When the controller's reply period ends, and from when a reminder or a complaint is not
//! premature. One rule per law, chosen by data (`[[law]]` in `data/jurisdictions.toml`).
//!
//! - **Months** (the GDPR's "one month of receipt", Art. 12(3)), counted under Regulation (EEC,
//!   Euratom) No 1182/71: the day of receipt is not counted (Art. 3(1)); the period ends at the end
//!   of the day of the last month with the same date as the day of receipt, or of that month's
//!   last day if it has no such date (Art. 3(2)(c): 31 January ends on 28 or 29 February); a
//!   period ending on a Saturday or Sunday ends at the end of the next working day (Art. 3(4)). The
//!   UK's "applicable time period" (Article 12A UK GDPR) is counted the same way (the ICO's
//!   guidance describes this calendar rule; its wording is not verified in a stored copy).
//! - **Days** and **business days** (regimes that count so): the day of receipt is not counted;
//!   a period of days ending on a weekend ends on the next working day; business days skip
//!   Saturdays and Sundays.
//!
//! **Public holidays.** A period whose last day is a public holiday also ends on the next working
//! day, but which holidays count (those of the person's country, of the controller's, of the
//! authority's) is not settled, and facerights has no holiday calendar. So it shows the end
//! computed with weekends only, says that a public holiday moves it, and never suggests a reminder
//! or complaint before the fourth working day after that end. European calendars have at most
//! three public holidays on consecutive working days (Maundy Thursday, Good Friday and Easter
//! Monday in Norway, Denmark and Iceland; 24 to 26 December in Czechia, Slovakia and the Baltic
//! states), so the suggested date is never too early.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Deserialize;

/// A reply period as the law states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Period {
    Months(u32),
    Days(u32),
    BusinessDays(u32),
}

/// Which rule counts the period (for the documentation and the notes; the arithmetic is the same
/// calendar rule for both months-based rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counting {
    /// Regulation (EEC, Euratom) No 1182/71.
    #[serde(rename = "reg-1182-71")]
    Reg1182_71,
    /// Article 12A UK GDPR, as the ICO counts it.
    #[serde(rename = "uk-art-12a")]
    UkArt12A,
    /// A period of days (Australia, Alberta, Switzerland, California): the day of receipt not
    /// counted, a last day on a weekend moved to the next working day.
    CalendarDays,
    /// A period of days under an interpretation act whose "holiday" includes Sunday but not
    /// Saturday (Canada: Interpretation Act, R.S.C. 1985, c. I-21, ss. 26 and 35(1); Québec:
    /// Interpretation Act, CQLR c. I-16, ss. 52 and 61(23)): a last day on a Sunday moves to the
    /// Monday, one on a Saturday stays.
    CalendarDaysSunday,
    /// A period of business days (British Columbia's PIPA, whose "day" excludes Saturdays and
    /// holidays): Saturdays and Sundays are skipped.
    BusinessDays,
}

/// The end of a reply period and the first day a follow-up is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// When the controller received the request.
    pub received: NaiveDate,
    /// The last day of the period (weekends moved; a public holiday moves it further).
    pub ends: NaiveDate,
    /// The first day a reminder or complaint for "no answer in time" is never premature: the
    /// fourth working day after `ends`.
    pub follow_up_from: NaiveDate,
}

/// How many working days after the end a follow-up waits for public holidays it cannot see.
const HOLIDAY_MARGIN: u32 = 4;

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The same day, or the next working day (Monday to Friday).
fn working_day_from(mut d: NaiveDate) -> NaiveDate {
    while is_weekend(d) {
        d = d + Days::new(1);
    }
    d
}

/// `n` working days after `d` (not counting `d`).
fn add_working_days(mut d: NaiveDate, n: u32) -> NaiveDate {
    for _ in 0..n {
        d = working_day_from(d + Days::new(1));
    }
    d
}

impl Period {
    /// The last day of the period for a request received on `received`, counted under `counting`.
    pub fn ends_counted(self, received: NaiveDate, counting: Counting) -> NaiveDate {
        if counting != Counting::CalendarDaysSunday {
            return self.ends(received);
        }
        let end = match self {
            Period::Days(n) => received
                .checked_add_days(Days::new(n.into()))
                .unwrap_or(NaiveDate::MAX),
            other => return other.ends(received),
        };
        if end.weekday() == Weekday::Sun {
            end + Days::new(1)
        } else {
            end
        }
    }

    /// The end and the first safe follow-up under `counting`.
    pub fn deadline_counted(self, received: NaiveDate, counting: Counting) -> Deadline {
        let ends = self.ends_counted(received, counting);
        Deadline {
            received,
            ends,
            follow_up_from: add_working_days(ends, HOLIDAY_MARGIN),
        }
    }

    /// The last day of the period for a request received on `received`.
    pub fn ends(self, received: NaiveDate) -> NaiveDate {
        let end = match self {
            // chrono clamps to the month's last day: 31 January + 1 month = 28/29 February.
            Period::Months(m) => received
                .checked_add_months(Months::new(m))
                .unwrap_or(NaiveDate::MAX),
            Period::Days(n) => received
                .checked_add_days(Days::new(n.into()))
                .unwrap_or(NaiveDate::MAX),
            Period::BusinessDays(n) => return add_working_days(received, n),
        };
        working_day_from(end)
    }

    pub fn deadline(self, received: NaiveDate) -> Deadline {
        let ends = self.ends(received);
        Deadline {
            received,
            ends,
            follow_up_from: add_working_days(ends, HOLIDAY_MARGIN),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn one_month_under_regulation_1182_71() {
        let month = Period::Months(1);
        // The same date of the next month.
        assert_eq!(month.ends(d(2026, 3, 10)), d(2026, 4, 10)); // a Friday
        assert_eq!(month.ends(d(2026, 10, 17)), d(2026, 11, 17));
        // 31 January: February has no 31st, so its last day; 28 February 2026 is a Saturday,
        // so the next working day, Monday 2 March.
        assert_eq!(month.ends(d(2026, 1, 31)), d(2026, 3, 2));
        // Leap years: 29 February 2024 (a Thursday); 31 January 2028 ends on 29 February 2028
        // (a Tuesday).
        assert_eq!(month.ends(d(2024, 1, 31)), d(2024, 2, 29));
        assert_eq!(month.ends(d(2028, 1, 31)), d(2028, 2, 29));
        assert_eq!(month.ends(d(2027, 1, 29)), d(2027, 3, 1)); // 28 Feb 2027 is a Sunday
                                                               // A month end on a weekend: 31 October 2026 is a Saturday -> Monday 2 November.
        assert_eq!(month.ends(d(2026, 9, 30)), d(2026, 10, 30)); // Friday
        assert_eq!(month.ends(d(2026, 10, 31)), d(2026, 11, 30)); // Monday
        assert_eq!(month.ends(d(2026, 8, 31)), d(2026, 9, 30)); // Wednesday
        assert_eq!(month.ends(d(2026, 6, 30)), d(2026, 7, 30));
        assert_eq!(month.ends(d(2026, 2, 7)), d(2026, 3, 9)); // 7 March 2026 is a Saturday
        assert_eq!(month.ends(d(2026, 12, 20)), d(2027, 1, 20));
        assert_eq!(month.ends(d(2026, 11, 21)), d(2026, 12, 21)); // Monday
        assert_eq!(month.ends(d(2026, 4, 19)), d(2026, 5, 19));
        assert_eq!(month.ends(d(2026, 6, 20)), d(2026, 7, 20)); // 20 July 2026 is a Monday
        assert_eq!(month.ends(d(2026, 9, 19)), d(2026, 10, 19)); // Monday
                                                                 // Over the new year: 31 December -> 31 January 2027 is a Sunday -> Monday 1 February.
        assert_eq!(month.ends(d(2026, 12, 31)), d(2027, 2, 1));
    }

    #[test]
    fn the_uk_counts_the_same_calendar_month() {
        // Article 12A UK GDPR, as the ICO counts it: 3 September -> 3 October; 31 January ->
        // the last day of February; a weekend end moves to the Monday.
        let month = Period::Months(1);
        assert_eq!(month.ends(d(2026, 9, 3)), d(2026, 10, 5)); // 3 October 2026 is a Saturday
        assert_eq!(month.ends(d(2027, 9, 3)), d(2027, 10, 4)); // 3 October 2027 is a Sunday
        assert_eq!(month.ends(d(2027, 1, 31)), d(2027, 3, 1)); // Sunday 28 February -> Monday
    }

    #[test]
    fn days_and_business_days() {
        // 30 days from Friday 2 October 2026: 1 November, a Sunday -> Monday 2 November.
        assert_eq!(Period::Days(30).ends(d(2026, 10, 2)), d(2026, 11, 2));
        // 30 business days from Friday 2 October 2026: six weeks of five days -> Friday 13 November.
        assert_eq!(
            Period::BusinessDays(30).ends(d(2026, 10, 2)),
            d(2026, 11, 13)
        );
        // Received on a Saturday: the first business day is the Monday.
        assert_eq!(Period::BusinessDays(1).ends(d(2026, 10, 3)), d(2026, 10, 5));
    }

    #[test]
    fn a_follow_up_waits_four_working_days_for_holidays() {
        let dl = Period::Months(1).deadline(d(2026, 11, 24));
        // A Thursday. 24 and 25 December (and 26, a Saturday) are holidays in Czechia: the period
        // really ends on Monday 28 December; the follow-up waits until Wednesday 30 December.
        assert_eq!(dl.ends, d(2026, 12, 24));
        assert_eq!(dl.follow_up_from, d(2026, 12, 30));
        // Norway 2027: Maundy Thursday 25 March, Good Friday 26 March, Easter Monday 29 March.
        // Received 25 February, the period ends on Thursday 25 March as computed, really on
        // Tuesday 30 March; the follow-up is Wednesday 31 March.
        let dl = Period::Months(1).deadline(d(2027, 2, 25));
        assert_eq!(dl.ends, d(2027, 3, 25));
        assert_eq!(dl.follow_up_from, d(2027, 3, 31));
    }
}
