// Regenerates the development corpus (issue #9) from corpus/articles/*.json:
//   npm run corpus                 everything (text layouts, PDFs, extractions, golds)
//   npm run corpus -- --text-only  the text layouts only (no Chromium)
// Same articles → byte-identical texts and golds. Refuses to run on a bad article.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusArticle } from './article';
import { checkArticleFolder, formatProblems, loadCourtNames } from './check-articles';
import { type PageSpec, composeSplit, pageArticles } from './compose-page';
import { mutoolText, pdfPageCount, pdftotext } from './extract-text';
import { pageHtml } from './page-html';
import { type FittedPage, openPagePrinter } from './print-pdf';
import { SPLITS, type Split, splitIds, splitOf } from './split';
import { textPages } from './text-pages';
import { goldDoc, goldJson } from './write-gold';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = path.join(repoRoot, 'corpus');
const textOnly = process.argv.includes('--text-only');

/** Two groupings of each split: every article is on two pages, each time with other neighbours. */
const TEXT_ROUNDS = 2;
const PDF_ROUNDS = 2;
/** Every third PDF page also gets `pdftotext -layout`. */
const LAYOUT_EVERY = 3;
/** Multi-page issue PDFs (for the import tests), from the train split only: they repeat its pages. */
const ISSUE_PDFS: Record<Split, number> = { train: 2, test: 0 };
/** Git holds every test PDF, then the smallest train issue and up to 5 small train pages, within 8 MB. */
const COMMITTED_TRAIN_PAGES = 5;
const COMMITTED_PDF_BYTES = 8 * 1024 * 1024;

interface PrintedPdf {
  split: Split;
  /** Path relative to corpus/pdf/<split>/. */
  file: string;
  issue: boolean;
  bytes: number;
}

const started = Date.now();
const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
const { articles, problems } = checkArticleFolder(path.join(corpusDir, 'articles'), courts);
if (problems.length) {
  console.error(`npm run corpus: ${problems.length} bad article file(s), nothing was built:\n${formatProblems(problems)}`);
  process.exit(1);
}
const bySplit: Record<Split, CorpusArticle[]> = { train: [], test: [] };
for (const article of articles) bySplit[splitOf(article.id)].push(article);
writeFileSync(path.join(corpusDir, 'split.json'), `${JSON.stringify({ rule: 'test iff sha256(id)[0] % 10 < 3', ...splitIds(articles.map((a) => a.id)) }, null, 2)}\n`);

const write = (file: string, text: string | Uint8Array): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const pagesDir = (split: Split, kind: string): string => path.join(corpusDir, 'pages', split, kind);

// Text layouts.
const textManifest: object[] = [];
for (const split of SPLITS) {
  rmSync(pagesDir(split, 'text-layouts'), { recursive: true, force: true });
  for (const page of textPages(split, bySplit[split], TEXT_ROUNDS)) {
    write(path.join(pagesDir(split, 'text-layouts'), `${page.name}.txt`), page.raw);
    write(path.join(pagesDir(split, 'text-layouts'), `${page.name}.gold.json`), page.gold);
    textManifest.push({ name: page.name, split, layout: page.layout, articles: page.articles });
  }
}
write(path.join(corpusDir, 'text-pages.json'), `${JSON.stringify(textManifest, null, 1)}\n`);
console.log(`text layouts: ${textManifest.length} pages`);

if (!textOnly) await buildPdfPages();
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

async function buildPdfPages(): Promise<void> {
  const printer = await openPagePrinter();
  const pdfManifest: object[] = [];
  const issueManifest: object[] = [];
  const printedPdfs: PrintedPdf[] = [];
  const extractions: Promise<void>[] = [];
  try {
    for (const split of SPLITS) {
      const pdfDir = path.join(corpusDir, 'pdf', split);
      for (const dir of [pdfDir, pagesDir(split, 'pdftotext'), pagesDir(split, 'mutool'), path.join(corpusDir, 'html', split)]) rmSync(dir, { recursive: true, force: true });
      const fitted: FittedPage[] = [];
      for (const [index, spec] of composeSplit(split, bySplit[split], PDF_ROUNDS).entries()) {
        const pageStarted = Date.now();
        const page = await printer.fit(spec);
        const fittedAt = Date.now();
        fitted.push(page);
        const name = spec.name;
        const pdfPath = path.join(pdfDir, `${name}.pdf`);
        write(path.join(corpusDir, 'html', split, `${name}.html`), pageHtml([page]));
        write(pdfPath, await printer.print([page]));
        if (pdfPageCount(pdfPath) !== 1) throw new Error(`${name}: printed on more than one sheet`);
        const printed = pageArticles(page.spec);
        const gold = (source: string): string => goldJson(goldDoc(source, printed, page.spec.masthead));
        // One page extracts while the next prints; no more, on a shared machine.
        await extractions.pop();
        extractions.push(extractPage(split, name, pdfPath, index % LAYOUT_EVERY === 0, gold));
        pdfManifest.push(describe(page, statSync(pdfPath).size));
        printedPdfs.push({ split, file: `${name}.pdf`, issue: false, bytes: statSync(pdfPath).size });
        if (process.env.CORPUS_TIMES) console.log(`${name}: fit ${fittedAt - pageStarted} ms, print ${Date.now() - fittedAt} ms`);
      }
      await printIssues(split, fitted, issueManifest);
      await Promise.all(extractions.splice(0));
    }
  } finally {
    await printer.close();
  }
  const committed = committedPdfs(printedPdfs);
  for (const split of SPLITS) write(path.join(corpusDir, 'pdf', split, '.gitignore'), gitignoreFor(split, committed));
  const committedBytes = committed.reduce((sum, pdf) => sum + pdf.bytes, 0);
  console.log(`committed PDFs: ${committed.length} of ${printedPdfs.length}, ${(committedBytes / 1048576).toFixed(2)} MB (all PDFs ${(printedPdfs.reduce((sum, pdf) => sum + pdf.bytes, 0) / 1048576).toFixed(2)} MB)`);
  if (committed.filter((pdf) => pdf.split === 'test').length < printedPdfs.filter((pdf) => pdf.split === 'test').length) {
    console.error('WARNING: the test split PDFs exceed the 8 MB kept in git; some are left to be rebuilt');
  }
  write(path.join(corpusDir, 'pdf-pages.json'), `${JSON.stringify({ pages: pdfManifest, issues: issueManifest }, null, 1)}\n`);
  console.log(`pdf pages: ${pdfManifest.length}, issue pdfs: ${issueManifest.length}`);

  async function printIssues(split: Split, fitted: FittedPage[], manifest: object[]): Promise<void> {
    const issues = new Map<string, FittedPage[]>();
    for (const page of fitted) issues.set(page.spec.issue, [...(issues.get(page.spec.issue) ?? []), page]);
    const complete = [...issues].filter(([, pages]) => pages.length >= 3).slice(0, ISSUE_PDFS[split]);
    for (const [issue, pages] of complete) {
      const pdfPath = path.join(corpusDir, 'pdf', split, 'issues', `${issue}.pdf`);
      write(pdfPath, await printer.print(pages));
      const count = pdfPageCount(pdfPath);
      if (count !== pages.length) throw new Error(`${issue}: ${count} sheets for ${pages.length} pages`);
      const entry = { name: issue, split, pdf: path.relative(corpusDir, pdfPath), pages: pages.map((page) => page.spec.name), bytes: statSync(pdfPath).size };
      write(path.join(corpusDir, 'pdf', split, 'issues', `${issue}.issue.json`), `${JSON.stringify(entry, null, 2)}\n`);
      manifest.push(entry);
      printedPdfs.push({ split, file: `issues/${issue}.pdf`, issue: true, bytes: entry.bytes });
    }
  }
}

/** pdftotext (and for some pages pdftotext -layout) and mutool output of one page, each beside its gold. */
async function extractPage(split: Split, name: string, pdfPath: string, layoutToo: boolean, gold: (source: string) => string): Promise<void> {
  const [raw, layout, mutool] = await Promise.all([pdftotext(pdfPath), layoutToo ? pdftotext(pdfPath, true) : null, mutoolText(pdfPath)]);
  const pdfDir = path.dirname(pdfPath);
  write(path.join(pdfDir, `${name}.txt`), raw);
  write(path.join(pdfDir, `${name}.gold.json`), gold(`${name}.txt`));
  write(path.join(pagesDir(split, 'pdftotext'), `${name}.txt`), raw);
  write(path.join(pagesDir(split, 'pdftotext'), `${name}.gold.json`), gold(`${name}.txt`));
  if (layout !== null) {
    write(path.join(pagesDir(split, 'pdftotext'), `${name}-layout.txt`), layout);
    write(path.join(pagesDir(split, 'pdftotext'), `${name}-layout.gold.json`), gold(`${name}-layout.txt`));
  }
  write(path.join(pagesDir(split, 'mutool'), `${name}.txt`), mutool);
  write(path.join(pagesDir(split, 'mutool'), `${name}.gold.json`), gold(`${name}.txt`));
}

function describe(page: FittedPage, bytes: number): object {
  const spec: PageSpec = page.spec;
  return {
    name: spec.name,
    split: spec.split,
    issue: spec.issue,
    paper: spec.paper,
    columns: spec.columns,
    arrangement: spec.arrangement,
    fontSize: page.fontSize,
    dropped: page.dropped,
    articles: pageArticles(spec).map((article) => article.id),
    masthead: spec.masthead.lines,
    bytes,
  };
}

/** Every test PDF (smallest first, within the budget), then the smallest train issue and train pages. */
function committedPdfs(printed: PrintedPdf[]): PrintedPdf[] {
  const bySize = (a: PrintedPdf, b: PrintedPdf): number => a.bytes - b.bytes || a.file.localeCompare(b.file);
  const test = printed.filter((pdf) => pdf.split === 'test').sort(bySize);
  const trainIssues = printed.filter((pdf) => pdf.split === 'train' && pdf.issue).sort(bySize).slice(0, 1);
  const trainPages = printed.filter((pdf) => pdf.split === 'train' && !pdf.issue).sort(bySize).slice(0, COMMITTED_TRAIN_PAGES);
  const out: PrintedPdf[] = [];
  let bytes = 0;
  for (const pdf of [...test, ...trainIssues, ...trainPages]) {
    if (bytes + pdf.bytes > COMMITTED_PDF_BYTES) continue;
    out.push(pdf);
    bytes += pdf.bytes;
  }
  return out;
}

function gitignoreFor(split: Split, committed: PrintedPdf[]): string {
  const kept = committed.filter((pdf) => pdf.split === split).map((pdf) => `!${pdf.file}`).sort();
  return `${['# written by scripts/corpus/build.ts: PDFs not kept in git are rebuilt by npm run corpus', '*.pdf', ...kept].join('\n')}\n`;
}
