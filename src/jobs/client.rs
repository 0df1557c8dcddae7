//! The app's side of a job: starts the import module in a Web Worker (fetched only now, the
//! first time the runner imports or exports), sends the request and the `File`s (cloned as
//! references, not copied), and hands each reply to the caller. Where no worker can be
//! started from this page (the script widget on another origin), the module is loaded on the
//! main thread instead and reads the files from memory.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::message::{Reply, Request};

/// Where the import module's files are (absolute URLs).
#[derive(Clone, Debug, PartialEq)]
struct Module {
    /// The worker script, which loads the module and answers messages.
    worker: String,
    /// The module's JS glue and its wasm, for the main-thread fallback.
    js: String,
    wasm: String,
}

thread_local! {
    static MODULE: RefCell<Option<Module>> = const { RefCell::new(None) };
}

/// Tells the app where the import module is (the script widget's loader does; the app's own
/// pages name it on their loader tag).
pub fn set_module(worker: &str, js: &str, wasm: &str) {
    let module = Module {
        worker: worker.into(),
        js: js.into(),
        wasm: wasm.into(),
    };
    MODULE.with(|m| *m.borrow_mut() = Some(module));
}

/// The import module's files: as set by [`set_module`], else from the page's loader tag.
fn module() -> Option<Module> {
    MODULE.with(|m| m.borrow().clone()).or_else(|| {
        let document = leptos::prelude::document();
        let tag = document
            .query_selector("script[data-periodize-import-worker]")
            .ok()??;
        let base = document.base_uri().ok()??;
        let url = |attr: &str| {
            web_sys::Url::new_with_base(&tag.get_attribute(attr)?, &base)
                .ok()
                .map(|u| u.href())
        };
        Some(Module {
            worker: url("data-periodize-import-worker")?,
            js: url("data-periodize-import-js")?,
            wasm: url("data-periodize-import-wasm")?,
        })
    })
}

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    /// `import(url)`: loads an ES module.
    fn import_module(url: &str) -> js_sys::Promise;
}

/// A running job. Dropping the handle does not stop it (the job keeps itself alive until its
/// final reply); [`Job::cancel`] does.
pub struct Job {
    inner: Rc<Inner>,
}

type OnReply = Box<dyn FnMut(Reply)>;
type Handler = Closure<dyn FnMut(JsValue)>;

struct Inner {
    worker: RefCell<Option<web_sys::Worker>>,
    done: Cell<bool>,
    on_reply: RefCell<Option<OnReply>>,
    /// The worker's event handlers (they hold this job until it ends).
    handlers: RefCell<Vec<Handler>>,
}

impl Inner {
    /// Hands `reply` to the caller; a final reply ends the job. Replies after the end (or after
    /// a cancel) are dropped.
    fn deliver(&self, reply: Reply) {
        if self.done.get() {
            return;
        }
        let last = reply.is_final();
        if last {
            self.end();
        }
        // Taken out while it runs, so that it may cancel this very job.
        let handler = self.on_reply.borrow_mut().take();
        if let Some(mut handler) = handler {
            handler(reply);
            if !last && !self.done.get() {
                *self.on_reply.borrow_mut() = Some(handler);
            }
        }
    }

    /// Stops the worker and lets the job go.
    fn end(&self) {
        self.done.set(true);
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.set_onmessage(None);
            worker.set_onerror(None);
            worker.terminate();
        }
        // Dropping a handler while it runs is safe: wasm-bindgen frees it once it returns.
        self.handlers.borrow_mut().clear();
    }
}

impl Job {
    /// Starts `request` with `files`; `on_reply` hears every reply, the last one final.
    pub fn start(
        request: &Request,
        files: Vec<web_sys::File>,
        on_reply: impl FnMut(Reply) + 'static,
    ) -> Result<Job, String> {
        let module = module().ok_or("this page does not say where the import module is")?;
        let inner = Rc::new(Inner {
            worker: RefCell::new(None),
            done: Cell::new(false),
            on_reply: RefCell::new(Some(Box::new(on_reply))),
            handlers: RefCell::new(Vec::new()),
        });
        let json = request.to_json();
        if !same_origin(&module.worker) || start_worker(&inner, &module, &json, &files).is_err() {
            on_main_thread(inner.clone(), module, json, files);
        }
        Ok(Job { inner })
    }

    /// Stops the job: its worker is ended, and no reply comes after this.
    pub fn cancel(&self) {
        self.inner.end();
        self.inner.on_reply.borrow_mut().take();
    }
}

/// Whether `url` is on this page's origin (a worker can only be started from there).
fn same_origin(url: &str) -> bool {
    let here = leptos::prelude::window().location().origin().ok();
    web_sys::Url::new(url).ok().map(|u| u.origin()) == here
}

/// Starts the worker and sends it the request and the files.
fn start_worker(
    inner: &Rc<Inner>,
    module: &Module,
    json: &str,
    files: &[web_sys::File],
) -> Result<(), JsValue> {
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(&module.worker, &opts)?;
    let job = inner.clone();
    let on_message = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        // Replies are text; anything else (the worker's memory figure) is not for the job.
        if let Some(text) = ev
            .unchecked_into::<web_sys::MessageEvent>()
            .data()
            .as_string()
        {
            job.deliver(Reply::from_json(&text));
        }
    });
    let job = inner.clone();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        job.deliver(Reply::Failed(
            "the import module could not be loaded (offline before it was ever fetched?)".into(),
        ));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    inner.handlers.borrow_mut().extend([on_message, on_error]);
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"request".into(), &json.into())?;
    let list: js_sys::Array = files.iter().collect();
    js_sys::Reflect::set(&message, &"files".into(), &list)?;
    worker.post_message(&message)?;
    *inner.worker.borrow_mut() = Some(worker);
    Ok(())
}

/// Loads the import module on the main thread and runs the job there (after reading the
/// files into memory): the fallback where no worker can be started.
fn on_main_thread(inner: Rc<Inner>, module: Module, json: String, files: Vec<web_sys::File>) {
    inner.handlers.borrow_mut().clear();
    leptos::task::spawn_local(async move {
        let reply = match run_here(&inner, &module, &json, &files).await {
            Ok(text) => Reply::from_json(&text),
            Err(e) => Reply::Failed(e),
        };
        inner.deliver(reply);
    });
}

async fn run_here(
    inner: &Rc<Inner>,
    module: &Module,
    json: &str,
    files: &[web_sys::File],
) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |_| "the import module could not be loaded".to_string();
    let glue = JsFuture::from(import_module(&module.js))
        .await
        .map_err(failed)?;
    let get = |name: &str| -> Result<js_sys::Function, String> {
        js_sys::Reflect::get(&glue, &name.into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| "the import module is incomplete".to_string())
    };
    let options = js_sys::Object::new();
    js_sys::Reflect::set(
        &options,
        &"module_or_path".into(),
        &module.wasm.as_str().into(),
    )
    .map_err(failed)?;
    let started = get("default")?
        .call1(&JsValue::NULL, &options)
        .map_err(failed)?;
    JsFuture::from(js_sys::Promise::from(started))
        .await
        .map_err(failed)?;
    let list = js_sys::Array::new();
    for file in files {
        let buf = JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| format!("{}: the browser could not read the file", file.name()))?;
        list.push(&js_sys::Uint8Array::new(&buf));
        if inner.done.get() {
            return Err("cancelled".into());
        }
    }
    let job = inner.clone();
    let post = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        job.deliver(Reply::from_json(&text.as_string().unwrap_or_default()));
    });
    let result = get("runJob")?
        .call3(
            &JsValue::NULL,
            &json.into(),
            &list,
            post.as_ref().unchecked_ref(),
        )
        .map_err(|_| "the import stopped on an error".to_string())?;
    Ok(result.as_string().unwrap_or_default())
}
