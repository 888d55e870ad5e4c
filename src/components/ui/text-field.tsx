import { useId, type InputHTMLAttributes } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the field saying what it takes; read out with it. */
  hint?: string;
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
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        {...input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? hintId : undefined}
        className={`field ${className}`}
      />
      {hint && (
        <span id={hintId} className="text-xs font-normal text-zinc-600 dark:text-zinc-400">
          {hint}
        </span>
      )}
    </label>
  );
}
