/**
 * Article text is hostile: a title can carry escape sequences that move the cursor, rewrite the
 * screen, set the clipboard or the window title. Every string from an article is passed through
 * this before a terminal sees it: ESC sequences (CSI, OSC, DCS...), C0 and C1 controls and
 * bidirectional overrides go; tabs and newlines become spaces unless kept.
 */
const ESCAPES = new RegExp(
  [
    // ESC then a CSI (ESC [ ... final), an OSC (ESC ] ... BEL or ST), a DCS, SOS, PM or APC string,
    // a two-character sequence, or a lone ESC.
    String.raw`\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?` +
      String.raw`|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_]|.?)`,
    // The C1 CSI, and the C1 string openers (DCS, OSC, PM, APC) to their terminator.
    String.raw`\u009b[0-?]*[ -/]*[@-~]`,
    String.raw`[\u0090\u009d\u009e\u009f][^\u009c\u0007]*[\u009c\u0007]?`,
  ].join("|"),
  "g",
);
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string, options: { keepNewlines?: boolean } = {}): string {
  const noEscapes = text.replace(ESCAPES, "");
  const spaced = options.keepNewlines ? noEscapes.replace(/\t/g, " ") : noEscapes.replace(/[\t\n\r]/g, " ");
  return spaced.replace(CONTROLS, "");
}

/**
 * Text on its way to a terminal, the commands' one output boundary (see terminalIo): every
 * escape sequence and control goes, but for newlines and tabs; a carriage return that is not
 * part of a line end goes too, as it would let a line overwrite the one before.
 */
export function forTerminal(text: string): string {
  return text
    .replace(ESCAPES, "")
    .replace(/\r(?!\n)/g, "")
    .replace(TERMINAL_CONTROLS, "");
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
