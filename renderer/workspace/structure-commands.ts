// What the structure toolbar and the context menu offer for one body block, with
// the shortcut each has, so buttons, menu and cheat sheet say the same thing.
import type { MessageKey } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { assignRole, selectBlock, type BlockRole } from './role-actions';
import { WORKSPACE_SHORTCUTS, type ShortcutAction } from './shortcut-map';
import { mergeWithNext, moveBlockPrompt, splitArticleAt } from './structure-actions';

export interface StructureCommand {
  id: string;
  label: MessageKey;
  /** The chord that does the same, shown in the tooltip. */
  keys: string | null;
  enabled: (block: number) => boolean;
  run: (block: number) => void;
}

const keysOf = (action: ShortcutAction) => WORKSPACE_SHORTCUTS.find((shortcut) => shortcut.action === action)?.keys ?? null;
const hasNext = () => {
  const { page, articleIndex } = useArticleSession.getState();
  return !!page && articleIndex + 1 < page.articleIds.length;
};

export const SPLIT_COMMAND: StructureCommand = { id: 'split', label: 'structure.splitHere', keys: keysOf('splitArticle'), enabled: (block) => block > 0, run: (block) => void splitArticleAt(block) };
export const MERGE_COMMAND: StructureCommand = { id: 'merge', label: 'structure.mergeNext', keys: keysOf('mergeNext'), enabled: hasNext, run: () => void mergeWithNext() };
export const MOVE_COMMAND: StructureCommand = {
  id: 'move',
  label: 'structure.move',
  keys: keysOf('moveBlock'),
  enabled: () => (useArticleSession.getState().page?.articleIds.length ?? 0) > 1,
  run: (block) => selectBlock(block) && moveBlockPrompt(),
};

const ROLE_LABELS: Array<{ role: BlockRole; label: MessageKey; action?: ShortcutAction }> = [
  { role: 'title', label: 'structure.roleTitle' },
  { role: 'subtitle', label: 'structure.roleSubtitle' },
  { role: 'byline', label: 'structure.roleByline' },
  { role: 'dateline', label: 'structure.roleDateline' },
  { role: 'credit', label: 'structure.roleCredit' },
  { role: 'heading', label: 'structure.roleHeading', action: 'heading' },
  { role: 'caption', label: 'structure.roleCaption', action: 'caption' },
  { role: 'furniture', label: 'structure.roleFurniture', action: 'furniture' },
  { role: 'paragraph', label: 'structure.roleParagraph', action: 'paragraph' },
];

export const ROLE_COMMANDS: StructureCommand[] = ROLE_LABELS.map(({ role, label, action }) => ({
  id: `role-${role}`,
  label,
  keys: action ? keysOf(action) : null,
  enabled: () => true,
  run: (block) => void assignRole(block, role),
}));

export const HEADING_COMMAND = ROLE_COMMANDS.find((command) => command.id === 'role-heading')!;
