/**
 * Excel compatibility: the add-in must run on every host that has the manifest's minimum
 * requirement set (ExcelApi 1.9: Excel 2021+, Microsoft 365, Excel on the web). A member above it
 * must sit behind an isSetSupported guard, or Excel 2021 users get an exception mid-import.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OFFICE_DTS,
  checkApiSets,
  compareVersions,
  findApiUses,
  parseApiSetTag,
  parseApiSets,
  readManifestMinVersion,
} from '../../scripts/check-api-sets';

const ROOT = join(__dirname, '..', '..');
// Building a TypeScript program over office-js's 190,000-line declarations takes seconds.
jest.setTimeout(120_000);

describe('the requirement-set check', () => {
  it('reads the minimum from manifest.xml', () => {
    expect(readManifestMinVersion(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'))).toBe('1.9');
  });

  it('reads set tags, including compound ones, and compares versions numerically', () => {
    expect(parseApiSetTag('* [Api set: ExcelApi 1.9]')).toEqual({ set: 'ExcelApi', version: '1.9' });
    expect(parseApiSetTag('[Api set: ExcelApi 1.1 for get, 1.8 for set]')).toEqual({ set: 'ExcelApi', version: '1.1' });
    expect(parseApiSetTag('[Api set: ExcelApiOnline 1.1]')).toEqual({ set: 'ExcelApiOnline', version: '1.1' });
    expect(parseApiSetTag('no tag')).toBeNull();
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.9', '1.9')).toBe(0);
  });

  describe('on a file that uses members below, at and above ExcelApi 1.9', () => {
    let dir: string;
    let uses: ReturnType<typeof findApiUses>;
    const at = (line: number) => uses.filter((u) => u.line === line).map((u) => `${u.member} ${u.status}`);

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'tm-apisets-'));
      const lines = [
        /* 1 */ 'export async function write(values: string[][]): Promise<void> {',
        /* 2 */ '  await Excel.run(async (context) => {',
        /* 3 */ '    const sheet = context.workbook.worksheets.getActiveWorksheet();',
        /* 4 */ '    const range = sheet.getRangeByIndexes(0, 0, values.length, 1);',
        /* 5 */ '    const alias = range;',
        /* 6 */ '    alias.getMergedAreasOrNullObject();',
        /* 7 */ "    if (Office.context.requirements.isSetSupported('ExcelApi', '1.13')) {",
        /* 8 */ '      range.getMergedAreasOrNullObject();',
        /* 9 */ '    }',
        /* 10 */ "    const ok = Office.context.requirements.isSetSupported('ExcelApi', '1.12') ? range.getMergedAreasOrNullObject() : null;",
        /* 11 */ "    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.19')) return;",
        /* 12 */ '    sheet.showDataTypeIcons = false;',
        /* 13 */ '    range.formulaArray = "=1";',
        /* 14 */ "    if (Office.context.requirements.isSetSupported('ExcelApiDesktop', '1.1')) range.formulaArray = '=1';",
        /* 15 */ '    void ok;',
        /* 16 */ '    await context.sync();',
        /* 17 */ '  });',
        /* 18 */ '}',
      ];
      const file = join(dir, 'probe.ts');
      writeFileSync(file, lines.join('\n'));
      uses = findApiUses([file], '1.9', dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('accepts members within the minimum, resolving through local variables', () => {
      expect(at(4)).toEqual(['Worksheet.getRangeByIndexes ok']);
      expect(at(3)).toContain('WorksheetCollection.getActiveWorksheet ok');
    });

    it('flags a member above the minimum used without a guard', () => {
      expect(at(6)).toEqual(['Range.getMergedAreasOrNullObject unguarded']);
    });

    it('accepts an if-guard with a high enough version', () => {
      expect(at(8)).toEqual(['Range.getMergedAreasOrNullObject guarded']);
    });

    it('rejects a guard whose version is lower than the member needs', () => {
      expect(at(10)).toEqual(['Range.getMergedAreasOrNullObject unguarded']);
    });

    it('accepts an early return on an unsupported set for the rest of the block', () => {
      expect(at(12)).toEqual(['Worksheet.showDataTypeIcons guarded']);
    });

    it('treats platform-only sets (ExcelApiDesktop) as never covered by the minimum', () => {
      expect(at(13)).toEqual(['Range.formulaArray unguarded']);
      expect(at(14)).toEqual(['Range.formulaArray guarded']);
    });
  });

  it('agrees with the tags of @types/office-js for the features the README says need ExcelApi 1.9 or less', () => {
    const sets = parseApiSets(readFileSync(OFFICE_DTS, 'utf8'));
    const version = (member: string) => sets.get(member)?.version;
    // The justification of MinVersion 1.9 in the README, member by member.
    expect(version('TableCollection.add')).toBe('1.1');
    expect(version('NamedItemCollection.add')).toBe('1.4');
    expect(version('ConditionalFormatCollection.add')).toBe('1.6');
    expect(version('WorksheetFreezePanes.freezeRows')).toBe('1.7');
    expect(version('Worksheet.onChanged')).toBe('1.7');
    expect(version('Worksheet.getRangeByIndexes')).toBe('1.7');
    expect(version('Range.dataValidation')).toBe('1.8');
    expect(version('PageLayout.setPrintTitleRows')).toBe('1.9');
    expect(version('Worksheet.pageLayout')).toBe('1.9');
  });

  it('src/excel uses no member above the manifest minimum without a guard', () => {
    const { violations, minVersion } = checkApiSets();
    expect(minVersion).toBe('1.9');
    expect(violations.map((v) => `${v.file}:${v.line} ${v.member} needs ${v.requirement?.set} ${v.requirement?.version}`)).toEqual([]);
  });
});
