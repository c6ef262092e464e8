import type { Locale } from '../../core/model/library';
import { messages } from './messages';

type Messages = typeof messages;
type Domain = keyof Messages;

/** Every key the UI may ask for, e.g. 'library.title'. */
export type MessageKey = { [D in Domain]: `${D}.${keyof Messages[D]['zh'] & string}` }[Domain];

export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Looks a key up for a locale and fills `{name}` placeholders; `{name|one|other}` picks the English
 * singular or plural by the number `name` (Chinese needs none). Unknown keys come back as themselves.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const dot = key.indexOf('.');
  const domain = messages[key.slice(0, dot) as Domain] as { zh: Record<string, string>; en: Record<string, string> } | undefined;
  const template = domain?.[locale][key.slice(dot + 1)] ?? key;
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
