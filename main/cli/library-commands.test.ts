import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, temporaryDir } from '../library/temporary-library';
import { unprivilegedUser } from '../library/unprivileged-user';
import { captureCliOutput } from './captured-output.fixture';
import { runCli } from './index';

const QINGGAO = resolve(import.meta.dirname, '../../bin/qinggao.mjs');

function damageHeader(data: string): void {
  const descriptor = openSync(join(data, 'library.sqlite'), 'r+');
  writeSync(descriptor, Buffer.alloc(4096, 0x33), 0, 4096, 0);
  closeSync(descriptor);
}

describe('library CLI commands', () => {
  const cli = captureCliOutput();

  it('imports, searches, exports, backs up, checks, and restores a damaged library', async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, SEEDS_DIR])).toBe(0);
    expect(cli.output).toContain('imported 5');
    expect(await runCli(['search', '--data', data, '党建'])).toBe(0);
    expect(cli.output).toMatch(/\[党建\]/);
    const out = temporaryDir();
    expect(await runCli(['export', '--data', data, '--format', 'txt', '--out', out])).toBe(0);
    expect(readdirSync(out).length).toBeGreaterThan(5);
    expect(await runCli(['backup', '--data', data])).toBe(0);
    const backup = /backed up to (\S+)/.exec(cli.output)![1];
    expect(await runCli(['check', '--data', data])).toBe(0);

    const descriptor = openSync(join(data, 'library.sqlite'), 'r+');
    writeSync(descriptor, Buffer.alloc(4096, 0x33), 0, 4096, 0);
    closeSync(descriptor);
    expect(await runCli(['check', '--data', data])).toBe(1);
    expect(cli.errors).toContain('damaged');
    expect(cli.errors).toContain(`qinggao restore --data ${data} ${backup}`);
    expect(await runCli(['search', '--data', data, '党建'])).toBe(1);
    expect(await runCli(['restore', '--data', data, backup])).toBe(0);
    expect(await runCli(['check', '--data', data])).toBe(0);
  });

  it('never answers from a new empty library when --data names no library', async () => {
    const empty = temporaryDir();
    for (const command of [['search', '--data', empty, '党建'], ['check', '--data', empty], ['backup', '--data', empty], ['export', '--data', empty, '--format', 'txt', '--out', temporaryDir()]]) {
      expect(await runCli(command), command[0]).toBe(1);
    }
    expect(cli.errors).toContain(`No library in ${empty}`);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('restores a backup named as the README does (backups/NAME.sqlite) or by its full path, never one from elsewhere, and leaves no -wal/-shm beside it', async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, SEEDS_DIR])).toBe(0);
    expect(await runCli(['backup', '--data', data])).toBe(0);
    const backup = /backed up to (\S+)/.exec(cli.output)![1];
    damageHeader(data);
    expect(await runCli(['restore', '--data', data, join(temporaryDir(), backup)])).toBe(1);
    expect(cli.errors).toMatch(/只能从文库的备份文件夹.* \/ Only backups in the library's backups folder/);
    expect(await runCli(['restore', '--data', data, `backups/${backup}`])).toBe(0);
    expect(await runCli(['check', '--data', data])).toBe(0);
    damageHeader(data);
    expect(await runCli(['restore', '--data', data, join(data, 'backups', backup)])).toBe(0);
    expect(await runCli(['check', '--data', data])).toBe(0);
    expect(readdirSync(join(data, 'backups')).filter((file) => /-(wal|shm)$/.test(file) && file.startsWith(backup))).toEqual([]);
  });

  it('check names backups that cannot be restored and offers only a sound one', async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, SEEDS_DIR])).toBe(0);
    expect(await runCli(['backup', '--data', data])).toBe(0);
    const backup = /backed up to (\S+)/.exec(cli.output)![1];
    // What a backup killed mid-copy used to leave: a 0-byte file with a backup's name, newer than the good one.
    writeFileSync(join(data, 'backups', '2099-01-01T00-00-00-000Z_manual.sqlite'), '');
    expect(await runCli(['check', '--data', data])).toBe(0);
    expect(cli.output).toContain(`latest verified backup: ${backup}`);
    expect(cli.errors).toMatch(/备份 2099-01-01T00-00-00-000Z_manual\.sqlite 不能恢复（empty \(0 bytes\)）.* \/ warning: the backup 2099-01-01T00-00-00-000Z_manual\.sqlite cannot be restored/);
    expect(await runCli(['backup', '--data', data, '--list'])).toBe(0);
    expect(cli.output).toContain('2099-01-01T00-00-00-000Z_manual.sqlite  0.0 MB  manual  (不能恢复 / cannot be restored: empty (0 bytes))');
    damageHeader(data);
    expect(await runCli(['check', '--data', data])).toBe(1);
    expect(cli.errors).toContain(`qinggao restore --data ${data} ${backup}`);
  });

  it('on a read-only library (run as a user who may not write it): backup finishes, import fails with the message', { timeout: 180_000 }, async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, SEEDS_DIR])).toBe(0);
    expect(await runCli(['backup', '--data', data])).toBe(0);
    chmodSync(data, 0o777);
    chmodSync(join(data, 'backups'), 0o777);
    chmodSync(join(data, 'library.sqlite'), 0o444);
    const cli = (...args: string[]) => spawnSync(process.execPath, [QINGGAO, ...args], { ...unprivilegedUser(), encoding: 'utf8', timeout: 60_000 });
    // Twice: the second meets the read-only -shm the first left, where the backup used to spin forever.
    for (const run of [1, 2]) {
      const backup = cli('backup', '--data', data);
      expect(backup.signal, `run ${run}: ${backup.stderr}`).toBeNull();
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/backed up to \S+_manual\.sqlite/);
      expect(backup.stderr).toMatch(/文库是只读的.* \/ The library is read-only/);
    }
    const imported = cli('import', '--data', data, SEEDS_DIR);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/修改不会保存。 \/ The library is read-only .*changes are not saved/);
    // The refusal is said once, not once on opening and again when the import is refused.
    expect(imported.stderr.match(/The library is read-only/g), imported.stderr).toHaveLength(1);
    expect(readdirSync(join(data, 'backups')).filter((file) => !file.endsWith('.sqlite'))).toEqual([]);
  });

  it('imports Big5, damaged UTF-8 and form-fed files saying how each was read, and takes --encoding', async () => {
    const data = temporaryDir();
    const folder = temporaryDir();
    const traditional = '呼和浩特市中級人民法院開展普法宣傳活動\n\n本報訊　為進一步增強群眾法治意識，法院組織幹警走進社區，圍繞婚姻家庭、民間借貸等問題開展普法宣傳。\n';
    writeFileSync(join(folder, 'big5.txt'), iconv.encode(traditional, 'big5'));
    writeFileSync(join(folder, 'damaged.txt'), Buffer.concat([Buffer.from('法院开展普法宣传活动\n\n本报讯　法院组织干警'), Buffer.from([0xff]), Buffer.from('走进社区开展普法宣传。\n')]));
    writeFileSync(join(folder, 'issue.txt'), '法院开展普法宣传活动\n\n本报讯　法院组织干警走进社区。\f法院审理一起借贷纠纷\n\n本报讯　法院依法判决被告还款。\f');
    expect(await runCli(['import', '--data', data, folder])).toBe(0);
    expect(cli.output).toContain('big5.txt: 编码 big5 / encoding big5');
    expect(cli.output).toContain('damaged.txt: 第 3 行有 1 处无法识别的字节，已替换为 � / 1 unreadable byte(s) on line 3, replaced by �');
    expect(cli.output).toContain('issue.txt: 已按换页符拆为 2 个版面 / split into 2 pages at form feeds');
    expect(cli.output).toContain('imported 3');

    const forced = temporaryDir();
    expect(await runCli(['import', '--data', forced, '--encoding', 'gb18030', join(folder, 'big5.txt')])).toBe(0);
    expect(cli.output).toContain('big5.txt: 编码 gb18030 / encoding gb18030');
    expect(await runCli(['import', '--data', forced, '--encoding', 'latin1', folder])).toBe(2);
    expect(cli.errors).toContain('--encoding must be one of auto, utf-8, gb18030, big5, utf-16le, utf-16be');
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect(await runCli(['search', '党建'])).toBe(2);
    expect(cli.errors).toContain('--data DIR is required');
    expect(await runCli(['export', '--data', temporaryDir(), '--format', 'pdf'])).toBe(2);
    expect(cli.errors).toContain('--format must be one of');
    expect(await runCli(['frobnicate'])).toBe(2);
  });
});
