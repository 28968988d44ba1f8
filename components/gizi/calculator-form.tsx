import Form from "next/form";
import Link from "next/link";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { KalkulatorField } from "@/lib/gizi/schemas";

const CARA_HINT = "Anak di bawah 2 tahun diukur berbaring (panjang badan); mulai 2 tahun berdiri (tinggi badan). Bila berbeda, hasil dikoreksi 0,7 cm sesuai WHO.";

type Errors = Partial<Record<KalkulatorField, string[]>>;

/**
 * The calculator's form. A GET form: the answer is a page of its own (it can be bookmarked, shared
 * with a colleague, and the browser's Back returns to the previous child). Nothing is stored.
 */
export function CalculatorForm({ values, errors, today }: { values: Record<string, string>; errors: Errors; today: string }) {
  const v = (name: KalkulatorField) => values[name] ?? "";
  const text = (name: KalkulatorField, label: string, hint: string, unit: string, required = false) => (
    <Field name={name} label={`${label} (${unit})`} hint={hint} errors={errors[name]} required={required}>
      <input
        id={name}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={v(name)}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={describedBy(name, errors[name], hint)}
        className={inputClass}
      />
    </Field>
  );
  return (
    <Form action="/gizi" className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">
          Jenis kelamin<span className="text-red-700" aria-hidden> *</span>
        </legend>
        <div className="flex flex-wrap gap-4" aria-describedby={errors.jk?.length ? "jk-error" : undefined}>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="jk" value="1" defaultChecked={v("jk") === "1"} className="h-5 w-5" /> Laki-laki
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="jk" value="2" defaultChecked={v("jk") === "2"} className="h-5 w-5" /> Perempuan
          </label>
        </div>
        {errors.jk?.length ? <p id="jk-error" role="alert" className="text-sm text-red-700">{errors.jk.join(" ")}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="tgl_lahir" label="Tanggal lahir" errors={errors.tgl_lahir} required>
          <input id="tgl_lahir" name="tgl_lahir" type="date" max={today} defaultValue={v("tgl_lahir")} aria-invalid={errors.tgl_lahir?.length ? true : undefined} aria-describedby={describedBy("tgl_lahir", errors.tgl_lahir)} className={inputClass} />
        </Field>
        <Field name="tgl_ukur" label="Tanggal pengukuran" errors={errors.tgl_ukur} required>
          <input id="tgl_ukur" name="tgl_ukur" type="date" max={today} defaultValue={v("tgl_ukur") || today} aria-invalid={errors.tgl_ukur?.length ? true : undefined} aria-describedby={describedBy("tgl_ukur", errors.tgl_ukur)} className={inputClass} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("bb", "Berat badan", "Contoh: 8,5", "kg")}
        {text("tb", "Panjang/tinggi badan", "Contoh: 72,3", "cm")}
      </div>
      <Field name="cara" label="Cara ukur panjang/tinggi" hint={CARA_HINT} errors={errors.cara}>
        <select id="cara" name="cara" defaultValue={v("cara")} aria-describedby={describedBy("cara", errors.cara, CARA_HINT)} className={inputClass}>
          <option value="">Tidak dicatat (menurut umur)</option>
          <option value="l">Berbaring (panjang badan)</option>
          <option value="h">Berdiri (tinggi badan)</option>
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("lk", "Lingkar kepala", "Boleh dikosongkan", "cm")}
        {text("lila", "LiLA", "Lingkar lengan atas, mulai umur 3 bulan; boleh dikosongkan", "cm")}
      </div>
      <label className="inline-flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="edema" value="ya" defaultChecked={v("edema") === "ya"} className="h-5 w-5" />
        Ada edema (bengkak) di kedua punggung kaki
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>Hitung status gizi</button>
        <Link href="/gizi" className={buttonClass("secondary")}>Kosongkan</Link>
      </div>
    </Form>
  );
}
