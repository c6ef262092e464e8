import { ApiError } from '../../core/api/api-error';

export function notFound(what: string, id: number | string): ApiError {
  return new ApiError('not_found', `${what} ${id} does not exist.`);
}
