/**
 * The tool's version, read once from package.json (the one place it is written). Lives at the
 * root so commands need not import cli/main.ts (that made an import circle).
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = pkg.version;
