import pg from "pg";
const c = new pg.Client({ connectionString: "postgresql://pantau:pantau-local@127.0.0.1:5440/pantau" });
await c.connect();
for (const q of process.argv.slice(2)) { const r = await c.query(q); console.log(r.rows.map((x) => Object.values(x).join(" | ")).join("\n")); }
await c.end();
