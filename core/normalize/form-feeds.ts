import type { RuleResult } from './rule-result';

/** A form feed (U+000C) that an extractor writes between PDF pages is a page boundary, not text. */
export function removeFormFeeds(text: string): RuleResult {
  let changes = 0;
  const result = text.replace(/\f+/gu, (run) => {
    changes += run.length;
    return '';
  });
  return { text: result, changes };
}
