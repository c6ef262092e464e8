import { describe, expect, it } from 'vitest';
import { foldPdfText } from './fold-pdf-text';

describe('foldPdfText', () => {
  // pdf.js reads Chromium's Noto CJK glyph for — back as ― (a run of its own, as in 《2022―2024年…》 on train-p011).
  it('reads the horizontal bar Noto CJK shares with the em dash as the em dash', () => {
    expect(foldPdfText('―')).toEqual({ text: '—', count: 1 });
    expect(foldPdfText('《2022―2024年涉铁路运输审判白皮书》').text).toBe('《2022—2024年涉铁路运输审判白皮书》');
  });
});
