/** `npm run db:seed`: migrations, then the demo data if the database has no kabupaten yet. */
import { loadDotEnv, prepareDb } from "./lib/prepare-db.ts";

loadDotEnv();
const database = await prepareDb({ name: "pg", port: Number(process.env.PANTAU_PG_PORT || 5433), seed: true });
await database.stop();
