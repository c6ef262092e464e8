import { useUiStore } from '../stores/ui-store';

// Placeholder until the proofreading editor lands (issue 5).
export function Workspace() {
  const articleId = useUiStore((state) => state.selectedArticleId);
  return <section className="workspace" data-testid="workspace">{articleId === null ? '选择一篇稿件开始校对' : `稿件 #${articleId}`}</section>;
}
