/**
 * Readings in pinyin that some reposting sites print after a character ("5萬(wàn)人", "實(shí)事",
 * "節(jié)能"): they break every word the parser looks for (实事, 根据, 预期目标), so they are dropped
 * before a document is read, from every source. One syllable of lower-case letters with a tone mark,
 * in brackets, right after a Han character; other brackets ("(a类)", "(2024)") stay.
 */
const READING = /(?<=[\u3400-\u9fff])[(（](?=[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;
/** A tone-marked vowel: most texts have none, and are returned as they are. */
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export function dropReadings(text: string): string {
  return TONE.test(text) ? text.replace(READING, '') : text;
}
