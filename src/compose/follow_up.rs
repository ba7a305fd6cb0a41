//! The sentences of a reminder or a complaint that carry its facts: the request, its receipt, the
//! end of the reply period, what happened, the infringements, the decisions already taken.

use super::{end_list, Writer};
use crate::data::{Decision, DecisionKind};
use crate::error::Error;
use crate::request::{FollowUp, LetterType, Outcome, RequestKind};

/// The sentences of a reminder or complaint that carry its facts (GDPR letters and those of
/// every other regime alike).
pub struct FollowTexts {
    pub(super) subject: String,
    pub(super) facts: String,
    pub(super) outcome: String,
    pub(super) demand: String,
    pub(super) reminded: Option<String>,
    pub(super) infringements: Vec<String>,
    pub(super) decisions: Vec<String>,
}

impl Writer<'_> {
    /// A reminder's or complaint's facts as sentences.
    pub(super) fn follow_texts(&self, f: &FollowUp) -> Result<FollowTexts, Error> {
        let req = self.req;
        let request = self.request_name()?;
        let received = self.date(f.received);
        let ends = req
            .deadline(self.data)
            .map(|d| self.date(d.ends))
            .ok_or_else(|| Error::Data(format!("no reply period for {}", req.jurisdiction.law)))?;
        let facts_args = [
            ("request", request.clone()),
            ("received", received.clone()),
            ("ends", ends.clone()),
        ];
        let outcome_key = f.outcome.as_str();
        if f.letter == LetterType::Reminder {
            let grace = self.date(req.date + chrono::Days::new(14));
            return Ok(FollowTexts {
                subject: self.msg("subject-reminder", &facts_args)?,
                facts: self.msg_law("reminder-facts", &facts_args)?,
                outcome: self.msg(&format!("reminder-{outcome_key}"), &[])?,
                demand: self.msg("reminder-demand", &[("grace", grace)])?,
                reminded: None,
                infringements: Vec::new(),
                decisions: Vec::new(),
            });
        }
        let c = &self.data.controller;
        let controller_address = c.postal_address.join(", ");
        let mut intro_args = facts_args.to_vec();
        intro_args.push(("controller_address", controller_address));
        let reminded = f
            .reminded
            .map(|r| self.msg_law("complaint-reminded", &[("reminded", self.date(r))]))
            .transpose()?;
        let mut infringements = Vec::new();
        match f.outcome {
            Outcome::NoReply => {
                infringements.push(self.msg_law("infringement-time-limit", &[])?);
                infringements.push(self.msg("infringement-no-reasons", &[])?);
            }
            Outcome::Incomplete => {
                infringements.push(self.msg_law("infringement-incomplete", &[])?)
            }
            Outcome::Refused => infringements.push(self.msg("infringement-refusal", &[])?),
            Outcome::IdentityDemanded => {
                infringements.push(self.msg("infringement-identification", &[])?)
            }
        }
        if req.kind != RequestKind::Erasure {
            infringements.push(self.msg("infringement-access", &[])?);
        }
        // Erasure was asked at once, or (access-erasure) after the access, with restriction and
        // objection in between.
        match req.kind {
            RequestKind::Erasure => infringements.push(self.msg("infringement-erasure", &[])?),
            RequestKind::AccessErasure => {
                infringements.push(self.msg("infringement-restriction-objection", &[])?)
            }
            RequestKind::Access => {}
        }
        end_list(&mut infringements);
        // The decisions already taken: the country's own acts of an authority (not letters, not
        // court rulings), then the other European decisions.
        let cited = |d: &&Decision| d.date <= req.date;
        let own = self
            .data
            .decisions_of(req.jurisdiction)
            .filter(cited)
            .filter(|d| !d.is_court() && d.kind != DecisionKind::Letter);
        let others = self
            .law
            .persuasive
            .iter()
            .filter_map(|id| self.data.decision(id))
            .filter(cited)
            .filter(|d| d.jurisdiction != req.jurisdiction.country);
        let decisions = own
            .chain(others)
            .map(|d| self.short_decision(d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(FollowTexts {
            subject: self.msg("subject-complaint", &[])?,
            facts: self.msg("complaint-intro", &intro_args)?,
            outcome: self.msg_law(&format!("complaint-{outcome_key}"), &facts_args)?,
            demand: String::new(),
            reminded,
            infringements,
            decisions,
        })
    }
}
