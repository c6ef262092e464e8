import { useCallback } from 'react';
import { useUiStore } from '../stores/ui-store';
import { translate, type MessageKey, type MessageParams, type Translate } from './translate';

/** `const t = useT(); t('library.title')`, re-rendering when the locale changes. */
export function useT(): Translate {
  const locale = useUiStore((state) => state.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}
