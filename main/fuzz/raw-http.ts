// One HTTP request written byte for byte on a fresh loopback socket, so the
// fuzz can send what no well-behaved client would: broken request lines,
// conflicting headers, lying Content-Lengths.
import { connect } from 'node:net';

export interface RawAnswer {
  /** The status of the answer, or null when the server closed without one or did not answer in time. */
  status: number | null;
  /** The start of the answer (status line, headers, the first bytes of the body). */
  head: string;
  timedOut: boolean;
}

export interface RawHeader {
  name: string;
  value: string;
}

export function rawRequest(method: string, target: string, headers: readonly RawHeader[], body: Buffer | string = '', version = 'HTTP/1.1'): Buffer {
  const head = `${method} ${target} ${version}\r\n${headers.map(({ name, value }) => `${name}: ${value}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), typeof body === 'string' ? Buffer.from(body) : body]);
}

/** Sends `bytes` and resolves once the whole answer has come or the socket is closed or `timeoutMs` passed; then closes the socket. */
export function sendRaw(port: number, bytes: Buffer, timeoutMs = 2_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let settled = false;
    const finish = (timedOut: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve({ status: match ? Number(match[1]) : null, head: received.slice(0, 2_000), timedOut });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('connect', () => socket.write(bytes, () => undefined));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const headerEnd = received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /\r\ncontent-length: (\d+)/i.exec(received.slice(0, headerEnd));
      if (length && Buffer.byteLength(received.slice(headerEnd + 4)) >= Number(length[1])) finish(false);
    });
    socket.on('end', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('error', () => finish(false));
  });
}
