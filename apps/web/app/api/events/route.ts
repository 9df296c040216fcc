import { NextResponse, type NextRequest } from "next/server";
import { badRequest, handle } from "../../../lib/api";
import { eventQuery, fromSearchParams } from "../../../lib/params";
import { getStore } from "../../../lib/store";

/** GET /api/events?q=&country=&admin1=&type=&sub=&actor=&source=&from=&to=&fatalities=&sort=&limit=&cursor= */
export function GET(request: NextRequest) {
  return handle(async () => {
    const parsed = await eventQuery(fromSearchParams(request.nextUrl.searchParams));
    if (!parsed.ok) return badRequest(parsed.message);
    return NextResponse.json(await (await getStore()).searchEvents(parsed.query));
  });
}
