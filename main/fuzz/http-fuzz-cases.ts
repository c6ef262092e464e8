// Random requests for the web harness: odd paths (%, %%, overlong, unicode,
// ../), odd headers (foreign Host, doubled token, huge cookie, lying or broken
// Content-Length, bad chunking) and odd bodies (invalid JSON, deep nesting,
// wrong shapes of every channel, and valid requests among them).
import { CHANNELS, type Channel } from '../../core/api/contract';
import type { RawHeader } from './raw-http';
import { rawRequest } from './raw-http';
import type { RequestExamples } from './request-examples';
import type { Random } from './seeded-random';
import { randomJson, randomWrongShape } from './wrong-shapes';

export interface FuzzTarget {
  port: number;
  token: string;
  examples: RequestExamples;
}

export interface FuzzCase {
  description: string;
  bytes: Buffer;
  /** The channel, when the case is a well-formed API call whose answer is an envelope. */
  channel: Channel | null;
}

const ODD_PATHS = [
  '/api/%',
  '/api/%%',
  '/api/%E0%A4%A',
  '/api/%00',
  '/api/',
  '/api/articles%3Aget',
  '/api/../../etc/passwd',
  '/api/文章:get',
  '/api/articles:get?x=%',
  `/api/${'a'.repeat(4_000)}`,
  '/%',
  '/%%',
  '/..%2f..%2fetc%2fpasswd',
  '/../../etc/passwd',
  '/favicon.ico',
  '/index.html',
  '/?token=%',
  '//',
  '//[',
  '/\u00e9',
  '*',
  'http://evil.example/api/app:info',
  `/${'x/'.repeat(2_000)}`,
];
const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'BREW', ''];
const NESTING = 50_000;

function bodies(random: Random, target: FuzzTarget, channel: Channel): { description: string; body: string } {
  const roll = random.next();
  if (roll < 0.2) return { description: 'valid request', body: JSON.stringify(target.examples[channel].request) };
  if (roll < 0.75) {
    const shape = randomWrongShape(target.examples[channel], random);
    return { description: `wrong shape: ${shape.description.slice(0, 120)}`, body: JSON.stringify(shape.request) ?? '' };
  }
  return random.pick([
    { description: 'invalid JSON', body: '{not json' },
    { description: 'truncated JSON', body: JSON.stringify(target.examples[channel].request).slice(0, -1) },
    { description: 'deeply nested array', body: '['.repeat(NESTING) + ']'.repeat(NESTING) },
    { description: 'deeply nested object', body: '{"a":'.repeat(NESTING) + '1' + '}'.repeat(NESTING) },
    { description: 'deep nesting in a field', body: `{"pageId":${'['.repeat(NESTING)}${']'.repeat(NESTING)}}` },
    { description: 'binary body', body: String.fromCharCode(...Array.from({ length: 64 }, () => random.integer(256))) },
    { description: 'empty body', body: '' },
    { description: 'JSON null', body: 'null' },
    { description: 'random JSON', body: JSON.stringify(randomJson(random)) ?? 'null' },
    { description: 'huge string', body: JSON.stringify({ query: 'x'.repeat(300_000) }) },
  ]);
}

function apiHeaders(target: FuzzTarget, body: string): RawHeader[] {
  return [
    { name: 'Host', value: `127.0.0.1:${target.port}` },
    { name: 'X-Qinggao-Token', value: target.token },
    { name: 'Content-Type', value: 'application/json' },
    { name: 'Content-Length', value: String(Buffer.byteLength(body)) },
    { name: 'Connection', value: 'close' },
  ];
}

/** A header change that keeps the request parseable or breaks it on purpose. */
function headerTwist(random: Random, target: FuzzTarget, headers: RawHeader[], body: string): { description: string; headers: RawHeader[] } {
  const without = (name: string) => headers.filter((header) => header.name.toLowerCase() !== name);
  return random.pick([
    { description: 'foreign Host', headers: [...without('host'), { name: 'Host', value: `evil.example:${target.port}` }] },
    { description: 'no Host', headers: without('host') },
    { description: 'two Host headers', headers: [...headers, { name: 'Host', value: 'evil.example' }] },
    { description: 'Host with a bad port', headers: [...without('host'), { name: 'Host', value: '127.0.0.1:99999999' }] },
    { description: 'two token headers', headers: [...headers, { name: 'X-Qinggao-Token', value: target.token }] },
    { description: 'wrong token', headers: [...without('x-qinggao-token'), { name: 'X-Qinggao-Token', value: 'x'.repeat(target.token.length) }] },
    { description: 'huge cookie', headers: [...headers, { name: 'Cookie', value: `qinggao_token=${'c'.repeat(12_000)}` }] },
    { description: 'oversized headers', headers: [...headers, { name: 'X-Filler', value: 'f'.repeat(20_000) }] },
    { description: 'Content-Length not a number', headers: [...without('content-length'), { name: 'Content-Length', value: 'abc' }] },
    { description: 'negative Content-Length', headers: [...without('content-length'), { name: 'Content-Length', value: '-1' }] },
    { description: 'two different Content-Lengths', headers: [...headers, { name: 'Content-Length', value: String(Buffer.byteLength(body) + 7) }] },
    { description: 'Content-Length far beyond the body', headers: [...without('content-length'), { name: 'Content-Length', value: String(150 * 1024 * 1024) }] },
    { description: 'Content-Length beyond any number', headers: [...without('content-length'), { name: 'Content-Length', value: '99999999999999999999999' }] },
    { description: 'Content-Length shorter than the body', headers: [...without('content-length'), { name: 'Content-Length', value: String(Math.max(0, Buffer.byteLength(body) - 3)) }] },
    { description: 'chunked and Content-Length', headers: [...headers, { name: 'Transfer-Encoding', value: 'chunked' }] },
    { description: 'header without a value', headers: [...headers, { name: 'X-Empty', value: '' }] },
    { description: 'header with a control character', headers: [...headers, { name: 'X-Odd', value: 'a\u0001b' }] },
    { description: 'non-ASCII header', headers: [...headers, { name: 'X-Name', value: Buffer.from('文章').toString('latin1') }] },
  ]);
}

export function randomFuzzCase(random: Random, target: FuzzTarget): FuzzCase {
  const roll = random.next();
  if (roll < 0.6) {
    const channel = random.pick(CHANNELS);
    const { description, body } = bodies(random, target, channel);
    const headers = apiHeaders(target, body);
    if (random.chance(0.8)) return { description: `${channel}: ${description}`, bytes: rawRequest('POST', `/api/${channel}`, headers, body), channel };
    const twist = headerTwist(random, target, headers, body);
    return { description: `${channel}: ${description}; ${twist.description}`, bytes: rawRequest('POST', `/api/${channel}`, twist.headers, body), channel: null };
  }
  if (roll < 0.75) {
    // A chunked body, well-formed or not.
    const channel = random.pick(CHANNELS);
    const body = JSON.stringify(target.examples[channel].request);
    const headers = apiHeaders(target, body).filter((header) => header.name !== 'Content-Length');
    const chunked = random.pick([
      { description: 'chunked', body: `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n` },
      { description: 'bad chunk size', body: `zz\r\n${body}\r\n0\r\n\r\n` },
      { description: 'chunk larger than announced', body: `2\r\n${body}\r\n0\r\n\r\n` },
      { description: 'chunked without the last chunk', body: `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n` },
    ]);
    return { description: `${channel}: ${chunked.description}`, bytes: rawRequest('POST', `/api/${channel}`, [...headers, { name: 'Transfer-Encoding', value: 'chunked' }], chunked.body), channel: null };
  }
  const path = random.chance(0.8) ? random.pick(ODD_PATHS) : `/${(JSON.stringify(randomJson(random)) ?? '').slice(0, 200)}`;
  // Mostly POST, so odd paths reach the API's own path handling, not only the method check.
  const method = random.chance(0.6) ? 'POST' : random.pick(METHODS);
  const version = random.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', '']);
  return oddPathCase(target, method, path, random.chance(0.5) ? '{}' : '', version);
}

function oddPathCase(target: FuzzTarget, method: string, path: string, body: string, version = 'HTTP/1.1'): FuzzCase {
  const headers = [
    { name: 'Host', value: `127.0.0.1:${target.port}` },
    { name: 'X-Qinggao-Token', value: target.token },
    { name: 'Cookie', value: `qinggao_token=${target.token}` },
    { name: 'Content-Length', value: String(body.length) },
    { name: 'Connection', value: 'close' },
  ];
  return { description: `${method || '(no method)'} ${path.slice(0, 80)} ${version}`, bytes: rawRequest(method, path, headers, body, version), channel: null };
}

/** Every odd path once as POST and once as GET, with the token: the cases a random run may miss. */
export function oddPathCases(target: FuzzTarget): FuzzCase[] {
  return ODD_PATHS.flatMap((path) => [oddPathCase(target, 'POST', path, '{}'), oddPathCase(target, 'GET', path, '')]);
}
