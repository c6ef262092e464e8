// The library listing (newest issue first, pages in label order, articles in
// reading order) as article ids, walked entirely through slim indexes: pages by
// issue, then each page's articles by ordinal, stopping at the requested page.
// The join order and indexes are spelled out (CROSS JOIN, INDEXED BY) because
// the planner otherwise starts from the filter's id set and looks every article
// up in its table, whose rows hold whole texts: 150–300 ms on 100k articles.
import type { Statement } from 'better-sqlite3';
import type { ArticleFilter } from '../../core/model/library';
import type { Store } from '../store/store';
import { articleFilterSql, whereClause } from './article-filter-sql';

export function createArticleListing(store: Store) {
  const statements = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string): Statement<unknown[]> => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = store.db.prepare(sql)));
    return statement;
  };

  return (filter: ArticleFilter, offset: number, limit: number): { ids: number[]; total: number } => {
    const { conditions, params } = articleFilterSql(filter, 'a.id');
    // Retired articles (merged away, migration 0004) are not in the live indexes; saying so lets SQLite use them.
    const where = whereClause(['a.retired_at IS NULL', ...conditions]);
    // live_articles_by_status holds every live article id: the smallest thing to count over.
    const total = prepared(`SELECT count(*) FROM articles a INDEXED BY live_articles_by_status ${where}`).pluck().get(...params) as number;
    const ids = prepared(
      `SELECT a.id FROM pages p INDEXED BY pages_by_issue_desc CROSS JOIN articles a INDEXED BY live_articles_by_page ON a.page_id = p.id ${where}
       ORDER BY p.issue_date DESC, p.page_label, p.id, a.ordinal LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...params, limit, offset) as number[];
    return { ids, total };
  };
}
