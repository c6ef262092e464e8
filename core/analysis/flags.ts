import type { Flag } from '../model/page-analysis';
import { endsSentence } from './character-classes';

// Characters that a typesetter never doubles; doubled, they are an OCR or joining slip (孩子们们).
const NEVER_DOUBLED = /([们的了])\1/gu;
const PAIRS: Array<[string, string, Flag['kind']]> = [
  ['“', '”', 'unbalanced-quote'],
  ['‘', '’', 'unbalanced-quote'],
  ['（', '）', 'unbalanced-bracket'],
  ['《', '》', 'unbalanced-bracket'],
];

export function doubledAcrossJoin(before: string, after: string): string | null {
  const last = before[before.length - 1];
  return last && /[\u4e00-\u9fff]/u.test(last) && after.startsWith(last) ? last + last : null;
}

export function findTextFlags(text: string, article: number, line: number | null): Flag[] {
  const flags: Flag[] = [];
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
    flags.push({ kind: 'replaced-char', article, line, text: '\ufffd', message: '无法识别的字节，导入时已替换为 �，请按原版补正' });
  }
  if (/([们的了])\1/u.test(text)) {
    for (const match of text.matchAll(NEVER_DOUBLED)) {
      flags.push({ kind: 'doubled-char', article, line, text: match[0], message: `疑似重复字“${match[0]}”` });
    }
  }
  for (const [open, close, kind] of PAIRS) {
    const openCode = open.charCodeAt(0);
    const closeCode = close.charCodeAt(0);
    if (text.indexOf(open) < 0 && text.indexOf(close) < 0) continue;
    let depth = 0;
    let unbalanced = false;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === openCode) depth++;
      else if (code === closeCode && --depth < 0) unbalanced = true;
    }
    if (unbalanced || depth !== 0) flags.push({ kind, article, line, text: `${open}${close}`, message: `${open}${close}不成对` });
  }
  return flags;
}

export function missingFinalPunctuation(lastText: string, article: number, line: number | null): Flag | null {
  if (!lastText || endsSentence(lastText)) return null;
  return { kind: 'missing-final-punct', article, line, text: lastText.slice(-6), message: '文章结尾缺少句末标点' };
}
