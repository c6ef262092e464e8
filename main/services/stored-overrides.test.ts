// Page overrides stored by an older version or edited by hand are validated when
// read: pages:get keeps what is valid, drops the rest and names it, and never
// throws; the editor's next change stores only the valid part.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../api/create-handlers';
import { createDispatch } from '../api/dispatch';
import { openLibrary } from '../library/open-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import type { Library } from '../library/library';

const dirs: string[] = [];
const libraries: Library[] = [];
afterEach(() => {
  libraries.splice(0).forEach((library) => library.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function open(dataDir: string): Promise<Library> {
  const library = await openLibrary({ dataDir, seedsDir: SEEDS_DIR, vocabularyDir: VOCABULARY_DIR });
  libraries.push(library);
  return library;
}

/** A library with a page whose stored overrides split one join; returns the page and the split break. */
async function libraryWithSplit(): Promise<{ dataDir: string; pageId: number; breakId: number; blocks: number }> {
  const dataDir = temporaryDir();
  dirs.push(dataDir);
  const library = await open(dataDir);
  const services = library.services!;
  const pageIds = (await services.pages.tree()).flatMap((group) => group.pages.map((page) => page.id));
  let pageId = -1;
  for (const id of pageIds) {
    if ((await services.pages.get(id)).analysis.breaks.some((decision) => decision.decision === 'join')) {
      pageId = id;
      break;
    }
  }
  const join = (await services.pages.get(pageId)).analysis.breaks.find((decision) => decision.decision === 'join')!;
  const split = await services.pages.setOverrides(pageId, { breaks: { [join.id]: 'split' } });
  const blocks = split.analysis.articles.reduce((sum, article) => sum + article.blocks.length, 0);
  library.close();
  libraries.splice(libraries.indexOf(library), 1);
  return { dataDir, pageId, breakId: join.id, blocks };
}

/** Writes the row by hand, the way an older version or an editor with a SQLite tool would. */
function writeRow(dataDir: string, pageId: number, overridesJson: string): void {
  const db = new BetterSqlite3(join(dataDir, 'library.sqlite'));
  try {
    db.prepare('UPDATE pages SET overrides_json = ? WHERE id = ?').run(overridesJson, pageId);
  } finally {
    db.close();
  }
}

describe('stored page overrides', () => {
  it('keeps the valid parts of a hand-corrupted row, drops and names the rest, and the next change stores it clean', async () => {
    const { dataDir, pageId, breakId, blocks } = await libraryWithSplit();
    writeRow(
      dataDir,
      pageId,
      JSON.stringify({
        breaks: { [breakId]: 'split', '-4': 'join', '7': 'maybe' },
        roles: { '2': 'banner', x: 'title' },
        articleStarts: [-1, 'three', 1.5],
        undoMoves: 'all',
        normalization: { 'fullwidth-punctuation': 'yes', 'no-such-rule': true },
        colour: 'red',
      }),
    );
    const library = await open(dataDir);
    const detail = await library.services!.pages.get(pageId);
    expect(detail.overrides).toEqual({ breaks: { [breakId]: 'split' } });
    expect(detail.analysis.articles.reduce((sum, article) => sum + article.blocks.length, 0)).toBe(blocks);
    expect(detail.droppedOverrides).toEqual([
      // JavaScript lists integer-like keys first.
      'breaks.7',
      'breaks.-4',
      'roles.2',
      'roles.x',
      'articleStarts[0]',
      'articleStarts[1]',
      'articleStarts[2]',
      'undoMoves',
      'normalization.fullwidth-punctuation',
      'normalization.no-such-rule',
      'colour',
    ]);

    // What the editor sends back next is what it was given: the row is clean from then on.
    await library.services!.pages.setOverrides(pageId, detail.overrides as Record<string, unknown>);
    expect(await library.services!.pages.get(pageId)).toMatchObject({ overrides: { breaks: { [breakId]: 'split' } }, droppedOverrides: [] });
  });

  it('answers pages:get for a row that is not JSON or not an object, with the page as the engine made it', async () => {
    const { dataDir, pageId } = await libraryWithSplit();
    const library = await open(dataDir);
    await library.services!.pages.setOverrides(pageId, {});
    const engineBlocks = (await library.services!.pages.get(pageId)).analysis.articles.map((article) => article.blocks.length);
    library.close();
    libraries.splice(0);
    const dispatch = (reopened: Library) => createDispatch(createHandlers(reopened, { transport: 'http', version: '0', dataDir }));
    for (const row of ['{"breaks": {"1": "split"', '[1, 2, 3]', '"split"']) {
      writeRow(dataDir, pageId, row);
      const reopened = await open(dataDir);
      const answer = (await dispatch(reopened)('pages:get', { pageId })) as { ok: boolean; data: { overrides: unknown; droppedOverrides: string[]; analysis: { articles: { blocks: unknown[] }[] } } };
      expect(answer.ok, row).toBe(true);
      expect(answer.data.overrides).toBeNull();
      expect(answer.data.droppedOverrides).toEqual(['(overrides)']);
      expect(answer.data.analysis.articles.map((article) => article.blocks.length)).toEqual(engineBlocks);
      reopened.close();
      libraries.splice(0);
    }
  });
});
