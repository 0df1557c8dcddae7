//! Indents compact JSON text the way serde_json's pretty printer does (two spaces a level,
//! `": "` after keys, `[]` and `{}` when empty). Backups are written compactly and indented
//! here: a second, pretty-printing copy of every serializer would cost the app's first load
//! several KB for a file written once in a while.

/// `compact` (JSON text without whitespace outside its strings, as `serde_json::to_string`
/// writes it) indented.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 3);
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    let (mut in_string, mut escaped) = (false, false);
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::indent;
    use serde_json::json;

    #[test]
    fn indents_as_serde_json_pretty_prints() {
        let value = json!({
            "app": "periodize",
            "empty": [],
            "none": {},
            "text": "a \"quoted\" {[,:]} \\ back\\slash",
            "nested": [{"a": 1.5, "b": [true, null, -0.25e-7]}, [], {"c": {}}],
            "unicode": "Zürich ☃"
        });
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn scalars_and_empty_text_are_left_alone() {
        assert_eq!(indent("12"), "12");
        assert_eq!(indent("\"x\""), "\"x\"");
        assert_eq!(indent(""), "");
    }
}
