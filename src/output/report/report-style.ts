/** The report's stylesheet (inline: the page loads nothing). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2733; --muted: #5d6b7a; --line: #d9e0e8; --accent: #3b6ea8; --mark: #ffe58a; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: #f4f6f9; }
header { background: #1f3650; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; overflow-wrap: anywhere; }
header p { margin: 0; color: #c9d6e4; overflow-wrap: anywhere; }
nav { padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--line); font-size: 13px; }
nav a { color: var(--accent); margin-right: 14px; text-decoration: none; white-space: nowrap; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 32px 48px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 18px; margin: 0 0 10px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.lede { color: var(--muted); margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card .value { font-size: 24px; font-weight: bold; color: var(--accent); }
.card .label { font-weight: bold; }
.card .value { font-size: 22px; }
.card .note { color: var(--muted); font-size: 12px; }
.card details.definition { border: 0; padding: 0; margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.card details.definition > summary { font-weight: normal; color: var(--accent); }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; overflow-x: auto; }
figcaption { font-weight: bold; margin-bottom: 6px; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { max-height: 420px; overflow: auto; }
.text { overflow-wrap: anywhere; min-width: 12em; }
td.name { white-space: nowrap; }
details { border: 1px solid var(--line); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
details > summary { cursor: pointer; font-weight: bold; }
details details > summary { font-weight: normal; }
.message { border-left: 3px solid var(--line); margin: 6px 0; padding: 2px 10px; }
.message.agent { border-left-color: var(--accent); background: #f5f8fc; }
.message .who { color: var(--muted); font-size: 12px; }
.message .body { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); padding: 0 1px; }
.reasons { font-size: 12px; color: #6b4e00; margin: 2px 0 0; padding-left: 18px; }
.sev-error { color: #a32020; font-weight: bold; }
.sev-warning { color: #8a5a00; }
.muted { color: var(--muted); }
`;
