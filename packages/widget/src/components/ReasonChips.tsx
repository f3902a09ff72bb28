/** One reason tag and its visible label. */
export interface ReasonOption {
  tag: string;
  label: string;
}

/** Props of the multi-select reason chips. */
export interface ReasonChipsProps {
  label: string;
  options: readonly ReasonOption[];
  selected: readonly string[];
  onToggle: (tag: string) => void;
}

/** Reason tags as toggle buttons (`aria-pressed`) in a fieldset with a legend; any number may be picked. */
export function ReasonChips(props: ReasonChipsProps) {
  if (props.options.length === 0) return null;
  return (
    <fieldset class="reasons">
      <legend class="chips-label">{props.label}</legend>
      <div class="chips">
        {props.options.map((option) => (
          <button
            key={option.tag}
            type="button"
            class="chip"
            aria-pressed={props.selected.includes(option.tag)}
            onClick={() => props.onToggle(option.tag)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
