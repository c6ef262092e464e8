/** What this run of the app did with folders, for the checks that depend on it (export targets, revealing). */
export interface SessionFolders {
  /** Folders the editor picked with the system's folder picker. */
  picked: Set<string>;
  /** Folders an export wrote into. */
  exported: Set<string>;
}

export function createSessionFolders(): SessionFolders {
  return { picked: new Set(), exported: new Set() };
}
