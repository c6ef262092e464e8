// The frozen train/test split: an article is in the test split iff the first byte of
// sha256(id) mod 10 < 3 (about 30 %). Never change this rule: the test split must stay unseen.
import { createHash } from 'node:crypto';

export type Split = 'train' | 'test';
export const SPLITS: readonly Split[] = ['train', 'test'];

export function splitOf(id: string): Split {
  const firstByte = createHash('sha256').update(id, 'utf8').digest()[0];
  return firstByte % 10 < 3 ? 'test' : 'train';
}

export function splitIds(ids: readonly string[]): Record<Split, string[]> {
  const sorted = [...ids].sort();
  return { train: sorted.filter((id) => splitOf(id) === 'train'), test: sorted.filter((id) => splitOf(id) === 'test') };
}
