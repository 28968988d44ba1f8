import { guardRoute } from "@/lib/http/route-guard";
import { GIZI_BERKAS_LIMITS, GIZI_BERKAS_MAX_REQUEST_BYTES } from "@/lib/gizi-berkas/protocol";
import { resultStore } from "@/lib/gizi-berkas/store";
import { uploadStream } from "@/lib/gizi-berkas/upload-stream";
import { tooLargeMessage } from "@/lib/table/read-table";

const message = (text: string, status: number) => Response.json({ message: text }, { status, headers: { "Cache-Control": "no-store" } });

/** Batch z-scores: multipart upload (field `berkas`) in, NDJSON progress and result out. */
export async function POST(request: Request) {
  const guard = await guardRoute(request, "gizi.calc");
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  // The proxy buffers at most 10 MB of a request body; a longer body would arrive cut short.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > GIZI_BERKAS_MAX_REQUEST_BYTES) return message(tooLargeMessage(length, GIZI_BERKAS_LIMITS), 413);
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("berkas");
  } catch {
    return message("Unggahan tidak terbaca. Pilih berkas lagi lalu kirim ulang.", 400);
  }
  if (!(file instanceof File)) return message("Pilih berkas CSV atau XLSX terlebih dahulu.", 400);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new Response(uploadStream(resultStore(), viewer.id, file.name, bytes), {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform: compression would hold the progress lines back until the end.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
