// What an import says about one file beyond "imported": how its bytes were read
// and whether it was cut into several pages.

/** Encodings an editor may force for a file; `auto` lets the import detect it. */
export const TEXT_ENCODINGS = ['auto', 'utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type TextEncodingChoice = (typeof TEXT_ENCODINGS)[number];

/** Lines (1-based, in the file) where undecodable bytes were replaced by U+FFFD. */
export interface ReplacedCharacters {
  /** Every replacement in the file. */
  count: number;
  /** The first lines that hold one, with how many each; at most REPLACED_LINES_LISTED. */
  lines: { line: number; count: number }[];
}

export const REPLACED_LINES_LISTED = 20;

/** Form feeds, repeated mastheads or page labels, or (failing both) blank-line gaps near the size cap. */
export type PageSplitMethod = 'form-feed' | 'masthead' | 'blank-lines';

export interface PageSplitNote {
  pages: number;
  method: PageSplitMethod;
}

/** A PDF's pages: how many it has, and those not imported, each with why (a scanned page with no text layer). */
export interface PdfImportNote {
  pages: number;
  skipped: { page: number; message: string }[];
}
