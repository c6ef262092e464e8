import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleTag } from '../../../core/model/library';
import type { TagSuggestion } from '../../../core/model/vocabulary';
import type { Dispatch } from '../dispatch';
import { openCourtArticleLibrary, type CourtArticleLibrary } from '../court-article.fixture';
import { data } from '../envelope-data.fixture';

describe('tag handlers: rejected suggestions stay rejected', () => {
  let opened: CourtArticleLibrary['opened'];
  let dispatch: Dispatch;
  let articleId: number;
  let court: string;
  beforeEach(async () => {
    ({ opened, dispatch, articleId, court } = await openCourtArticleLibrary());
  });
  afterEach(() => opened.dispose());

  const articleTags = async () => data<{ tags: ArticleTag[]; suggestions: TagSuggestion[] }>(await dispatch('tags:article', { articleId }));
  const suggested = (tags: { suggestions: TagSuggestion[] }) => tags.suggestions.map((suggestion) => suggestion.name);

  it('tags:reject drops the suggestion for good, from the tags too', async () => {
    expect(suggested(await articleTags())).toContain(court);
    expect((await articleTags()).tags).toContainEqual({ type: 'court', name: court, source: 'suggested' });
    const tags = data<ArticleTag[]>(await dispatch('tags:reject', { articleId, type: 'court', name: court }));
    expect(tags.map((tag) => tag.name)).not.toContain(court);
    // As after a reload: nothing in memory, only the library.
    expect(suggested(await articleTags())).not.toContain(court);
    expect(suggested(data<{ suggestions: TagSuggestion[] }>(await dispatch('articles:get', { articleId })))).not.toContain(court);
  });

  it('tags:set records a dropped suggested tag as rejected, and choosing it again lifts the rejection', async () => {
    const before = await articleTags();
    data(await dispatch('tags:set', { articleId, tags: before.tags.filter((tag) => tag.name !== court) }));
    expect(suggested(await articleTags())).not.toContain(court);
    data(await dispatch('tags:set', { articleId, tags: [{ type: 'court', name: court, source: 'confirmed' }] }));
    expect(suggested(await articleTags())).toContain(court);
  });

  it('tags:bulk tags live articles and leaves a retired (merged-away) one alone', async () => {
    const { store } = opened.library.services!;
    expect(data<{ updated: number }>(await dispatch('tags:bulk', { articleIds: [articleId], add: [{ type: 'theme', name: '执行' }] })).updated).toBe(1);
    expect(await store.read.tags.ofArticle(articleId)).toContainEqual({ type: 'theme', name: '执行', source: 'confirmed' });
    await store.transaction(() => store.write.articles.retire(articleId, new Date().toISOString()));
    expect(data<{ updated: number }>(await dispatch('tags:bulk', { articleIds: [articleId], add: [{ type: 'theme', name: '普法宣传' }] })).updated).toBe(0);
    expect((await store.read.tags.ofArticle(articleId)).map((tag) => tag.name)).not.toContain('普法宣传');
  });
});
