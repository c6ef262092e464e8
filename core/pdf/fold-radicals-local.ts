// REPLACE with `foldRadicals` from core/normalize/radical-ideographs.ts once h/artifacts is merged.
//
// PDF fonts often map a glyph to a Kangxi Radical (U+2F00–U+2FD5) or a CJK Radicals Supplement
// code point (U+2E80–U+2EF3) instead of the unified ideograph it looks like: 人 comes out as ⼈.
// Kangxi radicals fold by NFKC; the supplement has no decomposition, so the ones that stand for a
// whole character get a table (the rest are components that never stand alone in text).
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⺮': '竹', '⺶': '羊', '⺼': '肉', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角',
  '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻐': '钅', '⻑': '長', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青',
  '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** Kangxi radicals whose NFKC form is the traditional character while simplified text means another. */
const KANGXI_SIMPLIFIED: Record<string, string> = { '⼾': '户', '⾭': '青', '⾑': '西', '⿈': '黄' };

export function foldRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const folded = text.replace(/[\u2e80-\u2ef3\u2f00-\u2fd5]/gu, (char) => {
    const unified = SUPPLEMENT[char] ?? KANGXI_SIMPLIFIED[char] ?? (char >= '\u2f00' ? char.normalize('NFKC') : char);
    if (unified !== char) count++;
    return unified;
  });
  return { text: folded, count };
}
