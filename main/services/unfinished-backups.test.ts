// What a backup killed mid-write leaves (`*.sqlite.tmp` and its side files) is
// removed when the library opens, and `qinggao check` says so; a backup this
// process is writing at that moment is left alone and completes.
import { existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/index';
import { openLibrary } from '../library/open-library';
import { SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { backupsDirOf, listBackups, verifyBackupFile } from './backup-service';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function seededWithBackup(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = temporaryDir();
  dirs.push(dataDir);
  const library = await openLibrary({ dataDir, seedsDir: SEEDS_DIR });
  try {
    const backup = await library.backups.create('manual');
    return { dataDir, backup: backup.file };
  } finally {
    library.close();
  }
}

/** What a kill in the middle of a copy leaves: the first pages of a real backup under the temporary name, and a journal. */
function leaveHalfWrittenBackup(dataDir: string, backup: string, name: string): string[] {
  const directory = backupsDirOf(dataDir);
  const temporary = join(directory, `${name}.tmp`);
  const descriptor = openSync(temporary, 'w');
  writeSync(descriptor, readFileSync(join(directory, backup)).subarray(0, 8192));
  closeSync(descriptor);
  writeFileSync(`${temporary}-journal`, Buffer.alloc(512, 7));
  return [`${name}.tmp`, `${name}.tmp-journal`];
}

describe('unfinished backups', () => {
  it('are removed when the library opens, and check names them', async () => {
    const { dataDir, backup } = await seededWithBackup();
    const left = leaveHalfWrittenBackup(dataDir, backup, '2026-12-06T10-00-00.000+0000_scheduled.sqlite');
    const before = listBackups(dataDir).map((entry) => entry.file);

    let errors = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((errors += String(chunk)), true));
    expect(await runCli(['check', '--data', dataDir])).toBe(0);
    expect(errors).toContain('已删除中断的备份留下的 2 个不完整文件');
    expect(errors).toContain(`removed 2 unfinished file(s) an interrupted backup had left (${left.join(', ')})`);
    expect(readdirSync(backupsDirOf(dataDir)).sort()).toEqual([backup]);
    expect(listBackups(dataDir).map((entry) => entry.file)).toEqual(before);

    // Once gone, check has nothing more to say about them.
    errors = '';
    expect(await runCli(['check', '--data', dataDir])).toBe(0);
    expect(errors).not.toContain('unfinished');
  });

  it('keeps the backup this process is writing, which then completes', async () => {
    const { dataDir, backup } = await seededWithBackup();
    const library = await openLibrary({ dataDir });
    const pending = library.backups.create('manual');
    let seen: string | undefined;
    for (let tick = 0; tick < 10_000 && !seen; tick++) {
      seen = readdirSync(backupsDirOf(dataDir)).find((file) => file.endsWith('.sqlite.tmp'));
      if (!seen) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen, 'the backup was seen while being written').toBeDefined();
    const second = await openLibrary({ dataDir });
    try {
      expect(second.unfinishedBackups.removed).toEqual([]);
      const made = await pending;
      expect(made.file).toBe(seen!.replace(/\.tmp$/, ''));
      expect(() => verifyBackupFile(join(backupsDirOf(dataDir), made.file))).not.toThrow();
      expect(existsSync(join(backupsDirOf(dataDir), backup))).toBe(true);
    } finally {
      second.close();
      library.close();
    }
  });
});
