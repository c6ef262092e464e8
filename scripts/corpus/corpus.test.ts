// The development corpus on disk (corpus/) against the frozen split rule and the generators:
// it must be exactly what `npm run corpus` makes from the articles.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from './article';
import { checkArticle, checkArticleFolder, loadCourtNames } from './check-articles';
import { composeSplit, pageArticles } from './compose-page';
import { mutoolText, pdftotext } from './extract-text';
import { withFixedDates } from './print-pdf';
import { SPLITS, type Split, splitOf } from './split';
import { textPages } from './text-pages';
import { goldDoc, goldJson } from './write-gold';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = path.join(repoRoot, 'corpus');
const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
const { articles, problems } = checkArticleFolder(path.join(corpusDir, 'articles'), courts);
const byId = new Map(articles.map((article) => [article.id, article]));
const ofSplit = (split: Split): CorpusArticle[] => articles.filter((article) => splitOf(article.id) === split);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8')) as T;

interface PageEntry {
  name: string;
  split: Split;
  articles: string[];
}
const textManifest = readJson<PageEntry[]>('text-pages.json');
const pdfManifest = readJson<{ pages: (PageEntry & { masthead: string[] })[]; issues: { name: string; split: Split; pages: string[] }[] }>('pdf-pages.json');

describe('corpus articles', () => {
  it('all pass the article check', () => {
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(12);
  });

  it('refuses a bad article with the reasons', () => {
    const good = readFileSync(path.join(corpusDir, 'articles', 'c001.json'), 'utf8');
    const bad = JSON.parse(good) as CorpusArticle;
    bad.courts = ['乌拉特中旗法院'];
    bad.themes = ['司法改革'];
    bad.blocks[0].text = `本报巴彦淖尔讯 7月上旬,正值牧区接羔保育的收尾时节\u3000 ${bad.blocks[0].text}`;
    bad.title = '## 巡回审判进牧区';
    const errors = checkArticle({ file: '/x/c001.json', text: JSON.stringify(bad) }, courts);
    expect(errors).toEqual(
      expect.arrayContaining([
        'court not in the gazetteer: 乌拉特中旗法院',
        'unknown theme 司法改革',
        'block 0: half-width punctuation next to Chinese',
        'block 0: space between Chinese and a digit or Latin letter',
        'block 0: an ideographic space (U+3000)',
        'title: markdown markup',
        'the first paragraph repeats the dateline',
      ]),
    );
    expect(checkArticle({ file: '/x/c002.json', text: good }, courts)).toContain('id "c001" differs from the file name "c002"');
    expect(checkArticle({ file: '/x/c001.json', text: '{"id": "c001",' }, courts)[0]).toMatch(/^not JSON/u);
  });

  it('npm run corpus stops on a bad article and names the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qinggao-articles-'));
    try {
      const bad = JSON.parse(readFileSync(path.join(corpusDir, 'articles', 'c003.json'), 'utf8')) as CorpusArticle;
      bad.themes = [];
      writeFileSync(path.join(dir, 'c003.json'), JSON.stringify(bad));
      const run = (): string => execFileSync('npx', ['tsx', path.join(repoRoot, 'scripts', 'corpus', 'check-articles.ts'), '--dir', dir], { encoding: 'utf8', stdio: 'pipe' });
      expect(run).toThrow(/c003\.json:\n {2}- themes must be 1-3/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the frozen split', () => {
  it('puts an article in test iff the first byte of sha256(id) mod 10 < 3', () => {
    // sha256("c007") starts 0x52 (82 → 2), sha256("c001") 0x26 (38 → 8), sha256("c008") 0x0d (13 → 3).
    expect(splitOf('c007')).toBe('test');
    expect(splitOf('c001')).toBe('train');
    expect(splitOf('c008')).toBe('train');
  });

  it('split.json lists every article once, in the split the rule gives', () => {
    const split = readJson<Record<Split, string[]>>('split.json');
    expect([...split.train, ...split.test].sort()).toEqual(articles.map((article) => article.id).sort());
    for (const name of SPLITS) for (const id of split[name]) expect(splitOf(id)).toBe(name);
  });

  it('no page mixes splits, and each page lies in its split folder', () => {
    const pages = [...textManifest, ...pdfManifest.pages];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      for (const id of page.articles) expect(splitOf(id), `${page.name}: ${id}`).toBe(page.split);
      expect(page.name.startsWith(`${page.split}-`)).toBe(true);
    }
    for (const issue of pdfManifest.issues) for (const name of issue.pages) expect(pdfManifest.pages.find((p) => p.name === name)?.split).toBe(issue.split);
  });

  it('every gold on disk belongs to a listed page of its split and holds exactly its articles', () => {
    const listed = new Map([...textManifest, ...pdfManifest.pages].map((page) => [page.name, page]));
    const folders = SPLITS.flatMap((split) => [
      ...['text-layouts', 'pdftotext', 'mutool'].map((kind) => ({ split, dir: path.join('pages', split, kind) })),
      { split, dir: path.join('pdf', split) },
    ]);
    let golds = 0;
    for (const { split, dir } of folders) {
      if (!existsSync(path.join(corpusDir, dir))) continue;
      for (const file of readdirSync(path.join(corpusDir, dir)).filter((f) => f.endsWith('.gold.json'))) {
        const page = listed.get(file.replace(/(-layout)?\.gold\.json$/u, ''));
        expect(page?.split, `${dir}/${file}`).toBe(split);
        const gold = readJson<{ articles: { title: string }[] }>(path.join(dir, file));
        expect(gold.articles.map((a) => a.title)).toEqual(page?.articles.map((id) => byId.get(id)?.title));
        expect(existsSync(path.join(corpusDir, dir, file.replace(/\.gold\.json$/u, '.txt')))).toBe(true);
        golds++;
      }
    }
    expect(golds).toBeGreaterThanOrEqual(textManifest.length + 3 * pdfManifest.pages.length);
  });
});

describe('regenerating the corpus', () => {
  it('gives byte-identical text-layout pages and golds, the ones on disk', () => {
    for (const split of SPLITS) {
      const first = textPages(split, ofSplit(split), 2);
      expect(textPages(split, ofSplit(split), 2)).toEqual(first);
      const dir = path.join(corpusDir, 'pages', split, 'text-layouts');
      expect(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()).toEqual(first.map((page) => `${page.name}.txt`).sort());
      for (const page of first) {
        expect(readFileSync(path.join(dir, `${page.name}.txt`), 'utf8'), page.name).toBe(page.raw);
        expect(readFileSync(path.join(dir, `${page.name}.gold.json`), 'utf8'), page.name).toBe(page.gold);
      }
    }
  });

  it('composes the same PDF pages, whose golds are the ones on disk', () => {
    for (const split of SPLITS) {
      const specs = composeSplit(split, ofSplit(split), 2);
      const listed = pdfManifest.pages.filter((page) => page.split === split);
      expect(listed.map((page) => page.name)).toEqual(specs.map((spec) => spec.name));
      for (const [index, spec] of specs.entries()) {
        const entry = listed[index];
        // The printer may leave trailing articles off a page that does not fit; never others.
        const kept = pageArticles(spec).slice(0, entry.articles.length);
        expect(kept.map((article) => article.id)).toEqual(entry.articles);
        expect(spec.masthead.lines).toEqual(entry.masthead);
        const gold = goldJson(goldDoc(`${spec.name}.txt`, kept, spec.masthead));
        expect(readFileSync(path.join(corpusDir, 'pdf', split, `${spec.name}.gold.json`), 'utf8')).toBe(gold);
        expect(readFileSync(path.join(corpusDir, 'pages', split, 'mutool', `${spec.name}.gold.json`), 'utf8')).toBe(gold);
      }
    }
  });

  it('stamps PDFs with a fixed date of the same length, so a rebuilt page is byte-identical', async () => {
    const page = pdfManifest.pages.find((p) => existsSync(path.join(corpusDir, 'pdf', p.split, `${p.name}.pdf`)));
    expect(page).toBeDefined();
    if (!page) return;
    const file = path.join(corpusDir, 'pdf', page.split, `${page.name}.pdf`);
    const committed = readFileSync(file);
    expect(committed.toString('latin1')).toContain('/CreationDate (D:20250101000000');
    const printedNow = Buffer.from(committed.toString('latin1').replace(/D:20250101000000/gu, 'D:20261206104455'), 'latin1');
    expect(Buffer.from(withFixedDates(printedNow)).equals(committed)).toBe(true);
    // The offsets of the cross-reference table still hold: poppler reads it without complaint.
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/^Pages:\s+1$/mu);
  });

  it('extracts the committed PDFs to the committed texts with the real tools', async () => {
    const committed = pdfManifest.pages.filter((page) => existsSync(path.join(corpusDir, 'pdf', page.split, `${page.name}.pdf`))).slice(0, 2);
    expect(committed.length).toBeGreaterThan(0);
    for (const page of committed) {
      const pdf = path.join(corpusDir, 'pdf', page.split, `${page.name}.pdf`);
      expect(await pdftotext(pdf)).toBe(readFileSync(path.join(corpusDir, 'pdf', page.split, `${page.name}.txt`), 'utf8'));
      expect(await mutoolText(pdf)).toBe(readFileSync(path.join(corpusDir, 'pages', page.split, 'mutool', `${page.name}.txt`), 'utf8'));
    }
  });
});
