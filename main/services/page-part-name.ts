/** `issue (2/12).txt`: the parts of a split file, or the pages of a PDF, keep its name and say where they stand (before the extension, which the library hides). */
export function partName(name: string, index: number, count: number): string {
  if (count === 1) return name;
  const extension = /\.[^.\s]{1,8}$/u.exec(name)?.[0] ?? '';
  return `${name.slice(0, name.length - extension.length)} (${index + 1}/${count})${extension}`;
}
