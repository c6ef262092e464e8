import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Court, Theme, Vocabulary } from '../../core/model/vocabulary';

/** courts.json and themes.json from a folder; a missing file is an empty list. */
export function readVocabularyDir(directory: string): Vocabulary {
  const read = <T>(name: string): T[] => {
    const path = join(directory, name);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
  };
  return { courts: read<Court>('courts.json'), themes: read<Theme>('themes.json') };
}
