import { describe, expect, it } from 'vitest';
import { pageFilesUnder } from './dropped-files';

// A dropped folder as Chromium hands it over: entries that read in batches, files that open
// asynchronously. Built from real File objects; only the entry plumbing is stood in for.
type Tree = { [name: string]: string | Tree };

function folderEntry(tree: Tree, fullPath: string, batchSize = 2): FileSystemDirectoryEntry {
  const children = Object.entries(tree).map(([name, content]): FileSystemEntry => {
    const path = `${fullPath}/${name}`;
    if (typeof content !== 'string') return folderEntry(content, path, batchSize);
    const file = new File([content], name, { type: 'text/plain' });
    const entry = { isFile: true, isDirectory: false, name, fullPath: path, file: (resolve: (file: File) => void) => setTimeout(() => resolve(file)) };
    return entry as unknown as FileSystemFileEntry;
  });
  const reader = () => {
    let next = 0;
    return {
      readEntries: (resolve: (entries: FileSystemEntry[]) => void) =>
        setTimeout(() => {
          resolve(children.slice(next, next + batchSize));
          next += batchSize;
        }),
    };
  };
  const entry = { isFile: false, isDirectory: true, name: fullPath.split('/').pop(), fullPath, createReader: reader };
  return entry as unknown as FileSystemDirectoryEntry;
}

describe('pageFilesUnder', () => {
  it('takes every .txt, .md and .pdf under a folder, in name order, named by their path, and reads past the first batch', async () => {
    const folder = folderEntry(
      {
        '05版.txt': '第五版',
        'cover.png': 'not a page',
        '第3期': { '02版.md': '# 第二版', '01版.TXT': '第一版', 'Thumbs.db': 'junk' },
        '04版.txt': '第四版',
        '06版.PDF': '%PDF-1.7',
      },
      '/期刊',
    );
    const files = await pageFilesUnder(folder);
    expect(files.map((file) => file.name)).toEqual(['期刊/04版.txt', '期刊/05版.txt', '期刊/06版.PDF', '期刊/第3期/01版.TXT', '期刊/第3期/02版.md']);
    expect(await files[3].text()).toBe('第一版');
  });
});
