/** "2024-07-05 09:30": when a form was merged, a month closed, a change logged (local time, as
 *  the clerk's clock says). */
export function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
