/** The device's draft of a visit: which copy to start from after a reload, counting unsent changes, editing answers. */
import { describe, expect, it } from "vitest";
import { change, chooseStart, confirmSent, parseLocal, pendingCount, setJawaban, syncLabel, upsertById, type Draf, type LocalDraf } from "../../../lib/kunjungan/draf.ts";

const draf = (n = 0): Draf => ({ tanggal: "2026-11-20", jawaban: Array.from({ length: n }, (_, i) => ({ butirId: `b${i}`, nilai: 1, teks: null, na: false, catatan: null, fakta: null })), peserta: [], temuan: [], verifikasi: [] });
const server = { draf: draf(1), versi: "2026-11-20T03:00:00.000Z" };

describe("chooseStart", () => {
  it("no copy on the device: the server's, nothing pending", () => {
    expect(chooseStart(server, null)).toEqual({ draf: server.draf, rev: 0, sentRev: 0, serverVersi: server.versi });
  });
  it("the device holds unsent changes: the device's copy wins, whatever the server's version", () => {
    const local: LocalDraf = { draf: draf(3), rev: 5, sentRev: 2, serverVersi: "2026-11-19T00:00:00.000Z" };
    expect(chooseStart(server, local)).toBe(local);
  });
  it("everything sent and the page is older than the last send (served from the offline cache): the device's copy", () => {
    const local: LocalDraf = { draf: draf(3), rev: 4, sentRev: 4, serverVersi: "2026-11-20T04:00:00.000Z" };
    expect(chooseStart(server, local)).toBe(local);
    expect(chooseStart({ ...server, versi: local.serverVersi! }, local)).toBe(local);
  });
  it("everything sent and the server changed since (another device): the server's", () => {
    const local: LocalDraf = { draf: draf(3), rev: 4, sentRev: 4, serverVersi: "2026-11-20T02:59:59.999Z" };
    expect(chooseStart(server, local).draf).toBe(server.draf);
  });
});

describe("counting changes until the server has them", () => {
  it("each change counts one; a confirmed send clears the changes it carried, not later ones", () => {
    let l: LocalDraf = chooseStart(server, null);
    l = change(l, (d) => setJawaban(d, "a", { nilai: 1 }));
    l = change(l, (d) => setJawaban(d, "b", { nilai: 0 }));
    const sentAt = l.rev;
    l = change(l, (d) => setJawaban(d, "c", { nilai: 4 }));
    expect(pendingCount(l)).toBe(3);
    l = confirmSent(l, sentAt, "2026-11-20T05:00:00.000Z");
    expect(pendingCount(l)).toBe(1);
    expect(l.serverVersi).toBe("2026-11-20T05:00:00.000Z");
    // A late answer to an older send never moves the mark back.
    l = confirmSent(l, 1, "2026-11-20T05:00:01.000Z");
    expect(pendingCount(l)).toBe(1);
  });
  it("the words shown", () => {
    expect(syncLabel({ pending: 0, online: true, sending: false, error: null })).toBe("Tersimpan di server");
    expect(syncLabel({ pending: 3, online: false, sending: false, error: null })).toBe("Menunggu sinyal: 3 perubahan belum terkirim");
    expect(syncLabel({ pending: 2, online: true, sending: true, error: null })).toBe("Mengirim 2 perubahan…");
    expect(syncLabel({ pending: 2, online: true, sending: false, error: "Ditolak." })).toBe("Ditolak.");
  });
});

describe("editing", () => {
  it("setJawaban creates an answer or changes part of it, keeping the rest", () => {
    let d = setJawaban(draf(), "x", { nilai: 3 });
    expect(d.jawaban).toEqual([{ butirId: "x", nilai: 3, teks: null, na: false, catatan: null, fakta: null }]);
    d = setJawaban(d, "x", { catatan: "dicek" });
    expect(d.jawaban).toEqual([{ butirId: "x", nilai: 3, teks: null, na: false, catatan: "dicek", fakta: null }]);
  });
  it("upsertById replaces in place or appends", () => {
    expect(upsertById([{ id: "a", v: 1 }, { id: "b", v: 2 }], { id: "a", v: 9 })).toEqual([{ id: "a", v: 9 }, { id: "b", v: 2 }]);
    expect(upsertById([{ id: "a", v: 1 }], { id: "c", v: 3 })).toEqual([{ id: "a", v: 1 }, { id: "c", v: 3 }]);
  });
  it("parseLocal: anything unreadable counts as no copy", () => {
    expect(parseLocal(null)).toBeNull();
    expect(parseLocal("{oops")).toBeNull();
    expect(parseLocal(JSON.stringify({ draf: { jawaban: "x" }, rev: 1, sentRev: 0 }))).toBeNull();
    const ok: LocalDraf = { draf: draf(1), rev: 1, sentRev: 0, serverVersi: null };
    expect(parseLocal(JSON.stringify(ok))).toEqual(ok);
  });
});
