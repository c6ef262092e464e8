// The court and theme vocabularies live in the library (seeded from
// seeds/vocab/ on first run) and are kept in memory between edits: every import
// and every tag suggestion reads them. An edit and the article tags it moves
// (rename, merge, delete) are written in one transaction. A court's derived aliases are
// derived anew whenever the court list is written, and on open for a library written before
// derivation existed or by an older version of its rules.
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import type { Vocabulary } from '../../core/model/vocabulary';
import { withDerivedAliases } from '../../core/tagging/derive-court-aliases';
import { applyVocabularyEdit, parseVocabularyEdit, type TagReassignment } from '../../core/tagging/vocabulary-edits';
import { exportVocabularyFile, importVocabularyFile } from '../../core/tagging/vocabulary-file';
import type { Store } from '../store/store';

export function createVocabularyService(store: Store) {
  let cached: Vocabulary | null = null;

  // Derived on read too, so that a read-only library shows and matches the derived forms it could not store.
  const current = (): Vocabulary => (cached ??= { courts: withDerivedAliases(store.read.courts.list()), themes: store.read.themes.list() });

  function replace(vocabulary: Partial<Vocabulary>, reassignments: readonly TagReassignment[] = []): Vocabulary {
    store.transaction(() => {
      if (vocabulary.courts) store.write.courts.replaceAll(withDerivedAliases(vocabulary.courts));
      if (vocabulary.themes) store.write.themes.replaceAll(vocabulary.themes);
      for (const move of reassignments) store.write.tags.reassign(move.kind, move.from, move.to);
    });
    cached = null;
    return current();
  }

  return {
    current,
    replace,
    /** Writes the derived aliases when the stored ones are missing or out of date; true when it wrote. */
    storeDerivedAliases(): boolean {
      const stored = store.read.courts.list();
      const derived = withDerivedAliases(stored);
      if (derived.every((court, index) => court === stored[index])) return false;
      replace({ courts: derived });
      return true;
    },
    withCounts(): Vocabulary & { counts: Record<string, number> } {
      const counts: Record<string, number> = {};
      for (const row of store.read.tags.counts()) counts[`${row.type}:${row.name}`] = row.count;
      return { ...current(), counts };
    },
    edit(op: Record<string, unknown>): Vocabulary {
      const parsed = parseVocabularyEdit(op);
      if (!parsed.ok) throw new ApiError('invalid', bilingual(`词表修改无效：${parsed.message}`, `Invalid vocabulary edit: ${parsed.message}`));
      const outcome = applyVocabularyEdit(current(), parsed.edit);
      if (!outcome.ok) throw new ApiError('conflict', outcome.message);
      return replace(outcome.vocabulary, outcome.reassignments);
    },
    importFile(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): { ok: boolean; errors: { line: number; message: string }[] } {
      const imported = importVocabularyFile(current(), kind, format, content);
      if (!imported.ok) return { ok: false, errors: imported.errors.map(({ line, message }) => ({ line, message })) };
      replace(kind === 'courts' ? { courts: imported.vocabulary.courts } : { themes: imported.vocabulary.themes });
      return { ok: true, errors: [] };
    },
    exportFile: (kind: 'courts' | 'themes', format: 'json' | 'csv'): { content: string } => ({ content: exportVocabularyFile(current(), kind, format) }),
  };
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;
