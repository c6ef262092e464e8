// Undoing a merge puts both articles' tags back exactly as they were, confirmed
// and suggested: the merge copies the second article's confirmed tags onto the
// first, and re-syncing the page alone would keep them there. Driven through
// the handlers in the order the editor's 撤销 sends its requests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleTag, PageDetail } from '../../core/model/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';
import { data } from './envelope-data.fixture';

const byName = (tags: ArticleTag[]) => [...tags].sort((left, right) => `${left.type}:${left.name}`.localeCompare(`${right.type}:${right.name}`));

describe('undo of a merge', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let dispatch: Dispatch;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir }));
  });
  afterEach(() => opened.dispose());

  const tagsOf = async (articleId: number) => data<{ tags: ArticleTag[] }>(await dispatch('tags:article', { articleId })).tags;

  /** A page of two or more articles whose second has a headline the merge can turn into a heading. */
  async function twoArticlePage(): Promise<PageDetail> {
    const pageIds = (await opened.library.services!.pages.tree()).flatMap((group) => group.pages.filter((page) => page.articleCount >= 2).map((page) => page.id));
    for (const pageId of pageIds) {
      const detail = data<PageDetail>(await dispatch('pages:get', { pageId }));
      if (detail.analysis.placements.some((placement) => placement.article === 1 && placement.role === 'title')) return detail;
    }
    throw new Error('no page with a second headline');
  }

  it('gives both articles their own tags back, confirmed and suggested', async () => {
    const before = await twoArticlePage();
    const pageId = before.page.id;
    const [first, second] = before.articleIds;
    // Each article has a confirmed tag of its own beside the engine's suggestions.
    data(await dispatch('tags:set', { articleId: first, tags: [...(await tagsOf(first)), { type: 'theme', name: '队伍建设', source: 'confirmed' }] }));
    data(await dispatch('tags:set', { articleId: second, tags: [...(await tagsOf(second)), { type: 'theme', name: '法院文化', source: 'confirmed' }] }));
    const firstBefore = await tagsOf(first);
    const secondBefore = await tagsOf(second);
    expect(firstBefore.some((tag) => tag.source === 'suggested')).toBe(true);

    // The merge as the editor sends it: the second headline becomes a heading of the first article.
    const roles = Object.fromEntries(before.analysis.placements.filter((placement) => placement.article === 1 && placement.role === 'title').map((placement) => [placement.line, 'heading']));
    const merged = data<PageDetail>(await dispatch('pages:setOverrides', { pageId, overrides: { roles } }));
    expect(merged.articleIds).not.toContain(second);
    expect(await tagsOf(first)).toContainEqual({ type: 'theme', name: '法院文化', source: 'confirmed' });

    // 撤销: the overrides as they were, and both articles' tags as they were.
    const undone = data<PageDetail>(await dispatch('pages:setOverrides', { pageId, overrides: {}, restoreTags: [{ articleId: first, tags: firstBefore }, { articleId: second, tags: secondBefore }] }));
    expect(undone.articleIds.slice(0, 2)).toEqual([first, second]);
    expect(byName(await tagsOf(first))).toEqual(byName(firstBefore));
    expect(byName(await tagsOf(second))).toEqual(byName(secondBefore));
  });

  it('refuses tags for an article of another page, and changes nothing', async () => {
    const page = await twoArticlePage();
    const other = (await opened.library.services!.pages.tree()).flatMap((group) => group.pages).find((summary) => summary.id !== page.page.id)!;
    const stranger = data<PageDetail>(await dispatch('pages:get', { pageId: other.id })).articleIds[0];
    const strangerTags = await tagsOf(stranger);
    const answer = await dispatch('pages:setOverrides', { pageId: page.page.id, overrides: { articleStarts: [page.analysis.articles[0].blocks.at(-1)!.lines[0]] }, restoreTags: [{ articleId: stranger, tags: [] }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await tagsOf(stranger)).toEqual(strangerTags);
    expect(data<PageDetail>(await dispatch('pages:get', { pageId: page.page.id })).articleIds).toEqual(page.articleIds);
  });
});
