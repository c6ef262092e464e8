// SIGTERM (a service manager, `kill`) and SIGINT (Ctrl+C) end the process the
// clean way: the library is closed — SQLite checkpoints the journal into the
// library file and removes it — and then the process exits. A close that does
// not finish within the grace period, or a second signal, is not waited for.
export interface CloseOnSignalsOptions {
  /** Exit code after a clean close; by default 128 + the signal's number, as shells report it. */
  exitCode?: number;
  graceMs?: number;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/** Returns the function that stops listening (once the work is done and closed in the ordinary way). */
export function closeOnSignals(close: () => Promise<void> | void, options: CloseOnSignalsOptions = {}): () => void {
  let closing = false;
  const onSignal = (signal: keyof typeof SIGNALS) => {
    const code = options.exitCode ?? 128 + SIGNALS[signal];
    if (closing) process.exit(code);
    closing = true;
    setTimeout(() => process.exit(code), options.graceMs ?? 5000).unref();
    Promise.resolve()
      .then(close)
      .catch((error: unknown) => process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`))
      .finally(() => process.exit(code));
  };
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, onSignal);
  return () => {
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(signal, onSignal);
  };
}
