import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openLibrary } from '../library/open-library';
import { openTemporaryLibrary, SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { firstProblem } from '../store/open-database';
import { PAGE_BYTE_CAP } from '../../core/import/split-page-text';
import { IMPORT_BYTE_LIMIT } from '../../core/import/import-byte-limit';
import { TRADITIONAL_PAGE } from '../decode/traditional-page.fixture';

const seedTexts = () => readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));


/**
 * The seed pages concatenated (blank line between) until `megabytes` of UTF-8, as
 * the 50 MB file of issue #12 was built. Each page carries a number so that pages
 * cut from the text differ; `sameNumberFor` seed pages in a row share theirs.
 */
function seedDump(megabytes: number, sameNumberFor = 1): string {
  const texts = seedTexts();
  const parts: string[] = [];
  for (let size = 0, index = 0; size < megabytes * 1024 * 1024; index++) {
    const page = `${texts[index % texts.length]}\n第${Math.floor(index / sameNumberFor)}号\n`;
    parts.push(page);
    size += Buffer.byteLength(page) + 2;
  }
  return parts.join('\n\n');
}

/** `count` distinct pages (each seed with a numbered line so their hashes differ). */
function writePages(folder: string, count: number): void {
  const texts = seedTexts();
  for (let index = 0; index < count; index++) {
    const sub = join(folder, `batch-${Math.floor(index / 100)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `page-${String(index).padStart(4, '0')}.txt`), `${texts[index % texts.length]}\n第${index}号\n`);
  }
}

describe('import service', () => {
  const disposers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const dispose of disposers.splice(0)) await dispose();
  });
  async function library() {
    const opened = await openTemporaryLibrary({ seeded: false });
    disposers.push(opened.dispose);
    return opened;
  }

  it('imports folders recursively (.txt and .md only), reports progress, and stores suggested tags', async () => {
    const { library: lib } = await library();
    const folder = temporaryDir();
    writePages(folder, 7);
    writeFileSync(join(folder, 'notes.md'), '# 标题\n\n正文一段。\n');
    writeFileSync(join(folder, 'picture.jpg'), 'not a page');
    const progress: [number, number, string][] = [];
    const report = await lib.services!.imports.importPaths([folder], { onProgress: (done, total, name) => progress.push([done, total, name]) });
    expect(report).toMatchObject({ imported: 8, failed: 0, skipped: 0 });
    expect(progress.at(-1)).toEqual([8, 8, 'notes.md']);
    expect(await lib.services!.store.read.pages.count()).toBe(8);
    const tags = await lib.services!.store.sql.column('SELECT DISTINCT source FROM article_tags');
    expect(tags).toEqual(['suggested']);
    expect(await lib.services!.store.sql.value("SELECT count(*) FROM article_tags WHERE type = 'court'")).toBeGreaterThan(0);
  });

  it('skips, replaces or keeps both duplicate pages by content hash', async () => {
    const { library: lib } = await library();
    const imports = lib.services!.imports;
    const [text] = seedTexts();
    expect((await imports.importText('a.txt', text)).imported).toBe(1);
    expect((await imports.importText('b.txt', text.replace(/\n/g, '\r\n'))).items[0].status).toBe('skipped-duplicate');
    expect((await imports.importText('c.txt', text, { onDuplicate: 'keep-both' })).imported).toBe(1);
    expect(await lib.services!.store.read.pages.count()).toBe(2);
    const replaced = await imports.importText('d.txt', text, { onDuplicate: 'replace' });
    expect(replaced.items[0].status).toBe('replaced');
    expect((await lib.services!.store.read.pages.summaries()).map((page) => page.source)).toEqual(['d.txt']);
  });

  it('reports a bad file and goes on with the batch', async () => {
    const { library: lib } = await library();
    const [text] = seedTexts();
    const report = await lib.services!.imports.importInputs([
      { name: 'binary.txt', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
      { name: 'empty.txt', text: '   \n' },
      { name: 'gbk.txt', bytes: iconv.encode(text, 'gb18030') },
      { name: 'missing.txt', path: join(temporaryDir(), 'nope.txt') },
    ]);
    expect(report.items.map((item) => item.status)).toEqual(['failed', 'failed', 'imported', 'failed']);
    expect(report.items[0].error).toMatch(/NUL|not a text/i);
    expect(report.items[2].encoding).toBe('gb18030');
    expect(report).toMatchObject({ imported: 1, failed: 3 });
    expect(report.items[1].error).toMatch(/版面没有文字.* \/ The page is empty/u);
    expect(report.items[3].error).toMatch(/找不到文件.* \/ File not found/u);
  });

  it('tells an empty page from damaged base64, in Chinese and English', async () => {
    const { library: lib } = await library();
    const report = await lib.services!.imports.importInputs([
      { name: 'empty.txt', base64: Buffer.from(' \n\n').toString('base64') },
      { name: 'damaged.txt', base64: '5pys5oql!!!not base64' },
    ]);
    expect(report.items.map((item) => item.status)).toEqual(['failed', 'failed']);
    expect(report.items[0].error).toMatch(/版面没有文字.* \/ The page is empty/u);
    expect(report.items[1].error).toMatch(/base64.* \/ .*not valid base64/u);
  });

  it('imports a Big5 page as its traditional characters, recorded as big5, and says so', async () => {
    const { library: lib } = await library();
    const [simplified] = seedTexts();
    const report = await lib.services!.imports.importInputs([
      { name: 'big5.txt', bytes: iconv.encode(TRADITIONAL_PAGE, 'big5') },
      { name: 'gbk.txt', bytes: iconv.encode(simplified, 'gbk') },
    ]);
    expect(report.items.map((item) => [item.status, item.encoding, item.alternativeEncoding])).toEqual([
      ['imported', 'big5', null],
      ['imported', 'gb18030', null],
    ]);
    const store = lib.services!.store;
    expect(await store.sql.get('SELECT raw, encoding FROM pages WHERE id = ?', [report.items[0].pageId!])).toEqual({ raw: TRADITIONAL_PAGE, encoding: 'big5' });
    expect((await store.sql.column<string>('SELECT text FROM articles WHERE page_id = ?', [report.items[0].pageId!])).join('')).toContain('呼和浩特市中級人民法院');
  });

  it('imports UTF-8 with one invalid byte: the byte becomes U+FFFD, its line is reported and the editor gets a flag', async () => {
    const { library: lib } = await library();
    const lines = TRADITIONAL_PAGE.split('\n');
    const before = Buffer.from(`${lines[0]}\n\n本報訊（通訊員`);
    const after = Buffer.from(`${lines[2].slice(7)}\n${lines.slice(3).join('\n')}\n`);
    const [item] = (await lib.services!.imports.importInputs([{ name: 'damaged.txt', bytes: Buffer.concat([before, Buffer.from([0xff]), after]) }])).items;
    expect(item).toMatchObject({ status: 'imported', encoding: 'utf-8', replaced: { count: 1, lines: [{ line: 3, count: 1 }] } });
    const flags = await lib.services!.store.sql.column<string>('SELECT flags_json FROM articles WHERE page_id = ?', [item.pageId!]);
    const replacedFlags = flags.flatMap((json) => JSON.parse(json) as { kind: string; line: number | null; text: string }[]).filter((flag) => flag.kind === 'replaced-char');
    expect(replacedFlags).toEqual([expect.objectContaining({ kind: 'replaced-char', text: '\ufffd', line: 2 })]);
  });

  it('splits a file at its form feeds into pages named name (i/N).txt, in the issue its first page names', async () => {
    const { library: lib } = await library();
    const [first, second, third] = seedTexts().map((text) => text.replace(/^.*(专刊|\d版)\s*$/gmu, ''));
    const text = `法院专刊\n2025年06月27日 05版\n\n${first}\f${second}\f${third}\f`;
    const [item] = (await lib.services!.imports.importInputs([{ name: 'issue.txt', bytes: Buffer.from(text) }])).items;
    expect(item).toMatchObject({ status: 'imported', split: { pages: 3, method: 'form-feed' } });
    expect(item.pageIds).toHaveLength(3);
    const pages = await lib.services!.store.sql.all('SELECT id, source, issue_date AS "issueDate" FROM pages ORDER BY id');
    expect(pages).toEqual([
      { id: item.pageIds![0], source: 'issue (1/3).txt', issueDate: '2025-06-27' },
      { id: item.pageIds![1], source: 'issue (2/3).txt', issueDate: '2025-06-27' },
      { id: item.pageIds![2], source: 'issue (3/3).txt', issueDate: '2025-06-27' },
    ]);
    expect(item.articles).toBe(await lib.services!.store.read.articles.count());
  });

  it('never stores a page over the cap, from a file or from pasted text', async () => {
    const { library: lib } = await library();
    const dump = seedDump(1);
    const [pasted] = (await lib.services!.imports.importText('pasted', dump)).items;
    const [file] = (await lib.services!.imports.importInputs([{ name: 'dump.txt', bytes: Buffer.from(dump.replaceAll('。', '。 ')) }])).items;
    for (const item of [pasted, file]) expect(item.split?.pages).toBeGreaterThan(1);
    const largest = (await lib.services!.store.sql.value<number>('SELECT max(octet_length(raw)) FROM pages'))!;
    expect(largest).toBeLessThanOrEqual(PAGE_BYTE_CAP);
  });

  it('refuses a file over the import limit before reading it, saying why', async () => {
    const { library: lib } = await library();
    const file = join(temporaryDir(), 'huge.txt');
    // Sparse: the size is on record, the disk holds nothing.
    const descriptor = openSync(file, 'w');
    ftruncateSync(descriptor, IMPORT_BYTE_LIMIT + 1);
    closeSync(descriptor);
    const [item] = (await lib.services!.imports.importPaths([file])).items;
    expect(item.status).toBe('failed');
    expect(item.error).toMatch(/文件有 100\.0 MB，超过单个文件 100 MB 的导入上限.* \/ The file is 100\.0 MB, over the 100 MB limit/u);
    expect(await lib.services!.store.read.pages.count()).toBe(0);
  });

  it('re-imports a file with another encoding in place of the pages the first import made', async () => {
    const { library: lib } = await library();
    const imports = lib.services!.imports;
    const bytes = iconv.encode(TRADITIONAL_PAGE, 'big5');
    const [wrong] = (await imports.importInputs([{ name: 'page.txt', bytes, encoding: 'gb18030' }])).items;
    expect(wrong).toMatchObject({ status: 'imported', encoding: 'gb18030' });
    const [right] = (await imports.importInputs([{ name: 'page.txt', bytes, encoding: 'big5', replacePageIds: wrong.pageIds }], { onDuplicate: 'keep-both' })).items;
    expect(right).toMatchObject({ status: 'replaced', encoding: 'big5' });
    const store = lib.services!.store;
    expect(await store.sql.column('SELECT raw FROM pages')).toEqual([TRADITIONAL_PAGE]);
    expect(await store.read.articles.count()).toBe(right.articles);
  });

  it('imports a 30 MB dump as pages under the cap, with sane article counts, in a few hundred MB', async () => {
    const dataDir = temporaryDir();
    const file = join(temporaryDir(), 'dump.txt');
    // The whole file is read, decoded, split and hashed; runs of 150 seed pages repeat, so only
    // about one page in thirty is new and analyzed: the memory that grew with the file is measured
    // without the minutes that storing 30 MB of distinct articles takes.
    writeFileSync(file, seedDump(30, 150));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-memory.fixture.ts'), dataDir, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    const { report, maxRssBytes } = JSON.parse(output) as { report: { items: { status: string; pageIds: number[]; split: { pages: number } | null }[] }; maxRssBytes: number };
    const [item] = report.items;
    expect(item.status).toBe('imported');
    expect(item.split!.pages).toBeGreaterThan(600);
    expect(item.pageIds).toHaveLength(item.split!.pages);
    // The dump of issue #12 peaked at 1.75 GB for 50 MB. The peak swings with garbage collection's timing: 248–300 MB over
    // 13 runs of this import on one machine (2026-12-07), on this code and the code before it alike, so the cap guards
    // against that blow-up with room for the swing; the memory figures themselves live in the benchmarks.
    expect(maxRssBytes).toBeLessThan(400 * 1024 * 1024);
    const reopened = await openLibrary({ dataDir });
    disposers.push(() => reopened.close());
    const db = reopened.database!;
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(new Set(item.pageIds).size);
    expect(db.prepare('SELECT max(octet_length(raw)) FROM pages').pluck().get()).toBeLessThanOrEqual(PAGE_BYTE_CAP);
    // A page here is five seed pages from masthead to masthead: a few dozen articles, not thousands.
    const articlesPerPage = db.prepare('SELECT count(*) FROM articles GROUP BY page_id').pluck().all() as number[];
    expect(Math.max(...articlesPerPage)).toBeLessThan(100);
  }, 300_000);

  it('leaves a consistent library when killed with SIGKILL mid-batch, and a re-run completes it', async () => {
    const dataDir = temporaryDir();
    const folder = temporaryDir();
    const total = 400;
    writePages(folder, total);
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.fixture.ts'), dataDir, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const done = Number(output.trim().split('\n').at(-1));
        if (done >= 40 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(output).not.toContain('finished');

    const reopened = await openLibrary({ dataDir });
    disposers.push(() => reopened.close());
    expect(reopened.health.state).toBe('ok');
    const store = reopened.services!.store;
    const db = reopened.database!;
    expect(firstProblem(db, 'integrity_check')).toBeNull();
    const imported = await store.read.pages.count();
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(total);
    // Every page came in whole: no page without articles, no article without its revision.
    expect(await store.sql.value('SELECT count(*) FROM pages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)')).toBe(0);
    expect(await store.sql.value('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id AND r.revision = a.revision)')).toBe(0);

    const rerun = await reopened.services!.imports.importPaths([folder]);
    expect(rerun.skipped).toBe(imported);
    expect(rerun.imported).toBe(total - imported);
    expect(await store.read.pages.count()).toBe(total);
    expect(await store.sql.value('SELECT count(DISTINCT content_hash) FROM pages')).toBe(total);
    db.exec("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')");
    // The full-text index holds every live article once: none lost, none twice.
    expect(db.prepare('SELECT count(*) FROM article_grams').pluck().get()).toBe(await store.read.articles.count());
  });
});
