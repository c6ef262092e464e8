import type { BreakDecision } from '../../core/model/page-analysis';
import { formatConfidence } from '../../core/model/format-confidence';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { toggleBreak } from './review-actions';

/** Green when the engine is sure, through amber to red as confidence falls. */
function confidenceColour(confidence: number): string {
  return `hsl(${Math.round(Math.max(0, Math.min(1, confidence)) * 120)} 60% 86%)`;
}

export function BreakMark({ decision }: { decision: BreakDecision }) {
  const t = useT();
  const choice = useArticleSession((state) => state.decisions[decision.id] ?? decision.decision);
  const byHand = useArticleSession((state) => decision.id in state.overrides.breaks);
  const uncertain = useArticleSession((state) => !byHand && decision.confidence < state.settings.reviewThreshold);
  const current = useArticleSession((state) => state.currentBreakId === decision.id);
  const label = choice === 'join' ? t('workspace.join') : t('workspace.split');
  return (
    <button
      type="button"
      tabIndex={-1}
      className={['break-mark', `break-${choice}`, uncertain ? 'uncertain' : '', byHand ? 'by-hand' : '', current ? 'current' : ''].join(' ')}
      style={{ background: byHand ? undefined : confidenceColour(decision.confidence) }}
      data-testid="break-mark"
      data-break-id={decision.id}
      data-decision={choice}
      data-uncertain={uncertain || undefined}
      title={t('workspace.breakTitle', { decision: label, confidence: formatConfidence(decision.confidence), reason: decision.reason })}
      aria-label={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => toggleBreak(decision.id)}
    >
      {choice === 'join' ? t('workspace.joinShort') : t('workspace.splitShort')}
    </button>
  );
}
