/**
 * A user rubric, defined with the same API as the built-in ones: does the agent close with a clear next
 * step ("we'll email you by Friday", "reply here once you've tried it")? Scored with the built-ins on a
 * real export, then shown per brand.
 *
 *   npx tsx examples/custom-rubric.ts ../shared/data/ibm-twitter-cdp/test.json
 */
import { builtInRubrics, createScorer, defineRubric, mineTemplates, toTable } from "carelens";
import { loadExport } from "carelens/node";

const nextStep = defineRubric({
  id: "next-step",
  level: "message",
  description: "The reply tells the customer what happens next or what to do next.",
  vocabulary: ["next-step", "none"],
  defaults: { cues: ["let us know", "reply here", "we'll", "we will", "follow up", "once you", "dm us", "send us"] },
  score(context, index, config) {
    const text = context.conversation.messages[index]!.text;
    const lower = text.toLowerCase();
    for (const cue of config.cues) {
      const at = lower.indexOf(cue);
      if (at >= 0) {
        const evidence = [{ messageId: context.conversation.messages[index]!.id, start: at, end: at + cue.length, text: text.slice(at, at + cue.length), reason: "names a next step" }];
        return { label: "next-step", score: 1, evidence };
      }
    }
    return { label: "none", score: 0, evidence: [] };
  },
});

const path = process.argv[2] ?? "../shared/data/ibm-twitter-cdp/test.json";
const { conversations } = await loadExport(path, { format: "ibm-cdp" });
const scorer = createScorer({ rubrics: [...builtInRubrics, nextStep], templates: mineTemplates(conversations), config: { "next-step": { cues: ["let us know", "reply here", "we'll", "we will", "dm us", "send us", "once you"] } } });
const rows = conversations.flatMap((conversation) =>
  scorer
    .score(conversation)
    .messages.filter((m) => m.role === "agent")
    .map((m) => ({ brand: conversation.brand, nextStep: m.rubrics["next-step"]!.score ?? 0 })),
);
const table = toTable(rows).groupby("brand").rollup({ replies: "count()", nextStepShare: "mean(d.nextStep)" }).orderby("brand");
console.log(JSON.stringify({ rubric: nextStep.id, replies: rows.length, brands: table.objects() }));
