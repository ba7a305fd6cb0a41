//! Decisions against Clearview (`data/decisions.toml`): kinds, fines and what they order.

use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    pub amount: u64,
    pub currency: Currency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Currency {
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GBP")]
    Gbp,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }
}

/// The kinds of act; each has a message `decision-kind-<kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionKind {
    InjunctionOrder,
    Decision,
    FormalNotice,
    Sanction,
    PenaltyLiquidation,
    FinesAndPenaltyOrders,
    /// The Austrian DSB's decision: a Bescheid.
    Bescheid,
    /// A court's order setting a decision aside and remitting the case (the Austrian BVwG's
    /// Beschluss under § 28(3) VwGVG), not a judgment on the merits.
    RemittalOrder,
    /// A decision of a UK tribunal (First-tier Tribunal, Upper Tribunal).
    TribunalDecision,
    Letter,
    EnforcementAndPenaltyNotices,
    /// A determination of the Australian Information Commissioner (s 52 Privacy Act 1988).
    Determination,
    /// A report of findings of a Canadian commissioner (non-binding recommendations).
    ReportOfFindings,
    /// An order of a Canadian provincial commissioner.
    Order,
    /// A court's judgment.
    Judgment,
    /// A court's consent order (a settlement made an order of the court).
    ConsentOrder,
    /// A decision of the Québec Commission d'accès à l'information.
    CaiDecision,
    /// A public statement of an authority, not a decision (the Swiss FDPIC's 2020 statements).
    Statement,
}

impl DecisionKind {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::InjunctionOrder => "decision-kind-injunction-order",
            Self::Decision => "decision-kind-decision",
            Self::FormalNotice => "decision-kind-formal-notice",
            Self::Sanction => "decision-kind-sanction",
            Self::PenaltyLiquidation => "decision-kind-penalty-liquidation",
            Self::FinesAndPenaltyOrders => "decision-kind-fines-and-penalty-orders",
            Self::Bescheid => "decision-kind-bescheid",
            Self::RemittalOrder => "decision-kind-remittal-order",
            Self::TribunalDecision => "decision-kind-tribunal-decision",
            Self::Letter => "decision-kind-letter",
            Self::EnforcementAndPenaltyNotices => "decision-kind-enforcement-and-penalty-notices",
            Self::Determination => "decision-kind-determination",
            Self::ReportOfFindings => "decision-kind-report-of-findings",
            Self::Order => "decision-kind-order",
            Self::Judgment => "decision-kind-judgment",
            Self::ConsentOrder => "decision-kind-consent-order",
            Self::CaiDecision => "decision-kind-cai-decision",
            Self::Statement => "decision-kind-statement",
        }
    }

    /// Whether acts of this kind are cited with a reference (and the message has `$reference`).
    pub fn has_reference(self) -> bool {
        !matches!(
            self,
            Self::FinesAndPenaltyOrders
                | Self::Letter
                | Self::EnforcementAndPenaltyNotices
                | Self::Statement
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    pub jurisdiction: String,
    /// Country code of the authority record, or `"court"`.
    pub authority: String,
    #[serde(default)]
    pub court_name: String,
    pub kind: DecisionKind,
    pub date: NaiveDate,
    /// The sources disagree on the date (Alberta's Order P2021-12): it orders the decisions but is
    /// never printed.
    #[serde(default)]
    pub date_uncertain: bool,
    pub reference: String,
    /// The case name as courts and commissioners cite it in common-law style ("Clearview AI Inc.
    /// v. Information and Privacy Commissioner for British Columbia"); such a decision is cited
    /// with `decision-citation-titled`.
    #[serde(default)]
    pub title: Option<String>,
    /// The authority's own document locator, printed in brackets after the date.
    #[serde(default)]
    pub locator: Option<String>,
    #[serde(default)]
    pub fine: Option<Money>,
    /// The law's term for the fine where it is not "fine" (`monetary-penalty`).
    #[serde(default)]
    pub fine_kind: Option<String>,
    #[serde(default)]
    pub penalty_per_day: Option<Money>,
    #[serde(default)]
    pub penalty_max: Option<Money>,
    pub articles: Vec<crate::citation::Provision>,
    /// Provisions of a law other than the GDPR found breached, as the decision (or its source)
    /// writes them ("APP 3.3"); printed with the regime's `decision-breaches`.
    #[serde(default)]
    pub breaches: Vec<String>,
    pub orders: Vec<String>,
    /// How the orders are introduced where they are not orders: `recommended` (a report of
    /// findings), `declared` (an Australian determination): the message `decision-<verb>`.
    #[serde(default)]
    pub orders_verb: Option<String>,
    #[serde(default)]
    pub outcome: Vec<String>,
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Why a non-final act is not final: the message `not-final-<key>`.
    #[serde(default)]
    pub not_final: Option<String>,
    pub research: String,
    pub sources: Vec<String>,
    pub uncertain: Vec<String>,
}

/// Orders that direct Clearview to erase the data of everybody on the authority's territory.
const ERASE_TERRITORY_ORDERS: [&str; 3] = [
    "erase-territory",
    "erase-territory-after-access",
    "stop-processing-erase-territory",
];

impl Decision {
    pub fn is_court(&self) -> bool {
        self.authority == "court"
    }

    /// A final order to erase the data of all persons on the authority's territory.
    pub fn orders_territorial_erasure(&self) -> bool {
        self.is_final
            && self
                .orders
                .iter()
                .any(|o| ERASE_TERRITORY_ORDERS.contains(&o.as_str()))
    }
}
