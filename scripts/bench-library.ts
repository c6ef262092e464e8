// Library benchmarks with the scale they were measured at: importing 1,000 pages
// through the real import service, search p50/p95 and RSS on a 100,000-article
// library, and exporting 10,000 articles as txt and docx.
// Run alone: `npx tsx scripts/bench-library.ts` (or `npm run bench -- library`).
// `--db postgres://user@host:port/db` measures a shared PostgreSQL library on
// that server instead (scripts/bench-library/postgres-library-bench.ts), adding
// save latency with ten clients saving at once.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLibrary } from '../main/library/open-library';
import { defaultVocabularyDir, loadDefaultVocabulary } from '../main/vocab/default-vocabulary';
import { benchExport, benchSearch, importPageTexts, LIBRARY_ARTICLES, printImport, printMachineAndScale, seconds, verdict } from './bench-library/bench-steps';
import { benchPostgresLibrary } from './bench-library/postgres-library-bench';
import { readSeedMaterial, type SeedMaterial } from './bench-library/seed-material';
import { buildSyntheticLibrary } from './bench-library/synthetic-library';

const SEEDS_DIR = resolve(import.meta.dirname, '../seeds/pages');

async function benchImport(workDir: string, material: SeedMaterial): Promise<void> {
  const folder = join(workDir, 'pages');
  for (const page of importPageTexts(material)) {
    mkdirSync(join(folder, page.folder), { recursive: true });
    writeFileSync(join(folder, page.folder, page.name), page.text);
  }
  const library = await openLibrary({ dataDir: join(workDir, 'import-library'), vocabularyDir: defaultVocabularyDir() });
  const started = performance.now();
  const report = await library.services!.imports.importPaths([folder]);
  const took = seconds(started);
  const articles = await library.services!.store.read.articles.count();
  library.close();
  printImport(report.imported, articles, took, 10);
}

async function benchSqliteLibrary(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'qinggao-bench-library-'));
  try {
    printMachineAndScale();
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

    const result = benchSearch(dataDir);
    console.log(`whole-file quick_check in the background after open: ${(result.backgroundCheckMs / 1000).toFixed(1)} s`);
    console.log(`RSS with the ${result.articles}-article library open after searching: ${result.rssMb.toFixed(0)} MB; goal ≤ 300 MB: ${verdict(result.rssMb <= 300)}`);

    await benchExport(() => openLibrary({ dataDir }));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/** SQLite in a temporary folder, or with `--db postgres://…` a fresh database on that server (`--keep` keeps it). */
export async function benchLibrary(): Promise<void> {
  const server = argument('--db');
  if (server) await benchPostgresLibrary({ server, keep: process.argv.includes('--keep'), seedsDir: SEEDS_DIR });
  else await benchSqliteLibrary();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLibrary();
