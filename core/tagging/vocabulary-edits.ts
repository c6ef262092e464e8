import { z } from 'zod';
import type { Court, Theme, Vocabulary } from '../model/vocabulary';
import { COURT_LEVELS } from './vocabulary-file';

// Edits of the court and theme vocabularies. Each edit returns a new vocabulary and the
// renaming of tags it implies, so that the store can move article tags in the same transaction.

export type VocabularyEntryKind = 'court' | 'theme';

const name = z.string().trim().min(1).max(200);
const kind = z.enum(['court', 'theme']);
const courtSchema = z.strictObject({
  name,
  level: z.enum(COURT_LEVELS as [Court['level'], ...Court['level'][]]),
  parent: name.nullable().default(null),
  region: name.nullable().default(null),
  aliases: z.array(name).max(200).default([]),
  removedAliases: z.array(name).max(2000).optional(),
});
const themeSchema = z.strictObject({
  name,
  keywords: z.array(z.strictObject({ word: name, weight: z.number().positive().finite().default(1) })).max(2000).default([]),
});

export const vocabularyEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add-court'), court: courtSchema }),
  z.strictObject({ op: z.literal('add-theme'), theme: themeSchema }),
  z.strictObject({ op: z.literal('rename'), kind, from: name, to: name }),
  z.strictObject({ op: z.literal('add-alias'), court: name, alias: name }),
  z.strictObject({ op: z.literal('remove-alias'), court: name, alias: name }),
  z.strictObject({ op: z.literal('set-keywords'), theme: name, keywords: themeSchema.shape.keywords }),
  z.strictObject({ op: z.literal('merge'), kind, from: name, into: name }),
  z.strictObject({ op: z.literal('delete'), kind, name, reassignTo: name.nullable().default(null) }),
]);

export type VocabularyEdit = z.output<typeof vocabularyEditSchema>;

/** How article tags follow an edit: tag `from` becomes tag `to`, or is removed when `to` is null. */
export interface TagReassignment {
  kind: VocabularyEntryKind;
  from: string;
  to: string | null;
}

export type VocabularyEditResult =
  | { ok: true; vocabulary: Vocabulary; reassignments: TagReassignment[] }
  | { ok: false; message: string };

/** Parses an edit received at the API boundary (`'vocab:edit'`). */
export function parseVocabularyEdit(input: unknown): { ok: true; edit: VocabularyEdit } | { ok: false; message: string } {
  const parsed = vocabularyEditSchema.safeParse(input);
  return parsed.success ? { ok: true, edit: parsed.data } : { ok: false, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
}

const fail = (message: string): VocabularyEditResult => ({ ok: false, message });
const done = (vocabulary: Vocabulary, reassignments: TagReassignment[] = []): VocabularyEditResult => ({ ok: true, vocabulary, reassignments });
const withoutDuplicates = (values: string[]) => [...new Set(values)];

function courtNamed(vocabulary: Vocabulary, courtName: string): Court | undefined {
  return vocabulary.courts.find((court) => court.name === courtName);
}

function themeNamed(vocabulary: Vocabulary, themeName: string): Theme | undefined {
  return vocabulary.themes.find((theme) => theme.name === themeName);
}

function entryExists(vocabulary: Vocabulary, entryKind: VocabularyEntryKind, entryName: string): boolean {
  return entryKind === 'court' ? Boolean(courtNamed(vocabulary, entryName)) : Boolean(themeNamed(vocabulary, entryName));
}

/** The court that already answers to a name or alias, if any. */
function courtClaiming(vocabulary: Vocabulary, form: string): Court | undefined {
  return vocabulary.courts.find((court) => court.name === form || court.aliases.includes(form));
}

export function addCourt(vocabulary: Vocabulary, court: Court): VocabularyEditResult {
  const claimed = courtClaiming(vocabulary, court.name);
  if (claimed) return fail(`“${court.name}”已是法院“${claimed.name}”的名称或别名`);
  if (court.parent !== null && !courtNamed(vocabulary, court.parent)) return fail(`上级法院“${court.parent}”不存在`);
  const aliases = withoutDuplicates(court.aliases.filter((alias) => alias !== court.name));
  const taken = aliases.find((alias) => courtClaiming(vocabulary, alias));
  if (taken) return fail(`别名“${taken}”已属于法院“${courtClaiming(vocabulary, taken)?.name}”`);
  return done({ ...vocabulary, courts: [...vocabulary.courts, { ...court, aliases }] });
}

export function addTheme(vocabulary: Vocabulary, theme: Theme): VocabularyEditResult {
  if (themeNamed(vocabulary, theme.name)) return fail(`主题“${theme.name}”已存在`);
  return done({ ...vocabulary, themes: [...vocabulary.themes, theme] });
}

/** Renames a court or theme. A court keeps its old name as an alias, and its children follow it. */
export function renameEntry(vocabulary: Vocabulary, entryKind: VocabularyEntryKind, from: string, to: string): VocabularyEditResult {
  if (from === to) return done(vocabulary);
  if (!entryExists(vocabulary, entryKind, from)) return fail(`“${from}”不存在`);
  if (entryKind === 'theme') {
    if (themeNamed(vocabulary, to)) return fail(`主题“${to}”已存在`);
    return done({ ...vocabulary, themes: vocabulary.themes.map((theme) => (theme.name === from ? { ...theme, name: to } : theme)) }, [{ kind: 'theme', from, to }]);
  }
  const claimed = courtClaiming(vocabulary, to);
  if (claimed && claimed.name !== from) return fail(`“${to}”已是法院“${claimed.name}”的名称或别名`);
  const courts = vocabulary.courts.map((court) => {
    if (court.name === from) return { ...court, name: to, aliases: withoutDuplicates([...court.aliases.filter((alias) => alias !== to), from]) };
    return court.parent === from ? { ...court, parent: to } : court;
  });
  return done({ ...vocabulary, courts }, [{ kind: 'court', from, to }]);
}

/**
 * Adds an alias the editor typed. It is listed, so no derivation drops it; it is taken off the
 * court's removed forms, and when it was derived for another court it now belongs to this one.
 */
export function addCourtAlias(vocabulary: Vocabulary, courtName: string, alias: string): VocabularyEditResult {
  if (!courtNamed(vocabulary, courtName)) return fail(`法院“${courtName}”不存在`);
  const claimed = courtClaiming(vocabulary, alias);
  if (claimed?.name === courtName) return done(vocabulary);
  if (claimed) return fail(`“${alias}”已是法院“${claimed.name}”的名称或别名`);
  return done({
    ...vocabulary,
    courts: vocabulary.courts.map((court) => {
      if (court.name !== courtName) return court;
      const removed = court.removedAliases?.filter((form) => form !== alias);
      return { ...court, aliases: [...court.aliases, alias], ...(removed ? { removedAliases: removed } : {}) };
    }),
  });
}

/** Removes an alias: a listed one is dropped; a derived one is remembered as removed, so that no later derivation brings it back. */
export function removeCourtAlias(vocabulary: Vocabulary, courtName: string, alias: string): VocabularyEditResult {
  if (!courtNamed(vocabulary, courtName)) return fail(`法院“${courtName}”不存在`);
  return done({
    ...vocabulary,
    courts: vocabulary.courts.map((court) => {
      if (court.name !== courtName) return court;
      const aliases = court.aliases.filter((existing) => existing !== alias);
      if (!court.derivedAliases?.includes(alias)) return { ...court, aliases };
      return {
        ...court,
        aliases,
        derivedAliases: court.derivedAliases.filter((existing) => existing !== alias),
        removedAliases: withoutDuplicates([...(court.removedAliases ?? []), alias]),
      };
    }),
  });
}

export function setThemeKeywords(vocabulary: Vocabulary, themeName: string, keywords: Theme['keywords']): VocabularyEditResult {
  if (!themeNamed(vocabulary, themeName)) return fail(`主题“${themeName}”不存在`);
  return done({ ...vocabulary, themes: vocabulary.themes.map((theme) => (theme.name === themeName ? { ...theme, keywords } : theme)) });
}

function mergeKeywords(into: Theme['keywords'], from: Theme['keywords']): Theme['keywords'] {
  const byWord = new Map(into.map((keyword) => [keyword.word, keyword.weight]));
  for (const keyword of from) byWord.set(keyword.word, Math.max(byWord.get(keyword.word) ?? 0, keyword.weight));
  return [...byWord].map(([word, weight]) => ({ word, weight }));
}

/**
 * Merges `from` into `into`: a court's name and aliases become aliases of the other and its
 * children move to it; a theme's keywords join the other's. Tags on `from` move to `into`.
 */
export function mergeEntries(vocabulary: Vocabulary, entryKind: VocabularyEntryKind, from: string, into: string): VocabularyEditResult {
  if (from === into) return fail('不能与自身合并');
  if (!entryExists(vocabulary, entryKind, from)) return fail(`“${from}”不存在`);
  if (!entryExists(vocabulary, entryKind, into)) return fail(`“${into}”不存在`);
  const reassignments: TagReassignment[] = [{ kind: entryKind, from, to: into }];
  if (entryKind === 'theme') {
    const source = themeNamed(vocabulary, from) as Theme;
    const themes = vocabulary.themes
      .filter((theme) => theme.name !== from)
      .map((theme) => (theme.name === into ? { ...theme, keywords: mergeKeywords(theme.keywords, source.keywords) } : theme));
    return done({ ...vocabulary, themes }, reassignments);
  }
  const source = courtNamed(vocabulary, from) as Court;
  const courts = vocabulary.courts
    .filter((court) => court.name !== from)
    .map((court) => {
      if (court.name === into) {
        // The merged court's derived forms named it in print: they now name this one, as listed aliases.
        const aliases = withoutDuplicates([...court.aliases, from, ...source.aliases, ...(source.derivedAliases ?? [])]).filter((alias) => alias !== into);
        return { ...court, parent: court.parent === from ? source.parent : court.parent, aliases };
      }
      return court.parent === from ? { ...court, parent: into } : court;
    });
  return done({ ...vocabulary, courts }, reassignments);
}

/** Deletes a court or theme; its tags move to `reassignTo`, or are removed when it is null. A court's children move up. */
export function deleteEntry(vocabulary: Vocabulary, entryKind: VocabularyEntryKind, entryName: string, reassignTo: string | null): VocabularyEditResult {
  if (!entryExists(vocabulary, entryKind, entryName)) return fail(`“${entryName}”不存在`);
  if (reassignTo !== null && (reassignTo === entryName || !entryExists(vocabulary, entryKind, reassignTo))) return fail(`转移目标“${reassignTo}”无效`);
  const reassignments: TagReassignment[] = [{ kind: entryKind, from: entryName, to: reassignTo }];
  if (entryKind === 'theme') return done({ ...vocabulary, themes: vocabulary.themes.filter((theme) => theme.name !== entryName) }, reassignments);
  const deleted = courtNamed(vocabulary, entryName) as Court;
  const courts = vocabulary.courts.filter((court) => court.name !== entryName).map((court) => (court.parent === entryName ? { ...court, parent: deleted.parent } : court));
  return done({ ...vocabulary, courts }, reassignments);
}

export function applyVocabularyEdit(vocabulary: Vocabulary, edit: VocabularyEdit): VocabularyEditResult {
  switch (edit.op) {
    case 'add-court':
      return addCourt(vocabulary, edit.court);
    case 'add-theme':
      return addTheme(vocabulary, edit.theme);
    case 'rename':
      return renameEntry(vocabulary, edit.kind, edit.from, edit.to);
    case 'add-alias':
      return addCourtAlias(vocabulary, edit.court, edit.alias);
    case 'remove-alias':
      return removeCourtAlias(vocabulary, edit.court, edit.alias);
    case 'set-keywords':
      return setThemeKeywords(vocabulary, edit.theme, edit.keywords);
    case 'merge':
      return mergeEntries(vocabulary, edit.kind, edit.from, edit.into);
    case 'delete':
      return deleteEntry(vocabulary, edit.kind, edit.name, edit.reassignTo);
  }
}

/** A tag list after an edit's reassignments: renamed, merged, or dropped, without duplicates. */
export function reassignTags(tags: readonly string[], entryKind: VocabularyEntryKind, reassignments: readonly TagReassignment[]): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    const move = reassignments.find((reassignment) => reassignment.kind === entryKind && reassignment.from === tag);
    const next = move ? move.to : tag;
    if (next !== null && !result.includes(next)) result.push(next);
  }
  return result;
}
