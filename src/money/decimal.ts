/** The only import of decimal.js: a private constructor with 40 significant digits (≥ 34, §4.1). */
import { Decimal } from 'decimal.js';

export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
