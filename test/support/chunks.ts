// Bytes cut into chunks, as a stream delivers a file: for the readers that must give the same
// result however their input is cut.

/** The bytes cut at the given offsets (cuts may fall inside a quote, a CRLF or a UTF-8 character). */
export function cut(bytes: Buffer, at: number[]): Buffer[] {
  const offsets = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const end of [...offsets, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  return chunks;
}

/** The bytes in chunks of `size` bytes. */
export function inChunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}
