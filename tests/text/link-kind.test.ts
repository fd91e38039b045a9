import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isArticleLink } from "../../src/text/link-kind.js";

/** isArticleLink as it was before it read the host first (the reference for the one that skips the path of a shortened link). */
function referenceIsArticleLink(url: string): boolean {
  const bare = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+\//i, "").replace(/^https?:\/\//i, "").replace(/[)\].,!?]+$/, "");
  if (/twitter\.com\/messages|\/direct_messages|m\.me\/|messenger\.com/i.test(bare)) return false;
  if (/idea|feedback|uservoice|wishform|suggestion/i.test(bare)) return false;
  if (/\/(?:requests\/new|contact(?:-?us|support)?|contactsupport|wishform|support\/?$)(?:[/?#]|$)/i.test(bare)) return false;
  const [host = "", ...rest] = bare.split("/");
  const path = rest.join("/").split(/[?#]/)[0]!;
  const segments = path.split("/").filter((s) => s !== "" && !/^(?:hc|en|en-us|en_us|us|gb|help|support|s|kb|home|index\.html?)$/i.test(s));
  if (/^(?:t\.co|bit\.ly|amzn\.to|hulu\.tv|yt\.be|swa\.is|goo\.gl|ow\.ly|spoti\.fi|msft\.it|aka\.ms|apple\.co|adobe\.ly)$/i.test(host)) return true;
  return segments.length > 0 || /[?&](?:id|p|topic|article)=/i.test(bare);
}

// Links made of the pieces the test decides on: schemes, hosts (shorteners among them), home-page and
// article segments, separators, queries and trailing punctuation.
const piece = fc.constantFrom(
  "https://", "http://", "web.archive.org/web/2019/", "t.co", "T.CO", "bit.ly", "aka.ms", "support.google.com", "help.x.net", "x.com", "/", "//", "?", "#", "&",
  "hc", "en-us", "EN", "support", "home", "index.html", "answer", "185111", "requests/new", "contact", "feedback", "id=", "p=", "topic=", "article=", ")", ".", "!", "",
);
const links = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("isArticleLink against the reference", () => {
  it("classifies every link as the reference does", () => {
    fc.assert(fc.property(links, (url) => isArticleLink(url) === referenceIsArticleLink(url)), { numRuns: 5000 });
  });

  it("keeps the documented examples", () => {
    expect(isArticleLink("https://support.google.com/youtube/answer/185111")).toBe(true);
    expect(isArticleLink("https://help.minecraft.net/hc/en-us")).toBe(false);
    expect(isArticleLink("https://support.zoom.us/hc/en-us/requests/new")).toBe(false);
    expect(isArticleLink("https://t.co/support")).toBe(false);
    expect(isArticleLink("https://t.co/abc")).toBe(true);
  });
});
