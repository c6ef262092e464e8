import type { KeyboardEvent } from 'react';

/** ↑/↓ (Home/End) move focus between the article titles of a list, so it reads like a list from the keyboard. */
export function moveRowFocus(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('article-title')) return;
  const titles = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('.article-title'));
  const index = titles.indexOf(target);
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: titles.length - 1 }[event.key];
  if (next === undefined || next < 0 || next >= titles.length) return;
  event.preventDefault();
  titles[next].focus();
}
