// Every message a user can meet reads in Chinese first, with the English beside it
// (the UI and the CLI show the same string whatever the UI language), so one
// format serves both: "中文。/ English."
export function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}
