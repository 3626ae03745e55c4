import { staffApi } from '../lib/api';
import { useResource } from '../lib/use-resource';

/** "From Greenhouse", linking back to the candidate's Greenhouse profile (keys sent by send_test). */
export function GreenhouseLink(props: { profileUrl: string }) {
  return (
    <span className="small" data-testid="from-greenhouse">
      From Greenhouse ·{' '}
      <a href={props.profileUrl} target="_blank" rel="noreferrer">
        Greenhouse profile
      </a>
    </span>
  );
}

/** The Greenhouse origin of one result, if it has one. */
export function GreenhouseOrigin(props: { sessionId: string }) {
  const interviews = useResource(
    () => staffApi.GET('/v1/integrations/greenhouse/interviews', { params: { query: { sessionId: props.sessionId } } }),
    [props.sessionId],
  );
  const interview = interviews.data?.interviews[0];
  return interview ? <GreenhouseLink profileUrl={interview.greenhouseProfileUrl} /> : null;
}

/** Profile URLs of the recent keys sent from Greenhouse, by key id. */
export function useGreenhouseProfiles(): Map<string, string> {
  const interviews = useResource(() => staffApi.GET('/v1/integrations/greenhouse/interviews'), []);
  return new Map((interviews.data?.interviews ?? []).map((interview) => [interview.invitationId, interview.greenhouseProfileUrl]));
}
