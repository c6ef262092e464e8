import type { Handlers } from '../../../core/api/contract';
import type { Library } from '../../library/library';

export interface HandlerContext {
  transport: 'electron' | 'http';
  version: string;
  dataDir: string;
}

export type DomainHandlers<Channels extends keyof Handlers> = Pick<Handlers, Channels>;
export type DomainFactory<Channels extends keyof Handlers> = (library: Library, context: HandlerContext) => DomainHandlers<Channels>;
