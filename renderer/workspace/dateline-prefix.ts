// A dateline set at the head of its paragraph without the space the engine
// needs to see it (新华网武汉7月8日电记者从…): "this is the dateline" on that
// paragraph means its opening words, not the whole paragraph.
const DATELINE_HEAD = /^\s*((?:\*\*)?[\u4e00-\u9fff]{0,14}?(?:\d{1,2}月\d{1,2}日电|(?<=[\u4e00-\u9fff]{2})(?<![简快喜通资短音问])讯)(?:\*\*)?)[\s\u3000：:]*/u;

/** The dateline at the start of `text` and what follows it, or null when the paragraph does not open with one. */
export function datelinePrefix(text: string): { dateline: string; rest: string; length: number } | null {
  const match = DATELINE_HEAD.exec(text);
  if (!match || match[0].length >= text.trim().length) return null;
  return { dateline: match[1].replace(/\*\*/g, ''), rest: text.slice(match[0].length), length: match[0].length };
}
