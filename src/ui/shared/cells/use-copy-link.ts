import { useState } from "react";

/**
 * Copying a link to the clipboard: `copied` for two seconds after it worked, and the link to
 * copy by hand (`manualLink`) when the clipboard is refused or missing.
 */
export function useCopyLink(): {
  copied: boolean;
  manualLink: string | undefined;
  copy: (href: string) => Promise<void>;
  dismiss: () => void;
} {
  const [manualLink, setManualLink] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const copy = async (href: string) => {
    const url = new URL(href, window.location.href).href;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setManualLink(undefined);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Refused (permissions, an insecure page) or unavailable: show the link to copy by hand.
      setManualLink(url);
    }
  };
  return { copied, manualLink, copy, dismiss: () => setManualLink(undefined) };
}
