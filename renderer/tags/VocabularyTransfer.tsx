import { useState, type ChangeEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useTagsStore } from '../stores/tags-store';

type Kind = 'courts' | 'themes';
type Format = 'json' | 'csv';

/** Vocabulary import/export as JSON or CSV; import errors are listed by line. */
export function VocabularyTransfer() {
  const t = useT();
  const outcome = useTagsStore((state) => state.importOutcome);
  const exported = useTagsStore((state) => state.exported);
  const importVocabulary = useTagsStore((state) => state.importVocabulary);
  const exportVocabulary = useTagsStore((state) => state.exportVocabulary);
  const [kind, setKind] = useState<Kind>('courts');
  const [format, setFormat] = useState<Format>('json');
  const [content, setContent] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
    event.target.value = '';
  };

  return (
    <details className="vocabulary-transfer">
      <summary>{t('vocabulary.importExport')}</summary>
      <div className="inline-form">
        <select aria-label={t('vocabulary.title')} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          <option value="courts">{t('vocabulary.courts')}</option>
          <option value="themes">{t('vocabulary.themes')}</option>
        </select>
        <select aria-label={t('vocabulary.format')} value={format} onChange={(event) => setFormat(event.target.value as Format)}>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </select>
        <button type="button" onClick={() => void exportVocabulary(kind, format)}>{t('vocabulary.export')}</button>
        <label className="file-button">
          {t('vocabulary.chooseFile')}
          <input type="file" accept=".json,.csv,text/csv,application/json" hidden onChange={(event) => void onFile(event)} />
        </label>
        <button type="button" className="primary" disabled={!content.trim()} onClick={() => void importVocabulary(kind, format, content)}>{t('vocabulary.import')}</button>
      </div>
      <textarea rows={6} aria-label={t('vocabulary.importContent')} placeholder={t('vocabulary.importContent')} value={content} onChange={(event) => setContent(event.target.value)} />
      {outcome?.ok && <p role="status">{t('vocabulary.importOk')}</p>}
      {outcome && !outcome.ok && (
        <ul className="error-list" role="alert">
          {outcome.errors.map((error, index) => <li key={index}>{t('vocabulary.lineError', { line: error.line, message: error.message })}</li>)}
        </ul>
      )}
      {exported !== null && (
        <>
          <p role="status">{t('vocabulary.exported')}</p>
          <textarea rows={6} readOnly value={exported} aria-label={t('vocabulary.export')} />
        </>
      )}
    </details>
  );
}
