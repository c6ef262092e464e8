import { api } from '../api/client';
import { useArticleSession } from '../stores/article-session-store';
import { useLibraryStore } from '../stores/library-store';
import { useUiStore } from '../stores/ui-store';

/** Opens the first article of the previous/next page in the same issue (the library tree's order). */
export async function openNeighbourPage(direction: 1 | -1): Promise<void> {
  const current = useArticleSession.getState().page;
  if (!current) return;
  const tree = useLibraryStore.getState().tree.length ? useLibraryStore.getState().tree : await api.invoke('library:tree', {});
  const pages = tree.find((group) => group.issueDate === current.page.issueDate)?.pages ?? [];
  const target = pages[pages.findIndex((page) => page.id === current.page.id) + direction];
  if (!target) return;
  const detail = await api.invoke('pages:get', { pageId: target.id });
  if (detail.articleIds[0] !== undefined) useUiStore.getState().selectArticle(detail.articleIds[0], target.id);
}
