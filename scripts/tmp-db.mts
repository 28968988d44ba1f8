import { prepareSkalaDb } from "./skala/database.ts";
const db = await prepareSkalaDb();
console.log("URL", db.url);
process.on("SIGTERM", async () => { await db.stop(); process.exit(0); });
await new Promise(() => {});
