import { describe, expect, it } from "vitest";
import { foldNama, maskNik } from "../../../lib/sasaran/nama.ts";

describe("foldNama", () => {
  it("drops case, spaces, punctuation, digits and accents", () => {
    expect(foldNama("  SITI   Aminah ")).toBe("sitiaminah");
    expect(foldNama("Nur Hayati")).toBe(foldNama("Nurhayati"));
    expect(foldNama("Ni Made Dwi-Astuti, S.Pd.")).toBe("nimadedwiastutispd");
    expect(foldNama("André Müller")).toBe("andremuler");
    expect(foldNama("Bayi Ny. Sari 2")).toBe("bayinysari");
    expect(foldNama("")).toBe("");
    expect(foldNama("123 - ..")).toBe("");
  });

  it("maps old Indonesian spellings to the current ones", () => {
    expect(foldNama("Soekarno")).toBe(foldNama("Sukarno"));
    expect(foldNama("Djoko")).toBe(foldNama("Joko"));
    expect(foldNama("Tjahjadi")).toBe(foldNama("Cahyadi"));
    expect(foldNama("Sjahrir")).toBe(foldNama("Syahrir"));
    expect(foldNama("Njoman")).toBe(foldNama("Nyoman"));
    expect(foldNama("Jusuf")).toBe(foldNama("Yusuf"));
    expect(foldNama("Chairul")).toBe(foldNama("Khairul"));
    expect(foldNama("Khairul")).toBe(foldNama("Hairul"));
  });

  it("maps variant spellings of Arabic-origin names and doubled letters", () => {
    expect(foldNama("Muhammad")).toBe(foldNama("Muhamad"));
    expect(foldNama("Moehammad")).toBe(foldNama("Muhamad"));
    expect(foldNama("Ramadhan")).toBe(foldNama("Ramadan"));
    expect(foldNama("Fathimah")).toBe(foldNama("Fatimah"));
    expect(foldNama("Shinta")).toBe(foldNama("Syinta"));
    expect(foldNama("Taufiq")).toBe(foldNama("Taufik"));
    expect(foldNama("Novi")).toBe(foldNama("Nofi"));
    expect(foldNama("Anna")).toBe("ana");
    expect(foldNama("Saadah")).toBe("sadah");
  });

  it("reads spellings within a word only, never across a space", () => {
    expect(foldNama("Muhamad Joko")).toBe("muhamadyoko");
    expect(foldNama("Moehammad Djoko")).toBe(foldNama("Muhamad Joko"));
    expect(foldNama("Ahmad Jais")).toBe("ahmadyais");
    expect(foldNama("Agus Jaya")).toBe("agusyaya");
    expect(foldNama("Rahmat Jahja")).toBe(foldNama("Rahmat Yahya"));
  });

  it("keeps different names apart", () => {
    expect(foldNama("Siti")).not.toBe(foldNama("Sari"));
    expect(foldNama("Budi")).not.toBe(foldNama("Bude"));
  });

  it("is at most 120 characters and stable when folded twice", () => {
    expect(foldNama("a b".repeat(100)).length).toBeLessThanOrEqual(120);
    for (const n of ["Moehammad Djoko", "Tjut Nja' Dhien", "Chairil Anwar"]) expect(foldNama(foldNama(n))).toBe(foldNama(n));
  });
});

describe("maskNik", () => {
  it("shows the first and last four digits only", () => {
    expect(maskNik("3519012345670001")).toBe("3519••••••••0001");
    expect(maskNik(null)).toBeNull();
    expect(maskNik("")).toBeNull();
  });
});
