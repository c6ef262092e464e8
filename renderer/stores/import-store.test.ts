// A full import queue in the web harness answers with the code `busy`: the
// editor reads that another import is under way, in the UI's language, on every
// file of the batch, and the next batch is still sent.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../core/api/api-error';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { useImportStore, IMPORT_BATCH_SIZE } = await import('./import-store');
const { useLibraryStore } = await import('./library-store');
const { useUiStore } = await import('./ui-store');

const file = (name: string) => new File(['法院'], name, { type: 'text/plain' });
const busy = new ApiError('busy', '另一个导入正在进行，请稍后再试。 / Another import is under way; try again shortly.');

beforeEach(() => {
  invoke.mockReset();
  useImportStore.setState({ running: false, items: [], error: null });
  useLibraryStore.setState({ loadTree: async () => undefined, refreshArticles: async () => undefined });
});

describe('import store', () => {
  it('says another import is under way when the harness is busy, in the UI language', async () => {
    const files = Array.from({ length: IMPORT_BATCH_SIZE + 1 }, (_, index) => file(`p${index}.txt`));
    invoke.mockRejectedValueOnce(busy).mockResolvedValueOnce({ items: [{ name: `p${IMPORT_BATCH_SIZE}.txt`, status: 'imported', pageId: 1, articles: 2, encoding: 'UTF-8', error: null }] });
    useUiStore.setState({ locale: 'zh' });
    await useImportStore.getState().importFiles(files);
    const { items, error } = useImportStore.getState();
    expect(error).toBe('另一个导入正在进行，请稍后再试；这些文件没有导入。');
    expect(items.filter((item) => item.status === 'failed').map((item) => item.error)).toEqual(Array(IMPORT_BATCH_SIZE).fill(error));
    expect(items.at(-1)).toMatchObject({ status: 'imported' });

    invoke.mockRejectedValueOnce(busy);
    useUiStore.setState({ locale: 'en' });
    await useImportStore.getState().importText('粘贴', '法院');
    expect(useImportStore.getState().error).toBe('Another import is under way; try again shortly. These files were not imported.');
  });

  it('shows any other failure as main described it', async () => {
    invoke.mockRejectedValueOnce(new ApiError('readonly', '文库只读 / The library is read-only'));
    await useImportStore.getState().importText('粘贴', '法院');
    expect(useImportStore.getState().error).toBe('文库只读 / The library is read-only');
  });
});
