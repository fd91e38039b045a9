import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageTone } from "../../src/text/tone.js";
import { realConversations } from "../support/real-exports.js";
import { referenceMessageTone } from "../support/tone-reference.js";

/** Words and signs the tone cues are made of, so random texts hold many cues, overlapping and not. */
const PIECES = [
  "@Acme", "@bob_2", "http://x.co/a", "https://t.co/b", "thanks", "Thank you", "thank you so much", "cheers", "ty", "thx", "!!!", "!!", "???", "??", "?!", "!?", "?", "!", ".", ",", "...",
  "\n", " ", "  ", "still not", "still", "again", "yet again", "not great", "isn't", "not", "never", "awesome", "love it", "great job", "perfect", "glad", "it's working now", "working now?",
  "would be", "sorted", "for the past week", "3 times", "several times", "soooo", "frustrated", "worst", "useless", "terrible", "no one has contacted me", "going in circles", "cancel my account",
  "but", "however", "appreciate it", "please", "help", "why", "can you", "STOP", "WORST", "SERVICE", "EVER", "IT", "NOT", "REALLY", "😊", "🙄", "🤦", "😡", ":(", ":)", ":/", "<3", "-_-", "T_T",
  "é", "’", ">:(", "T__T", ":D", ":-)", ":-/", "❤", "☹", "⭐", "ALL", "NO", "HELP ME NOW", "PLEASE", "didn't work", "that worked", "that's reassuring...", "i guess", "so happy", "love the new update", "have a great day",
];

describe("messageTone: the same reading as the reference (the reader before its speed-ups)", () => {
  it("on texts made of cue words", () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).chain((parts) => fc.constantFrom(" ", "").map((glue) => parts.join(glue)));
    fc.assert(
      fc.property(text, (t) => {
        expect(messageTone(t)).toEqual(referenceMessageTone(t));
      }),
      { seed: 11, numRuns: 4000 },
    );
  });

  it("with extra cues from the options", () => {
    const options = { negative: ["pants", "not great"], positive: ["ace", "thanks"] };
    for (const t of ["@Acme this is pants!!!", "ace, thanks!!!", "not great. thanks", "pants ace ace :)"]) expect(messageTone(t, options)).toEqual(referenceMessageTone(t, options));
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        expect(messageTone(t)).toEqual(referenceMessageTone(t));
      }),
      { seed: 12, numRuns: 1000 },
    );
  });

  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp"],
    ["ibm-twitter-cdp/test.json", "ibm-cdp"],
    ["twcs-sample/sample.csv", "twcs"],
    ["twcs-sample/spotifycares_inbound.csv", "twcs"],
  ] as const)("on every message of %s", async (file, format) => {
    let differing = 0;
    for (const conversation of await realConversations(file, format)) {
      for (const { text } of conversation.messages) if (JSON.stringify(messageTone(text)) !== JSON.stringify(referenceMessageTone(text))) differing++;
    }
    expect(differing).toBe(0);
  });
});
