import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';

type ArticleChannels = 'articles:list' | 'articles:get' | 'articles:save' | 'articles:setStatus' | 'articles:revisions' | 'articles:revision' | 'articles:restore';

export function articleHandlers(library: Library): DomainHandlers<ArticleChannels> {
  const articles = () => requireServices(library).articles;
  return {
    'articles:list': ({ filter, offset, limit }) => articles().list(filter, offset, limit),
    'articles:get': ({ articleId }) => articles().get(articleId),
    'articles:save': (request) => articles().save(request),
    'articles:setStatus': ({ articleId, baseRevision, status }) => articles().setStatus(articleId, baseRevision, status),
    'articles:revisions': ({ articleId }) => articles().revisions(articleId),
    'articles:revision': ({ articleId, revision }) => articles().revision(articleId, revision),
    'articles:restore': ({ articleId, revision, baseRevision }) => articles().restore(articleId, revision, baseRevision),
  };
}
