import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyBackupFile } from '../services/backup-service';
import { openLibrary } from './open-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from './temporary-library';
import { unprivilegedUser } from './unprivileged-user';

const CHILD = join(import.meta.dirname, 'read-only-child.fixture.ts');

interface Outcome {
  code: string;
  message: string;
}

interface ChildReport {
  health: { state: string; message: string; latestBackup: string | null };
  pages: number;
  hits: number;
  exported: number;
  save: string | Outcome;
  backup: string | Outcome;
  restore: string | Outcome;
}

/** A seeded library with one backup, closed, as root leaves it. */
async function seededLibrary(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = temporaryDir();
  const library = await openLibrary({ dataDir, seedsDir: SEEDS_DIR, vocabularyDir: VOCABULARY_DIR });
  const backup = await library.backups.create();
  library.close();
  return { dataDir, backup: backup.file };
}

/** The child as a user who may read but not write (nobody, when we are root); a hang fails on the timeout. */
function runAsReader(dataDir: string): ChildReport {
  const exportDir = temporaryDir();
  chmodSync(exportDir, 0o777);
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataDir, exportDir], { ...unprivilegedUser(), encoding: 'utf8', timeout: 60_000 });
  rmSync(exportDir, { recursive: true, force: true });
  expect(child.signal, child.stderr).toBeNull();
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as ChildReport;
}

describe('a library this process may not write', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens read-only (file not writable): reads, searches, exports and backs up; saves and restores are refused with a clear message', { timeout: 180_000 }, async () => {
    const { dataDir, backup } = await seededLibrary();
    dirs.push(dataDir);
    const file = join(dataDir, 'library.sqlite');
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'backups'), 0o777);
    chmodSync(file, 0o444);
    const bytes = readFileSync(file);

    // Twice: the first run leaves -wal/-shm files the reader cannot write, where SQLite's online backup used to spin forever.
    let latest = backup;
    for (const run of [1, 2]) {
      const report = runAsReader(dataDir);
      expect(report.health.state, `run ${run}`).toBe('readonly');
      expect(report.health.message).toMatch(/文库是只读的（没有写入 .*library\.sqlite 的权限）.*修改不会保存.* \/ The library is read-only \(no permission to write .*library\.sqlite\)/);
      expect(report.health.latestBackup).toBe(latest);
      expect(report.pages).toBe(5);
      expect(report.hits).toBeGreaterThan(0);
      expect(report.exported).toBeGreaterThan(0);
      expect(report.save).toEqual({ code: 'readonly', message: report.health.message });
      expect(report.restore).toEqual({ code: 'readonly', message: report.health.message });
      expect(typeof report.backup, JSON.stringify(report.backup)).toBe('string');
      verifyBackupFile(join(dataDir, 'backups', report.backup as string));
      latest = report.backup as string;
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('opens read-only from a copy when the folder is not writable: reads work, a backup fails at once with a clear message', { timeout: 120_000 }, async () => {
    const { dataDir, backup } = await seededLibrary();
    dirs.push(dataDir);
    chmodSync(join(dataDir, 'library.sqlite'), 0o444);
    chmodSync(join(dataDir, 'backups'), 0o555);
    chmodSync(dataDir, 0o555);

    const report = runAsReader(dataDir);
    expect(report.health.state).toBe('readonly');
    expect(report.health.message).toMatch(/没有写入 .* 的权限.* \/ The library is read-only \(no permission to write /);
    expect(report.health.latestBackup).toBe(backup);
    expect(report.pages).toBe(5);
    expect(report.hits).toBeGreaterThan(0);
    expect(report.exported).toBeGreaterThan(0);
    expect(report.save).toMatchObject({ code: 'readonly' });
    expect(report.backup).toMatchObject({ code: 'failed', message: expect.stringMatching(/备份失败.* \/ The backup failed/) });
    expect(existsSync(join(dataDir, 'library.sqlite-wal'))).toBe(false);
  });
});
