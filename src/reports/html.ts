import { cellText } from '../spreadsheets/table';
import type { OfficialDocument } from './official-document';

export const FONT_PATH = '/reports/fonts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const face = (file: string, weight: number, style: string) =>
  `@font-face { font-family: "Noto Serif"; src: url("${FONT_PATH}/${file}.ttf") format("truetype"); font-weight: ${weight}; font-style: ${style}; }`;

/** The print stylesheet: A4 with the decree's margins, Noto Serif 13 pt, tables 11 pt. */
const STYLE = `
${face('regular', 400, 'normal')} ${face('bold', 700, 'normal')} ${face('italic', 400, 'italic')} ${face('boldItalic', 700, 'italic')}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif", "Times New Roman", serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
.page { max-width: 165mm; margin: 0 auto; }
@media screen { body { background: #e8e8e8; padding: 1rem; } .page { background: #fff; padding: 20mm 15mm 20mm 30mm; max-width: 210mm; box-shadow: 0 0 6px #999; } }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; }
.head p { margin: 0; }
.issuer { font-size: 12pt; } .issuer b { display: block; }
.nation b:first-child { font-size: 12pt; }
.rule { display: block; margin: 2px auto 6px; border-top: 0.6pt solid #000; }
.place { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 14pt 0 0; }
.summary { font-weight: bold; text-align: center; margin: 0; }
h2 { font-size: 13pt; margin: 8pt 0 4pt; }
p.text { text-align: justify; text-indent: 10mm; margin: 0 0 4pt; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
th { background: #eee; text-align: center; }
td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; } tr { break-inside: avoid; }
.foot { display: grid; grid-template-columns: 50% 50%; margin-top: 12pt; break-inside: avoid; }
.recipients { font-size: 11pt; } .recipients b { font-size: 12pt; font-style: italic; }
.recipients ul { list-style: none; padding: 0; margin: 0; }
.sign { text-align: center; } .sign .signer { margin-top: 60pt; font-weight: bold; } .sign .unit { font-style: italic; font-size: 11pt; }
`;

/** The document as a standalone HTML print page, laid out as the PDF is. */
export function toHtml(d: OfficialDocument): string {
  const body = d.body
    .map((block) => {
      if ('heading' in block) return `<h2>${escape(block.heading)}</h2>`;
      if ('text' in block) return `<p class="text">${escape(block.text)}</p>`;
      const t = block.table;
      const numeric = (i: number) => t.columns[i].format === 'points' || t.columns[i].format === 'integer';
      return `<table><thead><tr>${t.columns.map((c) => `<th scope="col">${escape(c.header)}</th>`).join('')}</tr></thead><tbody>${t.rows
        .map(
          (row) =>
            `<tr>${row.map((v, i) => `<td${numeric(i) ? ' class="num"' : ''}>${escape(cellText(v, t.columns[i].format))}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(d.kind)}: ${escape(d.summary)}</title><style>${STYLE}</style></head>
<body><div class="page">
<div class="head">
  <p class="issuer">${escape(d.superior)}<b>${escape(d.issuer)}</b><span class="rule" style="width: 35%"></span><span style="white-space: pre">${escape(d.numberSymbol)}</span></p>
  <p class="nation"><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><span class="rule" style="width: 52%"></span><span class="place">${escape(d.placeDate)}</span></p>
</div>
<h1>${escape(d.kind)}</h1>
<p class="summary">${escape(d.summary)}</p><span class="rule" style="width: 20%"></span>
${body}
<div class="foot">
  <div class="recipients"><b>Nơi nhận:</b><ul>${d.recipients.map((r, i) => `<li>- ${escape(r)}${i === d.recipients.length - 1 ? '.' : ';'}</li>`).join('')}</ul></div>
  <div class="sign"><b>${escape(d.signature.capacity)}<br>${escape(d.signature.position)}</b><div class="signer">${escape(d.signature.signer)}</div>${d.signature.details.map((line) => `<div class="unit">${escape(line)}</div>`).join('')}</div>
</div>
</div></body></html>`;
}
