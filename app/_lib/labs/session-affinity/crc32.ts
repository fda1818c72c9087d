/**
 * CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum nginx's ngx_crc32.h computes.
 * nginx builds its hash keys and its consistent-hash points from it, so the model has to use the same one.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** ngx_crc32_init: the running value before any bytes. */
export const CRC32_INIT = 0xffffffff;

/** ngx_crc32_update: feed bytes into a running (not yet finalised) CRC. */
export function crc32Update(crc: number, bytes: ArrayLike<number>): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c >>> 0;
}

/** ngx_crc32_update over an ASCII string, without building a byte array (the lab hashes 10,000 keys a round). */
export function crc32UpdateText(crc: number, text: string): number {
  let c = crc;
  for (let i = 0; i < text.length; i++) c = TABLE[(c ^ text.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return c >>> 0;
}

/** ngx_crc32_final. */
export const crc32Final = (crc: number): number => (crc ^ 0xffffffff) >>> 0;

/** Latin-1 bytes of an ASCII string: addresses, ports and numbers are all ASCII. */
export function asciiBytes(text: string): number[] {
  const bytes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** ngx_crc32_long / ngx_crc32_short: CRC-32 of a whole string. */
export const crc32 = (text: string): number => crc32Final(crc32UpdateText(CRC32_INIT, text));
