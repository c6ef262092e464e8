import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageDoc } from '../../core/model/page-doc';
import type { LibraryServices } from '../library/library';
import type { ExportRequest } from './export-service';
import { openTemporaryLibrary, temporaryDir } from '../library/temporary-library';

describe('export service', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  let ids: number[];
  beforeAll(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
    ids = (await services.articles.list({}, 0, 100)).items.map((item) => item.id);
    const first = await services.articles.get(ids[0]);
    await services.articles.save({ articleId: ids[0], baseRevision: first.revision, fields: { ...first.fields, title: '清样标题<&>' }, blocks: [{ type: 'paragraph', text: '清样正文，不是原文。' }], doc: null });
  });
  afterAll(() => opened.dispose());

  const exportOne = (format: 'txt' | 'md' | 'html' | 'json' | 'docx' | 'csv') => services.exports.exportArticles({ articleIds: [ids[0]], format, layout: 'per-article', confirmedTagsOnly: false });

  it('writes into <dataDir>/exports/<timestamp>/ with the cleaned text and never the raw', async () => {
    const result = await exportOne('txt');
    expect(result.directory.startsWith(join(opened.dataDir, 'exports'))).toBe(true);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatch(/^(\d{4}-\d{2}-\d{2}_)?([^_]+_)?清样标题&\.txt$/);
    const text = readFileSync(join(result.directory, result.files[0]), 'utf8');
    expect(text).toContain('清样正文，不是原文。');
    const raw = (await services.store.read.pages.get((await services.articles.get(ids[0])).pageId))!.raw;
    expect(text).not.toContain(raw.split('\n').find((line) => line.trim().length > 8)!.trim());
  });

  it('writes into a folder the editor chose, making it if missing, and refuses a relative path', async () => {
    const chosen = join(temporaryDir(), '导出', '第一批');
    const result = await services.exports.exportArticles({ articleIds: [ids[0]], format: 'txt', layout: 'per-article', confirmedTagsOnly: false, directory: chosen });
    expect(result.directory).toBe(chosen);
    expect(readFileSync(join(chosen, result.files[0]), 'utf8')).toContain('清样正文，不是原文。');
    // The same export again beside it: a new name, the first file untouched.
    const again = await services.exports.exportArticles({ articleIds: [ids[0]], format: 'txt', layout: 'per-article', confirmedTagsOnly: false, directory: chosen });
    expect(again.files[0]).not.toBe(result.files[0]);
    await expect(services.exports.exportArticles({ articleIds: [ids[0]], format: 'txt', layout: 'per-article', confirmedTagsOnly: false, directory: 'relative/folder' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('writes md, html and json that read back', async () => {
    const markdown = readFileSync(join(...pathOf(await exportOne('md'))), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "清样标题<&>"/);
    const html = readFileSync(join(...pathOf(await exportOne('html'))), 'utf8');
    expect(html).toContain('<h1>清样标题&lt;&amp;&gt;</h1>');
    const json = JSON.parse(readFileSync(join(...pathOf(await exportOne('json'))), 'utf8')) as PageDoc;
    expect(json.articles[0]).toMatchObject({ title: '清样标题<&>', blocks: [{ type: 'paragraph', text: '清样正文，不是原文。' }] });
    expect(Object.keys(json)).toEqual(['source', 'publication', 'issue_date', 'page_label', 'furniture', 'articles']);
  });

  it('writes a docx whose word/document.xml holds the text', async () => {
    const bytes = readFileSync(join(...pathOf(await exportOne('docx'))));
    const documentXml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    expect(documentXml).toContain('清样正文，不是原文。');
    expect(documentXml).toContain('清样标题&lt;&amp;&gt;');
  });

  it('writes a csv index of the whole batch', async () => {
    const result = await services.exports.exportArticles({ filter: {}, format: 'csv', layout: 'per-article', confirmedTagsOnly: false });
    const lines = readFileSync(join(result.directory, result.files[0]), 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(ids.length + 1);
  });

  it('combines per page and per issue, and never overwrites an existing file', async () => {
    const perPage = await services.exports.exportArticles({ filter: {}, format: 'txt', layout: 'per-page', confirmedTagsOnly: false });
    expect(perPage.files).toHaveLength(await services.store.read.pages.count());
    const perIssue = await services.exports.exportArticles({ filter: {}, format: 'html', layout: 'per-issue', confirmedTagsOnly: false });
    const issues = new Set((await services.store.read.pages.summaries()).map((page) => page.issueDate));
    expect(perIssue.files).toHaveLength(issues.size);
    expect(perIssue.articles).toBe(ids.length);

    const directory = temporaryDir();
    const name = (await exportOne('txt')).files[0];
    writeFileSync(join(directory, name), 'mine');
    const again = await services.exports.exportArticles({ articleIds: [ids[0]], format: 'txt', layout: 'per-article', confirmedTagsOnly: false }, { directory });
    expect(again.files).toEqual([name.replace(/\.txt$/, ' (2).txt')]);
    expect(readFileSync(join(directory, name), 'utf8')).toBe('mine');
  });

  it('writes an article with a 100-character Chinese title under a name of at most 255 bytes, and the rest of the batch', async () => {
    const title = '内蒙古自治区高级人民法院召开全区法院审判执行工作推进会暨司法改革与队伍建设专题部署会议强调坚持以人民为中心全面提升审判质效和司法公信力'.repeat(2).slice(0, 100);
    const article = await services.articles.get(ids[1]);
    await services.articles.save({ articleId: ids[1], baseRevision: article.revision, fields: { ...article.fields, title: `${title}\u202E` }, blocks: [{ type: 'paragraph', text: '长标题的正文。' }], doc: null });
    const directory = temporaryDir();
    const result = await services.exports.exportArticles({ articleIds: ids.slice(0, 3), format: 'docx', layout: 'per-article', confirmedTagsOnly: false }, { directory });
    expect(result.failures).toEqual([]);
    expect(result.files).toHaveLength(3);
    expect(readdirSync(directory).sort()).toEqual([...result.files].sort());
    const long = result.files.find((file) => file.includes(title.slice(0, 20)))!;
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(255);
    expect(long).not.toContain('\u202E');
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('reports a file the file system refuses by name and cause, and writes the rest of the batch', async () => {
    const request: ExportRequest = { articleIds: [ids[0], ids[2], ids[3]], format: 'txt', layout: 'per-article', confirmedTagsOnly: false };
    const names = (await services.exports.exportArticles(request, { directory: temporaryDir() })).files;
    expect(names).toHaveLength(3);
    // A dangling link holds the middle file's name: existsSync sees nothing there, the exclusive create fails.
    const directory = temporaryDir();
    symlinkSync(join(directory, 'nowhere'), join(directory, names[1]));
    const result = await services.exports.exportArticles(request, { directory });
    expect(result.files).toEqual([names[0], names[2]]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0].file).toBe(names[1]);
    expect(result.failures[0].message).toContain('已有同名的文件或文件夹');
    expect(result.failures[0].message).toContain('already exists');
    for (const name of [names[0], names[2]]) expect(readFileSync(join(directory, name), 'utf8').length).toBeGreaterThan(0);
    expect(existsSync(join(directory, 'nowhere'))).toBe(false);
  });

  it('refuses an empty selection', async () => {
    await expect(services.exports.exportArticles({ articleIds: [999_999], format: 'txt', layout: 'per-article', confirmedTagsOnly: false })).rejects.toMatchObject({ code: 'not_found' });
  });
});

function pathOf(result: { directory: string; files: string[] }): [string, string] {
  return [result.directory, result.files[0]];
}
