import type { ArticleDoc } from '../model/page-doc';
import type { Court, EvidencePlace } from '../model/vocabulary';
import { articleSegments } from './article-segments';
import type { CourtFormKind } from './court-aliases';
import { compileCourtMatcher } from './compile-court-matcher';
import { findEnumeratedCourts } from './court-enumeration';
import { BACK_REFERENCE, GOVERNING_WORD, OTHER_INSTITUTION } from './court-cues';
import { datelinePlace } from './dateline-place';

/**
 * 'tribunal': a 人民法庭 standing for the basic court it belongs to; 'local': "市法院", "旗法院",
 * "盟中院" standing for the court of the place the dateline names.
 */
export type CourtMentionKind = CourtFormKind | 'back-reference' | 'tribunal' | 'local';

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
  /** Where the mention starts in its block or field (spaces between ideographs not counted). */
  offset: number;
  /** Which clause of its segment the mention stands in, counting from 0: courts listed in one clause act together. */
  clause: number;
}

// Letter-spaced headlines and lines joined with a space ("包头市九原区人民 法院公告") still name their court.
const SPACE_BETWEEN_IDEOGRAPHS = /(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;

const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/;

/**
 * A clause that is only where the story stands (在鄂温克族自治旗人民法院，提起…法官…) frames its subject: the
 * court so set apart is what the text goes on to tell of, however 在 governs it.
 */
const SCENE_FRAME = /^[在于]\s*$/u;

function isClauseSubject(text: string, start: number, end: number): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
  const before = text.slice(clauseStart, start);
  if (SCENE_FRAME.test(before) && /^[里内]?[，,]/u.test(text.slice(end))) return true;
  return !GOVERNING_WORD.test(before);
}

// A 人民法庭 is a detached tribunal of a basic court, named after its township ("达来诺日人民法庭").
// The gazetteer does not list them, so one the editor has not added as an alias stands for the
// basic court the article names nearest before it (else first after it), else for the basic court
// of the place in the dateline. Up to six characters before it are taken as its name.
const TRIBUNAL = /[\p{Script=Han}]{0,6}人民法庭/gu;

// "本报满洲里讯 近日，市法院…": a court named by its kind of place alone is the court of the
// dateline's place. Only after a non-ideograph (a clause start), so that "全市法院" (all the city's
// courts) and the tail of a name the vocabulary lacks are not taken for it.
const LOCAL_COURT = /(?<![\p{Script=Han}])(?:(市|旗|区|县)(?:人民)?法院|(市|盟)中(?:级人民法)?院)/gu;

/** The intermediate court of the region the dateline names ("本报赤峰讯" → 赤峰市中级人民法院). */
function datelineIntermediateCourt(article: ArticleDoc, courts: readonly Court[]): string | null {
  const place = datelinePlace(article.dateline);
  if (!place) return null;
  const candidates = courts.filter((court) => court.level === 'intermediate' && court.region !== null && (court.region === place || court.region.replace(/(市|盟)$/, '') === place));
  return candidates.length === 1 ? candidates[0].name : null;
}

/** The basic court whose locality the dateline names ("本报克什克腾讯" → 克什克腾旗), when exactly one does; with its suffix when given (旗 for "旗法院"). */
function datelineBasicCourt(article: ArticleDoc, courts: readonly Court[], suffix = ''): string | null {
  const place = datelinePlace(article.dateline);
  if (!place) return null;
  const candidates = courts.filter((court) => court.level === 'basic' && court.name.includes(place + suffix) && !(court.region ?? '').includes(place));
  return candidates.length === 1 ? candidates[0].name : null;
}

interface PendingTribunal {
  index: number;
  phrase: string;
  place: EvidencePlace;
  block: number | null;
  clauseSubject: boolean;
  offset: number;
  clause: number;
  /** The basic court named last before the tribunal, if any. */
  before: string | null;
}

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
  const basic = new Set(courts.filter((court) => court.level === 'basic').map((court) => court.name));
  const mentions: CourtMention[] = [];
  const tribunals: PendingTribunal[] = [];
  let lastInstitution: string | null = null;
  let lastBasicCourt: string | null = null;
  for (const segment of articleSegments(article)) {
    const text = /[ \t\u3000]/u.test(segment.text) ? segment.text.replace(SPACE_BETWEEN_IDEOGRAPHS, '') : segment.text;
    const tokens: Token[] = matcher.find(text).map((match) => ({
      start: match.start,
      end: match.end,
      court: match.court,
      phrase: match.form,
      kind: match.kind,
    }));
    for (const match of findEnumeratedCourts(text, matcher, courts)) {
      if (!tokens.some((token) => match.start < token.end && token.start < match.end)) tokens.push({ start: match.start, end: match.end, court: match.court, phrase: match.form, kind: match.kind });
    }
    const inside = (start: number) => tokens.some((token) => token.court !== null && start >= token.start && start < token.end);
    for (const found of text.matchAll(OTHER_INSTITUTION)) {
      if (!inside(found.index)) tokens.push({ start: found.index, end: found.index + found[0].length, court: null, phrase: found[0], kind: 'other' });
    }
    for (const found of text.matchAll(BACK_REFERENCE)) {
      if (!inside(found.index)) tokens.push({ start: found.index, end: found.index + found[0].length, court: null, phrase: found[0], kind: 'back-reference' });
    }
    for (const found of text.matchAll(TRIBUNAL)) {
      // "克什克腾旗人民法院达来诺日人民法庭": the court itself is named right before; the tribunal adds nothing.
      const named = tokens.find((token) => token.court !== null && token.end <= found.index + found[0].length && token.end > found.index);
      if (named) continue;
      tokens.push({ start: found.index, end: found.index + found[0].length, court: null, phrase: found[0], kind: 'tribunal' });
    }
    for (const found of text.matchAll(LOCAL_COURT)) {
      if (inside(found.index)) continue;
      const court = found[1] ? datelineBasicCourt(article, courts, found[1]) : datelineIntermediateCourt(article, courts);
      if (court) tokens.push({ start: found.index, end: found.index + found[0].length, court, phrase: found[0], kind: 'local' });
    }
    tokens.sort((left, right) => left.start - right.start);
    // Clause of each token, counted in one pass as the tokens come in order.
    let clause = 0;
    let scanned = 0;
    const clauseAt = (start: number) => {
      for (; scanned < start; scanned++) if (CLAUSE_BREAK.test(text[scanned])) clause++;
      return clause;
    };
    for (const token of tokens) {
      if (token.kind === 'other') {
        lastInstitution = null;
        continue;
      }
      if (token.kind === 'tribunal') {
        tribunals.push({
          index: mentions.length,
          phrase: token.phrase,
          place: segment.place,
          block: segment.block,
          clauseSubject: isClauseSubject(text, token.start, token.end),
          offset: segment.offset + token.start,
          clause: clauseAt(token.start),
          before: lastBasicCourt,
        });
        continue;
      }
      const court: string | null = token.kind === 'back-reference' ? lastInstitution : token.court;
      if (!court) continue;
      if (token.kind !== 'back-reference') lastInstitution = court;
      if (basic.has(court)) lastBasicCourt = court;
      mentions.push({
        court,
        phrase: token.phrase,
        kind: token.kind,
        place: segment.place,
        block: segment.block,
        order: mentions.length,
        clauseSubject: isClauseSubject(text, token.start, token.end),
        offset: segment.offset + token.start,
        clause: clauseAt(token.start),
      });
    }
  }
  if (tribunals.length === 0) return mentions;
  const firstBasic = mentions.find((mention) => basic.has(mention.court))?.court ?? null;
  const fromDateline = datelineBasicCourt(article, courts);
  const resolved: CourtMention[] = [...mentions];
  for (const tribunal of [...tribunals].reverse()) {
    const court = tribunal.before ?? firstBasic ?? fromDateline;
    if (!court) continue;
    const { phrase, place, block, clauseSubject, offset, clause } = tribunal;
    resolved.splice(tribunal.index, 0, { court, phrase, kind: 'tribunal', place, block, order: 0, clauseSubject, offset, clause });
  }
  return resolved.map((mention, order) => ({ ...mention, order }));
}
