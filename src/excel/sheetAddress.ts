/** Splitting Office.js addresses ("'My Sheet'!A1:F80") into sheet and range. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { sheet: '', range: address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(i + 1) };
}
