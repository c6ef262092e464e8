import type { Court } from '../../core/model/vocabulary';
import { tagCount } from './tag-count';

export interface CourtNode {
  court: Court;
  /** Articles tagged with this court itself. */
  count: number;
  /** This court's count plus its descendants'. */
  totalCount: number;
  children: CourtNode[];
}

/**
 * 高院 → 中院 → 基层. Intermediate courts without a parent hang under the high
 * court when there is exactly one (the supplement covers one region); special
 * courts and orphans stay at the top.
 */
export function buildCourtHierarchy(courts: readonly Court[], counts: Readonly<Record<string, number>>): CourtNode[] {
  const nodes = new Map<string, CourtNode>();
  for (const court of courts) nodes.set(court.name, { court, count: tagCount(counts, 'court', court.name), totalCount: 0, children: [] });
  const highCourts = courts.filter((court) => court.level === 'high');
  const implicitParent = highCourts.length === 1 ? highCourts[0].name : null;
  const roots: CourtNode[] = [];
  for (const node of nodes.values()) {
    const parentName = node.court.parent ?? (node.court.level === 'intermediate' ? implicitParent : null);
    const parent = parentName && parentName !== node.court.name ? nodes.get(parentName) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const levelOrder = { high: 0, intermediate: 1, basic: 2, special: 3 } as const;
  const total = (node: CourtNode): number => {
    node.children.sort((a, b) => levelOrder[a.court.level] - levelOrder[b.court.level]);
    node.totalCount = node.count + node.children.reduce((sum, child) => sum + total(child), 0);
    return node.totalCount;
  };
  roots.sort((a, b) => levelOrder[a.court.level] - levelOrder[b.court.level]);
  roots.forEach(total);
  return roots;
}
