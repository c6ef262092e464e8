import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vocabulary } from '../../core/model/vocabulary';
import { withDerivedAliases } from '../../core/tagging/derive-court-aliases';
import { parseCourtsFile, parseThemesFile, type VocabularyFileError } from '../../core/tagging/vocabulary-file';
import { appRoot } from '../app/app-root';

export function defaultVocabularyDir(): string {
  return join(appRoot(), 'seeds', 'vocab');
}

function describe(file: string, errors: VocabularyFileError[]): string {
  return errors.map((error) => `${file}${error.line ? `:${error.line}` : ''}: ${error.message}`).join('\n');
}

/**
 * The seeded court and theme vocabularies (seeds/vocab/courts.json and themes.json), validated.
 * The packaged app passes the folder it ships them in. Throws when a seed file is invalid.
 * The courts come with their derived aliases, as the library stores them.
 */
export function loadDefaultVocabulary(directory: string = defaultVocabularyDir()): Vocabulary {
  const courtsFile = join(directory, 'courts.json');
  const themesFile = join(directory, 'themes.json');
  const courts = parseCourtsFile(readFileSync(courtsFile, 'utf8'), 'json');
  const themes = parseThemesFile(readFileSync(themesFile, 'utf8'), 'json');
  const problems = [...(courts.ok ? [] : [describe(courtsFile, courts.errors)]), ...(themes.ok ? [] : [describe(themesFile, themes.errors)])];
  if (!courts.ok || !themes.ok) throw new Error(`Invalid vocabulary seed:\n${problems.join('\n')}`);
  return { courts: withDerivedAliases(courts.value), themes: themes.value };
}
