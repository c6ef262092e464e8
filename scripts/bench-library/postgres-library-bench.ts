// The library bench on a shared PostgreSQL library (issue #11 "Scale"): the same
// figures as on SQLite, through the same services, on fresh databases the bench
// makes on the given server — qinggao_bench_<pid> for the 100,000-article
// library and qinggao_bench_<pid>_import for the import, dropped at the end
// unless --keep — plus save latency with ten clients (ten openSharedLibrary
// instances, as ten editors' apps) saving different articles at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Library } from '../../main/library/library';
import { parseSharedLocation } from '../../main/library/library-location';
import { openSharedLibrary } from '../../main/library/open-shared-library';
import { createPostgresClient } from '../../main/store/postgres/postgres-client';
import { defaultVocabularyDir, loadDefaultVocabulary } from '../../main/vocab/default-vocabulary';
import { benchExport, benchSearch, importPageTexts, LIBRARY_ARTICLES, printImport, printMachineAndScale, seconds, verdict } from './bench-steps';
import { bulkLoadSyntheticLibrary } from './postgres-bulk-load';
import { percentile } from './search-queries';
import { readSeedMaterial, type SeedMaterial } from './seed-material';

const SAVE_CLIENTS = 10;
const SAVES_PER_CLIENT = Number(process.env.QINGGAO_BENCH_SAVES ?? 30);

export interface PostgresLibraryBenchOptions {
  /** Any database on the server: the bench connects there to create (and drop) its own. */
  server: string;
  keep: boolean;
  seedsDir: string;
}

/** The server URL with another database (and the password a PGPASSWORD gives kept out of the URL). */
function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function benchImport(url: string, dataDir: string, material: SeedMaterial): Promise<void> {
  const library = await openSharedLibrary({ location: parseSharedLocation(url, process.env), dataDir, vocabularyDir: defaultVocabularyDir() });
  try {
    const inputs = importPageTexts(material).map(({ name, text }) => ({ name, text }));
    const started = performance.now();
    const report = await library.services!.imports.importInputs(inputs);
    const took = seconds(started);
    printImport(report.imported, await library.services!.store.read.articles.count(), took, 20);
  } finally {
    library.close();
  }
}

async function buildLibrary(url: string, dataDir: string, material: SeedMaterial): Promise<void> {
  // Opening it first sets the database up as the app would: the schema, the court and theme lists.
  (await openSharedLibrary({ location: parseSharedLocation(url, process.env), dataDir, vocabularyDir: defaultVocabularyDir() })).close();
  const sql = createPostgresClient({ connectionString: url, max: 2 });
  try {
    const started = performance.now();
    const times = await bulkLoadSyntheticLibrary(sql, material, loadDefaultVocabulary(), LIBRARY_ARTICLES);
    const size = await sql.value<string>('SELECT pg_size_pretty(pg_database_size(current_database()))');
    console.log(
      `built ${LIBRARY_ARTICLES} articles from ${material.paragraphs.length} seed paragraphs and ${material.titlePhrases.length} title phrases in ${seconds(started).toFixed(1)} s (${size}; rows ${times.loadSeconds.toFixed(1)} s, search index ${times.indexSeconds.toFixed(1)} s, VACUUM ANALYZE ${times.vacuumSeconds.toFixed(1)} s)`,
    );
  } finally {
    await sql.close();
  }
}

/** One client: opens its own shared library and saves its own articles one after another, timing each save. */
async function saveLoop(library: Library, client: number, timings: number[]): Promise<void> {
  const { articles } = library.services!;
  for (let round = 0; round < SAVES_PER_CLIENT; round++) {
    // Client c takes articles c+1, c+1+10, …: no two clients save the same article, so none meets a conflict.
    const articleId = 1 + client + SAVE_CLIENTS * (round % 500);
    const detail = await articles.get(articleId);
    const blocks = [...detail.blocks, { type: 'paragraph' as const, text: `第${round + 1}次修改：客户端${client + 1}补充一段文字。` }];
    const started = performance.now();
    await articles.save({ articleId, baseRevision: detail.revision, fields: detail.fields, blocks, doc: null });
    timings.push(performance.now() - started);
  }
}

async function benchSaves(url: string, dataDir: string): Promise<void> {
  const libraries: Library[] = [];
  try {
    for (let client = 0; client < SAVE_CLIENTS; client++) {
      libraries.push(await openSharedLibrary({ location: parseSharedLocation(url, process.env), dataDir: join(dataDir, `client-${client + 1}`), person: `编辑${client + 1}` }));
    }
    const timings: number[] = [];
    const started = performance.now();
    await Promise.all(libraries.map((library, client) => saveLoop(library, client, timings)));
    const took = seconds(started);
    const p95 = percentile(timings, 95);
    console.log(
      `save: ${SAVE_CLIENTS} clients saving at once, ${timings.length} saves in ${took.toFixed(1)} s (${(timings.length / took).toFixed(0)} a second) — p50 ${percentile(timings, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${Math.max(...timings).toFixed(1)} ms`,
    );
  } finally {
    for (const library of libraries) library.close();
  }
}

export async function benchPostgresLibrary(options: PostgresLibraryBenchOptions): Promise<void> {
  const name = `qinggao_bench_${process.pid}`;
  const databases = [name, `${name}_import`];
  const admin = new pg.Client({ connectionString: options.server });
  await admin.connect();
  const workDir = mkdtempSync(join(tmpdir(), 'qinggao-bench-library-'));
  try {
    for (const database of databases) await admin.query(`CREATE DATABASE ${database}`);
    printMachineAndScale();
    const url = databaseUrl(options.server, name);
    console.log(`engine: PostgreSQL ${(await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version} at ${parseSharedLocation(url).host}:${parseSharedLocation(url).port}; saves: ${SAVE_CLIENTS} clients × ${SAVES_PER_CLIENT}`);
    const material = readSeedMaterial(options.seedsDir, loadDefaultVocabulary());
    await benchImport(databaseUrl(options.server, databases[1]), join(workDir, 'import'), material);

    const dataDir = join(workDir, 'big-library');
    await buildLibrary(url, dataDir, material);
    const result = benchSearch(dataDir, ['--db', url]);
    for (const kind of ['1-char', '2-char', '3+-char']) console.log(`search ${kind} p95 ${result.summary[kind].p95.toFixed(1)} ms; goal ≤ 50 ms: ${verdict(result.summary[kind].p95 <= 50)}`);
    console.log(`RSS of the app with the ${result.articles}-article shared library open after searching: ${result.rssMb.toFixed(0)} MB; goal ≤ 300 MB: ${verdict(result.rssMb <= 300)}`);

    await benchExport(() => openSharedLibrary({ location: parseSharedLocation(url, process.env), dataDir }));
    await benchSaves(url, dataDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (options.keep) console.log(`kept ${databases.map((database) => databaseUrl(options.server, database).replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@')).join(' and ')}`);
    else for (const database of databases) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}
