/**
 * The 1-based line on which each element of a top-level JSON array starts, so that an error in
 * the n-th entry of a vocabulary file can be shown at its line. Assumes the text is valid JSON.
 */
export function jsonArrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectingElement = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\n') line++;
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
      continue;
    }
    if (/\s/.test(character)) continue;
    if (depth === 1 && expectingElement && character !== ']') {
      lines.push(line);
      expectingElement = false;
    }
    if (character === '"') inString = true;
    else if (character === '[' || character === '{') {
      depth++;
      if (depth === 1) expectingElement = true;
    } else if (character === ']' || character === '}') depth--;
    else if (character === ',' && depth === 1) expectingElement = true;
  }
  return lines;
}
