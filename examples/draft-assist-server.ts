/**
 * A small live-assist service: POST a conversation and a draft reply to /check, get back which rubrics the
 * draft would fail and why, before the agent sends it. The scorer (with the templates of past replies) is
 * built once at start-up; each check then takes well under a millisecond.
 *
 *   npx tsx examples/draft-assist-server.ts ../shared/data/ibm-twitter-cdp/dev.json 8787
 *   curl -s localhost:8787/check -d '{"conversation": {...}, "draft": "@bob Please DM us."}'
 */
import { createServer, type IncomingMessage } from "node:http";
import { ConversationSchema, checkDraft, createScorer, mineTemplates } from "carelens";
import { loadExport } from "carelens/node";

const [corpus = "../shared/data/ibm-twitter-cdp/dev.json", port = "8787"] = process.argv.slice(2);
const { conversations } = await loadExport(corpus, { format: "ibm-cdp" });
const scorer = createScorer({ templates: mineTemplates(conversations) });

async function body(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 1_000_000) throw new Error("request too large");
  }
  return JSON.parse(text);
}

const server = createServer(async (request, response) => {
  const send = (status: number, value: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(value));
  };
  if (request.method !== "POST" || request.url !== "/check") return send(404, { error: "POST /check with { conversation, draft }" });
  try {
    const input = (await body(request)) as { conversation?: unknown; draft?: unknown };
    // JSON has no dates: message times arrive as ISO strings.
    const raw = input.conversation as { messages?: { sentAt?: unknown }[] } | undefined;
    for (const m of raw?.messages ?? []) if (typeof m.sentAt === "string") m.sentAt = new Date(m.sentAt);
    const parsed = ConversationSchema.safeParse(raw);
    if (!parsed.success || typeof input.draft !== "string") return send(400, { error: "expected { conversation: Conversation, draft: string }", issues: parsed.error?.issues.slice(0, 5) });
    const check = checkDraft(parsed.data, input.draft, { scorer });
    send(200, { passes: check.passes, failed: check.failed, partly: check.partly });
  } catch (error) {
    send(400, { error: (error as Error).message });
  }
});
server.listen(Number(port), "127.0.0.1", () => console.log(`draft assist listening on http://127.0.0.1:${(server.address() as { port: number }).port}/check`));
