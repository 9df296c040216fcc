"use client";

import { useEffect, useRef, useState } from "react";
import { SHORTCUTS, actionFor } from "../lib/shortcuts";

/** Moves the selection to item i of the page's list (`[data-nav-item]`), focusing its link. */
function select(items: HTMLElement[], i: number) {
  items.forEach((el) => el.classList.remove("current"));
  const item = items[Math.max(0, Math.min(items.length - 1, i))];
  if (!item) return;
  item.classList.add("current");
  item.querySelector<HTMLElement>("[data-nav-open]")?.focus({ preventScroll: true });
  item.scrollIntoView({ block: "nearest" });
}

export function Shortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionFor(e.key, e.target as HTMLElement | null, e.ctrlKey || e.metaKey || e.altKey);
      if (!action) return;
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
        case "search":
          document.querySelector<HTMLInputElement>("[data-search-box]")?.focus();
          break;
        case "help":
          setOpen((o) => !o);
          break;
        case "close":
          setOpen(false);
          if (e.target instanceof HTMLElement && e.target.matches("input, textarea, select")) e.target.blur();
          return;
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    // Tells tests (and curious readers of the DOM) that the page now answers keys.
    document.documentElement.dataset.shortcuts = "on";
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="help" aria-labelledby="help-title" onClose={() => setOpen(false)}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? " or " : ""}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.help}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button>Close</button>
      </form>
    </dialog>
  );
}
