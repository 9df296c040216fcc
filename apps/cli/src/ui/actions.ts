import { spawn } from "node:child_process";

/** OSC 52: the terminal puts the text on the clipboard, even over SSH. */
export function copyToClipboard(text: string, write: (s: string) => void): void {
  write(`\u001b]52;c;${Buffer.from(text).toString("base64")}\u0007`);
}

/** Opens an http(s) URL in the desktop's browser; returns what happened, in words. */
export function openInBrowser(url: string | null): Promise<string> {
  if (!url || !/^https?:\/\//i.test(url)) return Promise.resolve("This article has no web address.");
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  return new Promise((resolve) => {
    try {
      const child = spawn(opener, [url], { detached: true, stdio: "ignore" });
      child.once("error", () => resolve(`No browser opener (${opener}) here. The address: ${url}`));
      child.once("spawn", () => {
        child.unref();
        resolve(`Opened ${url}`);
      });
    } catch {
      resolve(`No browser opener (${opener}) here. The address: ${url}`);
    }
  });
}
