import { Head, Html, Main, NextScript } from "next/document";

// Pages rendered ahead of time (the reader): the theme is the browser's until the site's script,
// first in <head>, applies the reader's choice before anything is painted.
export default function Document() {
  return (
    <Html lang="en" data-theme="system">
      <Head>
        <script src="/sitrep.js" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
