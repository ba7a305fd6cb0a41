//! The rules of reminders and complaints: which request they follow, when Clearview received it,
//! what happened, and whether the reply period has surely ended.

use chrono::NaiveDate;

use super::validate::Validator;
use super::{Field, FollowUp, LetterType, Outcome, RequestInput, RequestKind};
use crate::data::Jurisdiction;
use crate::printable::printable_max;

impl Validator<'_, '_> {
    /// The letter and the request it concerns: `request` is access/erasure/access-erasure for a
    /// request letter, or reminder/complaint with `first_request` naming the request.
    pub(super) fn letter_and_kind(
        &mut self,
        request: Option<&str>,
        first: Option<&str>,
    ) -> (Option<LetterType>, Option<RequestKind>) {
        let follow_up = match request.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            Some("reminder") => Some(LetterType::Reminder),
            Some("complaint") => Some(LetterType::Complaint),
            _ => None,
        };
        let Some(letter) = follow_up else {
            self.only_in_follow_ups(Field::FirstRequest, first);
            return (Some(LetterType::Request), self.kind(request));
        };
        match first.map(str::trim) {
            None | Some("") => {
                self.err(
                    Field::FirstRequest,
                    format!(
                        "is required for a {}: the request it follows (access, erasure or access-erasure)",
                        letter.as_str()
                    ),
                );
                (Some(letter), None)
            }
            Some(s) => match RequestKind::parse(s) {
                Some(k) => (Some(letter), Some(k)),
                None => {
                    let shown = printable_max(s, 40);
                    self.err(
                        Field::FirstRequest,
                        format!("unknown request `{shown}`; use access, erasure or access-erasure"),
                    );
                    (Some(letter), None)
                }
            },
        }
    }

    pub(super) fn only_in_follow_ups(&mut self, field: Field, raw: Option<&str>) {
        if raw.is_some_and(|s| !s.trim().is_empty()) {
            self.err(
                field,
                "belongs to a reminder or complaint (request reminder or complaint)",
            );
        }
    }

    pub(super) fn only_in_requests(&mut self, field: Field, raw: Option<&str>) {
        if raw.is_some_and(|s| !s.trim().is_empty()) {
            self.err(
                field,
                "belongs to the request letter, not to a reminder or complaint",
            );
        }
    }

    /// The receipt date, and for a reminder or complaint its facts, checked against the letter
    /// date and the reply period: a letter about a missing reply is never written before the
    /// period has surely ended.
    pub(super) fn follow_up(
        &mut self,
        input: &RequestInput,
        letter: LetterType,
        date: NaiveDate,
        j: &Jurisdiction,
    ) -> (Option<NaiveDate>, Option<FollowUp>) {
        let received = self.parse_date(Field::Received, input.received.as_deref());
        let reminded = self.parse_date(Field::Reminded, input.reminded.as_deref());
        if letter == LetterType::Request {
            self.only_in_follow_ups(Field::Outcome, input.outcome.as_deref());
            self.only_in_follow_ups(Field::Reminded, input.reminded.as_deref());
            if let Some(r) = received {
                if r < date {
                    self.err(
                        Field::Received,
                        format!("{r} is before the letter's date ({date}): Clearview cannot receive it earlier"),
                    );
                } else if r > date + chrono::Days::new(92) {
                    self.err(
                        Field::Received,
                        format!("{r} is more than three months after the letter's date ({date})"),
                    );
                }
            }
            return (received, None);
        }
        let outcome = match input.outcome.as_deref().map(str::trim) {
            None | Some("") if letter == LetterType::Reminder => Some(Outcome::NoReply),
            None | Some("") => {
                self.err(
                    Field::Outcome,
                    "is required for a complaint: no-reply, incomplete, refused or identity-demanded",
                );
                None
            }
            Some(s) => Outcome::parse(s).or_else(|| {
                let shown = printable_max(s, 40);
                self.err(
                    Field::Outcome,
                    format!("unknown outcome `{shown}`; use no-reply, incomplete, refused or identity-demanded"),
                );
                None
            }),
        };
        if letter == LetterType::Reminder
            && outcome.is_some_and(|o| !matches!(o, Outcome::NoReply | Outcome::Incomplete))
        {
            let law = self.ctx.data.law(&j.law);
            let hint = match law {
                Some(l) if !l.has_letter("complaint") => format!(
                    "facerights has no complaint letter under the {}: `facerights jurisdictions` and the terminal notes after a request say where to turn",
                    l.name
                ),
                _ => "write a complaint".to_string(),
            };
            self.err(
                Field::Outcome,
                format!("a reminder is for no-reply or incomplete; for a refusal or a demand for identification, {hint}"),
            );
        }
        if letter == LetterType::Reminder {
            self.only_in_requests(Field::Reminded, input.reminded.as_deref());
        }
        if letter == LetterType::Complaint && j.authority.is_empty() {
            self.err(
                Field::Jurisdiction,
                format!(
                    "a complaint goes to one authority: give your region ({}-…; `facerights jurisdictions` lists them)",
                    j.code
                ),
            );
        }
        let Some(received) = received else {
            if input
                .received
                .as_deref()
                .is_none_or(|s| s.trim().is_empty())
            {
                self.err(
                    Field::Received,
                    format!(
                        "is required for a {}: the day Clearview received the request (YYYY-MM-DD)",
                        letter.as_str()
                    ),
                );
            }
            return (None, None);
        };
        if received > date {
            self.err(
                Field::Received,
                format!("{received} is after the letter's date ({date})"),
            );
            return (None, None);
        }
        let law = self.ctx.data.law(&j.law);
        if let (Some(o), Some(law), Some(dl)) =
            (outcome, law, law.and_then(|l| l.deadline(received)))
        {
            if o.needs_period_passed() && date < dl.follow_up_from {
                self.err(
                    Field::Date,
                    format!(
                        "{date} is too early for a {} about a missing or incomplete reply: the reply period ({}) ends on {} for a request received on {received}, later if that day is a public holiday; write it from {}",
                        letter.as_str(),
                        law.provision,
                        dl.ends,
                        dl.follow_up_from
                    ),
                );
            }
        }
        // After a reminder, a complaint about a missing reply waits for the reminder's own time,
        // counted from its receipt: the 14 days it gives (the UK: the 30 days a controller has to
        // acknowledge a complaint under section 164A DPA 2018), plus a week for it to arrive.
        if let (Some(r), Some(o), LetterType::Complaint) = (reminded, outcome, letter) {
            let given = self.ctx.data.law(&j.law).map_or(14, |l| l.reminder_days);
            let from = r + chrono::Days::new(given + 7);
            if o.needs_period_passed() && date < from {
                self.err(
                    Field::Date,
                    format!(
                        "{date} is too early for the complaint: the reminder of {r} gives Clearview {given} days from its receipt; allowing a week for delivery, write the complaint from {from}"
                    ),
                );
            }
        }
        if let Some(r) = reminded {
            if r < received || r > date {
                self.err(
                    Field::Reminded,
                    format!("{r} must be between the receipt of the request ({received}) and this letter's date ({date})"),
                );
            }
        }
        let follow_up = outcome.map(|outcome| FollowUp {
            letter,
            received,
            outcome,
            reminded,
        });
        (Some(received), follow_up)
    }
}
