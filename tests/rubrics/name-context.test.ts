import { describe, expect, it } from "vitest";
import type { Conversation } from "../../src/model/conversation.js";
import { nameContext } from "../../src/rubrics/name-use.js";
import { scoringContext } from "../../src/scoring/scoring-context.js";
import { TemplateLibrary } from "../../src/scoring/template-library.js";

const conversation = (brand: string) =>
  ({
    id: "c",
    channel: "twitter",
    brand,
    customer: { id: "u", name: "Ana Lima", handle: "AnaL" },
    messages: [
      { id: "1", role: "customer", authorId: "u", authorName: "Ana", text: "hi" },
      { id: "2", role: "customer", authorId: "x", authorName: "Bo", text: "me too" },
      { id: "3", role: "customer", authorId: "u", authorName: "", text: "?" },
      { id: "4", role: "agent", text: "Hi Ana" },
    ],
  }) as unknown as Conversation;

describe("nameContext", () => {
  it("lists the customer's names, and answers each list of non-names with one context per conversation", () => {
    const a = conversation("Acme");
    const context = scoringContext(a, TemplateLibrary.empty());
    const notNames = ["Widget"];
    const first = nameContext(context, notNames);
    expect(first).toEqual({ names: ["Ana Lima", "Ana"], handle: "AnaL", notNames: ["Acme", "Widget"] });
    expect(nameContext(context, notNames)).toBe(first);
    expect(nameContext(context)).toEqual({ names: ["Ana Lima", "Ana"], handle: "AnaL", notNames: ["Acme"] });
    // Another conversation (here the same messages under another brand) gets its own.
    const b = { ...a, brand: "Other" } as Conversation;
    expect(nameContext(scoringContext(b, TemplateLibrary.empty()), notNames).notNames).toEqual(["Other", "Widget"]);
  });
});
