import { NextResponse, type NextRequest } from "next/server";
import { THEME_COOKIE, Theme } from "../../lib/theme";

/** Back to the page the form was on, when it is one of ours. */
function sameOrigin(referer: string | null, origin: string): string {
  try {
    return referer && new URL(referer).origin === origin ? referer : "/";
  } catch {
    return "/";
  }
}

/** The theme buttons post here (no JavaScript needed); the choice lives in a cookie for a year. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const theme = Theme.safeParse(form.get("theme"));
  if (!theme.success) return NextResponse.json({ error: "theme must be light, dark or system" }, { status: 400 });
  const response = NextResponse.redirect(new URL(sameOrigin(request.headers.get("referer"), request.nextUrl.origin), request.nextUrl.origin), 303);
  response.cookies.set(THEME_COOKIE, theme.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  return response;
}
