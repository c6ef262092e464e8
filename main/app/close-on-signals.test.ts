import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library/open-library';
import { temporaryDir } from '../library/temporary-library';

const CHILD = join(import.meta.dirname, 'signal-child.fixture.ts');

describe('closeOnSignals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s closes the library (journal checkpointed and removed) and exits', async (signal) => {
    const dataDir = temporaryDir();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
    const wal = join(dataDir, 'library.sqlite-wal');
    expect(statSync(wal).size).toBeGreaterThan(0);
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, killedBy) => resolve({ code, signal: killedBy })));
    child.kill(signal);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(existsSync(wal)).toBe(false);
    const library = await openLibrary({ dataDir });
    expect((await library.services!.store.read.pages.summaries()).map((page) => page.source)).toEqual(['before-signal.txt']);
    library.close();
  });
});
