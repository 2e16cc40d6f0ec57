/**
 * Folds full-width ASCII (U+FF01–U+FF5E, e.g. `２，０００．５０`) to ASCII and the ideographic space
 * (U+3000) to a space: Chinese input methods produce both in spreadsheets and forms.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
