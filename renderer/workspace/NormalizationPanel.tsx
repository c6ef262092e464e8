import { useMemo, useState } from 'react';
import type { NormalizationRuleId } from '../../core/model/page-analysis';
import { NORMALIZATION_RULES } from '../../core/normalize/normalize-text';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { articleRuleCounts } from './article-normalization';
import { applyRule, revertRule, ruleEnabled } from './normalization-actions';

const RULE_LABELS: Record<NormalizationRuleId, MessageKey> = {
  'markdown-debris': 'workspace.ruleMarkdownDebris',
  'fullwidth-ascii': 'workspace.ruleFullwidthAscii',
  'fullwidth-punctuation': 'workspace.ruleFullwidthPunctuation',
  'quote-pairing': 'workspace.ruleQuotePairing',
  'cjk-spacing': 'workspace.ruleCjkSpacing',
};

export function NormalizationPanel() {
  const t = useT();
  const page = useArticleSession((state) => state.page);
  const articleIndex = useArticleSession((state) => state.articleIndex);
  useArticleSession((state) => state.overrides.normalization);
  // Reverting leaves alone the rule's changes the editor has since rewritten; say how many.
  const [kept, setKept] = useState<{ rule: NormalizationRuleId; count: number } | null>(null);
  const counts = useMemo(() => {
    const article = page?.analysis.articles[articleIndex];
    return article && page ? articleRuleCounts(article, page.analysis) : null;
  }, [page, articleIndex]);
  return (
    <>
      <table className="rule-table" data-testid="normalization-panel">
        <tbody>
          {NORMALIZATION_RULES.map(({ id }) => {
            const enabled = ruleEnabled(id);
            return (
              <tr key={id} data-rule={id} className={enabled ? '' : 'rule-off'}>
                <th scope="row">{t(RULE_LABELS[id])}</th>
                <td>{t('workspace.ruleChanges', { count: counts?.[id] ?? 0 })}</td>
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
