//! Interface preferences kept in the document: the colour theme and the screen open last.
//! Pure: no browser.

use serde::{Deserialize, Serialize};

/// The colour theme the runner chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the operating system's light/dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the settings screen offers them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The theme's name in stored documents, element ids and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// How the settings screen names the theme.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Like my device",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The app's screens. Stored as `prefs.last_view` by [`View::key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// The calendar of the plan.
    Plan,
    /// The races and the race form.
    Races,
    /// Imported training and the baseline.
    History,
    /// Units, week and limits.
    Settings,
    /// Export, backup and restore.
    Data,
}

impl View {
    /// All screens in navigation order.
    pub const ALL: [View; 5] = [
        View::Plan,
        View::Races,
        View::History,
        View::Settings,
        View::Data,
    ];

    /// The screen's name in stored documents and in the page's address (`#/races`).
    pub fn key(self) -> &'static str {
        match self {
            View::Plan => "plan",
            View::Races => "races",
            View::History => "history",
            View::Settings => "settings",
            View::Data => "data",
        }
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Plan => "Plan",
            View::Races => "Races",
            View::History => "History",
            View::Settings => "Settings",
            View::Data => "Export & backup",
        }
    }

    /// The screen a name names; `None` for any other text.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Interface preferences that are not planner inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    /// Light, dark or following the system.
    #[serde(default)]
    pub theme: Theme,
    /// The screen that was open last, shown when the app is opened without a link to a screen.
    /// Read leniently: a name of no screen (an older build's free text, a newer build's
    /// screen) is read as none rather than making the document unreadable.
    #[serde(default, deserialize_with = "known_view")]
    pub last_view: Option<View>,
}

/// The screen a stored name names, or none for any other name.
fn known_view<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<View>, D::Error> {
    let name = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
    Ok(name.as_deref().and_then(View::from_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_stored_names_and_read_back() {
        for v in View::ALL {
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.key())
            );
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        for t in Theme::ALL {
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", t.key())
            );
        }
        assert_eq!(View::from_key("calendar"), None);
        let prefs: Prefs = serde_json::from_str(r#"{"last_view":"calendar"}"#).unwrap();
        assert_eq!(prefs.last_view, None, "a name of no screen is read as none");
        let prefs: Prefs = serde_json::from_str(r#"{"last_view":"data"}"#).unwrap();
        assert_eq!(prefs.last_view, Some(View::Data));
    }
}
