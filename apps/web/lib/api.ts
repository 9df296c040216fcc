import { NextResponse } from "next/server";
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

// The store hands out the same answer object until the data changes: its JSON is kept with it.
const serialised = new WeakMap<object, string>();

/** A JSON response for a store answer, serialised once per answer. */
export function storeJson(value: object): Response {
  let body = serialised.get(value);
  if (body === undefined) serialised.set(value, (body = JSON.stringify(value)));
  return new Response(body, { headers: { "content-type": "application/json" } });
}
