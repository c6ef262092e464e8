// All UI strings, by domain. Adding a domain is one import and one entry below;
// its keys become `t('<domain>.<key>')`.
import { common } from './common';
import { library } from './library';
import { importing } from './importing';
import { exporting } from './exporting';
import { tags } from './tags';
import { vocabulary } from './vocabulary';
import { workspace } from './workspace';
import { structure } from './structure';
import { pageView } from './page-view';
import { sharedLibrary } from './shared-library';

export const messages = {
  common,
  library,
  import: importing,
  export: exporting,
  tags,
  vocabulary,
  workspace,
  structure,
  pageView,
  sharedLibrary,
} as const;
