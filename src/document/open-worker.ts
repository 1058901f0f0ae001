// The worker thread that opens a document (see open.ts and worker-host.ts): bytes → Loaded → Document,
// posted back once. Its own entry in the bundle (scripts/build.mjs), so the main thread can end it at
// any moment, whatever it is doing.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAndParse } from './open.js';
import { type Job, type Reply, toWire } from './worker-host.js';

const job = workerData as Job;
loadAndParse(job.bytes, job.name, job.load).then(
  (opened) => parentPort!.postMessage({ opened } satisfies Reply),
  (e: unknown) => parentPort!.postMessage({ error: toWire(e) } satisfies Reply),
);
