import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Vocabulary } from '../../core/model/vocabulary';

/** The default vocabulary, once main/vocab/default-vocabulary.ts exists; null until then. */
export async function tryLoadDefaultVocabulary(): Promise<Vocabulary | null> {
  const modulePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'vocab', 'default-vocabulary.ts');
  if (!existsSync(modulePath)) return null;
  try {
    const loaded = (await import(modulePath)) as { loadDefaultVocabulary?: () => Vocabulary };
    return loaded.loadDefaultVocabulary ? loaded.loadDefaultVocabulary() : null;
  } catch {
    return null;
  }
}
