/**
 * Whether a font's name says it is set heavier than regular: `NotoSerifCJKsc-Bold`, `SimHei`
 * (黑体 is the bold face of Chinese make-up), `FZXiaoBiaoSong-B05` (方正 bold cuts end in -B),
 * `…Black`, `…Heavy`, `…Medium`, `…Semibold`, `…Demi`.
 */
export function isBoldFontName(name: string): boolean {
  return /bold|black|heavy|medium|semi|demi|[-_,]B\d*$|[-_,]H$|W[6-9]$/iu.test(name);
}
