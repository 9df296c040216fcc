import { SHORTCUTS } from "../lib/shortcuts";

/** The keyboard help, in the page from the start; the site's script opens it on "?". */
export function HelpDialog() {
  return (
    <dialog className="help" aria-labelledby="help-title">
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
