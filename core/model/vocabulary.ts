// Court and theme vocabularies. They are data (seeded from seeds/vocab/, editable
// in the library), never code: the engine receives them as arguments.

export type CourtLevel = 'high' | 'intermediate' | 'basic' | 'special';

export interface Court {
  name: string;
  level: CourtLevel;
  /** Canonical name of the parent court, or null for the top. */
  parent: string | null;
  region: string | null;
  /** Forms listed in the vocabulary data, seeded or added by the editor: derivation never changes them. */
  aliases: string[];
  /**
   * Short forms derived from the court list (core/tagging/derive-court-aliases.ts), shown with 「自动」
   * in the vocabulary dialog and derived again whenever the court list changes. Undefined when the
   * list has not been through derivation yet (a vocabulary literal in a test, an old file).
   */
  derivedAliases?: string[];
  /** Derived forms the editor removed: never derived again for this court. */
  removedAliases?: string[];
}

export interface Theme {
  name: string;
  /** Keywords whose presence argues for this theme; weight defaults to 1. */
  keywords: { word: string; weight: number }[];
}

export interface Vocabulary {
  courts: Court[];
  themes: Theme[];
}

/** Where a piece of evidence stands in the article: these weigh differently. */
export type EvidencePlace = 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit' | 'lead' | 'body' | 'heading' | 'caption';

export interface TagEvidence {
  phrase: string;
  place: EvidencePlace;
  /** Block index for lead/body/heading/caption, else null. */
  block: number | null;
}

export interface TagSuggestion {
  type: 'court' | 'theme';
  name: string;
  score: number;
  evidence: TagEvidence[];
}
