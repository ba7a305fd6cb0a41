//! What the wizard says after the letter is written: sign, send, keep a copy, the deadline, where
//! to complain; and the deadline as a calendar file.

use std::path::PathBuf;

use chrono::NaiveDate;
use dialoguer::Input;

use super::{interrupted, Wizard};
use crate::error::Error;
use crate::output;
use crate::request::{self, LetterType};

impl Wizard<'_> {
    pub(super) fn next_steps(&self, req: &request::Request) -> Result<(), Error> {
        let j = req.jurisdiction;
        eprintln!("\n{}", self.ui.t("next-steps-title"));
        eprintln!("  1. {}", self.ui.t("next-sign"));
        let c = &self.data.controller;
        let recipient = match req.letter() {
            // A complaint goes to the authority, whose address the letter shows.
            LetterType::Complaint => self
                .data
                .authority(&j.authority)
                .map(|a| {
                    format!(
                        "{}, {}",
                        a.name_for(&self.ui.lang),
                        a.address_for(&self.ui.lang).unwrap_or_default()
                    )
                })
                .unwrap_or_default(),
            _ => std::iter::once(c.name.as_str())
                .chain(c.postal_address.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(", "),
        };
        eprintln!(
            "  2. {}",
            self.ui.ta("next-send", &[("recipient", recipient)])
        );
        eprintln!("  3. {}", self.ui.t("next-copy"));
        if req.letter() != LetterType::Request {
            return Ok(());
        }
        let date = |d: NaiveDate| {
            self.formatter()
                .map(|f| f.date(d))
                .unwrap_or_else(|| d.to_string())
        };
        if let Some(dl) = req.deadline(self.data) {
            let law = self.data.law(&j.law);
            let line = match law.filter(|l| l.family == crate::data::Family::Regime) {
                Some(l) => self.ui.ta(
                    "next-deadline-regime",
                    &[("date", date(dl.ends)), ("provision", l.provision.clone())],
                ),
                None => self.ui.ta("next-deadline", &[("date", date(dl.ends))]),
            };
            eprintln!("  4. {line}");
        }
        if let Some(a) = self.data.authority(&j.authority) {
            let args = [
                ("authority", a.name_for(&self.ui.lang)),
                ("address", a.address_for(&self.ui.lang).unwrap_or_default()),
                ("website", a.website().unwrap_or_default().to_string()),
            ];
            // A law's own route where it has one (the UK and Australia: the controller first;
            // Canada: a deemed refusal; Switzerland: the courts), else the GDPR's complaint.
            let id = self
                .data
                .law(&j.law)
                .map(|l| format!("next-complain-{}", l.suffix))
                .filter(|id| self.ui.has(id))
                .unwrap_or_else(|| "next-complain".to_string());
            eprintln!("  5. {}", self.ui.ta(&id, &args));
        } else if let Some(rule) = &j.authority_rule {
            eprintln!("  5. {}", self.ui.t(&format!("next-complain-{rule}")));
        }
        self.offer_calendar(req, &date)
    }

    /// After a request: the deadline as a calendar file, if the person wants one.
    fn offer_calendar(
        &self,
        req: &request::Request,
        date: &dyn Fn(NaiveDate) -> String,
    ) -> Result<(), Error> {
        let Some(dl) = req.deadline(self.data) else {
            return Ok(());
        };
        eprintln!();
        if !self.confirm(&self.ui.t("calendar-question"), false)? {
            return Ok(());
        }
        let path: String = Input::with_theme(&self.theme)
            .with_prompt(self.ui.t("calendar-path"))
            .default(format!("clearview-deadline-{}.ics", dl.ends))
            .interact_text()
            .map_err(interrupted)?;
        let path = PathBuf::from(path.trim());
        let ics = crate::calendar::request_deadline(req, &dl, &self.ui, date);
        output::write_file(&path, ics.as_bytes(), false)?;
        eprintln!(
            "{}",
            self.ui.ta(
                "note-calendar",
                &[("path", crate::printable::quoted_path(&path))]
            )
        );
        Ok(())
    }
}
