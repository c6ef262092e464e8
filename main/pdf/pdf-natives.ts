// The process's own JSON, Array.prototype.push and Function.prototype.toString, taken before
// pdf.js is loaded, to be put back once it has run. Import this module before pdfjs-dist.
import { runInNewContext } from 'node:vm';

/**
 * pdfjs-dist's legacy build, and its worker code that it loads on the first
 * document, bring core-js polyfills that replace JSON.stringify, JSON.parse,
 * Array.prototype.push and Function.prototype.toString for the whole process,
 * though Node has them natively. Measured: JSON.stringify of a 4 MB string took
 * 5 ms before pdf.js had run and 5 s after; the page view's answer for a 30 MB
 * PDF (the web harness stringifies it) took 80 s and 3 GB. pdf.js itself pushes
 * millions of times while it parses Chromium's Type 3 glyphs, so the polyfilled
 * push alone cost about a tenth of a page's read (2026-12-06).
 */
const NATIVES = {
  // Where pdf.js came first (the web harness bundle imports it at the top), this realm's is already
  // replaced: a fresh realm's JSON.stringify is native, and serializes this realm's values the same.
  stringify: '__core-js_shared__' in globalThis ? (runInNewContext('JSON.stringify') as typeof JSON.stringify) : JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
};

/** Puts the natives back: after pdf.js's modules (its worker code included) have been evaluated, and after every document. */
export function restoreNatives(): void {
  JSON.stringify = NATIVES.stringify;
  JSON.parse = NATIVES.parse;
  Array.prototype.push = NATIVES.push;
  Function.prototype.toString = NATIVES.toString;
}
