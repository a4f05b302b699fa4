// The character encoding of an imported file. Amazon sends UTF-8 (with or without a BOM) from most
// marketplaces, but Japanese reports downloaded from Seller Central are often Shift_JIS (Windows-31J)
// and older European ones Windows-1252. Detection, from the first 64 KiB:
// 1. a byte-order mark decides (UTF-8, UTF-16 LE/BE);
// 2. bytes that are valid UTF-8 are UTF-8;
// 3. otherwise Windows-31J when the import is for JP (`--marketplace JP`) or the head names Japan
//    (Amazon.co.jp, JPY, Japan), else Windows-1252.
// `--encoding` overrides the detection (any name iconv-lite knows).
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import type { Marketplace } from '../core/catalog/marketplace.js';

export interface FileEncoding {
  /** Canonical name: 'utf8', 'utf16le', 'utf16be', 'windows-31j', 'windows-1252' or the name given. */
  readonly encoding: string;
  /** Bytes of the byte-order mark to skip. */
  readonly bom: number;
}

const JAPAN_HINTS = ['Amazon.co.jp', 'JPY', 'Japan'].map((s) => Buffer.from(s, 'latin1'));

function validUtf8(head: Buffer, whole: boolean): boolean {
  try {
    // `stream: true`: a character cut at the end of the head is not an error (unless it is the whole file).
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

/** True when iconv-lite can decode this encoding name (`--encoding`). */
export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/** The encoding of a file from its first bytes; `given` (`--encoding`) wins, its BOM is still skipped. */
export function detectEncoding(
  head: Buffer,
  hint: { marketplace: Marketplace | null; given?: string | null; whole?: boolean },
): FileEncoding {
  const utf8Bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const le = head.length >= 2 && head[0] === 0xff && head[1] === 0xfe;
  const be = head.length >= 2 && head[0] === 0xfe && head[1] === 0xff;
  if (hint.given) {
    const name = hint.given.toLowerCase().replace(/^utf-8$/, 'utf8');
    const bom = utf8Bom && name === 'utf8' ? 3 : (le || be) && /^utf-?16/.test(name) ? 2 : 0;
    return { encoding: name, bom };
  }
  if (utf8Bom) return { encoding: 'utf8', bom: 3 };
  if (le) return { encoding: 'utf16le', bom: 2 };
  if (be) return { encoding: 'utf16be', bom: 2 };
  if (validUtf8(head, hint.whole ?? false)) return { encoding: 'utf8', bom: 0 };
  const japan = hint.marketplace === 'JP' || JAPAN_HINTS.some((h) => head.includes(h));
  return { encoding: japan ? 'windows-31j' : 'windows-1252', bom: 0 };
}

/** Decodes bytes (the head of a file, after its BOM). */
export function decodeBytes(bytes: Buffer, encoding: string): string {
  return encoding === 'utf8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding, { stripBOM: false });
}

/** The file's text after its BOM, as a stream of decoded strings (multi-byte characters never split). */
export function textStream(path: string, encoding: FileEncoding, chunkBytes = 256 * 1024): AsyncIterable<string> {
  const bytes = createReadStream(path, { start: encoding.bom, highWaterMark: chunkBytes });
  if (encoding.encoding === 'utf8') {
    bytes.setEncoding('utf8');
    return bytes as AsyncIterable<string>;
  }
  const text = iconv.decodeStream(encoding.encoding, { stripBOM: false });
  bytes.on('error', (error) => text.emit('error', error));
  return bytes.pipe(text) as unknown as AsyncIterable<string>;
}
