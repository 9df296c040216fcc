import type { Theme } from "../lib/theme";

/** The header every page shares: brand, main navigation, and the theme buttons (a plain form). */
export function SiteHeader({ theme }: { theme: Theme | null }) {
  return (
    <>
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
            <button key={t} name="theme" value={t} aria-pressed={theme === null ? undefined : theme === t}>
              {t[0]!.toUpperCase() + t.slice(1)}
            </button>
          ))}
        </form>
      </header>
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="site">
      <p>
        Press <kbd>?</kbd> for keyboard shortcuts. <a href="/feed.xml">Atom feed</a> · <a href="/api/articles">API</a>
      </p>
    </footer>
  );
}
