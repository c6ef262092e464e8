import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export type CommandMenuItem = { id: string; label: string; hint?: string | null; disabled?: boolean; onSelect: () => void } | { id: string; group: string };

interface CommandMenuProps {
  label: string;
  x: number;
  y: number;
  items: CommandMenuItem[];
  onClose: () => void;
  testId?: string;
}

/**
 * A menu at a point on screen, driven by mouse or keyboard: it takes the focus,
 * arrows move, Enter chooses, Esc closes and gives the focus back.
 */
export function CommandMenu({ label, x, y, items, onClose, testId }: CommandMenuProps) {
  const root = useRef<HTMLDivElement | null>(null);
  const [position, setPosition] = useState({ left: x, top: y });
  const returnFocus = useRef<Element | null>(null);

  useLayoutEffect(() => {
    returnFocus.current = document.activeElement;
    const element = root.current;
    if (!element) return;
    // Kept inside the window: a menu opened near the bottom or right edge opens upwards or leftwards.
    const rect = element.getBoundingClientRect();
    setPosition({ left: Math.max(4, Math.min(x, window.innerWidth - rect.width - 4)), top: Math.max(4, Math.min(y, window.innerHeight - rect.height - 4)) });
    element.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [x, y]);

  useEffect(() => {
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onPointer, true);
    return () => document.removeEventListener('mousedown', onPointer, true);
  }, [onClose]);

  const close = () => {
    onClose();
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus();
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(-1);
    else if (event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={root} className="command-menu" role="menu" aria-label={label} data-testid={testId} style={position} onKeyDown={onKeyDown} onContextMenu={(event) => event.preventDefault()}>
      {items.map((item) =>
        'group' in item ? (
          <div key={item.id} className="command-menu-group" role="presentation">
            {item.group}
          </div>
        ) : (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            disabled={item.disabled}
            title={item.hint ?? undefined}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            <span>{item.label}</span>
            {item.hint && <kbd>{item.hint}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}
