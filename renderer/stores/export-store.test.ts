import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import type { ArticleSummary } from '../../core/model/library';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { useExportStore } = await import('./export-store');
const { useLibraryStore } = await import('./library-store');

const article = (id: number) => ({ id }) as ArticleSummary;

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue({ directory: '/tmp/x', files: [], articles: 0 });
  useLibraryStore.setState({ articles: [article(3), article(8)], checkedIds: [8], query: '', filters: { theme: '党建' }, scope: { kind: 'all' } });
});

describe('export store', () => {
  it('exports the checked articles', async () => {
    useExportStore.setState({ scope: 'selected', format: 'docx' });
    await useExportStore.getState().runExport();
    expect(invoke).toHaveBeenCalledWith('export:articles', { articleIds: [8], format: 'docx', layout: 'per-article', confirmedTagsOnly: true });
  });

  it('exports by filter, or the listed hits while searching', async () => {
    useExportStore.setState({ scope: 'filter', format: 'csv' });
    await useExportStore.getState().runExport();
    expect(invoke).toHaveBeenLastCalledWith('export:articles', { filter: { theme: '党建' }, format: 'csv', layout: 'per-article', confirmedTagsOnly: true });
    useLibraryStore.setState({ query: '法院' });
    await useExportStore.getState().runExport();
    expect(invoke).toHaveBeenLastCalledWith('export:articles', { articleIds: [3, 8], format: 'csv', layout: 'per-article', confirmedTagsOnly: true });
  });

  it('puts the Documents folder main offers in 导出到 when the folder was read-only, and exports there next', async () => {
    useExportStore.setState({ scope: 'selected', format: 'txt', directory: '', error: null });
    const message = '文件夹 /data/exports 是只读的 / The folder /data/exports is read-only';
    invoke.mockRejectedValueOnce(new ApiError('failed', message, { readOnlyFolder: '/data/exports', suggestedDirectory: '/home/editor/Documents/清稿导出' }));
    await useExportStore.getState().runExport();
    expect(useExportStore.getState()).toMatchObject({ error: message, directory: '/home/editor/Documents/清稿导出' });
    await useExportStore.getState().runExport();
    expect(invoke).toHaveBeenCalledWith('export:articles', { articleIds: [8], format: 'txt', layout: 'per-article', confirmedTagsOnly: true, directory: '/home/editor/Documents/清稿导出' });
  });

  it('leaves 导出到 alone on any other failure', async () => {
    useExportStore.setState({ scope: 'selected', format: 'txt', directory: '', error: null });
    invoke.mockRejectedValueOnce(new ApiError('failed', '磁盘已满 / The disk is full'));
    await useExportStore.getState().runExport();
    expect(useExportStore.getState()).toMatchObject({ error: '磁盘已满 / The disk is full', directory: '' });
  });
});
