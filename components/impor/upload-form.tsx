"use client";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/action-state";
import { initialActionState } from "@/lib/actions/action-state";
import { Field, TABLE_FILE_ACCEPT, fileInputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { formatNumber } from "@/lib/i18n/format";
import { IMPORT_LIMITS } from "@/lib/impor/limits";
import { fileSizeLabel, tooLargeMessage } from "@/lib/table/limits";


interface Picked { name: string; size: number; rows: number | null; problem: string | null }

/** Counts the non-blank lines after the header of a CSV, to show while the server checks it. */
async function countCsvRows(file: File): Promise<number> {
  const text = await file.text();
  let n = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (line.replace(/[,;\s"]/g, "") !== "") n++;
  return Math.max(0, n - 1);
}

function CheckButton({ picked, label = "Periksa berkas" }: { picked: Picked | null; label?: string }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="submit" disabled={pending || !!picked?.problem} aria-disabled={pending || !!picked?.problem}>
          {pending ? "Memeriksa berkas…" : label}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="impor-progress">
        {pending ? `Memeriksa berkas${picked?.rows ? ` (${formatNumber(picked.rows)} baris)` : ""}… Semua baris diperiksa dulu; belum ada yang disimpan.` : ""}
      </p>
    </div>
  );
}

/** Upload a CSV/XLSX: the server checks the whole file and either lists every problem or opens the preview. */
export function UploadForm({ action, hidden, submitLabel }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; hidden?: Record<string, string>; submitLabel?: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [picked, setPicked] = useState<Picked | null>(null);
  const problems = state.fieldErrors?.berkas ?? [];

  async function onPick(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return setPicked(null);
    const ext = file.name.toLowerCase().split(".").pop() ?? "";
    let problem: string | null = null;
    if (file.size > IMPORT_LIMITS.maxBytes) problem = tooLargeMessage(file.size, IMPORT_LIMITS);
    else if (!["csv", "xlsx"].includes(ext)) problem = "Jenis berkas tidak didukung: pilih berkas .csv atau .xlsx.";
    setPicked({ name: file.name, size: file.size, rows: null, problem });
    if (!problem && ext === "csv") {
      const rows = await countCsvRows(file);
      setPicked((p) => (p && p.name === file.name ? { ...p, rows } : p));
    }
  }

  return (
    <form action={formAction} onReset={() => setPicked(null)} className="flex flex-col gap-4" noValidate>
      {Object.entries(hidden ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {state.message ? (
        <Alert tone="error" title={state.message}>
          {problems.length ? (
            <ol id="berkas-masalah" data-testid="impor-errors" className="mt-1 max-h-96 list-none overflow-y-auto pr-2" tabIndex={0} aria-label="Daftar masalah di berkas">
              {problems.map((p, i) => <li key={i} className="border-b border-red-100 py-1 last:border-0">{p}</li>)}
            </ol>
          ) : null}
        </Alert>
      ) : null}
      {/* The server's list of problems sits in the alert above; the file's own problem under the field. */}
      <Field
        name="berkas"
        label="Berkas CSV atau XLSX"
        required
        errors={picked?.problem ? [picked.problem] : undefined}
        describedBy={problems.length ? "berkas-masalah" : undefined}
        invalid={problems.length > 0}
        hint={<>
          Paling besar {fileSizeLabel(IMPORT_LIMITS.maxBytes)} atau {formatNumber(IMPORT_LIMITS.maxRows)} baris. Untuk XLSX hanya lembar pertama yang dibaca.
          {picked && !picked.problem ? <span className="block" data-testid="berkas-info">Dipilih: {picked.name} ({fileSizeLabel(picked.size)}{picked.rows !== null ? `, ${formatNumber(picked.rows)} baris data` : ""})</span> : null}
        </>}
      >
        {(c) => (
          <input
            {...c}
            type="file"
            accept={TABLE_FILE_ACCEPT}
            onChange={onPick}
            className={fileInputClass}
          />
        )}
      </Field>
      <CheckButton picked={picked} label={submitLabel} />
    </form>
  );
}
