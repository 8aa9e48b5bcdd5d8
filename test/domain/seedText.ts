/** Reads a seed document (test fixture) as text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS = {
  report2023: '000_944c3e97a995c1db.txt',
  yiyang: '001_a3c28763f215a6f6.txt',
  bundle: '002_6ca40ee2ecc3ed1b.txt',
  lukou: '003_f63b25ad495e4c38.txt',
  miluo: '004_51bcf80d7e327ab3.txt',
} as const;

export function seedText(file: string): string {
  return readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8');
}
