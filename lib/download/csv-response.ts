/**
 * CSV for downloads that people open in Excel: a BOM so that Excel reads UTF-8, CRLF line ends,
 * text cells that start with = + - @ prefixed with ' so that a spreadsheet never runs them, and ";"
 * quoted for an Excel whose list separator is ";" (Indonesian settings).
 */
import { toCsv, type CsvCell } from "../csv/index.ts";

const OPTIONS = { newline: "\r\n", protectFormulas: true, quoteSemicolons: true } as const;

export function csvResponseBody(rows: CsvCell[][]): string {
  return toCsv(rows, { ...OPTIONS, bom: true });
}

/**
 * A CSV download written while it is read: the header first, then each batch of rows as the
 * database hands it over, so that neither the server nor the first byte waits for the whole file.
 * Not compressed, and cannot be from here: Next 16.4 drops a route handler's own Content-Encoding,
 * and its built-in gzip skips every route-handler response because it copies the headers with
 * appendHeader, which turns Content-Type into an array that the compression filter does not
 * recognise (vercel/next.js#98007, fix proposed in #98044; seen here with DEBUG=compression:
 * "[ 'text/csv; charset=utf-8' ] not compressible"). Until that lands, a reverse proxy in front
 * (nginx `gzip_types text/csv`) compresses it.
 */
export function csvStreamResponse(filename: string, header: CsvCell[], batches: AsyncIterable<CsvCell[][]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      const rows = done ? [] : value;
      const text = started ? toCsv(rows, OPTIONS) : toCsv([header, ...rows], { ...OPTIONS, bom: true });
      started = true;
      if (text) controller.enqueue(encoder.encode(text));
      if (done) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
