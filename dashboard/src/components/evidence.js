// Every figure on the dashboard can show the sentence it came from and its source file.
import {html} from "htl";

function evidenceBlock(fact) {
  return html`<div class="evidence">“${fact.evidence}”<span class="source">${fact.source_file}${
    fact.char_start != null ? ` · ký tự ${fact.char_start}–${fact.char_end}` : ""}</span></div>`;
}

/** `text` as a clickable figure: a click opens its evidence sentence and source file.
 *  `{words: true}` for a name (it may wrap) rather than a number. */
export function figure(text, fact, {words = false} = {}) {
  const cls = words ? "" : "num";
  if (!fact?.evidence) return html`<span class=${cls}>${text}</span>`;
  return html`<details class="fig"><summary class=${cls} title="Bấm để xem câu trích dẫn">${text}</summary>${evidenceBlock(fact)}</details>`;
}

/** A figure summed from several facts (e.g. deaths over a period): every sentence it comes from. */
export function figureFromFacts(text, facts) {
  const withEvidence = (facts ?? []).filter((f) => f.evidence);
  if (!withEvidence.length) return html`<span class="num">${text}</span>`;
  return html`<details class="fig"><summary class="num" title="Bấm để xem câu trích dẫn">${text}</summary>${
    withEvidence.map(evidenceBlock)}</details>`;
}

/** Evidence of the point last clicked in a chart (Plot's pointer selection), or a hint. */
export function selectedEvidence(fact, hint = "Bấm vào một điểm trên biểu đồ để đọc câu trích dẫn.") {
  return fact?.evidence ? evidenceBlock(fact) : html`<p class="muted">${hint}</p>`;
}

/** Undo the loaders' `share_sentences`: every object with `ev` gets its sentence's fields back. */
export function resolveEvidence(payload) {
  const sentences = payload.sentences ?? [];
  (function visit(node) {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      if (typeof node.ev === "number") Object.assign(node, sentences[node.ev]);
      for (const [key, value] of Object.entries(node)) if (key !== "sentences") visit(value);
    }
  })(payload);
  return payload;
}
