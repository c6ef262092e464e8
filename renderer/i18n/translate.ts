import type { Locale } from '../../core/model/library';
import { messages } from './messages';

type Messages = typeof messages;
type Domain = keyof Messages;

/** Every key the UI may ask for, e.g. 'library.title'. */
export type MessageKey = { [D in Domain]: `${D}.${keyof Messages[D]['zh'] & string}` }[Domain];

export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Looks a key up for a locale and fills `{name}` placeholders. Unknown keys come back as themselves. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const dot = key.indexOf('.');
  const domain = messages[key.slice(0, dot) as Domain] as { zh: Record<string, string>; en: Record<string, string> } | undefined;
  const template = domain?.[locale][key.slice(dot + 1)] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
