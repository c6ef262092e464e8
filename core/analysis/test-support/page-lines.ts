/** A raw page from its lines, one to a line and a final newline, as the tests that excerpt pages write them. */
export const page = (...lines: string[]): string => `${lines.join('\n')}\n`;
