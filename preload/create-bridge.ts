// The object the preload script exposes as `window.qinggao`: one invoke over the
// typed contract and nothing else (no ipcRenderer, no Node). Unknown channels
// are refused here too, before they reach main.
import { isChannel, type QinggaoBridge } from '../core/api/contract';
import type { ApiEnvelope } from '../core/api/api-error';

export const IPC_CHANNEL = 'qinggao:invoke';

export type IpcInvoke = (ipcChannel: string, channel: string, request: unknown) => Promise<unknown>;

export function createBridge(ipcInvoke: IpcInvoke): QinggaoBridge {
  const bridge: QinggaoBridge = {
    transport: 'electron',
    async invoke(channel, request) {
      if (!isChannel(channel)) return { ok: false, error: { code: 'not_found', message: `Unknown channel: ${String(channel)}` } };
      return (await ipcInvoke(IPC_CHANNEL, channel, request)) as ApiEnvelope<never>;
    },
  };
  return Object.freeze(bridge);
}
