// A page scanned rather than typeset is a picture: its PDF has no text to read,
// and only OCR can give it some.
import { bilingual } from '../api/bilingual';
import type { PdfPageLayout } from '../model/pdf-layout';

export function hasTextLayer(layout: PdfPageLayout): boolean {
  return layout.items.some((item) => item.text.trim() !== '');
}

export function noTextLayerMessage(): string {
  return bilingual('此页没有文字层，需要先进行 OCR', 'This page has no text layer: it needs OCR first');
}
