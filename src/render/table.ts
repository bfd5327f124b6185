/** The comparison and schedule tables — PLACEHOLDER, being written (issue #2). */
import type { Lang } from '../policy/types.js';
import type { Evaluation } from '../report/types.js';

export interface TableOptions {
  lang: Lang;
  /** ANSI colour (TTY only, never under NO_COLOR); the caller decides. */
  colour: boolean;
  /** Terminal width in columns; tables fold/group plans to fit (default 120). */
  width: number;
}

/** The comparison (one column per plan, status quo, recommendation marked) then the schedules side by side. */
export function renderPlanTable(_ev: Evaluation, _opts: TableOptions): string {
  return '';
}

/** One plan's full schedule (`--schedule ID`). */
export function renderSchedule(_ev: Evaluation, _planId: string, _opts: TableOptions): string {
  return '';
}
