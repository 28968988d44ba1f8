import { defineConfig } from "prisma/config";

// Prisma's migrate CLI downloads a native schema engine that cannot be reached from our machines.
// `prisma generate` never runs it but insists that the path exists, so point it at a harmless file.
// Migrations are plain SQL under prisma/migrations, applied by scripts/lib/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://pantau@localhost:5432/pantau",
  },
});
