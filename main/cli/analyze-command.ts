import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzePage } from '../../core/analysis/analyze-page';
import type { Vocabulary } from '../../core/model/vocabulary';
import { decodePageBytes } from '../decode/decode-page-bytes';
import { formatAnalysis, OUTPUT_FORMATS, type OutputFormat } from './format-analysis';
import { tryLoadDefaultVocabulary } from './vocabulary-loader';
import { bilingual } from '../../core/api/bilingual';
import { toFailure } from '../../core/api/api-error';
import { analyzePdfPage } from '../../core/pdf/analyze-pdf-page';
import type { PageAnalysis } from '../../core/model/page-analysis';
import { readPdf } from '../pdf/read-pdf';

const USAGE = [
  'usage: qinggao analyze FILE... [--stdin] [--out DIR] [--format json|md|txt]',
  '  FILE is a page of text (.txt/.md) or a PDF: a one-page NAME.pdf writes NAME.json (like NAME.txt),',
  '  a PDF of N pages writes NAME-p1.json … NAME-pN.json, one per printed page.',
].join('\n');

interface AnalyzeArguments {
  files: string[];
  stdin: boolean;
  out: string | null;
  format: OutputFormat;
}

function parseArguments(argv: string[]): AnalyzeArguments | string {
  const parsed: AnalyzeArguments = { files: [], stdin: false, out: null, format: 'json' };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--stdin') parsed.stdin = true;
    else if (argument === '--out') {
      const value = argv[++index];
      if (!value) return bilingual('--out 后须跟文件夹', '--out needs a directory');
      parsed.out = value;
    } else if (argument === '--format') {
      const value = argv[++index] as OutputFormat;
      if (!OUTPUT_FORMATS.includes(value)) return bilingual(`--format 须是 ${OUTPUT_FORMATS.join('、')} 之一`, `--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
      parsed.format = value;
    } else if (argument.startsWith('--')) return bilingual(`没有这个选项：${argument}`, `unknown option ${argument}`);
    else parsed.files.push(argument);
  }
  if (!parsed.files.length && !parsed.stdin) return bilingual('没有输入：请给出文件或 --stdin', 'no input: give FILE... or --stdin');
  return parsed;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function write(base: string, analysis: PageAnalysis, options: AnalyzeArguments): void {
  const output = formatAnalysis(analysis, options.format);
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    writeFileSync(path.join(options.out, `${base}.${options.format}`), output);
  } else {
    process.stdout.write(output);
  }
}

const isPdf = (name: string, bytes: Uint8Array) => /\.pdf$/iu.test(name) || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

async function emit(name: string, bytes: Uint8Array, options: AnalyzeArguments, vocabulary: Vocabulary | null): Promise<void> {
  const base = path.basename(name).replace(/\.[^.]*$/u, '') || 'stdin';
  if (isPdf(name, bytes)) {
    const pages = await readPdf(bytes);
    for (const layout of pages) {
      const source = pages.length === 1 ? path.basename(name) : `${path.basename(name)}#page=${layout.pageNumber}`;
      const analysis = analyzePdfPage(layout, { source, vocabulary: vocabulary ?? undefined });
      if (!analysis.lines.length) process.stderr.write(`${source}: ${bilingual('此页没有文字层，需要先进行 OCR', 'this page has no text layer; it needs OCR first')}\n`);
      write(pages.length === 1 ? base : `${base}-p${layout.pageNumber}`, analysis, options);
    }
    return;
  }
  const { text } = decodePageBytes(bytes);
  write(base, analyzePage(text, { source: name, vocabulary: vocabulary ?? undefined }), options);
}

/** `qinggao analyze`: one bad file reports its error and the batch goes on; exit 1 if any failed. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const vocabulary = await tryLoadDefaultVocabulary();
  let failed = 0;
  const inputs: Array<{ name: string; read: () => Promise<Uint8Array> | Uint8Array }> = parsed.files.map((file) => ({
    name: file,
    read: () => new Uint8Array(readFileSync(file)),
  }));
  if (parsed.stdin) inputs.push({ name: 'stdin', read: readStdin });
  for (const input of inputs) {
    try {
      await emit(input.name, await input.read(), parsed, vocabulary);
    } catch (error) {
      failed++;
      process.stderr.write(`${input.name}: ${toFailure(error).error.message}\n`);
    }
  }
  return failed ? 1 : 0;
}
