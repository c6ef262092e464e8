import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';
import { useTagsStore } from '../stores/tags-store';
import { buildCourtHierarchy, type CourtNode } from './court-hierarchy';

function CourtEntry({ node, depth }: { node: CourtNode; depth: number }) {
  const selected = useLibraryStore((state) => state.filters.court === node.court.name);
  const setFilter = useLibraryStore((state) => state.setFilter);
  const button = (
    <button
      type="button"
      className="tree-item court-item"
      data-testid="court-item"
      data-court={node.court.name}
      aria-pressed={selected}
      onClick={() => setFilter('court', selected ? undefined : node.court.name)}
    >
      <span>{node.court.name}</span>
      <span className="count">{node.count}{node.totalCount !== node.count ? ` / ${node.totalCount}` : ''}</span>
    </button>
  );
  if (node.children.length === 0) return <li>{button}</li>;
  return (
    <li>
      <details open={depth === 0 || node.totalCount > 0}>
        <summary>{button}</summary>
        <ul>{node.children.map((child) => <CourtEntry key={child.court.name} node={child} depth={depth + 1} />)}</ul>
      </details>
    </li>
  );
}

/** 高院 → 中院 → 基层 with article counts; a click filters the library by that court. */
export function CourtBrowser() {
  const t = useT();
  const vocabulary = useTagsStore((state) => state.vocabulary);
  const counts = useTagsStore((state) => state.counts);
  const roots = useMemo(() => buildCourtHierarchy(vocabulary?.courts ?? [], counts), [vocabulary, counts]);
  if (roots.length === 0) return <p className="empty-note">{t('library.noVocabulary')}</p>;
  return (
    <ul className="court-tree" aria-label={t('tags.courts')} data-testid="court-browser">
      {roots.map((node) => <CourtEntry key={node.court.name} node={node} depth={0} />)}
    </ul>
  );
}
