import { describe, expect, it } from "vitest";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { conversation, type Turn } from "../support/build.js";

const score = (turns: Turn[], options: Parameters<typeof conversation>[1] = {}) => createScorer().score(conversation(turns, options));
const reply = (turns: Turn[], rubric: string, options: Parameters<typeof conversation>[1] = {}) => {
  const result = score(turns, options);
  const agents = result.messages.filter((m) => m.role === "agent");
  return agents[agents.length - 1]!.rubrics[rubric]!;
};

describe("personalization", () => {
  it("is personal when the reply refers to what the customer said", () => {
    expect(reply([["customer", "@Acme my AirPods keep disconnecting from my laptop", 0], ["agent", "@bob Sorry your AirPods keep disconnecting! Try forgetting the laptop in Bluetooth settings.", 600]], "personalization").label).toBe("personal");
  });
  it("is personal when the reply uses the customer's name", () => {
    expect(reply([["customer", "@Acme help", 0], ["agent", "@bob Hi Ana, please DM us.", 60]], "personalization", { customerName: "Ana Ruiz" }).label).toBe("personal");
  });
  it("is canned when a unique reply refers to nothing the customer said", () => {
    const result = reply([["customer", "@Acme my zoom installer is stuck at 3% with error 1006", 0], ["agent", "@bob Please DM us so we can look into this.", 60]], "personalization");
    expect(result).toMatchObject({ label: "canned", score: 0, evidence: [{ reason: "refers to nothing the customer said" }] });
  });
  it("is canned when the reply is a template sent to customers with different problems", () => {
    const problems = ["my order never came", "the app crashes on login", "I was charged twice", "my password reset fails"];
    const conversations = problems.map((problem, i) => conversation([["customer", `@Acme ${problem}`, 0], ["agent", "@u Please send us an email at https://acme.com/contact and we will assist.", 60]], { id: `c${i}` }));
    const scorer = createScorer({ templates: mineTemplates(conversations) });
    const result = scorer.score(conversations[0]!).messages[1]!.rubrics.personalization!;
    expect(result.label).toBe("canned");
    expect(result.evidence[0]!.reason).toMatch(/^the same reply was sent in 4 conversations/);
  });
  it("is personal when an article link is introduced with words naming a problem, canned when only pointed at", () => {
    const locked = [["customer", "@Acme I'm locked out of my mail, what now?", 0]] as Turn[];
    expect(reply([...locked, ["agent", "@bob Hi there, for sign-in problems, all recovery options are explained in this article https://help.yahoo.com/kb/SLN2051.html -FR", 60]], "personalization").label).toBe("personal");
    expect(reply([...locked, ["agent", "@bob Hi there. Check out this article: https://help.yahoo.com/kb/SLN2051.html Hope this helps.", 60]], "personalization").label).toBe("canned");
  });
  it("is personal when a topic template names this customer's problem", () => {
    const conversations = [0, 1, 2, 3].map((i) => conversation([["customer", `@Acme I can't recover my account ${i}`, 0], ["agent", "@u Have you already tried recovering your account using the steps here: https://acme.com/recover", 60]], { id: `c${i}` }));
    const scorer = createScorer({ templates: mineTemplates(conversations) });
    expect(scorer.score(conversations[0]!).messages[1]!.rubrics.personalization!.label).toBe("personal");
  });
});

describe("name-use", () => {
  it("is used when the agent addresses the customer by name, not-used for the @handle alone", () => {
    expect(reply([["customer", "@Acme hi", 0], ["agent", "@bob Hi Justin, which app? ^SJ", 60]], "name-use").label).toBe("used");
    expect(reply([["customer", "@Acme hi", 0], ["agent", "@bob Which app? ^Justin", 60]], "name-use").label).toBe("not-used");
  });
  it("rolls up per conversation: used in any reply", () => {
    const result = score([["customer", "@Acme hi", 0], ["agent", "@bob Hi Justin!", 60], ["customer", "ok", 120], ["agent", "@bob Done.", 180]]);
    expect(result.rubrics["name-use"]!.label).toBe("used");
  });
});

describe("question-before-answer", () => {
  const qba = (turns: Turn[]) => score(turns).rubrics["question-before-answer"]!;
  it("is asked-first when a clarifying question came before the first answer, and counts the questions", () => {
    expect(qba([["customer", "@Acme it crashes", 0], ["agent", "@bob Which app? What OS are you on?", 60], ["customer", "PS4", 120], ["agent", "@bob Try reinstalling the game.", 180]])).toMatchObject({ label: "asked-first", score: 1, questionsBeforeAnswer: 2 });
  });
  it("is answered-first when the first answer had no question before it (one in the same message does not count)", () => {
    expect(qba([["customer", "@Acme it crashes", 0], ["agent", "@bob Try reinstalling the game. Which OS are you on?", 60]])).toMatchObject({ label: "answered-first", score: 0, questionsBeforeAnswer: 0 });
  });
  it("is no-answer when the agents only asked or sent the customer to DM", () => {
    expect(qba([["customer", "@Acme it crashes", 0], ["agent", "@bob Please DM us the details.", 60]])).toMatchObject({ label: "no-answer", score: null });
  });
  it("is n/a without any agent message", () => {
    expect(qba([["customer", "@Acme hello?", 0]])).toMatchObject({ label: "n/a", score: null, questionsBeforeAnswer: 0 });
  });
});

describe("ownership", () => {
  it.each([
    ["@bob We'll look into this right away.", "owns"],
    ["@bob Happy to help! Which app?", "owns"],
    ["@bob We made a mistake there, sorry.", "owns"],
    ["@bob We're happy to help, please call us at 1-800-555-0100.", "deflects"],
    ["@bob That's against our policy, so we can't help.", "deflects"],
    ["@bob You'll need to contact your bank about that.", "deflects"],
    ["@bob Please submit a ticket here: https://acme.com/requests/new", "deflects"],
    ["@bob Send us a DM so we can look into your account.", "owns"],
    ["@bob Please DM us your order number.", "neutral"],
    ["@bob Try clearing the cache: https://acme.com/help/cache If that doesn't help, call us at 1-800-555-0100.", "neutral"],
    ["@bob It's our policy, but I've escalated it for you.", "owns"],
    // Real wording (abcd-sample, twcs-sample).
    ["I can escalate to my manager if you'd like", "owns"],
    ["sure!  let me check that.", "owns"],
    ["@bob If that doesn't help please DM your full name, address and email including the browser and device so we can log this.", "owns"],
    ["@bob Hi Thomas, we operate a Think 25 policy at our stores.", "deflects"],
    ["ok, unfortunately because it has been more than 90 days we cannot accept the return.", "deflects"],
  ])("%j -> %s", (text, label) => {
    expect(reply([["customer", "@Acme it broke", 0], ["agent", text, 60]], "ownership").label).toBe(label);
  });
});

describe("vent-wait", () => {
  it("is interrupted when the customer was still writing: the next tweet continues their own thread", () => {
    const turns: Turn[] = [["customer", "@Acme my order is late", 0], ["agent", "@bob Sorry! Checking.", 30], ["customer", "@Acme and nobody answers the phone", 70, { inReplyTo: "c1-m0" }]];
    expect(score(turns).messages[1]!.rubrics["vent-wait"]!.label).toBe("interrupted");
  });
  it("is interrupted when, without reply links, the next message came too soon to be a reaction (default 20 s)", () => {
    const turns: Turn[] = [["customer", "my order is late", 0], ["agent", "Sorry! Checking.", 30], ["customer", "and nobody answers the phone", 35]];
    expect(score(turns, { channel: "chat" }).messages[1]!.rubrics["vent-wait"]!.label).toBe("interrupted");
  });
  it("is waited when the next customer message responds to the reply (on Twitter, it links to it)", () => {
    const turns: Turn[] = [["customer", "@Acme my order is late", 0], ["agent", "@bob Which order?", 30], ["customer", "@Acme #5521", 70, { inReplyTo: "c1-m1" }]];
    expect(score(turns).messages[1]!.rubrics["vent-wait"]!.label).toBe("waited");
  });
  it("asks an upset customer's burst to be left a minute before replying", () => {
    const turns: Turn[] = [["customer", "@Acme this is ridiculous, third time!!!", 0], ["agent", "@bob So sorry.", 20]];
    expect(score(turns).messages[1]!.rubrics["vent-wait"]).toMatchObject({ label: "interrupted", score: 0 });
    const calm: Turn[] = [["customer", "@Acme my order is late", 0], ["agent", "@bob Sorry!", 20]];
    expect(score(calm).messages[1]!.rubrics["vent-wait"]!.label).toBe("waited");
  });
  it("is n/a when a time is unknown or no customer message came before", () => {
    expect(score([["customer", "@Acme hi"], ["agent", "@bob hi"]]).messages[1]!.rubrics["vent-wait"]!.label).toBe("n/a");
    expect(score([["agent", "@bob We noticed an outage", 0]]).messages[0]!.rubrics["vent-wait"]!.label).toBe("n/a");
  });
  it("uses the burst window of the channel (e-mail has none)", () => {
    const turns: Turn[] = [["customer", "my order is late", 0], ["agent", "Sorry! Checking.", 30], ["customer", "and nobody answers", 70]];
    expect(score(turns, { channel: "email" }).messages[1]!.rubrics["vent-wait"]!.label).toBe("waited");
  });
});
