import type { NextRequest } from "next/server";
import { apiJson, handle, notFoundJson } from "../../../../lib/api";
import { getStore } from "../../../../lib/store";

/** GET /api/articles/:id: the parse result (article and events), read and favourite state. */
export function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    const stored = /^a_[0-9a-f]{16}$/.test(id) ? await (await getStore()).getArticle(id) : null;
    if (!stored) return notFoundJson(`article ${id}`);
    return apiJson({ ...stored.result, read: stored.read, favourite: stored.favourite, groups: stored.groups });
  });
}
