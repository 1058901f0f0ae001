// Figures added as features land (speech). Kept apart so bench.ts stays the table's skeleton.
import type { Row } from './bench.js';

export interface BenchContext {
  record: (row: Row) => void;
  stats: (samples: number[]) => { median: number; p95: number; min: number; max: number };
  base: number;
  tmp: string;
}

export async function extraBenches(_ctx: BenchContext): Promise<void> {}
