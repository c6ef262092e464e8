import type { ArticleTag } from '../../../core/model/library';
import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';
import { notFound } from '../../services/library-errors';

type TagChannels = 'tags:vocabulary' | 'tags:article' | 'tags:set' | 'tags:reject' | 'tags:bulk' | 'vocab:edit' | 'vocab:import' | 'vocab:export';

export function tagHandlers(library: Library): DomainHandlers<TagChannels> {
  return {
    'tags:vocabulary': () => requireServices(library).vocabulary.withCounts(),
    'tags:article': async ({ articleId }) => {
      const detail = await requireServices(library).articles.get(articleId);
      return { tags: detail.tags, suggestions: detail.suggestions };
    },
    'tags:set': ({ articleId, tags }) => {
      const { store } = requireServices(library);
      return store.transaction(async () => {
        if (!(await store.read.articles.get(articleId))) throw notFound({ zh: '稿件', en: 'Article' }, articleId);
        const kept = new Set(tags.map((tag) => `${tag.type}:${tag.name}`));
        // A suggested tag the editor dropped is a rejected suggestion; a tag the editor chose is no longer rejected.
        for (const tag of await store.read.tags.ofArticle(articleId)) if (tag.source === 'suggested' && !kept.has(`${tag.type}:${tag.name}`)) await store.write.rejectedTags.add(articleId, tag);
        for (const tag of tags) await store.write.rejectedTags.remove(articleId, tag);
        await store.write.tags.replace(articleId, tags as ArticleTag[]);
        return store.read.tags.ofArticle(articleId);
      });
    },
    'tags:reject': ({ articleId, type, name }) => {
      const { store } = requireServices(library);
      return store.transaction(async () => {
        if (!(await store.read.articles.get(articleId))) throw notFound({ zh: '稿件', en: 'Article' }, articleId);
        await store.write.rejectedTags.add(articleId, { type, name });
        if ((await store.read.tags.ofArticle(articleId)).some((tag) => tag.type === type && tag.name === name && tag.source === 'suggested')) await store.write.tags.remove(articleId, type, name);
        return store.read.tags.ofArticle(articleId);
      });
    },
    // Bulk tags are the editor's decision, so they are stored as confirmed.
    'tags:bulk': ({ articleIds, add, remove }) => {
      const { store } = requireServices(library);
      return store.transaction(async () => {
        let updated = 0;
        for (const articleId of articleIds) {
          // A retired (merged-away) article keeps its history but takes no new tags.
          if ((await store.read.articles.get(articleId))?.retiredAt !== null) continue;
          for (const tag of remove) await store.write.tags.remove(articleId, tag.type, tag.name);
          for (const tag of add) {
            await store.write.tags.put(articleId, { ...tag, source: 'confirmed' });
            await store.write.rejectedTags.remove(articleId, tag);
          }
          updated++;
        }
        return { updated };
      });
    },
    'vocab:edit': ({ op }) => requireServices(library).vocabulary.edit(op),
    'vocab:import': ({ kind, format, content }) => requireServices(library).vocabulary.importFile(kind, format, content),
    'vocab:export': ({ kind, format }) => requireServices(library).vocabulary.exportFile(kind, format),
  };
}
