// How strongly two Han characters belong together in the paper's language: the pointwise mutual
// information of the pair, log2 of how much more often the training text writes them side by side
// than their own frequencies would by chance. A line's end cuts the text wherever the measure
// falls, so the line that reads on from another starts with a character that belongs with the
// other's last; a line of another column meets it by chance. Learned by
// scripts/train/train-char-pairs.ts from the gold text of the training pages, shipped as JSON.
import shipped from './char-pairs.json';
import { folded, isHanCode } from '../pairs-within-lines';

export const CHAR_PAIRS_VERSION = 1;

export interface CharPairsFile {
  version: number;
  trainedOn: { articles: number; characters: number; pairs: number };
  /** Information is kept rounded down to this many bits. */
  step: number;
  /** Pairs by their information (bits, as text) → the pairs of that level, written one after another. */
  levels: Record<string, string>;
}

/** The pairs, keyed as pairs-within-lines keys them (two UTF-16 units), to their information in bits. */
export function parseCharPairs(file: CharPairsFile): Map<number, number> {
  if (file.version !== CHAR_PAIRS_VERSION) throw new Error(`char pairs version ${file.version}, the reader knows ${CHAR_PAIRS_VERSION}`);
  const table = new Map<number, number>();
  for (const [level, pairs] of Object.entries(file.levels)) {
    const bits = Number(level);
    if (!(bits > 0) || pairs.length % 2 !== 0) throw new Error(`char pairs level ${level} is malformed`);
    for (let index = 0; index < pairs.length; index += 2) table.set(pairs.charCodeAt(index) * 0x10000 + pairs.charCodeAt(index + 1), bits);
  }
  return table;
}

// Read on the first question: only pages whose columns are read, or whose head's tail looks like a name, ask.
let table: Map<number, number> | null = null;

/** The pair's information in bits; 0 where the training text never wrote it or wrote it no more often than chance. */
export function pairInformation(before: string, after: string): number {
  if (!isHanCode(before.charCodeAt(0)) || !isHanCode(after.charCodeAt(0))) return 0;
  table ??= parseCharPairs(shipped as CharPairsFile);
  return table.get(folded(before) * 0x10000 + folded(after)) ?? 0;
}
