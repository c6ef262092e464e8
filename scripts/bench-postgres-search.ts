// Search on a PostgreSQL library at scale: loads 100,000 synthetic articles (the
// same composition as the SQLite library bench, scripts/bench-library/) into a
// fresh database with multi-row inserts, builds the search index, and times the
// SQLite bench's query mix (1, 2 and 3+ characters, common and rare, with and
// without filters) through the SearchIndex.
// `npx tsx scripts/bench-postgres-search.ts --db postgres://user@host:port/db`
// (or QINGGAO_BENCH_PG_URL / QINGGAO_TEST_PG_URL): a database named
// qinggao_bench_… is created on that server and dropped at the end (--keep keeps
// it; `--existing URL` times the queries again on a database kept before).
import { loadavg, cpus } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import type { ArticleFilter, ArticleStatus } from '../core/model/library';
import type { Block } from '../core/model/page-doc';
import { seededRandom } from '../main/fuzz/seeded-random';
import { blocksToText } from '../main/services/article-document';
import { planSearch } from '../main/services/search-query';
import { createPostgresClient, type PostgresClient } from '../main/store/postgres/postgres-client';
import { createPostgresSearch } from '../main/store/postgres/postgres-search';
import { runPostgresMigrations } from '../main/store/postgres/run-postgres-migrations';
import { loadDefaultVocabulary } from '../main/vocab/default-vocabulary';
import { readSeedMaterial, type SeedMaterial } from './bench-library/seed-material';

const ARTICLES = Number(process.env.QINGGAO_BENCH_ARTICLES ?? 100_000);
const ARTICLES_PER_PAGE = 5;
const PAGES_PER_ISSUE = 4;
const BATCH = 2_000;
const STATUSES: ArticleStatus[] = ['raw', 'raw', 'cleaned', 'cleaned', 'proofread', 'published'];

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const serverUrl = argument('--db') ?? process.env.QINGGAO_BENCH_PG_URL ?? process.env.QINGGAO_TEST_PG_URL;
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

function issueDate(issue: number): string {
  return new Date(Date.UTC(2012, 0, 1) + issue * 86_400_000).toISOString().slice(0, 10);
}

/** Pages, articles and tags as scripts/bench-library/synthetic-library.ts composes them, written a batch at a time. */
async function loadSyntheticLibrary(sql: PostgresClient, material: SeedMaterial, vocabulary: ReturnType<typeof loadDefaultVocabulary>): Promise<void> {
  const random = seededRandom(20250627);
  const now = new Date().toISOString();
  const pages = { id: [] as number[], source: [] as string[], raw: [] as string[], issueDate: [] as string[], label: [] as string[] };
  const articles = { id: [] as number[], pageId: [] as number[], ordinal: [] as number[], title: [] as string[], byline: [] as (string | null)[], status: [] as string[], blocks: [] as string[], text: [] as string[] };
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
    await sql.run(
      'INSERT INTO article_tags (article_id, type, name, source) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING',
      [tags.articleId, tags.type, tags.name, tags.source] as never,
    );
    for (const columns of [pages, articles, tags]) for (const values of Object.values(columns)) values.length = 0;
  };
  let pageId = 0;
  let ordinal = 0;
  for (let index = 0; index < ARTICLES; index++) {
    if (index % ARTICLES_PER_PAGE === 0) {
      const pageIndex = index / ARTICLES_PER_PAGE;
      pageId = pageIndex + 1;
      pages.id.push(pageId);
      pages.source.push(`synthetic-${pageIndex}.txt`);
      pages.raw.push(random.pick(material.pages).text);
      pages.issueDate.push(issueDate(Math.floor(pageIndex / PAGES_PER_ISSUE)));
      pages.label.push(`${String((pageIndex % PAGES_PER_ISSUE) + 1).padStart(2, '0')}版`);
      ordinal = 0;
    }
    const court = random.pick(vocabulary.courts);
    const themes = [random.pick(vocabulary.themes).name, random.pick(vocabulary.themes).name].filter((name, position, all) => all.indexOf(name) === position);
    const title = `${random.next() < 0.5 ? (court.region ?? '') : ''}${random.pick(material.titlePhrases)} ${random.pick(material.titlePhrases)}`.trim();
    const blocks: Block[] = [{ type: 'paragraph', text: `本报讯 ${court.name}第${random.between(1, 999)}号案件办理情况通报，${random.between(2, 98)}名干警参与。` }];
    for (let paragraph = random.between(3, 7); paragraph > 0; paragraph--) {
      const roll = random.next();
      if (roll < 0.1 && material.headings.length) blocks.push({ type: 'heading', text: random.pick(material.headings) });
      else if (roll < 0.15 && material.captions.length) blocks.push({ type: 'caption', text: random.pick(material.captions) });
      else blocks.push({ type: 'paragraph', text: random.pick(material.paragraphs) });
    }
    const byline = random.next() < 0.6 ? `本报通讯员 ${random.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄'])}${random.pick(['敏', '强', '丽', '军', '静', '磊', '洋', '艳'])}` : null;
    const articleId = index + 1;
    articles.id.push(articleId);
    articles.pageId.push(pageId);
    articles.ordinal.push(ordinal++);
    articles.title.push(title);
    articles.byline.push(byline);
    articles.status.push(random.pick(STATUSES));
    articles.blocks.push(JSON.stringify(blocks));
    articles.text.push(blocksToText(blocks));
    const source = random.next() < 0.3 ? 'confirmed' : 'suggested';
    for (const tag of [{ type: 'court', name: court.name, source }, ...themes.map((name) => ({ type: 'theme', name, source: 'suggested' }))]) {
      tags.articleId.push(articleId);
      tags.type.push(tag.type);
      tags.name.push(tag.name);
      tags.source.push(tag.source);
    }
    if (articles.id.length >= BATCH && index % ARTICLES_PER_PAGE === ARTICLES_PER_PAGE - 1) await flush();
  }
  await flush();
  // The ids were given explicitly; later inserts must continue after them.
  await sql.exec("SELECT setval(pg_get_serial_sequence('pages', 'id'), (SELECT max(id) FROM pages)); SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))");
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main(): Promise<void> {
  const existing = argument('--existing');
  if (!serverUrl && !existing) throw new Error('Give a server: --db postgres://user@host:port/database (or QINGGAO_BENCH_PG_URL)');
  const name = `qinggao_bench_${Date.now()}`;
  const admin = existing ? null : new pg.Client({ connectionString: serverUrl });
  const url = new URL(existing ?? serverUrl!);
  if (admin) {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    url.pathname = `/${name}`;
  }
  const sql = createPostgresClient({ connectionString: url.toString(), max: 2 });
  const search = createPostgresSearch(sql);
  const vocabulary = loadDefaultVocabulary();
  try {
    console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')}`);
    if (!existing) {
      await runPostgresMigrations(sql);
      const material = readSeedMaterial(resolve(import.meta.dirname, '../seeds/pages'), vocabulary);
      let started = performance.now();
      await sql.transaction(() => loadSyntheticLibrary(sql, material, vocabulary));
      console.log(`loaded ${ARTICLES} articles (${ARTICLES / ARTICLES_PER_PAGE} pages, their tags) in ${seconds(started)} s`);
      started = performance.now();
      await search.rebuild();
      console.log(`built the search index in ${seconds(started)} s`);
      started = performance.now();
      await sql.exec('VACUUM ANALYZE');
      console.log(`VACUUM ANALYZE in ${seconds(started)} s`);
    }
    const size = await sql.value<string>("SELECT pg_size_pretty(pg_database_size(current_database())) || ' (search tables ' || pg_size_pretty(pg_total_relation_size('article_search') + pg_total_relation_size('article_search_words')) || ', GIN index ' || pg_size_pretty(pg_relation_size('article_search_grams')) || ')'");
    const articles = await sql.value<number>('SELECT count(*) FROM articles');
    console.log(`database ${size}; ${articles} articles`);

    const court = vocabulary.courts[3].name;
    const theme = vocabulary.themes[0].name;
    const one = ['鄂', '赤', '冬', '桥', '溯', '凝', '法'];
    const two = ['党建', '执行', '调解', '法官', '诉讼', '纠纷', '林区', '草原'];
    const more = ['人民法院', '诉源治理', '一站式诉讼服务', '铸牢中华民族共同体意识', '司法为民', '矛盾纠纷化解'];
    const filters: ArticleFilter[] = [{}, { court }, { theme }, { status: 'proofread' }, { dateFrom: '2018-01-01', dateTo: '2019-12-31' }, { pageLabel: '02版', theme }];
    const queries: { kind: string; query: string; filter: ArticleFilter }[] = [];
    for (const filter of filters) {
      for (const query of one) queries.push({ kind: '1-char', query, filter });
      for (const query of two) queries.push({ kind: '2-char', query, filter });
      for (const query of more) queries.push({ kind: '3+-char', query, filter });
    }
    const run = (query: string, filter: ArticleFilter, offset: number) => search.match(planSearch(query).terms, filter, offset, 20);
    const totals = new Map<string, number>();
    for (const { query, filter } of queries) {
      const { total } = await run(query, filter, 0);
      if (Object.keys(filter).length === 0) totals.set(query, total);
    }
    const timings: Record<string, number[]> = { all: [], '1-char': [], '2-char': [], '3+-char': [], filtered: [], unfiltered: [] };
    const slowest: { query: string; filter: ArticleFilter; ms: number }[] = [];
    for (let round = 0; round < 3; round++) {
      for (const { kind, query, filter } of queries) {
        const queryStarted = performance.now();
        await run(query, filter, round * 20);
        const ms = performance.now() - queryStarted;
        for (const key of ['all', kind, Object.keys(filter).length ? 'filtered' : 'unfiltered']) timings[key].push(ms);
        slowest.push({ query, filter, ms });
      }
    }
    console.log(`matches without a filter: ${[...totals].map(([query, total]) => `${query} ${total}`).join(', ')}`);
    for (const [kind, values] of Object.entries(timings)) console.log(`search ${kind.padEnd(10)} n=${String(values.length).padStart(3)}  p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms`);
    const p95 = percentile(timings.all, 95);
    console.log(`search p95 over all ${timings.all.length} queries on ${articles} articles: ${p95.toFixed(1)} ms; goal ≤ 50 ms: ${p95 <= 50 ? 'OK' : 'MISSED'}`);
    console.log(`slowest: ${slowest.sort((a, b) => b.ms - a.ms).slice(0, 5).map((entry) => `${entry.query} ${JSON.stringify(entry.filter)} ${entry.ms.toFixed(0)} ms`).join('; ')}`);
  } finally {
    await sql.close();
    if (admin) {
      if (!process.argv.includes('--keep')) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      else console.log(`kept ${url.toString()}`);
      await admin.end();
    }
  }
}

await main();
