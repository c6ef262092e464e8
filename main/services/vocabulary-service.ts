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

  /** Reads the vocabulary from the library into memory (at open, after each edit, and when another user changed it). */
  async function load(): Promise<Vocabulary> {
    // Derived on read too, so that a read-only library shows and matches the derived forms it could not store.
    cached = { courts: withDerivedAliases(await store.read.courts.list()), themes: await store.read.themes.list() };
    return cached;
  }

  /** The vocabulary in memory; `load` runs before the services are handed out. */
  const current = (): Vocabulary => {
    if (!cached) throw new Error('vocabulary read before the library was loaded');
    return cached;
  };

  async function replace(vocabulary: Partial<Vocabulary>, reassignments: readonly TagReassignment[] = []): Promise<Vocabulary> {
    await store.transaction(async () => {
      if (vocabulary.courts) await store.write.courts.replaceAll(withDerivedAliases(vocabulary.courts));
      if (vocabulary.themes) await store.write.themes.replaceAll(vocabulary.themes);
      for (const move of reassignments) await store.write.tags.reassign(move.kind, move.from, move.to);
    });
    return load();
  }

  return {
    load,
    current,
    replace,
    /** Writes the derived aliases when the stored ones are missing or out of date; true when it wrote. */
    async storeDerivedAliases(): Promise<boolean> {
      const stored = await store.read.courts.list();
      const derived = withDerivedAliases(stored);
      if (derived.every((court, index) => court === stored[index])) return false;
      await replace({ courts: derived });
      return true;
    },
    async withCounts(): Promise<Vocabulary & { counts: Record<string, number> }> {
      const counts: Record<string, number> = {};
      for (const row of await store.read.tags.counts()) counts[`${row.type}:${row.name}`] = row.count;
      return { ...current(), counts };
    },
    async edit(op: Record<string, unknown>): Promise<Vocabulary> {
      const parsed = parseVocabularyEdit(op);
      if (!parsed.ok) throw new ApiError('invalid', bilingual(`词表修改无效：${parsed.message}`, `Invalid vocabulary edit: ${parsed.message}`));
      const outcome = applyVocabularyEdit(current(), parsed.edit);
      if (!outcome.ok) throw new ApiError('conflict', outcome.message);
      return replace(outcome.vocabulary, outcome.reassignments);
    },
    async importFile(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): Promise<{ ok: boolean; errors: { line: number; message: string }[] }> {
      const imported = importVocabularyFile(current(), kind, format, content);
      if (!imported.ok) return { ok: false, errors: imported.errors.map(({ line, message }) => ({ line, message })) };
      await replace(kind === 'courts' ? { courts: imported.vocabulary.courts } : { themes: imported.vocabulary.themes });
      return { ok: true, errors: [] };
    },
    exportFile: (kind: 'courts' | 'themes', format: 'json' | 'csv'): { content: string } => ({ content: exportVocabularyFile(current(), kind, format) }),
  };
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;
