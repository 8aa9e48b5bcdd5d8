/**
 * The JSON contract of `parse` (issue 2): these keys, in this order, whatever order the objects
 * were built in. Diagnostics are not part of it.
 */
import type { ParseResult } from '../domain/model';

export function parseResultJson(result: ParseResult): string {
  const out = {
    tasks: result.tasks.map((t) => ({
      seq: t.seq,
      text: t.text,
      leadLeader: t.leadLeader,
      leadUnit: t.leadUnit,
      units: t.units,
      owners: t.owners,
      deadline: t.deadline,
      livelihood: t.livelihood,
      line: t.line,
    })),
    indicators: result.indicators.map((i) => ({
      id: i.id,
      task: i.task,
      line: i.line,
      quote: i.quote,
      name: i.name,
      kind: i.kind,
      target: i.target,
      max: i.max,
      unit: i.unit,
      cmp: i.cmp,
      livelihood: i.livelihood,
    })),
    qualitative: result.qualitative.map((q) => ({ task: q.task, line: q.line, quote: q.quote, name: q.name, type: q.type })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
