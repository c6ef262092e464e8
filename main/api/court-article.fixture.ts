// A library of one article about one intermediate court (a suggestion the engine makes, not a
// confirmed tag), served through the real handlers: the ground of the tag tests.
import { openTemporaryLibrary } from '../library/temporary-library';
import { importCourtArticle } from '../services/court-article.fixture';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';

export interface CourtArticleLibrary {
  opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  dispatch: Dispatch;
  articleId: number;
  court: string;
}

export async function openCourtArticleLibrary(): Promise<CourtArticleLibrary> {
  const opened = await openTemporaryLibrary({ seeded: false });
  const services = opened.library.services!;
  const court = services.vocabulary.current().courts.find((entry) => entry.level === 'intermediate')!.name;
  const articleId = await importCourtArticle(services, court);
  const dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir }));
  return { opened, dispatch, articleId, court };
}
