import type { Court } from '../model/vocabulary';
import { deriveCollectiveForms, type CourtFormKind } from './court-aliases';
import { deriveCourtAliases } from './derive-court-aliases';

export interface CourtForm {
  form: string;
  court: string;
  kind: CourtFormKind;
}

export interface CourtFormTable {
  forms: Map<string, CourtForm>;
  /** Forms two or more courts share at the same strength, or would both derive: never assigned. */
  ambiguous: Map<string, string[]>;
}

const KIND_STRENGTH: Record<CourtFormKind, number> = { name: 3, alias: 3, derived: 2, collective: 1 };

/**
 * Every form that names a court: its name, its listed aliases, its derived aliases as the
 * vocabulary holds them (so a derived form the editor removed is not matched), and the collective
 * forms. A court list that has not been through derivation is derived here. A name or listed alias
 * beats a derived form, a derived form beats a collective one; two courts claiming a form at the
 * same strength make it ambiguous.
 */
export function buildCourtFormTable(courts: readonly Court[]): CourtFormTable {
  const derivation = deriveCourtAliases(courts);
  const claims = new Map<string, CourtForm[]>();
  const claim = (form: string, court: string, kind: CourtFormKind) => {
    const list = claims.get(form) ?? [];
    if (!list.some((existing) => existing.court === court && KIND_STRENGTH[existing.kind] >= KIND_STRENGTH[kind])) {
      list.push({ form, court, kind });
    }
    claims.set(form, list);
  };
  for (const court of courts) {
    claim(court.name, court.name, 'name');
    for (const alias of court.aliases) claim(alias, court.name, 'alias');
    for (const form of court.derivedAliases ?? derivation.byCourt.get(court.name) ?? []) claim(form, court.name, 'derived');
    for (const form of deriveCollectiveForms(court)) claim(form, court.name, 'collective');
  }
  const forms = new Map<string, CourtForm>();
  const ambiguous = new Map(derivation.ambiguous);
  for (const [form, list] of claims) {
    const strongest = Math.max(...list.map((entry) => KIND_STRENGTH[entry.kind]));
    const winners = list.filter((entry) => KIND_STRENGTH[entry.kind] === strongest);
    const courtsClaiming = [...new Set(winners.map((entry) => entry.court))];
    if (courtsClaiming.length === 1 && !(strongest < KIND_STRENGTH.alias && ambiguous.has(form))) forms.set(form, winners[0]);
    else if (courtsClaiming.length > 1) ambiguous.set(form, courtsClaiming);
  }
  return { forms, ambiguous };
}
