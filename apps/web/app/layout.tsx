import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { HelpDialog } from "../components/help-dialog";
import { SiteFooter, SiteHeader } from "../components/site-chrome";
import { THEME_COOKIE, themeOf } from "../lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sitrep", template: "%s · Sitrep" },
  description: "Read the news and the events it reports.",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Sitrep: latest articles" }] } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = themeOf((await cookies()).get(THEME_COOKIE)?.value);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" data-theme={theme}>
      <head>
        <script src="/sitrep.js" nonce={nonce} />
      </head>
      <body>
        <SiteHeader theme={theme} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <HelpDialog />
      </body>
    </html>
  );
}
