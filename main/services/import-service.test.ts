import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openLibrary } from '../library/open-library';
import { openTemporaryLibrary, SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { firstProblem } from '../store/open-database';

const seedTexts = () => readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));

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
  const disposers: (() => void)[] = [];
  afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));
  function library() {
    const opened = openTemporaryLibrary({ seeded: false });
    disposers.push(opened.dispose);
    return opened;
  }

  it('imports folders recursively (.txt and .md only), reports progress, and stores suggested tags', () => {
    const { library: lib } = library();
    const folder = temporaryDir();
    writePages(folder, 7);
    writeFileSync(join(folder, 'notes.md'), '# 标题\n\n正文一段。\n');
    writeFileSync(join(folder, 'picture.jpg'), 'not a page');
    const progress: [number, number, string][] = [];
    const report = lib.services!.imports.importPaths([folder], { onProgress: (done, total, name) => progress.push([done, total, name]) });
    expect(report).toMatchObject({ imported: 8, failed: 0, skipped: 0 });
    expect(progress.at(-1)).toEqual([8, 8, 'notes.md']);
    expect(lib.services!.store.read.pages.count()).toBe(8);
    const tags = lib.services!.store.db.prepare('SELECT DISTINCT source FROM article_tags').pluck().all();
    expect(tags).toEqual(['suggested']);
    expect(lib.services!.store.db.prepare("SELECT count(*) FROM article_tags WHERE type = 'court'").pluck().get()).toBeGreaterThan(0);
  });

  it('skips, replaces or keeps both duplicate pages by content hash', () => {
    const { library: lib } = library();
    const imports = lib.services!.imports;
    const [text] = seedTexts();
    expect(imports.importText('a.txt', text).imported).toBe(1);
    expect(imports.importText('b.txt', text.replace(/\n/g, '\r\n')).items[0].status).toBe('skipped-duplicate');
    expect(imports.importText('c.txt', text, { onDuplicate: 'keep-both' }).imported).toBe(1);
    expect(lib.services!.store.read.pages.count()).toBe(2);
    const replaced = imports.importText('d.txt', text, { onDuplicate: 'replace' });
    expect(replaced.items[0].status).toBe('replaced');
    expect(lib.services!.store.read.pages.summaries().map((page) => page.source)).toEqual(['d.txt']);
  });

  it('reports a bad file and goes on with the batch', () => {
    const { library: lib } = library();
    const [text] = seedTexts();
    const report = lib.services!.imports.importInputs([
      { name: 'binary.txt', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
      { name: 'empty.txt', text: '   \n' },
      { name: 'gbk.txt', bytes: iconv.encode(text, 'gb18030') },
      { name: 'missing.txt', path: join(temporaryDir(), 'nope.txt') },
    ]);
    expect(report.items.map((item) => item.status)).toEqual(['failed', 'failed', 'imported', 'failed']);
    expect(report.items[0].error).toMatch(/NUL|not a text/i);
    expect(report.items[2].encoding).toBe('gb18030');
    expect(report).toMatchObject({ imported: 1, failed: 3 });
  });

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

    const reopened = openLibrary({ dataDir });
    disposers.push(() => reopened.close());
    expect(reopened.health.state).toBe('ok');
    const store = reopened.services!.store;
    expect(firstProblem(store.db, 'integrity_check')).toBeNull();
    const imported = store.read.pages.count();
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(total);
    // Every page came in whole: no page without articles, no article without its revision.
    expect(store.db.prepare('SELECT count(*) FROM pages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id AND r.revision = a.revision)').pluck().get()).toBe(0);

    const rerun = reopened.services!.imports.importPaths([folder]);
    expect(rerun.skipped).toBe(imported);
    expect(rerun.imported).toBe(total - imported);
    expect(store.read.pages.count()).toBe(total);
    expect(store.db.prepare('SELECT count(DISTINCT content_hash) FROM pages').pluck().get()).toBe(total);
    store.db.exec("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')");
    // The full-text index holds every live article once: none lost, none twice.
    expect(store.db.prepare('SELECT count(*) FROM article_grams').pluck().get()).toBe(store.read.articles.count());
  });
});
