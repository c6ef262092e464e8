// `qinggao <command> …`: the staff CLI over the same services as the app.
import { backupCommand } from './backup-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { restoreCommand } from './restore-command';
import { searchCommand } from './search-command';

export const commands: Record<string, (argv: string[]) => Promise<number>> = {
  import: importCommand,
  search: searchCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    process.stderr.write(`usage: qinggao <${Object.keys(commands).join('|')}> …\n`);
    return 2;
  }
  return command(rest);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
