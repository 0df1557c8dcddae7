//! The import module's side in the browser: the files arrive as `File`s (read a range at a
//! time with `FileReaderSync`, so a zip of several GB is never held whole) or, on the main
//! thread where no worker could be started, as bytes.

use wasm_bindgen::{JsCast, JsValue};

use super::message::{Reply, Request};
use super::run;
use crate::history::import::Source;

/// A `File` (or `Blob`) read a range at a time; only workers have `FileReaderSync`.
struct BlobSource {
    blob: web_sys::Blob,
    reader: web_sys::FileReaderSync,
}

impl Source for BlobSource {
    fn len(&self) -> u64 {
        self.blob.size() as u64
    }

    fn read(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, String> {
        let end = (offset.saturating_add(len as u64)).min(self.len());
        let part = self
            .blob
            .slice_with_f64_and_f64(offset as f64, end as f64)
            .map_err(|_| "the browser could not read the file".to_string())?;
        let buf = self.reader.read_as_array_buffer(&part).map_err(|_| {
            "the browser could not read the file (was it moved or deleted?)".to_string()
        })?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    }
}

/// One file as sent: a `Blob` in a worker, else its bytes.
enum Sent {
    Blob(BlobSource),
    Bytes(Vec<u8>),
}

impl Source for Sent {
    fn len(&self) -> u64 {
        match self {
            Sent::Blob(b) => b.len(),
            Sent::Bytes(b) => b.len() as u64,
        }
    }

    fn read(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, String> {
        match self {
            Sent::Blob(b) => b.read(offset, len),
            Sent::Bytes(b) => b.as_slice().read(offset, len),
        }
    }
}

fn sent(value: JsValue) -> Result<Sent, String> {
    if let Some(blob) = value.dyn_ref::<web_sys::Blob>() {
        let reader = web_sys::FileReaderSync::new()
            .map_err(|_| "files can only be read this way in a worker".to_string())?;
        return Ok(Sent::Blob(BlobSource {
            blob: blob.clone(),
            reader,
        }));
    }
    match value.dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => Ok(Sent::Bytes(bytes.to_vec())),
        Err(_) => Err("a file was neither a Blob nor bytes".to_string()),
    }
}

/// Does the request (JSON text) with `files`, calling `post` with each progress reply (JSON
/// text); returns the final reply as JSON text.
pub fn run(request: &str, files: &js_sys::Array, post: &js_sys::Function) -> String {
    let request = match Request::from_json(request) {
        Ok(r) => r,
        Err(e) => return Reply::Failed(e).to_json(),
    };
    let mut sent_files = Vec::new();
    for value in files.iter() {
        match sent(value) {
            Ok(s) => sent_files.push(s),
            Err(e) => return Reply::Failed(e).to_json(),
        }
    }
    let mut sources: Vec<&mut dyn Source> = sent_files
        .iter_mut()
        .map(|s| s as &mut dyn Source)
        .collect();
    let mut progress = |p| {
        post.call1(
            &JsValue::NULL,
            &JsValue::from_str(&Reply::Progress(p).to_json()),
        )
        .ok();
    };
    run::handle(request, &mut sources, &mut progress).to_json()
}
