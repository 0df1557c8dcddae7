//! Schema version 2 and its migration to version 3. Version 2 is read with the current
//! document type (every field it has kept its form; it has no example flag), then the step
//! below marks the example season, which version 2 recognised by a name prefix, and gives an
//! untouched deload depth today's default.

use crate::store::schema::Document;

/// How version 2 recognised an example race: by this start of its name.
pub const EXAMPLE_PREFIX: &str = "Example: ";

/// Marks the races named `Example: ...` as the example season.
pub fn to_v3(mut doc: Document) -> Document {
    doc.settings = super::defaults::with_current_default_depth(doc.settings);
    for r in &mut doc.races {
        r.example = r.race.name.starts_with(EXAMPLE_PREFIX);
    }
    doc
}
