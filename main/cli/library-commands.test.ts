import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { runCli } from './index';

describe('library CLI commands', () => {
  let output: string;
  let errors: string;
  beforeEach(() => {
    output = '';
    errors = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((output += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((errors += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('imports, searches, exports, backs up, checks, and restores a damaged library', async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, SEEDS_DIR])).toBe(0);
    expect(output).toContain('imported 5');
    expect(await runCli(['search', '--data', data, '党建'])).toBe(0);
    expect(output).toMatch(/\[党建\]/);
    const out = temporaryDir();
    expect(await runCli(['export', '--data', data, '--format', 'txt', '--out', out])).toBe(0);
    expect(readdirSync(out).length).toBeGreaterThan(5);
    expect(await runCli(['backup', '--data', data])).toBe(0);
    const backup = /backed up to (\S+)/.exec(output)![1];
    expect(await runCli(['check', '--data', data])).toBe(0);

    const descriptor = openSync(join(data, 'library.sqlite'), 'r+');
    writeSync(descriptor, Buffer.alloc(4096, 0x33), 0, 4096, 0);
    closeSync(descriptor);
    expect(await runCli(['check', '--data', data])).toBe(1);
    expect(errors).toContain('damaged');
    expect(errors).toContain(`qinggao restore --data ${data} ${backup}`);
    expect(await runCli(['search', '--data', data, '党建'])).toBe(1);
    expect(await runCli(['restore', '--data', data, backup])).toBe(0);
    expect(await runCli(['check', '--data', data])).toBe(0);
  });

  it('never answers from a new empty library when --data names no library', async () => {
    const empty = temporaryDir();
    for (const command of [['search', '--data', empty, '党建'], ['check', '--data', empty], ['backup', '--data', empty], ['export', '--data', empty, '--format', 'txt', '--out', temporaryDir()]]) {
      expect(await runCli(command), command[0]).toBe(1);
    }
    expect(errors).toContain(`No library in ${empty}`);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect(await runCli(['search', '党建'])).toBe(2);
    expect(errors).toContain('--data DIR is required');
    expect(await runCli(['export', '--data', temporaryDir(), '--format', 'pdf'])).toBe(2);
    expect(errors).toContain('--format must be one of');
    expect(await runCli(['frobnicate'])).toBe(2);
  });
});
