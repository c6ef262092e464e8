import { useEffect, useState } from 'react';
import { parseDateInput } from '../dates/parse-date-input';
import { useT } from '../i18n/use-t';

/** The same in both languages: the one form every editor reads alike. */
const DATE_PLACEHOLDER = '2024-09-01';

interface DateFilterInputProps {
  value: string | undefined;
  onChange: (date: string | undefined) => void;
  testId: string;
}

/** A date typed as 2024-09-01 (or 2024年9月1日); applied once it reads as a real date. */
export function DateFilterInput({ value, onChange, testId }: DateFilterInputProps) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  const parsed = parseDateInput(text);
  const invalid = parsed.kind === 'invalid';

  // Cleared or set elsewhere (清除筛选): show what the filter now holds.
  useEffect(() => {
    const shown = parseDateInput(text);
    const shownDate = shown.kind === 'date' ? shown.date : undefined;
    if (shown.kind !== 'invalid' && shownDate !== value) setText(value ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const result = parseDateInput(next);
    if (result.kind === 'date') onChange(result.date);
    else if (result.kind === 'empty') onChange(undefined);
  };

  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        data-testid={testId}
        placeholder={DATE_PLACEHOLDER}
        value={text}
        aria-invalid={invalid}
        onChange={(event) => change(event.target.value)}
      />
      {invalid && <span className="date-invalid" role="alert">{t('library.dateInvalid')}</span>}
    </>
  );
}
