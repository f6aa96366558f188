// A heavy page modelled on a course home of the Open edX course app (docs/platforms.md, "Page landmarks"): the
// learning header, the tabs, a long outline, and a few hundred kB of page script that builds part of the page
// and does work at load, as the real course app does. The same app serves learning.edx.org at the root and
// MIT's courses.learn.mit.edu under /learn, with MIT Learn's logo: one builder, one app per host. Deterministic:
// the same bytes every run.

/** About `kb` kB of plausible page script: many small functions, string tables, and some work at load. */
function pageScript(kb) {
  const parts = ['(function(){"use strict";var registry={};'];
  let i = 0;
  while (parts.join('').length < kb * 1024) {
    parts.push(
      `registry["m${i}"]=function(state,props){var out=[];for(var k=0;k<${(i % 7) + 3};k++){out.push(props&&props.items?props.items[k%props.items.length]:"item-"+k+"-${i}");}` +
        `return {id:"m${i}",label:"Module ${i} of the course outline",items:out,meta:{weight:${(i * 37) % 101},graded:${i % 3 === 0},due:"2026-12-${String((i % 28) + 1).padStart(2, '0')}T23:59:00Z"}};};`,
    );
    i++;
  }
  parts.push(
    'var total=0;for(var key in registry){var r=registry[key]({}, {items:["a","b","c"]});total+=r.meta.weight;}',
    'var outline=document.getElementById("outline");if(outline){for(var n=0;n<40;n++){var li=document.createElement("li");li.textContent="Generated lecture "+n+" ("+total+")";outline.appendChild(li);}}',
    '})();',
  );
  return parts.join('\n');
}

export const PAGE_SCRIPT = pageScript(300);

/** The course app on each host the bench serves it for: its path prefix, its site, the org of its SDS keys. */
export const COURSE_APPS = {
  'learning.edx.org': { base: '', site: 'edX', home: 'https://www.edx.org/', org: 'MITx' },
  'courses.learn.mit.edu': { base: '/learn', site: 'MIT Learn', home: 'https://learn.mit.edu/', org: 'MITxT' },
};

/** `head`: markup put first in the page's head (a bench script's own driver), none by default. */
export function heavyCoursePage(runKey, number, title, app = COURSE_APPS['learning.edx.org'], head = '') {
  const { base, site, home, org } = app;
  const sections = Array.from({ length: 16 }, (_, s) => {
    const units = Array.from(
      { length: 8 },
      (_, u) =>
        `<li class="unit"><a href="${base}/course/${runKey}/block-v1:${org}+${number}+x+type@sequential+block@s${s}u${u}">Lecture ${s + 1}.${u + 1}: Topic ${u + 1}</a> <span class="due">Due Dec ${(u % 28) + 1}</span></li>`,
    ).join('');
    return `<li class="section"><button class="section-toggle" aria-expanded="true">Unit ${s + 1}: Section title ${s + 1}</button><ol class="units">${units}</ol></li>`;
  }).join('');
  return `<!doctype html>
<html lang="en"><head>${head}<meta charset="utf-8"><title>Course | ${title} | ${site}</title>
<style>
body{margin:0;font-family:"Inter",system-ui,sans-serif;color:#212529}
header.learning-header{display:flex;gap:16px;align-items:center;padding:12px 24px;border-bottom:1px solid #dee2e6;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.course-title-lockup span{display:block;font-size:14px}.course-title{font-weight:600}
#courseTabsNavigation{display:flex;gap:8px;padding:0 24px;border-bottom:1px solid #dee2e6}
#courseTabsNavigation a{padding:12px;text-decoration:none;color:#00262b}
#main-content{display:grid;grid-template-columns:1fr 320px;gap:24px;padding:24px}
.section{margin:8px 0;border:1px solid #dee2e6;border-radius:4px;list-style:none}
.section-toggle{width:100%;text-align:left;padding:12px;background:#f8f9fa;border:0;font-weight:600}
.units{margin:0;padding:8px 24px}.unit{padding:6px 0;border-bottom:1px solid #f1f1f1}
.due{color:#6c757d;font-size:12px}aside{border:1px solid #dee2e6;border-radius:4px;padding:16px}
</style></head>
<body><div id="root">
<header class="learning-header"><a class="logo" href="${home}">${site}</a>
<div class="course-title-lockup"><span>${org} ${number}</span><span class="course-title">${title}</span></div>
<nav aria-label="Account"><button id="user-menu">Learner</button></nav></header>
<nav id="courseTabsNavigation" aria-label="Course Material">${['home', 'progress', 'dates', 'discussion'].map((tab, i) => `<a href="${base}/course/${runKey}/${tab}">${['Course', 'Progress', 'Dates', 'Discussion'][i]}</a>`).join('')}</nav>
<main id="main-content"><div><h2>Course outline</h2><ol id="outline" class="outline">${sections}</ol></div>
<aside><h3>Important dates</h3><div id="date-verified-upgrade-deadline">Verification upgrade deadline: Dec 22, 2026</div><button id="upgrade-button">Upgrade</button></aside></main>
</div>
<script src="${base}/static/learning-app.js"></script>
</body></html>`;
}
