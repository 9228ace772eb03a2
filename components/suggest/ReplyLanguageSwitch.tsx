import type { Lang } from '../../lib/ui/reply-language';
import { t } from '../../lib/ui/i18n';

/** Replies follow the chat's language; the other one is one click away (and back). */
export function ReplyLanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <button type="button" className="link-button reply-lang" data-testid="reply-lang" onClick={() => onChange(other)}>
      {t(other === 'zh' ? 'replyLangZh' : 'replyLangEn')}
    </button>
  );
}
