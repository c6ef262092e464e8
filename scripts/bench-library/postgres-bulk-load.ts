// The synthetic library (synthetic-articles.ts) written to a PostgreSQL library
// the fast way: multi-row inserts (unnest of arrays) a batch at a time, then the
// search index rebuilt once and the tables vacuumed and analyzed. Row for row
// the library buildSyntheticLibrary writes through the repositories, in a
// fraction of the time, so a 100,000-article library is ready in minutes.
import type { Vocabulary } from '../../core/model/vocabulary';
import type { PostgresClient } from '../../main/store/postgres/postgres-client';
import { createPostgresSearch } from '../../main/store/postgres/postgres-search';
import type { SeedMaterial } from './seed-material';
import { ARTICLES_PER_PAGE, syntheticArticles } from './synthetic-articles';

const BATCH = 2_000;

/** Seconds each step took, for the bench to print. */
export interface BulkLoadTimes {
  loadSeconds: number;
  indexSeconds: number;
  vacuumSeconds: number;
}

/** Pages, articles, their first revisions and tags, on a library that has no pages or articles yet (ids are given explicitly). */
async function insertSyntheticRows(sql: PostgresClient, material: SeedMaterial, vocabulary: Vocabulary, articleCount: number): Promise<void> {
  const now = new Date().toISOString();
  const pages = { id: [] as number[], source: [] as string[], raw: [] as string[], issueDate: [] as string[], label: [] as string[] };
  const articles = { id: [] as number[], pageId: [] as number[], ordinal: [] as number[], title: [] as string[], byline: [] as (string | null)[], status: [] as string[], blocks: [] as string[], text: [] as string[], fields: [] as string[] };
  const tags = { articleId: [] as number[], type: [] as string[], name: [] as string[], source: [] as string[] };
  const flush = async () => {
    await sql.run(
      `INSERT INTO pages (id, source, content_hash, raw, encoding, publication, issue_date, page_label, analysis_json, imported_at)
       SELECT id, source, source, raw, 'utf-8', '法院专刊', issue_date, label, '{}', ? FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t(id, source, raw, issue_date, label)`,
      [now, pages.id, pages.source, pages.raw, pages.issueDate, pages.label] as never,
    );
    await sql.run(
      `INSERT INTO articles (id, page_id, ordinal, title, byline, status, doc_json, blocks_json, text, revision, edited_by_hand, flags_json, updated_at)
       SELECT id, page_id, ordinal, title, byline, status, 'null', blocks, text, 1, 0, '[]', ? FROM unnest(?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t(id, page_id, ordinal, title, byline, status, blocks, text)`,
      [now, articles.id, articles.pageId, articles.ordinal, articles.title, articles.byline, articles.status, articles.blocks, articles.text] as never,
    );
    // Every article has its first revision, as one written through the repositories does.
    await sql.run(
      `INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text)
       SELECT id, 1, ?, 'import', status, title, fields, blocks, 'null', text FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t(id, status, title, fields, blocks, text)`,
      [now, articles.id, articles.status, articles.title, articles.fields, articles.blocks, articles.text] as never,
    );
    await sql.run(
      'INSERT INTO article_tags (article_id, type, name, source) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING',
      [tags.articleId, tags.type, tags.name, tags.source] as never,
    );
    for (const columns of [pages, articles, tags]) for (const values of Object.values(columns)) values.length = 0;
  };
  let articleId = 0;
  for (const article of syntheticArticles(material, vocabulary, articleCount)) {
    const pageId = article.page.index + 1;
    if (article.opensPage) {
      pages.id.push(pageId);
      pages.source.push(article.page.source);
      pages.raw.push(article.page.raw);
      pages.issueDate.push(article.page.issueDate);
      pages.label.push(article.page.pageLabel);
    }
    articleId++;
    articles.id.push(articleId);
    articles.pageId.push(pageId);
    articles.ordinal.push(article.ordinal);
    articles.title.push(article.fields.title);
    articles.byline.push(article.fields.byline);
    articles.status.push(article.status);
    articles.blocks.push(JSON.stringify(article.blocks));
    articles.text.push(article.text);
    articles.fields.push(JSON.stringify(article.fields));
    for (const tag of article.tags) {
      tags.articleId.push(articleId);
      tags.type.push(tag.type);
      tags.name.push(tag.name);
      tags.source.push(tag.source);
    }
    // A batch ends with a whole page, so no article arrives before its page.
    if (articles.id.length >= BATCH && article.ordinal === ARTICLES_PER_PAGE - 1) await flush();
  }
  await flush();
  // The ids were given explicitly; later inserts must continue after them.
  await sql.exec("SELECT setval(pg_get_serial_sequence('pages', 'id'), (SELECT max(id) FROM pages)); SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))");
}

/** Loads `articleCount` synthetic articles into a migrated, empty PostgreSQL library, builds its search index and refreshes its statistics. */
export async function bulkLoadSyntheticLibrary(sql: PostgresClient, material: SeedMaterial, vocabulary: Vocabulary, articleCount: number): Promise<BulkLoadTimes> {
  const seconds = (started: number) => (performance.now() - started) / 1000;
  let started = performance.now();
  await sql.transaction(() => insertSyntheticRows(sql, material, vocabulary, articleCount));
  const loadSeconds = seconds(started);
  started = performance.now();
  await createPostgresSearch(sql).rebuild();
  const indexSeconds = seconds(started);
  started = performance.now();
  await sql.exec('VACUUM ANALYZE');
  return { loadSeconds, indexSeconds, vacuumSeconds: seconds(started) };
}
