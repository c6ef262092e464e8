import type { RuleResult } from './rule-result';

// Digits and Latin letters are printed half-width in Chinese text (GB/T 15835); full-width
// ０-９, Ａ-Ｚ, ａ-ｚ come from OCR or input methods. Other full-width marks (＋, ％) are left alone.
export function foldFullwidthAscii(text: string): RuleResult {
  let changes = 0;
  const result = text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) => {
    changes++;
    return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  });
  return { text: result, changes };
}
