import { useEffect, useState } from 'react';
import type { NormalizationRuleId } from '../../core/model/page-analysis';
import { NORMALIZATION_RULES } from '../../core/normalize/normalize-text';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { applyRule, pendingRuleChanges, revertRule, ruleEnabled } from './normalization-actions';

const RULE_LABELS: Record<NormalizationRuleId, MessageKey> = {
  'form-feeds': 'workspace.ruleFormFeeds',
  'radical-ideographs': 'workspace.ruleRadicalIdeographs',
  'markdown-debris': 'workspace.ruleMarkdownDebris',
  'fullwidth-ascii': 'workspace.ruleFullwidthAscii',
  'fullwidth-punctuation': 'workspace.ruleFullwidthPunctuation',
  'quote-pairing': 'workspace.ruleQuotePairing',
  'letter-spacing': 'workspace.ruleLetterSpacing',
  'cjk-spacing': 'workspace.ruleCjkSpacing',
};

/** Quiet time after typing before the counts are taken again over the whole body. */
const RECOUNT_DELAY_MS = 250;

/** What each rule would still change in the body, recounted as the body changes. */
function usePendingCounts(): Record<NormalizationRuleId, number> {
  const editor = useArticleSession((state) => state.editor);
  const take = () => Object.fromEntries(NORMALIZATION_RULES.map(({ id }) => [id, pendingRuleChanges(id)])) as Record<NormalizationRuleId, number>;
  const [counts, setCounts] = useState(take);
  useEffect(() => {
    setCounts(take());
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(take()), RECOUNT_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return counts;
}

export function NormalizationPanel() {
  const t = useT();
  useArticleSession((state) => state.overrides.normalization);
  // Reverting leaves alone the rule's changes the editor has since rewritten; say how many.
  const [kept, setKept] = useState<{ rule: NormalizationRuleId; count: number } | null>(null);
  const counts = usePendingCounts();
  return (
    <>
      <table className="rule-table" data-testid="normalization-panel">
        <tbody>
          {NORMALIZATION_RULES.map(({ id }) => {
            const enabled = ruleEnabled(id);
            return (
              <tr key={id} data-rule={id} className={enabled ? '' : 'rule-off'}>
                <th scope="row">{t(RULE_LABELS[id])}</th>
                <td data-testid="rule-count">{t('workspace.ruleChanges', { count: counts[id] })}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      applyRule(id);
                      setKept(null);
                    }}
                  >
                    {t('workspace.ruleApply')}
                  </button>
                  <button type="button" disabled={!enabled} onClick={() => setKept({ rule: id, count: revertRule(id) })}>
                    {t('workspace.ruleRevert')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {kept && kept.count > 0 && (
        <p className="rule-note" role="status" data-testid="rule-revert-kept">
          {t(RULE_LABELS[kept.rule])}: {t('workspace.ruleRevertKept', { count: kept.count })}
        </p>
      )}
    </>
  );
}
