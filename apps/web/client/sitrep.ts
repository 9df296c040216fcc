// The site's one script, plain DOM, no framework (public/sitrep.js, built by scripts/build-client.mjs).
// Loaded in <head> on every page: it applies the chosen theme before the first paint, then answers
// the keyboard in Miniflux's manner. Pages work without it; it only adds to them.
import { actionFor } from "../lib/shortcuts";
import { THEME_COOKIE, themeOf } from "../lib/theme";

const root = document.documentElement;

// The theme: pages rendered ahead of time (the reader) cannot know the reader's cookie.
const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${THEME_COOKIE}=`));
const theme = themeOf(cookie?.slice(THEME_COOKIE.length + 1));
root.dataset.theme = theme;

function markTheme() {
  for (const button of document.querySelectorAll<HTMLButtonElement>("form.theme button[name=theme]")) {
    button.setAttribute("aria-pressed", String(button.value === theme));
  }
}

/** Moves the selection to item i of the page's list (`[data-nav-item]`), focusing its link. */
function select(items: HTMLElement[], i: number) {
  for (const el of items) el.classList.remove("current");
  const item = items[Math.max(0, Math.min(items.length - 1, i))];
  if (!item) return;
  item.classList.add("current");
  item.querySelector<HTMLElement>("[data-nav-open]")?.focus({ preventScroll: true });
  item.scrollIntoView({ block: "nearest" });
}

function onKey(e: KeyboardEvent) {
  const action = actionFor(e.key, e.target as HTMLElement | null, e.ctrlKey || e.metaKey || e.altKey);
  if (!action) return;
  const help = document.querySelector<HTMLDialogElement>("dialog.help");
  const items = [...document.querySelectorAll<HTMLElement>("[data-nav-item]")];
  const at = items.findIndex((el) => el.classList.contains("current") || el.contains(document.activeElement));
  const current = items[at];
  switch (action) {
    case "next":
      select(items, at + 1);
      break;
    case "previous":
      select(items, at < 0 ? 0 : at - 1);
      break;
    case "open": {
      const link = current?.querySelector<HTMLAnchorElement>("[data-nav-open]");
      if (!link) return;
      link.click();
      break;
    }
    case "original": {
      const link = (current ?? document).querySelector<HTMLAnchorElement>("[data-original]");
      if (!link) return;
      window.open(link.href, "_blank", "noopener,noreferrer");
      break;
    }
    case "search": {
      const box = document.querySelector<HTMLInputElement>("[data-search-box]");
      if (!box) return;
      box.focus();
      break;
    }
    case "help":
      if (!help) return;
      if (help.open) help.close();
      else help.showModal();
      break;
    case "close":
      if (e.target instanceof HTMLElement && e.target.matches("input, textarea, select")) e.target.blur();
      return;
  }
  e.preventDefault();
}

document.addEventListener("keydown", onKey);
document.addEventListener("DOMContentLoaded", markTheme);
// Tells tests (and curious readers of the DOM) that the page answers keys.
root.dataset.shortcuts = "on";
