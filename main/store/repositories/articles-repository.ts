import type { ArticleStatus } from '../../../core/model/library';
import type { SqlClient } from '../sql/sql-client';

export interface ArticleRow {
  id: number;
  pageId: number;
  ordinal: number;
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  status: ArticleStatus;
  docJson: string;
  blocksJson: string;
  text: string;
  revision: number;
  editedByHand: number;
  flagsJson: string;
  updatedAt: string;
  /** The raw line the article starts on: its identity across re-assembly (see page-service.ts). */
  anchorLine: number | null;
  /** Set when a re-assembly merged the article away; null while it is live. */
  retiredAt: string | null;
  /** The engine's suggestions as JSON; null until computed. */
  suggestionsJson: string | null;
}

export type NewArticle = Omit<ArticleRow, 'id' | 'retiredAt'>;
export type ArticleContent = Omit<ArticleRow, 'pageId' | 'ordinal' | 'flagsJson' | 'anchorLine' | 'retiredAt' | 'suggestionsJson'>;

export const articleColumns = `a.id, a.page_id AS "pageId", a.ordinal, a.title, a.subtitle, a.byline, a.dateline, a.credit, a.status,
  a.doc_json AS "docJson", a.blocks_json AS "blocksJson", a.text, a.revision, a.edited_by_hand AS "editedByHand",
  a.flags_json AS "flagsJson", a.updated_at AS "updatedAt", a.anchor_line AS "anchorLine", a.retired_at AS "retiredAt", a.suggestions_json AS "suggestionsJson"`;

export function createArticleReads(sql: SqlClient) {
  return {
    get: (id: number) => sql.get<ArticleRow>(`SELECT ${articleColumns} FROM articles a WHERE a.id = ?`, [id]),
    /** Every record of the page, retired ones included. */
    ofPage: (pageId: number) => sql.all<ArticleRow>(`SELECT ${articleColumns} FROM articles a WHERE a.page_id = ? ORDER BY a.ordinal, a.id`, [pageId]),
    /** The page's live articles in reading order. */
    liveIdsOfPage: (pageId: number) => sql.column<number>('SELECT a.id FROM articles a WHERE a.page_id = ? AND a.retired_at IS NULL ORDER BY a.ordinal, a.id', [pageId]),
    count: async () => (await sql.value<number>('SELECT count(*) FROM articles WHERE retired_at IS NULL'))!,
  };
}

/** `changed` tells the search index an article's title, text or liveness changed (SQLite's triggers do it themselves). */
export function createArticleWrites(sql: SqlClient, changed: (id: number) => Promise<void>) {
  return {
    async insert(article: NewArticle): Promise<number> {
      const id = (await sql.value<number>(
        `INSERT INTO articles (page_id, ordinal, title, subtitle, byline, dateline, credit, status, doc_json, blocks_json, text, revision, edited_by_hand,
           flags_json, updated_at, anchor_line, suggestions_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [
          article.pageId, article.ordinal, article.title, article.subtitle, article.byline, article.dateline, article.credit, article.status,
          article.docJson, article.blocksJson, article.text, article.revision, article.editedByHand, article.flagsJson, article.updatedAt,
          article.anchorLine, article.suggestionsJson,
        ],
      ))!;
      await changed(id);
      return id;
    },
    async update(content: ArticleContent): Promise<number> {
      const { changes } = await sql.run(
        `UPDATE articles SET title = ?, subtitle = ?, byline = ?, dateline = ?, credit = ?, status = ?, doc_json = ?, blocks_json = ?, text = ?,
           revision = ?, edited_by_hand = ?, updated_at = ? WHERE id = ?`,
        [
          content.title, content.subtitle, content.byline, content.dateline, content.credit, content.status, content.docJson, content.blocksJson,
          content.text, content.revision, content.editedByHand, content.updatedAt, content.id,
        ],
      );
      if (changes) await changed(content.id);
      return changes;
    },
    /** Places an article on its page, reviving it if a re-assembly had retired it. */
    async setPlace(id: number, ordinal: number, flagsJson: string, anchorLine: number | null): Promise<void> {
      await sql.run('UPDATE articles SET ordinal = ?, flags_json = ?, anchor_line = ? WHERE id = ?', [ordinal, flagsJson, anchorLine, id]);
      const { changes } = await sql.run('UPDATE articles SET retired_at = NULL WHERE id = ? AND retired_at IS NOT NULL', [id]);
      if (changes) await changed(id);
    },
    // Only when the value changes: setting retired_at at all re-indexes the article's text (see migration 0004).
    async retire(id: number, at: string): Promise<number> {
      const { changes } = await sql.run('UPDATE articles SET retired_at = ? WHERE id = ? AND retired_at IS NULL', [at, id]);
      if (changes) await changed(id);
      return changes;
    },
    /**
     * `ofRevision`: only while the article is still at the revision they were computed from. Outside a
     * transaction, a save may commit between reading the text and writing what it suggests, and the
     * older text's suggestions must not replace the newer's (their stamp would keep them for good).
     */
    setSuggestions: async (id: number, suggestionsJson: string, ofRevision?: number) =>
      (
        ofRevision === undefined
          ? await sql.run('UPDATE articles SET suggestions_json = ? WHERE id = ?', [suggestionsJson, id])
          : await sql.run('UPDATE articles SET suggestions_json = ? WHERE id = ? AND revision = ?', [suggestionsJson, id, ofRevision])
      ).changes,
    remove: async (id: number) => (await sql.run('DELETE FROM articles WHERE id = ?', [id])).changes,
  };
}

export type ArticleReads = ReturnType<typeof createArticleReads>;
export type ArticleWrites = ReturnType<typeof createArticleWrites>;
