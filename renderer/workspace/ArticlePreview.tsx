import type { JSONContent } from '@tiptap/core';

function text(node: JSONContent): string {
  return node.text ?? (node.content ?? []).map(text).join('');
}

/** The opening blocks as plain, read-only markup, for the first frame of a long article. */
export function ArticlePreview({ doc }: { doc: JSONContent }) {
  return (
    <div className="article-editor">
      <div className="article-body article-preview" data-testid="article-preview" aria-busy="true">
        {(doc.content ?? []).map((block, index) =>
          block.type === 'heading' ? <h3 key={index}>{text(block)}</h3> : <p key={index} className={block.type === 'caption' ? 'caption' : undefined}>{text(block)}</p>,
        )}
      </div>
    </div>
  );
}
