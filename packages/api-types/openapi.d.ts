/**
 * Types of the Assay HTTP API, generated from the server's /openapi.json by
 * `npm run generate:api` (openapi-typescript). Do not edit: a test fails when
 * this file differs from what the server's route schemas produce.
 */

export interface paths {
    "/api/v1/assessment/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate the questions of the verification record (the same ones until submitted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The verification record. Implied by a candidate token; required when an organization API key acts on a candidate's behalf */
                        recordVerificationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    options: string[];
                                    questionId: string;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                recordVerificationId: string;
                                totalQuestions: number;
                            };
                            message: string;
                            /** @enum {boolean} */
                            success: true;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit every answer at once: score, verify or reject skills, lock on pass */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One answer per generated question */
                        answers?: {
                            questionId: string;
                            selectedAnswer: unknown;
                        }[];
                        /** @description The verification record. Implied by a candidate token; required when an organization API key acts on a candidate's behalf */
                        recordVerificationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                recordVerificationId: string;
                                result: {
                                    attemptNumber: number;
                                    correctAnswers: number;
                                    message: string;
                                    passed: boolean;
                                    /** @description round(correct points / total points × 100) */
                                    score: number;
                                    totalQuestions: number;
                                };
                                skillsUpdated: number;
                                verifiedSkills: {
                                    name: string;
                                    skillId: string;
                                    status: "verified" | "rejected";
                                    verified: boolean;
                                    /** Format: date-time */
                                    verifiedAt: string;
                                    verifiedBy: string;
                                }[];
                                webhook: {
                                    /** @description The verification.completed webhook event was queued */
                                    sent: boolean;
                                };
                            };
                            message: string;
                            /** @enum {boolean} */
                            success: true;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Error (reference 002 envelope) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            message: string;
                            requestId: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/assessments/{slug}/invites/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a candidate: creates a candidate key, emails it, and returns its invite_token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Assessment slug */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        candidate_email: string;
                        candidate_name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Assessment slug */
                            assessment: string;
                            candidate_email: string;
                            candidate_name: null | string;
                            /** Format: date-time */
                            expires_at: string;
                            /** Format: uuid */
                            invite_token: string;
                            /**
                             * Format: uri
                             * @description Where the candidate takes the assessment
                             */
                            invite_url: string;
                            /** @description The candidate key PST-XXXX-XXXX */
                            key: string;
                            /**
                             * Format: uri
                             * @description GET this (with the API key) for the detailed result
                             */
                            result_url: string;
                            status: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/assessments/{slug}/results/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an assessment’s completed sessions, most recent first (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque pagination cursor — pass the value from `next` */
                    cursor?: string;
                    /** @description Results per page, max 100 (default: 20); larger values are clamped */
                    page_size?: number;
                };
                header?: never;
                path: {
                    /** @description Assessment slug */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            next: null | string;
                            previous: null | string;
                            results: {
                                candidate_email: null | string;
                                candidate_name: null | string;
                                completed_at: null | string;
                                /**
                                 * Format: uuid
                                 * @description Use this to fetch the detailed result
                                 */
                                invite_token: string;
                                /** @description Whether the candidate met the passing threshold */
                                passed: boolean;
                                role: null | string;
                                score_percentage: null | number;
                                /** Format: date-time */
                                started_at: string;
                                status: "pending" | "started" | "completed" | "expired";
                                time_spent_seconds: null | number;
                                violation_counts: {
                                    copy_paste_violations: number;
                                    fullscreen_violations: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/invites/{token}/result/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The detailed result of one invitation: score, violations, per-task cases, report link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The invite_token from the create invitation response */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Assessment title */
                            assessment: string;
                            candidate_email: null | string;
                            candidate_name: null | string;
                            cases: {
                                case_order: number;
                                case_title: string;
                                max_score: number;
                                score: null | number;
                                status: "correct" | "incorrect" | "pending";
                                time_spent_seconds: null | number;
                            }[];
                            completed_at: null | string;
                            detailed_report_url: null | string;
                            max_score: null | number;
                            passed: boolean;
                            /** @description Passing threshold (percent) configured for this assessment */
                            passing_score: number;
                            score: null | number;
                            score_percentage: null | number;
                            started_at: null | string;
                            /** @description Invitation status: pending, started, completed, expired, hired or rejected */
                            status: string;
                            violation_counts: {
                                copy_paste_violations: number;
                                fullscreen_violations: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cli/assay-cli.tgz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the candidate CLI (`assay`) as an npm package: `npm install -g <this URL>`
         * @description The `assay-cli` package this server ships (package.json, bin/ and the compiled dist/), packed as `npm pack` would. Needs Node.js 20.19 or later; its three runtime dependencies come from the npm registry. 503 `cli_not_built` when the server has no compiled CLI.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The npm package tarball */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/gzip": string;
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database?: string;
                            ok?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/greenhouse/list_tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Greenhouse list_tests: the organization’s assessments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            partner_test_id: string;
                            partner_test_name: string;
                        }[];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/greenhouse/response_error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Greenhouse response_error: Greenhouse reports an answer it could not use */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Greenhouse may send more properties; the whole body is kept. */
            requestBody: {
                content: {
                    "application/json": {
                        api_call: string;
                        candidate_email?: null | string;
                        errors: string[];
                        partner_interview_id?: null | string;
                        partner_test_id?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/greenhouse/send_test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Greenhouse send_test: invite the candidate (an identical retry answers the same interview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Greenhouse may send more properties than these; they are ignored. */
            requestBody: {
                content: {
                    "application/json": {
                        candidate: {
                            /** Format: email */
                            email: string;
                            first_name: string;
                            /** Format: uri */
                            greenhouse_profile_url: string;
                            last_name: string;
                            phone_number?: null | string;
                            resume_url?: null | string;
                        };
                        partner_test_id: string;
                        /** Format: uri */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            partner_interview_id: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/greenhouse/test_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Greenhouse test_status: where the candidate is, and the result once final */
        get: {
            parameters: {
                query: {
                    partner_interview_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Flat: every value a string, number, boolean or null */
                            metadata: {
                                [key: string]: null | string | number | boolean;
                            };
                            partner_profile_url: null | string;
                            partner_score: null | number;
                            /** @enum {string} */
                            partner_status: "pending" | "in_progress" | "grading" | "complete" | "expired" | "revoked";
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The detailed report of a result as an HTML page (reviewer cookie session or API key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List results (newest completion first) with filters and an opaque cursor */
        get: {
            parameters: {
                query?: {
                    /** @description Filter by candidate ID */
                    candidate_id?: string;
                    /** @description Filter by completion date (ISO 8601): completed at or after */
                    completed_after?: string;
                    /** @description Opaque cursor: next_cursor of the previous page */
                    cursor?: string;
                    /** @description Filter by hiring decision: hired, rejected, or none (not decided yet) */
                    decision?: "hired" | "rejected" | "none";
                    /** @description Filter by exam (assessment) ID */
                    exam_id?: string;
                    /** @description Results per page (default 20, max 100; larger values are clamped) */
                    limit?: number;
                    /** @description Filter by minimum score (0-100) */
                    min_score?: number;
                    /** @description Filter by red flag: true (raised) or false */
                    red_flag?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                candidate_id: null | string;
                                /** Format: date-time */
                                completed_at: string;
                                decision: null | ("hired" | "rejected");
                                duration_minutes: null | number;
                                exam_id: string;
                                id: string;
                                percentile: null | number;
                                /** @description Proctoring violations reached the assessment’s red-flag threshold */
                                red_flag: boolean;
                                /** @description The key was revoked while the attempt was open: it ended there, is shown with what was saved, and is left out of cohort statistics */
                                revoked: boolean;
                                score: null | number;
                                /** @description passed / failed against the exam’s threshold; pending while a task awaits grading */
                                status: "passed" | "failed" | "pending";
                            }[];
                            pagination: {
                                has_more: boolean;
                                limit: number;
                                next_cursor: null | string;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One result with its breakdown by category and difficulty, strengths, weaknesses and percentile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            breakdown: {
                                by_category: {
                                    category: string;
                                    correct: number;
                                    score: number;
                                    total: number;
                                }[];
                                by_difficulty: {
                                    correct: number;
                                    difficulty: string;
                                    score: number;
                                    total: number;
                                }[];
                            };
                            candidate_id: null | string;
                            /** Format: date-time */
                            completed_at: string;
                            decision: null | ("hired" | "rejected");
                            duration_minutes: null | number;
                            exam_id: string;
                            id: string;
                            percentile: null | number;
                            /** @description Proctoring violations reached the assessment’s red-flag threshold */
                            red_flag: boolean;
                            /** @description The key was revoked while the attempt was open: it ended there, is shown with what was saved, and is left out of cohort statistics */
                            revoked: boolean;
                            score: null | number;
                            /** @description passed / failed against the exam’s threshold; pending while a task awaits grading */
                            status: "passed" | "failed" | "pending";
                            strengths: string[];
                            weaknesses: string[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every question of a result with the answer given, the correct answer, points and time spent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                category: string;
                                correct_answer: null | (number | number[] | string | string[]);
                                difficulty: string;
                                is_correct: boolean;
                                max_points: number;
                                /** @description Position in the order the candidate saw the questions */
                                number: number;
                                options: string[];
                                points: number;
                                question: string;
                                question_id: string;
                                selected: null | (number | number[] | string | string[]);
                                time_spent_seconds: null | number;
                                type: string;
                            }[];
                            result_id: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a result as a PDF report or CSV, optionally with every answer */
        get: {
            parameters: {
                query?: {
                    /** @description Export format: pdf (default), csv */
                    format?: "pdf" | "csv";
                    /** @description Include answer details (default: false) */
                    include_answers?: boolean;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a PDF document, or CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/csv": string;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs: pending, running (with their worker) and dead (with their last error) */
        get: {
            parameters: {
                query?: {
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "running" | "dead";
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobs: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                lastError: null | string;
                                lockedBy: null | string;
                                lockedUntil: null | string;
                                maxAttempts: number;
                                orgId: null | string;
                                /** Format: date-time */
                                runAt: string;
                                status: "pending" | "running" | "dead";
                                /** @description `webhooks.fanout`, `webhooks.deliver`, `email.send`, `sweep.*` */
                                type: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            pagination: {
                                hasMore: boolean;
                                limit: number;
                                nextCursor: null | string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a dead job with a fresh set of attempts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                lastError: null | string;
                                lockedBy: null | string;
                                lockedUntil: null | string;
                                maxAttempts: number;
                                orgId: null | string;
                                /** Format: date-time */
                                runAt: string;
                                status: "pending" | "running" | "dead";
                                /** @description `webhooks.fanout`, `webhooks.deliver`, `email.send`, `sweep.*` */
                                type: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization and its first API key
         * @description Needs `Authorization: Bearer <ASSAY_OPERATOR_KEY>`. Answers 401 when no operator key is configured.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        monthlyAssessmentQuota?: null | number;
                        name: string;
                        slug?: string;
                        subscriptionStatus?: "active" | "trialing" | "inactive";
                        trialEndsAt?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A ct_live_ key with every scope. Shown only in this response. */
                            apiKey: string;
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organization's subscription, trial or quota */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        monthlyAssessmentQuota?: null | number;
                        name?: string;
                        subscriptionStatus?: "active" | "trialing" | "inactive";
                        trialEndsAt?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKeys: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                lastUsedAt: null | string;
                                mode: "live" | "test";
                                name: string;
                                /** @description The first characters of the key, to recognise it */
                                prefix: string;
                                scopes: ("assessments:read" | "assessments:write" | "candidates:read" | "candidates:write" | "results:read" | "results:export" | "webhooks:manage" | "api_keys:manage" | "integrations:greenhouse")[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default live */
                        mode?: "live" | "test";
                        name: string;
                        scopes?: ("assessments:read" | "assessments:write" | "candidates:read" | "candidates:write" | "results:read" | "results:export" | "webhooks:manage" | "api_keys:manage" | "integrations:greenhouse")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKey: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                lastUsedAt: null | string;
                                mode: "live" | "test";
                                name: string;
                                /** @description The first characters of the key, to recognise it */
                                prefix: string;
                                scopes: ("assessments:read" | "assessments:write" | "candidates:read" | "candidates:write" | "results:read" | "results:export" | "webhooks:manage" | "api_keys:manage" | "integrations:greenhouse")[];
                            };
                            /** @description The secret key. Shown only in this response. */
                            key: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assessments
         * @description Current (non-deleted) assessments, oldest first, each with its linked issue or null.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: {
                                blueprint: null | {
                                    category: string;
                                    count: number;
                                    difficulty: "easy" | "medium" | "hard";
                                }[];
                                caseCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                expiresInDays: number;
                                id: string;
                                issue: null | {
                                    /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                    brief: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    issueUrl: null | string;
                                    labels: string[];
                                    repoUrl: string;
                                    title: string;
                                };
                                issueId: null | string;
                                lockOnPass: boolean;
                                lowPassBand: number;
                                maxAttempts: number;
                                passingScore: number;
                                /** @description Questions a candidate answers (the blueprint total for a blueprint) */
                                questionCount: number;
                                redFlagThreshold: number;
                                repoUrl: null | string;
                                requireCandidateDetails: boolean;
                                /**
                                 * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                                 * @enum {string}
                                 */
                                resultEmail: "immediately" | "after_decision" | "never";
                                role: string;
                                rubricId: null | string;
                                showResult: boolean;
                                skills: string[];
                                slug: string;
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an assessment
         * @description Requires an active subscription (402 otherwise, also when the trial has ended) and free monthly quota (403 `quota_exceeded` with `used` and `quota`; deleted assessments still count). `taskBrief` is required unless `issueId` is given.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Draw `count` questions per category and difficulty from the question bank, per candidate (instead of questions) */
                        blueprint?: {
                            category: string;
                            count: number;
                            difficulty: "easy" | "medium" | "hard";
                        }[] | null;
                        /** @description Hands-on tasks, in order */
                        cases?: {
                            /** @description What the candidate reads about this task (plain text or Markdown, shown as written); empty or null for none */
                            description?: string | null;
                            maxScore: number;
                            /** @description How a reviewer grades the case; the case stays PENDING until graded */
                            rubric?: {
                                criteria: {
                                    description?: string;
                                    maxPoints: number;
                                    name: string;
                                }[];
                            } | null;
                            title: string;
                        }[] | null;
                        /**
                         * @description Days until generated candidate keys expire
                         * @default 7
                         */
                        expiresInDays?: number;
                        /** @description An issue of GET /v1/issues; fills taskBrief when none is given */
                        issueId?: string | null;
                        /**
                         * @description A passed attempt locks the invitation
                         * @default true
                         */
                        lockOnPass?: boolean;
                        /**
                         * @description Percentage points above the threshold that count as LOW_PASS
                         * @default 10
                         */
                        lowPassBand?: number;
                        /** @default 1 */
                        maxAttempts?: number;
                        /**
                         * @description Pass threshold, percent
                         * @default 60
                         */
                        passingScore?: number;
                        /** @description A fixed question list (instead of a blueprint) */
                        questions?: {
                            /** @description single: the correct option index; multiple: the correct option indexes (at least one, distinct); text: the accepted answer, or a list of accepted answers */
                            answer: unknown;
                            category: string;
                            difficulty: "easy" | "medium" | "hard";
                            /** @description Choices of a single/multiple question (at least 2). Text questions have none. */
                            options?: string[];
                            /** @description Option indexes that keep their place when options are shuffled (e.g. "None of the above") */
                            pinnedOptions?: number[];
                            /** @default 1 */
                            points?: number;
                            text: string;
                            type: "single" | "multiple" | "text";
                        }[] | null;
                        /**
                         * @description Proctoring violations that raise the red flag
                         * @default 3
                         */
                        redFlagThreshold?: number;
                        /**
                         * Format: uri
                         * @description Repository the candidate works in
                         */
                        repoUrl?: string | null;
                        /**
                         * @description A key issued without a candidate name asks for the name (and the email, when the key has none) before the attempt starts; false lets such attempts stay anonymous
                         * @default true
                         */
                        requireCandidateDetails?: boolean;
                        /**
                         * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                         * @default immediately
                         * @enum {string}
                         */
                        resultEmail?: "immediately" | "after_decision" | "never";
                        role: string;
                        /**
                         * Format: uuid
                         * @description One of the organization's rubrics
                         */
                        rubricId?: string | null;
                        /**
                         * @description The candidate sees their score at the end
                         * @default false
                         */
                        showResult?: boolean;
                        skills?: string[] | null;
                        /** @description Unique among the organization's assessments; generated from the title when absent */
                        slug?: string;
                        /** @description Shown to the candidate. Required unless issueId is given; an explicit one wins over the issue's brief. */
                        taskBrief?: string | null;
                        timeLimitMinutes?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                blueprint: null | {
                                    category: string;
                                    count: number;
                                    difficulty: "easy" | "medium" | "hard";
                                }[];
                                caseCount: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    /** @description 1-based position */
                                    order: number;
                                    rubric: null | {
                                        criteria: {
                                            description: null | string;
                                            maxPoints: number;
                                            name: string;
                                        }[];
                                    };
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                expiresInDays: number;
                                id: string;
                                issue: null | {
                                    /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                    brief: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    issueUrl: null | string;
                                    labels: string[];
                                    repoUrl: string;
                                    title: string;
                                };
                                issueId: null | string;
                                lockOnPass: boolean;
                                lowPassBand: number;
                                maxAttempts: number;
                                passingScore: number;
                                /** @description Questions a candidate answers (the blueprint total for a blueprint) */
                                questionCount: number;
                                questions: {
                                    answer: number | number[] | string | string[];
                                    category: string;
                                    difficulty: "easy" | "medium" | "hard";
                                    id: string;
                                    options: string[];
                                    pinnedOptions: number[];
                                    points: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                redFlagThreshold: number;
                                repoUrl: null | string;
                                requireCandidateDetails: boolean;
                                /**
                                 * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                                 * @enum {string}
                                 */
                                resultEmail: "immediately" | "after_decision" | "never";
                                role: string;
                                rubricId: null | string;
                                showResult: boolean;
                                skills: string[];
                                slug: string;
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assessment
         * @description Reviewers get the assessment with its questions (and answer keys) and cases. A candidate token may read only its own assessment and gets the candidate view: no answer keys, no rubrics.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                blueprint: null | {
                                    category: string;
                                    count: number;
                                    difficulty: "easy" | "medium" | "hard";
                                }[];
                                caseCount: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    /** @description 1-based position */
                                    order: number;
                                    rubric: null | {
                                        criteria: {
                                            description: null | string;
                                            maxPoints: number;
                                            name: string;
                                        }[];
                                    };
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                expiresInDays: number;
                                id: string;
                                issue: null | {
                                    /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                    brief: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    issueUrl: null | string;
                                    labels: string[];
                                    repoUrl: string;
                                    title: string;
                                };
                                issueId: null | string;
                                lockOnPass: boolean;
                                lowPassBand: number;
                                maxAttempts: number;
                                passingScore: number;
                                /** @description Questions a candidate answers (the blueprint total for a blueprint) */
                                questionCount: number;
                                questions: {
                                    answer: number | number[] | string | string[];
                                    category: string;
                                    difficulty: "easy" | "medium" | "hard";
                                    id: string;
                                    options: string[];
                                    pinnedOptions: number[];
                                    points: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                redFlagThreshold: number;
                                repoUrl: null | string;
                                requireCandidateDetails: boolean;
                                /**
                                 * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                                 * @enum {string}
                                 */
                                resultEmail: "immediately" | "after_decision" | "never";
                                role: string;
                                rubricId: null | string;
                                showResult: boolean;
                                skills: string[];
                                slug: string;
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        } | {
                            assessment: {
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                expiresInDays: number;
                                id: string;
                                issue: null | {
                                    /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                    brief: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    issueUrl: null | string;
                                    labels: string[];
                                    repoUrl: string;
                                    title: string;
                                };
                                issueId: null | string;
                                maxAttempts: number;
                                passingScore: number;
                                questionCount: number;
                                /** @description The fixed question list without answers; empty for a blueprint (questions are drawn per candidate) */
                                questions: {
                                    category: string;
                                    difficulty: "easy" | "medium" | "hard";
                                    id: string;
                                    options: string[];
                                    points: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                repoUrl: null | string;
                                role: string;
                                skills: string[];
                                slug: string;
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an assessment
         * @description Soft-deletes the assessment and revokes all of its candidate keys.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an assessment
         * @description Absent fields stay unchanged; null clears a field. Questions, blueprint and cases can no longer change once a candidate has started (409 `assessment_in_use`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description Absent fields stay unchanged; null clears a field */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Draw `count` questions per category and difficulty from the question bank, per candidate (instead of questions) */
                        blueprint?: {
                            category: string;
                            count: number;
                            difficulty: "easy" | "medium" | "hard";
                        }[] | null;
                        /** @description Hands-on tasks, in order */
                        cases?: {
                            /** @description What the candidate reads about this task (plain text or Markdown, shown as written); empty or null for none */
                            description?: string | null;
                            maxScore: number;
                            /** @description How a reviewer grades the case; the case stays PENDING until graded */
                            rubric?: {
                                criteria: {
                                    description?: string;
                                    maxPoints: number;
                                    name: string;
                                }[];
                            } | null;
                            title: string;
                        }[] | null;
                        /** @description Days until generated candidate keys expire */
                        expiresInDays?: number;
                        /** @description An issue of GET /v1/issues; fills taskBrief when none is given */
                        issueId?: string | null;
                        /** @description A passed attempt locks the invitation */
                        lockOnPass?: boolean;
                        /** @description Percentage points above the threshold that count as LOW_PASS */
                        lowPassBand?: number;
                        maxAttempts?: number;
                        /** @description Pass threshold, percent */
                        passingScore?: number;
                        /** @description A fixed question list (instead of a blueprint) */
                        questions?: {
                            /** @description single: the correct option index; multiple: the correct option indexes (at least one, distinct); text: the accepted answer, or a list of accepted answers */
                            answer: unknown;
                            category: string;
                            difficulty: "easy" | "medium" | "hard";
                            /** @description Choices of a single/multiple question (at least 2). Text questions have none. */
                            options?: string[];
                            /** @description Option indexes that keep their place when options are shuffled (e.g. "None of the above") */
                            pinnedOptions?: number[];
                            /** @default 1 */
                            points?: number;
                            text: string;
                            type: "single" | "multiple" | "text";
                        }[] | null;
                        /** @description Proctoring violations that raise the red flag */
                        redFlagThreshold?: number;
                        /**
                         * Format: uri
                         * @description Repository the candidate works in
                         */
                        repoUrl?: string | null;
                        /** @description A key issued without a candidate name asks for the name (and the email, when the key has none) before the attempt starts; false lets such attempts stay anonymous */
                        requireCandidateDetails?: boolean;
                        /**
                         * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                         * @enum {string}
                         */
                        resultEmail?: "immediately" | "after_decision" | "never";
                        role?: string;
                        /**
                         * Format: uuid
                         * @description One of the organization's rubrics
                         */
                        rubricId?: string | null;
                        /** @description The candidate sees their score at the end */
                        showResult?: boolean;
                        skills?: string[] | null;
                        /** @description Unique among the organization's assessments; generated from the title when absent */
                        slug?: string;
                        /** @description Shown to the candidate. Required unless issueId is given; an explicit one wins over the issue's brief. */
                        taskBrief?: string | null;
                        timeLimitMinutes?: number | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                blueprint: null | {
                                    category: string;
                                    count: number;
                                    difficulty: "easy" | "medium" | "hard";
                                }[];
                                caseCount: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    /** @description 1-based position */
                                    order: number;
                                    rubric: null | {
                                        criteria: {
                                            description: null | string;
                                            maxPoints: number;
                                            name: string;
                                        }[];
                                    };
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                expiresInDays: number;
                                id: string;
                                issue: null | {
                                    /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                    brief: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    issueUrl: null | string;
                                    labels: string[];
                                    repoUrl: string;
                                    title: string;
                                };
                                issueId: null | string;
                                lockOnPass: boolean;
                                lowPassBand: number;
                                maxAttempts: number;
                                passingScore: number;
                                /** @description Questions a candidate answers (the blueprint total for a blueprint) */
                                questionCount: number;
                                questions: {
                                    answer: number | number[] | string | string[];
                                    category: string;
                                    difficulty: "easy" | "medium" | "hard";
                                    id: string;
                                    options: string[];
                                    pinnedOptions: number[];
                                    points: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                redFlagThreshold: number;
                                repoUrl: null | string;
                                requireCandidateDetails: boolean;
                                /**
                                 * @description When the candidate gets the result email: `immediately` (when the result is final: at submit, or when the last task is graded), `after_decision` (with the hiring decision, as one email) or `never`. What it says follows showResult. Reference 002 submissions always send theirs at submit.
                                 * @enum {string}
                                 */
                                resultEmail: "immediately" | "after_decision" | "never";
                                role: string;
                                rubricId: null | string;
                                showResult: boolean;
                                skills: string[];
                                slug: string;
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/assessments/{id}/cohort-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohort statistics of completed, expired and hired sessions, with one session’s percentiles */
        get: {
            parameters: {
                query?: {
                    /** @description Also return this session’s percentile ranks (when the cohort has at least two sessions) */
                    sessionId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohortStats: null | {
                                metrics: {
                                    avgCommandFailRate: null | number;
                                    avgDurationMs: null | number;
                                    avgFirstChangeLatencyMs: null | number;
                                    avgManualEditRatio: null | number;
                                    avgPromptCount: null | number;
                                    avgVerifyIntensity: null | number;
                                    testPassRate: null | number;
                                };
                                /** @description Share (0–1) of the other sessions this one beats; lower commandFailRate ranks higher */
                                percentiles?: {
                                    commandFailRate: null | number;
                                    durationMs: null | number;
                                    firstChangeLatencyMs: null | number;
                                    manualEditRatio: null | number;
                                    promptCount: null | number;
                                    verifyIntensity: null | number;
                                };
                                sessionCount: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/item-analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-question psychometrics (facility, discrimination, options) and test statistics (reliability, SEM) */
        get: {
            parameters: {
                query?: {
                    /** @description first (default): first attempts only; all: every attempt */
                    attempts?: "first" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            itemAnalysis: {
                                assessmentId: string;
                                attempts: "first" | "all";
                                items: {
                                    category: string;
                                    difficulty: string;
                                    discriminationIndex: null | number;
                                    discriminativeEfficiency: null | number;
                                    facilityIndex: null | number;
                                    itemRestCorrelation: null | number;
                                    maxPoints: number;
                                    /** @description How often each option was chosen (choice questions) */
                                    optionCounts: {
                                        correct: boolean;
                                        count: number;
                                        option: number;
                                        text: string;
                                    }[];
                                    position: number;
                                    questionId: string;
                                    /** @description Sessions that answered it */
                                    responses: number;
                                    standardDeviation: null | number;
                                    text: string;
                                    type: string;
                                    /** @description Sessions shown it that left it blank */
                                    unanswered: number;
                                }[];
                                /** @description Submitted sessions analysed */
                                sessionCount: number;
                                test: {
                                    /** @description Questions every analysed session was shown (the reliability is over these) */
                                    itemCount: number;
                                    kurtosis: null | number;
                                    mean: null | number;
                                    median: null | number;
                                    reliability: null | number;
                                    reliabilityMethod: null | ("KR-20" | "cronbach-alpha");
                                    skewness: null | number;
                                    standardDeviation: null | number;
                                    standardError: null | number;
                                };
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an assessment's candidate keys
         * @description Non-revoked keys, oldest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                candidateEmail: null | string;
                                candidateName: null | string;
                                completedAt: null | string;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                /** @description PST-XXXX-XXXX */
                                key: string;
                                redeemedAt: null | string;
                                sessionId: null | string;
                                /** @enum {string} */
                                status: "pending" | "started" | "completed" | "expired" | "hired" | "rejected";
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Generate candidate keys
         * @description Generates 1–50 keys `PST-XXXX-XXXX` that expire after the assessment's expiresInDays. With `candidateEmails` (one per key), each address gets an invitation email. Requires an active subscription (402).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One address per key (length must equal count); each gets an invitation email */
                        candidateEmails?: string[];
                        /** @description Display names; length must equal candidateEmails */
                        candidateNames?: string[];
                        /** @description Number of keys to generate, 1 to 50 */
                        count: number;
                        orgName?: string;
                        /**
                         * @description Extra-time accommodation: the time limit is multiplied by this
                         * @default 1
                         */
                        timeMultiplier?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                candidateEmail: null | string;
                                candidateName: null | string;
                                completedAt: null | string;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                /** @description PST-XXXX-XXXX */
                                key: string;
                                redeemedAt: null | string;
                                sessionId: null | string;
                                /** @enum {string} */
                                status: "pending" | "started" | "completed" | "expired" | "hired" | "rejected";
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a candidate key
         * @description Soft delete: the candidate can no longer authenticate with it. 404 when unknown, already revoked, or of another assessment.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/keys/{keyId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the invitation again (same key and link) to a candidate who has not started */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The queued email (see GET /v1/emails/:id) */
                            emailId: string;
                            /** @description The key id */
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                            to: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what and who read or exported which results, when and from where (newest first)
         * @description Every change (assessments, candidate keys, rubrics, the question bank, webhooks, API keys, reviewers and roles, organization and integration settings) and every read or export of results, with the actor and the resource by name as they were then, and before/after for edits. Filter by `actor` (a user or API key id), `action`, `kind`, `resourceType` and `resourceId`, and a time range. Entries are append-only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One action of the catalog (GET /v1/audit-log/actions): `assessment.create` (change: Created an assessment); `assessment.update` (change: Changed an assessment (settings, questions or cases)); `assessment.delete` (change: Deleted an assessment (and revoked its keys)); `key.create` (change: Created a candidate key); `key.revoke` (change: Revoked a candidate key); `key.resend` (change: Emailed a candidate their invitation again); `rubric.create` (change: Created a rubric); `question.create` (change: Added a question to the question bank); `question.update` (change: Edited a question of the question bank (saved as a new version)); `question.delete` (change: Retired a question of the question bank); `question.restore` (change: Restored a retired question to the question bank); `result.grade` (change: Graded an attempt's hands-on tasks); `result.decide` (change: Decided on an attempt (hired or rejected)); `decision_email.update` (change: Edited a decision email template); `webhook.create` (change: Created a webhook endpoint); `webhook.update` (change: Changed a webhook endpoint); `webhook.delete` (change: Deleted a webhook endpoint); `webhook.secret_rotate` (change: Rotated a webhook endpoint's signing secret); `webhook.test` (change: Sent a test event to a webhook endpoint); `webhook.redeliver` (change: Delivered a webhook event again); `api_key.create` (change: Created an API key); `api_key.revoke` (change: Revoked an API key); `team_invite.create` (change: Invited a teammate by email); `team_invite.resend` (change: Sent a teammate's invitation again); `team_invite.revoke` (change: Withdrew a teammate's invitation); `team_invite.accept` (change: Joined the team from an invitation); `user.update` (change: Changed a reviewer's name); `user.role_change` (change: Changed a reviewer's role); `user.delete` (change: Removed a reviewer account); `org.create` (change: Created the organization); `org.update` (change: Changed the organization's name, subscription or quota); `integration.update` (change: Changed an integration setting); `result.list` (read: Listed results); `result.read` (read: Read a result); `result.answers.read` (read: Read a result's answers); `result.export` (read: Exported a result (PDF or CSV)); `result.report.view` (read: Opened a result's report page); `result.integrity.read` (read: Read a result's integrity summary); `result.events.read` (read: Read a result's proctoring and telemetry events); `score.read` (read: Read scores (Score API)); `cohort_stats.read` (read: Read an assessment's cohort statistics) */
                    action?: string;
                    /** @description Actor id: a user id (GET /v1/users) or an API key id (GET /v1/api-keys) */
                    actor?: string;
                    /** @description `system`: changes made outside a request (the demo data) */
                    actorType?: "user" | "api_key" | "candidate" | "operator" | "system";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description ISO 8601; entries at or after */
                    from?: string;
                    /** @description `change`: changes of the organization's data; `read`: reads and exports of results and scores */
                    kind?: "change" | "read";
                    /** @description Clamped to 1–200 */
                    limit?: number;
                    /** @description The id of the resource (an assessment, key, result, webhook, user …) */
                    resourceId?: string;
                    /** @description One of: `assessment`, `key`, `rubric`, `question`, `result`, `decision_email`, `webhook`, `api_key`, `team_invite`, `user`, `organization`, `integration` */
                    resourceType?: string;
                    /** @description ISO 8601; entries before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actor: {
                                    id: null | string;
                                    name: null | string;
                                    type: string;
                                };
                                changes: null | {
                                    after: {
                                        [key: string]: unknown;
                                    };
                                    before: {
                                        [key: string]: unknown;
                                    };
                                };
                                /** Format: date-time */
                                createdAt: string;
                                details: null | {
                                    [key: string]: unknown;
                                };
                                id: string;
                                ip: null | string;
                                requestId: null | string;
                                resourceId: null | string;
                                resourceTitle: null | string;
                                resourceType: string;
                                userAgent: null | string;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog of audit actions (for the `action`, `kind` and `resourceType` filters) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /** @description `resource.verb`, as entries and the `action` filter name it */
                                action: string;
                                kind: "change" | "read";
                                /** @description What happened, in words */
                                label: string;
                                resourceType: string;
                            }[];
                            resourceTypes: string[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Issue a CSRF token for cookie-authenticated requests
         * @description Double-submit: sets the `_csrf` secret cookie; send the token as the `x-csrf-token` header.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the HTTP-only `assay_session` cookie (14 days). Unknown email and wrong password both answer 401 `invalid_credentials`. Limited (429 with Retry-After) to 5 attempts a minute per account and address (then a doubling wait, at most 15 minutes), 10 a minute per account from all addresses, and 10 a minute per address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke this session and clear its cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in reviewer, their organization and scopes, and a fresh CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            scopes: ("assessments:read" | "assessments:write" | "candidates:read" | "candidates:write" | "results:read" | "results:export" | "webhooks:manage" | "api_keys:manage" | "integrations:greenhouse")[];
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start creating an organization: a link to finish is emailed to the address
         * @description Answers 202 with the same body for every address, whether or not it already has an account: the email says which (a link that creates the organization and its owner, valid 24 hours, or a way to sign in to the existing account). Finish with `POST /v1/auth/signup/complete`. 403 `signup_disabled` when ASSAY_SIGNUP=0. Limited to 20 an hour per client address and 5 emails an hour per email address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Compared case-insensitively; stored lowercased
                         */
                        email: string;
                        name: string;
                        orgName: string;
                        /** @description At least 10 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The address the link was sent to (lowercased) */
                            email: string;
                            message: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a signup from its emailed link: create the organization and its owner, and sign in
         * @description Sets the HTTP-only `assay_session` cookie, like login; use the returned `csrfToken` as `x-csrf-token` on unsafe requests. The link works once: 410 `signup_link_used` or `signup_link_expired`, 404 `signup_link_invalid`; 409 `account_exists` when the address got an account meanwhile.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token of the emailed link (after `#token=`) */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a sign-up link will create (the complete-signup page's first request)
         * @description The token comes from the emailed link (`/signup/complete#token=…`) and is sent in the body, never in a URL. 404 `signup_link_invalid`, 410 `signup_link_used` or `signup_link_expired`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token of the emailed link (after `#token=`) */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signup: {
                                /** @description The address got an account since signing up (one address, one account): completing answers 409 */
                                accountExists: boolean;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                name: string;
                                orgName: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save an answer (autosave; last write wins; null clears it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An option index, a list of option indexes (in the order shown), text, or null to clear the answer */
                        selectedAnswer: unknown;
                        /** @description Total time spent on this question so far */
                        timeSpentMs?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: null | {
                                questionId: string;
                                /** Format: date-time */
                                savedAt: string;
                                /** @description An option index, a list of option indexes (in the order shown), or text */
                                selectedAnswer: number | number[] | string;
                                timeSpentMs: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment to take: brief, repository, time limit, rules, attempts left (never an answer key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                attemptsLeft: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    title: string;
                                }[];
                                commandLine: null | {
                                    /** @description Installs the CLI: `npm install -g <packageUrl>` (Node.js 20.19 or later) */
                                    install: string;
                                    /** @description Logs in with this key: `assay login <key> --server <server>` */
                                    login: string;
                                    /** @description The CLI package this server serves (GET /cli/assay-cli.tgz) */
                                    packageUrl: string;
                                    /** @description This server, as the candidate reaches it */
                                    server: string;
                                };
                                id: string;
                                issue: null | {
                                    issueUrl: null | string;
                                    repoUrl: string;
                                    title: string;
                                };
                                /** @description What the candidate can hand in, stated where they type it */
                                limits: {
                                    /** @description Characters of a free-text answer, at most */
                                    answerCharacters: number;
                                    /** @description Characters of a hands-on task's deliverable (the diff handed in), at most */
                                    deliverableCharacters: number;
                                };
                                maxAttempts: number;
                                passingScore: number;
                                questionCount: number;
                                repoUrl: null | string;
                                role: string;
                                rules: string[];
                                showResult: boolean;
                                skills: string[];
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                            };
                            invitation: {
                                attemptsLeft: number;
                                attemptsUsed: number;
                                candidateEmail: null | string;
                                candidateName: null | string;
                                completedAt: null | string;
                                /** @description What POST /v1/candidate/start needs in its body before an attempt starts: the key was issued without a name (and without an email). Empty when nothing is asked. */
                                detailsNeeded: ("name" | "email")[];
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                isLocked: boolean;
                                recordVerificationId: string;
                                redeemedAt: null | string;
                                sessionId: null | string;
                                /** @description pending, started, completed or expired (a hiring decision reads completed: the team tells the candidate) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hand in a hands-on task: its deliverable (e.g. a diff) and time spent */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What you hand in, e.g. the diff of your work */
                        deliverable?: string;
                        timeSpentSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: string;
                                maxScore: number;
                                order: number;
                                submitted: boolean;
                                timeSpentSeconds: null | number;
                                title: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/cases/{caseId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand in one hands-on task (final): with the deliverable sent here, else the one saved; the attempt completes when no part is left open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What you hand in, e.g. the diff of your work */
                        deliverable?: string;
                        timeSpentSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a batch of proctoring and telemetry events (idempotent by event id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: {
                            /** @description Client event id; a repeated id is ignored (idempotent retries) */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @default {} */
                            payload?: {
                                [key: string]: unknown;
                            };
                            type: "fullscreen_exit" | "copy" | "paste" | "focus_lost" | "keystrokes" | "prompt" | "command" | "edit" | "test_run";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Events stored by this call */
                            accepted: number;
                            /** @description Events already stored (by id), ignored */
                            duplicates: number;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish the attempt now: every open part is handed in as last saved (a task with nothing saved scores 0) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current attempt: questions in this candidate's order, saved answers, deadline, status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a candidate key (PST-XXXX-XXXX) for a candidate token
         * @description Unknown, revoked and deleted keys all answer 401 `invalid_key`. Limited (429 with Retry-After) to 30 tries a minute per client address, and 20 redemptions per 10 minutes of one live key.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Your email (for the result email), when the key was issued without one
                         */
                        email?: string;
                        /** @description The candidate key, PST-XXXX-XXXX */
                        key: string;
                        /** @description Your name, when the key was issued without one */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                attemptsLeft: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    title: string;
                                }[];
                                commandLine: null | {
                                    /** @description Installs the CLI: `npm install -g <packageUrl>` (Node.js 20.19 or later) */
                                    install: string;
                                    /** @description Logs in with this key: `assay login <key> --server <server>` */
                                    login: string;
                                    /** @description The CLI package this server serves (GET /cli/assay-cli.tgz) */
                                    packageUrl: string;
                                    /** @description This server, as the candidate reaches it */
                                    server: string;
                                };
                                id: string;
                                issue: null | {
                                    issueUrl: null | string;
                                    repoUrl: string;
                                    title: string;
                                };
                                /** @description What the candidate can hand in, stated where they type it */
                                limits: {
                                    /** @description Characters of a free-text answer, at most */
                                    answerCharacters: number;
                                    /** @description Characters of a hands-on task's deliverable (the diff handed in), at most */
                                    deliverableCharacters: number;
                                };
                                maxAttempts: number;
                                passingScore: number;
                                questionCount: number;
                                repoUrl: null | string;
                                role: string;
                                rules: string[];
                                showResult: boolean;
                                skills: string[];
                                taskBrief: null | string;
                                timeLimitMinutes: null | number;
                                title: string;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            invitation: {
                                attemptsLeft: number;
                                attemptsUsed: number;
                                candidateEmail: null | string;
                                candidateName: null | string;
                                completedAt: null | string;
                                /** @description What POST /v1/candidate/start needs in its body before an attempt starts: the key was issued without a name (and without an email). Empty when nothing is asked. */
                                detailsNeeded: ("name" | "email")[];
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                isLocked: boolean;
                                recordVerificationId: string;
                                redeemedAt: null | string;
                                sessionId: null | string;
                                /** @description pending, started, completed or expired (a hiring decision reads completed: the team tells the candidate) */
                                status: string;
                            };
                            /** @description cst_… candidate token: send it as Authorization: Bearer or X-API-Key */
                            token: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an attempt (201), or get the attempt in progress (200)
         * @description When the key was issued without a name and the assessment asks (invitation.detailsNeeded is not empty), a new attempt needs the candidate's name (and email) in the body, else 400 `candidate_details_required` naming each missing field. They are recorded on the key; a name or email the key already holds is kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Who is taking the test, when the key does not say (see invitation.detailsNeeded); what the key already holds is kept */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Your email, when the key was issued without one
                         */
                        email?: string;
                        /** @description Your name, when the key was issued without one */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidate/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand in the question section (final; repeating it answers the same); the attempt completes when no case is left open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                answers: {
                                    questionId: string;
                                    /** Format: date-time */
                                    savedAt: string;
                                    /** @description An option index, a list of option indexes (in the order shown), or text */
                                    selectedAnswer: number | number[] | string;
                                    timeSpentMs: number;
                                }[];
                                attemptNumber: number;
                                cases: {
                                    description: null | string;
                                    id: string;
                                    maxScore: number;
                                    order: number;
                                    /** @description A deliverable was uploaded */
                                    submitted: boolean;
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                completedAt: null | string;
                                deadlineAt: null | string;
                                id: string;
                                /** @description The question section and each case; each is handed in on its own, and the attempt completes when all are (or at finish or the deadline) */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                questions: {
                                    category: string;
                                    difficulty: string;
                                    id: string;
                                    /** @description In the order shown to this candidate */
                                    options: string[];
                                    points: number;
                                    /** @description 1-based, in this session's order */
                                    position: number;
                                    text: string;
                                    type: "single" | "multiple" | "text";
                                }[];
                                remainingSeconds: null | number;
                                result: null | {
                                    correctAnswers: null | number;
                                    maxScore: null | number;
                                    message: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    score: null | number;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    totalQuestions: number;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** @description started, completed or expired (a hiring decision reads completed) */
                                status: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all candidate keys of the organization
         * @description Every non-revoked key of every current assessment, joined with its assessment title, ordered by creation time ascending (oldest first, so offset pages stay stable while new keys are added). `limit` is clamped to 1–200 (default 50); `offset` defaults to 0; `total` counts all matching keys.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Maximum results. Clamped to 1–200. Defaults to 50. */
                    limit?: number;
                    /** @description Results to skip. Defaults to 0. */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                assessmentId: string;
                                assessmentTitle: string;
                                candidateEmail: null | string;
                                candidateName: null | string;
                                completedAt: null | string;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                key: string;
                                redeemedAt: null | string;
                                sessionId: null | string;
                                /** @enum {string} */
                                status: "pending" | "started" | "completed" | "expired" | "hired" | "rejected";
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The emails a hiring decision may send (hired, rejected), with the placeholders they can use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            placeholders: {
                                description: string;
                                name: string;
                                /** @description As written in a template, e.g. {{candidateName}} */
                                token: string;
                            }[];
                            /** @description hired, then rejected */
                            templates: {
                                body: string;
                                /** @description false: the built-in text, never saved by the organization */
                                customized: boolean;
                                decision: "hired" | "rejected";
                                enabled: boolean;
                                subject: string;
                                updatedAt: null | string;
                                updatedBy: null | string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-emails/{decision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the email for one decision: whether it is on, its subject and body */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    decision: "hired" | "rejected";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Plain text; a blank line starts a paragraph; may use the placeholders */
                        body: string;
                        /** @description When on, a decision sends this email (the reviewer may skip it per decision) */
                        enabled: boolean;
                        /** @description One line; may use the placeholders */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            template: {
                                body: string;
                                /** @description false: the built-in text, never saved by the organization */
                                customized: boolean;
                                decision: "hired" | "rejected";
                                enabled: boolean;
                                subject: string;
                                updatedAt: null | string;
                                updatedBy: null | string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-emails/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a decision email (saved or not) for the candidate of one result, without sending it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Plain text; a blank line starts a paragraph; may use the placeholders */
                        body: string;
                        /** @description A result (finished attempt) whose candidate the preview is written to */
                        sessionId: string;
                        /** @description One line; may use the placeholders */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: {
                                html: string;
                                subject: string;
                                text: string;
                                to: null | string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's outbox, newest first (the dev mailbox) */
        get: {
            parameters: {
                query?: {
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    kind?: string;
                    limit?: number;
                    relatedId?: string;
                    /** @description `queued` (waiting or being retried), `sent`, or `failed` after its last attempt */
                    status?: "queued" | "sent" | "failed";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emails: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** @description `invitation`, `result`, `reminder`, … */
                                kind: string;
                                lastError: null | string;
                                messageId: null | string;
                                relatedId: null | string;
                                sentAt: null | string;
                                /** @description `queued` (waiting or being retried), `sent`, or `failed` after its last attempt */
                                status: "queued" | "sent" | "failed";
                                subject: string;
                                to: string;
                            }[];
                            pagination: {
                                hasMore: boolean;
                                limit: number;
                                nextCursor: null | string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One email with its text and HTML bodies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                html: string;
                                id: string;
                                /** @description `invitation`, `result`, `reminder`, … */
                                kind: string;
                                lastError: null | string;
                                messageId: null | string;
                                relatedId: null | string;
                                sentAt: null | string;
                                /** @description `queued` (waiting or being retried), `sent`, or `failed` after its last attempt */
                                status: "queued" | "sent" | "failed";
                                subject: string;
                                text: string;
                                to: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reviewers' home page: what needs doing and what just happened
         * @description In one answer: attempts awaiting a grade (longest waiting first), attempts completed in the last 3 days, unused keys expiring within 3 days (results:read and candidates:read), and the latest changes in the audit log (the audit log's scope). A part the caller may not read is null. Each list holds at most 10 items beside its total. Results shown are recorded in the audit log as a `result.list` read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Completed attempts with ungraded hands-on tasks and no decision yet, longest waiting first; null without results:read */
                            awaitingGrading: null | {
                                items: {
                                    assessment: {
                                        id: string;
                                        title: string;
                                    };
                                    attemptNumber: number;
                                    candidate: {
                                        email: null | string;
                                        name: null | string;
                                    };
                                    /** @description Hands-on tasks still without a grade */
                                    casesToGrade: number;
                                    /** Format: date-time */
                                    completedAt: string;
                                    /** @description The attempt (result) id: GET /results/:id, POST /v1/sessions/:id/grades */
                                    id: string;
                                    /** @description How long it has waited for a grade, in whole minutes */
                                    waitingMinutes: number;
                                }[];
                                /** @description How many there are; `items` holds the first 10 */
                                total: number;
                            };
                            /** @description Unused keys expiring within 3 days, soonest first; null without candidates:read */
                            expiringKeys: null | {
                                /**
                                 * Format: date-time
                                 * @description Keys expiring before (3 days ahead)
                                 */
                                before: string;
                                items: {
                                    assessment: {
                                        id: string;
                                        title: string;
                                    };
                                    candidate: {
                                        email: null | string;
                                        name: null | string;
                                    };
                                    /** @description The key has an email address to send the invitation to again */
                                    canResend: boolean;
                                    /** Format: date-time */
                                    expiresAt: string;
                                    /** @description The key id (POST /v1/assessments/:id/keys/:keyId/resend) */
                                    id: string;
                                    /** @description PST-XXXX-XXXX */
                                    key: string;
                                }[];
                                /** @description How many there are; `items` holds the first 10 */
                                total: number;
                            };
                            /** Format: date-time */
                            generatedAt: string;
                            /** @description The latest 10 changes from the audit log (not its reads, lists, views and exports), newest first; null without the audit log's scope */
                            recentActivity: null | {
                                items: {
                                    action: string;
                                    actor: {
                                        id: null | string;
                                        name: null | string;
                                        type: string;
                                    };
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** @description The audit-log entry id */
                                    id: string;
                                    resourceId: null | string;
                                    resourceTitle: null | string;
                                    resourceType: string;
                                }[];
                            };
                            /** @description Attempts completed in the last 3 days, newest first; null without results:read */
                            recentlyCompleted: null | {
                                items: {
                                    assessment: {
                                        id: string;
                                        title: string;
                                    };
                                    candidate: {
                                        email: null | string;
                                        name: null | string;
                                    };
                                    /** Format: date-time */
                                    completedAt: string;
                                    decision: null | ("hired" | "rejected");
                                    /** @description The attempt (result) id */
                                    id: string;
                                    passed: null | boolean;
                                    percentage: null | number;
                                    redFlag: boolean;
                                    scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                    /** @description expired: closed at its deadline; hired: decided */
                                    status: "completed" | "expired" | "hired";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description Attempts completed since (3 days back)
                                 */
                                since: string;
                                /** @description How many there are; `items` holds the first 10 */
                                total: number;
                            };
                            /** @description Where a new team stands: what to do first while the lists are empty */
                            setup: {
                                hasAssessment: boolean;
                                /** @description A candidate key was ever generated */
                                hasKey: boolean;
                                /** @description The newest assessment, to invite candidates to; null without assessments:read or without assessments */
                                latestAssessment: null | {
                                    id: string;
                                    title: string;
                                };
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/greenhouse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The URLs to give Greenhouse, and whether the PATCH credential is set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settings: {
                                /** @description Whether the credential for the PATCH is stored (it is never shown) */
                                patchCredentialSet: boolean;
                                updatedAt: null | string;
                                urls: {
                                    listTests: string;
                                    responseError: string;
                                    sendTest: string;
                                    testStatus: string;
                                };
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set or clear the credential Assay sends when it PATCHes Greenhouse (stored encrypted, never shown) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        patchCredential?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settings: {
                                /** @description Whether the credential for the PATCH is stored (it is never shown) */
                                patchCredentialSet: boolean;
                                updatedAt: null | string;
                                urls: {
                                    listTests: string;
                                    responseError: string;
                                    sendTest: string;
                                    testStatus: string;
                                };
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/integrations/greenhouse/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent calls Greenhouse made (newest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calls: {
                                apiCall: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                partnerInterviewId: null | string;
                                partnerTestId: null | string;
                                statusCode: number;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/greenhouse/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** "Mark test as completed" PATCHes to Greenhouse with every attempt (newest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                attemptLog: {
                                    /** Format: date-time */
                                    attemptedAt: string;
                                    attemptNumber: number;
                                    durationMs: number;
                                    error: null | string;
                                    responseStatus: null | number;
                                }[];
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: null | string;
                                id: string;
                                interviewId: string;
                                lastError: null | string;
                                nextAttemptAt: null | string;
                                responseStatus: null | number;
                                sessionId: string;
                                status: "pending" | "succeeded" | "failed";
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/greenhouse/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Errors Greenhouse reported (response_error), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                apiCall: string;
                                candidateEmail: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                errors: string[];
                                id: string;
                                partnerInterviewId: null | string;
                                partnerTestId: null | string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/greenhouse/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates sent from Greenhouse (newest first), optionally of one key or one result */
        get: {
            parameters: {
                query?: {
                    invitationId?: string;
                    sessionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            interviews: {
                                assessmentId: string;
                                candidateEmail: string;
                                candidateName: string;
                                /** Format: date-time */
                                createdAt: string;
                                greenhouseProfileUrl: string;
                                /** @description The partner_interview_id */
                                id: string;
                                invitationId: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's catalog of open-source issues
         * @description Oldest first. Link one to an assessment with `issueId`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issues: {
                                /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                brief: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                issueUrl: null | string;
                                labels: string[];
                                repoUrl: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one catalog issue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issue: {
                                /** @description Becomes the taskBrief of an assessment that links the issue without its own */
                                brief: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                issueUrl: null | string;
                                labels: string[];
                                repoUrl: string;
                                title: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/question-bank/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories of the bank with their question counts per difficulty
         * @description What a blueprint can draw: current questions per category and difficulty, and how many of each category are retired.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Every category with a current or retired bank question, alphabetically */
                            categories: {
                                category: string;
                                /** @description Questions blueprints can draw, per difficulty */
                                counts: {
                                    easy: number;
                                    hard: number;
                                    medium: number;
                                };
                                /** @description Retired questions in this category */
                                retired: number;
                                /** @description Questions blueprints can draw in this category */
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/question-bank/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bank questions, optionally by category, difficulty and status
         * @description Oldest first, with their answer keys; current questions unless `status=retired`. `limit` is clamped, not rejected.
         */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    difficulty?: "easy" | "medium" | "hard";
                    /** @description Page size, clamped to 1–500. Defaults to 100. */
                    limit?: number;
                    /** @description Rows to skip. Defaults to 0. */
                    offset?: number;
                    /** @description active (default): questions blueprints draw from; retired: questions taken out of the draw, which can be restored */
                    status?: "active" | "retired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limit: number;
                            offset: number;
                            questions: {
                                answer: number | number[] | string | string[];
                                category: string;
                                difficulty: "easy" | "medium" | "hard";
                                id: string;
                                options: string[];
                                pinnedOptions: number[];
                                points: number;
                                retiredAt: null | string;
                                text: string;
                                type: "single" | "multiple" | "text";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add questions to the question bank
         * @description Adds one or many questions (all or none). Blueprint assessments draw their questions from the bank, per category and difficulty.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One or many questions */
                        questions: {
                            /** @description single: the correct option index; multiple: the correct option indexes (at least one, distinct); text: the accepted answer, or a list of accepted answers */
                            answer: unknown;
                            category: string;
                            difficulty: "easy" | "medium" | "hard";
                            /** @description Choices of a single/multiple question (at least 2). Text questions have none. */
                            options?: string[];
                            /** @description Option indexes that keep their place when options are shuffled (e.g. "None of the above") */
                            pinnedOptions?: number[];
                            /** @default 1 */
                            points?: number;
                            text: string;
                            type: "single" | "multiple" | "text";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questions: {
                                answer: number | number[] | string | string[];
                                category: string;
                                difficulty: "easy" | "medium" | "hard";
                                id: string;
                                options: string[];
                                pinnedOptions: number[];
                                points: number;
                                retiredAt: null | string;
                                text: string;
                                type: "single" | "multiple" | "text";
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/question-bank/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Retire a bank question
         * @description Blueprints stop drawing it; attempts that drew it keep it. It is listed with `status=retired` and can be restored (POST …/restore). A question that is not current answers 404.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit a bank question
         * @description Absent fields stay unchanged. The edit is saved as a new version with a new id, which the answer carries; the old version leaves the bank, and attempts that drew it keep it (their answers and scores do not change). An edit that changes nothing answers the question as it is. A retired question answers 409 `question_retired`; an old version answers 409 `question_replaced` naming the current one.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description Absent fields stay unchanged; the question is checked as a whole after the edit. Saved as a new version: attempts that drew the question keep the version they saw. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description single: the correct option index; multiple: the correct option indexes (at least one, distinct); text: the accepted answer, or a list of accepted answers */
                        answer?: unknown;
                        category?: string;
                        difficulty?: "easy" | "medium" | "hard";
                        /** @description Choices of a single/multiple question (at least 2). Text questions have none. */
                        options?: string[];
                        /** @description Option indexes that keep their place when options are shuffled (e.g. "None of the above") */
                        pinnedOptions?: number[];
                        points?: number;
                        text?: string;
                        type?: "single" | "multiple" | "text";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            question: {
                                answer: number | number[] | string | string[];
                                category: string;
                                difficulty: "easy" | "medium" | "hard";
                                id: string;
                                options: string[];
                                pinnedOptions: number[];
                                points: number;
                                retiredAt: null | string;
                                text: string;
                                type: "single" | "multiple" | "text";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/question-bank/questions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a retired bank question back in the bank
         * @description Blueprints draw it again. A current question answers as it is; an old version replaced by an edit answers 409 `question_replaced`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            question: {
                                answer: number | number[] | string | string[];
                                category: string;
                                difficulty: "easy" | "medium" | "hard";
                                id: string;
                                options: string[];
                                pinnedOptions: number[];
                                points: number;
                                retiredAt: null | string;
                                text: string;
                                type: "single" | "multiple" | "text";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rubrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's rubrics
         * @description Oldest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rubrics: {
                                /** Format: date-time */
                                createdAt: string;
                                criteria: {
                                    description: null | string;
                                    maxPoints: number;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description Sum of the criteria maxPoints */
                                totalPoints: number;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a scoring rubric
         * @description Criteria with their maximum points. Use the returned UUID as an assessment's `rubricId`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: {
                            description?: string;
                            maxPoints: number;
                            name: string;
                        }[];
                        /** @default Untitled rubric */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rubric: {
                                /** Format: date-time */
                                createdAt: string;
                                criteria: {
                                    description: null | string;
                                    maxPoints: number;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description Sum of the criteria maxPoints */
                                totalPoints: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rubrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a rubric */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rubric: {
                                /** Format: date-time */
                                createdAt: string;
                                criteria: {
                                    description: null | string;
                                    maxPoints: number;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description Sum of the criteria maxPoints */
                                totalPoints: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the score of one or multiple candidates
         * @description One entry per candidate × assessment invitation matching the comma-separated candidateIds and/or assessmentIds (at least one list, at most 100 ids each). An `instance` header, when sent, must be the organization slug of the credential, otherwise 400 instance_mismatch.
         */
        get: {
            parameters: {
                query?: {
                    /** @description List of assessment ids separated by comma (at most 100) */
                    assessmentIds?: string;
                    /** @description List of candidate ids separated by comma (at most 100) */
                    candidateIds?: string;
                };
                header?: {
                    /** @description Name of the instance: the organization slug of the API key; another value answers 400 */
                    instance?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List of scores and candidates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Assessment id
                             * @example asmt_01J…
                             */
                            assessmentId: string;
                            /**
                             * @description Assessment name
                             * @example Assessment Name
                             */
                            assessmentName: string;
                            /** @description Assessment status */
                            assessmentStatus: "INVITED" | "IN_PROGRESS" | "COMPLETED";
                            /**
                             * @description Candidate id
                             * @example cand_01J…
                             */
                            candidateId: string;
                            /** @description List of category scores */
                            categoryScores: {
                                /**
                                 * @description Name of the category
                                 * @example Speaking
                                 */
                                name: string;
                                /**
                                 * @description Score in percentage
                                 * @example 25
                                 */
                                score: string;
                            }[];
                            /**
                             * @description Completion in percentage
                             * @example 100
                             */
                            completion: string;
                            /**
                             * @description Date time of the end of the assessment (0001-01-01… when not finished)
                             * @example 2025-01-17T20:39:25.5810000+00:00
                             */
                            finished: string;
                            /** @description Candidate's proctoring report contains a red flag */
                            redFlag: boolean;
                            /** @description Score status */
                            scoreStatus: "PENDING" | "LOW_PASS" | "PASS" | "FAIL";
                            /**
                             * @description Date time of the beginning of the assessment (0001-01-01… when not started)
                             * @example 2025-01-17T20:39:25.5810000+00:00
                             */
                            started: string;
                            /**
                             * @description Total score in percentage
                             * @example 35
                             */
                            totalScore: string;
                            /**
                             * @description Typing Speed in words per minute
                             * @example 85
                             */
                            typingSpeed: string;
                        }[];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a session (attempt): score, breakdown, metrics, violations, cases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                assessmentId: string;
                                attemptNumber: number;
                                breakdown: null | {
                                    byCategory: {
                                        category: string;
                                        correct: number;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                    byDifficulty: {
                                        correct: number;
                                        difficulty: string;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                };
                                candidateId: null | string;
                                cases: {
                                    caseId: string;
                                    deliverable: null | string;
                                    feedback: null | string;
                                    gradedAt: null | string;
                                    gradedBy: null | string;
                                    grades: null | {
                                        name: string;
                                        points: number;
                                    }[];
                                    maxScore: number;
                                    order: number;
                                    score: null | number;
                                    status: "pending" | "graded";
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                closedReason: null | ("submitted" | "deadline" | "revoked");
                                completedAt: null | string;
                                correctCount: null | number;
                                deadlineAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decidedByName: null | string;
                                decision: null | ("hired" | "rejected");
                                focusLostCount: number;
                                id: string;
                                invitationId: string;
                                maxScore: null | number;
                                metrics: {
                                    commandCount: number;
                                    commandFailRate: null | number;
                                    durationMs: null | number;
                                    firstChangeLatencyMs: null | number;
                                    manualEditRatio: null | number;
                                    promptCount: number;
                                    testPassRate: null | number;
                                    typingSpeedWpm: null | number;
                                    verifyIntensity: null | number;
                                };
                                /** @description The parts of the attempt and whether each was handed in */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                passed: null | boolean;
                                percentage: null | number;
                                redFlag: boolean;
                                score: null | number;
                                scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                /** Format: date-time */
                                startedAt: string;
                                /** @description revoked: the key was revoked while the attempt was open; it keeps what was saved and is left out of the cohort */
                                status: "started" | "completed" | "expired" | "hired" | "revoked";
                                strengths: string[];
                                timeSpent: null | {
                                    perCase: {
                                        caseId: string;
                                        timeSpentSeconds: null | number;
                                    }[];
                                    perQuestion: {
                                        questionId: string;
                                        timeSpentMs: number;
                                    }[];
                                    totalQuestionMs: number;
                                };
                                totalQuestions: number;
                                violationCounts: {
                                    copy_paste_violations: number;
                                    fullscreen_violations: number;
                                };
                                weaknesses: string[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the hiring decision for a submitted session; sends at most one email to the candidate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decision: "hired" | "rejected";
                        /**
                         * @description Send the email the decision causes (the organization's email for the decision when it is on, else the result email when the assessment sends it with the decision); false skips it. GET /v1/sessions/{id}/decision-email shows it beforehand.
                         * @default true
                         */
                        sendEmail?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: null | {
                                id: string;
                                kind: "decision" | "result";
                                subject: string;
                                to: string;
                            };
                            session: {
                                assessmentId: string;
                                attemptNumber: number;
                                breakdown: null | {
                                    byCategory: {
                                        category: string;
                                        correct: number;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                    byDifficulty: {
                                        correct: number;
                                        difficulty: string;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                };
                                candidateId: null | string;
                                cases: {
                                    caseId: string;
                                    deliverable: null | string;
                                    feedback: null | string;
                                    gradedAt: null | string;
                                    gradedBy: null | string;
                                    grades: null | {
                                        name: string;
                                        points: number;
                                    }[];
                                    maxScore: number;
                                    order: number;
                                    score: null | number;
                                    status: "pending" | "graded";
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                closedReason: null | ("submitted" | "deadline" | "revoked");
                                completedAt: null | string;
                                correctCount: null | number;
                                deadlineAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decidedByName: null | string;
                                decision: null | ("hired" | "rejected");
                                focusLostCount: number;
                                id: string;
                                invitationId: string;
                                maxScore: null | number;
                                metrics: {
                                    commandCount: number;
                                    commandFailRate: null | number;
                                    durationMs: null | number;
                                    firstChangeLatencyMs: null | number;
                                    manualEditRatio: null | number;
                                    promptCount: number;
                                    testPassRate: null | number;
                                    typingSpeedWpm: null | number;
                                    verifyIntensity: null | number;
                                };
                                /** @description The parts of the attempt and whether each was handed in */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                passed: null | boolean;
                                percentage: null | number;
                                redFlag: boolean;
                                score: null | number;
                                scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                /** Format: date-time */
                                startedAt: string;
                                /** @description revoked: the key was revoked while the attempt was open; it keeps what was saved and is left out of the cohort */
                                status: "started" | "completed" | "expired" | "hired" | "revoked";
                                strengths: string[];
                                timeSpent: null | {
                                    perCase: {
                                        caseId: string;
                                        timeSpentSeconds: null | number;
                                    }[];
                                    perQuestion: {
                                        questionId: string;
                                        timeSpentMs: number;
                                    }[];
                                    totalQuestionMs: number;
                                };
                                totalQuestions: number;
                                violationCounts: {
                                    copy_paste_violations: number;
                                    fullscreen_violations: number;
                                };
                                weaknesses: string[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/decision-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The email a decision would send the candidate now (or none, and why), without deciding */
        get: {
            parameters: {
                query: {
                    decision: "hired" | "rejected";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: null | {
                                html: string;
                                kind: "decision" | "result";
                                subject: string;
                                text: string;
                                to: string;
                            };
                            /** @description Why this email (or none) would go, in words for the reviewer */
                            reason: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proctoring and telemetry events of a session, in the order they happened (the integrity timeline) */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Events per page; clamped to 1–500, default 100 */
                    limit?: number;
                    /** @description Only events of this type */
                    type?: "fullscreen_exit" | "copy" | "paste" | "focus_lost" | "keystrokes" | "prompt" | "command" | "edit" | "test_run";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description In the order they happened */
                            events: {
                                id: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                receivedAt: string;
                                type: string;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grade cases of a submitted session by rubric; the score leaves PENDING when every case is graded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grades: {
                            caseId: string;
                            /** @description Points per rubric criterion (cases with a rubric) */
                            criteria?: {
                                name: string;
                                points: number;
                            }[];
                            feedback?: null | string;
                            /** @description The case score (cases without a rubric) */
                            score?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                assessmentId: string;
                                attemptNumber: number;
                                breakdown: null | {
                                    byCategory: {
                                        category: string;
                                        correct: number;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                    byDifficulty: {
                                        correct: number;
                                        difficulty: string;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                };
                                candidateId: null | string;
                                cases: {
                                    caseId: string;
                                    deliverable: null | string;
                                    feedback: null | string;
                                    gradedAt: null | string;
                                    gradedBy: null | string;
                                    grades: null | {
                                        name: string;
                                        points: number;
                                    }[];
                                    maxScore: number;
                                    order: number;
                                    score: null | number;
                                    status: "pending" | "graded";
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                closedReason: null | ("submitted" | "deadline" | "revoked");
                                completedAt: null | string;
                                correctCount: null | number;
                                deadlineAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decidedByName: null | string;
                                decision: null | ("hired" | "rejected");
                                focusLostCount: number;
                                id: string;
                                invitationId: string;
                                maxScore: null | number;
                                metrics: {
                                    commandCount: number;
                                    commandFailRate: null | number;
                                    durationMs: null | number;
                                    firstChangeLatencyMs: null | number;
                                    manualEditRatio: null | number;
                                    promptCount: number;
                                    testPassRate: null | number;
                                    typingSpeedWpm: null | number;
                                    verifyIntensity: null | number;
                                };
                                /** @description The parts of the attempt and whether each was handed in */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                passed: null | boolean;
                                percentage: null | number;
                                redFlag: boolean;
                                score: null | number;
                                scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                /** Format: date-time */
                                startedAt: string;
                                /** @description revoked: the key was revoked while the attempt was open; it keeps what was saved and is left out of the cohort */
                                status: "started" | "completed" | "expired" | "hired" | "revoked";
                                strengths: string[];
                                timeSpent: null | {
                                    perCase: {
                                        caseId: string;
                                        timeSpentSeconds: null | number;
                                    }[];
                                    perQuestion: {
                                        questionId: string;
                                        timeSpentMs: number;
                                    }[];
                                    totalQuestionMs: number;
                                };
                                totalQuestions: number;
                                violationCounts: {
                                    copy_paste_violations: number;
                                    fullscreen_violations: number;
                                };
                                weaknesses: string[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integrity card of a session: violations counted as the timeline shows them, with how events were merged
         * @description Full-screen exits, copy/paste and focus lost, each as events recorded and violations counted: events of one kind less than mergeWindowSeconds after the first of a burst are one violation and one timeline entry (`bursts`). Works while the attempt is open; the session's stored violation counts equal these once it is closed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            integrity: {
                                /** @description The integrity timeline: one entry per violation counted, in the order they began */
                                bursts: {
                                    /** @description Events merged into this entry (1 for a single event) */
                                    events: number;
                                    /** Format: date-time */
                                    firstAt: string;
                                    /** Format: date-time */
                                    lastAt: string;
                                    /** @description Questions on screen during these events */
                                    questionIds: string[];
                                    type: "fullscreen_exit" | "copy" | "paste" | "focus_lost";
                                }[];
                                /** @description Copies (and cuts) and pastes, each kind merged on its own, then added */
                                copyPaste: {
                                    /** @description Events recorded */
                                    events: number;
                                    /** @description Violations they make: bursts (events within mergeWindowSeconds merged), each counted once */
                                    violations: number;
                                };
                                focusLost: {
                                    /** @description Events recorded */
                                    events: number;
                                    /** @description Violations they make: bursts (events within mergeWindowSeconds merged), each counted once */
                                    violations: number;
                                };
                                fullscreenExits: {
                                    /** @description Events recorded */
                                    events: number;
                                    /** @description Violations they make: bursts (events within mergeWindowSeconds merged), each counted once */
                                    violations: number;
                                };
                                /** @description Events of one kind less than this long after the first event of a burst join that burst */
                                mergeWindowSeconds: number;
                                /** @description What the red flag is compared with */
                                totalViolations: number;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same hiring decision on up to 100 submitted sessions, all or none (404 for unknown ids, 409 for undecidable ones) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decision: "hired" | "rejected";
                        /**
                         * @description Send the email the decision causes (the organization's email for the decision when it is on, else the result email when the assessment sends it with the decision); false skips it. GET /v1/sessions/{id}/decision-email shows it beforehand.
                         * @default true
                         */
                        sendEmail?: boolean;
                        sessionIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The emails queued, one per candidate at most */
                            emails: {
                                id: string;
                                kind: "decision" | "result";
                                sessionId: string;
                                subject: string;
                                to: string;
                            }[];
                            /** @description In the order of sessionIds */
                            sessions: {
                                assessmentId: string;
                                attemptNumber: number;
                                breakdown: null | {
                                    byCategory: {
                                        category: string;
                                        correct: number;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                    byDifficulty: {
                                        correct: number;
                                        difficulty: string;
                                        /** @description Percent of the group's points earned */
                                        score: number;
                                        total: number;
                                    }[];
                                };
                                candidateId: null | string;
                                cases: {
                                    caseId: string;
                                    deliverable: null | string;
                                    feedback: null | string;
                                    gradedAt: null | string;
                                    gradedBy: null | string;
                                    grades: null | {
                                        name: string;
                                        points: number;
                                    }[];
                                    maxScore: number;
                                    order: number;
                                    score: null | number;
                                    status: "pending" | "graded";
                                    timeSpentSeconds: null | number;
                                    title: string;
                                }[];
                                closedReason: null | ("submitted" | "deadline" | "revoked");
                                completedAt: null | string;
                                correctCount: null | number;
                                deadlineAt: null | string;
                                decidedAt: null | string;
                                decidedBy: null | string;
                                decidedByName: null | string;
                                decision: null | ("hired" | "rejected");
                                focusLostCount: number;
                                id: string;
                                invitationId: string;
                                maxScore: null | number;
                                metrics: {
                                    commandCount: number;
                                    commandFailRate: null | number;
                                    durationMs: null | number;
                                    firstChangeLatencyMs: null | number;
                                    manualEditRatio: null | number;
                                    promptCount: number;
                                    testPassRate: null | number;
                                    typingSpeedWpm: null | number;
                                    verifyIntensity: null | number;
                                };
                                /** @description The parts of the attempt and whether each was handed in */
                                parts: {
                                    handedInAt: null | string;
                                    /** @description `questions` for the question section, else the case id */
                                    id: string;
                                    kind: "questions" | "case";
                                    /** @description open: not handed in (on a closed attempt: never handed in); handed_in: final */
                                    state: "open" | "handed_in";
                                    title: string;
                                }[];
                                passed: null | boolean;
                                percentage: null | number;
                                redFlag: boolean;
                                score: null | number;
                                scoreStatus: "PENDING" | "PASS" | "LOW_PASS" | "FAIL";
                                /** Format: date-time */
                                startedAt: string;
                                /** @description revoked: the key was revoked while the attempt was open; it keeps what was saved and is left out of the cohort */
                                status: "started" | "completed" | "expired" | "hired" | "revoked";
                                strengths: string[];
                                timeSpent: null | {
                                    perCase: {
                                        caseId: string;
                                        timeSpentSeconds: null | number;
                                    }[];
                                    perQuestion: {
                                        questionId: string;
                                        timeSpentMs: number;
                                    }[];
                                    totalQuestionMs: number;
                                };
                                totalQuestions: number;
                                violationCounts: {
                                    copy_paste_violations: number;
                                    fullscreen_violations: number;
                                };
                                weaknesses: string[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's reviewer accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a reviewer account and end its sessions (owners and admins)
         * @description The last owner cannot be removed (409 `last_owner`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a reviewer's role or name (owners and admins)
         * @description Absent fields stay unchanged. The last owner cannot be demoted (409 `last_owner`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        role?: "owner" | "admin" | "reviewer" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/users/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team invites not yet accepted or revoked (pending or expired), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invites: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** @description Delivery of the latest invitation email: queued, sent, or failed (after every retry) */
                                emailStatus: "queued" | "sent" | "failed";
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                invitedBy: {
                                    id: null | string;
                                    name: null | string;
                                    /** @description `user` or `api_key` */
                                    type: string;
                                };
                                role: "owner" | "admin" | "reviewer" | "viewer";
                                /** Format: date-time */
                                sentAt: string;
                                /** @description Expired invites can be resent */
                                status: "pending" | "expired";
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite an address to the team with a role (owners and admins); the invitee sets their own password
         * @description Answers 202: the invitation email (a one-time link, valid 7 days) is queued. The answer is the same whether or not the address has an Assay account elsewhere (only its owner learns that, from the email). Inviting an address with an open invite sends that invite again with the role given now. 409 `already_member` for a member of this team. Only an owner (or an API key with `api_keys:manage`) can invite an owner. At most 50 invitation emails an hour per organization.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Compared case-insensitively; stored lowercased
                         */
                        email: string;
                        role: "owner" | "admin" | "reviewer" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invite: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** @description Delivery of the latest invitation email: queued, sent, or failed (after every retry) */
                                emailStatus: "queued" | "sent" | "failed";
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                invitedBy: {
                                    id: null | string;
                                    name: null | string;
                                    /** @description `user` or `api_key` */
                                    type: string;
                                };
                                role: "owner" | "admin" | "reviewer" | "viewer";
                                /** Format: date-time */
                                sentAt: string;
                                /** @description Expired invites can be resent */
                                status: "pending" | "expired";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invite: its link stops working (owners and admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invite again: a new link, valid 7 more days; the older link stops working
         * @description Works for pending and expired invites. 409 `invite_used` once accepted. At most once a minute per invite.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invite: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** @description Delivery of the latest invitation email: queued, sent, or failed (after every retry) */
                                emailStatus: "queued" | "sent" | "failed";
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                invitedBy: {
                                    id: null | string;
                                    name: null | string;
                                    /** @description `user` or `api_key` */
                                    type: string;
                                };
                                role: "owner" | "admin" | "reviewer" | "viewer";
                                /** Format: date-time */
                                sentAt: string;
                                /** @description Expired invites can be resent */
                                status: "pending" | "expired";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invite: choose a name and password, join the team with its role, and sign in
         * @description Sets the HTTP-only `assay_session` cookie, like login. The link works once: 410 `invite_used`, `invite_revoked` or `invite_expired`, 404 `invite_invalid`; 409 `account_exists` when the address already has an account (one address, one account and organization).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description At least 10 characters */
                        password: string;
                        /** @description The token of the emailed link (after `#token=`) */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            org: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                monthlyAssessmentQuota: null | number;
                                name: string;
                                /** @description Also the `instance` header value of the Score API */
                                slug: string;
                                subscriptionStatus: "active" | "trialing" | "inactive";
                                trialEndsAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                id: string;
                                lastLoginAt: null | string;
                                name: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an invite link is for: the organization, the address and the role (the accept page's first request)
         * @description The token comes from the emailed link (`/invite#token=…`) and is sent in the body, never in a URL. 404 `invite_invalid` (unknown, or replaced by a newer email), 410 `invite_used`, `invite_revoked` or `invite_expired`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token of the emailed link (after `#token=`) */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invite: {
                                /** @description The address already has an Assay account (in any organization): one address, one account, so it cannot join */
                                accountExists: boolean;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                invitedByName: null | string;
                                orgName: string;
                                role: "owner" | "admin" | "reviewer" | "viewer";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: {
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                disabledReason: null | string;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: null | string;
                                id: string;
                                previousSecretExpiresAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a webhook endpoint (the signing secret is shown once)
         * @description Events are POSTed as `{ type, timestamp, data }` and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). URLs that resolve to private, loopback or link-local addresses are refused unless ASSAY_WEBHOOK_ALLOW_PRIVATE=1.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: null | string;
                        /** @default true */
                        enabled?: boolean;
                        eventTypes: ("invitation.created" | "invitation.redeemed" | "session.started" | "session.completed" | "session.expired" | "result.scored" | "result.graded" | "result.decided" | "verification.completed")[];
                        /** @description http(s) URL that receives POSTed events */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The signing secret (`whsec_…`, Standard Webhooks). Shown only in this response. */
                            secret: string;
                            webhook: {
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                disabledReason: null | string;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: null | string;
                                id: string;
                                previousSecretExpiresAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhook: {
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                disabledReason: null | string;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: null | string;
                                id: string;
                                previousSecretExpiresAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook endpoint (its pending deliveries are cancelled) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook endpoint (absent fields are unchanged; enabling clears a disabled state) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: null | string;
                        enabled?: boolean;
                        eventTypes?: ("invitation.created" | "invitation.redeemed" | "session.started" | "session.completed" | "session.expired" | "result.scored" | "result.graded" | "result.decided" | "verification.completed")[];
                        /** @description http(s) URL that receives POSTed events */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhook: {
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                disabledReason: null | string;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: null | string;
                                id: string;
                                previousSecretExpiresAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of an endpoint, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    eventType?: string;
                    limit?: number;
                    status?: "pending" | "succeeded" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: null | string;
                                durationMs: null | number;
                                /** @description The `webhook-id` header of every attempt */
                                eventId: string;
                                eventType: string;
                                id: string;
                                lastAttemptAt: null | string;
                                lastError: null | string;
                                nextAttemptAt: null | string;
                                responseBody: null | string;
                                responseStatus: null | number;
                                status: "pending" | "succeeded" | "failed";
                                /** Format: date-time */
                                updatedAt: string;
                                webhookId: string;
                            }[];
                            pagination: {
                                hasMore: boolean;
                                limit: number;
                                nextCursor: null | string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its payload and every attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: {
                                attemptLog: {
                                    /** Format: date-time */
                                    attemptedAt: string;
                                    attemptNumber: number;
                                    durationMs: number;
                                    error: null | string;
                                    responseBody: null | string;
                                    responseStatus: null | number;
                                }[];
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: null | string;
                                durationMs: null | number;
                                /** @description The `webhook-id` header of every attempt */
                                eventId: string;
                                eventType: string;
                                id: string;
                                lastAttemptAt: null | string;
                                lastError: null | string;
                                nextAttemptAt: null | string;
                                /** @description The body that was POSTed: `{ type, timestamp, data }` */
                                payload: unknown;
                                responseBody: null | string;
                                responseStatus: null | number;
                                status: "pending" | "succeeded" | "failed";
                                /** Format: date-time */
                                updatedAt: string;
                                webhookId: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver again (a fresh round of attempts, starting now) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: null | string;
                                durationMs: null | number;
                                /** @description The `webhook-id` header of every attempt */
                                eventId: string;
                                eventType: string;
                                id: string;
                                lastAttemptAt: null | string;
                                lastError: null | string;
                                nextAttemptAt: null | string;
                                responseBody: null | string;
                                responseStatus: null | number;
                                status: "pending" | "succeeded" | "failed";
                                /** Format: date-time */
                                updatedAt: string;
                                webhookId: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret (the previous one keeps signing for 24 hours) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The signing secret (`whsec_…`, Standard Webhooks). Shown only in this response. */
                            secret: string;
                            webhook: {
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                disabledReason: null | string;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: null | string;
                                id: string;
                                previousSecretExpiresAt: null | string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `webhook.test` event to this endpoint */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: null | string;
                                durationMs: null | number;
                                /** @description The `webhook-id` header of every attempt */
                                eventId: string;
                                eventType: string;
                                id: string;
                                lastAttemptAt: null | string;
                                lastError: null | string;
                                nextAttemptAt: null | string;
                                responseBody: null | string;
                                responseStatus: null | number;
                                status: "pending" | "succeeded" | "failed";
                                /** Format: date-time */
                                updatedAt: string;
                                webhookId: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ErrorResponse
         * @description Error
         */
        "def-0": {
            error: {
                /** @description Stable machine-readable code */
                code: string;
                details?: unknown;
                message: string;
            };
            requestId: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
