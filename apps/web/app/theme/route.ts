import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { THEME_COOKIE, THEMES } from "../../lib/theme";

/** Back to the page the form was on: its path only, so the redirect never leaves this site. */
function backTo(referer: string | null): string {
  try {
    const u = new URL(referer ?? "/", "http://x");
    // One leading slash: "//host" would be another site.
    return `/${u.pathname.replace(/^\/+/, "")}${u.search}`;
  } catch {
    return "/";
  }
}

/** The theme buttons post here (no JavaScript needed); the choice lives in a cookie for a year. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const theme = z.enum(THEMES).safeParse(form.get("theme"));
  if (!theme.success) return NextResponse.json({ error: "theme must be light, dark or system" }, { status: 400 });
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: backTo(request.headers.get("referer")) },
  });
  response.cookies.set(
    THEME_COOKIE,
    theme.data, // Not httpOnly: pages rendered ahead of time apply it in the browser (client/sitrep.ts).
    { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false },
  );
  return response;
}
