import type { Database } from 'better-sqlite3';
import type { ArticleTag } from '../../../core/model/library';

type TagRef = Pick<ArticleTag, 'type' | 'name'>;

// The engine's suggestions the editor turned down, per article (migration 0005).
export function createRejectedTagReads(db: Database) {
  const ofArticle = db.prepare('SELECT type, name FROM rejected_tags WHERE article_id = ? ORDER BY type, name');
  return { ofArticle: (articleId: number) => ofArticle.all(articleId) as TagRef[] };
}

export function createRejectedTagWrites(db: Database) {
  const add = db.prepare('INSERT INTO rejected_tags (article_id, type, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const remove = db.prepare('DELETE FROM rejected_tags WHERE article_id = ? AND type = ? AND name = ?');
  return {
    add: (articleId: number, tag: TagRef) => add.run(articleId, tag.type, tag.name).changes,
    /** The editor chose the tag after all. */
    remove: (articleId: number, tag: TagRef) => remove.run(articleId, tag.type, tag.name).changes,
  };
}
