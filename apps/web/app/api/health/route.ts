/** GET /api/health: the server is up (a liveness probe; it does not touch the store). */
export function GET() {
  return Response.json({ status: "ok" });
}
