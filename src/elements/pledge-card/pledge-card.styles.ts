import {css} from 'lit';
import {outlineButtonStyles} from '../shared/button.styles.js';
import {themeStyles} from '../shared/theme.styles.js';

/** The styles of `<pledge-card>`. */
export const styles = [
  themeStyles,
  outlineButtonStyles,
  css`
    .root,
    .card {
      block-size: 100%;
    }
    .card {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--pledge-card-gap, 0.75em);
      margin: 0;
      padding: var(--pledge-card-padding, var(--_space));
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--pledge-card-shadow, none);
    }
    .card > * {
      margin: 0;
      max-inline-size: 100%;
    }
    .title {
      font-size: 1.2em;
      font-weight: 700;
      line-height: 1.3;
    }
    .meta {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .meta > span + span::before {
      content: '·' / '';
      margin-inline: 0.4em;
    }
    .summary {
      white-space: pre-line;
    }
    .clamped {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--pledge-card-lines, 4);
      line-clamp: var(--pledge-card-lines, 4);
      overflow: hidden;
    }
    .toggle {
      margin-block-start: calc(var(--pledge-card-gap, 0.75em) * -0.5);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding-block: 0.1em;
      padding-inline: 0.6em;
      border: 1px solid var(--_border);
      border-radius: 1em;
      background: var(--_subtle);
      font-size: 0.8125em;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      font-size: 0.875em;
    }
    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .link {
      margin-block-start: auto;
      color: var(--_accent);
      font-weight: 600;
    }
    .skeleton .bar {
      display: block;
      inline-size: 100%;
      block-size: 1em;
      border-radius: var(--_radius);
      background: var(--_subtle);
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    .skeleton .short {
      inline-size: 60%;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
    [role='alert'] {
      color: var(--_danger);
    }
  `,
];
