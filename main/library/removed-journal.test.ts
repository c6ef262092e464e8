import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from './library';
import { openLibrary } from './open-library';
import { temporaryDir } from './temporary-library';

const CHILD = join(import.meta.dirname, 'journal-child.fixture.ts');
const JOURNAL_LOST = /日志文件（library\.sqlite-wal）在清稿运行时被删除.*已保存的修改都已写回文库文件.*之后的修改不再保存.* \/ The library's journal file \(library\.sqlite-wal\) was removed/;

/** A library process driven line by line; `send` resolves with its answer. */
function startChild(dataDir: string, journalCheckMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(journalCheckMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async send(command: string): Promise<string> {
      child.stdin.write(`${command}\n`);
      const answer = await answers.next();
      if (answer.done) throw new Error(`the child ended before answering ${command}`);
      return answer.value;
    },
    kill(): Promise<void> {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      return exited;
    },
  };
}

const pageNames = async (library: Library) => (await library.services!.store.read.pages.summaries()).map((page) => page.source);

describe('a journal (library.sqlite-wal) removed while the library is open', () => {
  const libraries: Library[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.close()));
  const open = async (dataDir: string, journalCheckMs = 60_000) => {
    const library = await openLibrary({ dataDir, journalCheckMs });
    libraries.push(library);
    return library;
  };

  it('refuses the next save with a clear message, and every save acknowledged before it is kept', async () => {
    const dataDir = temporaryDir();
    const library = await open(dataDir);
    for (const index of [1, 2, 3]) await library.services!.imports.importText(`save-${index}.txt`, `第${index}次保存\n正文。\n`);
    rmSync(join(dataDir, 'library.sqlite-wal'));

    await expect(library.services!.imports.importText('save-4.txt', '第4次保存\n正文。\n')).rejects.toThrow(expect.objectContaining({ code: 'readonly', message: expect.stringMatching(JOURNAL_LOST) }));
    expect(library.health).toMatchObject({ state: 'readonly', message: expect.stringMatching(JOURNAL_LOST) });
    // Reading goes on.
    expect(await library.services!.store.read.pages.count()).toBe(3);
    library.close();

    const reopened = await open(dataDir);
    expect(reopened.health.state).toBe('ok');
    expect((await pageNames(reopened)).sort()).toEqual(['save-1.txt', 'save-2.txt', 'save-3.txt']);
  });

  it('loses no acknowledged save when the process is killed afterwards (kill -9)', async () => {
    const dataDir = temporaryDir();
    const child = startChild(dataDir, 60_000);
    for (const index of [1, 2, 3, 4, 5]) expect(await child.send(`save ${index}`)).toBe(`saved ${index}`);
    rmSync(join(dataDir, 'library.sqlite-wal'));
    expect(await child.send('save 6')).toMatch(/^refused .*journal file/);
    await child.kill();

    const reopened = await open(dataDir);
    expect(reopened.health.state).toBe('ok');
    expect((await pageNames(reopened)).sort()).toEqual(['save-1.txt', 'save-2.txt', 'save-3.txt', 'save-4.txt', 'save-5.txt']);
  });

  it('is also noticed between saves, so a kill before the next save loses nothing either', async () => {
    const dataDir = temporaryDir();
    const child = startChild(dataDir, 50);
    for (const index of [1, 2, 3]) expect(await child.send(`save ${index}`)).toBe(`saved ${index}`);
    rmSync(join(dataDir, 'library.sqlite-wal'));
    // Waits for the periodic check to have run (it turns the health read-only), without saving anything.
    while ((await child.send('health')) !== 'health readonly') await new Promise((resolve) => setTimeout(resolve, 20));
    await child.kill();

    const reopened = await open(dataDir);
    expect((await pageNames(reopened)).sort()).toEqual(['save-1.txt', 'save-2.txt', 'save-3.txt']);
  });
});
