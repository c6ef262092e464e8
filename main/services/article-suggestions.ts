// The engine's tag suggestions for an article, stored with it (migration 0005)
// and stamped with the vocabulary they were computed against: a vocabulary edit
// changes the stamp, and stale suggestions are recomputed on their next read,
// one article at a time, instead of rewriting every article at once.
import { createHash } from 'node:crypto';
import type { ArticleTag } from '../../core/model/library';
import type { TagSuggestion, Vocabulary } from '../../core/model/vocabulary';
import { tagArticle } from '../../core/tagging/suggest-tags';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';
import { blocksOfRow, fieldsOfRow, type ArticleContentParts } from './article-document';

interface StoredSuggestions {
  stamp: string;
  suggestions: TagSuggestion[];
}

const stamps = new WeakMap<Vocabulary, string>();

/** The vocabulary service hands out the same object until an edit, so this hashes once per edit. */
export function vocabularyStamp(vocabulary: Vocabulary): string {
  let stamp = stamps.get(vocabulary);
  if (stamp === undefined) {
    stamp = createHash('sha256').update(JSON.stringify(vocabulary)).digest('hex').slice(0, 16);
    stamps.set(vocabulary, stamp);
  }
  return stamp;
}

/** `computed`: the suggestions the analysis already made for this same text with this vocabulary (import tags once, not twice). */
export function suggestionsJsonFor(parts: Pick<ArticleContentParts, 'fields' | 'blocks'>, vocabulary: Vocabulary, computed?: TagSuggestion[]): string {
  const suggestions = computed ?? tagArticle({ ...parts.fields, blocks: parts.blocks, courts: [], themes: [] }, vocabulary).suggestions;
  return JSON.stringify({ stamp: vocabularyStamp(vocabulary), suggestions } satisfies StoredSuggestions);
}

/** Recomputes and stores the suggestions of an article whose text changed. */
export async function refreshSuggestions(store: Store, articleId: number, vocabulary: Vocabulary): Promise<void> {
  const row = await store.read.articles.get(articleId);
  if (row) await store.write.articles.setSuggestions(articleId, suggestionsJsonFor(partsOf(row), vocabulary), row.revision);
}

/**
 * After a split or merge the article holds other text: its suggestions and its
 * suggested tags are recomputed from that text. Confirmed tags stay, and so do
 * `carried` ones (the confirmed tags of an article merged into this one); a
 * suggestion the editor rejected stays out.
 */
export async function retagArticle(store: Store, articleId: number, vocabulary: Vocabulary, carried: readonly ArticleTag[] = []): Promise<void> {
  const row = await store.read.articles.get(articleId);
  if (!row) return;
  const parts = partsOf(row);
  const tags = tagArticle({ ...parts.fields, blocks: parts.blocks, courts: [], themes: [] }, vocabulary);
  await store.write.articles.setSuggestions(articleId, JSON.stringify({ stamp: vocabularyStamp(vocabulary), suggestions: tags.suggestions } satisfies StoredSuggestions));
  const key = (tag: Pick<ArticleTag, 'type' | 'name'>) => `${tag.type}:${tag.name}`;
  const rejected = new Set((await store.read.rejectedTags.ofArticle(articleId)).map(key));
  const kept = new Map<string, ArticleTag>();
  for (const tag of [...(await store.read.tags.ofArticle(articleId)), ...carried]) if (tag.source === 'confirmed') kept.set(key(tag), tag);
  const suggested: ArticleTag[] = [...tags.courts.map((name) => ({ type: 'court' as const, name })), ...tags.themes.map((name) => ({ type: 'theme' as const, name }))]
    .filter((tag) => !rejected.has(key(tag)) && !kept.has(key(tag)))
    .map((tag) => ({ ...tag, source: 'suggested' as const }));
  await store.write.tags.replace(articleId, [...kept.values(), ...suggested]);
}

/** The stored suggestions (recomputed when missing or stale), without the ones the editor rejected. */
export async function articleSuggestions(store: Store, row: ArticleRow, vocabulary: Vocabulary): Promise<TagSuggestion[]> {
  let stored = row.suggestionsJson ? (JSON.parse(row.suggestionsJson) as StoredSuggestions) : null;
  if (!stored || stored.stamp !== vocabularyStamp(vocabulary)) {
    const json = suggestionsJsonFor(partsOf(row), vocabulary);
    await store.write.articles.setSuggestions(row.id, json, row.revision);
    stored = JSON.parse(json) as StoredSuggestions;
  }
  const rejected = new Set((await store.read.rejectedTags.ofArticle(row.id)).map((tag) => `${tag.type}:${tag.name}`));
  return stored.suggestions.filter((suggestion) => !rejected.has(`${suggestion.type}:${suggestion.name}`));
}

function partsOf(row: ArticleRow): Pick<ArticleContentParts, 'fields' | 'blocks'> {
  return {
    fields: fieldsOfRow(row),
    blocks: blocksOfRow(row),
  };
}
