//! How a letter cites the decisions against Clearview: in full for the person's own country, as
//! a short summary for the others, each in the letter's language.

use super::{end_list, end_sentence, Writer};
use crate::data::{Decision, DecisionKind};
use crate::error::Error;

/// A decision of the person's own jurisdiction, cited in full.
pub struct OwnDecision {
    pub(super) text: String,
    pub(super) orders: Vec<String>,
}

impl Writer<'_> {
    /// The country whose residents a decision protects, as the letter's language says "in Italy"
    /// (`country-in`, which gets the ISO code and the country's name and may inflect it), for
    /// messages about persons there: `$in_country`.
    pub(super) fn in_country(&self, d: &Decision) -> Result<Vec<(&'static str, String)>, Error> {
        let code = d.jurisdiction.as_str();
        let name = self.kit.format.country(code).ok_or_else(|| {
            Error::Compose(format!("no name for country {code} in `{}`", self.lang()))
        })?;
        let phrase = self.msg_own("country-in", &[("code", code.to_string()), ("name", name)])?;
        Ok(vec![("in_country", phrase)])
    }

    /// "Garante per la protezione dei dati personali (Italy), injunction order doc. web n. 9751362 of 10 February 2022"
    pub(super) fn citation(&self, d: &Decision) -> Result<String, Error> {
        let (authority, country_code) = if d.is_court() {
            (d.court_name.clone(), d.jurisdiction.as_str())
        } else {
            let a = self
                .data
                .authority(&d.authority)
                .ok_or_else(|| Error::Data(format!("decision {} has no authority", d.id)))?;
            (a.name_for(self.lang()), a.country())
        };
        let country = self.kit.format.country(country_code).ok_or_else(|| {
            Error::Compose(format!(
                "no name for country {country_code} in `{}`",
                self.lang()
            ))
        })?;
        let act_args: Vec<(&'static str, String)> = if d.kind.has_reference() {
            vec![("reference", d.reference.clone())]
        } else {
            Vec::new()
        };
        let act = self.msg_own(d.kind.message_id(), &act_args)?;
        // Common-law style: the case name, the neutral citation, the court and date
        // (`decision-citation-titled`); a decision whose date the sources dispute, without it.
        if let Some(title) = &d.title {
            return self.msg_own(
                "decision-citation-titled",
                &[
                    ("title", title.clone()),
                    ("reference", d.reference.clone()),
                    ("act", act),
                    ("authority", authority),
                    ("country", country),
                    ("date", self.date(d.date)),
                ],
            );
        }
        if d.date_uncertain {
            return self.msg_own(
                "decision-citation-undated",
                &[("authority", authority), ("country", country), ("act", act)],
            );
        }
        let citation = self.msg_own(
            "decision-citation",
            &[
                ("authority", authority),
                ("country", country),
                ("act", act),
                ("date", self.date(d.date)),
                // For the preposition before the date ("dell’11 febbraio", "del 10 febbraio").
                ("day", {
                    use chrono::Datelike;
                    d.date.day().to_string()
                }),
            ],
        )?;
        // The authority's own locator, verbatim in brackets ("[doc. web n. 9751362]").
        Ok(match &d.locator {
            Some(l) => format!("{citation} [{l}]"),
            None => citation,
        })
    }

    pub(super) fn own_decision(&self, d: &Decision) -> Result<OwnDecision, Error> {
        let mut parts = vec![end_sentence(&self.citation(d)?)];
        if !d.articles.is_empty() {
            let articles = self.articles(&d.articles)?;
            parts.push(self.msg_own("decision-articles", &[("articles", articles)])?);
        }
        if !d.breaches.is_empty() {
            let breaches = self.kit.format.and_list(&d.breaches);
            parts.push(self.r("decision-breaches", &[("breaches", breaches)])?);
        }
        if let Some(fine) = d.fine {
            let amount = self.kit.format.money(fine);
            let id = match (d.kind, d.fine_kind.as_deref()) {
                (_, Some(term)) => format!("decision-{term}"),
                (DecisionKind::PenaltyLiquidation, None) => "decision-penalty-liquidated".into(),
                (DecisionKind::FinesAndPenaltyOrders, None) => "decision-fines-total".into(),
                _ => "decision-fine".into(),
            };
            parts.push(self.msg_own(&id, &[("amount", amount)])?);
        }
        if let Some(p) = d.penalty_per_day {
            parts.push(self.msg_own(
                "decision-penalty-per-day",
                &[("amount", self.kit.format.money(p))],
            )?);
        }
        if let Some(p) = d.penalty_max {
            parts.push(self.msg_own(
                "decision-penalty-max",
                &[("amount", self.kit.format.money(p))],
            )?);
        }
        for o in &d.outcome {
            parts.push(self.msg_own(&format!("outcome-{o}"), &[])?);
        }
        if let Some(why) = &d.not_final {
            parts.push(self.msg_own(&format!("not-final-{why}"), &[])?);
        }
        let place = self.in_country(d)?;
        let mut orders = d
            .orders
            .iter()
            .map(|o| self.msg_own(&format!("order-{o}"), &place))
            .collect::<Result<Vec<_>, _>>()?;
        end_list(&mut orders);
        if !orders.is_empty() {
            // Only a letter that preceded an intended order "called on" Clearview; notices under
            // appeal still ordered it.
            let intro = match (&d.orders_verb, d.kind) {
                (Some(verb), _) => format!("decision-{verb}"),
                (None, DecisionKind::Letter) => "decision-requests".into(),
                (None, _) => "decision-orders".into(),
            };
            parts.push(self.msg_own(&intro, &[])?);
        }
        Ok(OwnDecision {
            text: parts.join(" "),
            orders,
        })
    }

    pub(super) fn short_decision(&self, d: &Decision) -> Result<String, Error> {
        let mut summary = Vec::new();
        match d.fine {
            Some(f) => {
                let id = format!("summary-{}", d.fine_kind.as_deref().unwrap_or("fine"));
                summary.push(self.msg_own(&id, &[("amount", self.kit.format.money(f))])?)
            }
            None => summary.push(self.msg_own("summary-no-fine", &[])?),
        }
        let has = |keys: &[&str]| d.orders.iter().any(|o| keys.contains(&o.as_str()));
        if has(&[
            "ban-collection-territory",
            "ban-collection-processing-territory",
            "stop-processing-territory",
        ]) {
            summary.push(self.msg_own("summary-ban", &[])?);
        }
        if d.orders_territorial_erasure() {
            summary.push(self.msg_own("summary-erasure", &self.in_country(d)?)?);
        }
        if has(&["erase-complainant"]) {
            summary.push(self.msg_own("summary-erase-complainant", &[])?);
        }
        if has(&["stop-refusing-access"]) {
            summary.push(self.msg_own("summary-access", &[])?);
        }
        if has(&["answer-complainant-access"]) {
            summary.push(self.msg_own("summary-complainant-access", &[])?);
        }
        if has(&["appoint-representative"]) {
            summary.push(self.msg_own("summary-representative", &[])?);
        }
        let summary = self.kit.format.and_list(&summary);
        self.msg_own(
            "decision-short",
            &[("citation", self.citation(d)?), ("summary", summary)],
        )
    }
}
