// A PDF at the size limit through the loopback harness, as the browser sends and
// reads it: the import's body (base64 in JSON, within the 160 MB body limit) and
// the page view's answer (the whole stored file, base64) both carry about 132 MB.
// Client and server share this process: about 2 GB at the peak, 30 s when idle.
// (Before open-pdf.ts put back the JSON.stringify pdf.js's polyfill replaces,
// the answer alone took minutes and ran out of heap.)
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BYTE_LIMIT } from '../../core/import/import-byte-limit';
import { createHandlers } from '../api/create-handlers';
import { createDispatch } from '../api/dispatch';
import { openTemporaryLibrary } from '../library/temporary-library';
import { pdfFixture } from '../pdf/make-test-pdf.fixture';
import { createWebServer } from './create-web-server';

const token = 'pdf-token';
let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
let server: Server;
let base: string;

beforeAll(async () => {
  opened = await openTemporaryLibrary({ seeded: false });
  const dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir }));
  server = createWebServer({ staticDir: opened.dataDir, token, dispatch });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await opened.dispose();
});

async function call<T>(channel: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${channel}`, { method: 'POST', body: JSON.stringify(body), headers: { 'X-Qinggao-Token': token } });
  const envelope = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.data;
}

/**
 * A real PDF grown to `size` bytes by a comment after its end, then the same
 * trailer again: pdf.js finds the cross-reference table where it always was.
 */
function paddedPdf(size: number): Buffer {
  const pdf = pdfFixture('import-page.pdf');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(pdf.subarray(-64).toString('latin1'))![1];
  const tail = Buffer.from(`\nstartxref\n${startxref}\n%%EOF\n`, 'latin1');
  const padding = Buffer.alloc(size - pdf.length - tail.length, 0x20);
  padding.write('\n%', 0, 'latin1');
  return Buffer.concat([pdf, padding, tail]);
}

describe('a PDF near the 100 MB limit over HTTP', () => {
  it('imports from a base64 body and comes back whole to the page view', async () => {
    const pdf = paddedPdf(IMPORT_BYTE_LIMIT - 1024 * 1024);
    const digest = createHash('sha256').update(pdf).digest('hex');
    const report = await call<{ items: { status: string; pageId: number }[] }>('import:files', { files: [{ name: '整期.pdf', base64: pdf.toString('base64') }] });
    expect(report.items[0].status).toBe('imported');
    const page = await call<{ analysis: { geometry?: { pdfPage: number } } }>('pages:get', { pageId: report.items[0].pageId });
    expect(page.analysis.geometry?.pdfPage).toBe(1);
    const answer = await call<{ pdfPage: number; data: string }>('pages:pdf', { pageId: report.items[0].pageId });
    expect(answer.pdfPage).toBe(1);
    expect(createHash('sha256').update(Buffer.from(answer.data, 'base64')).digest('hex')).toBe(digest);
  }, 180_000);
});
