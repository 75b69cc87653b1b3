import { databaseUrl, openClient } from "../../db/client";
import { migrateDb } from "../../db/migrate";

const client = await openClient();
await migrateDb(client);
console.error(`migrated ${databaseUrl()}`);
client.close();
