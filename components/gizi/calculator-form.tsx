import Form from "next/form";
import Link from "next/link";
import { FieldError, RequiredMark } from "@/components/ui/field";
import { CheckboxField, DateField, NumberField, SelectField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/button";
import type { KalkulatorField } from "@/lib/gizi/schemas";

const CARA_HINT = "Anak di bawah 2 tahun diukur berbaring (panjang badan); mulai 2 tahun berdiri (tinggi badan). Bila berbeda, hasil dikoreksi 0,7 cm sesuai WHO.";

const CARA_OPTIONS = [{ value: "l", label: "Berbaring (panjang badan)" }, { value: "h", label: "Berdiri (tinggi badan)" }];

type Errors = Partial<Record<KalkulatorField, string[]>>;

/**
 * The calculator's form. A GET form: the answer is a page of its own (it can be bookmarked, shared
 * with a colleague, and the browser's Back returns to the previous child). Nothing is stored.
 */
export function CalculatorForm({ values, errors, today }: { values: Record<string, string>; errors: Errors; today: string }) {
  const v = (name: KalkulatorField) => values[name] ?? "";
  const text = (name: KalkulatorField, label: string, hint: string, unit: string) => (
    <NumberField name={name} label={`${label} (${unit})`} hint={hint} errors={errors[name]} defaultValue={v(name)} />
  );
  return (
    <Form action="/gizi" className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.jk?.length ? "jk-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          Jenis kelamin<RequiredMark />
        </legend>
        <div className="flex flex-wrap gap-4">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="jk" value="1" defaultChecked={v("jk") === "1"} className="h-5 w-5" /> Laki-laki
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="jk" value="2" defaultChecked={v("jk") === "2"} className="h-5 w-5" /> Perempuan
          </label>
        </div>
        <FieldError id="jk-error" errors={errors.jk} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField name="tgl_lahir" label="Tanggal lahir" errors={errors.tgl_lahir} max={today} defaultValue={v("tgl_lahir")} required />
        <DateField name="tgl_ukur" label="Tanggal pengukuran" errors={errors.tgl_ukur} max={today} defaultValue={v("tgl_ukur") || today} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("bb", "Berat badan", "Contoh: 8,5", "kg")}
        {text("tb", "Panjang/tinggi badan", "Contoh: 72,3", "cm")}
      </div>
      <SelectField name="cara" label="Cara ukur panjang/tinggi" hint={CARA_HINT} errors={errors.cara} defaultValue={v("cara")} placeholder="Tidak dicatat (menurut umur)" options={CARA_OPTIONS} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text("lk", "Lingkar kepala", "Boleh dikosongkan", "cm")}
        {text("lila", "LiLA", "Lingkar lengan atas, mulai umur 3 bulan; boleh dikosongkan", "cm")}
      </div>
      <CheckboxField name="edema" value="ya" label="Ada edema (bengkak) di kedua punggung kaki" errors={errors.edema} defaultChecked={v("edema") === "ya"} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>Hitung status gizi</button>
        <Link href="/gizi" className={buttonClass("secondary")}>Kosongkan</Link>
      </div>
    </Form>
  );
}
