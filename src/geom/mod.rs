//! The maths of charts, as d3 does it: scales that map data to pixels, and round tick values.
//! Pure functions of numbers; no notion of figures or of the DOM.

mod scale;
mod ticks;

pub use scale::LinearScale;
pub use ticks::ticks;
