/**
 * A form's tabs as NetSuite shows them: a tab appears only when something is assigned to it;
 * with fewer than two such tabs there is no tab strip and their fields appear at the bottom of
 * the form; otherwise a tab strip (buttons, role=tab, arrow keys move between them) over one
 * panel per tab, the first selected and the others hidden. Print shows the selected panel.
 */
import type { FormField, FormFieldGroup, FormTab, ServerWidgetForm } from '../modules/formModel';
import { escapeHtml } from './htmlText';

/** How the page renders what sits inside one tab: its own fields (in columns) and its field groups. */
export interface TabContentRenderer {
  readonly fields: (fields: readonly FormField[]) => string;
  readonly group: (group: FormFieldGroup, fields: readonly FormField[]) => string;
}

/** Selecting a tab by click or arrow keys: constant text, no form value in it. */
export const TAB_STRIP_SCRIPT =
  "(function(){var strip=document.querySelector('.ns-tablist');if(!strip)return;" +
  "var tabs=[].slice.call(strip.querySelectorAll('[role=tab]'));" +
  'function select(tab){tabs.forEach(function(t){var on=t===tab;' +
  "t.setAttribute('aria-selected',on?'true':'false');t.tabIndex=on?0:-1;" +
  "document.getElementById(t.getAttribute('aria-controls')).hidden=!on;});}" +
  "tabs.forEach(function(t,i){t.addEventListener('click',function(){select(t);});" +
  ("t.addEventListener('keydown',function(e){var " +
    "n=e.key==='ArrowRight'?i+1:e.key==='ArrowLeft'?i-1:e.key==='Home'?0:e.key==='End'?tabs.length-1:null;") +
  ('if(n===null)return;e.preventDefault();var ' +
    'next=tabs[(n+tabs.length)%tabs.length];select(next);next.focus();});});})();');

/** The element ids of a tab's button and panel. */
export function tabElementIds(tabId: string): { readonly button: string; readonly panel: string } {
  return { button: `tab_${tabId}`, panel: `tabpanel_${tabId}` };
}

function tabContent(
  form: ServerWidgetForm,
  tab: FormTab,
  inside: readonly FormField[],
  render: TabContentRenderer,
): string {
  const own = render.fields(inside.filter((field) => field.container === tab.id));
  const groups = form.fieldGroups
    .filter((group) => group.tab === tab.id)
    .map((group) =>
      render.group(
        group,
        inside.filter((field) => field.container === group.id),
      ),
    );
  return own + groups.join('');
}

/** Whether anything is assigned to the tab (NetSuite leaves an empty tab out). */
function hasContent(form: ServerWidgetForm, tab: FormTab, inside: readonly FormField[]): boolean {
  return inside.some((field) => field.container === tab.id) || form.fieldGroups.some((group) => group.tab === tab.id);
}

/** The tabs of a form and what is on them; `inside` are the fields laid out in the form's normal area. */
export function renderTabs(form: ServerWidgetForm, inside: readonly FormField[], render: TabContentRenderer): string {
  const shown = form.tabs.filter((tab) => hasContent(form, tab, inside));
  if (shown.length < 2) return shown.map((tab) => tabContent(form, tab, inside, render)).join('');
  const buttons = shown.map((tab, index) => {
    const ids = tabElementIds(tab.id);
    const selected = index === 0;
    return (
      `<button type="button" class="ns-tab" role="tab" id="${escapeHtml(ids.button)}" ` +
      `aria-controls="${escapeHtml(ids.panel)}" ` +
      (`aria-selected="${selected ? 'true' : 'false'}" ` +
        `tabindex="${selected ? '0' : '-1'}">${escapeHtml(tab.label)}</button>`)
    );
  });
  const panels = shown.map((tab, index) => {
    const ids = tabElementIds(tab.id);
    return (
      `<div class="ns-tabpanel" role="tabpanel" id="${escapeHtml(ids.panel)}" ` +
      `aria-labelledby="${escapeHtml(ids.button)}"${index === 0 ? '' : ' hidden'}>` +
      `${tabContent(form, tab, inside, render)}</div>`
    );
  });
  return (
    `<div class="ns-tabs"><div class="ns-tablist" role="tablist" ` +
    `aria-label="${escapeHtml(form.title)}">${buttons.join('')}</div>` +
    `${panels.join('')}<script>${TAB_STRIP_SCRIPT}</script></div>`
  );
}
