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

// Categories from the second tuning set (twcs-sample, abcd-sample) and dev.json, in their real wording.
describe("dialogueActs(features): questions in other shapes", () => {
  it.each([
    ["a DM request naming a diagnostic detail", "@x Battery life is important, and we're here for you. DM us the iOS version your iPhone is running."],
    ["a DM request for the steps already tried", "@x We'd love to help! Please DM us and let us know any steps you've tried since experiencing these behaviors."],
    ["an inverted question without '?'", "@x Have you tried from another device, Miriam ^MM"],
    ["a question after an apology that ends in a link", "@x Sorry to hear about the trouble – have you tried these troubleshooting steps: https://support.google.com/youtubetv/answer/7129766 If nothing helps, let us know."],
    ["'if you could let us know'", "@x If you could also let us know the Android and Spotify versions you're using, that'd be great /AY"],
  ])("counts %s", (_, text) => expect(acts(text).asksQuestion).toBe(true));

  it.each([
    ["a request for identification", "sure, may I have your name please?"],
    ["a DM request for account details", "@x Can you DM me your full name, address and email? I'd be happy to look into this further for you :)"],
    ["a check whether a link helped", "@x It's working OK from here, Miriam. Does this link help https://t.co/0m2mpH15eh ? ^MM"],
    ["a suggestion to try a step", "@x Hi Harry! Can you check if logging out > restarting your device > logging back in makes a difference? Keep us posted /MU"],
    ["'give us a shout'", "@x Check out https://support.spotify.com/us/article/someone-has-gained-access-to-my-account for what to do next. If you have any questions, just give us a shout /G"],
  ])("does not count %s", (_, text) => expect(acts(text).asksQuestion).toBe(false));
});

describe("dialogueActs(features): answers in other shapes", () => {
  const afterQuestion = (text: string) => dialogueActs(textFeatures(text, "agent"), { customerAsked: true });
  it.each([
    ["a step suggested as a question", "@x Thanks. Does logging out > restarting your device > logging back in make a difference? /AY"],
    ["a step asked of the customer", "@x Hi there, could you try deleting your cache and cookies and reinstalling the app if using it? This should fix the issue :)"],
    ["a diagnosis with 'could affect'", "@x Thanks. The distance could possibly affect playback."],
    ["a step after 'be sure to also'", "@x Remember to attach your Transaction ID. Be sure to also double check your spam folders! ^AF"],
  ])("finds %s", (_, text) => expect(acts(text).givesAnswer).toBe(true));

  it.each([
    ["a fact", "@x Once the points load and you hit the number, you get it immediately! You'll even receive a congrats email. ^AC"],
    ["a short fact", "less than a week"],
    ["a fact after a clarifying question", "@x We're sorry your flight has been delayed. Are you travelling on the BA8733? If so, the updated departure time we have is 15:30. 1/2"],
    ["a fact followed by thanks", "@x Hi there, as long as you sign out of your account prior to deleting your cache & cookies, you'll still have a full basket :) Thanks - Mike"],
  ])("finds %s stated after the customer's question", (_, text) => {
    expect(afterQuestion(text).givesAnswer).toBe(true);
    expect(acts(text).givesAnswer).toBe(false);
  });

  it.each([
    ["a promise to look", "@x We'd like to provide some assistance with this. We'll go from there."],
    ["passing it on", "@x Thanks for the details, we've passed this on to the team."],
    ["courtesy", "@x You're welcome! Have a great day."],
    ["a statement that sets up a question", "@x Your website is resolving for us well in several browsers. Are you failing to see the website?"],
    ["statements around a hand-off", "@x This is something that needs to be handled by our accounts specialists via email. Go ahead and contact them at https://www.dropbox.com/support"],
  ])("does not treat %s as an answer to the customer's question", (_, text) => expect(afterQuestion(text).givesAnswer).toBe(false));

  it.each([
    ["a DM button after a DM request", "@x Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together. https://t.co/GDrqU22YpT"],
    ["a card after the signature", "@x Your business means a lot to us. Please DM your name, zip code and additional details about your concern. ^RR https://t.co/znUu1VJn9r"],
    ["'follow us' to DM", "@x I understand how frustrating this situation can be. Please follow us by sending a DM for further assistance. -AC"],
  ])("does not treat %s as an answer", (_, text) => expect(acts(text).givesAnswer).toBe(false));
});
