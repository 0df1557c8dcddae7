//! Defaults that changed between versions, applied when an old document is migrated.

use crate::plan::Settings;

/// The deload depth versions 1 and 2 wrote when the runner never chose one (the slider stores
/// whole percents, so exactly a third is the untouched default): it becomes today's default.
pub(super) fn with_current_default_depth(mut s: Settings) -> Settings {
    if s.deload_depth == 1.0 / 3.0 {
        s.deload_depth = crate::plan::DEFAULT_DELOAD_DEPTH;
    }
    s
}
