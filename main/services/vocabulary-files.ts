// Vocabulary file formats and edit operations. Stands in until
// core/tagging/vocabulary-file.ts and vocabulary-edits.ts land: JSON only, and
// the edit ops add/remove/rename/merge with minimal validation.
import { ApiError } from '../../core/api/api-error';
import type { Court, Theme, Vocabulary } from '../../core/model/vocabulary';

export interface VocabularyEditOutcome {
  vocabulary: Vocabulary;
  renames: { type: 'court' | 'theme'; from: string; to: string }[];
}

export function parseVocabularyFile(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): { entries: (Court | Theme)[]; errors: { line: number; message: string }[] } {
  if (format === 'csv') return { entries: [], errors: [{ line: 0, message: 'CSV vocabulary import is not available yet.' }] };
  try {
    const entries = JSON.parse(content) as unknown;
    if (!Array.isArray(entries)) return { entries: [], errors: [{ line: 1, message: 'Expected a JSON array.' }] };
    const errors = entries.flatMap((entry: unknown, index) => (typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string' ? [] : [{ line: index + 1, message: `Entry ${index + 1} has no name.` }]));
    const normalized = entries.map((entry: Record<string, unknown>) =>
      kind === 'courts'
        ? ({ name: entry.name, level: entry.level ?? 'basic', parent: entry.parent ?? null, region: entry.region ?? null, aliases: entry.aliases ?? [] } as Court)
        : ({ name: entry.name, keywords: entry.keywords ?? [] } as Theme),
    );
    return { entries: normalized, errors };
  } catch (error) {
    return { entries: [], errors: [{ line: 1, message: error instanceof Error ? error.message : String(error) }] };
  }
}

export function exportVocabularyFile(kind: 'courts' | 'themes', format: 'json' | 'csv', entries: readonly (Court | Theme)[]): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  if (kind === 'courts') return ['name,level,parent,region,aliases', ...(entries as Court[]).map((court) => [court.name, court.level, court.parent ?? '', court.region ?? '', court.aliases.join('|')].map(cell).join(','))].join('\n') + '\n';
  return ['name,keywords', ...(entries as Theme[]).map((theme) => [theme.name, theme.keywords.map((keyword) => `${keyword.word}:${keyword.weight}`).join('|')].map(cell).join(','))].join('\n') + '\n';
}

export function applyVocabularyEdit(vocabulary: Vocabulary, op: Record<string, unknown>): VocabularyEditOutcome {
  const type = op.type === 'theme' ? 'theme' : 'court';
  const list = type === 'court' ? vocabulary.courts : vocabulary.themes;
  const named = (name: unknown) => typeof name === 'string' && name.trim() !== '';
  const withList = (next: (Court | Theme)[]): Vocabulary => (type === 'court' ? { ...vocabulary, courts: next as Court[] } : { ...vocabulary, themes: next as Theme[] });
  switch (op.op) {
    case 'add': {
      const entry = op.entry as Court | Theme | undefined;
      if (!entry || !named(entry.name)) throw new ApiError('invalid', 'add needs an entry with a name.');
      if (list.some((item) => item.name === entry.name)) throw new ApiError('conflict', `${entry.name} already exists.`);
      return { vocabulary: withList([...list, entry]), renames: [] };
    }
    case 'remove':
      return { vocabulary: withList(list.filter((item) => item.name !== op.name)), renames: [] };
    case 'rename':
    case 'merge': {
      if (!named(op.from) || !named(op.to)) throw new ApiError('invalid', `${String(op.op)} needs from and to.`);
      const from = op.from as string;
      const to = op.to as string;
      const kept = op.op === 'merge' ? list.filter((item) => item.name !== from) : list.map((item) => (item.name === from ? { ...item, name: to } : item));
      return { vocabulary: withList(kept), renames: [{ type, from, to }] };
    }
    default:
      throw new ApiError('invalid', `Unknown vocabulary edit: ${String(op.op)}`);
  }
}
