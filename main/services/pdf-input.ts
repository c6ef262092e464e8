// Whether an import input is a PDF: by its name, or by the `%PDF-` signature,
// which the format allows anywhere in the first kilobyte (some producers put a
// few bytes of junk before it). Only the first kilobyte is read, so a folder of
// large text files is not read twice.
import { closeSync, openSync, readSync } from 'node:fs';
import type { PageInput } from './read-page-input';

const SIGNATURE = Buffer.from('%PDF-', 'latin1');
const SNIFFED_BYTES = 1024;

function head(input: PageInput): Uint8Array | null {
  if (input.bytes) return input.bytes.subarray(0, SNIFFED_BYTES);
  // 1,368 base64 characters are 1,026 bytes: enough for the first kilobyte.
  if (input.base64 !== undefined) return Buffer.from(input.base64.slice(0, 1368), 'base64');
  if (input.path === undefined) return null;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(input.path, 'r');
    const buffer = Buffer.alloc(SNIFFED_BYTES);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, SNIFFED_BYTES, 0));
  } catch {
    // Not readable: the text path reports why, in its words.
    return null;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

export function isPdfInput(input: PageInput): boolean {
  if (input.text !== undefined) return false;
  if (/\.pdf$/iu.test(input.name)) return true;
  const bytes = head(input);
  return bytes !== null && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(SIGNATURE) !== -1;
}
