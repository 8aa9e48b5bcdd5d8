/** What a file is by its first bytes, whatever its name says. */

export function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** OLE compound file: Word 97-2003 .doc, .xls, WPS .wps, and also any password-protected .docx/.xlsx. */
export function isOle(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/**
 * An encrypted Office 2007+ file is an OLE container holding a stream named "EncryptedPackage";
 * its directory entry spells the name in UTF-16LE.
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!isOle(bytes)) return false;
  const needle = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
