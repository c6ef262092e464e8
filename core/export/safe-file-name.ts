// File names that read well and survive Windows: `2025-06-27_鄂尔多斯市中级人民法院_标题.docx`.
// Control characters are exactly what must go.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters, not bytes: NTFS allows 255 UTF-16 units; leave room for ` (nn)` and the folder. */
const MAX_STEM = 120;

export function safeFileStem(parts: readonly (string | null | undefined)[]): string {
  const joined = parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => part.replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('_');
  let stem = Array.from(joined).slice(0, MAX_STEM).join('');
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '');
  if (stem === '') stem = 'untitled';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/** `name.ext`, or `name (2).ext`, `name (3).ext` … the first that `taken` says is free. */
export function uniqueFileName(stem: string, extension: string, taken: (name: string) => boolean): string {
  let name = `${stem}.${extension}`;
  for (let counter = 2; taken(name); counter++) name = `${stem} (${counter}).${extension}`;
  return name;
}
