import { LEVEL_FILTER } from "@/lib/kader/label";

/** The level filter's choices, highest first. */
export const LEVEL_OPTIONS = LEVEL_FILTER.map((l) => ({ value: l, label: l === "BELUM" ? "Belum" : l.charAt(0) + l.slice(1).toLowerCase() }));
export const AKTIF_OPTIONS = [{ value: "ya", label: "Aktif" }, { value: "tidak", label: "Tidak aktif" }];
