import { NextResponse } from "next/server";
import { safeHref } from "./safe-url";
import { storeModule } from "./store";

/** A client's mistake: 400 and a message that says what and where. */
export function badRequest(message: string): NextResponse {
  return NextResponse.json({ error: message }, { status: 400 });
}

export function notFoundJson(what: string): NextResponse {
  return NextResponse.json({ error: `${what} not found` }, { status: 404 });
}

/** Runs a handler; a bad cursor is the client's error, anything else the server's, never a stack trace. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof (await storeModule).BadCursor) return badRequest(error.message);
    console.error(error);
    return NextResponse.json({ error: "internal error" }, { status: 500 });
  }
}

/** Keys whose values are addresses a client may follow: only http(s) ones are given out. */
const URL_KEY = /^(?:url|href)$|Url$/;

function onlyWebUrls(key: string, value: unknown): unknown {
  return typeof value === "string" && URL_KEY.test(key) && !safeHref(value) ? null : value;
}

/**
 * JSON as the API writes it: an address from an article that is not http(s) (javascript:, data:)
 * is given as null, so no client that links it can be made to run it.
 */
export function apiJsonText(value: unknown): string {
  return JSON.stringify(value, onlyWebUrls);
}

export function apiJson(value: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const headers = { "content-type": "application/json", ...init.headers };
  return new Response(apiJsonText(value), { status: init.status ?? 200, headers });
}

// The store hands out the same answer object until the data changes: its JSON is kept with it.
const serialised = new WeakMap<object, string>();

/** A JSON response for a store answer, serialised once per answer. */
export function storeJson(value: object): Response {
  let body = serialised.get(value);
  if (body === undefined) serialised.set(value, (body = apiJsonText(value)));
  return new Response(body, { headers: { "content-type": "application/json" } });
}
