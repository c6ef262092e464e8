import { REPLACED_LINES_LISTED, type PageSplitMethod } from '../../core/model/import-notes';
import type { ImportItemResult } from '../../core/model/library';
import type { MessageKey } from '../i18n/translate';
import { useT } from '../i18n/use-t';

const SPLIT_METHOD_KEYS: Record<PageSplitMethod, MessageKey> = {
  'form-feed': 'import.splitFormFeed',
  masthead: 'import.splitMasthead',
  'blank-lines': 'import.splitBlankLines',
};

/** What the editor should know about how a file was read: a doubtful encoding, replaced bytes, a split, a PDF's pages left out. */
export function ImportItemNotes({ item }: { item: ImportItemResult }) {
  const t = useT();
  const { alternativeEncoding, replaced, split, pdf } = item;
  if (!alternativeEncoding && !replaced && !split && !(pdf && (pdf.pages > 1 || pdf.skipped.length > 0))) return null;
  const lines = replaced?.lines.map((entry) => entry.line).join('、') ?? '';
  const listed = replaced?.lines.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const more = replaced !== null && replaced !== undefined && (replaced.count > listed || replaced.lines.length >= REPLACED_LINES_LISTED);
  return (
    <ul className="import-notes">
      {alternativeEncoding && (
        <li className="import-note-warning" data-testid="import-note-encoding">{t('import.encodingUncertain', { alternative: alternativeEncoding })}</li>
      )}
      {replaced && (
        <li className="import-note-warning" data-testid="import-note-replaced">
          {t('import.replacedCharacters', { lines: more ? t('import.moreLines', { lines }) : lines, count: replaced.count })}
        </li>
      )}
      {split && <li data-testid="import-note-split">{t('import.splitPages', { pages: split.pages, method: t(SPLIT_METHOD_KEYS[split.method]) })}</li>}
      {pdf && pdf.pages > 1 && <li data-testid="import-note-pdf-pages">{t('import.pdfPages', { pages: pdf.pages })}</li>}
      {pdf?.skipped.map((skipped) => (
        <li key={skipped.page} className="import-note-warning" data-testid="import-note-pdf-skipped">
          {t('import.pdfPageSkipped', { page: skipped.page, message: skipped.message })}
        </li>
      ))}
    </ul>
  );
}
