import { useEffect, useState } from 'react';
import { api } from './api/client';
import type { IssueGroup } from '../core/model/library';

// Placeholder shell; the three-pane workstation replaces it.
export function App() {
  const [tree, setTree] = useState<IssueGroup[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('library:tree', {}).then(setTree, (reason: Error) => setError(reason.message));
  }, []);
  return (
    <main>
      <h1>清稿</h1>
      {error && <p role="alert">{error}</p>}
      <ul>{tree.flatMap((group) => group.pages).map((page) => <li key={page.id}>{page.source}</li>)}</ul>
    </main>
  );
}
