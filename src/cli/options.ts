/** `--name value` options and bare `--flag`s of a command, checked against what it accepts. */

export interface OptionSpec {
  required: readonly string[];
  optional?: readonly string[];
  /** Options without a value. */
  flags?: readonly string[];
}

export type Options = Map<string, string | true>;

/** The options, or a Chinese sentence saying what is wrong. */
export function parseOptions(args: readonly string[], spec: OptionSpec): Options | string {
  const out: Options = new Map();
  const valued = new Set([...spec.required, ...(spec.optional ?? [])]);
  const flags = new Set(spec.flags ?? []);
  for (let i = 0; i < args.length; i++) {
    const key = args[i];
    if (flags.has(key)) {
      out.set(key, true);
      continue;
    }
    if (!valued.has(key)) return `未知参数“${key}”`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `参数${key}缺少取值`;
    if (out.has(key)) return `参数${key}重复`;
    out.set(key, value);
    i++;
  }
  for (const required of spec.required) if (!out.has(required)) return `缺少参数${required}`;
  return out;
}

export function optionText(options: Options, key: string): string | undefined {
  const v = options.get(key);
  return typeof v === 'string' ? v : undefined;
}

/** "2024-06" → { year: 2024, month: 6 }, or undefined. */
export function parseMonthArg(value: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) };
}
