/**
 * The audit report: one self-contained HTML file (inline CSS and SVG, an optional inline
 * script for sorting, no network), readable on screen, by screen reader and on paper. All
 * markup goes through `html`, which escapes every value: plan text is untrusted.
 */
import { CRITERIA, CRITERION_LABEL, CRITERION_LETTER, ruleById } from '../smart';
import type { ScoreBand } from '../smart';
import { columnChart, horizontalBarChart } from './charts';
import { computeFigures, share, worstObjectives } from './figures';
import type { AuditFigures } from './figures';
import { html } from './html';
import type { SafeHtml } from './html';
import { describeLocation } from './location';
import { folderCounts } from './worry-counts';
import { REPORT_CSP, SCRIPT_ELEMENT, STYLE_ELEMENT } from './report-assets';
import type { AuditResult, AuditedObjective, AuditedPlan } from './types';

const BAND_LABEL: Record<ScoreBand, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
const QUOTE_LIMIT = 220;
const TOP_RULES = 10;

export function percent(count: number, total: number): string {
  return `${Math.round(share(count, total) * 100)}%`;
}

function number(n: number): string {
  return n.toLocaleString('en-GB');
}

/** 31/03/2027 at 14:05, as British readers expect. */
export function britishDateTime(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} at ` +
    `${two(date.getHours())}:${two(date.getMinutes())}`
  );
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

function band(b: ScoreBand): SafeHtml {
  return html`<span class="band band-${b}">${BAND_LABEL[b]}</span>`;
}

function yesNo(met: boolean, yes = 'met', no = 'not met'): SafeHtml {
  return met
    ? html`<span class="yes"
        ><span aria-hidden="true">✓</span> <span class="vh">${yes}</span></span
      >`
    : html`<span class="no"><span aria-hidden="true">✗</span> <span class="vh">${no}</span></span>`;
}

// Built once: a report can hold tens of thousands of these cells. The symbol differs in shape,
// not only colour, and the hidden word is what a screen reader says.
const LETTER_MET = html`<td class="letter">${yesNo(true)}</td>`;
const LETTER_NOT_MET = html`<td class="letter">${yesNo(false)}</td>`;

function figure(id: string, label: string, value: string, detail?: string): SafeHtml {
  return html`<div data-figure="${id}">
    <dt>${label}</dt>
    <dd>${value}${detail !== undefined ? html`<small>${detail}</small>` : ''}</dd>
  </div>`;
}

function summarySection(f: AuditFigures): SafeHtml {
  const letters = CRITERIA.map((c) =>
    figure(
      `letter-${c}`,
      `${CRITERION_LABEL[c]} (${CRITERION_LETTER[c]})`,
      percent(f.perCriterion[c], f.objectives),
      `${number(f.perCriterion[c])} of ${number(f.objectives)} objectives`,
    ),
  );
  const checks = f.checks.map(
    (c) =>
      html`<tr>
        <th scope="row">${c.label}</th>
        <td class="num">${number(c.passed)}</td>
        <td class="num">${number(c.total)}</td>
        <td class="num">${percent(c.passed, c.total)}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="summary-heading">
    <h2 id="summary-heading">Summary</h2>
    <dl class="figures">
      ${figure('plans', 'Plans checked', number(f.plans), `${number(f.files)} files found`)}
      ${figure('objectives', 'Objectives', number(f.objectives))}
      ${figure('smart', 'Fully SMART', percent(f.smartObjectives, f.objectives), `${number(f.smartObjectives)} of ${number(f.objectives)} objectives`)}
      ${letters}
      ${figure('checks', 'Plan checks passed', percent(f.checksPassed, f.checksTotal), `${number(f.checksPassed)} of ${number(f.checksTotal)} checks`)}
      ${figure('mean-score', 'Mean plan score', f.meanScore === undefined ? 'none' : `${Math.round(f.meanScore)} / 100`, `Red ${f.bands.red}, amber ${f.bands.amber}, green ${f.bands.green}`)}
      ${figure('unreadable', 'Files that could not be read', number(f.unreadable))}
    </dl>
    ${f.plansWithoutObjectives > 0 && html`<p class="note">${number(f.plansWithoutObjectives)} of the plans had no objectives the checker could find; look at how they are laid out.</p>`}
    ${
      f.checks.length > 0 &&
      html`<table>
        <caption>
          Plan checks: how many plans passed each
        </caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col" class="num">Plans passing</th>
            <th scope="col" class="num">Plans checked</th>
            <th scope="col" class="num">Share</th>
          </tr>
        </thead>
        <tbody>
          ${checks}
        </tbody>
      </table>`
    }
  </section>`;
}

function chartsSection(f: AuditFigures): SafeHtml {
  const letterChart = horizontalBarChart(
    {
      id: 'chart-letters',
      title: 'Objectives meeting each SMART letter',
      description: 'Share of objectives meeting each criterion',
    },
    CRITERIA.map((c) => ({
      label: `${CRITERION_LETTER[c]}: ${CRITERION_LABEL[c]}`,
      value: share(f.perCriterion[c], f.objectives),
      valueText: `${percent(f.perCriterion[c], f.objectives)} (${number(f.perCriterion[c])})`,
    })),
    1,
  );
  const scoreChart = columnChart(
    {
      id: 'chart-scores',
      title: 'Plans by score',
      description: 'Number of plans in each band of ten score points',
    },
    f.scoreBins.map((b) => ({
      label: `${b.from}–${b.to}`,
      value: b.count,
      valueText: number(b.count),
    })),
  );
  const top = f.ruleFailures.slice(0, TOP_RULES);
  const maxCount = Math.max(1, ...top.map((r) => r.count));
  const rulesChart = horizontalBarChart(
    {
      id: 'chart-rules',
      title: 'Commonest rule failures',
      description: 'Objectives failing each rule, commonest first',
    },
    top.map((r) => ({
      label: r.ruleId,
      value: r.count,
      valueText: `${number(r.count)} (${percent(r.count, f.objectives)})`,
    })),
    maxCount,
  );
  const ruleRows = top.map(
    (r) =>
      html`<tr>
        <th scope="row"><code>${r.ruleId}</code></th>
        <td>${CRITERION_LABEL[r.criterion]}</td>
        <td>${ruleById(r.ruleId)?.description ?? ''}</td>
        <td class="num">${number(r.count)}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="charts-heading">
    <h2 id="charts-heading">Charts</h2>
    <figure>
      <figcaption>
        Objectives meeting each letter (share of all ${number(f.objectives)} objectives)
      </figcaption>
      ${letterChart}
    </figure>
    <figure>
      <figcaption>How plans scored (number of plans per score band, 0 to 100)</figcaption>
      ${scoreChart}
    </figure>
    <figure>
      <figcaption>Commonest rule failures (objectives failing each rule)</figcaption>
      ${top.length > 0 ? rulesChart : html`<p>No rule failures were found.</p>`}
    </figure>
    ${
      top.length > 0 &&
      html`<table>
        <caption>
          What the commonest failures mean
        </caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Letter</th>
            <th scope="col">What it looks for</th>
            <th scope="col" class="num">Objectives</th>
          </tr>
        </thead>
        <tbody>
          ${ruleRows}
        </tbody>
      </table>`
    }
  </section>`;
}

function planAnchor(index: number): string {
  return `plan-${index + 1}`;
}

function plansTable(plans: readonly AuditedPlan[]): SafeHtml {
  const order = plans
    .map((plan, index) => ({ plan, index }))
    .sort((a, b) => a.plan.score.value - b.plan.score.value || a.index - b.index);
  const counts = folderCounts(plans);
  const rows = order.map(({ plan, index }) => {
    const checksMet = plan.checks.filter((c) => c.met).length;
    const worst = worstObjectives(plan, 2);
    return html`<tr>
      <th scope="row"><a href="#${planAnchor(index)}">${plan.file}</a></th>
      <td class="num" data-value="${plan.score.value}">${plan.score.value}</td>
      <td data-value="${plan.score.value}">${band(plan.score.band)}</td>
      <td class="num" data-value="${plan.objectives.length}">${number(plan.objectives.length)}</td>
      <td class="num" data-value="${share(plan.summary.smart, plan.objectives.length)}">
        ${number(plan.summary.smart)} (${percent(plan.summary.smart, plan.objectives.length)})
      </td>
      <td class="num" data-value="${share(checksMet, plan.checks.length)}">
        ${checksMet} of ${plan.checks.length}
      </td>
      <td class="num" data-value="${plan.worries.named === 0 ? -1 : plan.worries.unanswered}">
        ${counts.inWords(plan)}
      </td>
      <td>
        ${
          worst.length === 0
            ? plan.objectives.length === 0
              ? 'No objectives found.'
              : 'Every objective is SMART.'
            : worst.map(
                (o) =>
                  html`<blockquote>
                    ${quote(o.text)}<br /><span class="rule"
                      >${o.met} of 5 letters; missing ${missingLetters(o)}</span
                    >
                  </blockquote>`,
              )
        }
      </td>
    </tr>`;
  });
  return html`<section aria-labelledby="plans-heading">
    <h2 id="plans-heading">Plans by score</h2>
    <table data-sortable id="plans-table">
      <caption>
        Plans, lowest score first<span class="screen-only">
          (select a column heading to sort by it)</span
        >
      </caption>
      <thead>
        <tr>
          <th scope="col" data-sort="text">Plan</th>
          <th scope="col" class="num" data-sort="number" aria-sort="ascending">Score</th>
          <th scope="col" data-sort="number">Band</th>
          <th scope="col" class="num" data-sort="number">Objectives</th>
          <th scope="col" class="num" data-sort="number">Fully SMART</th>
          <th scope="col" class="num" data-sort="number">Plan checks passed</th>
          <th scope="col" class="num" data-sort="number">${counts.label}</th>
          <th scope="col">Worst objectives</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}

function missingLetters(o: AuditedObjective): string {
  const missing = CRITERIA.filter((c) => !o.letters[c]).map((c) => CRITERION_LABEL[c]);
  return missing.length > 0 ? missing.join(', ') : 'none';
}

function planDetail(plan: AuditedPlan, index: number): SafeHtml {
  const checks = plan.checks.map(
    (c) =>
      html`<li>
        ${yesNo(c.met, 'passed:', 'not passed:')} ${c.label}. <span class="note">${c.message}</span>
      </li>`,
  );
  const objectiveRows = plan.objectives.map(
    (o) =>
      html`<tr>
        <td>
          ${describeLocation(o.location)}${o.section !== undefined ? html`<br /><span class="note">${o.section}</span>` : ''}
        </td>
        <td>${o.text}</td>
        ${CRITERIA.map((c) => (o.letters[c] ? LETTER_MET : LETTER_NOT_MET))}
        <td>
          ${
            o.findings.length === 0
              ? 'None.'
              : html`<ul class="findings">
                  ${o.findings.map(
                    (f) =>
                      html`<li>
                        ${f.severity === 'error' ? '' : html`<em>Advice:</em> `}${f.message}
                        <span class="rule">${f.ruleId}</span>
                      </li>`,
                  )}
                </ul>`
          }
        </td>
      </tr>`,
  );
  return html`<article
    class="plan"
    id="${planAnchor(index)}"
    aria-labelledby="${planAnchor(index)}-heading"
  >
    <h3 id="${planAnchor(index)}-heading">${plan.file}</h3>
    <p>
      Score <strong>${plan.score.value} / 100</strong> ${band(plan.score.band)}:
      ${plan.score.explanation}
    </p>
    <p>
      ${number(plan.summary.smart)} of ${number(plan.objectives.length)} objectives fully SMART.
    </p>
    ${
      plan.checks.length > 0 &&
      html`<h4>Plan checks</h4>
        <ul class="checks">
          ${checks}
        </ul>`
    }
    <h4>Objectives</h4>
    ${
      plan.objectives.length === 0
        ? html`<p>
            The checker found no objectives in this plan: check that they are in a numbered or
            bulleted list under a heading such as "Outcomes", or in a table with column headings.
          </p>`
        : html`<table>
            <caption>
              Objectives in ${plan.file}
            </caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Objective</th>
                ${CRITERIA.map((c) => html`<th scope="col" class="letter"><abbr title="${CRITERION_LABEL[c]}">${CRITERION_LETTER[c]}</abbr></th>`)}
                <th scope="col">Findings</th>
              </tr>
            </thead>
            <tbody>
              ${objectiveRows}
            </tbody>
          </table>`
    }
    <p class="screen-only"><a href="#plans-heading">Back to the plans table</a></p>
  </article>`;
}

function unreadableSection(result: AuditResult): SafeHtml {
  const rows = result.unreadable.map(
    (u) =>
      html`<tr>
        <th scope="row">${u.file}</th>
        <td>${u.reason}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="unreadable-heading">
    <h2 id="unreadable-heading">Files that could not be read</h2>
    ${
      result.unreadable.length === 0
        ? html`<p>Every file could be read.</p>`
        : html`<table id="unreadable-table">
            <caption>
              ${number(result.unreadable.length)} files were not checked; the reason is given for
              each
            </caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Why it could not be read</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
    }
  </section>`;
}

export function auditReportHtml(result: AuditResult): string {
  const f = computeFigures(result);
  const seconds = (result.finishedAt.getTime() - result.startedAt.getTime()) / 1000;
  const page = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>SMART plan audit: ${result.root}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <header>
          <h1>SMART plan audit</h1>
          <p class="meta">
            Folder <strong>${result.root}</strong>, checked on ${britishDateTime(result.startedAt)}:
            ${number(f.files)} files in ${seconds.toFixed(1)} seconds.
          </p>
          <p class="meta">
            This report quotes children's plans. Keep and share it only as your organisation's data
            protection policy allows.
          </p>
        </header>
        <nav aria-label="Contents">
          <ul>
            <li><a href="#summary-heading">Summary</a></li>
            <li><a href="#charts-heading">Charts</a></li>
            <li><a href="#plans-heading">Plans by score</a></li>
            <li><a href="#details-heading">Each plan</a></li>
            <li>
              <a href="#unreadable-heading"
                >Files that could not be read (${number(f.unreadable)})</a
              >
            </li>
          </ul>
        </nav>
        <main>
          ${summarySection(f)} ${chartsSection(f)} ${plansTable(result.plans)}
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">Each plan</h2>
            ${result.plans.length === 0 ? html`<p>No plan could be read.</p>` : result.plans.map(planDetail)}
          </section>
          ${unreadableSection(result)}
        </main>
        ${SCRIPT_ELEMENT}
      </body>
    </html> `;
  return page.value;
}
