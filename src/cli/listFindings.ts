/** Findings on stderr, one line each in the clerk's words; past the first 20, a count of the rest. */
import { describeFinding } from '../app/messages';
import type { Finding } from '../domain/findings';
import type { CliIo } from './command';

export const MAX_LISTED = 20;

export function listFindings(io: CliIo, findings: readonly Finding[], label: string): void {
  for (const f of findings.slice(0, MAX_LISTED)) io.stderr(`${label}：${describeFinding(f)}\n`);
  if (findings.length > MAX_LISTED) io.stderr(`${label}：另有${findings.length - MAX_LISTED}处未列出（共${findings.length}处）\n`);
}
