import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';

/** `what` names the thing in both languages, e.g. { zh: '稿件', en: 'Article' }. */
export function notFound(what: { zh: string; en: string }, id: number | string): ApiError {
  return new ApiError('not_found', bilingual(`${what.zh} ${id} 不存在。`, `${what.en} ${id} does not exist.`));
}

export function revisionNotFound(articleId: number, revision: number): ApiError {
  return new ApiError('not_found', bilingual(`稿件 ${articleId} 没有第 ${revision} 版。`, `Revision ${revision} of article ${articleId} does not exist.`));
}
