/** The product's name as its logo: "Chat" and a violet "deck" (contrast-checked both themes). */
export function Brand() {
  return (
    <>
      {/* eslint-disable-next-line no-restricted-syntax -- the product's name, in every language */}
      Chat<span className="text-violet-700 dark:text-violet-400">deck</span>
    </>
  );
}
