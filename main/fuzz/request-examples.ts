// One valid request per channel, with every optional key present, and what may
// be left out or null in it. The wrong-shape generator mutates these; the fuzz
// also sends them as they are. Typed by the contract, so a new channel does not
// compile until it has its example here.
import type { Channel, RequestOf } from '../../core/api/contract';

/** A path into a request: object keys and array indices joined by dots; `*` stands for any array index. */
export type RequestPath = string;

export interface RequestExample<C extends Channel = Channel> {
  request: RequestOf<C>;
  /** Keys whose absence is valid (record entries and optional keys). */
  optional?: RequestPath[];
  /** Values that may be null. */
  nullable?: RequestPath[];
  /** Wrong shapes a type change cannot produce: enum values, negative or huge ids, bad keys. */
  alsoInvalid?: unknown[];
}

export type RequestExamples = { [C in Channel]: RequestExample<C> };

export interface ExampleContext {
  /** A folder the example may write into (exports). */
  scratchDir: string;
  articleId: number;
  pageId: number;
}

const FILTER_PATHS = ['pageId', 'issueDate', 'court', 'theme', 'status', 'dateFrom', 'dateTo', 'pageLabel', 'confirmedOnly'].map((key) => `filter.${key}`);
const HUGE = 2 ** 53 + 2;

export function requestExamples({ scratchDir, articleId, pageId }: ExampleContext): RequestExamples {
  const filter = { pageId, issueDate: '2025-06-27', court: '呼和浩特市中级人民法院', theme: '执行', status: 'raw', dateFrom: '2025-01-01', dateTo: '2025-12-31', pageLabel: '4', confirmedOnly: false } as const;
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3, line: 2 }, content: [{ type: 'text', text: '小标题' }] },
      {
        type: 'paragraph',
        attrs: { line: 3 },
        content: [
          { type: 'text', text: '正文', marks: [{ type: 'bold' }] },
          { type: 'breakPoint', attrs: { breakId: 4, decision: 'join' } },
          { type: 'text', text: '接续' },
        ],
      },
      { type: 'caption', attrs: { line: 5 }, content: [{ type: 'text', text: '图片说明' }] },
    ],
  };
  const docOptional = ['doc.content.*.attrs', 'doc.content.*.attrs.line', 'doc.content.*.attrs.level', 'doc.content.*.content', 'doc.content.*.content.*.marks', 'doc.content.*.content.*.attrs', 'doc.content.*.content.*.attrs.breakId', 'doc.content.*.content.*.attrs.decision'];
  const docNullable = ['doc', 'doc.content.*.attrs.line', 'doc.content.*.content.*.attrs.breakId'];
  const save: RequestOf<'articles:save'> = {
    articleId,
    baseRevision: 1,
    fields: { title: '标题', subtitle: '副题', byline: '署名', dateline: '电头', credit: '供稿' },
    blocks: [{ type: 'paragraph', text: '正文' }],
    doc,
    force: false,
  };
  return {
    'app:info': { request: {} },
    'app:pickFolder': { request: {} },
    'app:showInFolder': { request: { path: scratchDir }, alsoInvalid: [{ path: '' }, { path: 'x'.repeat(5000) }] },
    'settings:get': { request: {} },
    'settings:set': {
      request: { locale: 'zh', autosaveMs: 1000, reviewThreshold: 0.6, acceptThreshold: 0.9, exportDirectory: scratchDir },
      optional: ['locale', 'autosaveMs', 'reviewThreshold', 'acceptThreshold', 'exportDirectory'],
      alsoInvalid: [{ locale: 'fr' }, { autosaveMs: 10 }, { autosaveMs: 1e9 }, { reviewThreshold: 2 }, { acceptThreshold: 1.5 }, { autosaveMs: 500.5 }],
    },
    'library:tree': { request: {} },
    'pages:get': { request: { pageId }, alsoInvalid: [{ pageId: 0 }, { pageId: -1 }, { pageId: HUGE }, { pageId: 1.5 }] },
    'pages:pdf': { request: { pageId }, alsoInvalid: [{ pageId: 0 }, { pageId: -1 }, { pageId: HUGE }, { pageId: 1.5 }, { pageId: '1' }] },
    'pages:setOverrides': {
      request: { pageId, overrides: { breaks: { '3': 'join' }, roles: { '0': 'title' }, articleStarts: [2], undoMoves: [0], normalization: { 'cjk-spacing': false } } },
      optional: ['overrides.breaks', 'overrides.roles', 'overrides.articleStarts', 'overrides.undoMoves', 'overrides.normalization', 'overrides.breaks.3', 'overrides.roles.0', 'overrides.normalization.cjk-spacing'],
      alsoInvalid: [
        { pageId, overrides: { breaks: 'x' } },
        { pageId, overrides: { roles: { '0': 'evil' } } },
        { pageId, overrides: { articleStarts: 'abc' } },
        { pageId, overrides: { undoMoves: 5 } },
        { pageId, overrides: { breaks: { x: 'join' } } },
        { pageId, overrides: { breaks: { '-1': 'join' } } },
        { pageId, overrides: { breaks: { '03': 'join' } } },
        { pageId, overrides: { breaks: { '3': 'maybe' } } },
        { pageId, overrides: { articleStarts: [-1] } },
        { pageId, overrides: { articleStarts: [1.5] } },
        { pageId, overrides: { undoMoves: [HUGE] } },
        { pageId, overrides: { normalization: { 'no-such-rule': true } } },
        { pageId, overrides: { merges: [1] } },
        { pageId: -1, overrides: {} },
      ],
    },
    'articles:list': {
      request: { filter, offset: 0, limit: 10 },
      optional: ['filter', 'offset', 'limit', ...FILTER_PATHS],
      alsoInvalid: [{ limit: 0 }, { limit: 501 }, { offset: HUGE }, { filter: { status: 'lost' } }, { filter: { issueDate: '2025-6-27' } }, { filter: { court: '' } }],
    },
    'articles:get': { request: { articleId }, alsoInvalid: [{ articleId: 0 }, { articleId: -5 }, { articleId: HUGE }, { articleId: 1e300 }] },
    'articles:save': {
      request: save,
      optional: ['force', ...docOptional],
      nullable: ['fields.subtitle', 'fields.byline', 'fields.dateline', 'fields.credit', ...docNullable],
      alsoInvalid: [
        { ...save, doc: '<p>x</p>' },
        { ...save, doc: 42 },
        { ...save, doc: { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] } },
        { ...save, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] } },
        { ...save, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph', content: [] }] }] } },
        { ...save, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] }] }] } },
        { ...save, blocks: [{ type: 'image', text: 'x' }] },
        { ...save, baseRevision: -1 },
        { ...save, fields: { ...save.fields, title: 'x'.repeat(2001) } },
        { articleId, baseRevision: 1, fields: save.fields, blocks: save.blocks },
      ],
    },
    'articles:setStatus': { request: { articleId, baseRevision: 1, status: 'cleaned' }, alsoInvalid: [{ articleId, baseRevision: 1, status: 'deleted' }] },
    'articles:revisions': { request: { articleId }, alsoInvalid: [{ articleId: -1 }] },
    'articles:revision': { request: { articleId, revision: 1 }, alsoInvalid: [{ articleId, revision: 0 }] },
    'articles:restore': { request: { articleId, revision: 1, baseRevision: 1 }, alsoInvalid: [{ articleId, revision: 0, baseRevision: 1 }] },
    'import:text': {
      request: { name: 'fuzz-page.txt', text: '法院专刊\n\n标题\n\n正文第一段。', onDuplicate: 'skip' },
      optional: ['onDuplicate'],
      alsoInvalid: [{ name: '', text: 'x' }, { name: 'x.txt', text: 'x', onDuplicate: 'overwrite' }],
    },
    'import:files': {
      request: { files: [{ name: 'fuzz-page.txt', base64: Buffer.from('标题\n\n正文。').toString('base64') }], onDuplicate: 'keep-both' },
      optional: ['onDuplicate'],
      alsoInvalid: [{ files: [] }, { files: [{ name: '', base64: '' }] }],
    },
    'search:articles': {
      request: { query: '党建', filter, offset: 0, limit: 20 },
      optional: ['filter', 'offset', 'limit', ...FILTER_PATHS],
      alsoInvalid: [{ query: 'x'.repeat(201) }, { query: '党建', limit: 1000 }],
    },
    'export:articles': {
      request: { articleIds: [articleId], filter, format: 'txt', layout: 'per-article', confirmedTagsOnly: false, directory: scratchDir },
      optional: ['articleIds', 'filter', 'layout', 'confirmedTagsOnly', 'directory', ...FILTER_PATHS],
      alsoInvalid: [{ format: 'pdf' }, { format: 'txt', layout: 'per-year' }, { format: 'txt', articleIds: [0] }, { format: 'txt', directory: '' }],
    },
    'tags:vocabulary': { request: {} },
    'tags:article': { request: { articleId }, alsoInvalid: [{ articleId: -1 }] },
    'tags:set': {
      request: { articleId, tags: [{ type: 'court', name: '呼和浩特市中级人民法院', source: 'confirmed' }] },
      alsoInvalid: [{ articleId, tags: [{ type: 'person', name: 'x', source: 'confirmed' }] }, { articleId, tags: [{ type: 'court', name: '', source: 'confirmed' }] }],
    },
    'tags:reject': { request: { articleId, type: 'theme', name: '执行' }, alsoInvalid: [{ articleId, type: 'theme', name: '' }] },
    'tags:bulk': {
      request: { articleIds: [articleId], add: [{ type: 'theme', name: '执行' }], remove: [{ type: 'court', name: '包头市中级人民法院' }] },
      optional: ['add', 'remove'],
      alsoInvalid: [{ articleIds: [] }, { articleIds: [articleId], add: [{ type: 'theme', name: '执行', source: 'confirmed' }] }],
    },
    'vocab:edit': {
      request: { op: { op: 'rename', kind: 'theme', from: '执行', to: '执行工作' } },
      alsoInvalid: [
        { op: { op: 'explode' } },
        { op: { op: 'rename', kind: 'person', from: 'a', to: 'b' } },
        { op: { op: 'rename', kind: 'theme', from: '  ', to: 'b' } },
        { op: { op: 'add-court', court: { name: 'x', level: 'supreme' } } },
        { op: { op: 'add-court', court: { name: 'x', level: 'basic', id: 7 } } },
        { op: { op: 'set-keywords', theme: '执行', keywords: [{ word: 'x', weight: -1 }] } },
      ],
    },
    'vocab:import': { request: { kind: 'themes', format: 'json', content: '[]' }, alsoInvalid: [{ kind: 'people', format: 'json', content: '[]' }, { kind: 'themes', format: 'xml', content: '' }] },
    'vocab:export': { request: { kind: 'courts', format: 'csv' }, alsoInvalid: [{ kind: 'courts', format: 'xlsx' }] },
    'backup:create': { request: {} },
    'backup:list': { request: {} },
    'backup:restore': { request: { file: 'library-2025-01-01.sqlite' }, alsoInvalid: [{ file: '' }, { file: 'x'.repeat(501) }] },
    'library:location': { request: {} },
    // Port 1 on loopback refuses at once: the attempt fails fast and the open library stays.
    'library:connect': {
      request: { kind: 'shared', host: '127.0.0.1', port: 1, database: 'qinggao', user: 'editor', password: 'secret', tls: false, savePassword: false },
      optional: ['password', 'savePassword'],
      alsoInvalid: [{ kind: 'server' }, { kind: 'shared', host: '', port: 1, database: 'q', user: 'u', tls: false }, { kind: 'shared', host: 'h', port: 70_000, database: 'q', user: 'u', tls: false }],
    },
    'library:changes': { request: { articleId }, optional: ['articleId'], alsoInvalid: [{ articleId: 0 }, { articleId: 1.5 }] },
    'library:transfer': { request: { pageIds: [pageId], to: 'shared' }, alsoInvalid: [{ pageIds: [], to: 'shared' }, { pageIds: [pageId], to: 'cloud' }] },
  };
}
