import type { ArticleDoc } from '../model/page-doc';
import type { EvidencePlace } from '../model/vocabulary';
import cues from './theme-cues.json';

// Some kinds of article say what they are for by their form rather than their words:
// - a string of questions and answers (问：…答：…, 一问：…二问：…, headings that ask) explains the
//   law to readers, whatever branch of law it is about;
// - a profile (——记某某法院法官某某) holds a colleague up as an example to the ranks;
// - an essay a judge writes in the first person (我经手的调解书…) is the court's own culture and
//   the growth of its people, even when it tells of a mediation.
// Each cue adds to a theme as a keyword would, at the place where the form shows.

export interface ThemeCueHit {
  theme: string;
  phrase: string;
  place: EvidencePlace;
  block: number | null;
  /** Keyword weight before the place weight. */
  weight: number;
  count: number;
}

const QUESTION_OPENING = /^(?:[一二三四五六七八九十\d]{1,2}问|问)[：:]/u;
const ASKS = /[？?]$/u;
const NUMBERED_QUESTIONS_TITLE = /[一二三四五六七八九十\d]问$/u;
const PROFILE_SUBTITLE = /^[—－-]*\s*记/u;
// 我 outside the fixed phrases that speak for an institution ("我院", "我市", "我们").
const FIRST_PERSON = /我(?![院市区旗县国们])/u;
const QUOTED = /“[^”]*”/gu;

export function themeCueHits(article: ArticleDoc): ThemeCueHit[] {
  const hits: ThemeCueHit[] = [];
  const qa = cues.questionsAndAnswers;
  const questions = article.blocks.filter((block) => QUESTION_OPENING.test(block.text.trim()) || (block.type === 'heading' && ASKS.test(block.text.trim())));
  const titleCounts = NUMBERED_QUESTIONS_TITLE.test(article.title.trim());
  if (questions.length >= qa.minimum || (titleCounts && questions.length > 0)) {
    const first = article.blocks.indexOf(questions[0]);
    hits.push({ theme: qa.theme, phrase: questions[0].text.trim().slice(0, 12), place: 'heading', block: first, weight: qa.weight, count: questions.length });
  }
  if (article.subtitle && PROFILE_SUBTITLE.test(article.subtitle.trim())) {
    hits.push({ theme: cues.profile.theme, phrase: article.subtitle.trim().slice(0, 12), place: 'subtitle', block: null, weight: cues.profile.weight, count: 1 });
  }
  const essay = cues.firstPersonEssay;
  const paragraphs = article.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.type === 'paragraph');
  const firstPerson = paragraphs.filter(({ block }) => FIRST_PERSON.test(block.text.replace(QUOTED, '')));
  if (firstPerson.length >= essay.minimum) {
    for (const theme of essay.themes) {
      hits.push({ theme, phrase: '我', place: 'body', block: firstPerson[0].index, weight: essay.weight, count: firstPerson.length });
    }
  }
  return hits;
}
