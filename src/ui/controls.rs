//! The form controls screens are composed of: a labelled field with its help line, a group of
//! radio buttons and a `<select>` over a set of choices. Choices are values with a `key` (the
//! element id and option value) and a `label`; a picked option's value is read back by the
//! type's own `from_key`, so no text is mapped to a value anywhere else.

use leptos::prelude::*;

/// One choice of a radio group or select: the value, its key and what people read.
#[derive(Clone)]
pub(crate) struct Choice<T> {
    pub value: T,
    pub key: &'static str,
    pub label: TextProp,
}

impl<T> Choice<T> {
    /// A choice with its key and label.
    pub fn new(value: T, key: &'static str, label: impl Into<TextProp>) -> Choice<T> {
        Choice {
            value,
            key,
            label: label.into(),
        }
    }
}

/// The id of a field's help line.
pub(crate) fn help_id(id: &str) -> String {
    format!("{id}-help")
}

/// A card with a label for the control `id`, a help line (`{id}-help`, which the control names
/// in its `aria-describedby`) and the control itself.
#[component]
pub(crate) fn Field(
    id: &'static str,
    #[prop(into)] label: TextProp,
    help: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="card field">
            <label for=id>{move || label.get()}</label>
            <p class="help" id=help_id(id)>{help}</p>
            {children()}
        </div>
    }
}

/// A fieldset of radio buttons named `name`, one per choice (ids `{name}-{key}`), with the
/// current choice checked; `on_pick` gets the value picked.
#[component]
pub(crate) fn RadioGroup<T>(
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] help: Option<&'static str>,
    choices: Vec<Choice<T>>,
    #[prop(into)] current: Signal<Option<T>>,
    #[prop(into)] on_pick: Callback<T>,
    #[prop(optional)] disabled: bool,
    #[prop(optional)] css: Option<&'static str>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class=css.unwrap_or("card field") disabled=disabled data-testid=name>
            <legend>{legend}</legend>
            {help.map(|h| view! { <p class="help">{h}</p> })}
            {choices
                .into_iter()
                .map(|c| {
                    let id = format!("{name}-{}", c.key);
                    let v = c.value;
                    let label = c.label;
                    view! {
                        <span class="radio">
                            <input type="radio" name=name id=id.clone() data-testid=id.clone()
                                prop:checked=move || current.get() == Some(v)
                                on:change=move |_| on_pick.run(v)/>
                            <label for=id>{move || label.get()}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A `<select>` (id `id`, described by its help line unless told otherwise) over the choices, showing the current
/// one; the option picked is read by `from_key` and `on_pick` gets its value (text no choice
/// names is ignored, never read as a default).
#[component]
pub(crate) fn ChoiceSelect<T>(
    id: &'static str,
    choices: Vec<Choice<T>>,
    from_key: fn(&str) -> Option<T>,
    #[prop(into)] current: Signal<T>,
    #[prop(into)] on_pick: Callback<T>,
    #[prop(optional)] disabled: bool,
    /// What the select's `aria-describedby` names (its help line unless given).
    #[prop(optional)]
    described_by: Option<String>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let described_by = described_by.unwrap_or_else(|| help_id(id));
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(v) = from_key(&event_target_value(&ev)) {
            on_pick.run(v);
        }
    };
    view! {
        <select id=id data-testid=id aria-describedby=described_by disabled=disabled on:change=on_change>
            {choices
                .into_iter()
                .map(|c| {
                    let v = c.value;
                    let label = c.label;
                    view! {
                        <option value=c.key selected=move || current.get() == v>
                            {move || label.get()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A validation message next to its field (an empty live region when there is none).
#[component]
pub(crate) fn FieldError(id: String, #[prop(into)] msg: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id.clone() aria-live="polite" data-testid=id>
            {move || msg.get()}
        </p>
    }
}

/// A labelled number input (id `id`) whose text is handed to `on_commit` when the runner leaves
/// it (`change`); `on_commit` returns why it was not taken, shown below it (`{id}-err`).
#[component]
pub(crate) fn NumberField(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Signal<String>,
    /// Takes the text typed; gives the message for the field when it is refused.
    on_commit: impl Fn(String) -> Option<String> + 'static,
    #[prop(optional)] disabled: bool,
    /// The input's `step` (1 unless given).
    #[prop(optional)]
    step: Option<&'static str>,
    /// A line under the field (`{id}-note`), e.g. that the figure is only assumed.
    #[prop(optional, into)]
    note: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let err_id = format!("{id}-err");
    let note_id = format!("{id}-note");
    let note = note.unwrap_or_else(|| Signal::derive(|| None));
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input id=id data-testid=id type="number" step=step.unwrap_or("1") inputmode="decimal" disabled=disabled
                prop:value=move || value.get()
                on:change=move |ev| error.set(on_commit(event_target_value(&ev)))
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=format!("{note_id} {err_id}")/>
            <p class="muted field-note" id=note_id.clone() data-testid=note_id aria-live="polite">{move || note.get()}</p>
            <FieldError id=err_id msg=error/>
        </div>
    }
}

/// A number typed by a runner (a decimal comma is taken); `None` when it is not one.
pub(crate) fn read_number(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// A labelled text input (id `id`) with its message below (`{id}-err`) and, optionally, a
/// line saying how the text was read (`{id}-read`, e.g. "3 h 30 min").
#[component]
pub(crate) fn TextField(
    id: &'static str,
    #[prop(into)] label: TextProp,
    /// A muted note after the label, e.g. "(optional, h:mm:ss)".
    #[prop(optional)]
    note: Option<&'static str>,
    /// The input's `type`.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] reading: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let err_id = format!("{id}-err");
    let read_id = format!("{id}-read");
    let described = if reading.is_some() {
        format!("{err_id} {read_id}")
    } else {
        err_id.clone()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()} {note.map(|n| view! { " " <span class="muted">{n}</span> })}</label>
            <input id=id data-testid=id type=kind inputmode=inputmode placeholder=placeholder autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                // A date field's picker button is hidden (it was a Tab stop of its own after
                // the day, month and year): a click opens the calendar instead.
                on:click=move |ev| if kind == "date" { super::dom::show_picker(&ev) }
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described/>
            {reading.map(|r| view! {
                <p class="muted reading" id=read_id.clone() data-testid=read_id.clone() aria-live="polite">{move || r.get()}</p>
            })}
            <FieldError id=err_id msg=error/>
        </div>
    }
}
