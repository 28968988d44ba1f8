import { prepareSkalaDb } from "./skala/database.ts";
const d = await prepareSkalaDb({ log: () => {} });
console.log(d.url);
process.on("SIGTERM", async () => { await d.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
