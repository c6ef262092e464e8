import type { ArticleTag } from '../../../core/model/library';
import type { SqlClient } from '../sql/sql-client';

export function createTagReads(sql: SqlClient) {
  return {
    ofArticle: (articleId: number) => sql.all<ArticleTag>('SELECT type, name, source FROM article_tags WHERE article_id = ? ORDER BY type, name', [articleId]),
    /** Tags of many articles at once, for list pages. */
    async ofArticles(articleIds: readonly number[]): Promise<Map<number, ArticleTag[]>> {
      const result = new Map<number, ArticleTag[]>();
      if (articleIds.length === 0) return result;
      const ids = sql.idList(articleIds);
      const rows = await sql.all<ArticleTag & { articleId: number }>(
        `SELECT article_id AS "articleId", type, name, source FROM article_tags WHERE article_id IN ${ids.sql} ORDER BY article_id, type, name`,
        [ids.param],
      );
      for (const { articleId, ...tag } of rows) {
        const list = result.get(articleId) ?? [];
        list.push(tag);
        result.set(articleId, list);
      }
      return result;
    },
    // Retired articles keep their tags with their history, but are not counted.
    counts: () =>
      sql.all<{ type: 'court' | 'theme'; name: string; count: number }>(
        'SELECT type, name, count(*) AS count FROM article_tags WHERE article_id IN (SELECT id FROM articles WHERE retired_at IS NULL) GROUP BY type, name ORDER BY type, name',
      ),
  };
}

const upsert = `INSERT INTO article_tags (article_id, type, name, source) VALUES (?, ?, ?, ?)
  ON CONFLICT (article_id, type, name) DO UPDATE SET source = excluded.source`;

export function createTagWrites(sql: SqlClient) {
  return {
    async replace(articleId: number, tags: readonly ArticleTag[]): Promise<void> {
      await sql.run('DELETE FROM article_tags WHERE article_id = ?', [articleId]);
      for (const tag of tags) await sql.run(upsert, [articleId, tag.type, tag.name, tag.source]);
    },
    put: async (articleId: number, tag: ArticleTag) => (await sql.run(upsert, [articleId, tag.type, tag.name, tag.source])).changes,
    remove: async (articleId: number, type: ArticleTag['type'], name: string) =>
      (await sql.run('DELETE FROM article_tags WHERE article_id = ? AND type = ? AND name = ?', [articleId, type, name])).changes,
    /** Moves every `from` tag to `to` (a rename or merge), or drops them when `to` is null. */
    async reassign(type: ArticleTag['type'], from: string, to: string | null): Promise<void> {
      if (from === to) return;
      // A merge keeps the strongest source when the article already has the target tag.
      if (to !== null)
        await sql.run(
          `INSERT INTO article_tags (article_id, type, name, source)
             SELECT article_id, type, ?, source FROM article_tags WHERE type = ? AND name = ?
           ON CONFLICT (article_id, type, name) DO UPDATE SET source = CASE WHEN excluded.source = 'confirmed' THEN 'confirmed' ELSE article_tags.source END`,
          [to, type, from],
        );
      await sql.run('DELETE FROM article_tags WHERE type = ? AND name = ?', [type, from]);
    },
  };
}

export type TagReads = ReturnType<typeof createTagReads>;
export type TagWrites = ReturnType<typeof createTagWrites>;
