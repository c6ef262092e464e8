/// <reference types="vite/client" />
// Regions of real pages as pdf.js reads them (main/pdf/read-pdf.ts), made by
// scripts/make-pdf-layout-fixtures.ts; loaded through Vite so core/ tests stay free of node:fs.
import type { PdfPageLayout } from '../../model/pdf-layout';

const modules = import.meta.glob('./pdfjs-layouts/*.json', { import: 'default', eager: true }) as Record<string, { layout: PdfPageLayout }>;

/** The page geometry of one fixture, e.g. `pdfjsLayout('run-in-dateline-narrow-column')`. */
export function pdfjsLayout(name: string): PdfPageLayout {
  const fixture = modules[`./pdfjs-layouts/${name}.json`];
  if (fixture === undefined) throw new Error(`no pdf.js layout fixture ${name}`);
  return fixture.layout;
}
