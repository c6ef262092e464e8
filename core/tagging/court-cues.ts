import cues from './court-cues.json';

// The word lists of court tagging are data (court-cues.json); this turns them into patterns.

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => words.map(escape).join('|');

/** "该院/我院/本院": a reference to the institution named last. */
export const BACK_REFERENCE = new RegExp(alternation(cues.backReferences), 'g');

/**
 * A court after one of these in its clause is a circumstance of the sentence ("在自治区高院的
 * 指导下", "与赤峰中院联合"), not the one acting.
 */
export const GOVERNING_WORD = new RegExp(alternation(cues.governingWords));

/** Other institutions whose name ends in 院: a "该院" after them refers to them, not to a court. */
export const OTHER_INSTITUTION = new RegExp(alternation(cues.otherInstitutions), 'g');

/** Organs of the law other than courts: one heading an article makes it theirs. */
export const OTHER_ORGAN = new RegExp(alternation(cues.otherOrgans), 'u');
