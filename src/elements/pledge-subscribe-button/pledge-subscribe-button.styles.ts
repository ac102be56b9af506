import {css} from 'lit';
import {themeStyles} from '../shared/theme.styles.js';

/** The styles of `<pledge-subscribe-button>`. */
export const styles = [
  themeStyles,
  css`
    :host {
      display: inline-block;
    }
    .root {
      position: relative;
    }
    button,
    input {
      font: inherit;
      border-radius: var(--_radius);
      min-block-size: 2.75em;
    }
    button {
      cursor: pointer;
      border: 1px solid var(--_accent);
      background: var(--_surface);
      color: var(--_accent);
      padding-block: 0.4em;
      padding-inline: 0.9em;
    }
    [part='button'] {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      background: var(--_accent);
      color: var(--_accent-text);
    }
    svg {
      inline-size: 1em;
      block-size: 1em;
      fill: currentColor;
      flex: none;
    }
    .panel {
      position: absolute;
      inset-block-start: calc(100% + 0.25em);
      inset-inline-start: 0;
      z-index: 10;
      inline-size: min(var(--pledge-subscribe-button-panel-width, 20em), calc(100vw - 1em));
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.2);
    }
    .panel.end {
      inset-inline-start: auto;
      inset-inline-end: 0;
    }
    .panel[hidden] {
      display: none;
    }
    p {
      margin: 0;
    }
    .scope {
      font-weight: 600;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75em;
      padding-inline: 0.25em;
      color: var(--_accent);
    }
    .message:empty {
      /* Kept in the accessibility tree: a live region must exist before it speaks. */
      position: absolute;
      clip-path: inset(50%);
    }
    .message {
      color: var(--_muted);
    }
    .copied,
    .sent {
      color: var(--_success);
    }
    .failed,
    .invalid {
      color: var(--_danger);
    }
    .url {
      display: block;
      padding: 0.5em;
      background: var(--_subtle);
      border-radius: var(--_radius);
      user-select: all;
      font-size: 0.875em;
    }
    .email {
      display: grid;
      gap: 0.35em;
      padding-block-start: calc(var(--_space) * 0.75);
      border-block-start: 1px solid var(--_border);
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    input {
      flex: 1 1 10em;
      min-inline-size: 0;
      padding-inline: 0.6em;
      border: 1px solid var(--_muted);
      background: var(--_surface);
      color: var(--_text);
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    button[disabled] {
      cursor: progress;
      opacity: 0.7;
    }
  `,
];
