/**
 * Excel's fill handle on a formula: what a fillDown column's cells hold in Excel after the adapter
 * writes the first row and calls Range.autoFill. Each case is what Excel writes when the formula
 * is copied `delta` rows down.
 */
import { rowShifter, shiftFormulaRows } from '../../src/workbook/formulaShift';

describe('shiftFormulaRows', () => {
  test.each([
    // relative rows move
    ['=A7', 1, '=A8'],
    ['=A7', 10, '=A17'],
    ['=$A7', 2, '=$A9'],
    ['=a7+b7', 1, '=a8+b8'],
    ['=A7:N7', 3, '=A10:N10'],
    ['=SUM($B3:$D3)*2', 1, '=SUM($B4:$D4)*2'],
    ['=XFD1', 1, '=XFD2'],
    // absolute rows do not
    ['=$A$7', 5, '=$A$7'],
    ['=A$7', 5, '=A$7'],
    ['=$A$1:$B7', 1, '=$A$1:$B8'],
    // whole columns and whole rows
    ['=SUM(A:A)', 4, '=SUM(A:A)'],
    ['=SUM($A:$C)', 4, '=SUM($A:$C)'],
    ['=SUM(3:5)', 2, '=SUM(5:7)'],
    ['=SUM($3:$5)', 2, '=SUM($3:$5)'],
    ['=SUM($3:5)', 2, '=SUM($3:7)'],
    // sheet-qualified references, the sheet name itself untouched
    ["='进度'!A7", 1, "='进度'!A8"],
    ["='A7'!A7", 1, "='A7'!A8"],
    ["='it''s B2'!$C2", 1, "='it''s B2'!$C3"],
    ['=AB1!C3', 1, '=AB1!C4'],
    ['=Sheet1!C3', 1, '=Sheet1!C4'],
    // text literals are data
    ['="A7"&A7', 1, '="A7"&A8'],
    ['="say ""B2"" here"&B2', 2, '="say ""B2"" here"&B4'],
    ['=TEXT(ROUND(H3,1),"0.0")&"1-2月"', 1, '=TEXT(ROUND(H4,1),"0.0")&"1-2月"'],
    // defined names, functions and numbers are not references
    ['=TM_F_1+INDEX(TM_F_FIG,$P3,1)', 1, '=TM_F_1+INDEX(TM_F_FIG,$P4,1)'],
    ['=LOG10(A1)', 1, '=LOG10(A2)'],
    ['=ATAN2(B2,C2)', 1, '=ATAN2(B3,C3)'],
    ['=_xlfn.CONCAT(A1)', 1, '=_xlfn.CONCAT(A2)'],
    ['=指标A1+A1', 1, '=指标A1+A2'],
    ['=1E5+A1*2.5E-3', 1, '=1E5+A2*2.5E-3'],
    ['=ROUND(A1,6)+12', 3, '=ROUND(A4,6)+12'],
    ['=ABCD1+A1', 1, '=ABCD1+A2'],
    ['=TRUE()', 1, '=TRUE()'],
    // structured references
    ['=进度表[@[状态]]&B2', 1, '=进度表[@[状态]]&B3'],
    // upwards, and off the sheet
    ['=A7', -6, '=A1'],
    ['=A7+$B7', -7, '=#REF!+#REF!'],
    ["='s'!A1", -1, "='s'!#REF!"],
    ['=A1048576', 1, '=#REF!'],
  ])('%s moved %i rows → %s', (formula, delta, expected) => {
    expect(shiftFormulaRows(formula, delta)).toBe(expected);
  });

  test('delta 0 and a formula without relative rows are returned as they are', () => {
    expect(shiftFormulaRows('=A7', 0)).toBe('=A7');
    expect(shiftFormulaRows('=TM_MONTH&"月"', 9)).toBe('=TM_MONTH&"月"');
  });

  test('rowShifter parses once and agrees with shiftFormulaRows for every row', () => {
    const f = '=IF($L3=0,"",INDEX(TM_I_NAME,$O3)&"")&\'进度\'!A$2&SUM(3:3)';
    const shift = rowShifter(f);
    for (const k of [0, 1, 2, 50, 9_999]) expect(shift(k)).toBe(shiftFormulaRows(f, k));
    expect(shift(9_999)).toBe('=IF($L10002=0,"",INDEX(TM_I_NAME,$O10002)&"")&\'进度\'!A$2&SUM(10002:10002)');
  });
});
