// A message module holds one domain's UI strings in both languages. The `en`
// table must have exactly the keys of `zh` (missing keys fail to compile, extra
// keys are excess properties); messages.test.ts checks the same at runtime.
export type MessageTable = Record<string, string>;

export interface DomainMessages<Zh extends MessageTable> {
  zh: Zh;
  en: { [Key in keyof Zh]: string };
}

export function defineMessages<const Zh extends MessageTable>(messages: DomainMessages<Zh>): DomainMessages<Zh> {
  return messages;
}
