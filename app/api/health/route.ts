import { getDb } from "@/db/client";
import { DATABASE_UNAVAILABLE } from "@/db/unavailable";

export const dynamic = "force-dynamic";

/** Liveness + database reachability (used by the e2e server start and by load balancers). */
export async function GET() {
  try {
    const db = await getDb();
    await db.$client.execute("SELECT 1");
    return Response.json({ ok: true });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ ok: false, error: DATABASE_UNAVAILABLE }, { status: 503 });
  }
}
