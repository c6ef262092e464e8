// The court and theme vocabularies live in the library (seeded from
// seeds/vocab/ on first run) and are kept in memory between edits: every import
// and every tag suggestion reads them.
import type { Court, Theme, Vocabulary } from '../../core/model/vocabulary';
import type { Store } from '../store/store';
import { applyVocabularyEdit, exportVocabularyFile, parseVocabularyFile } from './vocabulary-files';

export function createVocabularyService(store: Store) {
  let cached: Vocabulary | null = null;

  const current = (): Vocabulary => (cached ??= { courts: store.read.courts.list(), themes: store.read.themes.list() });

  function replace(vocabulary: Partial<Vocabulary>, renames: { type: 'court' | 'theme'; from: string; to: string }[] = []): Vocabulary {
    store.transaction(() => {
      if (vocabulary.courts) store.write.courts.replaceAll(vocabulary.courts);
      if (vocabulary.themes) store.write.themes.replaceAll(vocabulary.themes);
      for (const rename of renames) store.write.tags.rename(rename.type, rename.from, rename.to);
    });
    cached = null;
    return current();
  }

  return {
    current,
    replace,
    withCounts(): Vocabulary & { counts: Record<string, number> } {
      const counts: Record<string, number> = {};
      for (const row of store.read.tags.counts()) counts[`${row.type}:${row.name}`] = row.count;
      return { ...current(), counts };
    },
    edit(op: Record<string, unknown>): Vocabulary {
      const outcome = applyVocabularyEdit(current(), op);
      return replace(outcome.vocabulary, outcome.renames);
    },
    importFile(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): { ok: boolean; errors: { line: number; message: string }[] } {
      const parsed = parseVocabularyFile(kind, format, content);
      if (parsed.errors.length) return { ok: false, errors: parsed.errors };
      if (kind === 'courts') replace({ courts: parsed.entries as Court[] });
      else replace({ themes: parsed.entries as Theme[] });
      return { ok: true, errors: [] };
    },
    exportFile(kind: 'courts' | 'themes', format: 'json' | 'csv'): { content: string } {
      const vocabulary = current();
      return { content: exportVocabularyFile(kind, format, kind === 'courts' ? vocabulary.courts : vocabulary.themes) };
    },
  };
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;

