// A backup killed half-way (power cut, kill -9) must never become "the latest backup":
// what it left is not listed, never offered for restore, is removed when the library
// next opens, and the next backup still works.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/open-library';
import { SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { firstProblem } from '../store/open-database';
import { backupsDirOf, latestBackup, listBackups, verifyBackupFile } from './backup-service';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Starts backing up in a child and kills it `delayMs` after backup number `round` started. */
function killDuringBackup(dataDir: string, round: number, delayMs: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'backup-child.fixture.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`start ${round}\n`) && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', () => resolve(output));
    child.on('error', reject);
  });
}

describe('a backup killed mid-copy', () => {
  it('leaves the library sound, lists only verified backups, and the next backup works', { timeout: 180_000 }, async () => {
    const dataDir = temporaryDir();
    dirs.push(dataDir);
    const seeded = await openLibrary({ dataDir, seedsDir: SEEDS_DIR });
    seeded.close();

    // Kill at several points of a backup: before the copy, during it, during the check, at the rename.
    for (const [round, delayMs] of [[0, 0], [1, 2], [1, 15], [2, 40], [0, 80]] as const) {
      const output = await killDuringBackup(dataDir, round, delayMs);
      expect(output).toContain(`start ${round}`);
      for (const backup of listBackups(dataDir)) expect(() => verifyBackupFile(join(backupsDirOf(dataDir), backup.file)), backup.file).not.toThrow();
    }
    // Whatever half-written files the kills left are not backups.
    const leftovers = readdirSync(backupsDirOf(dataDir)).filter((file) => !listBackups(dataDir).some((backup) => backup.file === file));
    for (const file of leftovers) expect(file).not.toMatch(/\.sqlite$/);

    const reopened = await openLibrary({ dataDir });
    try {
      expect(reopened.unfinishedBackups).toEqual({ removed: [...leftovers].sort(), left: [] });
      expect(readdirSync(backupsDirOf(dataDir)).sort()).toEqual(listBackups(dataDir).map((backup) => backup.file).sort());
      expect(reopened.health.state).toBe('ok');
      expect(firstProblem(reopened.database!, 'integrity_check')).toBeNull();
      expect(await reopened.services!.store.read.pages.count()).toBe(5);
      const fresh = await reopened.backups.create('manual');
      expect(latestBackup(dataDir)).toBe(fresh.file);
      expect(() => verifyBackupFile(join(backupsDirOf(dataDir), fresh.file))).not.toThrow();
    } finally {
      reopened.close();
    }
  });
});
