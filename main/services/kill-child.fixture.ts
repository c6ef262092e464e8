// Run as a child process by kill-mid-save.test.ts, which SIGKILLs it mid-way: it
// works on a library (this computer's, or a shared one on PostgreSQL) and prints
// each acknowledged step on stdout the moment the service resolves it, so the test
// knows exactly what an editor was told had been saved or sent.
//   save LIBRARY DATA_DIR ARTICLE_ID   saves one article over and over: "saved REVISION JSON_TEXT"
//                                      (LIBRARY: a postgres:// URL, or `local` for the SQLite library in DATA_DIR)
//   send URL DATA_DIR LOCAL_DIR        sends the local library's pages to the shared one, one by one: "OUTCOME PAGE_ID"
//   fetch URL DATA_DIR LOCAL_DIR       takes the shared library's pages home to the local one, one by one: "OUTCOME PAGE_ID"
import type { Library } from '../library/library';
import { openLibrary } from '../library/open-library';
import { parseSharedLocation } from '../library/library-location';
import { openSharedLibrary } from '../library/open-shared-library';
import { blocksToText } from './article-document';
import { transferPages } from './transfer-pages';

const [mode, target, dataDir, argument] = process.argv.slice(2);
const open = (): Promise<Library> => (target === 'local' ? openLibrary({ dataDir }) : openSharedLibrary({ location: parseSharedLocation(target), dataDir }));
const library = (await open()).services!;

if (mode === 'save') {
  const articleId = Number(argument);
  const detail = await library.articles.get(articleId);
  const { fields } = detail;
  let { revision } = detail;
  for (;;) {
    // Several paragraphs, so that each save writes a fair amount (revision row, article row, search grams) to be killed in.
    const text = `第${revision + 1}次保存：${'呼和浩特市中级人民法院审结一起合同纠纷案件。'.repeat(8)}`;
    const blocks = Array.from({ length: 6 }, (_, index) => ({ type: 'paragraph' as const, text: `${text}${index}` }));
    ({ revision } = await library.articles.save({ articleId, baseRevision: revision, fields, blocks, doc: null }));
    process.stdout.write(`saved ${revision} ${JSON.stringify(blocksToText(blocks))}\n`);
  }
} else if (mode === 'send' || mode === 'fetch') {
  const local = (await openLibrary({ dataDir: argument })).services!;
  const [from, to] = mode === 'send' ? [local, library] : [library, local];
  const pageIds = (await from.pages.tree()).flatMap((group) => group.pages.map((page) => page.id)).sort((left, right) => left - right);
  for (const pageId of pageIds) {
    const [page] = (await transferPages(from.store, to.store, [pageId])).pages;
    process.stdout.write(`${page.outcome} ${pageId}${page.error ? ` ${page.error}` : ''}\n`);
  }
  process.stdout.write('finished\n');
  process.exit(0);
} else {
  throw new Error(`unknown mode ${mode}`);
}
