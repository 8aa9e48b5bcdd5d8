/**
 * A clerk's formula inside a table, as Excel shows it ("=[@目标值]*2", "=SUM([目标值])"), is the
 * interface's shorthand: a file stores structured references in full, with the table's name
 * ("指标表[[#This Row],[目标值]]", "指标表[目标值]"). Written short into a file, Excel would not
 * parse them. Text in quotes is left alone; references that already name a table are kept.
 */
export function fullStructuredReferences(formula: string, table: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // Text: up to the closing quote ("" is an escaped quote).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = out[out.length - 1];
    if (ch === '[' && !(before !== undefined && /[\p{L}\p{N}_.\]]/u.test(before))) {
      const m = /^\[@(\[[^\]]+\]|[^\]]+)\]|^\[([^\]@#]+)\]/u.exec(formula.slice(i));
      if (m) {
        if (m[1] !== undefined) {
          const column = m[1].startsWith('[') ? m[1] : `[${m[1]}]`;
          out += `${table}[[#This Row],${column}]`;
        } else out += `${table}[${m[2]}]`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
