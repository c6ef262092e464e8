// Errors that cross the API keep a machine-readable code so the UI can offer
// the right way out (reload on conflict, restore a backup when damaged, …).
import { describeFailure } from './describe-failure';

/**
 * `busy`: the request was turned away because another of its kind is under way (the harness's import queue is full); the same request may be sent again later.
 * `unreachable`: a shared library's server could not be reached (network, host, port, TLS); nothing was changed.
 */
export type ApiErrorCode = 'invalid' | 'not_found' | 'conflict' | 'damaged' | 'unauthorized' | 'unsupported' | 'readonly' | 'busy' | 'unreachable' | 'failed';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiFailure {
  ok: false;
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

export interface ApiSuccess<T> {
  ok: true;
  data: T;
}

export type ApiEnvelope<T> = ApiSuccess<T> | ApiFailure;

/** An ApiError as it was thrown; anything else (a disk full, a file missing, SQLite busy …) described from its cause. */
export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
  return { ok: false, error: describeFailure(error) };
}
