// The real web harness in its own process, so a test or the fuzz can tell a
// refused request from a dead server, and read the server's own memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'main', 'fuzz', 'harness-child.fixture.ts');

export interface HarnessChild {
  process: ChildProcess;
  port: number;
  token: string;
  /** The process has not exited. */
  alive(): boolean;
  /** Linux: the most memory the process has held so far (VmHWM), in bytes. */
  peakResidentBytes(): number;
  /** Everything it wrote to stderr so far. */
  errors(): string;
  stop(): Promise<void>;
}

export function spawnHarnessChild(dataDir: string, staticDir: string): Promise<HarnessChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, dataDir, staticDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the harness child printed nothing within 60 s:\n${stderr}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the harness child exited (${code}) before listening:\n${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      const { port, token } = JSON.parse(line) as { port: number; token: string };
      resolvePromise({
        process: child,
        port,
        token,
        alive: () => child.exitCode === null && child.signalCode === null,
        peakResidentBytes: () => {
          const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          return match ? Number(match[1]) * 1024 : 0;
        },
        errors: () => stderr,
        stop: () =>
          new Promise<void>((resolveStop) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
            child.once('exit', () => resolveStop());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
  });
}

export interface TemporaryHarness extends HarnessChild {
  dataDir: string;
  /** Stops the harness and removes its folders. */
  dispose(): Promise<void>;
}

/** A harness child over a fresh data folder and a one-page renderer, both in temp folders. */
export async function spawnTemporaryHarness(prefix: string): Promise<TemporaryHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-data-`));
  const staticDir = mkdtempSync(join(tmpdir(), `${prefix}-static-`));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清稿</title>');
  const harness = await spawnHarnessChild(dataDir, staticDir);
  return Object.assign(harness, {
    dataDir,
    dispose: async () => {
      await harness.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(staticDir, { recursive: true, force: true });
    },
  });
}
