import { bilingual } from '../../core/api/bilingual';
import type { PageSplitMethod } from '../../core/model/import-notes';
import type { ImportItemResult } from '../../core/model/library';

const SPLIT_METHODS: Record<PageSplitMethod, [string, string]> = {
  'form-feed': ['换页符', 'form feeds'],
  masthead: ['重复的报头', 'repeated mastheads'],
  'blank-lines': ['段落空行（文件太大，不能是一个版面）', 'paragraph gaps (too large for one page)'],
};

/** What the staff member should know about how one file was read, one bilingual line each. */
export function importNotes(item: ImportItemResult): string[] {
  const notes: string[] = [];
  if (item.encoding && item.encoding !== 'utf-8' && item.encoding !== 'utf-8-bom') notes.push(bilingual(`编码 ${item.encoding}`, `encoding ${item.encoding}`));
  if (item.alternativeEncoding) {
    notes.push(
      bilingual(
        `编码不确定，也可能是 ${item.alternativeEncoding}（可用 --encoding ${item.alternativeEncoding} 重新导入）`,
        `encoding uncertain, could also be ${item.alternativeEncoding} (re-import with --encoding ${item.alternativeEncoding})`,
      ),
    );
  }
  if (item.replaced) {
    const listed = item.replaced.lines.map((entry) => entry.line);
    const more = item.replaced.count > item.replaced.lines.reduce((sum, entry) => sum + entry.count, 0);
    notes.push(
      bilingual(
        `第 ${listed.join('、')}${more ? ' 等' : ''} 行有 ${item.replaced.count} 处无法识别的字节，已替换为 �`,
        `${item.replaced.count} unreadable byte(s) on line ${listed.join(', ')}${more ? ' and more' : ''}, replaced by �`,
      ),
    );
  }
  if (item.split) {
    const [zh, en] = SPLIT_METHODS[item.split.method];
    notes.push(bilingual(`已按${zh}拆为 ${item.split.pages} 个版面`, `split into ${item.split.pages} pages at ${en}`));
  }
  if (item.pdf && item.pdf.pages > 1) notes.push(bilingual(`PDF 共 ${item.pdf.pages} 页，每页一个版面`, `a PDF of ${item.pdf.pages} pages, one library page each`));
  return notes;
}

export function pdfPageName(page: number): string {
  return bilingual(`第 ${page} 页`, `page ${page}`);
}
