import { copyFileSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startBackupSchedule } from '../services/backup-service';
import { MIGRATIONS } from '../store/migrations/index';
import { registerFunctions } from '../store/register-functions';
import { runMigrations } from '../store/run-migrations';
import type { Library } from './library';
import { openLibrary } from './open-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from './temporary-library';

/** Overwrites part of the file with garbage, as a disk error or a bad copy would. */
function damage(file: string): void {
  const size = statSync(file).size;
  const descriptor = openSync(file, 'r+');
  const garbage = Buffer.alloc(8192, 0xa5);
  writeSync(descriptor, garbage, 0, garbage.length, 0);
  writeSync(descriptor, garbage, 0, garbage.length, Math.floor(size / 2));
  closeSync(descriptor);
}

describe('openLibrary', () => {
  const libraries: Library[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.close()));
  const open = async (dataDir: string, seeded = true) => {
    const library = await openLibrary({ dataDir, seedsDir: seeded ? SEEDS_DIR : undefined, vocabularyDir: VOCABULARY_DIR });
    libraries.push(library);
    return library;
  };

  it('creates the data folder and seeds vocabulary and pages on first run only', async () => {
    const dataDir = join(temporaryDir(), 'nested', 'data');
    const first = await open(dataDir);
    expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
    expect(await first.services!.store.read.pages.count()).toBe(5);
    expect(first.services!.vocabulary.current().courts.length).toBeGreaterThan(10);
    expect(first.services!.vocabulary.current().themes.length).toBeGreaterThan(5);
    first.close();
    const second = await open(dataDir);
    expect(await second.services!.store.read.pages.count()).toBe(5);
  });

  it('detects a damaged file, never writes to it, and names the latest backup', async () => {
    const dataDir = temporaryDir();
    const library = await open(dataDir);
    const backup = await library.backups.create();
    library.close();
    const file = join(dataDir, 'library.sqlite');
    damage(file);
    const damagedBytes = readFileSync(file);
    const damaged = await open(dataDir);
    expect(damaged.health.state).toBe('damaged');
    expect(damaged.health.latestBackup).toBe(backup.file);
    expect(damaged.health.message).toContain(backup.file);
    // Both languages: the banner and the CLI show it whatever the locale.
    expect(damaged.health.message).toMatch(/文库文件已损坏.*最新备份/);
    expect(damaged.health.message).toMatch(/The library file is damaged.*Latest backup/);
    expect(damaged.services).toBeNull();
    expect(readFileSync(file).equals(damagedBytes)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it.each([
    ['an empty (0-byte) file', (file: string) => writeFileSync(file, '')],
    ['a text file', (file: string) => writeFileSync(file, '这不是文库。\nNot a library.\n')],
    [
      'a SQLite file of another program',
      (file: string) => {
        const other = new BetterSqlite3(file);
        other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三')");
        other.close();
      },
    ],
  ])('treats %s in place of the library as damage and never writes to it', async (_what, write) => {
    const dataDir = temporaryDir();
    const library = await open(dataDir);
    const backup = await library.backups.create();
    library.close();
    const file = join(dataDir, 'library.sqlite');
    rmSync(file);
    write(file);
    const before = readFileSync(file);

    const opened = await open(dataDir);
    expect(opened.health.state).toBe('damaged');
    expect(opened.health.message).toMatch(/文库文件已损坏.*最新备份/);
    expect(opened.health.message).toMatch(/The library file is damaged.*Latest backup/);
    expect(opened.health.latestBackup).toBe(backup.file);
    expect(opened.services).toBeNull();
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('library.sqlite-'))).toEqual([]);
    // The same way out as any damage: restore the latest backup.
    await opened.backups.restore(backup.file);
    expect(opened.health.state).toBe('ok');
    expect(await opened.services!.store.read.pages.count()).toBe(5);
  });

  it('restores a backup: verifies it, keeps the current file, reopens healthy', async () => {
    const dataDir = temporaryDir();
    const library = await open(dataDir);
    const backup = await library.backups.create();
    await library.services!.imports.importText('later.txt', '后来导入的稿件\n正文。\n');
    expect(await library.services!.store.read.pages.count()).toBe(6);
    library.close();
    damage(join(dataDir, 'library.sqlite'));

    const damaged = await open(dataDir);
    expect(damaged.health.state).toBe('damaged');
    expect(await damaged.backups.restore(backup.file)).toEqual({ restored: backup.file });
    expect(damaged.health.state).toBe('ok');
    expect(await damaged.services!.store.read.pages.count()).toBe(5);
    expect(damaged.backups.list().some((entry) => entry.reason === 'before-restore')).toBe(true);
  });

  it('refuses to restore a file that fails the checks, and leaves the library open', async () => {
    const dataDir = temporaryDir();
    const library = await open(dataDir);
    const backup = await library.backups.create();
    const path = join(dataDir, 'backups', backup.file);
    const copy = join(temporaryDir(), 'copy.sqlite');
    copyFileSync(path, copy);
    damage(path);
    await expect(library.backups.restore(backup.file)).rejects.toThrow(expect.objectContaining({ code: 'invalid' }));
    await expect(library.backups.restore('../library.sqlite')).rejects.toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(library.health.state).toBe('ok');
    expect(await library.services!.store.read.pages.count()).toBe(5);
    rmSync(copy);
  });

  it('backs up an existing library before migrating it', async () => {
    const dataDir = temporaryDir();
    const v1 = new BetterSqlite3(join(dataDir, 'library.sqlite'));
    registerFunctions(v1);
    runMigrations(v1, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO settings (key, value_json) VALUES ('locale', '\"en\"')").run();
    v1.close();
    const library = await open(dataDir, false);
    const [backup] = library.backups.list();
    expect(backup.reason).toBe('before-migration');
    const copy = new BetterSqlite3(join(dataDir, 'backups', backup.file), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT value_json FROM settings').pluck().get()).toBe('"en"');
    copy.close();
    expect((await library.services!.settings.get()).locale).toBe('en');
  });

  it('takes scheduled backups and rotates them', async () => {
    const dataDir = temporaryDir();
    const library = await open(dataDir, false);
    const stop = startBackupSchedule(library, 20);
    const scheduledCount = () => library.backups.list().filter((entry) => entry.reason === 'scheduled').length;
    while (scheduledCount() < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const scheduled = library.backups.list().filter((entry) => entry.reason === 'scheduled');
    expect(scheduled.length).toBeGreaterThan(1);
    expect(scheduled.length).toBeLessThanOrEqual(10);
  });
});
