import { join } from 'node:path';
import { closeSync, existsSync, openSync, readdirSync, realpathSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/api/contract';
import { openLibrary } from '../library/open-library';
import { openTemporaryLibrary, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';
import { data } from './envelope-data.fixture';

describe('createHandlers through createDispatch', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let dispatch: Dispatch;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '9.9.9', dataDir: opened.dataDir }));
  });
  afterEach(() => opened.dispose());

  it('implements every channel of the contract', () => {
    const handlers = createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('hands folder picking and revealing to the desktop shell it is given', async () => {
    const shown: string[] = [];
    const picked = temporaryDir();
    const desktop = { pickFolder: async () => picked, showInFolder: (path: string) => void shown.push(path) };
    const withShell = createDispatch(createHandlers(opened.library, { transport: 'electron', version: '0', dataDir: opened.dataDir, desktop }));
    expect(data<{ path: string }>(await withShell('app:pickFolder', {})).path).toBe(picked);
    const exported = data<{ directory: string }>(await withShell('export:articles', { articleIds: [1], format: 'txt', directory: join(picked, '六月') }));
    expect(exported.directory).toBe(join(realpathSync(picked), '六月'));
    expect(data<{ shown: boolean }>(await withShell('app:showInFolder', { path: exported.directory })).shown).toBe(true);
    expect(await withShell('app:showInFolder', { path: `${opened.dataDir}/no-such-folder` })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(shown).toEqual([exported.directory]);
  });

  it('reveals only what Qinggao wrote: exports and backups, never the data folder or another path', async () => {
    const shown: string[] = [];
    const desktop = { pickFolder: async () => null, showInFolder: (path: string) => void shown.push(path) };
    const withShell = createDispatch(createHandlers(opened.library, { transport: 'electron', version: '0', dataDir: opened.dataDir, desktop }));
    const exported = data<{ directory: string; files: string[] }>(await withShell('export:articles', { articleIds: [1], format: 'txt' }));
    const backup = data<{ file: string }>(await withShell('backup:create', {}));
    const exportedFile = join(exported.directory, exported.files[0]);
    for (const path of [exported.directory, exportedFile, join(opened.dataDir, 'backups', backup.file)]) {
      expect(data<{ shown: boolean }>(await withShell('app:showInFolder', { path })).shown, path).toBe(true);
    }
    for (const path of [opened.dataDir, join(opened.dataDir, 'library.sqlite'), '/etc', '/etc/passwd', `${opened.dataDir}/exports/../library.sqlite`]) {
      expect(await withShell('app:showInFolder', { path }), path).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(shown).toEqual([exported.directory, exportedFile, join(opened.dataDir, 'backups', backup.file)]);
  });

  it('exports over the API only into allowed folders: exports/, Documents, Desktop, never backups/ or elsewhere', async () => {
    const home = temporaryDir();
    const withHome = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir, homeDir: home }));
    const into = async (directory: string) => withHome('export:articles', { articleIds: [1], format: 'txt', directory });
    const outside = temporaryDir();
    data(await withHome('backup:create', {}));
    for (const directory of [join(opened.dataDir, 'backups'), opened.dataDir, outside, join(opened.dataDir, 'exports', '..', 'backups'), 'relative/folder']) {
      expect(await into(directory), directory).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(opened.dataDir, 'backups')).filter((name) => name.endsWith('.txt'))).toEqual([]);
    const sub = data<{ directory: string; files: string[] }>(await into(join(opened.dataDir, 'exports', '第一批')));
    expect(existsSync(join(sub.directory, sub.files[0]))).toBe(true);
    const documents = data<{ directory: string; files: string[] }>(await into(join(home, 'Documents', 'x')));
    expect(documents.directory).toBe(join(realpathSync(home), 'Documents', 'x'));
    expect(existsSync(join(documents.directory, documents.files[0]))).toBe(true);
  });

  it('answers an invalid request with invalid', async () => {
    expect(await dispatch('articles:get', { articleId: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch('search:articles', { query: '党建', sql: 'DROP TABLE articles' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch('articles:get', { articleId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Folder picking and revealing belong to the desktop shell, which the HTTP transport has not.
    expect(await dispatch('app:pickFolder', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await dispatch('app:showInFolder', { path: opened.dataDir })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('walks the editor through a day: tree, page, article, save, conflict, status, history, search, tags, export', async () => {
    const info = data<{ version: string; health: { state: string } }>(await dispatch('app:info', {}));
    expect(info).toMatchObject({ version: '9.9.9', health: { state: 'ok' } });
    const tree = data<{ pages: { id: number }[] }[]>(await dispatch('library:tree', {}));
    const pageId = tree[0].pages[0].id;
    const page = data<{ articleIds: number[] }>(await dispatch('pages:get', { pageId }));
    const articleId = page.articleIds[0];
    const article = data<{ revision: number; fields: Record<string, string | null>; blocks: unknown[] }>(await dispatch('articles:get', { articleId }));
    const save = { articleId, baseRevision: article.revision, fields: { ...article.fields, title: '改过的标题' }, blocks: article.blocks, doc: null };
    const saved = data<{ revision: number }>(await dispatch('articles:save', save));
    expect(saved.revision).toBe(article.revision + 1);
    expect(await dispatch('articles:save', save)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(data<{ revision: number }>(await dispatch('articles:save', { ...save, force: true })).revision).toBe(saved.revision + 1);
    data(await dispatch('articles:setStatus', { articleId, baseRevision: saved.revision + 1, status: 'cleaned' }));
    const revisions = data<{ revision: number }[]>(await dispatch('articles:revisions', { articleId }));
    expect(revisions).toHaveLength(4);
    expect(data<{ title: string }>(await dispatch('articles:revision', { articleId, revision: 2 })).title).toBe('改过的标题');
    data(await dispatch('articles:restore', { articleId, revision: 1, baseRevision: 4 }));

    const list = data<{ items: unknown[]; total: number }>(await dispatch('articles:list', { filter: { status: 'raw' }, limit: 2 }));
    expect(list.items.length).toBeLessThanOrEqual(2);
    const search = data<{ hits: { snippet: string }[]; total: number }>(await dispatch('search:articles', { query: '党建' }));
    expect(search.total).toBeGreaterThan(0);

    const vocabulary = data<{ courts: { name: string }[]; themes: { name: string }[] }>(await dispatch('tags:vocabulary', {}));
    const court = vocabulary.courts[0].name;
    expect(data<unknown[]>(await dispatch('tags:set', { articleId, tags: [{ type: 'court', name: court, source: 'confirmed' }] }))).toEqual([{ type: 'court', name: court, source: 'confirmed' }]);
    expect(data<{ updated: number }>(await dispatch('tags:bulk', { articleIds: page.articleIds, add: [{ type: 'theme', name: vocabulary.themes[0].name }] })).updated).toBe(page.articleIds.length);
    expect(data<{ tags: unknown[] }>(await dispatch('tags:article', { articleId })).tags).toHaveLength(2);
    const filtered = data<{ total: number }>(await dispatch('articles:list', { filter: { court, confirmedOnly: true } }));
    expect(filtered.total).toBe(1);

    const exported = data<{ files: string[]; directory: string }>(await dispatch('export:articles', { articleIds: [articleId], format: 'md' }));
    expect(exported.directory.startsWith(join(opened.dataDir, 'exports'))).toBe(true);
    // A folder outside the allowed ones (/etc is checked in export-folder-policy.test.ts, which never writes).
    const outside = temporaryDir();
    expect(await dispatch('export:articles', { articleIds: [articleId], format: 'md', directory: outside })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('edits and round-trips the vocabulary, moving tags with a merge', async () => {
    const vocabulary = data<{ themes: { name: string }[] }>(await dispatch('tags:vocabulary', {}));
    const [from, into] = vocabulary.themes.map((theme) => theme.name);
    data(await dispatch('tags:bulk', { articleIds: [1], add: [{ type: 'theme', name: from }] }));
    const merged = data<{ themes: { name: string }[] }>(await dispatch('vocab:edit', { op: { op: 'merge', kind: 'theme', from, into } }));
    expect(merged.themes.map((theme) => theme.name)).not.toContain(from);
    expect(data<{ tags: { name: string }[] }>(await dispatch('tags:article', { articleId: 1 })).tags.map((tag) => tag.name)).toContain(into);
    expect(await dispatch('vocab:edit', { op: { op: 'explode' } })).toMatchObject({ ok: false, error: { code: 'invalid' } });

    const csv = data<{ content: string }>(await dispatch('vocab:export', { kind: 'courts', format: 'csv' }));
    expect(data<{ ok: boolean }>(await dispatch('vocab:import', { kind: 'courts', format: 'csv', content: csv.content })).ok).toBe(true);
    expect(data<{ ok: boolean; errors: unknown[] }>(await dispatch('vocab:import', { kind: 'courts', format: 'json', content: '{' })).ok).toBe(false);
  });

  it('imports pasted text and base64 files, and keeps settings', async () => {
    const pasted = data<{ imported: number }>(await dispatch('import:text', { name: 'pasted', text: '新的一篇\n正文一段。\n' }));
    expect(pasted.imported).toBe(1);
    const files = data<{ items: { status: string }[] }>(
      await dispatch('import:files', { files: [{ name: 'a.txt', base64: Buffer.from('另一篇\n内容。\n').toString('base64') }, { name: 'b.txt', base64: Buffer.from('新的一篇\n正文一段。\n').toString('base64') }] }),
    );
    expect(files.items.map((item) => item.status)).toEqual(['imported', 'skipped-duplicate']);
    expect(data<{ locale: string }>(await dispatch('settings:set', { locale: 'en' })).locale).toBe('en');
    expect(data<{ locale: string; autosaveMs: number }>(await dispatch('settings:get', {}))).toMatchObject({ locale: 'en', autosaveMs: 1500 });
  });

  it('offers only app:info and backups on a damaged library', async () => {
    const backup = data<{ file: string }>(await dispatch('backup:create', {}));
    expect(data<{ file: string }[]>(await dispatch('backup:list', {}))[0].file).toBe(backup.file);
    opened.library.close();
    const file = join(opened.dataDir, 'library.sqlite');
    const descriptor = openSync(file, 'r+');
    writeSync(descriptor, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    closeSync(descriptor);
    const damaged = await openLibrary({ dataDir: opened.dataDir, vocabularyDir: VOCABULARY_DIR });
    const damagedDispatch = createDispatch(createHandlers(damaged, { transport: 'electron', version: '1', dataDir: opened.dataDir }));
    expect(data<{ health: { state: string; latestBackup: string } }>(await damagedDispatch('app:info', {})).health).toMatchObject({ state: 'damaged', latestBackup: backup.file });
    expect(await damagedDispatch('articles:list', {})).toMatchObject({ ok: false, error: { code: 'damaged', details: { latestBackup: backup.file } } });
    expect(await damagedDispatch('backup:create', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(data<unknown[]>(await damagedDispatch('backup:list', {}))).toHaveLength(1);
    expect(data<{ restored: string }>(await damagedDispatch('backup:restore', { file: backup.file })).restored).toBe(backup.file);
    expect(data<{ total: number }>(await damagedDispatch('articles:list', {})).total).toBeGreaterThan(0);
    damaged.close();
  });
});
