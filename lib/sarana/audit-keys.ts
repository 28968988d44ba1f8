/**
 * The field names of a kit save's audit row (lib/sarana/dal.ts): "sarana:<kode>" per item,
 * "prasarana:<field>" per premises field; the kit page labels them for the history. Pure.
 */
export const auditKeySarana = (kode: string) => `sarana:${kode}`;
export const auditKeyPrasarana = (field: string) => `prasarana:${field}`;
