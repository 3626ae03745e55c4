import { createBrowserRouter, Navigate } from 'react-router';
import { HomePage, NotFoundPage } from './home-page';
import { LoginPage, SignupPage } from './reviewer/auth-pages';
import { AcceptInvitePage, CompleteSignupPage } from './reviewer/account-link-pages';
import { AppLayout } from './reviewer/app-layout';
import { AssessmentsListPage } from './reviewer/assessments-list-page';
import { AssessmentEditPage } from './reviewer/assessment-edit-page';
import { AssessmentDetailPage } from './reviewer/assessment-detail-page';
import { CohortPage } from './reviewer/cohort-page';
import { CandidatesPage } from './reviewer/candidates-page';
import { ResultsPage } from './reviewer/results-page';
import { ResultDetailPage } from './reviewer/result-detail-page';
import { RubricsPage } from './reviewer/rubrics-page';
import { ApiKeysPage } from './reviewer/api-keys-page';
import { WebhooksPage } from './reviewer/webhooks-page';
import { IntegrationsPage } from './reviewer/integrations-page';
import { AuditLogPage } from './reviewer/audit-log-page';
import { MailboxPage } from './reviewer/mailbox-page';
import { TeamPage } from './reviewer/team-page';
import { DecisionEmailsPage } from './reviewer/decision-emails-page';
import { TakePage } from './candidate/take-page';
import { ReviewerHomePage } from './reviewer/reviewer-home-page';
import { QuestionBankPage } from './reviewer/question-bank-page';

export const router = createBrowserRouter([
  { path: '/', element: <HomePage /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignupPage /> },
  { path: '/signup/complete', element: <CompleteSignupPage /> },
  { path: '/invite', element: <AcceptInvitePage /> },
  { path: '/take', element: <TakePage /> },
  { path: '/take/:key', element: <TakePage /> },
  {
    path: '/app',
    element: <AppLayout />,
    children: [
      { index: true, element: <ReviewerHomePage /> },
      { path: 'assessments', element: <AssessmentsListPage /> },
      { path: 'assessments/new', element: <AssessmentEditPage /> },
      { path: 'assessments/:id', element: <AssessmentDetailPage /> },
      { path: 'assessments/:id/edit', element: <AssessmentEditPage /> },
      { path: 'assessments/:id/cohort', element: <CohortPage /> },
      { path: 'candidates', element: <CandidatesPage /> },
      { path: 'results', element: <ResultsPage /> },
      { path: 'results/:id', element: <ResultDetailPage /> },
      { path: 'rubrics', element: <RubricsPage /> },
      { path: 'question-bank', element: <QuestionBankPage /> },
      { path: 'settings', element: <Navigate to="/app/settings/api-keys" replace /> },
      { path: 'settings/api-keys', element: <ApiKeysPage /> },
      { path: 'settings/webhooks', element: <WebhooksPage /> },
      { path: 'settings/integrations', element: <IntegrationsPage /> },
      { path: 'settings/team', element: <TeamPage /> },
      { path: 'settings/decision-emails', element: <DecisionEmailsPage /> },
      { path: 'audit-log', element: <AuditLogPage /> },
      { path: 'mailbox', element: <MailboxPage /> },
      { path: '*', element: <NotFoundPage inApp /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
