// Runs tasks one after another, with a bounded queue: used so the harness holds
// at most one large request body in memory whatever the number of clients.
export class QueueFullError extends Error {
  constructor() {
    super('Queue full');
    this.name = 'QueueFullError';
  }
}

/** One task runs; up to `maxWaiting` more wait their turn; any beyond that are refused with QueueFullError. */
export function oneAtATime(maxWaiting: number): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  return (task) => {
    if (inFlight > maxWaiting) return Promise.reject(new QueueFullError());
    inFlight++;
    const run = tail.then(task).finally(() => inFlight--);
    tail = run.catch(() => undefined);
    return run;
  };
}
