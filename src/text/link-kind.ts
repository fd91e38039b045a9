/**
 * True when a link points at a specific page (an article, a guide, a form of one kind) rather than a
 * site's home page or a bare help centre, and is not a contact form or a DM link. A link to a home page
 * tells the customer where to look, not what to do.
 *
 * @example
 * isArticleLink("https://support.google.com/youtube/answer/185111"); // => true
 * isArticleLink("https://help.minecraft.net/hc/en-us"); // => false
 * isArticleLink("https://support.zoom.us/hc/en-us/requests/new"); // => false
 */
export function isArticleLink(url: string): boolean {
  const bare = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+\//i, "").replace(/^https?:\/\//i, "").replace(/[)\].,!?]+$/, "");
  if (/twitter\.com\/messages|\/direct_messages|m\.me\/|messenger\.com/i.test(bare)) return false;
  if (/idea|feedback|uservoice|wishform|suggestion/i.test(bare)) return false;
  if (/\/(?:requests\/new|contact(?:-?us|support)?|contactsupport|wishform|support\/?$)(?:[/?#]|$)/i.test(bare)) return false;
  // The host is read first: a shortened link (most links of a tweet) needs no look at its path.
  const slash = bare.indexOf("/");
  const host = slash < 0 ? bare : bare.slice(0, slash);
  if (SHORTENER.test(host)) return true;
  const path = slash < 0 ? "" : bare.slice(slash + 1).split(/[?#]/)[0]!;
  return path.split("/").some((s) => s !== "" && !HOME_SEGMENT.test(s)) || /[?&](?:id|p|topic|article)=/i.test(bare);
}

const SHORTENER = /^(?:t\.co|bit\.ly|amzn\.to|hulu\.tv|yt\.be|swa\.is|goo\.gl|ow\.ly|spoti\.fi|msft\.it|aka\.ms|apple\.co|adobe\.ly)$/i;
/** A path segment of a home page or a bare help centre ("hc", "en-us", "support"). */
const HOME_SEGMENT = /^(?:hc|en|en-us|en_us|us|gb|help|support|s|kb|home|index\.html?)$/i;
