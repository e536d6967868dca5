// One warm function instance. Plain JavaScript on purpose: it runs in a worker thread without a
// TypeScript loader, and only loads the function's built bundle.
// Each worker thread has its own process.env, so the caller's WX_* context set here is private
// to this instance, exactly as wx-server-sdk's getWXContext() reads it in the cloud.
const { parentPort, workerData } = require('node:worker_threads');
const { setClockOffset } = require('./shifted-date.cjs');

// Loading the bundle is the instance's cold start; the platform does not count it against the
// function's timeout, so the runner starts the clock only after this says it is ready.
let main;
let loadError;
try {
  main = require(workerData.entry).main;
} catch (error) {
  loadError = error;
}
parentPort.postMessage({ ready: true });

let contextKeys = [];

parentPort.on('message', async (message) => {
  setClockOffset(message.clockOffsetMs);
  for (const key of contextKeys) delete process.env[key];
  contextKeys = [];
  for (const [name, value] of Object.entries(message.wxContext)) {
    if (value === undefined || value === null) continue;
    const key = `WX_${name}`;
    process.env[key] = String(value);
    contextKeys.push(key);
  }
  process.env.WX_CONTEXT_KEYS = contextKeys.join(',');
  try {
    if (loadError) throw loadError;
    const result = await main(message.event, message.context);
    // The platform hands results back as JSON, so Dates become strings and undefined becomes null.
    const json = JSON.stringify(result === undefined ? null : result);
    parentPort.postMessage({ id: message.id, ok: true, json });
  } catch (error) {
    const text = error && error.message ? error.message : String(error);
    parentPort.postMessage({ id: message.id, ok: false, error: { message: text, stack: error && error.stack } });
  }
});
