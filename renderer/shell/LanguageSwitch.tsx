import type { Locale } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { useUiStore } from '../stores/ui-store';

const LOCALES: { locale: Locale; key: 'common.languageZh' | 'common.languageEn'; lang: string }[] = [
  { locale: 'zh', key: 'common.languageZh', lang: 'zh-CN' },
  { locale: 'en', key: 'common.languageEn', lang: 'en' },
];

export function LanguageSwitch() {
  const t = useT();
  const locale = useUiStore((state) => state.locale);
  const changeLocale = useAppStore((state) => state.changeLocale);
  return (
    <div className="segmented" role="group" aria-label={t('common.languageLabel')}>
      {LOCALES.map((option) => (
        <button key={option.locale} type="button" lang={option.lang} aria-pressed={locale === option.locale} onClick={() => void changeLocale(option.locale)}>
          {t(option.key)}
        </button>
      ))}
    </div>
  );
}
