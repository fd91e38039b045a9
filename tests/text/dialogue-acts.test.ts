import { describe, expect, it } from "vitest";
import { dialogueActs } from "../../src/text/dialogue-acts.js";
import { textFeatures } from "../../src/text/text-features.js";

const acts = (text: string) => dialogueActs(textFeatures(text, "agent"));

describe("dialogueActs(features): clarifying questions", () => {
  it.each([
    "@x Which version of iOS are you on?",
    "@x Does it happen on wifi too? ^AB",
    "@x Just to confirm, have you already tried the steps here: https://support.google.com/accounts/answer/1",
    "@x Please let us know which platform you're playing on so we can help.",
    "@x Thanks for the tag – without revealing your email, tell us more about what's going on.",
  ])("counts %j", (text) => expect(acts(text).asksQuestion).toBe(true));

  it.each([
    ["a DM request", "@x Can you send us a DM with your order number?"],
    ["a closing check", "@x Is there anything else we can help with?"],
    ["a follow-up check", "@x Does that help?"],
    ["a follow-up invitation", "@x Let us know if the option works."],
    ["a request to try something", "@x Could you go through the steps here and see if this clears up?"],
    ["a hand-off to a form", "@x Can you share your details here so our team can assist? https://support.zoom.us/hc/en-us/requests/new"],
    ["an offer phrased as a question", "@x Mind if we jump in?"],
  ])("does not count %s", (_, text) => expect(acts(text).asksQuestion).toBe(false));

  it("counts each question asked", () => {
    expect(acts("@x Which app is crashing? What OS are you on? We're happy to help.").questions).toHaveLength(2);
  });
});

describe("dialogueActs(features): answers", () => {
  it.each([
    ["steps", "@x Try logging out > restarting your device > logging back in."],
    ["an explanation", "@x This type of bonus can take up to 72 hours to be applied."],
    ["a decision", "@x We've refunded the duplicate charge."],
    ["a help article", "@x This guide may help you find your device: https://support.google.com/accounts/answer/7177579"],
    ["a product limit", "@x It isn't possible to change the default at the moment."],
  ])("finds %s", (kind, text) => expect(acts(text).givesAnswer, kind).toBe(true));

  it.each([
    ["a ticket form", "@x Please create a support ticket so we may assist you one-on-one. https://support.rockstargames.com/categories"],
    ["an e-mail hand-off", "@x Please send us an email at https://help.minecraft.net/hc/en-us/requests/new and we will assist."],
    ["a feedback route", "@x We recommend reporting this through our feedback tool. Here's how: https://support.google.com/youtube/answer/4347644"],
    ["a site's home page", "@x For technical help, please visit our Help site https://help.minecraft.net/hc/en-us"],
    ["an apology alone", "@x So sorry for the trouble, we're here for you."],
    ["a question whose link only helps answer it", "@x Could you confirm the carrier? You can find that information here: https://amzn.to/orders"],
  ])("does not treat %s as an answer", (_, text) => expect(acts(text).givesAnswer).toBe(false));
});
