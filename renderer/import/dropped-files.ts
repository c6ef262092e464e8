// What a drop on the window brings to import, chosen as the command line chooses
// (main/services/collect-page-files.ts): files as given, and every .txt / .md / .pdf under a
// dropped folder, recursively, in name order.

const PAGE_FILE = /\.(txt|md|pdf)$/i;

/**
 * The files of a drop. The items are read at once: the browser empties them when the drop
 * event returns, so this must be called inside the handler (the folders are read after).
 */
export function droppedFiles(dataTransfer: DataTransfer): Promise<File[]> {
  const items = Array.from(dataTransfer.items).filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve(Array.from(dataTransfer.files));
  const dropped = items.map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  return (async () => {
    const files: File[] = [];
    for (const { entry, file } of dropped) {
      if (entry?.isDirectory) files.push(...(await pageFilesUnder(entry as FileSystemDirectoryEntry)));
      else if (file) files.push(file);
    }
    return files;
  })();
}

/** Every .txt / .md / .pdf under a folder, named by its path from the dropped folder on (`第3期/05版.txt`), as the folder picker names them. */
export async function pageFilesUnder(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const entries = (await readAllEntries(directory)).sort((left, right) => left.name.localeCompare(right.name));
  const files: File[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) files.push(...(await pageFilesUnder(entry as FileSystemDirectoryEntry)));
    else if (entry.isFile && PAGE_FILE.test(entry.name)) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      files.push(new File([file], entry.fullPath.replace(/^\//, ''), { type: file.type, lastModified: file.lastModified }));
    }
  }
  return files;
}

/** A folder's entries: the reader hands them out in batches (100 in Chromium) until an empty one. */
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
}
