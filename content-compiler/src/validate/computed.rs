//! Computed figures (formula, units, qualifier, cycles) and the relations between figures
//! (part of, share of).

use super::*;

impl Checker<'_> {
    /// Parses each formula, checks its operands, and computes values in dependency order.
    pub(super) fn compute_figures(
        &mut self,
        raws: &[RawFigure],
        index: &HashMap<&str, usize>,
        figures: &mut [Option<Figure>],
    ) {
        let mut formulas: HashMap<usize, (Op, usize, usize)> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let Some(formula) = &raw.formula else { continue };
            let subject = format!("figure `{}`", raw.id.get_ref());
            let line = self.line(formula);
            match parse_formula(formula.get_ref()) {
                Err(message) => self.report(line, &subject, message),
                Ok((op, left, right)) => {
                    let operands: Vec<Option<usize>> = [left, right]
                        .iter()
                        .map(|id| {
                            let found = index.get(id).copied();
                            if found.is_none() {
                                self.report(line, &subject, not_a("a figure", "formula", id, index));
                            }
                            found
                        })
                        .collect();
                    if let (Some(l), Some(r)) = (operands[0], operands[1]) {
                        formulas.insert(i, (op, l, r));
                    }
                }
            }
        }
        // Depth-first, so a figure is computed after the figures it uses; a cycle is a fault.
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            Todo,
            Doing,
            Done,
        }
        let mut state = vec![State::Todo; raws.len()];
        fn visit(
            checker: &mut Checker,
            i: usize,
            raws: &[RawFigure],
            formulas: &HashMap<usize, (Op, usize, usize)>,
            figures: &mut [Option<Figure>],
            state: &mut [State],
        ) {
            if state[i] != State::Todo {
                if state[i] == State::Doing {
                    let line = checker.line(&raws[i].id);
                    checker.report(
                        line,
                        &format!("figure `{}`", raws[i].id.get_ref()),
                        "its formula depends on itself (a cycle of computed figures)",
                    );
                }
                return;
            }
            state[i] = State::Doing;
            if let Some(&(op, left, right)) = formulas.get(&i) {
                visit(checker, left, raws, formulas, figures, state);
                visit(checker, right, raws, formulas, figures, state);
                if state[left] == State::Done && state[right] == State::Done {
                    checker.compute_one(i, &raws[i], op, left, right, figures);
                } else {
                    figures[i] = None;
                }
            }
            state[i] = State::Done;
        }
        for i in 0..raws.len() {
            if raws[i].formula.is_some() && !formulas.contains_key(&i) {
                figures[i] = None;
            }
        }
        // In file order, so that a cycle is reported on the same figure every time.
        for i in (0..raws.len()).filter(|i| formulas.contains_key(i)) {
            visit(self, i, raws, &formulas, figures, &mut state);
        }
    }

    pub(super) fn compute_one(
        &mut self,
        i: usize,
        raw: &RawFigure,
        op: Op,
        left: usize,
        right: usize,
        figures: &mut [Option<Figure>],
    ) {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(raw.formula.as_ref().expect("computed"));
        let (Some(l), Some(r)) = (figures[left].clone(), figures[right].clone()) else {
            figures[i] = None;
            return;
        };
        // A change is relative to a value the text may not give, and a target is not a fact:
        // neither adds up with amounts.
        if let Some(operand) = [&l, &r].into_iter().find(|f| f.change.is_some() || f.outlook.is_some()) {
            let what = if operand.change.is_some() { "a change" } else { "a target or forecast, not a fact" };
            self.report(line, &subject, format!("`{}` is {what}: a formula combines stated amounts only", operand.id));
            figures[i] = None;
            return;
        }
        let (value, unit) = match op {
            Op::Plus | Op::Minus => {
                if l.unit != r.unit {
                    self.report(
                        line,
                        &subject,
                        format!("`{}` and `{}` have different units: they cannot be added or subtracted", l.id, r.id),
                    );
                    figures[i] = None;
                    return;
                }
                (if op == Op::Plus { l.value + r.value } else { l.value - r.value }, l.unit.clone())
            }
            Op::PercentOf => {
                if l.unit.kind != UnitKind::Percent
                    || matches!(r.unit.kind, UnitKind::Percent | UnitKind::PercentagePoint)
                {
                    self.report(
                        line,
                        &subject,
                        format!(
                            "`share of whole` needs a percentage then a count: `{}` is `{}`, `{}` is `{}`",
                            l.id, l.unit.id, r.id, r.unit.id
                        ),
                    );
                    figures[i] = None;
                    return;
                }
                (l.value / 100.0 * r.value, r.unit.clone())
            }
        };
        if value < 0.0 {
            self.report(line, &subject, format!("the formula gives {value}, a negative number"));
        }
        let Some(qualifier) = combine_qualifiers(op, l.qualifier, r.qualifier) else {
            self.report(
                line,
                &subject,
                format!(
                    "cannot say how precise the result is: `{}` is `{}` and `{}` is `{}`",
                    l.id,
                    l.qualifier.name(),
                    r.id,
                    r.qualifier.name()
                ),
            );
            figures[i] = None;
            return;
        };
        if let Some(figure) = figures[i].as_mut() {
            figure.value = value;
            figure.unit = unit;
            figure.qualifier = qualifier;
            figure.origin = Origin::Computed { op, left, right };
            // Written like what it is computed from (5 milliards − 1,2 milliard is 3,8 milliards),
            // in the largest of its operands' scales that its own value fills: $1.2bn − $450m
            // is $750m, not $0.75bn.
            let scales = [l.scale, r.scale];
            let fitting = scales.iter().flatten().filter(|scale| value.abs() >= scale.factor()).max();
            figure.scale = fitting.or_else(|| scales.iter().flatten().min()).copied();
        }
    }

    pub(super) fn check_relations(
        &mut self,
        raws: &[RawFigure],
        index: &HashMap<&str, usize>,
        figures: &mut [Option<Figure>],
    ) {
        for (i, raw) in raws.iter().enumerate() {
            let subject = format!("figure `{}`", raw.id.get_ref());
            if let Some(whole_id) = &raw.part_of {
                let line = self.line(whole_id);
                match index.get(whole_id.get_ref().as_str()) {
                    None => self.report(line, &subject, not_a("a figure", "part_of", whole_id.get_ref(), index)),
                    Some(&whole) if whole == i => self.report(line, &subject, "a figure cannot be part of itself"),
                    Some(&whole) => {
                        if let (Some(part), Some(whole_figure)) = (&figures[i], &figures[whole]) {
                            if part.change.is_some() || whole_figure.change.is_some() {
                                self.report(
                                    line,
                                    &subject,
                                    "a change is not part of anything: it says how much something moved",
                                );
                            } else if part.unit != whole_figure.unit || part.unit.kind == UnitKind::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    format!(
                                        "a part must count the same thing as its whole, and `{}` does not",
                                        whole_figure.id
                                    ),
                                );
                            } else if part.value > whole_figure.value {
                                self.report(
                                    line,
                                    &subject,
                                    format!(
                                        "the part ({}) is larger than its whole `{}` ({})",
                                        part.value, whole_figure.id, whole_figure.value
                                    ),
                                );
                            }
                        }
                        if let Some(part) = figures[i].as_mut() {
                            part.part_of = Some(whole);
                        }
                    }
                }
            }
            if let Some(whole_id) = &raw.share_of {
                let line = self.line(whole_id);
                match index.get(whole_id.get_ref().as_str()) {
                    None => self.report(line, &subject, not_a("a figure", "share_of", whole_id.get_ref(), index)),
                    Some(&whole) => {
                        if let (Some(share), Some(whole_figure)) = (&figures[i], &figures[whole]) {
                            if share.unit.kind != UnitKind::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    "only a percentage can be a share of another figure (use part_of for counts)",
                                );
                            } else if whole_figure.unit.kind == UnitKind::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    format!("`{}` is itself a percentage: a share is of a count", whole_figure.id),
                                );
                            }
                        }
                        if let Some(share) = figures[i].as_mut() {
                            share.share_of = Some(whole);
                        }
                    }
                }
            }
        }
    }
}

/// `a - b`, `a + b` or `share of whole`, over figure ids.
pub(super) fn parse_formula(formula: &str) -> Result<(Op, &str, &str), String> {
    let words: Vec<&str> = formula.split_whitespace().collect();
    let op = match words.as_slice() {
        [_, op, _] => Op::parse(op),
        _ => None,
    };
    let Some(op) = op else {
        return Err(format!(
            "malformed formula `{formula}`: write `a - b`, `a + b` or `share of whole`, with figure ids"
        ));
    };
    Ok((op, words[0], words[2]))
}

/// How precise a result is, given how precise its operands are; `None` when it cannot be said.
pub(crate) fn combine_qualifiers(op: Op, left: Qualifier, right: Qualifier) -> Option<Qualifier> {
    use Qualifier::*;
    // Subtracting a lower bound gives an upper bound, and the other way round.
    let right = match (op, right) {
        (Op::Minus, MoreThan) => LessThan,
        (Op::Minus, LessThan) => MoreThan,
        (_, q) => q,
    };
    match (left, right) {
        (Exact, q) | (q, Exact) => Some(q),
        (Approximately, Approximately) => Some(Approximately),
        (a, b) if a == b => Some(a),
        _ => None,
    }
}
