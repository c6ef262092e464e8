#!/usr/bin/env node
// Runs the TypeScript CLI source through tsx, forwarding arguments and exit code.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
