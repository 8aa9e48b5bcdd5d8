/**
 * Marks left in a paragraph by the tool that turned the original document into text. They are not
 * words of the document: markdown bold would end up inside a quote ("**重大项目**"), and a
 * footnote mark between a number and its unit would split the target ("增长7.5%^[3]以上").
 */

/** `^[13]` anywhere, and `[2]` glued to the text before it. A `[1]` at the start of a line is kept:
 *  it starts a glossary entry (001's 名词解释), which the section finder recognises by it. */
const FOOTNOTE = /\^\[\d{1,3}\]|(?<=\S)\[\d{1,3}\]/g;
const BOLD = /\*\*/g;
/** Word bookmarks kept by the converter: "[bookmark: _Hlk159334027]8.实施电网巩固提升工程" (002 l.1745). */
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

export function cleanInline(text: string): string {
  // Most lines hold none of these marks: a plain search is cheaper than three regex passes.
  if (!text.includes('[') && !text.includes('*')) return text;
  return text.replace(BOOKMARK, '').replace(BOLD, '').replace(FOOTNOTE, '');
}
