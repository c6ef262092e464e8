// The renderer's one way to reach main. Uses the Electron bridge when the
// preload put one on window, otherwise the loopback HTTP harness with the
// per-run token it was opened with. Either way callers get typed results or an
// ApiError with its code.
import { ApiError, type ApiEnvelope } from '../../core/api/api-error';
import type { Channel, QinggaoApi, QinggaoBridge, RequestOf, ResponseOf } from '../../core/api/contract';
import { LIBRARY_READ_ONLY_EVENT } from './library-read-only-event';

declare global {
  interface Window {
    qinggao?: QinggaoBridge;
  }
}

const TOKEN_KEY = 'qinggao.token';

/** The harness URL carries ?token=…; keep it for this tab and take it out of the address bar. */
function harnessToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function unwrap<T>(envelope: ApiEnvelope<T>): T {
  if (envelope.ok) return envelope.data;
  if (envelope.error.code === 'readonly') window.dispatchEvent(new Event(LIBRARY_READ_ONLY_EVENT));
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
}

function httpApi(): QinggaoApi {
  const token = harnessToken();
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Qinggao-Token': token },
        body: JSON.stringify(request ?? {}),
      });
      if (response.status === 401) throw new ApiError('unauthorized', 'The web session token is missing or wrong: open the URL printed by `npm run web`.');
      return unwrap((await response.json()) as ApiEnvelope<ResponseOf<C>>);
    },
  };
}

function bridgeApi(bridge: QinggaoBridge): QinggaoApi {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      return unwrap(await bridge.invoke(channel, request));
    },
  };
}

export const api: QinggaoApi = window.qinggao ? bridgeApi(window.qinggao) : httpApi();
export const transport: 'electron' | 'http' = window.qinggao ? 'electron' : 'http';
