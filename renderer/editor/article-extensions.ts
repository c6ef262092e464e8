import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { BreakPoint } from './extensions/break-point/break-point';
import { Caption } from './extensions/caption/caption';
import { DocumentEdges } from './extensions/document-edges/document-edges';
import { FindHighlight } from './extensions/find-highlight/find-highlight';
import { LineHighlight } from './extensions/line-highlight/line-highlight';
import { RawLine } from './extensions/raw-line/raw-line';

/** The cleaned article's schema: paragraphs, level-3 headings (the title is a field), captions. */
export function articleExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [3] },
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      hardBreak: false,
      link: false,
      underline: false,
      strike: false,
      trailingNode: false,
      dropcursor: false,
    }),
    Caption,
    BreakPoint,
    RawLine,
    LineHighlight,
    DocumentEdges,
    FindHighlight,
  ];
}
