import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../../library/temporary-library';
import { checkExportFolder, type ExportFolderRules } from './export-folder-policy';

describe('export folder policy (requests over IPC or HTTP)', () => {
  let root: string;
  let home: string;
  let dataDir: string;
  let rules: ExportFolderRules;
  beforeEach(() => {
    // A temporary HOME holding the data folder where Linux keeps it.
    root = realpathSync(temporaryDir());
    home = join(root, 'home');
    dataDir = join(home, '.config', 'Qinggao');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    mkdirSync(join(dataDir, 'exports'), { recursive: true });
    mkdirSync(join(home, 'Documents'), { recursive: true });
    rules = { dataDir, homeDir: home, pickedFolders: [], env: {}, platform: 'linux' };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const refused = (directory: string, extra: Partial<ExportFolderRules> = {}) => {
    let thrown: unknown = null;
    try {
      checkExportFolder(directory, { ...rules, ...extra });
    } catch (error) {
      thrown = error;
    }
    expect(thrown, directory).toMatchObject({ code: 'invalid', message: expect.stringMatching(/[\u4e00-\u9fff].* \/ .*[A-Za-z]/) });
  };

  it('accepts exports/ and its subfolders, and Documents, Desktop, 文档 and 桌面 (made or not)', () => {
    expect(checkExportFolder(join(dataDir, 'exports'), rules)).toBe(join(dataDir, 'exports'));
    expect(checkExportFolder(join(dataDir, 'exports', '第一批', '六月'), rules)).toBe(join(dataDir, 'exports', '第一批', '六月'));
    expect(checkExportFolder(join(home, 'Documents', 'x'), rules)).toBe(join(home, 'Documents', 'x'));
    expect(checkExportFolder(join(home, 'Desktop'), rules)).toBe(join(home, 'Desktop'));
    expect(checkExportFolder(join(home, '文档', '导出'), rules)).toBe(join(home, '文档', '导出'));
    expect(checkExportFolder(join(home, '桌面', '导出'), rules)).toBe(join(home, '桌面', '导出'));
  });

  it('accepts the XDG documents and desktop folders the user configured', () => {
    mkdirSync(join(home, '.config'), { recursive: true });
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), '# xdg-user-dirs\nXDG_DOCUMENTS_DIR="$HOME/Dokumente"\nXDG_DESKTOP_DIR="/srv/schreibtisch"\nXDG_MUSIC_DIR="$HOME"\n');
    expect(checkExportFolder(join(home, 'Dokumente', 'a'), rules)).toBe(join(home, 'Dokumente', 'a'));
    expect(checkExportFolder('/srv/schreibtisch/b', rules)).toBe('/srv/schreibtisch/b');
    refused(join(home, 'Musik'));
  });

  it('refuses /etc, the home folder and any other folder', () => {
    refused('/etc');
    refused('/etc/cron.d');
    refused(home);
    refused(join(home, 'Downloads'));
    refused('/');
  });

  it('refuses the data folder, backups/ and anything containing them', () => {
    refused(dataDir);
    refused(join(dataDir, 'backups'));
    refused(join(dataDir, 'backups', 'new'));
    refused(join(dataDir, 'other'));
    refused(join(home, '.config'));
    // The data folder inside Documents: Documents itself now contains it.
    const inDocuments = { dataDir: join(home, 'Documents', 'Qinggao') };
    mkdirSync(join(home, 'Documents', 'Qinggao', 'backups'), { recursive: true });
    refused(join(home, 'Documents'), inDocuments);
    refused(join(home, 'Documents', 'Qinggao', 'backups'), inDocuments);
    expect(checkExportFolder(join(home, 'Documents', '导出'), { ...rules, ...inDocuments })).toBe(join(home, 'Documents', '导出'));
  });

  it('refuses relative paths and ../ tricks', () => {
    refused('exports/x');
    refused(join(dataDir, 'exports', '..', 'backups'));
    refused(`${dataDir}/exports/../../../../etc`);
    refused(`${home}/Documents/../../../etc`);
    refused(`${home}/Documents/../.config/Qinggao/backups`);
  });

  it('follows symlinks before judging, so a link cannot lead out', () => {
    symlinkSync('/etc', join(home, 'Documents', 'link'));
    refused(join(home, 'Documents', 'link'));
    refused(join(home, 'Documents', 'link', 'new-folder'));
    symlinkSync(join(dataDir, 'backups'), join(dataDir, 'exports', 'sneaky'));
    refused(join(dataDir, 'exports', 'sneaky', 'x'));
    // A Documents folder that is itself a link to another disk is still Documents.
    const elsewhere = join(root, 'disk', 'docs');
    mkdirSync(elsewhere, { recursive: true });
    symlinkSync(elsewhere, join(home, 'Desktop'));
    expect(checkExportFolder(join(home, 'Desktop', 'a'), rules)).toBe(join(elsewhere, 'a'));
  });

  it('accepts a folder picked with the system picker, and below it, but still never the data folder', () => {
    const picked = join(root, 'usb', '报社');
    mkdirSync(picked, { recursive: true });
    refused(picked);
    expect(checkExportFolder(join(picked, '六月'), { ...rules, pickedFolders: [picked] })).toBe(join(picked, '六月'));
    refused(join(dataDir, 'backups'), { pickedFolders: [dataDir] });
  });
});
