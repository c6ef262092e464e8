import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { importCourtArticle } from './court-article.fixture';

const fields = (title: string) => ({ title, subtitle: null, byline: null, dateline: null, credit: null });

describe('article service: saving and revisions', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  let articleId: number;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
    articleId = (await services.articles.list({}, 0, 1)).items[0].id;
  });
  afterEach(() => opened.dispose());

  it('imports each article as revision 1 and saves as revision 2 with the new text', async () => {
    expect((await services.articles.get(articleId)).revision).toBe(1);
    const saved = await services.articles.save({ articleId, baseRevision: 1, fields: fields('新标题'), blocks: [{ type: 'paragraph', text: '第一段。' }], doc: { type: 'doc' } });
    expect(saved.revision).toBe(2);
    const detail = await services.articles.get(articleId);
    expect(detail).toMatchObject({ revision: 2, title: '新标题', text: '第一段。', doc: { type: 'doc' } });
    expect((await services.search.search('新标题', {}, 0, 10)).hits.map((hit) => hit.article.id)).toContain(articleId);
  });

  it('answers a stale base revision with a conflict and leaves the article untouched', async () => {
    await services.articles.save({ articleId, baseRevision: 1, fields: fields('甲'), blocks: [], doc: null });
    let error: unknown;
    try {
      await services.articles.save({ articleId, baseRevision: 1, fields: fields('乙'), blocks: [], doc: null });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).details).toEqual({ currentRevision: 2 });
    expect((await services.articles.get(articleId)).title).toBe('甲');
    expect(await services.articles.revisions(articleId)).toHaveLength(2);
  });

  it('keeps mine with force: a new revision on top of the newer one', async () => {
    await services.articles.save({ articleId, baseRevision: 1, fields: fields('甲'), blocks: [], doc: null });
    const forced = await services.articles.save({ articleId, baseRevision: 1, fields: fields('乙'), blocks: [], doc: null, force: true });
    expect(forced.revision).toBe(3);
    expect((await services.articles.revision(articleId, 3)).reason).toBe('keep-mine');
    expect((await services.articles.get(articleId)).title).toBe('乙');
    expect((await services.articles.revision(articleId, 2)).title).toBe('甲');
  });

  it('lists, views and restores revisions; restoring and status changes are revisions too', async () => {
    const original = await services.articles.get(articleId);
    await services.articles.save({ articleId, baseRevision: 1, fields: fields('改后'), blocks: [{ type: 'paragraph', text: '新' }], doc: null });
    const status = await services.articles.setStatus(articleId, 2, 'proofread');
    expect(status.revision).toBe(3);
    await expect(services.articles.setStatus(articleId, 2, 'published')).rejects.toThrow(/saved elsewhere/);
    const restored = await services.articles.restore(articleId, 1, 3);
    expect(restored.revision).toBe(4);
    const detail = await services.articles.get(articleId);
    expect(detail.title).toBe(original.title);
    expect(detail.text).toBe(original.text);
    expect((await services.articles.revisions(articleId)).map((revision) => [revision.revision, revision.reason, revision.reasonDetail])).toEqual([
      [4, 'restore', '1'],
      [3, 'status', null],
      [2, 'edit', null],
      [1, 'import', null],
    ]);
    expect((await services.articles.revision(articleId, 3)).status).toBe('proofread');
  });

  it('says not_found for an unknown article or revision', async () => {
    await expect(services.articles.get(999_999)).rejects.toThrow(expect.objectContaining({ code: 'not_found' }));
    await expect(services.articles.revision(articleId, 42)).rejects.toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('article service: stored reasons and suggestions', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
  });
  afterEach(() => opened.dispose());

  it('reads reasons written before they were codes as the codes they meant', async () => {
    const articleId = (await services.articles.list({}, 0, 1)).items[0].id;
    for (const [stored, reason, detail] of [
      ['restore 3', 'restore', '3'],
      ['reassembled', 'reassemble', null],
      ['edit (kept over a newer revision)', 'keep-mine', null],
      ['import', 'import', null],
    ] as const) {
      await services.store.sql.run('UPDATE revisions SET reason = ? WHERE article_id = ? AND revision = 1', [stored, articleId]);
      expect((await services.articles.revisions(articleId)).at(-1)).toMatchObject({ reason, reasonDetail: detail });
    }
  });

  it('serves suggestions stored at import and recomputes them only when a save changes the text', async () => {
    const court = services.vocabulary.current().courts.find((entry) => entry.level === 'intermediate')!.name;
    const articleId = await importCourtArticle(services, court);
    const stored = async () => (await services.store.sql.value<string>('SELECT suggestions_json FROM articles WHERE id = ?', [articleId]))!;
    const atImport = await stored();
    expect(JSON.parse(atImport).suggestions.map((suggestion: { name: string }) => suggestion.name)).toContain(court);
    expect((await services.articles.get(articleId)).suggestions.map((suggestion) => suggestion.name)).toContain(court);

    const detail = await services.articles.get(articleId);
    await services.articles.setStatus(articleId, detail.revision, 'cleaned');
    expect(await stored()).toBe(atImport);
    await services.articles.save({ articleId, baseRevision: detail.revision + 1, fields: fields('春天的花'), blocks: [{ type: 'paragraph', text: '与审判无关的一段文字。' }], doc: null });
    expect(await stored()).not.toBe(atImport);
    expect((await services.articles.get(articleId)).suggestions.map((suggestion) => suggestion.name)).not.toContain(court);
  });

  it('recomputes stored suggestions after a vocabulary change', async () => {
    const articleId = (await services.articles.list({}, 0, 1)).items[0].id;
    const themes = async () => (await services.articles.get(articleId)).suggestions.filter((suggestion) => suggestion.type === 'theme');
    const courts = (await services.articles.get(articleId)).suggestions.filter((suggestion) => suggestion.type === 'court');
    expect((await themes()).length).toBeGreaterThan(0);
    await services.vocabulary.replace({ themes: [] });
    expect(await themes()).toEqual([]);
    expect((await services.articles.get(articleId)).suggestions).toEqual(courts);
  });
});
