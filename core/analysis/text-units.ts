import type { BreakChoice } from '../model/page-analysis';
import type { LineFeatures } from './line-features';

/** A run of raw lines joined by `join` decisions: one paragraph, headline, caption… */
export interface TextUnit {
  lines: LineFeatures[];
}

/** A unit's text, its lines run together (line contents are already trimmed); '' for none. */
export function unitText(unit: TextUnit | null): string {
  return unit ? unit.lines.map((line) => line.content).join('') : '';
}

/** A head's words as read: its lines run together, markdown marks (** #) dropped. */
export function headText(unit: TextUnit): string {
  return unit.lines.map((part) => part.content.replace(/[*#]/gu, '').trim()).join('');
}

/** Groups lines into units; `choices[position]` is the decision between lines position-1 and position. */
export function groupUnits(lines: readonly LineFeatures[], choiceAt: (position: number) => BreakChoice): TextUnit[] {
  const units: TextUnit[] = [];
  let current: LineFeatures[] = [];
  lines.forEach((line, position) => {
    if (position > 0 && choiceAt(position) === 'split') {
      units.push({ lines: current });
      current = [];
    }
    current.push(line);
  });
  if (current.length) units.push({ lines: current });
  return units;
}
