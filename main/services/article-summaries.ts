import type { ArticleSummary, ArticleTag } from '../../core/model/library';
import type { SummaryRow } from '../store/repositories/listing-repository';
import type { Store } from '../store/store';

export type { SummaryRow };

/** Court and theme names of an article's tags, in their stored order. */
export function tagNames(tags: readonly Pick<ArticleTag, 'type' | 'name'>[]): { courts: string[]; themes: string[] } {
  return {
    courts: tags.filter((tag) => tag.type === 'court').map((tag) => tag.name),
    themes: tags.filter((tag) => tag.type === 'theme').map((tag) => tag.name),
  };
}

/** Attaches court and theme names (one query for the whole list). */
export async function withTags(store: Store, rows: readonly SummaryRow[]): Promise<ArticleSummary[]> {
  const tags = await store.read.tags.ofArticles(rows.map((row) => row.id));
  return rows.map((row) => {
    const own = tags.get(row.id) ?? [];
    return { ...row, ...tagNames(own), tags: own };
  });
}
