import { z } from "zod";
import { describe, expect, it } from "vitest";
import { CarelensError } from "../../src/errors.js";
import { configureRubric, defineRubric } from "../../src/rubrics/define-rubric.js";
import { ventWait } from "../../src/rubrics/vent-wait.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { conversation } from "../support/build.js";

const saysSorry = defineRubric({
  id: "says-sorry",
  level: "message",
  description: "The agent apologises.",
  vocabulary: ["sorry", "no-sorry"],
  defaults: { words: ["sorry"] },
  configSchema: z.object({ words: z.array(z.string()) }),
  score: (ctx, i, config) => {
    const hit = config.words.some((w) => ctx.conversation.messages[i]!.text.toLowerCase().includes(w));
    return { label: hit ? "sorry" : "no-sorry", score: hit ? 1 : 0, evidence: [] };
  },
});

describe("defineRubric(definition)", () => {
  it("lets a user rubric go through the same door as the built-in ones", () => {
    const scorer = createScorer({ rubrics: [saysSorry] });
    const score = scorer.score(conversation([["customer", "@Acme broken", 0], ["agent", "@bob So sorry!", 60]]));
    expect(score.messages[1]!.rubrics["says-sorry"]).toEqual({ label: "sorry", score: 1, evidence: [] });
  });

  it.each([
    [{ id: "Bad Id" }, 'rubric id must be kebab-case (e.g. "my-rubric"), got "Bad Id"'],
    [{ vocabulary: [] }, 'rubric "says-sorry": vocabulary must be a non-empty list of labels'],
    [{ vocabulary: ["a", "a"] }, 'rubric "says-sorry": vocabulary repeats a label: ["a","a"]'],
    [{ level: "turn" }, 'rubric "says-sorry": level must be "message" or "conversation", got "turn"'],
    [{ defaults: { words: "sorry" } }, 'rubric "says-sorry": invalid configuration'],
  ])("refuses a bad definition (%j) with a message saying what is wrong", (change, message) => {
    expect(() => defineRubric({ ...saysSorry, ...change } as never)).toThrow(new RegExp(`^carelens: ${message.replace(/[()[\]{}"]/g, ".")}`));
  });

  it("refuses two rubrics with the same id, saying what to do", () => {
    expect(() => createScorer({ rubrics: [saysSorry, saysSorry] })).toThrow(CarelensError);
    expect(() => createScorer({ rubrics: [saysSorry, saysSorry] })).toThrow(/give your rubric another id/);
  });

  it("holds a user rubric to its vocabulary and to scores in [0, 1]", () => {
    const liar = defineRubric({ ...saysSorry, id: "liar", score: () => ({ label: "maybe", score: 2, evidence: [] }) } as never);
    expect(() => createScorer({ rubrics: [liar] }).score(conversation([["agent", "hi", 0]]))).toThrow(/returned label "maybe", not one of sorry, no-sorry/);
  });
});

describe("configureRubric(rubric, overrides) and createScorer({ config })", () => {
  it("merges configuration over the defaults, validated by the rubric's schema", () => {
    expect(configureRubric(ventWait, { minimumWaitSeconds: 120 }).defaults.minimumWaitSeconds).toBe(120);
    expect(() => configureRubric(ventWait, { minimumWaitSeconds: -1 })).toThrow(/invalid configuration/);
  });
  it("refuses an unknown option rather than keeping the default silently", () => {
    expect(() => configureRubric(ventWait, { minimumWaitSecond: 120 } as never)).toThrow(/invalid configuration[\s\S]*minimumWaitSecond/);
  });
  it("refuses configuration for a rubric that is not in use", () => {
    expect(() => createScorer({ config: { "vent-wiat": {} } })).toThrow(/config names rubric "vent-wiat", which is not in use/);
  });
});
