import type { ArticleDoc } from '../model/page-doc';
import { secondPartStart } from './article-parts';
import type { CourtMention, CourtMentionKind } from './find-court-mentions';

/** Kinds that name a court itself, not its region's courts nor "该院". */
export const NAMING_KINDS = new Set<CourtMentionKind>(['name', 'alias', 'derived', 'tribunal', 'local']);

/**
 * A roundup reports on a handful of courts (three to five on the pages seen); a text naming more
 * than this many, section by section, is a list (名单, 表彰决定), about whoever issued it.
 */
const MAX_ROUNDUP_COURTS = 8;

/**
 * How far into a paragraph its subject may stand and still open it, within its first sentence: a
 * date or time clause ("9月12日，", "近日，", "今年以来，") comes first in a news item, and an item's
 * heading an extractor ran into the text ("善意文明执行为企业“松绑”杭锦旗法院对…") runs to 20 or so.
 */
const OPENING_REACH = 24;

/** A list's entry opening a line: a person's name, then the unit they work for in brackets. */
const ENTRY_OPENING = /^\p{Script=Han}{2,7}[（(][^（）()]{2,30}[)）]/u;

/** A case's numbered head or a bracketed case section: 案例一：…, 典型案例二 …, 【案情】. */
const CASE_HEADING = /^(典型)?案例[一二三四五六七八九十\d]+|^【/u;

/**
 * The courts that open the sections of an article, in order: a section is a heading with text
 * under it (the court named in the heading, else the subject of the opening clause under it), or a
 * paragraph whose subject court opens it. The second kind is how a roundup reads once an extractor
 * has run each item's heading into its text ("牙克石市法院 冬季巡回审判进林区近日，…").
 */
export function sectionSubjects(article: ArticleDoc, mentions: readonly CourtMention[]): string[] {
  const naming = mentions.filter((mention) => NAMING_KINDS.has(mention.kind) && mention.block !== null);
  const headed: { block: number; court: string }[] = [];
  const opened: { block: number; court: string }[] = [];
  const underHeading = new Set<number>();
  article.blocks.forEach((block, index) => {
    // A case's head (案例一：…, 【案情】) opens a case the article reports, not an item on the court that tried it.
    if (block.type !== 'heading' || CASE_HEADING.test(block.text)) return;
    // A heading with no paragraph under it before the next heading is an item of a list (a 名单 of
    // honoured courts), not a section that reports on its court.
    const paragraph = article.blocks.findIndex((candidate, position) => position > index && candidate.type !== 'caption');
    if (paragraph < 0 || article.blocks[paragraph].type !== 'paragraph') return;
    underHeading.add(paragraph);
    const inHeading = naming.find((mention) => mention.block === index);
    const opening = naming.find((mention) => mention.block === paragraph && mention.clauseSubject);
    const court = inHeading?.court ?? opening?.court;
    if (court) headed.push({ block: index, court });
  });
  article.blocks.forEach((block, index) => {
    // A list's entries name people and the courts they work for (其木格（呼和浩特市中级人民法院）、图门巴雅尔（…）): the court
    // opening such a line is no section's subject.
    if (block.type !== 'paragraph' || underHeading.has(index) || ENTRY_OPENING.test(block.text.trim())) return;
    const first = naming.find((mention) => mention.block === index && (mention.place === 'lead' || mention.place === 'body'));
    if (first && first.clauseSubject && first.offset <= OPENING_REACH && !/[。！？!?]/u.test(block.text.slice(0, first.offset))) opened.push({ block: index, court: first.court });
  });
  const distinct = (sections: { court: string }[]) => [...new Set(sections.map((section) => section.court))];
  // Above a run of headed sections, only paragraphs that run on into it open items (the first item
  // whose heading the analyzer gave to the article before); one with other text under it is a lead.
  let itemsFrom = 0;
  if (distinct(headed).length >= 2) {
    itemsFrom = headed[0].block;
    while (itemsFrom > 0 && (article.blocks[itemsFrom - 1].type !== 'paragraph' || opened.some((section) => section.block === itemsFrom - 1))) itemsFrom--;
  }
  const sections = [...headed, ...opened.filter((section) => section.block >= itemsFrom)].sort((left, right) => left.block - right.block);
  const subjects = distinct(sections);
  return subjects.length <= MAX_ROUNDUP_COURTS ? subjects : [];
}

/**
 * The courts a roundup (简讯, 动态, 综述, 速递) reports on, or null when the article is not one.
 * A roundup's headline names its region's courts together ("赤峰法院工作动态", "包头三家基层法院…",
 * "全区法院工作简讯") and no court of its own, and its sections each open with another court; or,
 * under any headline, three or more sections do, before any other court is named. Two articles run
 * together by a lost boundary open with two courts under a headline that names one or none, which
 * is not a roundup.
 */
export function roundupSubjects(article: ArticleDoc, mentions: readonly CourtMention[]): string[] | null {
  // Sections of a second article run into this one are not this roundup's.
  const partStart = secondPartStart(article);
  const own = partStart === null ? article : { ...article, blocks: article.blocks.slice(0, partStart) };
  const sections = sectionSubjects(own, mentions);
  if (sections.length < 2) return null;
  // A roundup's first item follows its headline and lead. A court of its own acting before it means
  // an article about that court, with a roundup run into it after a lost boundary.
  const firstSection = mentions.findIndex((mention) => mention.court === sections[0] && NAMING_KINDS.has(mention.kind));
  if (mentions.slice(0, firstSection).some((mention) => NAMING_KINDS.has(mention.kind) && mention.clauseSubject && !sections.includes(mention.court))) return null;
  const titleNames = mentions.some((mention) => mention.place === 'title' && NAMING_KINDS.has(mention.kind));
  const collectiveTitle = /法院/u.test(article.title.replace(/\s+/gu, '')) && !titleNames;
  return collectiveTitle || sections.length >= 3 ? sections : null;
}
