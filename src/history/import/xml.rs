//! A small event walker over quick-xml shared by the GPX and TCX readers: it tracks the path
//! of local element names (namespace prefixes dropped) and hands out opens, texts and closes.

use super::ImportError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One step through the document.
pub enum Step<'a, 'e> {
    /// An element opened (also sent for `<empty/>` elements, followed by a `Close`).
    Open(&'a BytesStart<'e>),
    /// Text inside the innermost element.
    Text(&'a str),
    /// The innermost element closed; the path still includes it.
    Close,
}

/// The value of attribute `name` (local name) of an element, if present.
pub fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::default())
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The local name of an element as text.
fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

/// The name of the element enclosing the current one (the second-last of `path`), if any.
pub fn parent(path: &[String]) -> Option<&str> {
    path.len()
        .checked_sub(2)
        .and_then(|i| path.get(i))
        .map(String::as_str)
}

/// Walks `text`, calling `f(path, step)` for each element open, text and close.
pub fn walk(
    file: &str,
    text: &str,
    mut f: impl FnMut(&[String], Step<'_, '_>),
) -> Result<(), ImportError> {
    let mut reader = Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let bad = |detail: String| ImportError::BadXml {
        file: file.to_string(),
        detail,
    };
    loop {
        let pos = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                path.push(local(&e));
                f(&path, Step::Open(&e));
            }
            Ok(Event::Empty(e)) => {
                path.push(local(&e));
                f(&path, Step::Open(&e));
                f(&path, Step::Close);
                path.pop();
            }
            Ok(Event::Text(t)) => {
                let s = t.xml10_content();
                let s = s.trim();
                if !s.is_empty() && !path.is_empty() {
                    f(&path, Step::Text(s));
                }
            }
            Ok(Event::CData(t)) => {
                let s = t.xml10_content();
                if !path.is_empty() {
                    f(&path, Step::Text(s.trim()));
                }
            }
            Ok(Event::End(_)) => {
                if path.is_empty() {
                    return Err(bad(format!("unexpected closing tag at byte {pos}")));
                }
                f(&path, Step::Close);
                path.pop();
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(bad(format!("{e} (near byte {pos})"))),
        }
    }
    if let Some(open) = path.last() {
        return Err(ImportError::Truncated {
            file: file.to_string(),
            detail: format!("<{open}> is never closed"),
        });
    }
    Ok(())
}

/// The document as text: UTF-8 (BOM stripped), with invalid bytes replaced.
pub fn as_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}
