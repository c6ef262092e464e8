export interface RuleResult {
  text: string;
  changes: number;
}
