/** Types for bench/gen-accounts.mjs (used by the batch tests and fixtures). */
export interface Rng {
  (): number;
  int(lo: number, hi: number): number;
  chance(pct: number): boolean;
}
export function rng(seed: number): Rng;
export function yuan(fen: number): string;
export const COLUMNS: string[];
export function generateAccount(i: number, r: Rng): Record<string, string>;
export function csvLineOf(a: Record<string, string>): string;
export function ndjsonLineOf(a: Record<string, string>): string;
