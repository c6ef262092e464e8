// The whole-file quick_check of a large library, or the integrity_check of a new
// backup, on its own read-only connection in a worker thread so the app stays
// responsive meanwhile (either takes seconds on a library of a few GB).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sqliteOptions } from './sqlite-options';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let message;
try {
  const db = new Database(workerData.file, workerData.options);
  const rows = db.pragma(workerData.check + '(5)');
  const lines = rows.map((row) => Object.values(row)[0]);
  message = lines.length === 1 && lines[0] === 'ok' ? null : lines.join('; ');
  db.close();
} catch (error) {
  message = error && error.message ? error.message : String(error);
}
parentPort.postMessage(message);
`;

export interface BackgroundCheckOptions {
  check?: 'quick_check' | 'integrity_check';
  keepProcessAlive?: boolean;
}

/** Resolves with the first problem found, or null; rejects if no worker could be started. */
export function checkInBackground(file: string, options: BackgroundCheckOptions = {}): Promise<string | null> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const connection = sqliteOptions({ readonly: true, fileMustExist: true });
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, options: connection, check: options.check ?? 'quick_check' } });
    worker.once('message', (message: string | null) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    // An app quitting mid-check should not wait for it.
    if (!options.keepProcessAlive) worker.unref();
  });
}
