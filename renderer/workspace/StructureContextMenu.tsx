import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { closeStructureMenu, useStructureMenu } from '../stores/structure-menu-store';
import { useUiStore } from '../stores/ui-store';
import { CommandMenu, type CommandMenuItem } from './CommandMenu';
import { MERGE_COMMAND, MOVE_COMMAND, ROLE_COMMANDS, SPLIT_COMMAND, type StructureCommand } from './structure-commands';

/** The right-click menu on a line of either pane: the structure actions for that line's block. */
export function StructureContextMenu() {
  const t = useT();
  const menu = useStructureMenu((state) => state.menu);
  const onClose = useCallback(() => closeStructureMenu(), []);
  if (!menu) return null;
  const { page, articleIndex } = useArticleSession.getState();
  const placement = menu.line === null ? undefined : page?.analysis.placements.find((candidate) => candidate.line === menu.line);
  const otherArticle = menu.source === 'raw' && placement !== undefined && placement.article >= 0 && placement.article !== articleIndex;
  const title = menu.line === null ? t('structure.toolbar') : t('structure.menuLabel', { line: menu.line + 1 });

  const command = (entry: StructureCommand): CommandMenuItem => ({
    id: entry.id,
    label: t(entry.label),
    hint: entry.keys,
    disabled: menu.block < 0 || !entry.enabled(menu.block),
    onSelect: () => entry.run(menu.block),
  });
  const items: CommandMenuItem[] = otherArticle
    ? [
        { id: 'note', group: t('structure.menuOtherArticle') },
        { id: 'open', label: t('structure.menuOpenArticle'), onSelect: () => page && useUiStore.getState().selectArticle(page.articleIds[placement.article] ?? null, page.page.id) },
      ]
    : [
        ...(menu.block < 0 ? [{ id: 'note', group: t('structure.menuNotInBody') }] : []),
        command(SPLIT_COMMAND),
        command(MERGE_COMMAND),
        command(MOVE_COMMAND),
        { id: 'assign', group: t('structure.assign') },
        ...ROLE_COMMANDS.map(command),
      ];
  return <CommandMenu label={title} x={menu.x} y={menu.y} items={items} onClose={onClose} testId="structure-menu" />;
}
