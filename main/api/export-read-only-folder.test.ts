// Exporting from a library whose data folder is read-only: the default folder
// (exports/) cannot be made, and the answer says which folder is read-only and
// offers one in the editor's Documents, where the next export then succeeds.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/open-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import { unprivilegedUser } from '../library/unprivileged-user';
import { DOCUMENTS_EXPORT_FOLDER } from './handlers/export-handlers';

const CHILD = join(import.meta.dirname, 'export-read-only-child.fixture.ts');

interface Envelope {
  ok: boolean;
  data?: { directory: string; files: string[] };
  error?: { code: string; message: string; details?: { readOnlyFolder?: string; suggestedDirectory?: string } };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('export from a read-only data folder', () => {
  it('names the read-only folder, offers the Documents folder, and exports there on the next try', { timeout: 120_000 }, async () => {
    const dataDir = temporaryDir();
    const homeDir = temporaryDir();
    dirs.push(dataDir, homeDir);
    const library = await openLibrary({ dataDir, seedsDir: SEEDS_DIR, vocabularyDir: VOCABULARY_DIR });
    library.close();
    const documents = join(homeDir, 'Documents');
    mkdirSync(documents);
    chmodSync(documents, 0o777);
    chmodSync(homeDir, 0o755);
    chmodSync(join(dataDir, 'library.sqlite'), 0o444);
    chmodSync(dataDir, 0o555);

    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataDir, homeDir], { ...unprivilegedUser(), encoding: 'utf8', timeout: 60_000 });
    expect(child.status, child.stderr).toBe(0);
    const { first, second } = JSON.parse(child.stdout) as { first: Envelope; second: Envelope | null };

    const exportsDir = join(dataDir, 'exports');
    const suggested = join(documents, DOCUMENTS_EXPORT_FOLDER);
    expect(first.ok).toBe(false);
    expect(first.error).toMatchObject({ code: 'failed', details: { readOnlyFolder: exportsDir, suggestedDirectory: suggested } });
    expect(first.error!.message).toBe(
      `文件夹 ${exportsDir} 是只读的，不能导出到那里。“导出到”已改为“文档”中的 ${suggested}：再按一次“导出”即导出到那里，也可以另选文件夹。 / ` +
        `The folder ${exportsDir} is read-only, so nothing can be exported there. 导出到 (Export to) now names ${suggested} in your Documents: press Export again to export there, or choose another folder.`,
    );
    expect(first.error!.message).not.toMatch(/EACCES/);
    expect(existsSync(exportsDir)).toBe(false);

    expect(second).toMatchObject({ ok: true, data: { directory: suggested } });
    expect(readdirSync(suggested).sort()).toEqual([...second!.data!.files].sort());
    expect(second!.data!.files.length).toBeGreaterThan(0);
  });
});
