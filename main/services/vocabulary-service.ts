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
  // Loads never overlap: each reads after the one before has finished, so the last one asked for
  // (after an edit here, or told of another person's by the change feed) is the last one kept.
  let loading: Promise<unknown> = Promise.resolve();

  /** Reads the vocabulary from the library into memory (at open, after each edit, and when another user changed it). */
  function load(): Promise<Vocabulary> {
    // Derived on read too, so that a read-only library shows and matches the derived forms it could not store.
    const read = async (): Promise<Vocabulary> => ({ courts: withDerivedAliases(await store.read.courts.list()), themes: await store.read.themes.list() });
    // Inside a transaction (an edit reading what is stored): read at once, outside the queue, whose earlier
    // loads may be waiting for this very transaction to end; the load after the commit refreshes the cache.
    if (store.sql.inTransaction()) return read();
    const next = loading.then(async () => {
      const loaded = await read();
      cached = loaded;
      return loaded;
    });
    loading = next.catch(() => undefined);
    return next;
  }

  /** The vocabulary in memory; `load` runs before the services are handed out. */
  const current = (): Vocabulary => {
    if (!cached) throw new Error('vocabulary read before the library was loaded');
    return cached;
  };

  /** Inside the caller's transaction. */
  async function write(vocabulary: Partial<Vocabulary>, reassignments: readonly TagReassignment[]): Promise<void> {
    if (vocabulary.courts) await store.write.courts.replaceAll(withDerivedAliases(vocabulary.courts));
    if (vocabulary.themes) await store.write.themes.replaceAll(vocabulary.themes);
    for (const move of reassignments) await store.write.tags.reassign(move.kind, move.from, move.to);
  }

  /** A transaction over the vocabulary: edits from several people (a shared library) take turns. */
  const vocabularyTransaction = <T>(work: () => Promise<T>) =>
    store.transaction(async () => {
      await store.serialize('vocabulary');
      return work();
    });

  async function replace(vocabulary: Partial<Vocabulary>, reassignments: readonly TagReassignment[] = []): Promise<Vocabulary> {
    await vocabularyTransaction(() => write(vocabulary, reassignments));
    return load();
  }

  return {
    load,
    current,
    replace,
    /** Writes the derived aliases when the stored ones are missing or out of date; true when it wrote. */
    async storeDerivedAliases(): Promise<boolean> {
      const derivedFrom = (stored: Vocabulary['courts']) => {
        const derived = withDerivedAliases(stored);
        return derived.every((court, index) => court === stored[index]) ? null : derived;
      };
      // Looked at outside a transaction first: most opens have nothing to write and take no write lock.
      if (!derivedFrom(await store.read.courts.list())) return false;
      // Then again inside one, so that an edit committed meanwhile (another editor of a shared library) is not undone.
      const wrote = await vocabularyTransaction(async () => {
        const derived = derivedFrom(await store.read.courts.list());
        if (derived) await write({ courts: derived }, []);
        return derived !== null;
      });
      await load();
      return wrote;
    },
    async withCounts(): Promise<Vocabulary & { counts: Record<string, number> }> {
      const counts: Record<string, number> = {};
      for (const row of await store.read.tags.counts()) counts[`${row.type}:${row.name}`] = row.count;
      return { ...current(), counts };
    },
    async edit(op: Record<string, unknown>): Promise<Vocabulary> {
      const parsed = parseVocabularyEdit(op);
      if (!parsed.ok) throw new ApiError('invalid', bilingual(`词表修改无效：${parsed.message}`, `Invalid vocabulary edit: ${parsed.message}`));
      const apply = (vocabulary: Vocabulary) => {
        const outcome = applyVocabularyEdit(vocabulary, parsed.edit);
        if (!outcome.ok) throw new ApiError('conflict', outcome.message);
        return outcome;
      };
      // Answered at once against the vocabulary in memory (a read-only library still says what is wrong with the edit)…
      apply(current());
      await vocabularyTransaction(async () => {
        // …then applied to the vocabulary as stored, inside the transaction: another edit may have
        // committed since this one came in, and writing the whole vocabulary from memory would undo it.
        const outcome = apply(await load());
        await write(outcome.vocabulary, outcome.reassignments);
      });
      return load();
    },
    async importFile(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): Promise<{ ok: boolean; errors: { line: number; message: string }[] }> {
      const checked = importVocabularyFile(current(), kind, format, content);
      if (!checked.ok) return { ok: false, errors: checked.errors.map(({ line, message }) => ({ line, message })) };
      // Merged into the vocabulary as stored, inside the transaction, as an edit is: another person's change committed meanwhile stays.
      await vocabularyTransaction(async () => {
        const imported = importVocabularyFile(await load(), kind, format, content);
        if (!imported.ok) throw new ApiError('conflict', bilingual('词表已被他人修改，请重新导入。', 'The vocabulary changed meanwhile; import the file again.'));
        await write(kind === 'courts' ? { courts: imported.vocabulary.courts } : { themes: imported.vocabulary.themes }, []);
      });
      await load();
      return { ok: true, errors: [] };
    },
    exportFile: (kind: 'courts' | 'themes', format: 'json' | 'csv'): { content: string } => ({ content: exportVocabularyFile(current(), kind, format) }),
  };
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;
