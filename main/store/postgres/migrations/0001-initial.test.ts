import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { createPostgresClient } from '../postgres-client';
import { runPostgresMigrations } from '../run-postgres-migrations';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0001-initial', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('creates a library whose ids come back from inserts, whose checks hold and whose page removal cascades', async () => {
    const database = await databaseAtVersion(1);
    databases.push(database);
    const { sql } = database;
    const pageId = await sql.value<number>("INSERT INTO pages (source, content_hash, raw, analysis_json, imported_at) VALUES ('a.txt', 'h', 'raw', '{}', 'now') RETURNING id");
    expect(pageId).toBe(1);
    const insertArticle = "INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (?, ?, ?, '{}', '[]', ?, 'now') RETURNING id";
    const articleId = await sql.value<number>(insertArticle, [pageId!, 0, '党建引领', '法院推进诉源治理工作']);
    expect(await sql.get('SELECT status, revision, edited_by_hand AS "editedByHand", flags_json AS "flagsJson" FROM articles WHERE id = ?', [articleId!])).toEqual({ status: 'raw', revision: 0, editedByHand: 0, flagsJson: '[]' });
    await sql.run("INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text) VALUES (?, 1, 'now', 'import', 'raw', '党建引领', '{}', '[]', '{}', '正文')", [articleId!]);
    await sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (?, 'court', '赤峰市中级人民法院', 'confirmed')", [articleId!]);
    await sql.run("INSERT INTO article_search (article_id, grams) VALUES (?, array_to_tsvector(ARRAY['党建']))", [articleId!]);
    await sql.run("INSERT INTO article_search_words (article_id, title_words, text_words) VALUES (?, '党建引领 ', '')", [articleId!]);

    await expect(sql.run(insertArticle.replace("'now')", "'now')").replace('ordinal, title', 'ordinal, status, title').replace('?, ?, ?,', "?, ?, 'draft', ?,"), [pageId!, 1, '稿', '正文'])).rejects.toThrow(/check constraint/);
    await expect(sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (?, 'topic', '无', 'confirmed')", [articleId!])).rejects.toThrow(/check constraint/);
    await expect(sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (?, 'theme', '无', 'maybe')", [articleId!])).rejects.toThrow(/check constraint/);
    await expect(sql.run(insertArticle, [99, 0, '稿', '正文'])).rejects.toThrow(/foreign key/);
    await expect(sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (?, 'court', '赤峰市中级人民法院', 'suggested')", [articleId!])).rejects.toThrow(/duplicate key/);

    await sql.run('DELETE FROM pages WHERE id = ?', [pageId!]);
    for (const table of ['articles', 'revisions', 'article_tags', 'article_search', 'article_search_words']) expect(await sql.value(`SELECT count(*) FROM ${table}`)).toBe(0);
  });

  it('compares and sorts text byte-wise, as SQLite does, in a database whose own collation is Chinese', async () => {
    // An office server's database sorts by its locale (here ICU zh-CN: pinyin, letters case-insensitively first);
    // the library's columns must not.
    const server = new pg.Client({ connectionString: process.env.QINGGAO_TEST_PG_URL });
    const name = `qinggao_t_zh_${process.pid}_${randomBytes(4).toString('hex')}`;
    await server.connect();
    await server.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN' LOCALE 'C.UTF-8'`);
    const url = new URL(process.env.QINGGAO_TEST_PG_URL!);
    url.pathname = `/${name}`;
    const sql = createPostgresClient({ connectionString: url.toString(), max: 1 });
    try {
      await runPostgresMigrations(sql);
      const names = ['法院', 'b', 'B', 'a', 'Ä', '安'];
      expect(await sql.column('SELECT unnest(?::text[]) ORDER BY 1', [names as never])).not.toEqual(['B', 'a', 'b', 'Ä', '安', '法院']);
      for (const [position, theme] of names.entries()) await sql.run('INSERT INTO themes (name, position) VALUES (?, ?)', [theme, position]);
      // Byte order of UTF-8 is code point order: 安 U+5B89 before 法 U+6CD5.
      expect(await sql.column('SELECT name FROM themes ORDER BY name')).toEqual(['B', 'a', 'b', 'Ä', '安', '法院']);
      expect(await sql.value("SELECT count(*) FROM themes WHERE name > 'Z'")).toBe(5);
      const collations = await sql.column<string | null>("SELECT DISTINCT collation_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'");
      expect(collations).toEqual(['C']);
    } finally {
      await sql.close();
      await server.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await server.end();
    }
  });
});
