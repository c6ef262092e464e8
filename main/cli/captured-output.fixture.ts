// What the CLI writes to stdout and stderr during a test, captured instead of printed.
import { afterEach, beforeEach, vi } from 'vitest';

export interface CapturedOutput {
  output: string;
  errors: string;
}

/** Registers the capture around every test of the calling suite; read `.output` / `.errors` in the test. */
export function captureCliOutput(): CapturedOutput {
  const captured: CapturedOutput = { output: '', errors: '' };
  beforeEach(() => {
    captured.output = '';
    captured.errors = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((captured.output += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((captured.errors += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
