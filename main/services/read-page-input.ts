// One import input (bytes, base64 from the renderer, a file on disk, or pasted
// text) → its text and how it was read, or an error a user can act on. PDFs
// are read elsewhere (pdf-input.ts); they share the byte reading and its limit.
import { readFileSync, statSync } from 'node:fs';
import { bilingual } from '../../core/api/bilingual';
import { IMPORT_BYTE_LIMIT } from '../../core/import/import-byte-limit';
import { utf8Length } from '../../core/import/utf8-length';
import type { TextEncodingChoice } from '../../core/model/import-notes';
import { decodePageBytes, type DecodedPage } from '../decode/index';

export interface PageInput {
  name: string;
  /** Raw bytes to decode, or … */
  bytes?: Uint8Array;
  /** … the same as base64 (from the renderer), checked here so a damaged file fails alone, or … */
  base64?: string;
  /** … text already decoded (pasted), or … */
  text?: string;
  /** … a file, read only when its turn comes so a large batch is never all in memory. */
  path?: string;
  /** Read the bytes as this encoding instead of detecting it. */
  encoding?: TextEncodingChoice;
  /** Pages this input takes the place of (a re-import with another encoding). */
  replacePageIds?: readonly number[];
  /** What is known of the page besides its text (the demo pages' metadata); a printed masthead still wins. */
  known?: PageMetadata;
}

export interface PageMetadata {
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function tooLarge(bytes: number): Error {
  const limit = IMPORT_BYTE_LIMIT / 1024 / 1024;
  return new Error(
    bilingual(
      `文件有 ${megabytes(bytes)} MB，超过单个文件 ${limit} MB 的导入上限，未导入；请先把它拆成较小的文件。`,
      `The file is ${megabytes(bytes)} MB, over the ${limit} MB limit for one file; nothing was imported. Split it into smaller files first.`,
    ),
  );
}

export function emptyPageError(): Error {
  return new Error(bilingual('版面没有文字（文件是空的，或只有空白），未导入。', 'The page is empty: the file holds no text, only blanks; nothing was imported.'));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function bytesOfBase64(base64: string): Uint8Array {
  if ((base64.length / 4) * 3 > IMPORT_BYTE_LIMIT + 2) throw tooLarge((base64.length / 4) * 3);
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) {
    throw new Error(bilingual('文件内容在传送中损坏（不是有效的 base64 编码），未导入；请重新选择文件。', 'The file’s content arrived damaged (not valid base64); nothing was imported. Choose the file again.'));
  }
  return Buffer.from(base64, 'base64');
}

function readPageFile(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(bilingual(`找不到文件 ${path}。`, `File not found: ${path}.`));
  }
  if (size > IMPORT_BYTE_LIMIT) throw tooLarge(size);
  return readFileSync(path);
}

/** A UTF-16 code unit takes at most 3 bytes of UTF-8: only a long text needs counting. */
const overLimit = (text: string) => text.length * 3 > IMPORT_BYTE_LIMIT && utf8Length(text) > IMPORT_BYTE_LIMIT;

/** The bytes of an input given as bytes, base64 or a file, within the import size limit. */
export function readInputBytes(input: PageInput): Uint8Array {
  const bytes = input.bytes ?? (input.base64 !== undefined ? bytesOfBase64(input.base64) : readPageFile(input.path!));
  if (bytes.length > IMPORT_BYTE_LIMIT) throw tooLarge(bytes.length);
  return bytes;
}

export function readPageInput(input: PageInput): DecodedPage {
  if (input.text !== undefined) {
    if (overLimit(input.text)) throw tooLarge(utf8Length(input.text));
    return { text: input.text, encoding: 'text', alternative: null, replaced: null };
  }
  const bytes = readInputBytes(input);
  const decoded = decodePageBytes(bytes, input.encoding ?? 'auto');
  if (overLimit(decoded.text)) throw tooLarge(utf8Length(decoded.text));
  return decoded;
}
