import { pinyin } from 'pinyin-pro';

/** Lower-case pinyin initials of the Chinese characters, other letters and digits kept: "鄂尔多斯" → "eeds". */
export function pinyinInitials(text: string): string {
  if (!text) return '';
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Vocabulary names repeat on every keystroke; the bound only guards against callers passing arbitrary text.
const initialsCache = new Map<string, string>();
const INITIALS_CACHE_LIMIT = 10_000;

function cachedInitials(name: string): string {
  let initials = initialsCache.get(name);
  if (initials === undefined) {
    if (initialsCache.size >= INITIALS_CACHE_LIMIT) initialsCache.clear();
    initials = pinyinInitials(name);
    initialsCache.set(name, initials);
  }
  return initials;
}

/**
 * Names matching what the user typed, for tag type-ahead: names containing the query as
 * Chinese text first (earlier position, then shorter name, first), then names whose pinyin
 * initials start with it ("eeds" finds 鄂尔多斯市中级人民法院), then whose initials contain it.
 */
export function matchTagQuery(query: string, names: readonly string[], limit = 20): string[] {
  const trimmed = query.trim();
  if (!trimmed) return names.slice(0, limit);
  const latin = trimmed.toLowerCase().replace(/\s+/g, '');
  const isLatin = /^[a-z0-9]+$/.test(latin);
  const ranked: { name: string; rank: number; position: number }[] = [];
  for (const name of names) {
    const position = name.indexOf(trimmed);
    if (position >= 0) {
      ranked.push({ name, rank: 0, position });
      continue;
    }
    if (!isLatin) continue;
    const initials = cachedInitials(name);
    if (initials.startsWith(latin)) ranked.push({ name, rank: 1, position: 0 });
    else if (initials.includes(latin)) ranked.push({ name, rank: 2, position: initials.indexOf(latin) });
  }
  ranked.sort((left, right) => left.rank - right.rank || left.position - right.position || left.name.length - right.name.length);
  return ranked.slice(0, limit).map((entry) => entry.name);
}
