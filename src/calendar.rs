//! The reply deadline as an iCalendar event (RFC 5545, `.ics`): an all-day event on the last day
//! of the period, with a display alarm three days before, in the person's language. Line folding,
//! escaping and the calendar's structure are the icalendar crate's.

use chrono::{Duration, NaiveDate};

use crate::deadline::Deadline;
use crate::i18n::Ui;
use crate::request::Request;
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

/// The .ics for a request's reply deadline, in the interface language (`date` formats a date in
/// it). The UID comes from the jurisdiction, the request, the receipt date and the name.
pub(crate) fn request_deadline(
    req: &Request,
    dl: &Deadline,
    ui: &Ui,
    date: &dyn Fn(NaiveDate) -> String,
) -> String {
    let request = ui.t(&format!("request-short-{}", req.kind.as_str()));
    let args = [
        ("request", request),
        ("ends", date(dl.ends)),
        ("received", date(dl.received)),
        ("follow_up", date(dl.follow_up_from)),
    ];
    let text = EventText {
        summary: ui.ta("calendar-summary", &args),
        description: ui.ta("calendar-description", &args),
        alarm: ui.t("calendar-alarm"),
    };
    let key = format!(
        "{}|{}|{}|{}",
        req.jurisdiction.code,
        req.kind.as_str(),
        dl.received,
        req.name
    );
    deadline_event(dl.ends, &text, &key)
}
