/// <reference types="vite/client" />
// Real extractor output (pdftotext, pdftotext -layout, mutool draw -F txt) of pages printed by
// Chromium, made by scripts/make-extractor-fixtures.ts; loaded as text so core/ tests stay free of node:fs.
const modules = import.meta.glob('./extractor-output/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The text of one fixture, e.g. `extractorOutput('two-columns.mutool')`. */
export function extractorOutput(name: string): string {
  const text = modules[`./extractor-output/${name}.txt`];
  if (text === undefined) throw new Error(`no extractor fixture ${name}`);
  return text;
}
