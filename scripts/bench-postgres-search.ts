// Search on a PostgreSQL library at scale: loads 100,000 synthetic articles (the
// same composition as the SQLite library bench, scripts/bench-library/) into a
// fresh database with multi-row inserts (scripts/bench-library/postgres-bulk-load.ts,
// which `npm run bench -- library --db …` uses too), builds the search index, and
// times the SQLite bench's query mix (scripts/bench-library/search-queries.ts)
// through the SearchIndex alone, without the search service around it.
// `npx tsx scripts/bench-postgres-search.ts --db postgres://user@host:port/db`
// (or QINGGAO_BENCH_PG_URL / QINGGAO_TEST_PG_URL): a database named
// qinggao_bench_… is created on that server and dropped at the end (--keep keeps
// it; `--existing URL` times the queries again on a database kept before).
import { loadavg, cpus } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import type { ArticleFilter } from '../core/model/library';
import { planSearch } from '../main/services/search-query';
import { createPostgresClient } from '../main/store/postgres/postgres-client';
import { createPostgresSearch } from '../main/store/postgres/postgres-search';
import { runPostgresMigrations } from '../main/store/postgres/run-postgres-migrations';
import { loadDefaultVocabulary } from '../main/vocab/default-vocabulary';
import { bulkLoadSyntheticLibrary } from './bench-library/postgres-bulk-load';
import { benchQueries, percentile } from './bench-library/search-queries';
import { readSeedMaterial } from './bench-library/seed-material';
import { ARTICLES_PER_PAGE } from './bench-library/synthetic-articles';

const ARTICLES = Number(process.env.QINGGAO_BENCH_ARTICLES ?? 100_000);

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const serverUrl = argument('--db') ?? process.env.QINGGAO_BENCH_PG_URL ?? process.env.QINGGAO_TEST_PG_URL;

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
      const times = await bulkLoadSyntheticLibrary(sql, material, vocabulary, ARTICLES);
      console.log(`loaded ${ARTICLES} articles (${ARTICLES / ARTICLES_PER_PAGE} pages, their tags) in ${times.loadSeconds.toFixed(1)} s`);
      console.log(`built the search index in ${times.indexSeconds.toFixed(1)} s`);
      console.log(`VACUUM ANALYZE in ${times.vacuumSeconds.toFixed(1)} s`);
    }
    const size = await sql.value<string>("SELECT pg_size_pretty(pg_database_size(current_database())) || ' (search tables ' || pg_size_pretty(pg_total_relation_size('article_search') + pg_total_relation_size('article_search_words')) || ', GIN index ' || pg_size_pretty(pg_relation_size('article_search_grams')) || ')'");
    const articles = await sql.value<number>('SELECT count(*) FROM articles');
    console.log(`database ${size}; ${articles} articles`);

    const queries = benchQueries(vocabulary);
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
