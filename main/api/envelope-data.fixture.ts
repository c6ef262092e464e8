// Test support: the data of a dispatch envelope, or the failure as an error that names its code.
import type { ApiEnvelope } from '../../core/api/api-error';

export function data<T>(envelope: ApiEnvelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}
