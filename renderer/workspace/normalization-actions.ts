import { assemblePage } from '../../core/analysis/assemble-page';
import type { NormalizationRuleId } from '../../core/model/page-analysis';
import { NORMALIZATION_RULES } from '../../core/normalize/normalize-text';
import { docFromAnalysis } from '../editor/doc-from-analysis';
import { overridesChanged, useArticleSession } from '../stores/article-session-store';

const get = useArticleSession.getState;

/** Whether a rule is on for this page: the editor's override, else the engine's setting. */
export function ruleEnabled(rule: NormalizationRuleId): boolean {
  const { overrides, page } = get();
  return overrides.normalization[rule] ?? page?.analysis.normalization.find((report) => report.rule === rule)?.enabled ?? true;
}

/** Runs one rule over the editor's text as it stands: edits and break points stay. */
export function applyRule(rule: NormalizationRuleId): void {
  const { editor, overrides } = get();
  const apply = NORMALIZATION_RULES.find((candidate) => candidate.id === rule)?.apply;
  if (!editor || !apply) return;
  const { tr } = editor.state;
  const replacements: Array<{ from: number; to: number; text: string }> = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    const result = apply(node.text);
    if (result.changes && result.text !== node.text) replacements.push({ from: pos, to: pos + node.nodeSize, text: result.text });
  });
  for (const replacement of replacements.reverse()) {
    if (replacement.text) tr.insertText(replacement.text, replacement.from, replacement.to);
    else tr.delete(replacement.from, replacement.to);
  }
  if (replacements.length) editor.view.dispatch(tr);
  overridesChanged({ ...overrides, normalization: { ...overrides.normalization, [rule]: true } });
}

/**
 * Switches a rule off: the article is rebuilt from the raw lines without it. That
 * replaces free edits in the body, so it is one undoable step in the editor.
 */
export function revertRule(rule: NormalizationRuleId): void {
  const { editor, overrides, page, articleIndex } = get();
  if (!editor || !page) return;
  const next = { ...overrides, normalization: { ...overrides.normalization, [rule]: false } };
  const assembled = assemblePage(page.analysis, next);
  const article = assembled.articles[articleIndex];
  if (article) editor.commands.setContent(docFromAnalysis(article, assembled), { emitUpdate: true });
  overridesChanged(next);
}
