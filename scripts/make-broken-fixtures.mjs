#!/usr/bin/env node
// Makes tests/fixtures/broken/: small broken files cut from the real exports in ../shared/data, each
// broken one way real exports are (truncated mid-quote, stray quotes, missing columns, a BOM in the
// middle, CRLF/LF mixed, UTF-16, Latin-1, invalid UTF-8, JSON cut mid-object, ...). Deterministic: run
// it again and the files come out the same. The expected issues (name.expected.json) are written by
// `--expect` from what carelens finds (npm run build first) and then read and checked by hand.
//
//   node scripts/make-broken-fixtures.mjs            # the broken files
//   node scripts/make-broken-fixtures.mjs --expect   # and their .expected.json (review the diff!)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = (path) => readFileSync(`${root}../shared/data/${path}`, "utf8");
const out = `${root}tests/fixtures/broken/`;
mkdirSync(out, { recursive: true });

const twcs = data("twcs-sample/sample.csv").split(/\r?\n/);
const [header] = twcs;
const rows = (from, to) => twcs.slice(from, to);
const csv = (lines, eol = "\n") => `${lines.join(eol)}${eol}`;
const ibm = JSON.parse(data("ibm-twitter-cdp/dev.json"));
const abcd = JSON.parse(data("abcd-sample/abcd_sample.json"));
const spotify = data("twcs-sample/spotifycares_inbound.csv").split(/\r?\n/);

const utf16le = (text) => {
  const bytes = Buffer.alloc(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), 2 + 2 * i);
  return bytes;
};

/** name, format options, how it was made (for the README), and its bytes. */
const fixtures = [];
const add = (name, options, how, content) => fixtures.push({ name, options, how, content });

{
  // Cut inside the quoted text of row 8 (line 9): the quote is never closed.
  const text = csv([header, ...rows(1, 9)]);
  const cut = text.indexOf("It's working OK from here");
  add("twcs-truncated-mid-quote.csv", { format: "twcs" }, "twcs-sample/sample.csv lines 1-9, cut in the middle of the quoted text on line 9", text.slice(0, cut));
}
{
  // A stray quote in an unquoted text (line 2), and a field that opens a quote it never closes (line 6).
  const lines = [header, ...rows(1, 12)];
  lines[1] = lines[1].replace("causing the reply", 'causing "the" reply');
  lines[5] = lines[5].replace(",@VirginTrains see attached", ',"@VirginTrains see attached');
  add("twcs-stray-quotes.csv", { format: "twcs" }, 'sample.csv lines 1-12; a stray `"the"` inside the unquoted text of line 2; line 6\'s text opens a quote that is never closed', csv(lines));
}
{
  // Rows missing their last two columns (lines 3, 4), a row with an extra column (line 6).
  const lines = [header, ...rows(1, 10)];
  lines[2] = lines[2].replace(/,,119239$/, "");
  lines[3] = lines[3].replace(/,119238,$/, "");
  lines[5] = `${lines[5]},extra`;
  add("twcs-missing-columns.csv", { format: "twcs" }, "sample.csv lines 1-10; lines 3 and 4 lose their last two columns, line 6 gets an eighth", csv(lines));
}
{
  // A BOM at the start (fine) and one pasted in the middle, before the tweet_id of line 5.
  const lines = [header, ...rows(1, 10)];
  lines[4] = `\uFEFF${lines[4]}`;
  add("twcs-bom-in-middle.csv", { format: "twcs" }, "sample.csv lines 1-10 with a BOM at the start of the file and another at the start of line 5 (files concatenated)", `\uFEFF${csv(lines)}`);
}
{
  // Line endings: CRLF, LF and a lone CR, mixed.
  const lines = [header, ...rows(1, 12)];
  const text = lines.map((line, i) => line + (i % 3 === 0 ? "\r\n" : i % 3 === 1 ? "\n" : "\r")).join("");
  add("twcs-crlf-lf-mix.csv", { format: "twcs" }, "sample.csv lines 1-12, line endings cycling CRLF, LF, lone CR", text);
}
{
  add("twcs-utf16le.csv", { format: "twcs" }, "sample.csv lines 1-15 re-encoded as UTF-16LE with its byte-order mark (Excel's \"Unicode text\")", utf16le(csv([header, ...rows(1, 15)])));
}
{
  // Latin-1: every character above U+00FF becomes "?", the rest one byte each: é (and the emoji) are not UTF-8.
  const text = csv([header, ...rows(1, 15)]).replace("hi #apple, I’ve", "hi #apple, I've été");
  const bytes = Buffer.from(text.replace(/[^\u0000-\u00ff]/gu, "?"), "latin1");
  add("twcs-latin1.csv", { format: "twcs" }, "sample.csv lines 1-15 with \"été\" added to line 14, saved as Latin-1 (é is one byte, not UTF-8; characters beyond Latin-1 became ?)", bytes);
}
{
  // Invalid UTF-8 bytes in the text of line 3: a lone continuation byte, an overlong "/", a cut 4-byte sequence.
  const text = csv([header, ...rows(1, 8)]);
  const at = Buffer.byteLength(text.slice(0, text.indexOf("I really hope")));
  const bytes = Buffer.from(text);
  add("twcs-invalid-utf8.csv", { format: "twcs" }, "sample.csv lines 1-8 with bytes 80, C0 AF, F0 9F 98 inserted in the text of line 4", Buffer.concat([bytes.subarray(0, at), Buffer.from([0x80, 0xc0, 0xaf, 0xf0, 0x9f, 0x98]), bytes.subarray(at)]));
}
{
  // A row exported twice (line 5 repeated as line 6), and two tweets replying to each other (a cycle).
  const lines = [header, ...rows(1, 10)];
  lines.splice(5, 0, lines[4]);
  lines.push("900001,105900,True,Wed Oct 11 06:00:00 +0000 2017,@AppleSupport is this a loop?,900002,900002");
  lines.push("900002,AppleSupport,False,Wed Oct 11 06:05:00 +0000 2017,@105900 It is a loop. ^AB,900001,900001");
  add("twcs-duplicates-and-cycle.csv", { format: "twcs" }, "sample.csv lines 1-10 with line 5 repeated (line 6), plus two new tweets (lines 12-13) whose in_response_to_tweet_id point at each other", csv(lines));
}
{
  // Dates in the wrong format, unreadable, impossible and far in the future; times out of order.
  const lines = [header, ...rows(1, 10)];
  lines[1] = lines[1].replace("Wed Oct 11 06:55:44 +0000 2017", "2017-10-11T06:55:44Z");
  lines[3] = lines[3].replace("Wed Oct 11 13:00:09 +0000 2017", "yesterday");
  lines[4] = lines[4].replace("Tue Oct 10 15:16:08 +0000 2017", "Tue Feb 31 15:16:08 +0000 2017");
  lines[5] = lines[5].replace("Tue Oct 10 15:17:21 +0000 2017", "Tue Oct 10 15:17:21 +0000 9999");
  add("twcs-bad-dates.csv", { format: "twcs" }, "sample.csv lines 1-10; created_at on line 2 in ISO form, on line 4 \"yesterday\", on line 5 Feb 31, on line 6 in the year 9999", csv(lines));
}
{
  // The Spotify re-export (extra index columns) with its header cut off: the first row is read as the header.
  add("twcs-no-header.csv", { format: "twcs" }, "twcs-sample/spotifycares_inbound.csv lines 2-11: the header line is missing", csv(spotify.slice(1, 11)));
}
{
  // IBM: three conversations, the file cut in the middle of the third.
  const text = JSON.stringify(ibm.slice(0, 3), null, 4);
  const third = text.lastIndexOf('"dialogContent"');
  add("ibm-cdp-truncated-mid-object.json", { format: "ibm-cdp" }, "ibm-twitter-cdp/dev.json conversations 0-2, cut inside the third one's dialogContent", text.slice(0, third + 120));
}
{
  // IBM: a conversation without sessionID, a turn without tweet_ID, a turn without message, bad durations.
  const records = structuredClone(ibm.slice(3, 8));
  delete records[0].dialogHeader.sessionID;
  delete records[1].dialogContent[0].tweet_ID;
  delete records[2].dialogContent[0].message;
  records[3].dialogHeader.duration = "junk";
  records[4].dialogHeader.duration = "-12:14:20.";
  add("ibm-cdp-missing-fields.json", { format: "ibm-cdp" }, "dev.json conversations 3-7; no sessionID in the first, no tweet_ID in a turn of the second, no message in a turn of the third, durations \"junk\" and \"-12:14:20.\" in the last two", JSON.stringify(records, null, 2));
}
{
  // ABCD: an unknown speaker, a conversation without convo_id, and the file cut inside the third chat.
  const chats = structuredClone(abcd);
  chats[0].original[1][0] = "supervisor";
  delete chats[1].convo_id;
  const text = JSON.stringify(chats);
  add("abcd-broken.json", { format: "abcd" }, "abcd-sample/abcd_sample.json; speaker of chat 0 turn 1 renamed \"supervisor\", convo_id of chat 1 removed, file cut inside chat 2", text.slice(0, text.length - 2000));
}
{
  // Mapped NDJSON: IBM turns flattened one per line, with a broken line, a line that is not an object and
  // __proto__ / constructor keys.
  const lines = ibm.slice(0, 6).flatMap((c) =>
    c.dialogContent.map((turn) => JSON.stringify({ conversation: c.dialogHeader.sessionID, from: turn.agent !== undefined ? "agent" : "customer", at: turn.datetime, text: turn.message, id: turn.tweet_ID })),
  );
  lines[2] = lines[2].slice(0, 40);
  lines[4] = "[1, 2, 3]";
  lines[5] = lines[5].replace("{", '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
  add("mapped-ibm-turns.ndjson", { format: "ndjson", mapping: { conversationId: "conversation", role: "from", time: "at", text: "text", messageId: "id", attributes: ["__proto__"] } }, "the turns of dev.json conversations 0-5 as NDJSON (one turn per line); line 3 cut after 40 characters, line 5 replaced by an array, line 6 given __proto__ and constructor keys", `${lines.join("\r\n")}\r\n`);
}

const readme = [
  "# Broken real-world exports",
  "",
  "Small files cut from the real exports in `../shared/data` and broken the way real exports are. Each",
  "`name.expected.json` gives the load options and what loading it must report: the counts (records, items,",
  "messages, rejected), issue counts by code, and every issue's code, severity, line / record and field.",
  "`tests/io/broken-fixtures.test.ts` checks each file, leniently (every item accounted for) and strictly",
  "(one `CarelensLoadError` carrying exactly those issues).",
  "",
  "Made by `node scripts/make-broken-fixtures.mjs` (deterministic); the expected files were written with",
  "`--expect` from a run of carelens and then checked by hand against how each file was broken.",
  "",
  "| file | how it was made |",
  "|---|---|",
  ...fixtures.map((f) => `| ${f.name} | ${f.how} |`),
  "",
];
writeFileSync(`${out}README.md`, readme.join("\n"));
for (const f of fixtures) writeFileSync(`${out}${f.name}`, f.content);

if (process.argv.includes("--expect")) {
  const { parseExport } = await import(`${root}dist/index.js`);
  for (const f of fixtures) {
    const { report } = await parseExport(readFileSync(`${out}${f.name}`), f.options);
    const expected = {
      options: f.options,
      records: report.records,
      items: report.items,
      messages: report.messages,
      rejected: report.rejected,
      conversations: report.conversations,
      issuesByCode: report.issuesByCode,
      issues: report.issues.map(({ code, severity, line, record, field }) => ({ code, severity, line, record, field })),
    };
    writeFileSync(`${out}${f.name.replace(/\.[a-z]+$/, "")}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  }
}
console.log(`${fixtures.length} broken fixtures in tests/fixtures/broken/`);
