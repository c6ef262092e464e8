// The single entry point both transports call: validates the channel and the
// request against the contract, runs the handler, and wraps the outcome in an
// envelope so errors keep their code across IPC and HTTP alike.
import { ApiError, toFailure, type ApiEnvelope } from '../../core/api/api-error';
import { contract, isChannel, type Channel, type Handlers } from '../../core/api/contract';
import { bilingual } from '../../core/api/bilingual';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<ApiEnvelope<unknown>>;

export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, payload) => {
    try {
      if (!isChannel(channel)) throw new ApiError('not_found', bilingual(`没有这个接口：${String(channel).slice(0, 80)}`, `Unknown channel: ${String(channel).slice(0, 80)}`));
      // Only a request left out entirely (an IPC call without an argument) means {}; null is a wrong shape like any other.
      const parsed = contract[channel].request.safeParse(payload === undefined ? {} : payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ');
        throw new ApiError('invalid', bilingual(`请求无效（${channel}）：${issues}`, `Invalid request for ${channel}: ${issues}`));
      }
      const handler = handlers[channel] as (request: unknown) => unknown;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export type { Channel };
