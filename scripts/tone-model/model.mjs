/**
 * A small multinomial logistic regression for customer tone: sparse features (word unigrams and
 * bigrams with a negation scope, punctuation, capitals and emoji signals, and optionally the lexicon's
 * cue kinds and points), trained by full-batch gradient descent with strong L2 regularisation.
 */
export const CLASSES = ["negative", "neutral", "positive"];

const NEGATORS = new Set(["not", "no", "never", "nothing", "nobody", "none", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "wont", "havent", "hasnt", "arent", "couldnt", "shouldnt", "wouldnt"]);

/** Lower-cased words with @handles and links removed, elongations shortened ("sooo" -> "soo"), digits as "0". */
export function words(text) {
  const body = text.replace(/(?:^|\s)@\w{1,50}/g, " ").replace(/https?:\/\/\S{1,2000}/g, " ").toLowerCase().replace(/[’‘]/g, "'");
  const out = [];
  for (const m of body.matchAll(/[\p{L}']{1,30}|\d{1,12}|[.!?,;:]/gu)) {
    let w = m[0].replace(/'/g, "").replace(/(\p{L})\1{2,}/gu, "$1$1");
    if (/^\d/.test(w)) w = "0";
    if (w) out.push(w);
  }
  return out;
}

/** Sparse features of a message: name -> value. `lexicon` is messageTone's reading or undefined. */
export function features(text, lexicon) {
  const f = new Map();
  const add = (k, v = 1) => f.set(k, (f.get(k) ?? 0) + v);
  const ws = words(text);
  let negated = false;
  let prev = "<s>";
  for (const w of ws) {
    if (/^[.!?,;:]$/.test(w)) { negated = false; prev = "<p>"; continue; }
    const t = negated ? `not_${w}` : w;
    add(`w:${t}`);
    add(`b:${prev} ${w}`);
    prev = w;
    if (NEGATORS.has(w) || w.endsWith("nt")) negated = true;
  }
  add("bias");
  if (/!{2,}/.test(text)) add("p:!!");
  if (/\?{2,}/.test(text)) add("p:??");
  if (/\?!|!\?/.test(text)) add("p:?!");
  if (/\.{3}|…/.test(text)) add("p:...");
  if (/\b[A-Z]{3,20}(?:\s{1,3}[A-Z]{2,20}){1,10}\b/.test(text)) add("p:CAPS");
  if (/[😡😠🤬😤😒🙄🤦😑😞😢😭😩😫☹🙁😔😣💔👎]|:-?\(|:\//u.test(text)) add("e:sad");
  if (/[😀😃😄😁😊🙂😍🥰😘❤💕💖💙💚💛💜🙌👍👏🎉🙏✨😎🤗]|:-?\)|:D|<3/u.test(text)) add("e:happy");
  if (ws.length > 30) add("len:long");
  if (ws.length < 6) add("len:short");
  if (lexicon) {
    for (const c of lexicon.cues) add(`cue:${c.kind}`);
    add(`lex:${lexicon.tone}`);
    add("lex:neg", Math.min(lexicon.negative, 6) / 2);
    add("lex:pos", Math.min(lexicon.positive, 6) / 2);
  }
  return f;
}

/** Vocabulary: the features seen in at least `minCount` training messages (bias and signals always). */
export function vocabulary(feats, minCount) {
  const df = new Map();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map();
  for (const [k, n] of df) if (n >= minCount || !/^[wb]:/.test(k)) index.set(k, index.size);
  return index;
}

function softmax(z) {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Trains weights [feature][class] on sparse features and labels; L2 strength `l2` per message. */
export function train(feats, labels, { l2 = 1, minCount = 2, iterations = 300, rate = 0.5, classWeight = true } = {}) {
  const index = vocabulary(feats, minCount);
  const X = feats.map((f) => [...f].filter(([k]) => index.has(k)).map(([k, v]) => [index.get(k), v]));
  const y = labels.map((l) => CLASSES.indexOf(l));
  const counts = CLASSES.map((_, c) => y.filter((v) => v === c).length);
  const sw = y.map((c) => (classWeight ? y.length / (CLASSES.length * Math.max(counts[c], 1)) : 1));
  const K = CLASSES.length;
  const W = new Float64Array(index.size * K);
  const G = new Float64Array(index.size * K);
  const H = new Float64Array(index.size * K).fill(1e-8);
  const n = X.length;
  for (let it = 0; it < iterations; it++) {
    G.fill(0);
    for (let i = 0; i < n; i++) {
      const z = new Array(K).fill(0);
      for (const [j, v] of X[i]) for (let c = 0; c < K; c++) z[c] += W[j * K + c] * v;
      const p = softmax(z);
      for (let c = 0; c < K; c++) {
        const g = sw[i] * (p[c] - (y[i] === c ? 1 : 0)) / n;
        for (const [j, v] of X[i]) G[j * K + c] += g * v;
      }
    }
    const bias = index.get("bias");
    for (let j = 0; j < index.size; j++) for (let c = 0; c < K; c++) {
      const k = j * K + c;
      const g = G[k] + (j === bias ? 0 : (l2 / n) * W[k]);
      H[k] += g * g; // AdaGrad
      W[k] -= (rate / Math.sqrt(H[k])) * g;
    }
  }
  const weights = new Map();
  for (const [name, j] of index) weights.set(name, [W[j * K], W[j * K + 1], W[j * K + 2]]);
  return weights;
}

/** The class scores and the label of a message's features under `weights`. */
export function predict(weights, f) {
  const z = [0, 0, 0];
  for (const [k, v] of f) {
    const w = weights.get(k);
    if (w) for (let c = 0; c < 3; c++) z[c] += w[c] * v;
  }
  return { label: CLASSES[z.indexOf(Math.max(...z))], z };
}
