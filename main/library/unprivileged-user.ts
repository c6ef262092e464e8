// Test support: file modes do not stop root, and the tests run as root in CI.
// To meet a read-only library as a user does, a child process runs as
// `nobody` when we are root (as ourselves otherwise, where modes apply).
import { readFileSync } from 'node:fs';

export interface ChildUser {
  uid?: number;
  gid?: number;
}

export function unprivilegedUser(): ChildUser {
  if (process.getuid?.() !== 0) return {};
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === 'nobody');
  if (!entry) throw new Error('running as root, and no user "nobody" to run a read-only test as');
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
}
