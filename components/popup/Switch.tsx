// A labelled on/off switch: a native checkbox with role="switch", so keyboard, screen readers and forms work
// without help; the track is drawn by CSS.
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  onChange(checked: boolean): void;
}

export function Switch({ id, label, checked, disabled = false, description, onChange }: Props) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div class="sl-switch">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {description ? (
        <p class="sl-switch-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
    </div>
  );
}
