import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Shortcuts } from "../components/shortcuts";
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
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site">
          <a className="brand" href="/">
            Sitrep
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/">Articles</a>
              </li>
              <li>
                <a href="/events">Events</a>
              </li>
              <li>
                <a href="/add">Add</a>
              </li>
            </ul>
          </nav>
          <form className="theme" action="/theme" method="post" aria-label="Theme">
            {(["light", "dark", "system"] as const).map((t) => (
              <button key={t} name="theme" value={t} aria-pressed={theme === t}>
                {t[0]!.toUpperCase() + t.slice(1)}
              </button>
            ))}
          </form>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site">
          <p>
            Press <kbd>?</kbd> for keyboard shortcuts. <a href="/feed.xml">Atom feed</a> · <a href="/api/articles">API</a>
          </p>
        </footer>
        <Shortcuts />
      </body>
    </html>
  );
}
