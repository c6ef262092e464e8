export * from './model/page-doc';
export * from './model/page-analysis';
export * from './model/vocabulary';
