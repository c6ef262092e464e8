// Runs tasks one after another, with a bounded queue: used so the harness holds
// at most one large request body in memory whatever the number of clients.
export class QueueFullError extends Error {
  constructor() {
    super('Queue full');
    this.name = 'QueueFullError';
  }
}

export function oneAtATime(maxWaiting: number): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  return (task) => {
    if (waiting >= maxWaiting) return Promise.reject(new QueueFullError());
    waiting++;
    const run = tail.then(() => {
      waiting--;
      return task();
    });
    tail = run.catch(() => undefined);
    return run;
  };
}
