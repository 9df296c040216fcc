import { describe, expect, it } from "vitest";
import { DEFAULT_BINDINGS, resolveKey } from "./keys.js";

describe("key bindings", () => {
  it("resolves single keys and named keys", () => {
    expect(resolveKey("j", null)).toBe("down");
    expect(resolveKey("down", null)).toBe("down");
    expect(resolveKey("enter", null)).toBe("open");
    expect(resolveKey("G", null)).toBe("bottom");
  });

  it("waits for the second key of gg", () => {
    expect(resolveKey("g", null)).toBe("pending");
    expect(resolveKey("g", "g")).toBe("top");
  });

  it("follows changed bindings", () => {
    expect(resolveKey("x", null, { ...DEFAULT_BINDINGS, down: ["x"] })).toBe("down");
    expect(resolveKey("j", null, { ...DEFAULT_BINDINGS, down: ["x"] })).toBeNull();
  });
});
