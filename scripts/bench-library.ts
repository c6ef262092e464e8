// Library benchmarks with the scale they were measured at: importing 1,000 pages
// through the real import service, search p50/p95 and RSS on a 100,000-article
// library, and exporting 10,000 articles as txt and docx.
// Run alone: `npx tsx scripts/bench-library.ts` (or `npm run bench -- library`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLibrary } from '../main/library/open-library';
import { defaultVocabularyDir, loadDefaultVocabulary } from '../main/vocab/default-vocabulary';
import { readSeedMaterial } from './bench-library/seed-material';
import { buildSyntheticLibrary } from './bench-library/synthetic-library';

const SEEDS_DIR = resolve(import.meta.dirname, '../seeds/pages');
const IMPORT_PAGES = Number(process.env.QINGGAO_BENCH_IMPORT_PAGES ?? 1_000);
const LIBRARY_ARTICLES = Number(process.env.QINGGAO_BENCH_ARTICLES ?? 100_000);
const EXPORT_ARTICLES = Number(process.env.QINGGAO_BENCH_EXPORT_ARTICLES ?? 10_000);

const seconds = (started: number) => (performance.now() - started) / 1000;
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

async function benchImport(workDir: string, material: ReturnType<typeof readSeedMaterial>): Promise<void> {
  const folder = join(workDir, 'pages');
  for (let index = 0; index < IMPORT_PAGES; index++) {
    const sub = join(folder, `issue-${Math.floor(index / 20)}`);
    mkdirSync(sub, { recursive: true });
    // Distinct pages (a numbered line changes the hash) in nested folders.
    writeFileSync(join(sub, `page-${index}.txt`), `${material.pages[index % material.pages.length].text}\n第${index}期\n`);
  }
  const library = await openLibrary({ dataDir: join(workDir, 'import-library'), vocabularyDir: defaultVocabularyDir() });
  const started = performance.now();
  const report = await library.services!.imports.importPaths([folder]);
  const took = seconds(started);
  const articles = await library.services!.store.read.articles.count();
  library.close();
  console.log(`import: ${report.imported} pages (${articles} articles) in ${took.toFixed(2)} s — ${(took * 1000 / IMPORT_PAGES).toFixed(1)} ms/page; goal 1,000 pages ≤ 10 s: ${verdict(took * (1000 / IMPORT_PAGES) <= 10)}`);
}

async function benchExport(dataDir: string): Promise<void> {
  const library = await openLibrary({ dataDir });
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

export async function benchLibrary(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'qinggao-bench-library-'));
  try {
    // Other work on the machine slows every figure; print it so a reader can tell.
    console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')}`);
    console.log(`scale: import ${IMPORT_PAGES} pages; library ${LIBRARY_ARTICLES} articles (${LIBRARY_ARTICLES / 5} pages, 4 pages an issue); export ${EXPORT_ARTICLES} articles`);
    const vocabulary = loadDefaultVocabulary();
    const material = readSeedMaterial(SEEDS_DIR, vocabulary);
    await benchImport(workDir, material);

    const dataDir = join(workDir, 'big-library');
    const library = await openLibrary({ dataDir, vocabularyDir: defaultVocabularyDir() });
    const started = performance.now();
    await buildSyntheticLibrary(library.services!, material, LIBRARY_ARTICLES);
    library.close();
    const size = statSync(join(dataDir, 'library.sqlite')).size / 1024 / 1024;
    console.log(`built ${LIBRARY_ARTICLES} articles from ${material.paragraphs.length} seed paragraphs and ${material.titlePhrases.length} title phrases in ${seconds(started).toFixed(1)} s (${size.toFixed(0)} MB)`);

    const probe = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'bench-library', 'search-probe.ts'), dataDir], { encoding: 'utf8' });
    const result = JSON.parse(probe) as { articles: number; summary: Record<string, { count: number; p50: number; p95: number }>; slowest: { query: string; filter: object; ms: number }[]; rssMb: number; backgroundCheckMs: number };
    for (const [kind, { count, p50, p95 }] of Object.entries(result.summary)) console.log(`search ${kind.padEnd(10)} n=${String(count).padStart(3)}  p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`);
    console.log(`search p95 over all ${result.summary.all.count} queries on ${result.articles} articles: ${result.summary.all.p95.toFixed(1)} ms; goal ≤ 50 ms: ${verdict(result.summary.all.p95 <= 50)}`);
    console.log(`slowest: ${result.slowest.map((entry) => `${entry.query} ${JSON.stringify(entry.filter)} ${entry.ms.toFixed(0)} ms`).join('; ')}`);
    console.log(`whole-file quick_check in the background after open: ${(result.backgroundCheckMs / 1000).toFixed(1)} s`);
    console.log(`RSS with the ${result.articles}-article library open after searching: ${result.rssMb.toFixed(0)} MB; goal ≤ 300 MB: ${verdict(result.rssMb <= 300)}`);

    await benchExport(dataDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLibrary();
