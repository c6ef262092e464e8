import { ArticleNav } from './ArticleNav';
import { CheatSheetButton } from './CheatSheet';
import { SaveIndicator } from './SaveIndicator';
import { StatusButtons } from './StatusButtons';

export function WorkspaceHeader() {
  return (
    <header className="workspace-header">
      <ArticleNav />
      <StatusButtons />
      <SaveIndicator />
      <CheatSheetButton />
    </header>
  );
}
