import './residents.css';
import { HarmReductionSection } from './HarmReductionSection';
import { MotivationBanner } from './MotivationBanner';
import { MotivationHistory } from './MotivationHistory';
import { PeerSection } from './PeerSection';
import { useMotivation, useResidentialCourses } from './queries';
import { SpecialistSection } from './SpecialistSection';

/**
 * "Motiveret for lige nu" at the top of the page of a resident of one of the user's residences.
 * Nothing for other citizens, or when the user's role does not follow the resident's motivation (403).
 */
export function ResidentMotivation({ citizenId }: { citizenId: string }) {
  const { courses } = useResidentialCourses(citizenId);
  const resident = courses.length > 0;
  const motivation = useMotivation(citizenId, resident);
  if (!resident) return null;
  return (
    <MotivationBanner
      citizenId={citizenId}
      motivation={motivation.data}
      isPending={motivation.isPending}
      error={motivation.error}
      canWrite={courses.some((c) => c.canWriteNotes || c.ownNotesOnly)}
    />
  );
}

/**
 * The residential sections of a resident's page (seed 004): harm reduction, the peer worker, the
 * specialised team and earlier motivation. Each leaves itself out when the user's role may not use it.
 */
export function ResidentSections({ citizenId }: { citizenId: string }) {
  const { courses } = useResidentialCourses(citizenId);
  const resident = courses.length > 0;
  const motivation = useMotivation(citizenId, resident);
  if (!resident) return null;
  const peerView = courses.every((c) => c.ownNotesOnly && !c.canReadNotes);
  const askUnitId = courses.find((c) => c.canWriteNotes)?.unitId ?? null;
  return (
    <>
      <HarmReductionSection citizenId={citizenId} />
      <PeerSection citizenId={citizenId} peerView={peerView} />
      <SpecialistSection citizenId={citizenId} askUnitId={askUnitId} />
      <MotivationHistory motivation={motivation.data} />
    </>
  );
}
