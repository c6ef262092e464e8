import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { importCourtArticle } from './court-article.fixture';

const fields = (title: string) => ({ title, subtitle: null, byline: null, dateline: null, credit: null });

describe('article service: saving and revisions', () => {
  let opened: ReturnType<typeof openTemporaryLibrary>;
  let services: LibraryServices;
  let articleId: number;
  beforeEach(() => {
    opened = openTemporaryLibrary();
    services = opened.library.services!;
    articleId = services.articles.list({}, 0, 1).items[0].id;
  });
  afterEach(() => opened.dispose());

  it('imports each article as revision 1 and saves as revision 2 with the new text', () => {
    expect(services.articles.get(articleId).revision).toBe(1);
    const saved = services.articles.save({ articleId, baseRevision: 1, fields: fields('新标题'), blocks: [{ type: 'paragraph', text: '第一段。' }], doc: { type: 'doc' } });
    expect(saved.revision).toBe(2);
    const detail = services.articles.get(articleId);
    expect(detail).toMatchObject({ revision: 2, title: '新标题', text: '第一段。', doc: { type: 'doc' } });
    expect(services.search.search('新标题', {}, 0, 10).hits.map((hit) => hit.article.id)).toContain(articleId);
  });

  it('answers a stale base revision with a conflict and leaves the article untouched', () => {
    services.articles.save({ articleId, baseRevision: 1, fields: fields('甲'), blocks: [], doc: null });
    let error: unknown;
    try {
      services.articles.save({ articleId, baseRevision: 1, fields: fields('乙'), blocks: [], doc: null });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).details).toEqual({ currentRevision: 2 });
    expect(services.articles.get(articleId).title).toBe('甲');
    expect(services.articles.revisions(articleId)).toHaveLength(2);
  });

  it('keeps mine with force: a new revision on top of the newer one', () => {
    services.articles.save({ articleId, baseRevision: 1, fields: fields('甲'), blocks: [], doc: null });
    const forced = services.articles.save({ articleId, baseRevision: 1, fields: fields('乙'), blocks: [], doc: null, force: true });
    expect(forced.revision).toBe(3);
    expect(services.articles.revision(articleId, 3).reason).toBe('keep-mine');
    expect(services.articles.get(articleId).title).toBe('乙');
    expect(services.articles.revision(articleId, 2).title).toBe('甲');
  });

  it('lists, views and restores revisions; restoring and status changes are revisions too', () => {
    const original = services.articles.get(articleId);
    services.articles.save({ articleId, baseRevision: 1, fields: fields('改后'), blocks: [{ type: 'paragraph', text: '新' }], doc: null });
    const status = services.articles.setStatus(articleId, 2, 'proofread');
    expect(status.revision).toBe(3);
    expect(() => services.articles.setStatus(articleId, 2, 'published')).toThrow(/saved elsewhere/);
    const restored = services.articles.restore(articleId, 1, 3);
    expect(restored.revision).toBe(4);
    const detail = services.articles.get(articleId);
    expect(detail.title).toBe(original.title);
    expect(detail.text).toBe(original.text);
    expect(services.articles.revisions(articleId).map((revision) => [revision.revision, revision.reason, revision.reasonDetail])).toEqual([
      [4, 'restore', '1'],
      [3, 'status', null],
      [2, 'edit', null],
      [1, 'import', null],
    ]);
    expect(services.articles.revision(articleId, 3).status).toBe('proofread');
  });

  it('says not_found for an unknown article or revision', () => {
    expect(() => services.articles.get(999_999)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => services.articles.revision(articleId, 42)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('article service: stored reasons and suggestions', () => {
  let opened: ReturnType<typeof openTemporaryLibrary>;
  let services: LibraryServices;
  beforeEach(() => {
    opened = openTemporaryLibrary();
    services = opened.library.services!;
  });
  afterEach(() => opened.dispose());

  it('reads reasons written before they were codes as the codes they meant', () => {
    const articleId = services.articles.list({}, 0, 1).items[0].id;
    const legacy = services.store.db.prepare('UPDATE revisions SET reason = ? WHERE article_id = ? AND revision = 1');
    for (const [stored, reason, detail] of [
      ['restore 3', 'restore', '3'],
      ['reassembled', 'reassemble', null],
      ['edit (kept over a newer revision)', 'keep-mine', null],
      ['import', 'import', null],
    ] as const) {
      legacy.run(stored, articleId);
      expect(services.articles.revisions(articleId).at(-1)).toMatchObject({ reason, reasonDetail: detail });
    }
  });

  it('serves suggestions stored at import and recomputes them only when a save changes the text', () => {
    const court = services.vocabulary.current().courts.find((entry) => entry.level === 'intermediate')!.name;
    const articleId = importCourtArticle(services, court);
    const stored = () => services.store.db.prepare('SELECT suggestions_json FROM articles WHERE id = ?').pluck().get(articleId) as string;
    const atImport = stored();
    expect(JSON.parse(atImport).suggestions.map((suggestion: { name: string }) => suggestion.name)).toContain(court);
    expect(services.articles.get(articleId).suggestions.map((suggestion) => suggestion.name)).toContain(court);

    const detail = services.articles.get(articleId);
    services.articles.setStatus(articleId, detail.revision, 'cleaned');
    expect(stored()).toBe(atImport);
    services.articles.save({ articleId, baseRevision: detail.revision + 1, fields: fields('春天的花'), blocks: [{ type: 'paragraph', text: '与审判无关的一段文字。' }], doc: null });
    expect(stored()).not.toBe(atImport);
    expect(services.articles.get(articleId).suggestions.map((suggestion) => suggestion.name)).not.toContain(court);
  });

  it('recomputes stored suggestions after a vocabulary change', () => {
    const articleId = services.articles.list({}, 0, 1).items[0].id;
    const themes = () => services.articles.get(articleId).suggestions.filter((suggestion) => suggestion.type === 'theme');
    const courts = services.articles.get(articleId).suggestions.filter((suggestion) => suggestion.type === 'court');
    expect(themes().length).toBeGreaterThan(0);
    services.vocabulary.replace({ themes: [] });
    expect(themes()).toEqual([]);
    expect(services.articles.get(articleId).suggestions).toEqual(courts);
  });
});
