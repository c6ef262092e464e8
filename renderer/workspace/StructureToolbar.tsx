import { useState, type MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { CommandMenu } from './CommandMenu';
import { cursorBlock } from './review-actions';
import { HEADING_COMMAND, MERGE_COMMAND, MOVE_COMMAND, ROLE_COMMANDS, SPLIT_COMMAND, type StructureCommand } from './structure-commands';

/** Keeps the caret in the body while a button is pressed: the buttons act on the block under it. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

/** Split, merge, heading, move and 设为 ▾ for the block under the caret, each with its shortcut in the tooltip. */
export function StructureToolbar() {
  const t = useT();
  const [roles, setRoles] = useState<{ x: number; y: number } | null>(null);
  const block = () => cursorBlock()?.index ?? -1;
  const tooltip = (title: MessageKey, keys: string | null) => (keys ? `${t(title)} · ${t('structure.shortcut', { keys })}` : t(title));
  const button = (command: StructureCommand, label: MessageKey, title: MessageKey) => (
    <button type="button" data-command={command.id} title={tooltip(title, command.keys)} onMouseDown={keepEditorFocus} onClick={() => block() >= 0 && command.enabled(block()) && command.run(block())}>
      {t(label)}
    </button>
  );
  return (
    <div className="structure-toolbar" role="toolbar" aria-label={t('structure.toolbar')} data-testid="structure-toolbar">
      {button(SPLIT_COMMAND, 'structure.split', 'structure.splitTitle')}
      {button(MERGE_COMMAND, 'structure.mergeNext', 'structure.mergeNextTitle')}
      {button(HEADING_COMMAND, 'structure.heading', 'structure.heading')}
      {button(MOVE_COMMAND, 'structure.move', 'structure.moveTitle')}
      <button
        type="button"
        data-command="assign"
        aria-haspopup="menu"
        aria-expanded={roles !== null}
        title={t('structure.assignTitle')}
        onMouseDown={keepEditorFocus}
        onClick={(event) => {
          const rect = event.currentTarget.getBoundingClientRect();
          setRoles(roles ? null : { x: rect.left, y: rect.bottom + 2 });
        }}
      >
        {t('structure.assign')} ▾
      </button>
      {roles && (
        <CommandMenu
          label={t('structure.assign')}
          x={roles.x}
          y={roles.y}
          testId="structure-roles-menu"
          onClose={() => setRoles(null)}
          items={ROLE_COMMANDS.map((command) => ({ id: command.id, label: t(command.label), hint: command.keys, disabled: block() < 0, onSelect: () => command.run(block()) }))}
        />
      )}
    </div>
  );
}
