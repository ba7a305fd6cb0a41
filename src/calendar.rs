//! The reply deadline as an iCalendar event (RFC 5545, `.ics`): an all-day event on the last day
//! of the period, with a display alarm three days before, in the person's language. Line folding,
//! escaping and the calendar's structure are the icalendar crate's.

use chrono::{Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, EventLike};
use sha2::{Digest, Sha256};

/// The event's texts, already in the person's language.
pub struct EventText {
    pub summary: String,
    pub description: String,
    pub alarm: String,
}

/// An .ics file with one all-day event on `ends`. `key` makes the UID stable for the same request
/// (importing the file twice updates the event instead of adding a second one).
pub fn deadline_event(ends: NaiveDate, text: &EventText, key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let uid: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    let event = icalendar::Event::new()
        .uid(&format!("{uid}@facerights.invalid"))
        .summary(&text.summary)
        .description(&text.description)
        // An all-day event: DTSTART the day, DTEND (exclusive) the next.
        .starts(ends)
        .ends(ends.succ_opt().unwrap_or(ends))
        .alarm(Alarm::display(&text.alarm, -Duration::days(3)))
        .done();
    Calendar::new()
        .name("facerights")
        .append_property(icalendar::Property::new(
            "PRODID",
            "-//facerights//deadline//EN",
        ))
        .push(event)
        .done()
        .to_string()
}
