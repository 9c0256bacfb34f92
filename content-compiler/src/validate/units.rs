//! Units: the article declares what its figures count (`[[units]]`), each with its kind, its
//! words in each language and, for money, its currency.

use super::*;

impl Checker {
    /// The declared units, by id, in the order the file declares them.
    pub(super) fn check_units(&mut self, raw: &RawContent) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        for unit in &raw.units {
            let subject = format!("unit `{}`", unit.id.get_ref());
            let line = self.line(&unit.id);
            if !is_well_formed_id(unit.id.get_ref()) {
                self.report(
                    line,
                    &subject,
                    "malformed id: use lower-case letters, digits and single hyphens (e.g. `people`, `eur`)",
                );
            }
            if units.iter().any(|u| u.id == *unit.id.get_ref()) {
                self.report(line, &subject, "duplicate unit id");
                continue;
            }
            let Some(kind) = UnitKind::parse(unit.kind.get_ref()) else {
                let line = self.line(&unit.kind);
                let names = UnitKind::names_listed();
                self.report(line, &subject, format!("kind `{}` is not one of {names}", unit.kind.get_ref()));
                continue;
            };
            let currency = match (&unit.currency, kind) {
                (Some(code), UnitKind::Currency) => {
                    let well_formed =
                        code.get_ref().len() == 3 && code.get_ref().bytes().all(|b| b.is_ascii_uppercase());
                    if !well_formed {
                        let line = self.line(code);
                        self.report(
                            line,
                            &subject,
                            format!(
                                "currency `{}` is not an ISO 4217 code: write three capitals, e.g. `MAD`, `EUR`, `USD`",
                                code.get_ref()
                            ),
                        );
                    }
                    Some(code.get_ref().clone())
                }
                (None, UnitKind::Currency) => {
                    self.report(line, &subject, "a currency needs its ISO 4217 code: `currency = \"EUR\"`");
                    None
                }
                (Some(code), _) => {
                    let line = self.line(code);
                    self.report(
                        line,
                        &subject,
                        format!("only a `currency` unit has a currency code; this one is `{}`", kind.name()),
                    );
                    None
                }
                (None, _) => None,
            };
            // A percentage is written with its sign; everything else with its words.
            let mut words = |text: &Option<Text>, field: &str| -> String {
                match text {
                    Some(text) => {
                        self.check_label(text, &subject);
                        text.get_ref().trim().to_string()
                    }
                    None if kind == UnitKind::Percent => String::new(),
                    None => {
                        self.report(
                            line,
                            &subject,
                            format!(
                                "a `{}` unit needs its `{field}` words, e.g. `{field} = \"{}\"`",
                                kind.name(),
                                if field == "singular" { "personne" } else { "personnes" }
                            ),
                        );
                        String::new()
                    }
                }
            };
            let singular = words(&unit.singular, "singular");
            let plural = words(&unit.plural, "plural");
            units.push(Unit { id: unit.id.get_ref().clone(), kind, currency, singular, plural });
        }
        units
    }

    /// The unit a figure names, or the fault: it must be declared.
    pub(super) fn unit_of(&mut self, name: &Text, units: &[Unit], subject: &str) -> Option<Unit> {
        if let Some(unit) = units.iter().find(|u| u.id == *name.get_ref()) {
            return Some(unit.clone());
        }
        let line = self.line(name);
        let declared: Vec<&str> = units.iter().map(|u| u.id.as_str()).collect();
        let close = did_you_mean(name.get_ref(), units.iter().map(|u| u.id.as_str()));
        let message = if declared.is_empty() {
            format!("unit `{}` is not declared: declare the file's units in `[[units]]`", name.get_ref())
        } else {
            format!(
                "unit `{}` is not one of: {} (the units `[[units]]` declares){close}",
                name.get_ref(),
                declared.join(", ")
            )
        };
        self.report(line, subject, message);
        None
    }
}

/// The stand-in unit of a computed figure before its formula gives it its own.
pub(super) fn unknown_unit() -> Unit {
    Unit { id: String::new(), kind: UnitKind::Count, currency: None, singular: String::new(), plural: String::new() }
}
