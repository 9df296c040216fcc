import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadUiConfig, themeFor } from "./config.js";

function withConfig(content: string) {
  const home = mkdtempSync(join(tmpdir(), "sitrep-config-"));
  mkdirSync(join(home, "sitrep"));
  writeFileSync(join(home, "sitrep", "config.json"), content);
  return { XDG_CONFIG_HOME: home };
}

describe("UI configuration", () => {
  it("merges configured keys with the defaults", () => {
    const { bindings, problem } = loadUiConfig(
      withConfig(JSON.stringify({ keys: { down: ["x", "down"] }, theme: "light" })),
    );
    expect(problem).toBeNull();
    expect(bindings.down).toEqual(["x", "down"]);
    expect(bindings.up).toEqual(["k", "up"]);
  });

  it("says what is wrong with a bad file and keeps the defaults", () => {
    const { bindings, problem } = loadUiConfig(withConfig(JSON.stringify({ keys: { fly: ["f"] } })));
    expect(problem).toContain("config.json");
    expect(bindings.down).toEqual(["j", "down"]);
  });

  it("has no colours under NO_COLOR", () => {
    const { config } = loadUiConfig({ XDG_CONFIG_HOME: "/nonexistent" });
    expect(themeFor(config, { NO_COLOR: "1" })).toEqual({ accent: undefined, card: undefined, dim: false });
    expect(themeFor(config, {}).accent).toBe("cyan");
  });
});
