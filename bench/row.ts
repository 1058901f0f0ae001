// One figure the bench prints: its own file, so bench.ts and the figures it runs (extra.ts) do not
// import each other.
export interface Row {
  figure: string;
  median: number;
  spread: string;
  unit: string;
  ratio?: string;
  target?: string;
  note?: string;
}
