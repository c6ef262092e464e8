import type { Handlers } from '../../../core/api/contract';
import type { Library } from '../../library/library';
import type { LibraryHost } from '../../library/library-host';

/** What only the desktop shell can do; main/electron provides it, the web harness does not. */
export interface DesktopShell {
  pickFolder(): Promise<string | null>;
  /** Reveals the file or folder selected in its parent folder; never opens it. Called only for paths reveal-policy allows. */
  showInFolder(path: string): void;
}

export interface HandlerContext {
  transport: 'electron' | 'http';
  version: string;
  dataDir: string;
  desktop?: DesktopShell;
  /** Opens and switches libraries (local or shared); absent where the library is fixed (most tests). */
  host?: LibraryHost;
  /** The editor's home folder, whose Documents and Desktop exports may go to; os.homedir() unless a test names one. */
  homeDir?: string;
}

export type DomainHandlers<Channels extends keyof Handlers> = Pick<Handlers, Channels>;
export type DomainFactory<Channels extends keyof Handlers> = (library: Library, context: HandlerContext) => DomainHandlers<Channels>;
