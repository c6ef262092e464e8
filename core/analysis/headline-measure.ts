/**
 * A headline is set about twice the body size, so a headline line that fills its column holds about
 * half the body measure. Such a line broke where the column ended, mid-phrase
 * (包头市九原区人民 / 法院公告 over 15-cell columns), not at the space between two phrases, which
 * leaves the first line visibly short (乌兰察布基层法院 / 特色做法扫描 over 22 cells). One headline
 * character either side covers marks, half-width digits and type a little larger or smaller.
 */
export function fillsHeadlineMeasure(width: number, column: number | null): boolean {
  return column !== null && width >= column / 2 - 1 && width <= column / 2 + 1.5;
}
