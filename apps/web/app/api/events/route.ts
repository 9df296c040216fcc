import type { NextRequest } from "next/server";
import { badRequest, handle, storeJson } from "../../../lib/api";
import { eventQuery, fromSearchParams } from "../../../lib/params";
import { getStore } from "../../../lib/store";

/** GET /api/events?q=&country=&admin1=&type=&sub=&actor=&source=&from=&to=&fatalities=&sort=&limit=&cursor= */
export function GET(request: NextRequest) {
  return handle(async () => {
    // 25 a page by default, as for articles; up to 500 with limit.
    const parsed = await eventQuery(fromSearchParams(request.nextUrl.searchParams), 25);
    if (!parsed.ok) return badRequest(parsed.message);
    return storeJson(await (await getStore()).searchEvents(parsed.query));
  });
}
