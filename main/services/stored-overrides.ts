// A page's overrides as stored, read back through the strict schema (see
// core/model/salvage-page-overrides.ts) and assembled: a row an older version
// wrote, or one edited by hand, yields the page with its valid corrections and
// the list of what was set aside, never an exception.
import { salvagePageOverrides, type SalvagedOverrides } from '../../core/model/salvage-page-overrides';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { Vocabulary } from '../../core/model/vocabulary';
import { applyOverrides } from './apply-overrides';

export interface AssembledPage extends SalvagedOverrides {
  analysis: PageAnalysis;
}

const EVERYTHING = '(overrides)';

export function readStoredOverrides(overridesJson: string | null): SalvagedOverrides {
  if (overridesJson === null) return { overrides: null, dropped: [] };
  try {
    return salvagePageOverrides(JSON.parse(overridesJson));
  } catch {
    return { overrides: null, dropped: [EVERYTHING] };
  }
}

/** The engine's analysis with what is valid of the stored overrides; if even those cannot be assembled, the analysis alone. */
export function assembleStored(analysis: PageAnalysis, overridesJson: string | null, vocabulary: Vocabulary): AssembledPage {
  const stored = readStoredOverrides(overridesJson);
  try {
    return { ...stored, analysis: applyOverrides(analysis, stored.overrides, vocabulary) };
  } catch {
    return { overrides: null, dropped: [EVERYTHING], analysis };
  }
}
