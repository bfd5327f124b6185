/**
 * JSON without binary floats: every number literal is turned into a string holding its exact
 * text before JSON.parse sees it, so `{"principal": 1e5}` reaches the amount parser as "1e5"
 * (and is refused there) instead of becoming the double 100000. The scanner lives in
 * src/text/json.ts with the other strict-JSON checks (nesting depth, repeated keys).
 */
import { quoteJsonNumbers } from '../text/json.js';

export { quoteJsonNumbers };

/** JSON.parse with every number kept as its literal text. */
export function parseJsonExact(text: string): unknown {
  try {
    return JSON.parse(quoteJsonNumbers(text));
  } catch (error) {
    // report the syntax error at its position in the text as written
    JSON.parse(text);
    throw error;
  }
}
