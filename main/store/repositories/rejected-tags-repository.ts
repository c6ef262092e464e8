import type { ArticleTag } from '../../../core/model/library';
import type { SqlClient } from '../sql/sql-client';

type TagRef = Pick<ArticleTag, 'type' | 'name'>;

// The engine's suggestions the editor turned down, per article (migration 0005).
export function createRejectedTagReads(sql: SqlClient) {
  return { ofArticle: (articleId: number) => sql.all<TagRef>('SELECT type, name FROM rejected_tags WHERE article_id = ? ORDER BY type, name', [articleId]) };
}

export function createRejectedTagWrites(sql: SqlClient) {
  return {
    add: async (articleId: number, tag: TagRef) =>
      (await sql.run('INSERT INTO rejected_tags (article_id, type, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [articleId, tag.type, tag.name])).changes,
    /** The editor chose the tag after all. */
    remove: async (articleId: number, tag: TagRef) =>
      (await sql.run('DELETE FROM rejected_tags WHERE article_id = ? AND type = ? AND name = ?', [articleId, tag.type, tag.name])).changes,
  };
}
