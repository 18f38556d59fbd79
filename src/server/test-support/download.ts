/**
 * A download as a browser sees it: the bytes that arrived and whether the transfer completed
 * (the final chunk of a chunked answer) or was cut off. `cancelAfterBytes` goes away mid-way,
 * as an agent cancelling a download does.
 */
import http, { type IncomingHttpHeaders } from 'node:http';

export interface Download {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The whole answer arrived, final chunk included. */
  complete: boolean;
}

export function download(
  url: string,
  headers: Record<string, string>,
  options: { cancelAfterBytes?: number } = {},
): Promise<Download> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.get(url, { headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (complete: boolean) =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
          complete,
        });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (options.cancelAfterBytes !== undefined && size >= options.cancelAfterBytes) {
          req.destroy();
          done(false);
        }
      });
      res.on('end', () => done(res.complete));
      res.on('error', () => done(false));
      res.on('aborted', () => done(false));
    });
    // Once the answer began, a broken connection is the answer's `complete: false`.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
  });
}
