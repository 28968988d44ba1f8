/**
 * The database built by our hand-written migrations must match prisma/schema.prisma: every model's
 * table, every field's column with its type and nullability, every unique, index and foreign key.
 * The expected side comes from Prisma's own schema parser (DMMF); the actual side from the catalog.
 */
import { describe, expect, it, afterAll } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { inject } from "vitest";

const require = createRequire(import.meta.url);
const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };

interface DmmfField { name: string; kind: string; type: string; isRequired: boolean; isList: boolean; isId: boolean; isUnique: boolean; dbName?: string | null; nativeType?: [string, string[]] | null; relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string; hasDefaultValue: boolean; default?: unknown }
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[]; uniqueFields: string[][]; primaryKey: unknown }
interface DmmfIndex { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[]; dbName?: string | null }

const schema = fs.readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as { datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] } };
const models = dmmf.datamodel.models;

const client = new pg.Client({ connectionString: inject("databaseUrl") });
const ready = client.connect();
afterAll(() => client.end());

/** The PostgreSQL type Prisma's migrate would create for a field. */
function expectedType(f: DmmfField): string {
  const [native, args] = f.nativeType ?? [null, []];
  if (f.kind === "enum") return f.type;
  switch (native) {
    case "Uuid": return "uuid";
    case "VarChar": return `character varying(${args[0]})`;
    case "Timestamptz": return `timestamp(${args[0] ?? 3}) with time zone`;
    case "Decimal": return `numeric(${args[0]},${args[1]})`;
    case "SmallInt": return "smallint";
    case "Citext": return "citext";
    case "Date": return "date";
    case null: break;
    default: throw new Error(`native type ${native} not mapped in this test`);
  }
  switch (f.type) {
    case "String": return "text";
    case "Boolean": return "boolean";
    case "Int": return "integer";
    case "BigInt": return "bigint";
    case "DateTime": return "timestamp(3) without time zone";
    case "Json": return "jsonb";
    case "Decimal": return "numeric(65,30)";
    default: throw new Error(`type ${f.type} not mapped in this test`);
  }
}

const col = (m: DmmfModel, name: string) => m.fields.find((f) => f.name === name)?.dbName ?? name;
const table = (m: DmmfModel) => m.dbName ?? m.name;

describe("migrations match schema.prisma", () => {
  it("has a table for every model and no table without a model", async () => {
    await ready;
    const { rows } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`);
    expect(rows.map((r) => r.table_name).sort()).toEqual(models.map(table).sort());
  });

  it("has every enum with the same values", async () => {
    await ready;
    for (const e of dmmf.datamodel.enums) {
      const { rows } = await client.query<{ v: string }>(`SELECT e.enumlabel AS v FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`, [e.name]);
      expect(rows.map((r) => r.v), e.name).toEqual(e.values.map((v) => v.name));
    }
  });

  for (const m of models) {
    it(`${m.name}: columns, types, nullability`, async () => {
      await ready;
      const { rows } = await client.query<{ column_name: string; type: string; not_null: boolean }>(
        `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relname = $1 AND a.attnum > 0 AND NOT a.attisdropped`,
        [table(m)],
      );
      const actual = Object.fromEntries(rows.map((r) => [r.column_name, { type: r.type.replace(/"/g, ""), notNull: r.not_null }]));
      const scalar = m.fields.filter((f) => f.kind !== "object");
      const expected = Object.fromEntries(scalar.map((f) => [f.dbName ?? f.name, { type: expectedType(f), notNull: f.isRequired }]));
      expect(actual).toEqual(expected);
    });

    it(`${m.name}: primary key, uniques, indexes and foreign keys`, async () => {
      await ready;
      const { rows: idx } = await client.query<{ name: string; unique: boolean; primary: boolean; cols: string[] }>(
        `SELECT i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
                array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'public' AND t.relname = $1
           -- Partial indexes (e.g. one current version of a skill) are SQL that Prisma cannot express.
           AND ix.indpred IS NULL`,
        [table(m)],
      );
      const describeIdx = (kind: string, cols: string[]) => `${kind}:${cols.join(",")}`;
      const actual = idx.map((i) => describeIdx(i.primary ? "id" : i.unique ? "unique" : "normal", i.cols)).sort();
      const expected = dmmf.datamodel.indexes.filter((i) => i.model === m.name).map((i) => describeIdx(i.type, i.fields.map((f) => col(m, f.name)))).sort();
      expect(actual).toEqual(expected);

      const { rows: fks } = await client.query<{ cols: string[]; ref_table: string; ref_cols: string[]; on_delete: string }>(
        `SELECT array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols,
                rt.relname AS ref_table,
                array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_cols,
                c.confdeltype AS on_delete
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class rt ON rt.oid = c.confrelid
         WHERE c.contype = 'f' AND t.relname = $1`,
        [table(m)],
      );
      const DEL: Record<string, string> = { r: "Restrict", c: "Cascade", n: "SetNull", a: "NoAction", d: "SetDefault" };
      const actualFks = fks.map((f) => `${f.cols.join(",")}->${f.ref_table}(${f.ref_cols.join(",")}) ${DEL[f.on_delete]}`).sort();
      const expectedFks = m.fields
        .filter((f) => f.kind === "object" && f.relationFromFields?.length)
        .map((f) => {
          const target = models.find((x) => x.name === f.type)!;
          return `${f.relationFromFields!.map((n) => col(m, n)).join(",")}->${table(target)}(${f.relationToFields!.map((n) => col(target, n)).join(",")}) ${f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")}`;
        })
        .sort();
      expect(actualFks).toEqual(expectedFks);
    });
  }

  it("records every migration folder in _prisma_migrations with its checksum", async () => {
    await ready;
    const dirs = fs.readdirSync(path.join(import.meta.dirname, "../../prisma/migrations")).filter((d) => fs.existsSync(path.join(import.meta.dirname, "../../prisma/migrations", d, "migration.sql"))).sort();
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });
});
