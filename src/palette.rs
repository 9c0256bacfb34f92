//! The colours of the explainer, light and dark, as the stylesheet's `--ex-*` properties set
//! them; and the checks that they are readable (WCAG 2.2: text at least 4.5:1 against what it
//! sits on, marks and focus rings at least 3:1). A test keeps `style/explainer.css` equal to
//! these values, so the numbers checked here are the ones readers see.

/// One theme's colours, as `#rrggbb`.
#[derive(Debug, Clone, Copy)]
#[allow(missing_docs)] // Each field is the `--ex-*` custom property of the same name.
pub struct Palette {
    pub bg: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub rule: &'static str,
    pub accent: &'static str,
    pub accent_soft: &'static str,
    pub highlight: &'static str,
    pub focus: &'static str,
    pub active: &'static str,
    pub mark_stated: &'static str,
    pub mark_computed: &'static str,
    pub mark_rest: &'static str,
}

/// The light theme.
pub const LIGHT: Palette = Palette {
    bg: "#ffffff",
    text: "#1b1b1b",
    muted: "#545454",
    rule: "#d0d0d0",
    accent: "#0b5cad",
    accent_soft: "#e6f0fa",
    highlight: "#fff1b8",
    focus: "#b3261e",
    active: "#c2410c",
    mark_stated: "#0b5cad",
    mark_computed: "#a9c8ea",
    mark_rest: "#7d8995",
};

/// The dark theme.
pub const DARK: Palette = Palette {
    bg: "#131518",
    text: "#ebebeb",
    muted: "#adb2b8",
    rule: "#3a3f45",
    accent: "#8cc0ff",
    accent_soft: "#1d2a3a",
    highlight: "#4a3f14",
    focus: "#ffb4a9",
    active: "#ff9f6b",
    mark_stated: "#8cc0ff",
    mark_computed: "#2e4d70",
    mark_rest: "#6f7a86",
};

/// The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// WCAG relative luminance.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let value = u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("colours are #rrggbb") as f64 / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text and what it is drawn on, by where it appears.
    fn text_pairs(p: &Palette) -> Vec<(&'static str, &'static str, &'static str)> {
        vec![
            ("body text", p.text, p.bg),
            ("muted text (notes, sources, axes)", p.muted, p.bg),
            ("links and mentions", p.accent, p.bg),
            ("a mention on its tint", p.accent, p.accent_soft),
            ("a pressed mention", p.bg, p.accent),
            ("the source sentence", p.text, p.highlight),
            ("a legend item pointed at", p.text, p.accent_soft),
            ("a timeline number on its span", p.text, p.accent_soft),
            ("a timeline number on a chosen span", p.bg, p.active),
            ("a tooltip", p.bg, p.text),
        ]
    }

    /// Marks, focus rings and outlines that carry meaning, and what they are drawn on.
    fn mark_pairs(p: &Palette) -> Vec<(&'static str, &'static str, &'static str)> {
        vec![
            ("a stated mark", p.mark_stated, p.bg),
            ("a computed mark's dashed outline", p.mark_stated, p.bg),
            ("a computed mark's outline on its fill", p.mark_stated, p.mark_computed),
            ("the rest of a whole", p.mark_rest, p.bg),
            // The outline is drawn on the gap around a mark, so it is judged on the background.
            ("a highlighted mark's outline", p.active, p.bg),
            ("the focus ring", p.focus, p.bg),
            ("the focus ring on a tinted item", p.focus, p.accent_soft),
            ("a chosen legend item's bar", p.active, p.bg),
        ]
    }

    #[track_caller]
    fn check(theme: &str, pairs: Vec<(&str, &str, &str)>, minimum: f64) {
        let failures: Vec<String> = pairs
            .into_iter()
            .map(|(what, fg, bg)| (what, fg, bg, contrast(fg, bg)))
            .filter(|&(_, _, _, ratio)| ratio < minimum)
            .map(|(what, fg, bg, ratio)| format!("{theme}: {what}: {fg} on {bg} is {ratio}, needs {minimum}"))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn contrast_is_computed_as_wcag_defines_it() {
        assert_eq!(contrast("#000000", "#ffffff"), 21.0);
        assert_eq!(contrast("#777777", "#777777"), 1.0);
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_is_at_least_four_and_a_half_to_one_in_both_themes() {
        check("light", text_pairs(&LIGHT), 4.5);
        check("dark", text_pairs(&DARK), 4.5);
    }

    #[test]
    fn marks_and_focus_are_at_least_three_to_one_in_both_themes() {
        check("light", mark_pairs(&LIGHT), 3.0);
        check("dark", mark_pairs(&DARK), 3.0);
    }

    #[test]
    fn the_stylesheet_uses_exactly_these_colours() {
        let css = include_str!("../style/explainer.css");
        let (light, dark) = css.split_once("prefers-color-scheme: dark").expect("the stylesheet has a dark theme");
        // Light once, in the base rule; dark twice: with the system, and when a page asks for it.
        for (theme, block, palette, times) in [("light", light, LIGHT, 1), ("dark", dark, DARK, 2)] {
            let expected = [
                ("bg", palette.bg),
                ("text", palette.text),
                ("muted", palette.muted),
                ("rule", palette.rule),
                ("accent", palette.accent),
                ("accent-soft", palette.accent_soft),
                ("highlight", palette.highlight),
                ("focus", palette.focus),
                ("active", palette.active),
                ("mark-stated", palette.mark_stated),
                ("mark-computed", palette.mark_computed),
                ("mark-rest", palette.mark_rest),
            ];
            for (name, colour) in expected {
                let declaration = format!("--ex-{name}: {colour};");
                let found = block.matches(&declaration).count();
                assert_eq!(found, times, "{theme} theme: `{declaration}` should stand {times} time(s), stands {found}");
                let any_value = format!("--ex-{name}:");
                assert_eq!(
                    block.matches(&any_value).count(),
                    times,
                    "{theme} theme: `--ex-{name}` is set to another colour somewhere"
                );
            }
        }
    }
}
