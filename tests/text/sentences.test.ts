import { describe, expect, it } from "vitest";
import { textFeatures } from "../../src/text/text-features.js";
import { stem, words } from "../../src/text/words.js";

const sentencesOf = (text: string) => textFeatures(text, "agent").sentences.map((s) => s.text);

describe("textFeatures(text, role).sentences", () => {
  it("splits at sentence ends, not inside links or after abbreviations", () => {
    expect(sentencesOf("@x Sorry! Which app, e.g. Photoshop? See https://x.co/a.b for more. ^SJ")).toEqual(["Sorry!", "Which app, e.g. Photoshop?", "See https://x.co/a.b for more."]);
  });
  it("ends a sentence at a link followed by a capitalised word, as tweets do", () => {
    expect(sentencesOf("@x Have you tried the steps here: https://x.co/a These tips may help.")).toEqual(["Have you tried the steps here: https://x.co/a", "These tips may help."]);
  });
  it("leaves out the leading @handles and the agent signature", () => {
    const f = textFeatures("@a @b Hi Ann, thanks! ^MM", "agent");
    expect(f.sentences.map((s) => s.text)).toEqual(["Hi Ann, thanks!"]);
    expect(f.text.slice(f.leadEnd)).toBe("Hi Ann, thanks! ^MM");
    expect(f.signature?.agentId).toBe("MM");
  });
});

describe("words(text) and stem(word)", () => {
  it("keeps contractions whole and straightens curly apostrophes", () => {
    expect(words("We’ll fix it, Ana!").map((w) => w.lower)).toEqual(["we'll", "fix", "it", "ana"]);
  });
  it.each([["crashing", "crash"], ["crashes", "crash"], ["connection", "connect"], ["connecting", "connect"], ["recovery", "recover"], ["recovering", "recover"]])("stem(%j) is %j", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
