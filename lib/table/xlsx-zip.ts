import "server-only";
/**
 * The zip layer of an uploaded XLSX, with caps checked before any XML is parsed. An XLSX is a zip:
 * a 1 MB file can unpack to gigabytes (a "zip bomb"), so the declared sizes are not trusted: every
 * part the reader needs is inflated once here, counting bytes and stopping at the cap.
 * The parts are then handed on in the order exceljs' streaming reader wants (workbook, styles,
 * shared strings, then the first sheet), so that it never spools a sheet to a temporary file.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";

interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  /** Where the compressed bytes start. */
  dataAt: number;
}

export type XlsxParts =
  | { ok: true; zip: Buffer }
  | { ok: false; problem: "unreadable" }
  | { ok: false; problem: "too-large"; capBytes: number };

export interface XlsxCaps {
  /** Unpacked bytes of the parts read (workbook, styles, shared strings, first sheet) together. */
  maxUnpackedBytes: number;
  /** Unpacked bytes of xl/sharedStrings.xml, which exceljs keeps in memory as strings. */
  maxSharedStringsBytes: number;
}

/** Small XML parts (workbook, relationships) are inflated whole: they are read here. */
const SMALL_PART_BYTES = 1024 * 1024;

function readEntries(bytes: Buffer): ZipEntry[] | null {
  // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end of the file.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const packedSize = bytes.readUInt32LE(at + 20);
    // Zip64 markers: no spreadsheet that fits our upload limits needs them.
    if (packedSize === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return null;
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataAt + packedSize > bytes.length) return null;
    entries.push({
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      packedSize,
      dataAt,
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

const packed = (bytes: Buffer, e: ZipEntry) => bytes.subarray(e.dataAt, e.dataAt + e.packedSize);

/** The unpacked size of an entry, or "over" as soon as it passes `budget`; null if it does not inflate. */
function unpackedSize(bytes: Buffer, e: ZipEntry, budget: number): Promise<number | "over" | null> {
  if (e.method === 0) return Promise.resolve(e.packedSize > budget ? "over" : e.packedSize);
  if (e.method !== 8) return Promise.resolve(null);
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        resolve("over");
      }
    });
    inflate.on("end", () => resolve(size));
    inflate.on("error", () => resolve(null));
    inflate.end(packed(bytes, e));
  });
}

function smallText(bytes: Buffer, e: ZipEntry | undefined): string | null {
  if (!e) return null;
  try {
    if (e.method === 0) return packed(bytes, e).toString("utf8");
    if (e.method === 8) return inflateRawSync(packed(bytes, e), { maxOutputLength: SMALL_PART_BYTES }).toString("utf8");
  } catch {
    // Too large or corrupt: treated as missing.
  }
  return null;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s(?:[\\w-]+:)?${name}="([^"]*)"`).exec(tag)?.[1];

/** The zip path of the workbook's first sheet (by the order of <sheets>, not of the zip). */
function firstSheetPath(workbookXml: string | null, relsXml: string | null, names: readonly string[]): string | undefined {
  const sheetTag = workbookXml ? /<(?:[\w-]+:)?sheet\s[^>]*>/.exec(workbookXml)?.[0] : undefined;
  const relId = sheetTag ? attribute(sheetTag, "id") : undefined;
  if (relId && relsXml) {
    for (const tag of relsXml.match(/<(?:[\w-]+:)?Relationship\s[^>]*>/g) ?? []) {
      if (attribute(tag, "Id") !== relId) continue;
      const target = attribute(tag, "Target") ?? "";
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      if (names.includes(path)) return path;
    }
  }
  // No usable workbook.xml: the lowest-numbered sheet.
  return names
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a.slice(14))?.[0]) - Number(/\d+/.exec(b.slice(14))?.[0]))[0];
}

/** A zip (local entries, central directory) of the given parts, their compressed bytes copied as they are. */
function rezip(parts: readonly { name: string; method: number; crc: number; data: Buffer; size: number }[]): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

const EMPTY_SHARED_STRINGS = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

/**
 * Checks the caps and returns a zip with only what the reader needs, in reading order. exceljs
 * streams a sheet straight through only when it has seen the relationships and shared strings
 * first; otherwise it writes the sheet to a temporary file. A workbook without shared strings (as
 * streaming writers save) gets an empty table for that reason.
 */
export async function xlsxPartsForReading(input: Uint8Array, caps: XlsxCaps): Promise<XlsxParts> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = readEntries(bytes);
  if (!entries) return { ok: false, problem: "unreadable" };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get("xl/_rels/workbook.xml.rels");
  const workbook = byName.get("xl/workbook.xml");
  if (!rels || !workbook) return { ok: false, problem: "unreadable" };
  const sheetPath = firstSheetPath(smallText(bytes, workbook), smallText(bytes, rels), [...byName.keys()]);
  const sheet = sheetPath ? byName.get(sheetPath) : undefined;
  if (!sheet) return { ok: false, problem: "unreadable" };
  const styles = byName.get("xl/styles.xml");
  const shared = byName.get("xl/sharedStrings.xml");

  const parts: { name: string; method: number; crc: number; data: Buffer; size: number }[] = [];
  let total = 0;
  const order: [string, ZipEntry | undefined][] = [
    ["xl/_rels/workbook.xml.rels", rels],
    ["xl/workbook.xml", workbook],
    ["xl/styles.xml", styles],
    ["xl/sharedStrings.xml", shared],
    ["xl/worksheets/sheet1.xml", sheet],
  ];
  for (const [name, entry] of order) {
    if (!entry) {
      if (name === "xl/sharedStrings.xml") parts.push({ name, method: 0, crc: crc32Of(EMPTY_SHARED_STRINGS), data: EMPTY_SHARED_STRINGS, size: EMPTY_SHARED_STRINGS.length });
      continue;
    }
    const cap = name === "xl/sharedStrings.xml" ? Math.min(caps.maxSharedStringsBytes, caps.maxUnpackedBytes - total) : caps.maxUnpackedBytes - total;
    const size = await unpackedSize(bytes, entry, cap);
    if (size === null) return { ok: false, problem: "unreadable" };
    if (size === "over") return { ok: false, problem: "too-large", capBytes: name === "xl/sharedStrings.xml" && caps.maxSharedStringsBytes < caps.maxUnpackedBytes - total ? caps.maxSharedStringsBytes : caps.maxUnpackedBytes };
    total += size;
    parts.push({ name, method: entry.method, crc: entry.crc, data: packed(bytes, entry), size });
  }
  return { ok: true, zip: rezip(parts) };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32Of(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
