import { describe, expect, it } from "vitest";
import { actionFor } from "./shortcuts";

describe("keyboard shortcuts", () => {
  const page = { tagName: "BODY" };
  it("maps Miniflux's keys", () => {
    expect(actionFor("j", page)).toBe("next");
    expect(actionFor("k", page)).toBe("previous");
    expect(actionFor("o", page)).toBe("open");
    expect(actionFor("v", page)).toBe("original");
    expect(actionFor("/", page)).toBe("search");
    expect(actionFor("?", page)).toBe("help");
    expect(actionFor("x", page)).toBeNull();
  });

  it("never steals keys typed into a field or pressed with a modifier", () => {
    expect(actionFor("j", { tagName: "INPUT" })).toBeNull();
    expect(actionFor("/", { tagName: "TEXTAREA" })).toBeNull();
    expect(actionFor("k", { tagName: "DIV", isContentEditable: true })).toBeNull();
    expect(actionFor("Escape", { tagName: "INPUT" })).toBe("close");
    expect(actionFor("j", page, true)).toBeNull();
  });

  it("leaves Enter on a link to the browser", () => {
    expect(actionFor("Enter", { tagName: "A" })).toBeNull();
    expect(actionFor("Enter", page)).toBe("open");
  });
});
