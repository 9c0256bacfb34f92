//! Round tick values for an axis, on steps of 1, 2 or 5 times a power of ten (d3's `ticks`).

/// About `count` round values covering `[lo, hi]`, from the first multiple of the step at or
/// above `lo` to the last at or below `hi`. Empty when the interval or count is degenerate.
pub fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || count == 0 || hi < lo {
        return Vec::new();
    }
    if hi == lo {
        return vec![lo];
    }
    let step = tick_step(lo, hi, count);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    // An integer times the step (or over its inverse, for steps below one) keeps values round:
    // 3 × 0.2 is 0.6, but 3 / 5 is 0.6.
    if step < 1.0 {
        let inverse = (1.0 / step).round();
        (first..=last).map(|i| i as f64 / inverse).collect()
    } else {
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

/// The 1-2-5 step that gives closest to `count` ticks.
fn tick_step(lo: f64, hi: f64, count: usize) -> f64 {
    let raw = (hi - lo) / count as f64;
    let power = 10f64.powf(raw.log10().floor());
    let error = raw / power;
    let factor = if error >= 50f64.sqrt() {
        10.0
    } else if error >= 10f64.sqrt() {
        5.0
    } else if error >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    factor * power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(lo: f64, hi: f64, count: usize, expected: &[f64]) {
        assert_eq!(ticks(lo, hi, count), expected);
    }

    #[test]
    fn ticks_fall_on_round_values() {
        check(0.0, 22_000.0, 4, &[0.0, 5_000.0, 10_000.0, 15_000.0, 20_000.0]);
        check(0.0, 54_000.0, 3, &[0.0, 20_000.0, 40_000.0]);
        check(0.0, 1.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    }

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        check(0.0, 10.0, 10, &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
        check(0.0, 100.0, 2, &[0.0, 50.0, 100.0]);
    }

    #[test]
    fn degenerate_intervals_give_one_or_no_tick() {
        check(5.0, 5.0, 4, &[5.0]);
        check(5.0, 1.0, 4, &[]);
        check(0.0, f64::NAN, 4, &[]);
        check(0.0, 10.0, 0, &[]);
    }
}
