import { CONTACT, INSTITUTION, PAGE_DATE, PAGE_LABEL, PUBLICATION } from './line-patterns';

/**
 * One furniture line may carry several items (`邮箱: … 电话: …`, `2025年06月27日 05版`):
 * it is cut at spaces that open a contact label, a date or a page label.
 */
export function splitFurnitureItems(text: string): string[] {
  const parts = text.split(/\s+(?=(?:邮箱|电子邮箱|E-?mail|电话|热线|传真|地址|邮编|网址|投稿邮箱|联系电话|责任编辑|本版编辑|责编|编辑|美编|校对|版式设计|版式|排版|审校|终审)\s*[:：]|(?:第\s*)?[A-Z]?\d{1,3}\s*版$)/iu);
  // A masthead name and the next item printed on one line: `法院专刊 内蒙古自治区高级人民法院`.
  return parts.flatMap((part) => {
    const space = /^(\S+)\s+(\S.*)$/u.exec(part.trim());
    if (space && (PUBLICATION.test(space[1]) || INSTITUTION.test(space[1]))) return [space[1], space[2]];
    return [part.trim()];
  }).filter(Boolean);
}

export interface PageIdentity {
  publication: string | null;
  issue_date: string | null;
  page_label: string | null;
}

/** Publication, issue date and page label, when the furniture prints them. */
export function readPageIdentity(items: readonly string[]): PageIdentity {
  const identity: PageIdentity = { publication: null, issue_date: null, page_label: null };
  for (const item of items) {
    const plain = item.replace(/\s+/gu, '');
    const date = PAGE_DATE.exec(plain) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(plain);
    if (date && !identity.issue_date) identity.issue_date = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
    else if (PAGE_LABEL.test(plain) && !identity.page_label) identity.page_label = plain.replace(/^第/u, '');
    else if (PUBLICATION.test(plain) && !identity.publication && !CONTACT.test(plain)) identity.publication = plain;
  }
  return identity;
}
