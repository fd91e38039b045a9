#!/usr/bin/env node
/**
 * Generates a TWCS-shaped CSV ("Customer Support on Twitter", Kaggle) of any size, deterministically.
 *
 * Shape, as in the real corpus: threads of 1-8 tweets between a customer and a brand, ids in contiguous
 * blocks per thread with some local disorder, `response_tweet_id` holding one or several ids ("a,b"),
 * replies to tweets that are not in the file, quoted commas and newlines, emoji, links, HTML entities,
 * agent signatures (^MM, /AY, *SR, -JS), templated and personal replies, bursts of customer tweets.
 *
 * Usage: node bench/generate-twcs.mjs --rows 300000 --out /tmp/twcs-300k.csv [--seed 42] [--shape threads]
 *
 * Shapes (for resource-bound tests, scripts/resource-bounds.mjs):
 *   threads     the corpus's shape, as above (default)
 *   one-thread  one enormous thread: every tweet answers the one before it (customer and brand taking turns)
 *   singles     single-tweet threads only: customer tweets nobody answered
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "300000" },
    out: { type: "string" },
    seed: { type: "string", default: "42" },
    shape: { type: "string", default: "threads" },
  },
});
if (!["threads", "one-thread", "singles"].includes(values.shape)) {
  console.error(`unknown --shape "${values.shape}": expected threads, one-thread or singles`);
  process.exit(2);
}
if (!values.out) {
  console.error("usage: generate-twcs.mjs --rows N --out FILE [--seed S]");
  process.exit(2);
}

/** mulberry32: a small seeded PRNG, so the same seed gives the same file. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const brands = [
  { name: "AppleSupport", agents: ["", ""], sig: () => "" },
  { name: "SpotifyCares", agents: ["AY", "JD", "SR", "KL"], sig: (a) => ` /${a}` },
  { name: "VirginTrains", agents: ["MM", "HP", "JS"], sig: (a) => ` ^${a}` },
  { name: "AmazonHelp", agents: ["RK", "TP", "MB", "CC", "DL"], sig: (a) => ` ^${a}` },
  { name: "RockstarSupport", agents: ["SR", "MS", "LT"], sig: (a) => ` *${a}` },
  { name: "Delta", agents: ["JS", "AB"], sig: (a) => ` -${a}` },
  { name: "ChaseSupport", agents: ["RR", "DM", "TS"], sig: (a) => ` ^${a}` },
];
const products = ["iPhone 8", "the app", "my order", "Premium", "my train ticket", "GTA Online", "my card", "the update", "my flight", "Echo Dot"];
const problems = ["keeps crashing", "won't load", "was charged twice", "is delayed again", "logs me out", "hasn't arrived", "shows an error", "is too slow", "skips songs", "got cancelled"];
const names = ["Miriam", "John", "Sara", "Ahmed", "Li", "Chloé", "Olu", "Priya", "Tom", "Ana"];
const emoji = ["😡", "🙏", "😊", "🤨", "👍", "💔", "😂"];
const link = () => `https://t.co/${Math.floor(random() * 36 ** 8).toString(36)}`;

function customerText(brand, product, problem) {
  const variants = [
    () => `@${brand} ${product} ${problem}, what do I do?`,
    () => `@${brand} ${product} ${problem}!!! This is the third time this week ${pick(emoji)}`,
    () => `@${brand} hi, ${product} ${problem} since yesterday. I tried restarting, no luck`,
    () => `@${brand} seriously? ${product} ${problem} &amp; nobody answers the phone ${pick(emoji)}${pick(emoji)}`,
    () => `@${brand} Thanks so much, the team was brilliant today ${pick(emoji)}`,
    () => `@${brand} "${product}" ${problem}, see screenshot ${link()}`,
    () => `@${brand} ${product} ${problem}.\nAlso the support page is down.\nPlease help`,
    () => `@${brand} it says error 0x${Math.floor(random() * 65536).toString(16)}, ${product} still ${problem}`,
  ];
  return pick(variants)();
}

function agentText(customer, brandDef, agent, product, problem) {
  const name = pick(names);
  const variants = [
    () => `@${customer} Please DM us so we can look into this.`,
    () => `@${customer} We're sorry to hear that. Send us a DM and we'll help. ${link()}`,
    () => `@${customer} Hi ${name}, sorry ${product} ${problem}. Which version are you on, and does it happen on wifi too?`,
    () => `@${customer} Thanks for reaching out, ${name}. Try logging out > restarting your device > logging back in, then let us know how it goes.`,
    () => `@${customer} We can help with ${product}. This article explains the fix: ${link()}`,
    () => `@${customer} That's not something we can help with here, you'll need to contact your bank by phone.`,
    () => `@${customer} Glad to hear it, ${name}! We'll pass your kind words on 😊`,
    () => `@${customer} Hi there, what device is this happening on? If you could also let us know the app version, that'd be great`,
  ];
  const sig = brandDef.agents[0] ? brandDef.sig(agent) : "";
  return pick(variants)() + sig;
}

function twitterDate(ms) {
  const d = new Date(ms);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, "0");
  return `${day} ${mon} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function csvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const total = Number(values.rows);
const out = createWriteStream(values.out);
let buffer = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";
let written = 0;
let nextId = 1;
let nextCustomer = 100000;
let clock = Date.UTC(2017, 9, 1, 0, 0, 0);

async function flush(force) {
  if (buffer.length < 1 << 20 && !force) return;
  if (!out.write(buffer)) await new Promise((r) => out.once("drain", r));
  buffer = "";
}

while (written < total) {
  const brandDef = pick(brands);
  const brand = brandDef.name;
  const customer = String(nextCustomer++);
  const product = pick(products);
  const problem = pick(problems);
  const agent = brandDef.agents[0] ? pick(brandDef.agents) : "";
  const size = values.shape === "singles" ? 1 : values.shape === "one-thread" ? Math.min(total - written, 1000) : Math.min(total - written, chance(0.1) ? 1 : 2 + Math.floor(random() * 7));
  clock += Math.floor(random() * 20_000);
  const tweets = [];
  let time = clock;
  for (let i = 0; i < size; i++) {
    // Customers open; bursts (two customer tweets in a row) happen now and then.
    const inbound = values.shape === "one-thread" ? nextId % 2 === 1 : i === 0 || (tweets[i - 1].inbound ? chance(0.15) : true);
    time += inbound ? Math.floor(random() * 600_000) : 60_000 + Math.floor(random() * 5_400_000);
    tweets.push({
      id: nextId++,
      inbound,
      time,
      text: inbound ? customerText(brand, product, problem) : agentText(customer, brandDef, agent, product, problem),
    });
  }
  // Replies to a tweet outside the file, now and then (the thread's parent is missing).
  // In one-thread, each block of 1,000 tweets continues the block before it: one thread over the whole file.
  const outsideParent = values.shape === "one-thread" ? (tweets[0].id > 1 ? tweets[0].id - 1 : null) : chance(0.03) ? 900_000_000 + Math.floor(random() * 1e6) : null;
  // Now and then a thread forks: the second reply also answers the first tweet ("a,b").
  const fork = values.shape === "threads" && size >= 3 && chance(0.1);
  const next = values.shape === "one-thread" && written + size < total ? tweets[size - 1].id + 1 : null;
  const rows = tweets.map((t, i) => {
    const children = [];
    if (i + 1 < size && !(fork && i === 1)) children.push(tweets[i + 1].id);
    if (fork && i === 0) children.push(tweets[2].id);
    if (i + 1 === size && next !== null) children.push(next);
    let parent = i > 0 ? tweets[i - 1].id : outsideParent;
    if (fork && i === 2) parent = tweets[0].id;
    return [
      t.id,
      t.inbound ? customer : brand,
      t.inbound ? "True" : "False",
      twitterDate(t.time),
      csvCell(t.text),
      csvCell(children.join(",")),
      parent === null ? "" : `${parent}${chance(0.2) ? ".0" : ""}`,
    ].join(",");
  });
  // Local disorder: real exports are only roughly in id order.
  if (values.shape === "threads" && chance(0.3) && rows.length > 1) rows.reverse();
  for (const row of rows) buffer += row + "\n";
  written += size;
  await flush(false);
}
await flush(true);
out.end();
await new Promise((r) => out.once("finish", r));
console.error(`wrote ${written} rows to ${values.out}`);
