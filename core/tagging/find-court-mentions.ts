import type { ArticleDoc } from '../model/page-doc';
import type { Court, EvidencePlace } from '../model/vocabulary';
import { articleSegments } from './article-segments';
import type { CourtFormKind } from './court-aliases';
import { compileCourtMatcher } from './compile-court-matcher';

export type CourtMentionKind = CourtFormKind | 'back-reference';

export interface CourtMention {
  court: string;
  phrase: string;
  kind: CourtMentionKind;
  place: EvidencePlace;
  block: number | null;
  /** Order of the mention in the article, counting from 0. */
  order: number;
}

const BACK_REFERENCE = /该院|我院|本院/g;

// Other institutions whose name ends in 院: a "该院" after them refers to them, not to a court.
const OTHER_INSTITUTION = /检察院|检察分院|医院|卫生院|学院|研究院|科学院|设计院|书院|法学院/g;

interface Token {
  start: number;
  end: number;
  court: string | null;
  phrase: string;
  kind: CourtMentionKind | 'other';
}

/**
 * Every court the article names, in reading order, including "该院/我院/本院" resolved to the
 * institution named last before it (a procuratorate or hospital named last swallows the reference).
 */
export function findCourtMentions(article: ArticleDoc, courts: readonly Court[]): CourtMention[] {
  const matcher = compileCourtMatcher(courts);
  const mentions: CourtMention[] = [];
  let lastInstitution: string | null = null;
  for (const segment of articleSegments(article)) {
    const tokens: Token[] = matcher.find(segment.text).map((match) => ({
      start: match.start,
      end: match.end,
      court: match.court,
      phrase: match.form,
      kind: match.kind,
    }));
    const inside = (start: number) => tokens.some((token) => token.court !== null && start >= token.start && start < token.end);
    for (const found of segment.text.matchAll(OTHER_INSTITUTION)) {
      if (!inside(found.index)) tokens.push({ start: found.index, end: found.index + found[0].length, court: null, phrase: found[0], kind: 'other' });
    }
    for (const found of segment.text.matchAll(BACK_REFERENCE)) {
      if (!inside(found.index)) tokens.push({ start: found.index, end: found.index + found[0].length, court: null, phrase: found[0], kind: 'back-reference' });
    }
    tokens.sort((left, right) => left.start - right.start);
    for (const token of tokens) {
      if (token.kind === 'other') {
        lastInstitution = null;
        continue;
      }
      const court: string | null = token.kind === 'back-reference' ? lastInstitution : token.court;
      if (!court) continue;
      if (token.kind !== 'back-reference') lastInstitution = court;
      mentions.push({ court, phrase: token.phrase, kind: token.kind, place: segment.place, block: segment.block, order: mentions.length });
    }
  }
  return mentions;
}
