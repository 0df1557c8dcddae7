//! Names the JSON field at a byte position, as `races[1].race.date`: the path of the value a
//! serde_json error points at. Reading the text a second time only when a document fails to
//! parse keeps the path out of the (hot, size-sensitive) typed deserializer.

/// One open container while scanning.
enum Frame {
    /// An object and the key of its current member (none before the first key).
    Object(Option<String>),
    /// An array and the index of its current element.
    Array(usize),
}

/// The path of the value at byte `offset` of `text` ("" for the whole document).
pub fn at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let (string, next) = read_string(bytes, i + 1);
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    *key = Some(string);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte offset serde_json's 1-based `line` and `column` point just past.
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    line_start + column
}

/// Reads a JSON string whose contents start at `start`; returns it (escapes other than `\"` and
/// `\\` kept as written: keys are plain names) and the index after the closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                out.push(bytes[i + 1]);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let err = serde_json::from_str::<T>(text).unwrap_err();
        at(text, offset(text, err.line(), err.column()))
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        races: Vec<Race>,
        n: u32,
    }
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Race {
        name: String,
        tags: Vec<u8>,
    }

    #[test]
    fn names_nested_fields_and_indices() {
        let text = "{\"races\": [{\"name\": \"a\", \"tags\": [1]},\n {\"name\": \"b, \\\"c\\\"\", \"tags\": [1, \"x\"]}], \"n\": 1}";
        assert_eq!(path_of_error::<Doc>(text), "races[1].tags[1]");
        let text = r#"{"races": [], "n": "one"}"#;
        assert_eq!(path_of_error::<Doc>(text), "n");
        let text = r#"{"races": [{"name": 5, "tags": []}], "n": 1}"#;
        assert_eq!(path_of_error::<Doc>(text), "races[0].name");
    }

    #[test]
    fn a_missing_field_names_its_object() {
        let text = r#"{"races": [{"name": "a"}], "n": 1}"#;
        assert_eq!(path_of_error::<Doc>(text), "races[0]");
        assert_eq!(path_of_error::<Doc>(r#"{"n": 1}"#), "");
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        assert_eq!(at("{\"a\": [1", 99), "a[0]");
        assert_eq!(offset("ab\ncd", 2, 1), 4);
    }
}
