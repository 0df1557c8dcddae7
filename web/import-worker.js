// Periodize import worker: loads the import module (a second wasm binary with the importers,
// the archive reader and the .ics/.csv writers) and does one job per message:
//   { request: <JSON text>, files: [File, ...] }  ->  progress replies, then the final reply
// (each reply is JSON text; see src/jobs/message.rs). scripts/post-build.mjs fills in the
// hashed file names below.
import init, { runJob } from './__PERIODIZE_IMPORTJS__';

const ready = init({ module_or_path: new URL('./__PERIODIZE_IMPORTWASM__', import.meta.url) });

self.onmessage = async (event) => {
  const { request, files } = event.data;
  try {
    const wasm = await ready;
    const reply = runJob(request, files, (progress) => self.postMessage(progress));
    // The module's memory only grows: its size now is the job's peak (for benchmarks).
    self.postMessage({ memory: wasm.memory.buffer.byteLength });
    self.postMessage(reply);
  } catch (e) {
    // A trap in the module (or a failed load) ends the job, never the page.
    self.postMessage(JSON.stringify({ Failed: `the import module stopped: ${e?.message ?? e}` }));
  }
};
