import { describe, expect, it } from "vitest";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { conversation, type Turn } from "../support/build.js";

const score = (turns: Turn[]) => createScorer().score(conversation(turns));

describe("empathy", () => {
  it.each([
    ["@bob Sorry for the trouble! Which app?", "expressed"],
    ["@bob We understand how frustrating this is.", "expressed"],
    ["@bob Glad to hear it!", "expressed"],
    ["@bob Thanks for reaching out. Which app?", "none"],
    // Real wording (dev.json, abcd-sample): other ways of acknowledging, and an apology that softens a refusal.
    ["@bob That's not the type of experience we want for any of our members.", "expressed"],
    ["@bob Hi Shelley, dropped calls are no fun and our team is here to help.", "expressed"],
    ["OK, I have let my manager know, they will give you a call. Sorry I couldn't be of more assistance!", "expressed"],
    ["@bob Sorry, but you can not do that. Please see this article for more information.", "none"],
    ["@bob I'm sorry, but we're unable to make exceptions to the 30 day wait for username changes.", "none"],
    // Other common acknowledgements, from the definition.
    ["@bob We hear you. Which version of the app are you on?", "expressed"],
    ["@bob We're sad to hear your order arrived damaged. Send us a DM.", "expressed"],
    ["@bob That must have been really frustrating. Let's get it sorted.", "expressed"],
    ["@bob That's a bummer! Try signing out and back in.", "expressed"],
    ["@bob Thanks for bearing with us while we looked into this.", "expressed"],
    ["@bob Hmm, that's odd. Try reinstalling the app.", "none"],
  ])("%j -> %s", (text, label) => expect(score([["customer", "@Acme hi", 0], ["agent", text, 60]]).messages[1]!.rubrics.empathy!.label).toBe(label));
});

describe("late-reply-apology", () => {
  const late = (text: string, seconds: number) => score([["customer", "@Acme my order is late", 0], ["agent", text, seconds]]).messages[1]!.rubrics["late-reply-apology"]!;
  it("is n/a for a reply within the SLA (default 60 min)", () => expect(late("@bob Which order?", 600).label).toBe("n/a"));
  it("asks a late reply to acknowledge the delay and give a reason", () => {
    expect(late("@bob Which order?", 7200)).toMatchObject({ label: "none", score: 0 });
    expect(late("@bob Sorry for the wait! Which order?", 7200)).toMatchObject({ label: "apologized", score: 0.5 });
    expect(late("@bob Apologies for the delay, we're seeing very high volumes. Which order?", 7200)).toMatchObject({ label: "apologized-with-reason", score: 1 });
  });
});

describe("follow-up", () => {
  it("is followed-up when the agents check the result or offer more help at or after the answer", () => {
    expect(score([["customer", "@Acme broken", 0], ["agent", "@bob Try reinstalling. Let us know how it goes!", 60]]).rubrics["follow-up"]!.label).toBe("followed-up");
    expect(score([["customer", "@Acme broken", 0], ["agent", "@bob Try reinstalling.", 60]]).rubrics["follow-up"]!.label).toBe("none");
    expect(score([["customer", "@Acme broken", 0]]).rubrics["follow-up"]!.label).toBe("n/a");
  });
});

describe("thanks-for-praise", () => {
  it("asks an agent to acknowledge the customer's thanks or praise", () => {
    expect(score([["customer", "@Acme that worked, thank you so much!", 0], ["agent", "@bob Glad to hear it!", 60]]).rubrics["thanks-for-praise"]!.label).toBe("acknowledged");
    expect(score([["customer", "@Acme you guys are the best", 0], ["agent", "@bob Your order ships Monday.", 60]]).rubrics["thanks-for-praise"]!.label).toBe("ignored");
    expect(score([["customer", "@Acme my order is late", 0], ["agent", "@bob Which order?", 60]]).rubrics["thanks-for-praise"]!.label).toBe("n/a");
  });
});

describe("take-it-offline", () => {
  it("asks the agent to move sensitive data posted publicly to a private channel, and warn", () => {
    const exposed: Turn = ["customer", "@Acme my email is jo@example.com, please fix my account", 0];
    expect(score([exposed, ["agent", "@bob Please delete this tweet to protect your personal info, and send us a DM.", 60]]).rubrics["take-it-offline"]!.label).toBe("moved-and-warned");
    expect(score([exposed, ["agent", "@bob Send us a DM and we'll check.", 60]]).rubrics["take-it-offline"]).toMatchObject({ label: "moved", score: 0.5 });
    expect(score([exposed, ["agent", "@bob Try resetting your password.", 60]]).rubrics["take-it-offline"]).toMatchObject({ label: "none", score: 0 });
    expect(score([["customer", "@Acme my app crashes", 0], ["agent", "@bob Try reinstalling.", 60]]).rubrics["take-it-offline"]!.label).toBe("n/a");
  });
  it("is critical in the default scorecard: leaving the data public zeroes the total", () => {
    const result = score([["customer", "@Acme my email is jo@example.com", 0], ["agent", "@bob Hi Jo! We'll look into this. Try resetting your password.", 60]]);
    expect(result.scorecard).toMatchObject({ total: 0, criticalFailure: "take-it-offline" });
  });
});

describe("share-the-plan", () => {
  it("asks for the diagnosis or plan before the first answer", () => {
    expect(score([["customer", "@Acme error WS-37368-7", 0], ["agent", "@bob The error indicates that your account has been suspended. This article explains more: https://acme.com/help/banned", 60]]).rubrics["share-the-plan"]!.label).toBe("shared");
    expect(score([["customer", "@Acme broken", 0], ["agent", "@bob Try reinstalling the app.", 60]]).rubrics["share-the-plan"]!.label).toBe("not-shared");
    expect(score([["customer", "@Acme broken", 0], ["agent", "@bob Please DM us.", 60]]).rubrics["share-the-plan"]!.label).toBe("n/a");
  });
});
