/**
 * The one table renders on the server with no hook (it sends no table JavaScript to the phone): headers
 * as sort links keeping the URL state, the active column's direction, cells through their renderers,
 * one row per record keyed by the caller's id.
 */
import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures } from "@/components/data-table/data-table";

interface Row { id: string; nama: string; umur: number }
const c = createColumnHelper<CoreFeatures, Row>();
const columns = c.columns([
  c.accessor("nama", { header: "Nama", cell: (x) => h("b", null, x.getValue()) }),
  c.accessor("umur", { header: () => h("i", null, "Umur"), cell: (x) => `${x.getValue()} th` }),
  c.display({ id: "aksi", header: "Aksi", cell: (x) => h("a", { href: `/orang/${x.row.original.id}` }, "Buka") }),
]);

describe("DataTable", () => {
  it("renders headers as sort links, the active direction and every cell, without a client hook", () => {
    const html = renderToStaticMarkup(
      h(DataTable<Row>, {
        data: [{ id: "a1", nama: "Siti", umur: 30 }, { id: "b2", nama: "Budi", umur: 41 }],
        columns,
        sort: { sortable: { nama: "nama", umur: "umur" }, sort: "nama", dir: "asc", query: { q: "s" }, basePath: "/orang" },
        caption: "Daftar orang",
        rowKey: (r: Row) => r.id,
        testId: "tabel-orang",
      }),
    );
    expect(html).toContain('data-testid="tabel-orang"');
    expect(html).toContain('<caption class="sr-only">Daftar orang</caption>');
    // The active column links to the other direction; the others to ascending; the query is kept.
    expect(html).toContain('href="/orang?q=s&amp;sort=nama&amp;dir=desc"');
    expect(html).toContain('href="/orang?q=s&amp;sort=umur&amp;dir=asc"');
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain("<i>Umur</i>");
    expect(html).toMatch(/<th[^>]*>Aksi<\/th>/);
    // One row per record; the cell styles are set once on the table, not repeated on every cell.
    expect(html.match(/<tbody[^>]*>(.*)<\/tbody>/)![1].match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td>/g)).toHaveLength(6);
    expect(html).toContain("<b>Siti</b>");
    expect(html).toContain("41 th");
    expect(html).toContain('<a href="/orang/b2">Buka</a>');
  });
});
