const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSize {
  width: number;
  height: number;
}

/** Reads a PNG's size from its header; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): PngSize {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature)) throw new Error('Not a PNG: wrong signature');
  // The first chunk of every PNG is IHDR: width and height as 32-bit big-endian integers.
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG: no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
