import type { Database } from 'better-sqlite3';
import type { ArticleTag } from '../../../core/model/library';

export function createTagReads(db: Database) {
  const ofArticle = db.prepare('SELECT type, name, source FROM article_tags WHERE article_id = ? ORDER BY type, name');
  return {
    ofArticle: (articleId: number) => ofArticle.all(articleId) as ArticleTag[],
    /** Tags of many articles at once, for list pages. */
    ofArticles(articleIds: readonly number[]): Map<number, ArticleTag[]> {
      const result = new Map<number, ArticleTag[]>();
      if (articleIds.length === 0) return result;
      const rows = db
        .prepare(`SELECT article_id AS articleId, type, name, source FROM article_tags WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, type`)
        .all(JSON.stringify(articleIds)) as (ArticleTag & { articleId: number })[];
      for (const { articleId, ...tag } of rows) {
        const list = result.get(articleId) ?? [];
        list.push(tag);
        result.set(articleId, list);
      }
      return result;
    },
    // Retired articles keep their tags with their history, but are not counted.
    counts: () =>
      db
        .prepare('SELECT type, name, count(*) AS count FROM article_tags WHERE article_id IN (SELECT id FROM articles WHERE retired_at IS NULL) GROUP BY type, name')
        .all() as { type: 'court' | 'theme'; name: string; count: number }[],
  };
}

export function createTagWrites(db: Database) {
  const clear = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
  const upsert = db.prepare(`INSERT INTO article_tags (article_id, type, name, source) VALUES (?, ?, ?, ?)
    ON CONFLICT (article_id, type, name) DO UPDATE SET source = excluded.source`);
  const remove = db.prepare('DELETE FROM article_tags WHERE article_id = ? AND type = ? AND name = ?');
  // A merge: keep the strongest source when the article already has the target tag.
  const rename = db.prepare(`INSERT INTO article_tags (article_id, type, name, source)
      SELECT article_id, type, @to, source FROM article_tags WHERE type = @type AND name = @from
    ON CONFLICT (article_id, type, name) DO UPDATE SET source = CASE WHEN excluded.source = 'confirmed' THEN 'confirmed' ELSE source END`);
  const removeName = db.prepare('DELETE FROM article_tags WHERE type = ? AND name = ?');
  return {
    replace(articleId: number, tags: readonly ArticleTag[]): void {
      clear.run(articleId);
      for (const tag of tags) upsert.run(articleId, tag.type, tag.name, tag.source);
    },
    put: (articleId: number, tag: ArticleTag) => upsert.run(articleId, tag.type, tag.name, tag.source).changes,
    remove: (articleId: number, type: ArticleTag['type'], name: string) => remove.run(articleId, type, name).changes,
    /** Moves every `from` tag to `to` (a rename or merge), or drops them when `to` is null. */
    reassign(type: ArticleTag['type'], from: string, to: string | null): void {
      if (from === to) return;
      if (to !== null) rename.run({ type, from, to });
      removeName.run(type, from);
    },
  };
}

export type TagReads = ReturnType<typeof createTagReads>;
export type TagWrites = ReturnType<typeof createTagWrites>;
