import type { NextRequest } from "next/server";
import { badRequest, handle, storeJson } from "../../../lib/api";
import { articleQuery, fromSearchParams } from "../../../lib/params";
import { getStore } from "../../../lib/store";

/** GET /api/articles?q=&country=&type=&source=&from=&to=&read=&favourite=&sort=&limit=&cursor= */
export function GET(request: NextRequest) {
  return handle(async () => {
    const parsed = await articleQuery(fromSearchParams(request.nextUrl.searchParams));
    if (!parsed.ok) return badRequest(parsed.message);
    return storeJson(await (await getStore()).searchArticles(parsed.query));
  });
}
