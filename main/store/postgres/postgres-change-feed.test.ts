// Two laptops on one shared library: what one does reaches the other's open
// lists (LISTEN/NOTIFY) within a few seconds, and each sees who else has an
// article open. Real server, two real libraries; the waits poll against a
// deadline, so a slow machine is slower, never wrong.
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { demoPageInputs } from '../../library/demo-pages';
import type { Library, LibraryServices } from '../../library/library';
import { parseSharedLocation } from '../../library/library-location';
import { openSharedLibrary } from '../../library/open-shared-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../../library/temporary-library';
import { createTestDatabase, describePostgres, TEST_PG_URL, type TestDatabase } from './test-database.fixture';

/** How long another laptop may take to hear of a change ("within a few seconds"). */
const DEADLINE_MS = 5_000;

/** Polls `probe` until it holds or the deadline passes; returns the last value for the assertion to show. */
async function eventually<T>(probe: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  let value = await probe();
  while (!holds(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await probe();
  }
  return value;
}

describePostgres('PostgreSQL change feed: live updates and presence between two apps', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function twoLaptops(): Promise<{ database: TestDatabase; a: Library; b: Library }> {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const open = async (person: string) => {
      const library = await openSharedLibrary({ location: parseSharedLocation(database.url), dataDir: temporaryDir(), vocabularyDir: VOCABULARY_DIR, person });
      cleanups.push(() => library.close());
      return library;
    };
    return { database, a: await open('甲'), b: await open('乙') };
  }

  const services = (library: Library): LibraryServices => library.services!;

  /** The cursor once it has stood still for a moment (notifications of earlier commits all heard). */
  async function settledCursor(library: Library): Promise<number> {
    const deadline = Date.now() + DEADLINE_MS;
    let cursor = (await services(library).changes()).cursor;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const next = (await services(library).changes()).cursor;
      if (next === cursor || Date.now() > deadline) return next;
      cursor = next;
    }
  }

  it('moves the other app’s cursor when one imports a page or saves an article', async () => {
    const { a, b } = await twoLaptops();
    const start = (await services(a).changes()).cursor;
    await services(b).imports.importInputs(demoPageInputs(SEEDS_DIR).slice(0, 1));
    const afterImport = await eventually(() => services(a).changes(), (changes) => changes.cursor > start);
    expect(afterImport.cursor).toBeGreaterThan(start);

    // B first hears the rest of its own import, so that only A's save can move its cursor from here.
    const bStart = await settledCursor(b);
    const [pageId] = (await services(a).pages.tree()).flatMap((group) => group.pages).map((page) => page.id);
    const articleId = (await services(a).pages.get(pageId)).articleIds[0];
    const detail = await services(a).articles.get(articleId);
    await services(a).articles.save({ articleId, baseRevision: detail.revision, fields: detail.fields, blocks: [{ type: 'paragraph', text: '甲保存的。' }], doc: null });
    const afterSave = await eventually(() => services(b).changes(), (changes) => changes.cursor > bStart);
    expect(afterSave.cursor).toBeGreaterThan(bStart);
    expect((await services(b).articles.get(articleId)).text).toBe('甲保存的。');
  });

  it('reloads the other app’s court list when one edits the vocabulary', async () => {
    const { a, b } = await twoLaptops();
    const court = { name: '测试旗人民法院', level: 'basic' as const, parent: null, region: null, aliases: ['测试旗法院'] };
    expect(services(b).vocabulary.current().courts.map((entry) => entry.name)).not.toContain(court.name);
    await services(a).vocabulary.edit({ op: 'add-court', court });
    const names = await eventually(
      async () => services(b).vocabulary.current().courts.map((entry) => entry.name),
      (list) => list.includes(court.name),
    );
    expect(names).toContain(court.name);
  });

  it('shows who else has an article open, never oneself, and forgets someone who closed it', async () => {
    const { a, b } = await twoLaptops();
    await services(a).imports.importInputs(demoPageInputs(SEEDS_DIR).slice(0, 1));
    const [pageId] = (await services(a).pages.tree()).flatMap((group) => group.pages).map((page) => page.id);
    const [articleId, otherId] = (await services(a).pages.get(pageId)).articleIds;

    expect((await services(a).changes(articleId)).editors).toEqual([]);
    expect((await services(b).changes(articleId)).editors).toEqual(['甲']);
    expect((await services(a).changes(articleId)).editors).toEqual(['乙']);
    // Someone on another article is not an editor of this one.
    expect((await services(b).changes(otherId)).editors).toEqual([]);
    expect((await services(a).changes(articleId)).editors).toEqual([]);

    await services(b).changes(articleId);
    await services(a).changes();
    expect((await services(b).changes(articleId)).editors).toEqual([]);
  });

  it('ends its listening connection when closed, so nothing of it is left on the server', async () => {
    const { database, a, b } = await twoLaptops();
    const server = new pg.Client({ connectionString: TEST_PG_URL });
    await server.connect();
    cleanups.push(() => server.end());
    const listeners = async () =>
      Number(
        (await server.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query = 'LISTEN qinggao_changes'", [database.name])).rows[0].n,
      );
    const connections = async () => Number((await server.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [database.name])).rows[0].n);

    expect(await eventually(listeners, (count) => count === 2)).toBe(2);
    a.close();
    expect(await eventually(listeners, (count) => count === 1)).toBe(1);
    // B still hears what happens.
    const start = (await services(b).changes()).cursor;
    await services(b).imports.importInputs(demoPageInputs(SEEDS_DIR).slice(0, 1));
    expect((await eventually(() => services(b).changes(), (changes) => changes.cursor > start)).cursor).toBeGreaterThan(start);

    b.close();
    expect(await eventually(connections, (count) => count === 0)).toBe(0);
    // Nobody is connected: the database goes without forcing anyone off.
    await server.query(`DROP DATABASE ${database.name}`);
  });
});
