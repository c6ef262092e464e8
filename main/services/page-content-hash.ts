import { createHash } from 'node:crypto';

/** What duplicate detection compares: a page's raw text, line endings made one. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}
