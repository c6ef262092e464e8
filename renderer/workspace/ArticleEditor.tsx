import { EditorContent, useEditor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { articleExtensions } from '../editor/article-extensions';
import { splitForFirstPaint } from '../editor/split-for-first-paint';
import { markDirty, setEditor, useArticleSession } from '../stores/article-session-store';
import { ArticlePreview } from './ArticlePreview';
import { syncSelectionSoon } from './sync-actions';

/**
 * The cleaned body. A long article first paints a plain preview of its opening
 * screens; the editor, with the whole document, replaces it right after that
 * frame. A new editor per loaded document, so undo never crosses articles.
 */
export function ArticleEditor() {
  const loadedDoc = useArticleSession((state) => state.loadedDoc);
  const [liveDoc, setLiveDoc] = useState<JSONContent | null>(null);
  const { first, rest } = useMemo(() => splitForFirstPaint(loadedDoc ?? { type: 'doc', content: [] }), [loadedDoc]);
  const needsPreview = rest.length > 0 && liveDoc !== loadedDoc;

  useEffect(() => {
    if (!needsPreview) return;
    // The rAF callback runs before the preview is painted; the timeout after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setLiveDoc(loadedDoc), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [needsPreview, loadedDoc]);

  if (needsPreview) return <ArticlePreview doc={first} />;
  return <LiveEditor doc={loadedDoc ?? { type: 'doc', content: [] }} />;
}

function LiveEditor({ doc }: { doc: JSONContent }) {
  const extensions = useMemo(() => articleExtensions(), []);
  const editor = useEditor(
    {
      extensions,
      content: doc,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'article-body', 'data-testid': 'article-editor', spellcheck: 'false' } },
      onUpdate: () => markDirty(),
      onSelectionUpdate: ({ editor: current }) => syncSelectionSoon(current),
    },
    [doc],
  );

  useEffect(() => {
    setEditor(editor);
    const breakId = useArticleSession.getState().currentBreakId;
    if (breakId !== null) editor.commands.markCurrentBreak(breakId);
    return () => setEditor(null);
  }, [editor]);

  return <EditorContent editor={editor} className="article-editor" />;
}
