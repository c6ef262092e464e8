// Display width as a column of Chinese print counts it: a Han character or full-width mark
// takes one cell, an ASCII letter, digit or mark takes half a cell.
export function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3000) {
      width += 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      width += 1;
      index++;
    } else if (code < 0x80 || (code >= 0xff61 && code <= 0xff9f)) {
      width += 0.5;
    } else {
      width += 1;
    }
  }
  return width;
}
