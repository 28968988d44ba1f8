/**
 * The parts of the posyandu-day screen that its first paint (who came, the search) does not need: the
 * entry form with its live feedback (lib/pemeriksaan/nilai, the questionnaires, the classifiers), the
 * z-score computation and the new-person form with its check. They load right after the screen is up,
 * before anyone is picked, and the screen waits for them before handing its files to the worker
 * (use-offline), so they are there without a signal too. This keeps the screen's first-load
 * JavaScript within the 150 kB gzip budget of a kader's phone (docs/bench-js.md).
 */
export const muatEntri = () => import("@/components/pemeriksaan/entri-form");
export const muatDaftar = () => import("./daftar-baru");
export const muatGizi = () => Promise.all([import("@/lib/pertumbuhan/compute-core"), import("@/lib/pertumbuhan/lms-build")]);

/** Everything above, loaded once. */
export function muatSemua(): Promise<unknown> {
  return Promise.all([muatEntri(), muatDaftar(), muatGizi()]);
}
