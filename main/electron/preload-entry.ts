// Bundled to dist/electron/preload.cjs and run sandboxed. Kept here because
// main/electron/ is the only place that imports electron; the bridge itself is
// defined in preload/.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../preload/create-bridge';

contextBridge.exposeInMainWorld(
  'qinggao',
  createBridge((ipcChannel, channel, request) => ipcRenderer.invoke(ipcChannel, channel, request)),
);
