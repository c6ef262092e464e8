const MATCH_START = '\uE000';
const MATCH_END = '\uE001';

/** Splits a search snippet into plain and matched runs (matches are wrapped in U+E000 … U+E001). */
export function snippetRuns(snippet: string): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let match = false;
  let text = '';
  for (const char of snippet) {
    if (char === MATCH_START || char === MATCH_END) {
      if (text) runs.push({ text, match });
      text = '';
      match = char === MATCH_START;
    } else text += char;
  }
  if (text) runs.push({ text, match });
  return runs;
}

/** Search snippet with matches in <mark>, built as elements: no HTML from the API is ever parsed. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <p className="snippet" data-testid="snippet">
      {snippetRuns(snippet).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </p>
  );
}
