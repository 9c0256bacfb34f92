//! Computed figures (formula, units, qualifier, cycles) and the relations between figures
//! (part of, share of).

use super::*;

impl Checker {
    /// Parses each formula, checks its operands, and computes values in dependency order.
    pub(super) fn compute_figures(
        &mut self,
        raws: &[RawFigure],
        index: &HashMap<&str, usize>,
        plans: &[Option<usize>],
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
            plans: &[Option<usize>],
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
                visit(checker, left, raws, formulas, plans, figures, state);
                visit(checker, right, raws, formulas, plans, figures, state);
                if state[left] == State::Done && state[right] == State::Done {
                    let same_plan = plans[left] == plans[right];
                    checker.compute_one(i, &raws[i], op, left, right, same_plan, figures);
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
            visit(self, i, raws, &formulas, plans, figures, &mut state);
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn compute_one(
        &mut self,
        i: usize,
        raw: &RawFigure,
        op: Op,
        left: usize,
        right: usize,
        same_plan: bool,
        figures: &mut [Option<Figure>],
    ) {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(raw.formula.as_ref().expect("computed"));
        let (Some(l), Some(r)) = (figures[left].clone(), figures[right].clone()) else {
            figures[i] = None;
            return;
        };
        // A change is relative to a value the text may not give: it adds up with nothing.
        if let Some(operand) = [&l, &r].into_iter().find(|f| f.change.is_some()) {
            self.report(
                line,
                &subject,
                format!("`{}` is a change: a formula combines stated amounts only", operand.id),
            );
            figures[i] = None;
            return;
        }
        // A plan adds up with the same plan's parts, never with facts: the rest of a plan is
        // planned too.
        if l.outlook != r.outlook || (l.outlook.is_some() && !same_plan) {
            let (plan, fact) = if l.outlook.is_some() { (&l, &r) } else { (&r, &l) };
            let message = match (plan.outlook, fact.outlook) {
                (Some(_), Some(_)) => format!("`{}` and `{}` are not parts of one plan: a formula combines a plan and its own parts (`part_of`, `share_of`, `detail_of`), never two plans", plan.id, fact.id),
                _ => format!("`{}` is a {}, not a fact, and `{}` is a fact: a formula combines facts, or a plan and its own parts", plan.id, plan.outlook.map_or("", Named::name), fact.id),
            };
            self.report(line, &subject, message);
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
            // Written like what it is computed from (5 milliards − 1,2 milliard is 3,8 milliards),
            // in the largest of its operands' scales that its own value fills: $1.2bn − $450m
            // is $750m, not $0.75bn.
            let scales = [l.scale, r.scale];
            let fitting = scales.iter().flatten().filter(|scale| value.abs() >= scale.factor()).max();
            let scale = fitting.or_else(|| scales.iter().flatten().min()).copied();
            let decimals = computed_decimals(op, &l, &r, value, scale, unit.kind);
            let shown = round_to(value, scale, decimals, qualifier);
            figure.rounded = (shown - value).abs() > 1e-9 * value.abs().max(1.0);
            // A rounded result is no longer exact; a bound stays one, rounded outwards.
            figure.qualifier =
                if figure.rounded && qualifier == Qualifier::Exact { Qualifier::Approximately } else { qualifier };
            figure.value = shown;
            figure.decimals = decimals;
            figure.scale = scale;
            figure.unit = unit;
            figure.origin = Origin::Computed { op, left, right };
            figure.outlook = l.outlook;
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
            if let Some((whole, line)) = self.related(raw.part_of.as_ref(), "part_of", i, index, &subject) {
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
            if let Some((plan, line)) = self.related(raw.detail_of.as_ref(), "detail_of", i, index, &subject) {
                if let Some(plan_figure) = figures[plan].as_ref().filter(|f| f.outlook.is_none()) {
                    self.report(line, &subject, format!("detail_of names `{}`, which is not a target or a forecast: a detail shares a plan's outlook (a part of a fact is `part_of`)", plan_figure.id));
                }
                if let Some(detail) = figures[i].as_mut() {
                    detail.detail_of = Some(plan);
                }
            }
            if let Some((whole, line)) = self.related(raw.share_of.as_ref(), "share_of", i, index, &subject) {
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

    /// The figure a relation (`part_of`, `share_of`, `detail_of`) of figure `i` names, by index,
    /// with the line it is named on; an id that names no figure, or the figure itself, is
    /// reported.
    fn related(
        &mut self,
        id: Option<&Text>,
        field: &str,
        i: usize,
        index: &HashMap<&str, usize>,
        subject: &str,
    ) -> Option<(usize, usize)> {
        let id = id?;
        let line = self.line(id);
        match index.get(id.get_ref().as_str()) {
            None => self.report(line, subject, not_a("a figure", field, id.get_ref(), index)),
            Some(&whole) if whole == i => self.report(line, subject, format!("a figure cannot name itself in {field}")),
            Some(&whole) => return Some((whole, line)),
        }
        None
    }
}

/// How many decimals a computed figure is written with, in its scale. A sum or a difference is
/// exact to the finest of its operands (`1,2 milliard − 450 millions` is `750 millions`); a
/// share of a whole keeps as many significant digits as the less precise of its operands
/// (`12,25 % × 1 234` is `151,2`), a fraction in words (`un tiers`) to the whole's own place,
/// and a count is whole.
fn computed_decimals(op: Op, l: &Figure, r: &Figure, value: f64, scale: Option<Scale>, kind: UnitKind) -> u8 {
    let exponent = |scale: Option<Scale>| scale.map_or(0, |s| s.factor().log10().round() as i32);
    // Where a value's first digit stands, as a power of ten (`151,2` → 2, `0,05` → −2).
    let magnitude = |value: f64| if value == 0.0 { 0 } else { value.abs().log10().floor() as i32 };
    let result = exponent(scale);
    let decimals = match op {
        Op::Plus | Op::Minus => {
            // The finest place either operand is written to, as a power of ten.
            let finest = [l, r].iter().map(|f| exponent(f.scale) - i32::from(f.decimals)).min().unwrap_or(0);
            result - finest
        }
        Op::PercentOf => {
            // A figure's significant digits, from its first digit to its last decimal; none to
            // count for a fraction in words, which is exact.
            let significant = |f: &Figure| -> Option<i32> {
                f.fraction.is_none().then(|| {
                    let shown = f.value / 10f64.powi(exponent(f.scale));
                    magnitude(shown) + 1 + i32::from(f.decimals)
                })
            };
            match (significant(l), significant(r)) {
                (Some(a), Some(b)) => a.min(b) - (magnitude(value / 10f64.powi(result)) + 1),
                // A fraction of a whole is written to the whole's own place: a third of 1 500
                // is 500, of 1 000 about 333.
                _ => i32::from(r.decimals) + exponent(r.scale) - result,
            }
        }
    };
    let decimals = decimals.clamp(0, 6);
    // A count without a scale is a number of things: whole.
    let decimals = if kind == UnitKind::Count && scale.is_none() { 0 } else { decimals };
    decimals as u8
}

/// `value` rounded to `decimals` in `scale`; a bound rounds outwards so that it still holds
/// (more than 151,6 is more than 151, not more than 152).
fn round_to(value: f64, scale: Option<Scale>, decimals: u8, qualifier: Qualifier) -> f64 {
    let step = scale.map_or(1.0, Scale::factor) / 10f64.powi(i32::from(decimals));
    let steps = value / step;
    let rounded = match qualifier {
        Qualifier::MoreThan => (steps + 1e-9).floor(),
        Qualifier::LessThan => (steps - 1e-9).ceil(),
        Qualifier::Exact | Qualifier::Approximately => steps.round(),
    };
    // Rounding in whole steps, then back, so that 0.1 + 0.2 is written 0,3.
    let back = rounded * step;
    if step < 1.0 {
        let places = 10f64.powi(i32::from(decimals));
        (back * places).round() / places
    } else {
        back
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
