import { z } from "zod";
import { patterns } from "../text/phrase-matcher.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt, turnStart } from "./evidence.js";

const APOLOGY = patterns([
  "(?:sorry|apologies|apologi[sz]e)(?: \\w{1,10}){0,3} (?:for|about) (?:the |our |this |my )?(?:\\w{1,10} )?(?:delay(?:ed)?|wait(?:ing)?|late (?:reply|response)|slow (?:reply|response)|delayed (?:reply|response)|long wait|time it took|hold)",
  "(?:thanks?|thank you)(?: so much)? for (?:your |the )?(?:patience|waiting|bearing with us|holding)", "(?:appreciate|appreciating) (?:your|the) (?:patience|wait)",
  "(?:sorry|apologies) (?:we|i) (?:missed|didn'?t see|didn'?t get to|overlooked) (?:this|your)", "(?:sorry|apologies) for (?:getting back|replying|responding) (?:so )?late",
]);
const REASON = patterns([
  "(?:due to|because of|owing to|as a result of) (?:a |an |the )?(?:\\w{1,12} ){0,3}(?:volume|demand|number of|influx|outage|backlog|holiday|circumstances|situation|covid|pandemic|staff\\w{0,4}|messages|requests|inquiries|enquiries)",
  "(?:high|higher|heavy|increased|unusually high|large|record) (?:volumes?|demand|numbers?)", "(?:busier|busy) (?:than usual|than normal|period|time|day)", "longer (?:wait|response|than usual)",
  "(?:experiencing|seeing|receiving|handling) (?:a |an )?(?:high|higher|large|increased|unusually high|heavy) ", "as you can imagine", "(?:hectic|crazy|extraordinary|unprecedented) (?:times|time|period|days)",
  "things have been (?:quite |very |a bit )?(?:hectic|busy|crazy)", "because (?:we|our|of)",
]);

/**
 * `late-reply-apology` (per agent reply later than the SLA after the customer's message, default 60
 * minutes): "apologized-with-reason" when the agent acknowledges the delay and gives a reason ("Sorry for
 * the wait, we're seeing very high volumes"), "apologized" when it acknowledges the delay without a reason,
 * "none" when it does neither; "n/a" for replies within the SLA or with an unknown time.
 * Score 1 / 0.5 / 0 / null.
 *
 * @example
 * // customer 09:00, agent 14:00 "Apologies for the delay, we're experiencing high volumes. Try ..."
 * // => { label: "apologized-with-reason", score: 1, ... }
 */
export const lateReplyApology = defineRubric({
  id: "late-reply-apology",
  level: "message",
  description: "A reply later than the SLA acknowledges the delay and gives a reason.",
  vocabulary: ["apologized-with-reason", "apologized", "none", "n/a"],
  defaults: { slaSeconds: 3600 },
  configSchema: z.object({ slaSeconds: z.number().positive() }),
  score(context, index, config) {
    const messages = context.conversation.messages;
    const reply = messages[index]!;
    // The turn's first customer message.
    let i = turnStart(messages, index);
    while (i < index && messages[i]!.role !== "customer") i++;
    const first = i < index ? messages[i]!.sentAt : undefined;
    if (!first || !reply.sentAt) return { label: "n/a", score: null, evidence: [] };
    const waited = (reply.sentAt.getTime() - first.getTime()) / 1000;
    if (waited <= config.slaSeconds) return { label: "n/a", score: null, evidence: [] };
    const text = reply.text;
    const apology = APOLOGY.first(text);
    const late = evidenceAt(reply, undefined, `replied ${Math.round(waited / 60)} min after the customer (SLA ${Math.round(config.slaSeconds / 60)} min)`);
    if (!apology) return { label: "none", score: 0, evidence: [late] };
    const reason = REASON.first(text);
    if (!reason) return { label: "apologized", score: 0.5, evidence: [late, evidenceAt(reply, apology, "acknowledges the delay")] };
    return { label: "apologized-with-reason", score: 1, evidence: [late, evidenceAt(reply, apology, "acknowledges the delay"), evidenceAt(reply, reason, "gives a reason")] };
  },
});
