/**
 * Tabs with one panel shown at a time (WAI-ARIA tabs pattern): a tablist with a roving tabindex,
 * arrow keys, Home and End moving the selection (and the focus), and one tabpanel per tab. Every
 * panel stays in the page, the inactive ones hidden, so what was typed or opened in a panel is
 * still there when its tab is chosen again. Props in, callbacks out.
 */
import type { ComponentChildren } from 'preact';
import { tabKeyTarget } from './tab-keys';

export interface TabsProps {
  /** Accessible name of the tablist. */
  label: string;
  /** Element ids are `${idPrefix}-tab-${id}` and `${idPrefix}-panel-${id}`. */
  idPrefix: string;
  tabs: readonly { id: string; title: string }[];
  active: string;
  onSelect: (id: string) => void;
  panel: (id: string) => ComponentChildren;
}

export function Tabs({ label, idPrefix, tabs, active, onSelect, panel }: TabsProps) {
  const tabId = (id: string) => `${idPrefix}-tab-${id}`;
  const panelId = (id: string) => `${idPrefix}-panel-${id}`;
  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.id === active);
    const next = tabs[tabKeyTarget(e.key, i, tabs.length) ?? -1];
    if (!next) return;
    e.preventDefault();
    onSelect(next.id);
    document.getElementById(tabId(next.id))?.focus();
  }
  return (
    <>
      <div role="tablist" class="tabs" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            id={tabId(t.id)}
            role="tab"
            aria-selected={t.id === active}
            aria-controls={panelId(t.id)}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          id={panelId(t.id)}
          role="tabpanel"
          aria-labelledby={tabId(t.id)}
          hidden={t.id !== active}
          tabIndex={0}
          class="tab-panel"
        >
          {panel(t.id)}
        </div>
      ))}
    </>
  );
}
