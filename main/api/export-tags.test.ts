import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, ArticleTag, ExportResult } from '../../core/model/library';
import { runCli } from '../cli/index';
import { temporaryDir } from '../library/temporary-library';
import type { Dispatch } from './dispatch';
import { openCourtArticleLibrary, type CourtArticleLibrary } from './court-article.fixture';
import { data } from './envelope-data.fixture';

/** One article whose court the engine suggests and whose theme the editor confirmed. */
describe('suggested tags are not confirmed tags', () => {
  let opened: CourtArticleLibrary['opened'];
  let dispatch: Dispatch;
  let articleId: number;
  let court: string;
  const theme = '党建';
  beforeEach(async () => {
    ({ opened, dispatch, articleId, court } = await openCourtArticleLibrary());
  });
  afterEach(() => opened.dispose());

  const confirmTheme = async () => {
    const { tags } = data<{ tags: ArticleTag[] }>(await dispatch('tags:article', { articleId }));
    expect(tags).toContainEqual({ type: 'court', name: court, source: 'suggested' });
    data(await dispatch('tags:set', { articleId, tags: [...tags.filter((tag) => tag.type === 'court'), { type: 'theme', name: theme, source: 'confirmed' }] }));
  };

  it('the article list says which tags are only suggested', async () => {
    await confirmTheme();
    const { items } = data<{ items: ArticleSummary[] }>(await dispatch('articles:list', { filter: {} }));
    expect(items[0].tags).toEqual(expect.arrayContaining([{ type: 'court', name: court, source: 'suggested' }, { type: 'theme', name: theme, source: 'confirmed' }]));
  });

  it('an export carries confirmed tags only unless asked, and then marks suggestions apart', async () => {
    await confirmTheme();
    const read = (result: ExportResult) => readFileSync(join(result.directory, result.files[0]), 'utf8');

    const byDefault = JSON.parse(read(data<ExportResult>(await dispatch('export:articles', { articleIds: [articleId], format: 'json' })))) as { articles: Array<Record<string, unknown>> };
    expect(byDefault.articles[0]).toMatchObject({ courts: [], themes: [theme] });
    expect(byDefault.articles[0]).not.toHaveProperty('suggested_courts');

    const withSuggestions = JSON.parse(read(data<ExportResult>(await dispatch('export:articles', { articleIds: [articleId], format: 'json', confirmedTagsOnly: false })))) as { articles: Array<Record<string, unknown>> };
    expect(withSuggestions.articles[0]).toMatchObject({ courts: [], themes: [theme], suggested_courts: [court] });

    const csv = read(data<ExportResult>(await dispatch('export:articles', { articleIds: [articleId], format: 'csv', confirmedTagsOnly: false }))).trim().split('\r\n');
    const header = csv[0].replace('\uFEFF', '').split(',');
    const row = csv[1].split(',');
    expect(row[header.indexOf('courts')]).toBe('');
    expect(row[header.indexOf('suggested_courts')]).toBe(court);

    const markdown = read(data<ExportResult>(await dispatch('export:articles', { articleIds: [articleId], format: 'md', confirmedTagsOnly: false })));
    expect(markdown).toContain('courts: []');
    expect(markdown).toContain(`suggested_courts: ["${court}"]`);

    const html = read(data<ExportResult>(await dispatch('export:articles', { articleIds: [articleId], format: 'html', confirmedTagsOnly: false })));
    expect(html).toContain(`<span class="suggested" title="建议标签，未确认">建议·${court}</span>`);
  });

  it('the CLI exports confirmed tags only unless --include-suggested-tags', async () => {
    await confirmTheme();
    opened.library.close();
    const exportJson = async (...flags: string[]) => {
      const out = temporaryDir();
      expect(await runCli(['export', '--data', opened.dataDir, '--format', 'json', '--out', out, ...flags])).toBe(0);
      return (JSON.parse(readFileSync(join(out, readdirSync(out)[0]), 'utf8')) as { articles: Array<Record<string, unknown>> }).articles[0];
    };
    const plain = await exportJson();
    expect(plain).toMatchObject({ courts: [], themes: [theme] });
    expect(plain).not.toHaveProperty('suggested_courts');
    expect(await exportJson('--include-suggested-tags')).toMatchObject({ courts: [], themes: [theme], suggested_courts: [court] });
  });
});
