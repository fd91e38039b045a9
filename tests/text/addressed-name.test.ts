import { describe, expect, it } from "vitest";
import { addressedName } from "../../src/text/addressed-name.js";
import { textFeatures } from "../../src/text/text-features.js";

const named = (text: string, context: { names?: string[]; handle?: string; notNames?: string[] } = {}) =>
  addressedName(textFeatures(text, "agent"), { names: context.names ?? [], handle: context.handle, notNames: context.notNames ?? ["Acme"] })?.text;

describe("addressedName(features, context)", () => {
  it.each([
    ["@OGYouTubeGod Hi Justin, which app is crashing? ^SJ", "Justin"],
    ["@x Hey, Afua. Sorry to hear of the circumstances! -Jeana", "Afua"],
    ["@x We get where you're coming from, Marc. However, I'm afraid", "Marc"],
    ["@x We are sorry to hear you want to delete your account Nancy. You can", "Nancy"],
    ["@x Hannah, we are deeply upset to hear about this", "Hannah"],
  ])("finds the name in %j", (text, name) => expect(named(text)).toBe(name));

  it("finds the customer's known name, and a first name taken from the handle", () => {
    expect(named("@x thanks so much! What is your membership level Crystal?", { names: ["crystal minh"] })).toBe("Crystal");
    expect(named("@JohnSmith88 Hey John, let us know.", { handle: "JohnSmith88" })).toBe("John");
  });

  it.each([
    ["'there' after a greeting", "@x Hi there, sorry for this!"],
    ["the agent's own signature", "@x Thanks for the tag – hope this helps! ^Kristy"],
    ["a team greeting", "@x Hi Team, thanks"],
    ["the brand", "@x Hi Acme fans, we're on it"],
    ["a third party", "@x We'll pass this to Sarah in billing."],
    ["the agent's bare sign-off", "@x Please see the following link for details. https://t.co/x Sasha"],
  ])("does not count %s", (_, text) => expect(named(text)).toBeUndefined());
});

describe("addressedName keeps its last answers (reply, names, words that are not names)", () => {
  it("answers each context of one reply, in any order, as a fresh call would", () => {
    const features = textFeatures("@x Hi Acme, thanks Nora! ^Bo", "agent");
    const plain = { names: [], notNames: ["Acme"] };
    const blocked = { names: [], notNames: ["Acme", "Nora"] };
    const known = { names: ["Acme Smith"], notNames: [] };
    for (const [context, name] of [[plain, "Nora"], [blocked, undefined], [plain, "Nora"], [known, "Acme"], [plain, "Nora"]] as const) {
      expect(addressedName(features, context)?.text).toBe(name);
    }
  });
  it("blocks each reply's own agent id, not the last reply's", () => {
    expect(named("@x Thanks, Nora. ^Nora")).toBeUndefined();
    expect(named("@x Thanks, Nora. ^Bo")).toBe("Nora");
    expect(named("@x Thanks, Nora. ^Nora")).toBeUndefined();
  });
  it("blocks a word that holds the agent's id of 4 letters or more, or is held in it, as a brand word does", () => {
    expect(named("@x Thanks, Noralee. ^Nora")).toBeUndefined();
    expect(named("@x Thanks, Noralee. ^Bo")).toBe("Noralee");
    expect(named("@x Thanks, Ed. ^Eddie")).toBe("Ed");
    expect(named("@x Thanks, Acmeson.")).toBeUndefined();
    expect(named("@x Thanks, Acmeson.", { notNames: ["T-Mobile", "Acme Inc"] })).toBeUndefined();
    expect(named("@x Thanks, Mobile.", { notNames: ["T-Mobile"] })).toBeUndefined();
  });
});
