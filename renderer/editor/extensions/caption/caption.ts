import { Node, mergeAttributes } from '@tiptap/core';

export interface CaptionOptions {
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    caption: {
      setCaption: () => ReturnType;
      /** Back to a paragraph when already a caption. */
      toggleCaption: () => ReturnType;
    };
  }
}

/** 图片说明: a block of its own so export and search can tell it from body text. */
export const Caption = Node.create<CaptionOptions>({
  name: 'caption',
  group: 'block',
  content: 'inline*',
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'p[data-type="caption"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'caption', class: 'caption' }), 0];
  },

  addCommands() {
    return {
      setCaption:
        () =>
        ({ commands }) =>
          commands.setNode(this.name),
      toggleCaption:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },
});
