"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../supervisi/aturan.ts";
import { ZAmbangSupervisiForm, ZButirForm, ZDomainForm, ZDrafBaru, ZGeser, ZInstrumenBaru } from "./schemas.ts";
import { createInstrumen, createNextDraft, deleteButir, deleteDomain, discardDraft, moveButir, moveDomain, publishDraft, saveButir, saveDomain } from "./dal.ts";

function refresh() {
  revalidatePath("/supervisi", "layout");
}
const page = (id: string, q = "") => ({ redirectTo: `/supervisi/instrumen/${id}${q}` });

export const createInstrumenAction = protectedAction("katalog.manage", ZInstrumenBaru, async (viewer, input) => {
  const { id } = await createInstrumen(viewer, input);
  refresh();
  return page(id, "?disimpan=baru");
});

export const createNextDraftAction = protectedAction("katalog.manage", ZDrafBaru, async (viewer, input) => {
  const { id } = await createNextDraft(viewer, input);
  refresh();
  return page(id, "?disimpan=draf");
});

export const saveDomainAction = protectedAction("katalog.manage", ZDomainForm, async (viewer, input) => {
  const { instrumenId } = await saveDomain(viewer, input);
  refresh();
  return page(instrumenId, "?disimpan=domain");
});

export const deleteDomainAction = protectedAction("katalog.manage", ZId, async (viewer, input) => {
  const { instrumenId } = await deleteDomain(viewer, input.id);
  refresh();
  return page(instrumenId, "?dihapus=domain");
});

export const moveDomainAction = protectedAction("katalog.manage", ZGeser, async (viewer, input) => {
  const { instrumenId } = await moveDomain(viewer, input);
  refresh();
  return page(instrumenId, `#domain-${input.id}`);
});

export const saveButirAction = protectedAction("katalog.manage", ZButirForm, async (viewer, input) => {
  const { instrumenId, id } = await saveButir(viewer, input);
  refresh();
  return page(instrumenId, `?disimpan=butir#butir-${id}`);
});

export const deleteButirAction = protectedAction("katalog.manage", ZId, async (viewer, input) => {
  const { instrumenId } = await deleteButir(viewer, input.id);
  refresh();
  return page(instrumenId, "?dihapus=butir");
});

export const moveButirAction = protectedAction("katalog.manage", ZGeser, async (viewer, input) => {
  const { instrumenId } = await moveButir(viewer, input);
  refresh();
  return page(instrumenId, `#butir-${input.id}`);
});

export const publishDraftAction = protectedAction("katalog.manage", ZId, async (viewer, input) => {
  const { id } = await publishDraft(viewer, input.id);
  refresh();
  return page(id, "?disimpan=terbit");
});

export const discardDraftAction = protectedAction("katalog.manage", ZId, async (viewer, input) => {
  await discardDraft(viewer, input.id);
  refresh();
  return { redirectTo: "/supervisi/instrumen?dibuang=1" };
});

// The threshold rule: stored per kabupaten (lib/pengaturan); submitted visits keep the category they got.
export const saveAmbangSupervisiAction = protectedAction("katalog.manage", ZAmbangSupervisiForm, async (viewer, input) => {
  await saveAturan(viewer, ATURAN_AMBANG_SUPERVISI, input);
  refresh();
  return { redirectTo: "/supervisi/aturan?disimpan=1" };
});

export const resetAmbangSupervisiAction = protectedAction("katalog.manage", z.object({}), async (viewer) => {
  await resetAturan(viewer, ATURAN_AMBANG_SUPERVISI);
  refresh();
  return { redirectTo: "/supervisi/aturan?disimpan=bawaan" };
});
