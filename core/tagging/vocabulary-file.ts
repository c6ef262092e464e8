import type { Court, CourtLevel, Theme, Vocabulary } from '../model/vocabulary';
import { formatCsv, parseCsvRows } from './csv-rows';
import { jsonArrayElementLines } from './json-element-lines';

// Vocabulary files as the library imports and exports them.
//   courts.json: [{ name, level, parent, region, aliases: [], derivedAliases: [], removedAliases: [] }]
//   courts.csv:  name,level,parent,region,aliases,derived_aliases,removed_aliases   lists separated by "|"
// aliases are the listed ones; derivedAliases are exported for the reader and derived anew on
// import (the rules, not the file, decide them); removedAliases, the derived forms the editor
// removed, travel with the file. The last two (and their CSV columns) may be left out.
//   themes.json: [{ name, keywords: [{ word, weight }] }]
//   themes.csv:  name,keywords                           keywords "word:weight|word" (weight defaults to 1)

export type VocabularyKind = 'courts' | 'themes';
export type VocabularyFormat = 'json' | 'csv';

export interface VocabularyFileError {
  /** 1-based line in the file; 0 when the error concerns the file as a whole. */
  line: number;
  /** Index of the entry (court or theme) in the file, when the error belongs to one. */
  index: number | null;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: VocabularyFileError[] };

export const COURT_LEVELS: readonly CourtLevel[] = ['high', 'intermediate', 'basic', 'special'];
export const COURT_CSV_COLUMNS = ['name', 'level', 'parent', 'region', 'aliases', 'derived_aliases', 'removed_aliases'] as const;
/** A courts CSV may end after this many columns (files written before the alias origins). */
const COURT_CSV_REQUIRED_COLUMNS = 5;
export const THEME_CSV_COLUMNS = ['name', 'keywords'] as const;
const LIST_SEPARATOR = '|';

interface Located<T> {
  value: T;
  line: number;
  index: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const unique = (values: string[]) => [...new Set(values)];

/** Cross-entry rules: unique names, parents that exist, aliases that do not name another court. */
function validateCourts(entries: Located<Court>[]): VocabularyFileError[] {
  const errors: VocabularyFileError[] = [];
  const names = new Map<string, number>();
  for (const { value, line, index } of entries) {
    if (names.has(value.name)) errors.push({ line, index, message: `法院“${value.name}”重复` });
    names.set(value.name, index);
  }
  for (const { value, line, index } of entries) {
    if (value.parent !== null && !names.has(value.parent)) errors.push({ line, index, message: `上级法院“${value.parent}”不在法院表中` });
    if (value.parent === value.name) errors.push({ line, index, message: `法院“${value.name}”不能以自身为上级` });
    for (const alias of value.aliases) {
      if (alias !== value.name && names.has(alias)) errors.push({ line, index, message: `别名“${alias}”是另一法院的名称` });
    }
  }
  return errors;
}

function validateThemes(entries: Located<Theme>[]): VocabularyFileError[] {
  const errors: VocabularyFileError[] = [];
  const names = new Set<string>();
  for (const { value, line, index } of entries) {
    if (names.has(value.name)) errors.push({ line, index, message: `主题“${value.name}”重复` });
    names.add(value.name);
  }
  return errors;
}

function readCourt(raw: unknown, report: (message: string) => void): Court | null {
  if (!isRecord(raw)) {
    report('每个法院应是一个对象');
    return null;
  }
  const name = optionalText(raw.name);
  if (!name) report('缺少法院名称 name');
  const level = raw.level;
  if (typeof level !== 'string' || !COURT_LEVELS.includes(level as CourtLevel)) report(`级别 level 应是 ${COURT_LEVELS.join('/')} 之一`);
  if (raw.parent !== undefined && raw.parent !== null && typeof raw.parent !== 'string') report('上级 parent 应是法院名称或 null');
  if (raw.region !== undefined && raw.region !== null && typeof raw.region !== 'string') report('地区 region 应是文字或 null');
  const aliases = raw.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string')) report('别名 aliases 应是文字数组');
  const removed = raw.removedAliases ?? [];
  if (!Array.isArray(removed) || removed.some((alias) => typeof alias !== 'string')) report('已删除的自动别名 removedAliases 应是文字数组');
  if (!name || typeof level !== 'string' || !COURT_LEVELS.includes(level as CourtLevel) || !Array.isArray(aliases) || !Array.isArray(removed)) return null;
  const cleanList = (list: string[]) => unique(list.map((alias) => alias.trim()).filter((alias) => alias !== '' && alias !== name));
  const removedAliases = cleanList(removed as string[]);
  return {
    name,
    level: level as CourtLevel,
    parent: optionalText(raw.parent),
    region: optionalText(raw.region),
    aliases: cleanList(aliases as string[]),
    ...(removedAliases.length ? { removedAliases } : {}),
  };
}

function readTheme(raw: unknown, report: (message: string) => void): Theme | null {
  if (!isRecord(raw)) {
    report('每个主题应是一个对象');
    return null;
  }
  const name = optionalText(raw.name);
  if (!name) report('缺少主题名称 name');
  if (!Array.isArray(raw.keywords)) {
    report('关键词 keywords 应是数组');
    return null;
  }
  const keywords: Theme['keywords'] = [];
  raw.keywords.forEach((keyword, position) => {
    const word = typeof keyword === 'string' ? keyword.trim() : isRecord(keyword) ? optionalText(keyword.word) : null;
    const weight = isRecord(keyword) && keyword.weight !== undefined ? keyword.weight : 1;
    if (!word) report(`第${position + 1}个关键词缺少 word`);
    else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) report(`关键词“${word}”的权重应是正数`);
    else keywords.push({ word, weight });
  });
  return name ? { name, keywords } : null;
}

function readEntries<T>(
  raws: { raw: unknown; line: number }[],
  read: (raw: unknown, report: (message: string) => void) => T | null,
  validate: (entries: Located<T>[]) => VocabularyFileError[],
): ParseResult<T[]> {
  const errors: VocabularyFileError[] = [];
  const entries: Located<T>[] = [];
  raws.forEach(({ raw, line }, index) => {
    let failed = false;
    const value = read(raw, (message) => {
      failed = true;
      errors.push({ line, index, message });
    });
    if (value && !failed) entries.push({ value, line, index });
  });
  errors.push(...validate(entries));
  return errors.length ? { ok: false, errors } : { ok: true, value: entries.map((entry) => entry.value) };
}

function jsonEntries(text: string): ParseResult<{ raw: unknown; line: number }[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ line: 0, index: null, message: `不是有效的 JSON：${(error as Error).message}` }] };
  }
  if (!Array.isArray(parsed)) return { ok: false, errors: [{ line: 1, index: null, message: '文件应是一个数组' }] };
  const lines = jsonArrayElementLines(text.replace(/^\uFEFF/, ''));
  return { ok: true, value: parsed.map((raw, index) => ({ raw, line: lines[index] ?? 0 })) };
}

function csvEntries(
  text: string,
  allColumns: readonly string[],
  toRaw: (cells: Record<string, string>) => unknown,
  requiredColumns = allColumns.length,
): ParseResult<{ raw: unknown; line: number }[]> {
  const rows = parseCsvRows(text);
  const header = rows[0]?.cells.map((cell) => cell.toLowerCase());
  const columns = allColumns.slice(0, Math.max(requiredColumns, Math.min(header?.length ?? 0, allColumns.length)));
  if (!header || header.length > columns.length || columns.some((column, position) => header[position] !== column)) {
    return { ok: false, errors: [{ line: 1, index: null, message: `第一行应是表头：${allColumns.join(',')}` }] };
  }
  const errors: VocabularyFileError[] = [];
  const entries = rows.slice(1).map((row, index) => {
    if (row.cells.length > columns.length) errors.push({ line: row.line, index, message: `列数多于 ${columns.length}（含逗号的内容请加引号）` });
    const cells = Object.fromEntries(columns.map((column, position) => [column, row.cells[position] ?? '']));
    return { raw: toRaw(cells), line: row.line };
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: entries };
}

const splitList = (cell: string) => cell.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');

function courtFromCells(cells: Record<string, string>): unknown {
  const removedAliases = splitList(cells.removed_aliases ?? '');
  return { name: cells.name, level: cells.level, parent: cells.parent || null, region: cells.region || null, aliases: splitList(cells.aliases), removedAliases };
}

function themeFromCells(cells: Record<string, string>): unknown {
  const keywords = splitList(cells.keywords).map((item) => {
    const separator = item.lastIndexOf(':');
    if (separator < 0) return { word: item, weight: 1 };
    const weightText = item.slice(separator + 1).trim();
    return { word: item.slice(0, separator), weight: weightText === '' ? Number.NaN : Number(weightText) };
  });
  return { name: cells.name, keywords };
}

export function parseCourtsFile(text: string, format: VocabularyFormat): ParseResult<Court[]> {
  const raws = format === 'json' ? jsonEntries(text) : csvEntries(text, COURT_CSV_COLUMNS, courtFromCells, COURT_CSV_REQUIRED_COLUMNS);
  return raws.ok ? readEntries(raws.value, readCourt, validateCourts) : raws;
}

export function parseThemesFile(text: string, format: VocabularyFormat): ParseResult<Theme[]> {
  const raws = format === 'json' ? jsonEntries(text) : csvEntries(text, THEME_CSV_COLUMNS, themeFromCells);
  return raws.ok ? readEntries(raws.value, readTheme, validateThemes) : raws;
}

export type VocabularyImportResult = { ok: true; vocabulary: Vocabulary } | { ok: false; errors: VocabularyFileError[] };

/** The vocabulary with one part replaced by the file's content; a file with any error changes nothing. */
export function importVocabularyFile(current: Vocabulary, kind: VocabularyKind, format: VocabularyFormat, text: string): VocabularyImportResult {
  if (kind === 'courts') {
    const parsed = parseCourtsFile(text, format);
    return parsed.ok ? { ok: true, vocabulary: { ...current, courts: parsed.value } } : parsed;
  }
  const parsed = parseThemesFile(text, format);
  return parsed.ok ? { ok: true, vocabulary: { ...current, themes: parsed.value } } : parsed;
}

/** Validates a whole vocabulary (as loaded from the seed files or the store). */
export function validateVocabulary(vocabulary: unknown): VocabularyImportResult {
  if (!isRecord(vocabulary)) return { ok: false, errors: [{ line: 0, index: null, message: '词表应是 { courts, themes }' }] };
  const courts = parseCourtsFile(JSON.stringify(vocabulary.courts ?? null), 'json');
  const themes = parseThemesFile(JSON.stringify(vocabulary.themes ?? null), 'json');
  const errors = [...(courts.ok ? [] : courts.errors), ...(themes.ok ? [] : themes.errors)];
  return courts.ok && themes.ok ? { ok: true, vocabulary: { courts: courts.value, themes: themes.value } } : { ok: false, errors };
}

function courtsToJson(courts: readonly Court[]): string {
  const lines = courts.map(
    (court) =>
      '  ' +
      JSON.stringify({
        name: court.name,
        level: court.level,
        parent: court.parent,
        region: court.region,
        aliases: court.aliases,
        derivedAliases: court.derivedAliases ?? [],
        removedAliases: court.removedAliases ?? [],
      }),
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}

function themesToJson(themes: readonly Theme[]): string {
  return JSON.stringify(themes, null, 2) + '\n';
}

function courtsToCsv(courts: readonly Court[]): string {
  return formatCsv([
    [...COURT_CSV_COLUMNS],
    ...courts.map((court) => [
      court.name,
      court.level,
      court.parent ?? '',
      court.region ?? '',
      court.aliases.join(LIST_SEPARATOR),
      (court.derivedAliases ?? []).join(LIST_SEPARATOR),
      (court.removedAliases ?? []).join(LIST_SEPARATOR),
    ]),
  ]);
}

function themesToCsv(themes: readonly Theme[]): string {
  const keywordCell = (theme: Theme) => theme.keywords.map((keyword) => (keyword.weight === 1 ? keyword.word : `${keyword.word}:${keyword.weight}`)).join(LIST_SEPARATOR);
  return formatCsv([[...THEME_CSV_COLUMNS], ...themes.map((theme) => [theme.name, keywordCell(theme)])]);
}

/** The file content for one part of the vocabulary; importing it gives back the same vocabulary. */
export function exportVocabularyFile(vocabulary: Vocabulary, kind: VocabularyKind, format: VocabularyFormat): string {
  if (kind === 'courts') return format === 'json' ? courtsToJson(vocabulary.courts) : courtsToCsv(vocabulary.courts);
  return format === 'json' ? themesToJson(vocabulary.themes) : themesToCsv(vocabulary.themes);
}
