//! Widget options, read from a host element's `data-*` attributes or from `embed.html`'s URL
//! parameters. Parsing is pure: a bad value is reported and replaced by its default, never fatal.

use crate::plan::Units;
use crate::ui::{AppConfig, Mode};

/// The storage namespace a widget uses when the host names none.
pub const DEFAULT_WIDGET_NAMESPACE: &str = "periodize-widget";

/// The longest namespace accepted.
const MAX_NAMESPACE: usize = 64;

/// Everything a host can configure, with defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetOptions {
    /// Full app or compact calendar.
    pub mode: Mode,
    /// Display units, overriding the stored settings; `None` keeps the runner's choice.
    pub units: Option<Units>,
    /// Show without allowing edits.
    pub read_only: bool,
    /// localStorage namespace (every key the widget writes starts with `{namespace}:`).
    pub namespace: String,
    /// Origins allowed to talk to an iframe widget (`scheme://host[:port]`, lowercase).
    pub allowed_origins: Vec<String>,
}

/// A rejected option value, said so the host's developer can fix the page.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OptionError {
    /// `mode` is neither `full` nor `compact`.
    #[error("mode \"{0}\" is not \"full\" or \"compact\"; using the default")]
    Mode(String),
    /// `units` is neither `km` nor `mi`.
    #[error("units \"{0}\" is not \"km\" or \"mi\"; using the runner's setting")]
    Units(String),
    /// `read-only` is not a yes/no value.
    #[error("read-only \"{0}\" is not true/false; the widget stays editable")]
    ReadOnly(String),
    /// The namespace has characters other than letters, digits, `-`, `_` and `.`, or is too long.
    #[error("namespace \"{0}\" must be 1-64 letters, digits, '-', '_' or '.'; using \"{1}\"")]
    Namespace(String, String),
    /// An allowed origin is not `http(s)://host[:port]`.
    #[error("allow-origins entry \"{0}\" is not an origin like https://example.org; ignored")]
    Origin(String),
}

impl WidgetOptions {
    /// The defaults for an embedded widget with `mode` and `namespace`.
    pub fn new(mode: Mode, namespace: &str) -> WidgetOptions {
        WidgetOptions {
            mode,
            units: None,
            read_only: false,
            namespace: namespace.to_string(),
            allowed_origins: Vec::new(),
        }
    }

    /// Reads options from `(name, value)` pairs (`mode`, `units`, `read-only`, `namespace`,
    /// `allow-origins`); unknown names are ignored, bad values reported and defaulted.
    pub fn parse<'a>(
        mut self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (WidgetOptions, Vec<OptionError>) {
        let mut errors = Vec::new();
        for (name, value) in pairs {
            let v = value.trim();
            match name {
                "mode" => match v.to_ascii_lowercase().as_str() {
                    "full" => self.mode = Mode::Full,
                    "compact" => self.mode = Mode::Compact,
                    _ => errors.push(OptionError::Mode(v.into())),
                },
                "units" => match v.to_ascii_lowercase().as_str() {
                    "km" => self.units = Some(Units::Km),
                    "mi" | "miles" => self.units = Some(Units::Mi),
                    _ => errors.push(OptionError::Units(v.into())),
                },
                "read-only" | "readonly" => match parse_flag(v) {
                    Some(on) => self.read_only = on,
                    None => errors.push(OptionError::ReadOnly(v.into())),
                },
                "namespace" => {
                    if valid_namespace(v) {
                        self.namespace = v.to_string();
                    } else {
                        errors.push(OptionError::Namespace(v.into(), self.namespace.clone()));
                    }
                }
                "allow-origins" | "allow-origin" => {
                    for entry in v.split([',', ' ']).filter(|e| !e.is_empty()) {
                        match normalize_origin(entry) {
                            Some(o) if !self.allowed_origins.contains(&o) => {
                                self.allowed_origins.push(o)
                            }
                            Some(_) => {}
                            None => errors.push(OptionError::Origin(entry.into())),
                        }
                    }
                }
                _ => {}
            }
        }
        (self, errors)
    }

    /// The app configuration these options describe.
    pub fn app_config(&self) -> AppConfig {
        AppConfig {
            namespace: self.namespace.clone(),
            mode: self.mode,
            read_only: self.read_only,
        }
    }

    /// Whether a message from `origin` may be answered and obeyed.
    pub fn allows(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|o| o == origin)
    }
}

/// A yes/no attribute: present-but-empty means yes (`<div data-read-only>`).
fn parse_flag(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" | "read-only" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// Whether `ns` is a usable storage namespace (no `:`, which separates key parts).
pub fn valid_namespace(ns: &str) -> bool {
    !ns.is_empty()
        && ns.len() <= MAX_NAMESPACE
        && ns
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// `scheme://host[:port]` in the form browsers report as `MessageEvent.origin`, or `None`.
pub fn normalize_origin(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let lower = s.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        return None;
    }
    let (host, port) = if rest.starts_with('[') {
        // An IPv6 literal: `[::1]` or `[::1]:8080`.
        let end = rest.find(']')? + 1;
        match &rest[end..] {
            "" => (&rest[..end], None),
            tail => (&rest[..end], Some(tail.strip_prefix(':')?)),
        }
    } else {
        match rest.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '[' | ']' | ':'));
    let port = match port {
        None => None,
        Some(p) => Some(p.parse::<u16>().ok().filter(|&n| n > 0)?),
    };
    if !host_ok {
        return None;
    }
    // Browsers leave the default port out of an origin.
    let port = port.filter(|&p| !matches!((scheme, p), ("http", 80) | ("https", 443)));
    Some(match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (WidgetOptions, Vec<OptionError>) {
        WidgetOptions::new(Mode::Compact, DEFAULT_WIDGET_NAMESPACE).parse(pairs.iter().copied())
    }

    #[test]
    fn defaults_hold_without_attributes() {
        let (o, errors) = parse(&[]);
        assert_eq!(o.mode, Mode::Compact);
        assert_eq!(o.units, None);
        assert!(!o.read_only);
        assert_eq!(o.namespace, "periodize-widget");
        assert!(o.allowed_origins.is_empty());
        assert!(errors.is_empty());
    }

    #[test]
    fn every_option_is_read() {
        let (o, errors) = parse(&[
            ("mode", "Full"),
            ("units", "mi"),
            ("read-only", ""),
            ("namespace", "club-a.plan_2"),
            (
                "allow-origins",
                "https://Club.example, http://127.0.0.1:8080/",
            ),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(o.mode, Mode::Full);
        assert_eq!(o.units, Some(Units::Mi));
        assert!(o.read_only);
        assert_eq!(o.namespace, "club-a.plan_2");
        assert_eq!(
            o.allowed_origins,
            ["https://club.example", "http://127.0.0.1:8080"]
        );
        assert!(o.allows("http://127.0.0.1:8080"));
        assert!(!o.allows("http://127.0.0.1:8081"));
        let c = o.app_config();
        assert_eq!(
            (c.namespace.as_str(), c.mode, c.read_only),
            ("club-a.plan_2", Mode::Full, true)
        );
    }

    #[test]
    fn bad_values_are_reported_and_defaulted() {
        let (o, errors) = parse(&[
            ("mode", "huge"),
            ("units", "furlongs"),
            ("read-only", "maybe"),
            ("namespace", "a:b"),
            (
                "allow-origins",
                "*, javascript:alert(1), https://ok.example/path",
            ),
        ]);
        assert_eq!(
            o,
            WidgetOptions::new(Mode::Compact, DEFAULT_WIDGET_NAMESPACE)
        );
        assert_eq!(errors.len(), 7, "{errors:?}");
        assert!(errors[3].to_string().contains("using \"periodize-widget\""));
    }

    #[test]
    fn namespaces_are_limited_to_safe_characters() {
        assert!(valid_namespace("club_a-1.x"));
        assert!(!valid_namespace(""));
        assert!(!valid_namespace("has space"));
        assert!(!valid_namespace("colon:inside"));
        assert!(!valid_namespace(&"n".repeat(65)));
    }

    #[test]
    fn origins_are_normalized_like_message_event_origin() {
        assert_eq!(
            normalize_origin("https://A.example:443/").as_deref(),
            Some("https://a.example")
        );
        assert_eq!(
            normalize_origin("http://a.example:80").as_deref(),
            Some("http://a.example")
        );
        assert_eq!(
            normalize_origin("http://[::1]:8080").as_deref(),
            Some("http://[::1]:8080")
        );
        assert_eq!(
            normalize_origin("http://[::1]").as_deref(),
            Some("http://[::1]")
        );
        assert_eq!(normalize_origin("http://localhost:0"), None);
        assert_eq!(normalize_origin("http://a.example:99999"), None);
        assert_eq!(normalize_origin("ftp://a.example"), None);
        assert_eq!(normalize_origin("https://"), None);
        assert_eq!(normalize_origin("https://a.example/x"), None);
        assert_eq!(normalize_origin("null"), None);
    }
}
