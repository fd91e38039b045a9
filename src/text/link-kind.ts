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
  const [host = "", ...rest] = bare.split("/");
  const path = rest.join("/").split(/[?#]/)[0]!;
  const segments = path.split("/").filter((s) => s !== "" && !/^(?:hc|en|en-us|en_us|us|gb|help|support|s|kb|home|index\.html?)$/i.test(s));
  if (/^(?:t\.co|bit\.ly|amzn\.to|hulu\.tv|yt\.be|swa\.is|goo\.gl|ow\.ly|spoti\.fi|msft\.it|aka\.ms|apple\.co|adobe\.ly)$/i.test(host)) return true;
  return segments.length > 0 || /[?&](?:id|p|topic|article)=/i.test(bare);
}
