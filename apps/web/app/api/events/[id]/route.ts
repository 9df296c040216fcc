import type { NextRequest } from "next/server";
import { apiJson, handle, notFoundJson } from "../../../../lib/api";
import { getStore } from "../../../../lib/store";

/** GET /api/events/:id: a grouped event with every reporting article and its coded event. */
export function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    const group = /^[\w-]{1,100}$/.test(id) ? await (await getStore()).getEventGroup(id) : null;
    if (!group) return notFoundJson(`event ${id}`);
    return apiJson(group);
  });
}
