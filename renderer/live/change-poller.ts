// Asks main every few seconds whether the library changed. One question at a
// time (a slow server never piles up requests), none while the window is hidden
// (a laptop lid down costs the server nothing), and one at once when it shows
// again, so a returning editor sees the library as it is now.
export interface ChangePollerOptions {
  intervalMs: number;
  poll(): Promise<void>;
  /** Runs `run` after `ms`; returns what cancels it. setTimeout in the app, a hand-driven clock in tests. */
  schedule(run: () => void, ms: number): () => void;
  isHidden(): boolean;
}

export interface ChangePoller {
  start(): void;
  stop(): void;
  /** Call on `visibilitychange`. */
  visibilityChanged(): void;
}

export function createChangePoller(options: ChangePollerOptions): ChangePoller {
  let running = false;
  let inFlight = false;
  let cancelNext: (() => void) | null = null;

  function cancel(): void {
    cancelNext?.();
    cancelNext = null;
  }

  function scheduleNext(): void {
    cancel();
    if (!running || options.isHidden()) return;
    cancelNext = options.schedule(() => {
      cancelNext = null;
      void pollNow();
    }, options.intervalMs);
  }

  async function pollNow(): Promise<void> {
    if (!running || inFlight || options.isHidden()) return;
    cancel();
    inFlight = true;
    try {
      await options.poll();
    } catch {
      // A failed look (server gone for a moment) is tried again at the next tick.
    } finally {
      inFlight = false;
    }
    scheduleNext();
  }

  return {
    start() {
      if (running) return;
      running = true;
      void pollNow();
    },
    stop() {
      running = false;
      cancel();
    },
    visibilityChanged() {
      if (options.isHidden()) cancel();
      else void pollNow();
    },
  };
}
