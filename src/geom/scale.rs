//! A linear scale: maps a domain of data values onto a range of pixels, and back.

/// Maps `domain` onto `range` linearly (d3's `scaleLinear`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// The data values, from and to.
    pub domain: (f64, f64),
    /// The pixels they map onto, from and to.
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` onto `range`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale { domain, range }
    }

    /// The pixel for a data value. A zero-width domain maps everything to the middle of the
    /// range, as d3-scale does, rather than dividing by zero.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The data value for a pixel; a zero-width range gives the middle of the domain.
    pub fn invert(&self, pixel: f64) -> f64 {
        LinearScale::new(self.range, self.domain).map(pixel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(domain: (f64, f64), range: (f64, f64), value: f64, expected: f64) {
        let mapped = LinearScale::new(domain, range).map(value);
        assert!((mapped - expected).abs() < 1e-9, "{value} ↦ {mapped}, expected {expected}");
    }

    #[test]
    fn zero_maps_to_the_start_of_the_range() {
        check((0.0, 22_000.0), (10.0, 310.0), 0.0, 10.0);
    }

    #[test]
    fn values_map_in_proportion() {
        check((0.0, 22_000.0), (0.0, 220.0), 1_400.0, 14.0);
        check((2013.0, 2019.0), (0.0, 600.0), 2016.0, 300.0);
    }

    #[test]
    fn a_reversed_range_flips_the_axis() {
        check((0.0, 100.0), (200.0, 0.0), 25.0, 150.0);
    }

    #[test]
    fn zero_width_domain_maps_to_middle_of_range() {
        check((5.0, 5.0), (0.0, 100.0), 5.0, 50.0);
    }

    #[test]
    fn invert_undoes_map() {
        let scale = LinearScale::new((0.0, 54_000.0), (12.0, 300.0));
        assert!((scale.invert(scale.map(1_900.0)) - 1_900.0).abs() < 1e-9);
    }
}
