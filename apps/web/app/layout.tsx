import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Sitrep",
  description: "Read the news and the events it reports.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header>
          <p className="brand">Sitrep</p>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
