// Runs a pdf.js read with its own synchronous inflate instead of the web DecompressionStream.
//
// pdf.js 5 inflates every Flate stream it interprets through `new DecompressionStream('deflate')`
// when the global exists, an asynchronous web stream per stream. Chromium writes each page's
// Noto CJK text as ~145 Type 3 fonts whose every glyph is its own small Flate stream, and pdf.js
// interprets them all as it loads the fonts (to read text or the operator list alike): thousands
// of web streams a page, each a zlib round trip through the thread pool. Where the constructor
// throws, pdf.js falls back to its own inflate (FlateStream, the code it used before 5.x) and
// reads the same bytes. Measured on the fixtures (2026-12-06): CPU per page 360 → 250 ms; and with
// the glyph programs unlisted (without-type3-glyph-programs.ts), when each font still brings one
// Flate stream (its ToUnicode map), 190 → 115 ms. Nothing else in main uses DecompressionStream.
const preparedFailure = new Error('DecompressionStream is withheld while pdf.js reads (main/pdf/synchronous-inflate.ts)');

/** A constructor that fails at once, without capturing a stack: pdf.js only catches and falls back. */
class WithheldDecompressionStream {
  constructor() {
    throw preparedFailure;
  }
}

const host = globalThis as { DecompressionStream?: unknown };
let reading = 0;
let saved: unknown;

/** Reads overlap (two imports at once): the global is withheld from the first start to the last end. */
export async function withSynchronousInflate<T>(read: () => Promise<T>): Promise<T> {
  if (reading++ === 0) {
    saved = host.DecompressionStream;
    host.DecompressionStream = WithheldDecompressionStream;
  }
  try {
    return await read();
  } finally {
    if (--reading === 0) host.DecompressionStream = saved;
  }
}
