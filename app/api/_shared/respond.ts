/** JSON and CSV responses of the API, and the one place a failed read becomes a 503 (never a 500 page). */
import { DATABASE_UNAVAILABLE } from "@/db/unavailable";

export function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}

export async function guarded(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (error) {
    console.error("api read failed", error);
    return Response.json({ error: DATABASE_UNAVAILABLE }, { status: 503 });
  }
}

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="export.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
