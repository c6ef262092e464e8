// PDF import speed: read (pdf.js) + layout analysis, pages per second, for one-page PDFs and for
// one 100-page PDF (the one-page fixtures merged with mutool), with peak memory. The machine is
// shared, so each line also gives the CPU time a page took and the load average it ran under.
//   npm run bench -- pdf
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePdfPage } from '../core/pdf/analyze-pdf-page';
import { readPdf } from '../main/pdf/read-pdf';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_PAGES_PER_SECOND = 5;

function onePagePdfs(): string[] {
  const folders = [path.join(repoRoot, 'main/pdf/fixtures'), path.join(repoRoot, 'corpus/pdf/train')];
  return folders.flatMap((folder) => {
    try {
      // The import tests' fixtures (`import-…`) are bad on purpose (encrypted, a scanned page): not pages to time.
      return readdirSync(folder)
        .filter((name) => name.endsWith('.pdf') && !name.startsWith('import-'))
        .sort()
        .map((name) => path.join(folder, name));
    } catch {
      return [];
    }
  });
}

async function analyzeFile(file: string): Promise<number> {
  const pages = await readPdf(new Uint8Array(readFileSync(file)));
  for (const layout of pages) analyzePdfPage(layout);
  return pages.length;
}

/** `cpu 115 ms/page, load 1.2`: CPU time (user + system) since `start`, per page, and the 1-minute load average. */
function cpuAndLoad(start: NodeJS.CpuUsage, pages: number): string {
  const used = process.cpuUsage(start);
  return `cpu ${((used.user + used.system) / 1000 / pages).toFixed(0)} ms/page, load ${loadavg()[0].toFixed(1)}`;
}

export async function benchPdf(): Promise<void> {
  const files = onePagePdfs();
  if (!files.length) {
    console.log('pdf: no PDFs under main/pdf/fixtures');
    return;
  }
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  await analyzeFile(files[0]); // warm the JIT and pdf.js
  const oneStart = performance.now();
  const oneCpu = process.cpuUsage();
  let onePages = 0;
  while (onePages < 30) for (const file of files) onePages += await analyzeFile(file);
  const oneSeconds = (performance.now() - oneStart) / 1000;
  console.log(`pdf: read (pdf.js) + layout analysis, goal ≥ ${GOAL_PAGES_PER_SECOND} pages/s`);
  console.log(`one-page PDFs   ${onePages} files   ${oneSeconds.toFixed(2)} s   ${(onePages / oneSeconds).toFixed(1)} pages/s   peak RSS ${(peakRss / 1048576).toFixed(0)} MB   (${cpuAndLoad(oneCpu, onePages)})`);

  const work = mkdtempSync(path.join(tmpdir(), 'qinggao-bench-pdf-'));
  try {
    const merged = path.join(work, 'issue-100.pdf');
    const inputs = Array.from({ length: 100 }, (_, index) => files[index % files.length]);
    execFileSync('mutool', ['merge', '-o', merged, ...inputs]);
    peakRss = process.memoryUsage().rss;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const pages = await analyzeFile(merged);
    const seconds = (performance.now() - start) / 1000;
    console.log(`100-page PDF    ${pages} pages   ${seconds.toFixed(2)} s   ${(pages / seconds).toFixed(1)} pages/s   peak RSS ${(peakRss / 1048576).toFixed(0)} MB   (${cpuAndLoad(cpu, pages)})`);
  } finally {
    clearInterval(sampler);
    rmSync(work, { recursive: true, force: true });
  }
}
