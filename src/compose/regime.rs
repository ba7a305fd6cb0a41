//! Letters under a law other than the GDPR (Australia, Canada and its provinces, Switzerland,
//! Illinois, California): `templates/regime.txt` with the regime's own messages
//! (`locales/<lang>/regime-<law>.ftl`, named with the law's suffix), the facts from `data/`. A new
//! regime is a `[[law]]` record, its messages and its decisions: no code here names one.

use askama::Template;

use super::decisions::OwnDecision;
use super::follow_up::FollowTexts;
use super::{end_list, markup_of, reply_id, Failures, Markup, Writer};
use crate::data::{Decision, Family};
use crate::error::Error;
use crate::request::{FollowUp, LetterType, RequestKind};

#[derive(Template)]
#[template(path = "regime.txt", escape = "none")]
struct RegimeTemplate<'a> {
    w: &'a Writer<'a>,
    kind: &'static str,
    letter: &'static str,
    subject_id: String,
    intro_id: String,
    deadline_id: String,
    photo_enclosed: bool,
    own_decisions: Vec<OwnDecision>,
    other_decisions: Vec<String>,
    follow: Option<FollowTexts>,
    remedies: String,
    reply_id: &'static str,
    errors: Failures,
}

impl RegimeTemplate<'_> {
    /// The regime's message `<suffix>-<id>`; an error is recorded and fails the whole letter.
    fn r(&self, id: &str) -> String {
        let r = self.w.r(id, &[]);
        self.errors.record(r)
    }

    /// The regime's messages `<suffix>-<id>-1`, `-2`, … for as long as they exist.
    fn items(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        for n in 1.. {
            let full = format!("{id}-{n}");
            if !self.w.has_r(&full) {
                break;
            }
            let r = self.w.r(&full, &[]);
            out.push(self.errors.record(r));
        }
        out
    }

    /// A message of `letter.ftl` (the frame shared by every letter), or the regime's own version
    /// (`cal-closing`: "Sincerely," in a US letter).
    fn t(&self, id: &str) -> String {
        let r = self.w.msg_own(id, &[]);
        self.errors.record(r)
    }
}

impl Writer<'_> {
    /// The id of the regime's message `id` (`au-intro-access`).
    pub(super) fn rid(&self, id: &str) -> String {
        format!("{}-{id}", self.law.suffix)
    }

    pub(super) fn has_r(&self, id: &str) -> bool {
        self.kit.text.has(&self.rid(id))
    }

    /// The regime's own version of a shared message where it has one (`au-decision-citation-titled`
    /// for `decision-citation-titled`: each legal culture cites cases its own way), else the shared.
    pub(super) fn msg_own(
        &self,
        id: &str,
        extra: &[(&'static str, String)],
    ) -> Result<String, Error> {
        if self.law.family == Family::Regime && self.has_r(id) {
            self.r(id, extra)
        } else {
            self.msg(id, extra)
        }
    }

    /// The regime's message `<suffix>-<id>`.
    pub(super) fn r(&self, id: &str, extra: &[(&'static str, String)]) -> Result<String, Error> {
        self.msg(&self.rid(id), extra)
    }

    /// What the first request asked for, as the object of a sentence (follow-ups, enclosures).
    pub(super) fn request_name(&self) -> Result<String, Error> {
        let id = format!("request-name-{}", self.req.kind.as_str());
        match self.law.family {
            Family::Gdpr => self.msg(&id, &[]),
            Family::Regime => self.r(&id, &[]),
        }
    }

    /// The authority's name, address and website as arguments, where the jurisdiction has one.
    pub(super) fn authority_args(&self) -> Vec<(&'static str, String)> {
        match self.data.authority(&self.req.jurisdiction.authority) {
            Some(a) => vec![
                ("authority", a.name_for(self.lang())),
                ("address", a.address_for(self.lang()).unwrap_or_default()),
                ("website", a.website().unwrap_or_default().to_string()),
            ],
            None => Vec::new(),
        }
    }

    /// Another jurisdiction's decision: a GDPR decision with its summary, any other by its
    /// citation.
    fn other_decision(&self, d: &Decision) -> Result<String, Error> {
        let gdpr = self
            .data
            .jurisdictions
            .iter()
            .find(|j| j.code == d.jurisdiction)
            .and_then(|j| self.data.law(&j.law))
            .is_some_and(|l| l.family == Family::Gdpr);
        if gdpr {
            self.short_decision(d)
        } else {
            Ok(super::end_sentence(&self.citation(d)?))
        }
    }

    pub(super) fn regime_body(&self) -> Result<Markup, Error> {
        let req = self.req;
        let super::Cited {
            own_decisions,
            other_decisions,
            ..
        } = self.cited_decisions(Self::other_decision)?;
        let kind = req.kind.as_str();
        let remedies_id = match req.letter() {
            LetterType::Reminder => "reminder-remedies",
            _ => "remedies",
        };
        let remedies = self.r(remedies_id, &self.authority_args())?;
        let follow = req
            .follow_up
            .as_ref()
            .map(|f| self.regime_follow(f))
            .transpose()?;
        let tpl = RegimeTemplate {
            w: self,
            kind,
            letter: req.letter().as_str(),
            subject_id: format!("subject-{kind}"),
            intro_id: format!("intro-{kind}"),
            deadline_id: format!("deadline-{kind}"),
            photo_enclosed: req.photo_enclosed,
            own_decisions,
            other_decisions,
            follow,
            remedies,
            reply_id: reply_id(req),
            errors: Failures::default(),
        };
        let rendered = tpl.render();
        markup_of(rendered, tpl.errors.into_vec())
    }

    /// A reminder's or complaint's facts under a regime.
    fn regime_follow(&self, f: &FollowUp) -> Result<FollowTexts, Error> {
        let req = self.req;
        let request = self.request_name()?;
        let ends = req
            .deadline(self.data)
            .map(|d| self.date(d.ends))
            .ok_or_else(|| Error::Data(format!("no reply period for {}", req.jurisdiction.law)))?;
        // `$kind` lets a regime say what the period was for: access has a legal time limit where
        // destruction may only have the one the request gave.
        let facts_args = [
            ("request", request),
            ("received", self.date(f.received)),
            ("ends", ends),
            ("kind", req.kind.as_str().to_string()),
        ];
        let outcome = f.outcome.as_str();
        if f.letter == LetterType::Reminder {
            let grace = self.date(req.date + chrono::Days::new(14));
            return Ok(FollowTexts {
                subject: self.r("subject-reminder", &facts_args)?,
                facts: self.r("reminder-facts", &facts_args)?,
                outcome: self.r(&format!("reminder-{outcome}"), &facts_args)?,
                demand: self.r("reminder-demand", &[("grace", grace)])?,
                reminded: None,
                infringements: Vec::new(),
                decisions: Vec::new(),
            });
        }
        let mut intro_args = facts_args.to_vec();
        intro_args.push((
            "controller_address",
            self.data.controller.postal_address.join(", "),
        ));
        let reminded = f
            .reminded
            .map(|r| self.r("complaint-reminded", &[("reminded", self.date(r))]))
            .transpose()?;
        let kind_arg = [("kind", req.kind.as_str().to_string())];
        let mut infringements = vec![self.r(&format!("breach-{outcome}"), &kind_arg)?];
        if req.kind != RequestKind::Erasure {
            infringements.push(self.r("breach-access", &kind_arg)?);
        }
        if req.kind != RequestKind::Access {
            infringements.push(self.r("breach-erasure", &kind_arg)?);
        }
        end_list(&mut infringements);
        let cited = |d: &&Decision| d.date <= req.date;
        let decisions = self
            .data
            .decisions_of(req.jurisdiction)
            .chain(
                self.law
                    .persuasive
                    .iter()
                    .filter_map(|id| self.data.decision(id)),
            )
            .filter(cited)
            .map(|d| self.other_decision(d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(FollowTexts {
            subject: self.r("subject-complaint", &[])?,
            facts: self.r("complaint-intro", &intro_args)?,
            outcome: self.r(&format!("complaint-{outcome}"), &facts_args)?,
            demand: String::new(),
            reminded,
            infringements,
            decisions,
        })
    }
}
