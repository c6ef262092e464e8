import { assemblePage } from '../../core/analysis/assemble-page';
import type { NormalizationRuleId } from '../../core/model/page-analysis';
import { NORMALIZATION_RULES } from '../../core/normalize/normalize-text';
import { docFromAnalysis } from '../editor/doc-from-analysis';
import { docText, textRange } from '../editor/doc-text';
import { overridesChanged, useArticleSession } from '../stores/article-session-store';
import { rebaseChanges } from './rebase-changes';
import { ruleEdits } from './rule-edits';

const ruleFunction = (rule: NormalizationRuleId) => NORMALIZATION_RULES.find((candidate) => candidate.id === rule)?.apply;

const get = useArticleSession.getState;

/** Whether a rule is on for this page: the editor's override, else the engine's setting. */
export function ruleEnabled(rule: NormalizationRuleId): boolean {
  const { overrides, page } = get();
  return overrides.normalization[rule] ?? page?.analysis.normalization.find((report) => report.rule === rule)?.enabled ?? true;
}

/** How many changes a rule would make on the editor's text as it stands (0 once applied). */
export function pendingRuleChanges(rule: NormalizationRuleId): number {
  const editor = get().editor;
  const apply = ruleFunction(rule);
  return editor && apply ? ruleEdits(editor.state.doc, apply).changes : 0;
}

/** Runs one rule over the editor's text as it stands: edits and break points stay. One undoable step. */
export function applyRule(rule: NormalizationRuleId): void {
  const { editor, overrides } = get();
  const apply = ruleFunction(rule);
  if (!editor || !apply) return;
  const { tr } = editor.state;
  // Back to front, so earlier positions stay valid.
  for (const edit of ruleEdits(editor.state.doc, apply).edits.reverse()) {
    if (edit.text) tr.insertText(edit.text, edit.from, edit.to);
    else tr.delete(edit.from, edit.to);
  }
  if (tr.docChanged) editor.view.dispatch(tr);
  overridesChanged({ ...overrides, normalization: { ...overrides.normalization, [rule]: true } });
}

/**
 * Switches a rule off and takes its changes out of the body: the article as the
 * engine assembles it with the rule and without it are compared, and that change is
 * carried over to the editor's text wherever the editor has not rewritten the spot,
 * so free edits and break points stay. One undoable step. Returns how many of the
 * rule's changes were left as the editor has them.
 */
export function revertRule(rule: NormalizationRuleId): number {
  const { editor, overrides, page, articleIndex } = get();
  if (!editor || !page) return 0;
  const next = { ...overrides, normalization: { ...overrides.normalization, [rule]: false } };
  // The body as the engine makes it with the rule and without, in the editor's own text form.
  const bodyText = (ruleOverrides: typeof overrides): string | null => {
    const assembled = assemblePage(page.analysis, ruleOverrides);
    const article = assembled.articles[articleIndex];
    return article ? docText(editor.schema.nodeFromJSON(docFromAnalysis(article, assembled))).text : null;
  };
  const withRule = bodyText(overrides);
  const withoutRule = bodyText(next);
  let kept = 0;
  if (withRule !== null && withoutRule !== null) {
    const current = docText(editor.state.doc);
    const rebased = rebaseChanges(withRule, withoutRule, current.text);
    kept = rebased.kept;
    const { tr } = editor.state;
    for (const replacement of rebased.replacements.reverse()) {
      const range = textRange(current, replacement.from, replacement.to);
      if (!range || replacement.text.includes('\n')) {
        kept++;
        continue;
      }
      if (replacement.text) tr.insertText(replacement.text, range.from, range.to);
      else tr.delete(range.from, range.to);
    }
    if (tr.docChanged) editor.view.dispatch(tr);
  }
  overridesChanged(next);
  return kept;
}
