import { describe, expect, it } from 'vitest';
import { PAGE_BYTE_CAP, splitPageText } from './split-page-text';
import { utf8Length } from './utf8-length';
import { SEED_PAGES } from '../analysis/test-support/seed-pages';

const seedPages = () => SEED_PAGES.map((page) => page.raw);
/** The seed pages without their masthead lines (one of them prints # 法院专刊 and its page label). */
const seedBodies = () => seedPages().map((page) => page.replace(/^.*(专刊|\d版)\s*$/gmu, ''));
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Paragraphs of one page as the engine sees them: never cut, so each must stand whole in one part. */
function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/u).map((paragraph) => paragraph.trim()).filter(Boolean);
}

describe('utf8Length', () => {
  it('counts the bytes TextEncoder would write, astral characters included', () => {
    const text = 'a·法院𠀀。\n';
    expect(utf8Length(text)).toBe(bytes(text));
  });
});

describe('splitPageText', () => {
  it('keeps a printed page whole', () => {
    for (const page of seedPages()) expect(splitPageText(page)).toEqual({ parts: [page], method: null });
  });

  it('cuts on form feeds first, dropping empty pages (a trailing feed from pdftotext)', () => {
    const [first, second, third] = seedPages();
    const split = splitPageText(`${first}\f${second}\f\f${third}\f`);
    expect(split.method).toBe('form-feed');
    expect(split.parts.map((part) => part.trim())).toEqual([first.trim(), second.trim(), third.trim()]);
    expect(splitPageText(`${first}\f`)).toEqual({ parts: [first], method: null });
  });

  it('cuts a text over the cap before each repeated masthead', () => {
    const pages = seedBodies();
    const issue = Array.from({ length: 30 }, (_, index) => `# 法院专刊\n\n2025年06月${String(index + 1).padStart(2, '0')}日 05版\n\n${pages[index % pages.length]}`).join('\n\n');
    expect(bytes(issue)).toBeGreaterThan(PAGE_BYTE_CAP);
    const split = splitPageText(issue);
    expect(split.method).toBe('masthead');
    expect(split.parts).toHaveLength(30);
    expect(split.parts.every((part) => part.startsWith('# 法院专刊'))).toBe(true);
    expect(split.parts.join('')).toBe(issue);
  });

  it('cuts a text without page marks at blank-line gaps, each part under the cap, no paragraph cut', () => {
    const pages = seedBodies();
    const text = Array.from({ length: 120 }, (_, index) => pages[index % pages.length]).join('\n\n');
    const cap = 50 * 1024;
    const split = splitPageText(text, cap);
    expect(split.method).toBe('blank-lines');
    expect(split.parts.length).toBeGreaterThanOrEqual(Math.ceil(bytes(text) / cap));
    for (const part of split.parts) expect(bytes(part)).toBeLessThanOrEqual(cap);
    expect(split.parts.join('')).toBe(text);
    const whole = new Set(paragraphsOf(text));
    for (const part of split.parts) for (const paragraph of paragraphsOf(part)) expect(whole.has(paragraph)).toBe(true);
  });

  it('cuts one huge line after sentences, never inside a surrogate pair', () => {
    const text = '法院依法审理𠀀案件。'.repeat(3000);
    const split = splitPageText(text, 4096);
    for (const part of split.parts) {
      expect(bytes(part)).toBeLessThanOrEqual(4096);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(split.parts.join('')).toBe(text);
    const unbroken = '法'.repeat(5000);
    const hard = splitPageText(unbroken, 4096);
    expect(hard.parts.join('')).toBe(unbroken);
    for (const part of hard.parts) expect(bytes(part)).toBeLessThanOrEqual(4096);
  });

  it('splits a 50 MB text built from the seeds into pages under the cap', () => {
    const pages = seedPages();
    const parts: string[] = [];
    for (let size = 0, index = 0; size < 50 * 1024 * 1024; index++) {
      parts.push(pages[index % pages.length]);
      size += bytes(pages[index % pages.length]) + 2;
    }
    const split = splitPageText(parts.join('\n\n'));
    expect(split.parts.length).toBeGreaterThan(250);
    expect(Math.max(...split.parts.map((part) => utf8Length(part)))).toBeLessThanOrEqual(PAGE_BYTE_CAP);
  });
});
