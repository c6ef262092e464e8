import { Extension } from '@tiptap/core';

/**
 * Gives every block the raw line it starts at (`data-line`), so the raw pane and
 * the editor can find each other's spans. Later lines of a block are the ids of
 * the break points inside it.
 */
export const RawLine = Extension.create({
  name: 'rawLine',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading', 'caption'],
        attributes: {
          line: {
            default: null,
            parseHTML: (element) => (element.hasAttribute('data-line') ? Number(element.getAttribute('data-line')) : null),
            renderHTML: (attributes) => (attributes.line === null || attributes.line === undefined ? {} : { 'data-line': attributes.line }),
          },
        },
      },
    ];
  },
});
