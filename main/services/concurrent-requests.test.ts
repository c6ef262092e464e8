// Requests no longer run one at a time: while one awaits the store, another's
// transaction may commit. A read spread over several queries must not fall over
// (or answer half an article) when the article goes in between, and an edit must
// start from the vocabulary as stored, not as it was when the request came in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';

describe('requests that overlap', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
  });
  afterEach(() => opened.dispose());

  /** A page with its articles, and a removal of it started (not awaited) right after `read` began. */
  async function removedWhile<T>(read: (pageId: number, articleId: number) => Promise<T>): Promise<{ pageId: number; articleId: number; outcome: PromiseSettledResult<T> }> {
    const pageId = (await services.pages.tree())[0].pages[0].id;
    const [articleId] = (await services.pages.get(pageId)).articleIds;
    const reading = read(pageId, articleId);
    const removal = services.store.transaction(() => services.store.write.pages.remove(pageId));
    const [outcome] = await Promise.allSettled([reading, removal]);
    expect(await services.store.read.pages.get(pageId)).toBeUndefined();
    return { pageId, articleId, outcome };
  }

  it('lists the articles still there when a page is removed while the list is read', async () => {
    // The removal starts 0, 1, 2, … microtask turns after the list: one of them lands between the list's queries.
    for (let turns = 0; turns < 40; turns++) {
      const [item] = (await services.imports.importText(`page-${turns}.txt`, `第${turns}号稿件标题\n本报讯 第${turns}号稿件的正文。\n`)).items;
      const listing = services.articles.list({}, 0, 500);
      for (let turn = 0; turn < turns; turn++) await Promise.resolve();
      const removal = services.store.transaction(() => services.store.write.pages.remove(item.pageId!));
      const [outcome] = await Promise.allSettled([listing, removal]);
      expect(outcome.status, `removed after ${turns} turns: ${String((outcome as PromiseRejectedResult).reason)}`).toBe('fulfilled');
      const { items } = (outcome as PromiseFulfilledResult<Awaited<typeof listing>>).value;
      expect(items.every((summary) => summary !== undefined)).toBe(true);
      const live = new Set((await services.articles.list({}, 0, 500)).items.map((summary) => summary.id));
      expect(items.filter((summary) => !live.has(summary.id)).every((summary) => summary.pageId === item.pageId)).toBe(true);
    }
  });

  it('says not_found, not half an article, when the article goes while it is read', async () => {
    const { outcome } = await removedWhile((_pageId, articleId) => services.articles.get(articleId));
    if (outcome.status === 'fulfilled') expect(outcome.value).toMatchObject({ id: expect.any(Number), pageId: expect.any(Number), title: expect.any(String) });
    else expect(outcome.reason).toMatchObject({ code: 'not_found' });
  });

  it('says not_found, not a page without its summary, when the page goes while it is read', async () => {
    const { outcome } = await removedWhile((pageId) => services.pages.get(pageId));
    if (outcome.status === 'fulfilled') expect(outcome.value.page).toMatchObject({ id: expect.any(Number), source: expect.any(String) });
    else expect(outcome.reason).toMatchObject({ code: 'not_found' });
  });

  it('never pairs a newer revision number with older text when a save lands while the article is read', async () => {
    const articleId = (await services.articles.list({}, 0, 1)).items[0].id;
    // The save starts 0, 1, 2, … microtask turns after the read: one of them lands between its queries.
    for (let turns = 0; turns < 30; turns++) {
      const { revision } = await services.articles.get(articleId);
      const reading = services.articles.get(articleId);
      for (let turn = 0; turn < turns; turn++) await Promise.resolve();
      const title = `第${turns}次保存`;
      const saving = services.articles.save({ articleId, baseRevision: revision, fields: { title, subtitle: null, byline: null, dateline: null, credit: null }, blocks: [{ type: 'paragraph', text: `${title}的正文。` }], doc: null });
      const [detail] = await Promise.all([reading, saving]);
      const stored = await services.articles.revision(articleId, detail.revision);
      expect([detail.revision, detail.title, detail.fields.title, detail.text], `saved after ${turns} turns`).toEqual([stored.revision, stored.title, stored.fields.title, stored.text]);
    }
  });

  it('keeps both of two vocabulary edits sent at once', async () => {
    const before = services.vocabulary.current().themes.length;
    await Promise.all([
      services.vocabulary.edit({ op: 'add-theme', theme: { name: '并发主题甲', keywords: [{ word: '甲' }] } }),
      services.vocabulary.edit({ op: 'add-theme', theme: { name: '并发主题乙', keywords: [{ word: '乙' }] } }),
    ]);
    const stored = await services.vocabulary.load();
    expect(stored.themes).toHaveLength(before + 2);
    expect(stored.themes.map((theme) => theme.name)).toEqual(expect.arrayContaining(['并发主题甲', '并发主题乙']));
    expect(services.vocabulary.current()).toEqual(stored);
  });

  it('reads one state of the library in a snapshot, whatever another request commits meanwhile', async () => {
    const { sql } = services.store;
    await services.store.transaction(() => services.store.write.settings.put('snapshot-probe', 1));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    // Started outside the snapshot, as another request would be: it is not part of it.
    const writer = gate.then(() => services.store.transaction(() => services.store.write.settings.put('snapshot-probe', 2)));
    const seen = await sql.snapshot(async () => {
      const first = (await services.store.read.settings.all())['snapshot-probe'];
      open();
      // On PostgreSQL the writer commits on a connection of its own; on SQLite it waits for the snapshot to end.
      await Promise.race([writer, new Promise((resolve) => setTimeout(resolve, 200))]);
      const second = (await services.store.read.settings.all())['snapshot-probe'];
      return [first, second];
    });
    await writer;
    expect(seen).toEqual([1, 1]);
    expect((await services.store.read.settings.all())['snapshot-probe']).toBe(2);
  });
});
