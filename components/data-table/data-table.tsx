/**
 * The one table of the app (TanStack Table v9). Sorting, filtering and paging happen in SQL on the
 * server; the state lives in the URL, so this component renders headers as sort links and rows as given.
 * It has no state and no event of its own, so it renders on the server (a Server Component wherever
 * its caller is one) and sends no table JavaScript to the phone: the table instance is built with
 * table-core's plain store bindings instead of the `useTable` hook.
 */
import Link from "next/link";
import { constructTable, tableFeatures, type ColumnDef, type RowData } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { flexRender } from "@tanstack/react-table/flex-render";

export const coreFeatures = tableFeatures({});
export type CoreFeatures = typeof coreFeatures;

export interface ServerSort {
  /** Column id → the `sort` value the server understands. */
  sortable: Record<string, string>;
  sort: string;
  dir: "asc" | "desc";
  /** The current URL's query, without page/sort/dir. */
  query: Record<string, string>;
  basePath: string;
}

function hrefWith(basePath: string, query: Record<string, string>, extra: Record<string, string>) {
  const params = new URLSearchParams({ ...query, ...extra });
  return `${basePath}?${params.toString()}`;
}

export function DataTable<TData extends RowData>({ data, columns, sort, caption, rowKey, testId }: { data: TData[]; columns: ColumnDef<CoreFeatures, TData, any>[]; sort: ServerSort; caption: string; rowKey: (row: TData) => string; testId?: string }) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const table = constructTable({ features: { ...coreFeatures, coreReactivityFeature: storeReactivityBindings() }, columns, data, getRowId: rowKey });
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* Cell and row styles are set once here, not on each of the ~200 cells: a server-rendered table
          is sent twice (HTML and the RSC payload), so per-cell attributes cost twice per cell. */}
      <table className="w-full min-w-[720px] text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_tbody_tr:hover]:bg-slate-50" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const key = sort.sortable[header.column.id];
                const active = key && sort.sort === key;
                const nextDir = active && sort.dir === "asc" ? "desc" : "asc";
                return (
                  <th key={header.id} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
                    {header.isPlaceholder ? null : key ? (
                      <Link href={hrefWith(sort.basePath, sort.query, { sort: key, dir: nextDir })} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden className="text-xs">{active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                      </Link>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.column.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
