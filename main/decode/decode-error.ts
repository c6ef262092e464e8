export type DecodeErrorReason = 'binary' | 'undecodable';

/** A file that is not text the engine can read; `message` is Chinese and English. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly reason: DecodeErrorReason,
    message: string,
  ) {
    super(message);
  }
}
