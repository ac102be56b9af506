import {css} from 'lit';
import {outlineButtonStyles} from '../shared/button.styles.js';
import {themeStyles} from '../shared/theme.styles.js';

/** The styles of `<pledge-objective-list>`. */
export const styles = [
  themeStyles,
  outlineButtonStyles,
  css`
    .list {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.375em;
    }
    .list.compact {
      grid-template-columns: repeat(var(--pledge-objective-list-columns, auto-fill), minmax(2.75em, 1fr));
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 2.5em;
      padding-block: 0.25em;
      padding-inline: 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
      user-select: none;
    }
    .option:hover {
      border-color: var(--_accent);
    }
    .option[aria-selected='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
    }
    .number {
      flex: none;
      min-inline-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .label {
      flex: 1;
    }
    /* A check mark, so the selection does not rest on colour alone. */
    .full [aria-selected='true'] .label::after {
      content: '✓';
      margin-inline-start: 0.4em;
    }
    .count {
      margin-inline-start: auto;
      color: var(--_muted);
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    [aria-selected='true'] .count {
      color: inherit;
    }
    .compact .option {
      flex-direction: column;
      justify-content: center;
      gap: 0;
      padding-inline: 0.25em;
      line-height: 1.2;
    }
    .compact .count {
      margin-inline-start: 0;
      font-size: 0.75em;
    }
    .compact [aria-selected='true'] {
      box-shadow: inset 0 0 0 2px var(--_accent-text);
    }
    .pending {
      inline-size: 1.5em;
      block-size: 0.75em;
      border-radius: var(--_radius);
      background: var(--_subtle);
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-end: 0.5em;
    }
    .error p,
    .empty {
      margin: 0;
    }
    [role='alert'] {
      color: var(--_danger);
    }
  `,
];
