import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { articleExtensions } from '../editor/article-extensions';
import { selectionLines } from '../editor/selection-lines';
import { markDirty, setEditor, setSyncedLines, useArticleSession } from '../stores/article-session-store';

/** The cleaned body. A new editor per loaded document, so undo never crosses into another article. */
export function ArticleEditor() {
  const loadedDoc = useArticleSession((state) => state.loadedDoc);
  const extensions = useMemo(() => articleExtensions(), []);
  const editor = useEditor(
    {
      extensions,
      content: loadedDoc,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'article-body', 'data-testid': 'article-editor', spellcheck: 'false' } },
      onUpdate: () => markDirty(),
      onSelectionUpdate: ({ editor: current }) => {
        const { from, to } = current.state.selection;
        setSyncedLines(selectionLines(current.state.doc, from, to));
      },
    },
    [loadedDoc],
  );

  useEffect(() => {
    setEditor(editor);
    const breakId = useArticleSession.getState().currentBreakId;
    if (breakId !== null) editor.commands.markCurrentBreak(breakId);
    return () => setEditor(null);
  }, [editor]);

  return <EditorContent editor={editor} className="article-editor" />;
}
