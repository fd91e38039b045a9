import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { agentSignature } from "../../src/io/agent-signature.js";
import { parseDateTime } from "../../src/io/date-time.js";
import { ibmDuration } from "../../src/io/formats/ibm-cdp-duration.js";
import { parseExport } from "../../src/io/read-export.js";
import { cleanText } from "../../src/io/text.js";
import { configureRubric } from "../../src/rubrics/define-rubric.js";
import { empathy } from "../../src/rubrics/empathy.js";
import { ownership } from "../../src/rubrics/ownership.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { signature } from "../../src/scoring/minhash.js";
import { maskedText } from "../../src/text/mask.js";
import { dialogueActs } from "../../src/text/dialogue-acts.js";
import { phrases } from "../../src/text/phrase-matcher.js";
import { textFeatures } from "../../src/text/text-features.js";
import { messageTone } from "../../src/text/tone.js";
import { conversation } from "../support/build.js";

/**
 * No regex may backtrack super-linearly on text from the public. Each built-in lexicon and pattern (run
 * through the public functions that use them: tone, text features, dialogue acts, signatures, dates, every
 * rubric through the scorer) and each user word-list path is run on adversarial inputs of 50 KB and
 * 100 KB; the time may at most about double (linear: 2; quadratic: 4). Timings are the minimum of several
 * runs from a collected heap, retried (the machine is shared), and a case that stays under 50 ms at 100 KB
 * passes: that is noise, not growth (the quadratic link handling this test found took 350 ms).
 */

const ADVERSARIAL: Record<string, (n: number) => string> = {
  letters: (n) => "a".repeat(n),
  "words and spaces": (n) => "a ".repeat(n / 2),
  spaces: (n) => " ".repeat(n - 1) + "x",
  capitals: (n) => "AB ".repeat(n / 3),
  "capitals and punctuation": (n) => "ABC!? ".repeat(n / 6),
  bangs: (n) => "!?".repeat(n / 2),
  handles: (n) => "@a".repeat(n / 2),
  link: (n) => `https://${"a".repeat(n - 8)}`,
  links: (n) => "https://t.co/x ".repeat(n / 15),
  digits: (n) => "1-800-".repeat(n / 6),
  apostrophes: (n) => "we'’ll ".repeat(n / 7),
  greetings: (n) => "Hi Ana, ".repeat(n / 8),
  "care phrases": (n) => "sorry so we can help please DM us ".repeat(n / 34),
  emoji: (n) => "😡:(".repeat(n / 4),
  "line breaks": (n) => "a\n".repeat(n / 2),
  mixed: (n) => {
    const alphabet = "aA1 .!?,'’-@#:/\n😡Zz";
    let seed = 7;
    let out = "";
    while (out.length < n) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      out += alphabet[seed % alphabet.length];
    }
    return out;
  },
};

const HOSTILE_WORDS = ["(a+)+$", "(a|a)*b", "a".repeat(200), "a ".repeat(100), ".*.*.*=", "\\", "[", "(?:", "a{1,100000}", "’'’'", "\uD800", "$&", "^", "sorry"];

// Each timing starts from a collected heap, so garbage left by the previous run is not billed to this one.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function minMs(run: () => unknown, times = 3): number {
  let best = Infinity;
  gc();
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Checks that doubling the input at most about doubles the time (retried: the machine is shared). */
function expectLinear(label: string, fn: (text: string) => unknown, make: (n: number) => string): void {
  const small = make(50_000);
  const big = make(100_000);
  // Warm up: the first run pays for compilation and heap growth, not for the input.
  fn(big);
  let ratio = Infinity;
  let slow = 0;
  for (let attempt = 0; attempt < 5 && ratio > 3; attempt++) {
    const a = minMs(() => fn(small));
    const b = minMs(() => fn(big));
    slow = b;
    ratio = b < 50 ? 0 : b / Math.max(a, 0.5);
  }
  expect(ratio, `${label}: 100 KB took ${slow.toFixed(1)} ms, ${ratio.toFixed(2)}× the 50 KB time`).toBeLessThan(3);
}

const hostileScorer = createScorer({
  config: { ownership: { ownsPhrases: HOSTILE_WORDS, deflectsPhrases: HOSTILE_WORDS }, empathy: { phrases: HOSTILE_WORDS }, personalization: { notNames: HOSTILE_WORDS }, "name-use": { notNames: HOSTILE_WORDS } },
  tone: { negative: HOSTILE_WORDS, positive: HOSTILE_WORDS },
});
const thread = (text: string) => conversation([["customer", text, 0], ["agent", `@bob ${text} ^MM`, 60]]);

const PATHS: Record<string, (text: string) => unknown> = {
  "messageTone (every tone lexicon)": (text) => messageTone(text),
  "textFeatures + dialogueActs (sentences, links, act lexicons)": (text) => dialogueActs(textFeatures(text, "agent")),
  "agentSignature, parseDateTime, ibmDuration, cleanText": (text) => [agentSignature(text), parseDateTime(text), ibmDuration(text), cleanText(text)],
  // The scorer runs every built-in rubric (their lexicons) and, configured so, every user word-list path.
  "every rubric through the scorer, with hostile user word lists in rubric config and tone cues": (text) => hostileScorer.score(thread(text)),
  "user phrases matched directly": (text) => phrases(HOSTILE_WORDS).find(text),
  "template masks and minhash signatures": (text) => signature(maskedText(textFeatures(`@bob ${text} ^MM`, "agent"))),
};

describe("regexes run in linear time on adversarial 100 KB inputs", () => {
  for (const [path, fn] of Object.entries(PATHS)) {
    it(path, () => {
      for (const [name, make] of Object.entries(ADVERSARIAL)) expectLinear(`${path} on ${name}`, fn, make);
    });
  }

  it("the TWCS loader on a 100 KB adversarial text field", async () => {
    for (const [name, make] of Object.entries(ADVERSARIAL)) {
      const csv = (n: number) => `tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,Acme,False,Tue Oct 31 22:10:47 +0000 2017,"${make(n).replaceAll('"', '""')}",,\n`;
      const small = csv(50_000);
      const big = csv(100_000);
      const time = async (text: string) => {
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          gc();
          const start = performance.now();
          await parseExport(text, { format: "twcs" });
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      const [a, b] = [await time(small), await time(big)];
      expect(b < 50 ? 0 : b / Math.max(a, 0.5), `twcs on ${name}`).toBeLessThan(3);
    }
  });
});

describe("user word lists are validated and literal", () => {
  it("refuses a phrase longer than 200 characters, naming the rubric, the option and the limit", () => {
    expect(() => configureRubric(ownership, { ownsPhrases: ["a".repeat(50_000) + "!"] })).toThrow(/rubric "ownership": invalid configuration\n.*at most 200 characters\n.*ownsPhrases\[0\]/);
    expect(() => configureRubric(empathy, { phrases: "sorry" as unknown as string[] })).toThrow(/rubric "empathy": invalid configuration\n.*expected a list of phrases/);
    expect(() => createScorer({ tone: { negative: ["x".repeat(201)] } })).toThrow(/invalid tone options:\n.*at most 200 characters\n.*negative\[0\]/);
    expect(() => createScorer({ tone: { negatives: ["x"] } as never })).toThrow(/invalid tone options/);
  });

  it("matches regex metacharacters literally", () => {
    expect(phrases(["(a+)+$"]).find("aaaa (a+)+$ aaaa").map((m) => m.text)).toEqual(["(a+)+$"]);
    expect(phrases([".*"]).find("anything at all")).toEqual([]);
    const scored = createScorer({ config: { empathy: { phrases: ["(so) [sorry]"] } } }).score(conversation([["customer", "it broke", 0], ["agent", "(so) [sorry] about that", 60]]));
    expect(scored.messages[1]!.rubrics.empathy!.label).toBe("expressed");
  });
});
