import { CopyButton } from '../components/ui';
import type { CandidateAssessment } from './candidate-api';

/**
 * How a candidate sets up the `assay` command-line tool for the hands-on
 * tasks: the install and login commands with this server's URL and their
 * key, each with a Copy button. Copying them is not a proctoring violation
 * (the blocks carry data-assay-copy, which the page's copy listener skips).
 */
export function CliSetup(props: { commandLine: CandidateAssessment['commandLine']; compact?: boolean }) {
  const { commandLine } = props;
  if (!commandLine) return null;
  return (
    <div className="cli-setup" data-testid="cli-setup">
      <p className={props.compact ? 'small muted' : undefined} style={{ marginTop: 0 }}>
        In your terminal (Node.js 20.19 or later), install the <code>assay</code> command-line tool from this server, then log in with your key:
      </p>
      <CommandLine label="Install" testId="cli-install" command={commandLine.install} />
      <CommandLine label="Log in" testId="cli-login" command={commandLine.login} />
      <p className="small muted" style={{ marginBottom: 0 }}>
        Then <code>assay task</code> shows the tasks, <code>assay start</code> starts them in your project folder, and <code>assay submit --case N</code> hands
        in task N.
      </p>
    </div>
  );
}

function CommandLine(props: { label: string; command: string; testId: string }) {
  return (
    <div className="command-line">
      <span className="small muted command-label">{props.label}</span>
      <code data-assay-copy="" data-testid={props.testId} className="wrap-anywhere">
        {props.command}
      </code>
      <CopyButton text={props.command} ariaLabel={`Copy the ${props.label.toLowerCase()} command`} />
    </div>
  );
}

/** A task's own description, shown as written (plain text or Markdown source), line breaks kept. */
export function TaskDescription(props: { text: string | null }) {
  if (!props.text) return null;
  return (
    <div className="task-description" data-testid="task-description">
      {props.text}
    </div>
  );
}
