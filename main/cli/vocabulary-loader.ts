import type { Vocabulary } from '../../core/model/vocabulary';
import { loadDefaultVocabulary } from '../vocab/default-vocabulary';

/** The default vocabulary, or null when it cannot be read (the engine then leaves tags empty). */
export async function tryLoadDefaultVocabulary(): Promise<Vocabulary | null> {
  try {
    return loadDefaultVocabulary();
  } catch {
    return null;
  }
}
