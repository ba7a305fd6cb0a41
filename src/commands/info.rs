//! `facerights jurisdictions` and `facerights locales list`: what the tool covers.

use crate::data::{self, Jurisdiction};
use crate::error::{Error, ExitCode};
use crate::i18n::{Catalog, Status};
use crate::output::{self, Target};
use crate::request;

pub(super) fn jurisdictions(
    locales_dirs: &[std::path::PathBuf],
    json: bool,
) -> Result<ExitCode, Error> {
    let data = data::data()?;
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    if json {
        let list: Vec<serde_json::Value> = data
            .jurisdictions
            .iter()
            .map(|j| {
                let a = data.authority(&j.authority);
                serde_json::json!({
                    "code": j.code,
                    "parent": j.parent,
                    "authority_rule": j.authority_rule,
                    "aliases": j.aliases,
                    "name": j.name,
                    "languages": j.languages,
                    "default_language": request::default_language(data, &catalog, j),
                    "law": j.law,
                    "law_name": data.law(&j.law).map(|l| l.name.clone()),
                    "letters": data.law(&j.law).map(|l| l.letters.clone()),
                    "paper": j.paper,
                    "authority": a.map(|a| serde_json::json!({
                        "name": a.name_for("en"),
                        "names_native": a.native_names().iter().map(|(n, _)| *n).collect::<Vec<_>>(),
                        "acronym": a.acronym,
                        "postal_address": a.address_one_line(),
                        "website": a.website(),
                        "email": a.email(),
                        "complaint_url": a.complaint_url(),
                    })),
                    "decisions": data.decisions_of(j).map(|d| serde_json::json!({
                        "id": d.id,
                        "date": d.date,
                        "kind": d.kind,
                        "reference": d.reference,
                        "fine": d.fine,
                        "final": d.is_final,
                        "sources": d.sources,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| Error::Data(e.to_string()))?;
        output::write(&Target::Stdout, format!("{text}\n").as_bytes(), false)?;
        return Ok(ExitCode::Success);
    }
    let mut out = String::new();
    let authority_of = |j: &Jurisdiction| match (data.authority(&j.authority), &j.authority_rule) {
        (Some(a), _) => {
            if a.acronym.is_empty() || a.uncertain_fields.iter().any(|f| f == "acronym") {
                a.name_for("en")
            } else {
                format!("{} ({})", a.name_for("en"), a.acronym)
            }
        }
        (None, Some(rule)) if rule == "land-of-residence" => {
            "the authority of the region of residence: see below".to_string()
        }
        (None, Some(_)) => "no regulator takes individual complaints: the courts".to_string(),
        (None, None) => String::new(),
    };
    // Grouped by law; a region with a law of its own (a Canadian province) is listed under it,
    // a region that only has its own authority (a German Land) under its country.
    let own_law = |j: &Jurisdiction| {
        j.parent.as_ref().is_none_or(|p| {
            data.jurisdictions
                .iter()
                .find(|x| x.code == *p)
                .is_none_or(|parent| parent.law != j.law)
        })
    };
    for law in &data.laws {
        let members: Vec<&Jurisdiction> = data
            .jurisdictions
            .iter()
            .filter(|j| j.law == law.id && own_law(j))
            .collect();
        if members.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({}):\n", law.name, law.letters.join(", ")));
        for j in members {
            let default = request::default_language(data, &catalog, j);
            let langs: Vec<String> = j
                .languages
                .iter()
                .map(|l| {
                    if *l == default {
                        format!("{l}*")
                    } else {
                        l.clone()
                    }
                })
                .collect();
            let langs = if j.languages.contains(&default) {
                langs.join(",")
            } else {
                format!("{} (letters: {default}*)", langs.join(","))
            };
            out.push_str(&format!(
                "  {:<6} {:<24} {:<16} {}\n",
                j.code,
                j.name,
                langs,
                authority_of(j)
            ));
            for d in data.decisions_of(j) {
                let mut reference = if d.reference.is_empty() {
                    String::new()
                } else {
                    format!(" {}", d.reference)
                };
                if let Some(l) = &d.locator {
                    reference.push_str(&format!(" [{l}]"));
                }
                let authority = if d.is_court() {
                    d.court_name.clone()
                } else {
                    data.authority(&d.authority)
                        .map(|a| a.name_for("en"))
                        .unwrap_or_default()
                };
                let date = if d.date_uncertain {
                    "(date disputed)".to_string()
                } else {
                    d.date.to_string()
                };
                out.push_str(&format!("         {date} {authority}{reference}\n"));
            }
            // Regions with their own complaint authority but the same law (Germany's Länder).
            for sub in data
                .jurisdictions
                .iter()
                .filter(|s| s.parent.as_deref() == Some(&j.code) && s.law == j.law)
            {
                out.push_str(&format!(
                    "    {:<6} {:<22} {}\n",
                    sub.code,
                    sub.name,
                    authority_of(sub)
                ));
            }
        }
        out.push('\n');
    }
    out.push_str("* default letter language\n");
    output::write(&Target::Stdout, out.as_bytes(), false)?;
    Ok(ExitCode::Success)
}

pub(super) fn locales_list(
    locales_dirs: &[std::path::PathBuf],
    json: bool,
) -> Result<ExitCode, Error> {
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    let data = data::data()?;
    // The laws outside the GDPR each language can write letters under (their regime files).
    let regimes = |lang: &str| -> Vec<String> {
        data.laws
            .iter()
            .filter(|l| l.family == data::Family::Regime && catalog.is_complete_for(lang, l))
            .map(|l| l.id.clone())
            .collect()
    };
    struct Row {
        lang: String,
        name: String,
        status: &'static str,
        gaps: usize,
        origin: String,
        laws: Vec<String>,
    }
    let rows: Vec<Row> = catalog
        .iter()
        .map(|l| {
            let gaps = catalog.letter_gaps(&l.lang).len();
            let status = match l.status() {
                Status::Draft => "draft",
                Status::Reviewed => "reviewed",
            };
            Row {
                lang: l.lang.clone(),
                name: l.display_name().to_string(),
                status,
                gaps,
                origin: l.origin.clone(),
                laws: if gaps == 0 {
                    regimes(&l.lang)
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let out = if json {
        let list: Vec<_> = rows
            .iter()
            .map(|r| {
                serde_json::json!({"lang": r.lang, "name": r.name, "status": r.status,
                    "letter_complete": r.gaps == 0, "letter_problems": r.gaps, "origin": r.origin,
                    "other_laws": r.laws})
            })
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&list).map_err(|e| Error::Data(e.to_string()))?
        )
    } else {
        let mut out = String::new();
        for Row {
            lang,
            name,
            status,
            gaps,
            origin,
            laws,
        } in &rows
        {
            let complete = if *gaps == 0 {
                "complete for letters".to_string()
            } else {
                format!(
                    "incomplete ({gaps} problem{})",
                    if *gaps == 1 { "" } else { "s" }
                )
            };
            out.push_str(&format!(
                "{lang:<6} {name:<14} {status:<9} {complete:<26} {origin}\n"
            ));
            if !laws.is_empty() {
                out.push_str(&format!("       also: {}\n", laws.join(", ")));
            }
        }
        out
    };
    output::write(&Target::Stdout, out.as_bytes(), false)?;
    Ok(ExitCode::Success)
}
