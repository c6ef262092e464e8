import { useArticleSession } from '../stores/article-session-store';
import { ArticleNav } from './ArticleNav';
import { PageViewToggle } from './page-view/PageViewToggle';
import { CheatSheetButton } from './CheatSheet';
import { OtherEditorsNote } from './OtherEditorsNote';
import { SaveIndicator } from './SaveIndicator';
import { StatusButtons } from './StatusButtons';

export function WorkspaceHeader() {
  const hasPrintedPage = useArticleSession((state) => state.page?.analysis.geometry !== undefined);
  return (
    <header className="workspace-header">
      <ArticleNav />
      {hasPrintedPage && <PageViewToggle />}
      <StatusButtons />
      <SaveIndicator />
      <OtherEditorsNote />
      <CheatSheetButton />
    </header>
  );
}
