import { afterEach, expect, it } from 'vitest';
import { createPostgresSearch } from '../postgres-search';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';
import { POSTGRES_LATEST_VERSION } from './index';

describePostgres('PostgreSQL migration 0011-search-filter-columns', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('gives a version-10 library’s search entries their article’s page and status, and filtered searches find them by those', async () => {
    const database = await databaseAtVersion(10, async (v10) => {
      await v10.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at, issue_date, page_label) VALUES (1, 'a.txt', 'a', 'raw', '{}', 'now', '2024-09-06', '02版'), (2, 'b.txt', 'b', 'raw', '{}', 'now', '2024-09-13', '03版')");
      const insert = "INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at, status) VALUES (?, ?, 0, '稿', 'null', '[]', '诉源治理', 'now', ?)";
      await v10.run(insert, [1, 1, 'proofread']);
      await v10.run(insert, [2, 2, 'raw']);
      for (const id of [1, 2]) {
        await v10.run("INSERT INTO article_search (article_id, grams) VALUES (?, array_to_tsvector(ARRAY['诉源', '源治', '治理', '诉', '源', '治', '理']))", [id]);
        await v10.run("INSERT INTO article_search_words (article_id, title_words, text_words) VALUES (?, '稿 ', '诉源治理 ')", [id]);
      }
      await v10.run("SELECT setval(pg_get_serial_sequence('articles', 'id'), 2)");
    });
    databases.push(database);
    expect(await database.migrate()).toEqual({ from: 10, to: POSTGRES_LATEST_VERSION });
    const { sql } = database;
    expect(await sql.all('SELECT article_id AS "id", page_id AS "pageId", status FROM article_search ORDER BY 1')).toEqual([
      { id: 1, pageId: 1, status: 'proofread' },
      { id: 2, pageId: 2, status: 'raw' },
    ]);
    const search = createPostgresSearch(sql);
    const found = async (filter: object) => (await search.match(['诉源治理'], filter, 0, 10)).ids.map((hit) => hit.id);
    expect(await found({})).toEqual([2, 1]);
    expect(await found({ status: 'proofread' })).toEqual([1]);
    expect(await found({ pageLabel: '03版' })).toEqual([2]);
    expect(await found({ pageId: 1 })).toEqual([1]);
    expect(await found({ dateFrom: '2024-09-10', status: 'raw' })).toEqual([2]);
    expect(await found({ dateTo: '2024-09-10', status: 'raw' })).toEqual([]);
    // An entry written from now on carries them too, and follows a change of status.
    await sql.run("UPDATE articles SET status = 'published' WHERE id = 2");
    await search.articleChanged(2);
    expect(await found({ status: 'published' })).toEqual([2]);
    await expect(sql.run("INSERT INTO article_search (article_id, grams) VALUES (1, array_to_tsvector(ARRAY['诉']))")).rejects.toThrow(/null value|not-null/i);
  });
});
