import { useState } from 'react';
import { TEXT_ENCODINGS, type TextEncodingChoice } from '../../core/model/import-notes';
import { useT } from '../i18n/use-t';
import { useImportStore } from '../stores/import-store';

/** 以其他编码重新导入: read the same file again as the chosen encoding, in place of the pages it made. */
/** Likeliest first: a page that was not GB18030 is most often Big5, and the other way round. */
const LIKELY_ORDER: readonly TextEncodingChoice[] = ['big5', 'gb18030', 'utf-8', 'utf-16le', 'utf-16be'];

export function ReimportControl({ index, current, suggested }: { index: number; current: string | null; suggested: string | null }) {
  const t = useT();
  const running = useImportStore((state) => state.running);
  const reimportFile = useImportStore((state) => state.reimportFile);
  const [encoding, setEncoding] = useState<TextEncodingChoice>(
    () => LIKELY_ORDER.find((choice) => choice === suggested) ?? LIKELY_ORDER.find((choice) => choice !== current) ?? 'auto',
  );
  return (
    <span className="import-reimport" data-testid="import-reimport">
      <label>
        <span>{t('import.reimportLabel')}</span>
        <select value={encoding} disabled={running} onChange={(event) => setEncoding(event.target.value as TextEncodingChoice)}>
          {TEXT_ENCODINGS.map((choice) => (
            <option key={choice} value={choice}>{choice === 'auto' ? t('import.encodingAuto') : choice}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={running} onClick={() => void reimportFile(index, encoding)}>{t('import.reimportSubmit')}</button>
    </span>
  );
}
