import type { Db } from '../../db/database.js';
import { liveAssessmentExists } from '../assessments/assessments-catalog.js';
import { NotFoundError } from '../../errors.js';
import { parseJsonValue, questionOrderOf } from '../../shared/stored-json.js';
import {
  cronbachAlpha,
  discriminativeEfficiency,
  kurtosis,
  mean,
  median,
  pearson,
  rounded,
  sampleStandardDeviation,
  skewness,
  standardErrorOfMeasurement,
  upperLowerDiscrimination,
} from './item-analysis-fns.js';
import {
  listAnalysedAnswers,
  listAnalysedQuestions,
  listAnalysedSessions,
  type AnalysedAnswerRow,
} from './item-analysis-store.js';

export interface OptionCount {
  option: number;
  text: string;
  count: number;
  correct: boolean;
}

export interface ItemStats {
  questionId: string;
  position: number;
  text: string;
  type: string;
  category: string;
  difficulty: string;
  maxPoints: number;
  responses: number;
  unanswered: number;
  facilityIndex: number | null;
  standardDeviation: number | null;
  discriminationIndex: number | null;
  itemRestCorrelation: number | null;
  discriminativeEfficiency: number | null;
  optionCounts: OptionCount[];
}

export interface ItemAnalysis {
  assessmentId: string;
  attempts: 'first' | 'all';
  sessionCount: number;
  test: {
    itemCount: number;
    mean: number | null;
    median: number | null;
    standardDeviation: number | null;
    skewness: number | null;
    kurtosis: number | null;
    reliability: number | null;
    reliabilityMethod: 'KR-20' | 'cronbach-alpha' | null;
    standardError: number | null;
  };
  items: ItemStats[];
}

const indexesOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is number => typeof item === 'number' && Number.isInteger(item));

function pointsOf(answer: AnalysedAnswerRow | undefined, maxPoints: number): number {
  if (!answer) return 0;
  if (answer.points_awarded !== null) return answer.points_awarded;
  return answer.is_correct === 1 ? maxPoints : 0;
}

function isAnswered(answer: AnalysedAnswerRow | undefined): boolean {
  if (!answer) return false;
  const value = parseJsonValue(answer.selected);
  return !(value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

export function createItemAnalysisService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async analyse(orgId: string, assessmentId: string, attempts: 'first' | 'all'): Promise<{ itemAnalysis: ItemAnalysis }> {
      if (!(await liveAssessmentExists(db, orgId, assessmentId))) throw new NotFoundError('Assessment');
      const sessions = await listAnalysedSessions(db, orgId, assessmentId, attempts === 'first');
      const presented = new Map(sessions.map((session) => [session.id, questionOrderOf(session.question_order)]));
      const questionIds = [...new Set([...presented.values()].flat())];
      const [answers, questions] = await Promise.all([
        listAnalysedAnswers(
          db,
          orgId,
          sessions.map((session) => session.id),
        ),
        listAnalysedQuestions(db, orgId, questionIds),
      ]);
      questions.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
      const answerOf = new Map(answers.map((answer) => [`${answer.session_id} ${answer.question_id}`, answer]));
      const questionById = new Map(questions.map((question) => [question.id, question]));

      // Per session: points earned and possible on the questions it was shown.
      const totals = new Map<string, { points: number; possible: number }>();
      for (const session of sessions) {
        let points = 0;
        let possible = 0;
        for (const id of presented.get(session.id) ?? []) {
          const question = questionById.get(id);
          if (!question) continue;
          points += pointsOf(answerOf.get(`${session.id} ${id}`), question.points);
          possible += question.points;
        }
        totals.set(session.id, { points, possible });
      }
      const percentOf = (sessionId: string) => {
        const total = totals.get(sessionId)!;
        return total.possible > 0 ? (total.points / total.possible) * 100 : 0;
      };

      const items: ItemStats[] = questions.map((question) => {
        const shownTo = sessions.filter((session) => presented.get(session.id)?.includes(question.id));
        const scores = shownTo.map((session) => pointsOf(answerOf.get(`${session.id} ${question.id}`), question.points));
        const rest = shownTo.map((session, index) => totals.get(session.id)!.points - scores[index]!);
        const options = (parseJsonValue(question.options) as string[] | null) ?? [];
        const key = indexesOf(parseJsonValue(question.answer));
        const counts = options.map((text, option) => ({ option, text, count: 0, correct: key.includes(option) }));
        let unanswered = 0;
        for (const session of shownTo) {
          const answer = answerOf.get(`${session.id} ${question.id}`);
          if (!isAnswered(answer)) {
            unanswered += 1;
            continue;
          }
          if (question.type === 'text') continue;
          for (const option of indexesOf(parseJsonValue(answer!.selected))) if (counts[option]) counts[option]!.count += 1;
        }
        const itemMean = mean(scores);
        return {
          questionId: question.id,
          position: question.position,
          text: question.text,
          type: question.type,
          category: question.category,
          difficulty: question.difficulty,
          maxPoints: question.points,
          responses: shownTo.length - unanswered,
          unanswered,
          facilityIndex: rounded(itemMean === null || question.points <= 0 ? null : itemMean / question.points),
          standardDeviation: rounded(sampleStandardDeviation(scores)),
          discriminationIndex: rounded(
            upperLowerDiscrimination(
              shownTo.map((session, index) => ({ total: percentOf(session.id), item: scores[index]! })),
              question.points,
            ),
          ),
          itemRestCorrelation: rounded(pearson(scores, rest)),
          discriminativeEfficiency: rounded(discriminativeEfficiency(scores, rest)),
          optionCounts: question.type === 'text' ? [] : counts,
        };
      });

      // Reliability over the questions every analysed session was shown (the whole form when it is fixed).
      const common = questions.filter((question) => sessions.length > 0 && sessions.every((session) => presented.get(session.id)?.includes(question.id)));
      const matrix = sessions.map((session) => common.map((question) => pointsOf(answerOf.get(`${session.id} ${question.id}`), question.points)));
      const reliability = cronbachAlpha(matrix);
      const dichotomous =
        common.length > 0 &&
        common.every((question) => question.points === common[0]!.points) &&
        matrix.every((row) => row.every((value, index) => value === 0 || value === common[index]!.points));
      const percents = sessions.map((session) => percentOf(session.id));
      const sd = sampleStandardDeviation(percents);
      return {
        itemAnalysis: {
          assessmentId,
          attempts,
          sessionCount: sessions.length,
          test: {
            itemCount: common.length,
            mean: rounded(mean(percents)),
            median: rounded(median(percents)),
            standardDeviation: rounded(sd),
            skewness: rounded(skewness(percents)),
            kurtosis: rounded(kurtosis(percents)),
            reliability: rounded(reliability),
            reliabilityMethod: reliability === null ? null : dichotomous ? 'KR-20' : 'cronbach-alpha',
            standardError: rounded(standardErrorOfMeasurement(sd, reliability)),
          },
          items,
        },
      };
    },
  };
}
