import type { Profile } from '../../lib/db/database';
import type { Lang } from '../../lib/ui/i18n';
import { DebtsSection } from '../debts/DebtsSection';
import { ApplicationSection } from '../letters/ApplicationSection';
import { PrepareSection } from '../letters/PrepareSection';
import { Calculator } from './Calculator';
import { ProfileForm } from './ProfileForm';

export function PlanView({ profile, lang, onInsert }: { profile: Profile | undefined; lang: Lang; onInsert: (text: string) => Promise<boolean> }) {
  return (
    <div className="plan-view">
      <ProfileForm profile={profile} lang={lang} />
      <DebtsSection profile={profile} lang={lang} />
      <Calculator profile={profile} lang={lang} onInsert={onInsert} />
      <PrepareSection profile={profile} lang={lang} />
      <ApplicationSection profile={profile} lang={lang} />
    </div>
  );
}
