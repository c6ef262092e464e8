// How much of a request body the harness will hold for each channel. Most
// requests are a few kilobytes; a cap far above that stops one client (or
// eight at once) from filling the memory of the process that holds the library.
const MEGABYTE = 1024 * 1024;

/** Pages of 50 MB arrive base64-encoded inside JSON, so leave room. */
const IMPORT_LIMIT = 160 * MEGABYTE;

/** Large bodies, received one at a time (see one-at-a-time.ts) so only one is ever held in memory. */
export const LARGE_BODY_CHANNELS: ReadonlySet<string> = new Set(['import:text', 'import:files', 'vocab:import']);

const LIMITS: Readonly<Record<string, number>> = {
  'import:text': IMPORT_LIMIT,
  'import:files': IMPORT_LIMIT,
  // 20 million characters of CJK are 60 MB of UTF-8.
  'vocab:import': 64 * MEGABYTE,
  // A long article with a thousand break points is a few hundred kilobytes; a whole page's worth of text saved as one article is more.
  'articles:save': 16 * MEGABYTE,
  // A break choice per line of a very long page.
  'pages:setOverrides': 8 * MEGABYTE,
};

const DEFAULT_LIMIT = 2 * MEGABYTE;

export function bodyLimitOf(channel: string): number {
  return Object.prototype.hasOwnProperty.call(LIMITS, channel) ? LIMITS[channel] : DEFAULT_LIMIT;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MEGABYTE)} MB`;
}
