import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTemporaryLibrary, temporaryDir } from '../library/temporary-library';
import { pdfFixture } from '../pdf/make-test-pdf.fixture';
import { backupNameOf, createBackup, latestBackup, verifyBackupFile } from './backup-service';

describe('backups', () => {
  const opened: Awaited<ReturnType<typeof openTemporaryLibrary>>[] = [];
  afterEach(async () => {
    for (const entry of opened.splice(0)) await entry.dispose();
  });
  const library = async () => {
    const entry = await openTemporaryLibrary({ seeded: false });
    opened.push(entry);
    return entry;
  };

  it('are complete, rollback-mode files: no temporary name left, and reading one leaves no -wal/-shm beside it', async () => {
    const { library: open, dataDir } = await library();
    const backup = await open.backups.create();
    const folder = join(dataDir, 'backups');
    expect(readdirSync(folder)).toEqual([backup.file]);
    const header = readFileSync(join(folder, backup.file)).subarray(18, 20);
    // Bytes 18–19 of the header: 1 = rollback journal, 2 = WAL.
    expect([...header]).toEqual([1, 1]);
    verifyBackupFile(join(folder, backup.file));
    expect(readdirSync(folder)).toEqual([backup.file]);
  });

  it('reading an older WAL-flagged backup leaves no -wal/-shm beside it either', async () => {
    const { library: open, dataDir } = await library();
    const db = open.database!;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const folder = join(dataDir, 'backups');
    const legacy = join(temporaryDir(), 'legacy.sqlite');
    // A raw copy of the live file is what db.backup() used to leave: a WAL database.
    copyFileSync(join(dataDir, 'library.sqlite'), legacy);
    expect(readFileSync(legacy)[18]).toBe(2);
    verifyBackupFile(legacy);
    expect(readdirSync(join(legacy, '..'))).toEqual(['legacy.sqlite']);
    expect(existsSync(folder)).toBe(false);
  });

  it('never offer an empty or truncated file as the latest backup', async () => {
    const { library: open, dataDir } = await library();
    const good = await open.backups.create();
    const folder = join(dataDir, 'backups');
    writeFileSync(join(folder, '2099-01-01T00-00-00-000Z_manual.sqlite'), '');
    const truncated = readFileSync(join(folder, good.file)).subarray(0, 8192);
    writeFileSync(join(folder, '2099-01-02T00-00-00-000Z_manual.sqlite'), truncated);
    expect(latestBackup(dataDir)).toBe(good.file);
  });

  it('fail with a bilingual message and leave nothing when the backups folder cannot take the file', async () => {
    const { library: open, dataDir } = await library();
    writeFileSync(join(dataDir, 'backups'), 'a file where the folder should be');
    await expect(createBackup(open.database!, dataDir)).rejects.toMatchObject({ code: 'failed', message: expect.stringMatching(/备份失败.* \/ The backup failed/) });
    expect(readdirSync(dataDir).sort()).toEqual(['backups', 'library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal']);
    rmSync(join(dataDir, 'backups'));
  });

  it('carry the stored PDFs, and a restore brings back PDF pages removed since with their PDF', async () => {
    const { library: open } = await library();
    const pdf = pdfFixture('import-issue.pdf');
    const [item] = (await open.services!.imports.importFiles([{ name: 'issue.pdf', bytes: pdf }])).items;
    const backup = await open.backups.create();
    const store = () => open.services!.store;
    await store().transaction(async () => {
      for (const pageId of item.pageIds!) await store().write.pages.remove(pageId);
    });
    expect(await store().read.pdfFiles.count()).toBe(0);

    await open.backups.restore(backup.file);
    expect(open.health.state).toBe('ok');
    const restored = (await open.services!.pages.pdf(item.pageIds![1]))!;
    expect(restored.pdfPage).toBe(2);
    expect(Buffer.from(restored.data, 'base64').equals(pdf)).toBe(true);
  });

  it('wait for a write the connection has in flight, and hold what it committed', async () => {
    const { library: open } = await library();
    const store = open.services!.store;
    // An import or save awaits between its statements with its transaction open on the one connection.
    const writing = store.transaction(async () => {
      await store.write.settings.put('probe', 'written');
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(open.database!.inTransaction).toBe(true);
    const backup = await open.backups.create();
    await writing;
    const copy = new BetterSqlite3(join(open.dataDir, 'backups', backup.file), { readonly: true });
    try {
      expect(copy.prepare("SELECT value_json FROM settings WHERE key = 'probe'").pluck().get()).toBe('"written"');
    } finally {
      copy.close();
    }
  });

  it('are named by the command line as a bare name or as a path into backups/, and nowhere else', () => {
    const dataDir = temporaryDir();
    const name = '2026-01-02T03-04-05-678Z_manual.sqlite';
    expect(backupNameOf(dataDir, name)).toBe(name);
    expect(backupNameOf(dataDir, `backups/${name}`)).toBe(name);
    expect(backupNameOf(dataDir, join(dataDir, 'backups', name))).toBe(name);
    expect(() => backupNameOf(dataDir, join(temporaryDir(), name))).toThrow(/备份文件夹.* \/ Only backups in the library's backups folder/);
    expect(() => backupNameOf(dataDir, `backups/../${name}`)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
