// Two people on one shared PostgreSQL library, each with their own app (handlers
// over their own connection pool), as two laptops in the office would be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, ImportReport } from '../../core/model/library';
import type { Library } from '../library/library';
import { parseSharedLocation } from '../library/library-location';
import { openSharedLibrary } from '../library/open-shared-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import { createTestDatabase, NO_TEST_SERVER, TEST_PG_URL, type TestDatabase } from '../store/postgres/test-database.fixture';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';
import { data } from './envelope-data.fixture';

if (!TEST_PG_URL) console.log(`shared library API tests skipped: ${NO_TEST_SERVER}`);

describe.skipIf(!TEST_PG_URL)('two editors on one shared library', () => {
  let database: TestDatabase;
  const libraries: Library[] = [];
  let first: Dispatch;
  let second: Dispatch;

  async function connect(): Promise<Dispatch> {
    const dataDir = temporaryDir();
    const library = await openSharedLibrary({ location: parseSharedLocation(database.url), dataDir, vocabularyDir: VOCABULARY_DIR });
    libraries.push(library);
    return createDispatch(createHandlers(library, { transport: 'http', version: '0', dataDir }));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // Both open the empty database at once: one sets it up, the other waits and finds it ready.
    [first, second] = await Promise.all([connect(), connect()]);
  });

  afterAll(async () => {
    for (const library of libraries) library.close();
    await database?.drop();
  });

  it('sees what the other imported, and the second save from the same revision is a conflict, never an overwrite', async () => {
    const page = readFileSync(join(SEEDS_DIR, '000_a039a68cf8da8ce7.txt'), 'utf8');
    const report = data<ImportReport>(await first('import:text', { name: 'page-1.txt', text: page, onDuplicate: 'skip' }));
    expect(report.imported).toBe(1);
    const listed = data<{ items: { id: number; title: string }[]; total: number }>(await second('articles:list', { offset: 0, limit: 50 }));
    expect(listed.total).toBe(report.items[0].articles);
    const articleId = listed.items[0].id;

    const mine = data<ArticleDetail>(await first('articles:get', { articleId }));
    const theirs = data<ArticleDetail>(await second('articles:get', { articleId }));
    expect(theirs.revision).toBe(mine.revision);
    const edit = (detail: ArticleDetail, title: string) => ({ articleId, baseRevision: detail.revision, fields: { ...detail.fields, title }, blocks: detail.blocks, doc: null });

    const saved = data<{ revision: number }>(await first('articles:save', edit(mine, '第一位编辑的标题')));
    expect(saved.revision).toBe(mine.revision + 1);
    const refused = await second('articles:save', edit(theirs, '第二位编辑的标题'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', details: { currentRevision: saved.revision } } });
    expect(data<ArticleDetail>(await second('articles:get', { articleId })).fields.title).toBe('第一位编辑的标题');

    // "Keep mine" is a deliberate new revision on top, and both see it.
    const kept = data<{ revision: number }>(await second('articles:save', { ...edit(theirs, '第二位编辑的标题'), force: true }));
    expect(kept.revision).toBe(saved.revision + 1);
    expect(data<ArticleDetail>(await first('articles:get', { articleId })).fields.title).toBe('第二位编辑的标题');
  });

  it('searches the shared library with the same semantics as a local one', async () => {
    const hits = data<{ total: number; hits: { article: { id: number } }[] }>(await second('search:articles', { query: '第二位', offset: 0, limit: 10 }));
    expect(hits.total).toBe(1);
    expect(data<{ total: number }>(await first('search:articles', { query: '法', offset: 0, limit: 10 })).total).toBeGreaterThan(0);
  });

  it('says that backups of a shared library are the server’s', async () => {
    expect(await first('backup:create', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
