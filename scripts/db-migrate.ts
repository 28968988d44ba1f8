/** `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (or the embedded database). */
import { loadDotEnv, prepareDb } from "./lib/prepare-db.ts";

loadDotEnv();
const database = await prepareDb({ name: "pg", port: Number(process.env.PANTAU_PG_PORT || 5433), seed: false });
await database.stop();
