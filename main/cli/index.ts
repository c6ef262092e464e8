// The qinggao command line: `qinggao <command> [args]`. Add a command by adding it to COMMANDS.
import { analyzeCommand } from './analyze-command';
import { backupCommand } from './backup-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { restoreCommand } from './restore-command';
import { searchCommand } from './search-command';
import { bilingual } from '../../core/api/bilingual';

export type Command = (argv: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  import: importCommand,
  search: searchCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = `qinggao <${Object.keys(COMMANDS).join('|')}> [args]`;
    process.stderr.write(`${name ? bilingual(`没有这个命令：${name}`, `Unknown command: ${name}`) : bilingual('请指明命令', 'Name a command')}\nusage: ${usage}\n`);
    return 2;
  }
  return command(rest);
}
