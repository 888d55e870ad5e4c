import { useId, type InputHTMLAttributes, type Ref } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the field saying what it takes; read out with it. */
  hint?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled text input, as every form in Chatdeck shows one: the label above the field. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  className = '',
  ...input
}: TextFieldProps) {
  const hintId = useId();
  const describedBy = [input['aria-describedby'], hint ? hintId : undefined]
    .filter(Boolean)
    .join(' ');
  const field = (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        {...input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy || undefined}
        className={`field ${className}`}
      />
    </label>
  );
  if (!hint) return field;
  // The hint sits outside the label: it describes the field, it is not part of its name.
  return (
    <div className="flex flex-col gap-1">
      {field}
      <span id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </span>
    </div>
  );
}
