// Prints composed pages to PDF with headless Chromium (playwright-core's page.pdf(), which is
// Chromium's own print path), stepping the body type down until each page fits on one sheet.
import { type Browser, chromium } from 'playwright-core';
import { type PageSpec, withoutLastArticle } from './compose-page';
import { pageHtml } from './page-html';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The smallest body type a newspaper would set (pt); below it an article leaves the page. */
const MIN_FONT_SIZE = 7.5;

export interface FittedPage {
  spec: PageSpec;
  fontSize: number;
  /** Articles that did not fit even in the smallest type and were left off. */
  dropped: number;
}

export interface PagePrinter {
  fit: (spec: PageSpec) => Promise<FittedPage>;
  print: (pages: FittedPage[]) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

function fontSizes(start: number): number[] {
  const sizes: number[] = [];
  for (let size = start; size >= MIN_FONT_SIZE - 1e-9; size -= 0.5) sizes.push(size);
  return sizes;
}

/**
 * Chromium stamps the print time into the PDF's info dictionary; a fixed stamp of the same length
 * (so the cross-reference offsets stay right) makes a rebuilt page byte-identical, and git keeps
 * one copy of it.
 */
export function withFixedDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/gu, (_match, key: string) => `/${key} (D:20250101000000`);
  return Buffer.from(fixed, 'latin1');
}

export async function openPagePrinter(): Promise<PagePrinter> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const load = async (html: string): Promise<void> => {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
  };
  return {
    async fit(spec) {
      let current = spec;
      for (let dropped = 0; ; dropped++) {
        await load(pageHtml([{ spec: current, fontSize: current.fontSize }]));
        const size = await page.evaluate((sizes: number[]) => {
          const sheet = document.querySelector<HTMLElement>('.page');
          const body = document.querySelector<HTMLElement>('.body');
          if (!sheet || !body) return null;
          for (const candidate of sizes) {
            sheet.style.fontSize = `${candidate}pt`;
            if (body.scrollHeight <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth + 1) return candidate;
          }
          return null;
        }, fontSizes(current.fontSize));
        if (size !== null) return { spec: current, fontSize: size, dropped };
        const smaller = withoutLastArticle(current);
        if (smaller === current || smaller.rows.length === 0) throw new Error(`${spec.name}: not even one article fits the page`);
        current = smaller;
      }
    },
    async print(pages) {
      await load(pageHtml(pages.map(({ spec, fontSize }) => ({ spec, fontSize }))));
      return withFixedDates(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    },
    close: () => browser.close(),
  };
}
