import { memo } from 'react';
import type { BreakDecision, LinePlacement } from '../../core/model/page-analysis';
import { BreakMark } from './BreakMark';

interface RawLineRowProps {
  line: number;
  text: string;
  placement: LinePlacement | undefined;
  articleIndex: number;
  decision: BreakDecision | undefined;
  synced: boolean;
  height: number;
}

/** Memoised: scrolling or a sync highlight re-renders only the rows that changed. */
export const RawLineRow = memo(function RawLineRow({ line, text, placement, articleIndex, decision, synced, height }: RawLineRowProps) {
  const furniture = placement !== undefined && (placement.article === -1 || placement.role === 'furniture');
  const otherArticle = placement !== undefined && !furniture && placement.article !== articleIndex;
  const classes = ['raw-line', furniture ? 'furniture' : '', otherArticle ? 'other-article' : '', synced ? 'synced' : '', text.trim() === '' ? 'blank' : ''];
  return (
    <div className={classes.join(' ')} data-line={line} data-testid="raw-line" style={{ minHeight: height }}>
      <span className="line-number" aria-hidden="true">
        {line + 1}
      </span>
      <span className="break-slot">{decision && <BreakMark decision={decision} />}</span>
      <span className="line-text">
        {text}
      </span>
    </div>
  );
});
