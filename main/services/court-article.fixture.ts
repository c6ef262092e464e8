// One page about one court: a headline and a dateline paragraph naming it, whose article the
// engine tags with that court as a suggestion.
import type { LibraryServices } from '../library/library';

/** Imports one page naming `court` in its headline and dateline paragraph; returns its article's id. */
export async function importCourtArticle(services: LibraryServices, court: string): Promise<number> {
  const [item] = (await services.imports.importText('court.txt', `${court}召开审判工作会议\n本报讯 ${court}近日召开审判工作会议，${court}院长出席。\n`)).items;
  return (await services.articles.list({ pageId: item.pageId! }, 0, 1)).items[0].id;
}
