import "server-only";
/**
 * The upload's answer as an NDJSON stream: progress lines while the rows are computed, then one
 * `selesai` line (the result is stored for its uploader) or one `gagal` line (nothing is stored).
 */
import { processUpload } from "./process.ts";
import type { ResultStore } from "./store.ts";
import type { StreamLine } from "./protocol.ts";

const encoder = new TextEncoder();

export function uploadStream(store: ResultStore, userId: string, fileName: string, bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: StreamLine) => controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
      let lastSent = 0;
      try {
        const outcome = await processUpload(fileName, bytes, {
          onProgress(phase, done, total) {
            // At most ~10 lines a second for the row counter; phase starts and ends always go out.
            const t = Date.now();
            if (done !== 0 && done !== total && t - lastSent < 100) return;
            lastSent = t;
            send({ t: "progress", phase, done, total });
          },
        });
        if (!outcome.ok) {
          send({ t: "gagal", message: outcome.message });
        } else {
          const { csv, fileBaseName, delimiter, summary, headerProblems, preview } = outcome.value;
          const { id, expiresAt } = store.put({ userId, fileBaseName, delimiter, csv: Buffer.from(csv, "utf8") });
          send({ t: "selesai", id, expiresAt, fileBaseName, summary, headerProblems, preview });
        }
      } catch (error) {
        console.error("gizi/berkas: pemrosesan gagal", error);
        send({ t: "gagal", message: "Terjadi kesalahan saat memproses berkas. Coba lagi; bila terulang, simpan ulang berkas sebagai .csv." });
      }
      controller.close();
    },
  });
}
