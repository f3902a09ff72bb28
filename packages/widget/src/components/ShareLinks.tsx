import type { ShareLink } from '../options';

/** Props of the promoters' share/review links. */
export interface ShareLinksProps {
  intro: string;
  /** Links already checked to be absolute http(s) URLs. */
  links: readonly ShareLink[];
  /** Screen-reader suffix for links that open a new tab. */
  opensInNewTab: string;
}

/** Share/review links, opened in a new tab without giving that tab a handle on this page (`noopener`). */
export function ShareLinks(props: ShareLinksProps) {
  if (props.links.length === 0) return null;
  return (
    <div class="share">
      <p>{props.intro}</p>
      <ul>
        {props.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
              <span class="sr-only"> {props.opensInNewTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
