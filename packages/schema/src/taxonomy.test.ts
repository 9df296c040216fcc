import { describe, expect, expectTypeOf, it } from "vitest";
import { ACLED_TAXONOMY, EventType, TAXONOMY, type EventTypeName } from "./index.js";

describe("taxonomy", () => {
  it("holds ACLED's 6 event types and 25 sub-event types", () => {
    expect(Object.keys(ACLED_TAXONOMY)).toHaveLength(6);
    expect(Object.values(ACLED_TAXONOMY).flat()).toHaveLength(25);
  });

  it("accepts a sub-type only under its own type", () => {
    expect(
      EventType.safeParse({
        eventType: "Explosions/Remote violence",
        subEventType: "Shelling/artillery/missile attack",
        acled: true,
      }).success,
    ).toBe(true);
    const wrong = EventType.safeParse({
      eventType: "Protests",
      subEventType: "Shelling/artillery/missile attack",
      acled: true,
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toContain("is not a sub-type of");
  });

  it("marks Sitrep's own kinds as not ACLED's", () => {
    expect(EventType.safeParse({ eventType: "Statement", subEventType: "Statement", acled: false }).success).toBe(true);
    expect(EventType.safeParse({ eventType: "Statement", subEventType: "Statement", acled: true }).success).toBe(false);
    expect(Object.keys(TAXONOMY)).toEqual(
      expect.arrayContaining(["Statement", "Accusation", "Deployment", "Decision"]),
    );
  });

  it("derives the type names from the data", () => {
    expectTypeOf<"Battles">().toExtend<EventTypeName>();
    expectTypeOf<"Not a type">().not.toExtend<EventTypeName>();
  });
});
