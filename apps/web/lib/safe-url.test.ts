import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-url";

describe("links from articles", () => {
  it("keeps http and https addresses", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHref("http://example.com")).toBe("http://example.com/");
  });

  it("drops script, data and other schemes, and junk", () => {
    for (const bad of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>1</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "not a url",
      "",
      null,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
