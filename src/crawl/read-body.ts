import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** Content codings we ask for: gov servers compress, and smaller transfers are kinder to them. */
const DECOMPRESSORS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** Drops the rest of a body; undici reports an unread body's teardown as an error, which is expected here. */
export function discard(stream: Readable): void {
  stream.on('error', () => {});
  stream.destroy();
}

/** Reads at most `cap` (decoded) bytes and drops the rest, so a runaway body never fills memory. */
export function readCapped(
  body: Readable,
  encoding: string,
  cap: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const decompress = DECOMPRESSORS[encoding];
  const source: Readable = decompress ? body.pipe(decompress()) : body;
  const chunks: Buffer[] = [];
  let size = 0;
  // Stream events rather than `for await`: this runs once per page, and async iteration costs more.
  return new Promise((resolve, reject) => {
    const release = () => {
      if (source !== body) discard(source);
      discard(body);
    };
    const finish = (truncated: boolean) => {
      release();
      resolve({ bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size), truncated });
    };
    source.on('data', (chunk: Buffer) => {
      const room = cap - size;
      // A chunk that exactly fills the cap is kept; only bytes beyond it make the body truncated.
      if (chunk.byteLength <= room) {
        chunks.push(chunk);
        size += chunk.byteLength;
        return;
      }
      chunks.push(chunk.subarray(0, room));
      size += room;
      source.removeAllListeners('data');
      finish(true);
    });
    source.once('end', () => finish(false));
    source.once('error', (e: Error & { code?: string }) => {
      // A compressed body cut short still holds the list at its top; anything else is a failed read.
      if (decompress && size > 0 && e.code === 'Z_BUF_ERROR') return finish(true);
      release();
      reject(e);
    });
    // An error upstream of the decompressor (the connection) must fail the read too.
    if (source !== body) body.once('error', (e) => source.destroy(e));
  });
}
