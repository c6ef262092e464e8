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
  /** Whether the court could be the subject of its clause (not governed by 在/根据/按照/与…). */
  clauseSubject: boolean;
}

const BACK_REFERENCE = /该院|我院|本院/g;

const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/;

// A court after one of these in its clause is a circumstance of the sentence ("在自治区高院的
// 指导下", "与赤峰中院联合"), not the one acting.
const GOVERNING_WORD = /在|根据|按照|依照|受|经|由|联合|协助|配合|邀请|与|同|和|向|对|为|给|跟|把|被|及|或/;

function isClauseSubject(text: string, start: number): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
  return !GOVERNING_WORD.test(text.slice(clauseStart, start));
}

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
      mentions.push({
        court,
        phrase: token.phrase,
        kind: token.kind,
        place: segment.place,
        block: segment.block,
        order: mentions.length,
        clauseSubject: isClauseSubject(segment.text, token.start),
      });
    }
  }
  return mentions;
}
