// The library bench's steps and lines that both engines share (bench-library.ts
// for SQLite, postgres-library-bench.ts for PostgreSQL): the scale, the import
// pages, the search probe, the export, and how each figure is printed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Library } from '../../main/library/library';
import type { SeedMaterial } from './seed-material';

export const IMPORT_PAGES = Number(process.env.QINGGAO_BENCH_IMPORT_PAGES ?? 1_000);
export const LIBRARY_ARTICLES = Number(process.env.QINGGAO_BENCH_ARTICLES ?? 100_000);
export const EXPORT_ARTICLES = Number(process.env.QINGGAO_BENCH_EXPORT_ARTICLES ?? 10_000);

export const seconds = (started: number) => (performance.now() - started) / 1000;
export const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

/** The import bench's pages: distinct (a numbered line changes the hash), twenty to an issue folder. */
export function importPageTexts(material: SeedMaterial): { folder: string; name: string; text: string }[] {
  return Array.from({ length: IMPORT_PAGES }, (_, index) => ({
    folder: `issue-${Math.floor(index / 20)}`,
    name: `page-${index}.txt`,
    text: `${material.pages[index % material.pages.length].text}\n第${index}期\n`,
  }));
}

export function printImport(imported: number, articles: number, took: number, goalSeconds: number): void {
  console.log(`import: ${imported} pages (${articles} articles) in ${took.toFixed(2)} s — ${(took * 1000 / IMPORT_PAGES).toFixed(1)} ms/page; goal 1,000 pages ≤ ${goalSeconds} s: ${verdict(took * (1000 / IMPORT_PAGES) <= goalSeconds)}`);
}

export async function benchExport(open: () => Promise<Library>): Promise<void> {
  const library = await open();
  const services = library.services!;
  const articleIds = await services.store.sql.column<number>('SELECT id FROM articles ORDER BY id LIMIT ?', [EXPORT_ARTICLES]);
  for (const format of ['txt', 'docx'] as const) {
    const started = performance.now();
    const result = await services.exports.exportArticles({ articleIds, format, layout: 'per-article', confirmedTagsOnly: false });
    const took = seconds(started);
    console.log(`export ${format}: ${result.articles} articles → ${result.files.length} files in ${took.toFixed(1)} s; goal 10,000 ≤ 30 s: ${verdict(took * (10_000 / EXPORT_ARTICLES) <= 30)}`);
    rmSync(result.directory, { recursive: true, force: true });
  }
  library.close();
}

export interface SearchProbeResult {
  articles: number;
  summary: Record<string, { count: number; p50: number; p95: number }>;
  slowest: { query: string; filter: object; ms: number }[];
  rssMb: number;
  backgroundCheckMs: number;
}

/** Times the query mix in a child process on the library in `dataDir` (and `--db URL` for a shared one) and prints the search lines. */
export function benchSearch(dataDir: string, dbArguments: string[] = []): SearchProbeResult {
  const probe = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'search-probe.ts'), dataDir, ...dbArguments], { encoding: 'utf8' });
  const result = JSON.parse(probe) as SearchProbeResult;
  for (const [kind, { count, p50, p95 }] of Object.entries(result.summary)) console.log(`search ${kind.padEnd(10)} n=${String(count).padStart(3)}  p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`);
  console.log(`search p95 over all ${result.summary.all.count} queries on ${result.articles} articles: ${result.summary.all.p95.toFixed(1)} ms; goal ≤ 50 ms: ${verdict(result.summary.all.p95 <= 50)}`);
  console.log(`slowest: ${result.slowest.map((entry) => `${entry.query} ${JSON.stringify(entry.filter)} ${entry.ms.toFixed(0)} ms`).join('; ')}`);
  return result;
}

export function printMachineAndScale(): void {
  // Other work on the machine slows every figure; print it so a reader can tell.
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')}`);
  console.log(`scale: import ${IMPORT_PAGES} pages; library ${LIBRARY_ARTICLES} articles (${LIBRARY_ARTICLES / 5} pages, 4 pages an issue); export ${EXPORT_ARTICLES} articles`);
}
