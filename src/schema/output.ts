/**
 * The `plan --format json` document (SPEC §5): the source of the published
 * schema/output.schema.json (test/schema/published.test.ts keeps the file equal to it;
 * `UPDATE_SCHEMA=1 npx vitest run test/schema/published.test.ts` rewrites it) and of its
 * TypeScript type (`OutputDoc`), which the renderer (render/json.ts) returns, so the two cannot
 * disagree. Pure data.
 */
import type { FromSchema } from 'json-schema-to-ts';

export const OUTPUT_SCHEMA = 
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://repayplan.dev/schema/output.schema.json",
  "title": "repayplan plan --format json (schemaVersion 1)",
  "description": "The document `repayplan plan --format json` prints on stdout (SPEC §5). Money is a decimal string with exactly the policy currency's minor digits (a JSON Schema cannot see the currency, so the pattern allows any number of decimals; the test suite checks the exact count). Rates are decimal strings of an annual fraction, never percent. Additive changes keep schemaVersion \"1\"; a breaking change bumps it.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "tool",
    "policy",
    "input",
    "snapshot",
    "affordability",
    "statusQuo",
    "plans",
    "unavailable",
    "recommendation"
  ],
  "properties": {
    "schemaVersion": {
      "const": "1",
      "description": "Bumped only by a breaking change."
    },
    "tool": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "version"
      ],
      "properties": {
        "name": {
          "const": "repayplan"
        },
        "version": {
          "type": "string",
          "pattern": "^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?$"
        }
      }
    },
    "policy": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "version",
        "sha256",
        "currency",
        "aprDisplay"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "version": {
          "type": "string",
          "minLength": 1
        },
        "sha256": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$",
          "description": "SHA-256 of the policy's canonical JSON (repayplan policy show)."
        },
        "currency": {
          "type": "string",
          "pattern": "^[A-Z]{3}$",
          "description": "ISO 4217 code; every money string has this currency's minor digits."
        },
        "aprDisplay": {
          "enum": [
            "nominal",
            "effective"
          ],
          "description": "Which rate the table and scripts call APR; the JSON carries both."
        }
      }
    },
    "input": {
      "description": "The account as read: amounts normalised to the currency's digits; a field not given is null.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "principal",
        "interest",
        "fees",
        "overdueDays",
        "minimumDue",
        "monthlyIncome",
        "monthlyExpenses",
        "otherDebtPayments",
        "availableCash",
        "asOf"
      ],
      "properties": {
        "id": {
          "type": [
            "string",
            "null"
          ]
        },
        "principal": {
          "$ref": "#/$defs/money"
        },
        "interest": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "fees": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "overdueDays": {
          "type": "integer",
          "minimum": 0
        },
        "minimumDue": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "monthlyIncome": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "monthlyExpenses": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "otherDebtPayments": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "availableCash": {
          "$ref": "#/$defs/moneyOrNull"
        },
        "hardship": {
          "enum": ["unemployment", "illness", "business", "income-drop", "other", null],
          "description": "Why the cardholder is behind (逾期原因); null when not stated."
        },
        "willingToRepay": {
          "enum": ["yes", "no", null],
          "description": "The cardholder's stated will to repay (还款意愿); null when not stated."
        },
        "asOf": {
          "$ref": "#/$defs/date"
        }
      }
    },
    "snapshot": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "asOf",
        "bucket",
        "principal",
        "interest",
        "fees",
        "total",
        "minimumDue",
        "estimated"
      ],
      "properties": {
        "asOf": {
          "$ref": "#/$defs/date"
        },
        "bucket": {
          "type": "string",
          "minLength": 1
        },
        "principal": {
          "$ref": "#/$defs/money"
        },
        "interest": {
          "$ref": "#/$defs/money"
        },
        "fees": {
          "$ref": "#/$defs/money"
        },
        "total": {
          "$ref": "#/$defs/money"
        },
        "minimumDue": {
          "$ref": "#/$defs/money"
        },
        "estimated": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interest",
            "fees"
          ],
          "properties": {
            "interest": {
              "type": "boolean"
            },
            "fees": {
              "type": "boolean"
            }
          }
        }
      }
    },
    "affordability": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "surplus",
        "cap",
        "availableCash"
      ],
      "properties": {
        "surplus": {
          "$ref": "#/$defs/moneyOrNull",
          "description": "income − expenses − other debt payments; null when income is not given. May be negative."
        },
        "cap": {
          "$ref": "#/$defs/moneyOrNull",
          "description": "largest affordable monthly payment; null when the surplus is unknown."
        },
        "availableCash": {
          "$ref": "#/$defs/moneyOrNull"
        }
      }
    },
    "statusQuo": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "months",
        "interest",
        "fees",
        "total"
      ],
      "properties": {
        "months": {
          "const": 12
        },
        "interest": {
          "$ref": "#/$defs/money"
        },
        "fees": {
          "$ref": "#/$defs/money"
        },
        "total": {
          "$ref": "#/$defs/money"
        }
      }
    },
    "plans": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/plan"
      }
    },
    "unavailable": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "offerId",
          "code",
          "reason"
        ],
        "properties": {
          "id": {
            "$ref": "#/$defs/planId"
          },
          "offerId": {
            "type": "string",
            "minLength": 1
          },
          "code": {
            "enum": [
              "principal-not-positive",
              "below-min-installment",
              "nothing-to-pay",
              "term-too-long",
              "hardship-required"
            ]
          },
          "reason": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "recommendation": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "planId",
        "code",
        "reason",
        "closest"
      ],
      "properties": {
        "planId": {
          "anyOf": [
            {
              "$ref": "#/$defs/planId"
            },
            {
              "type": "null"
            }
          ]
        },
        "code": {
          "enum": [
            "best-npv-affordable",
            "best-npv-unknown",
            "none-affordable",
            "no-plans"
          ]
        },
        "reason": {
          "type": "string",
          "minLength": 1
        },
        "closest": {
          "description": "Only when none is affordable: the plan with the lowest regular payment, and that payment.",
          "anyOf": [
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "planId",
                "regularPayment"
              ],
              "properties": {
                "planId": {
                  "$ref": "#/$defs/planId"
                },
                "regularPayment": {
                  "$ref": "#/$defs/money"
                }
              }
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "counterOffers": {
      "description": "Only with --offer-monthly / --offer-lump (SPEC §4.10).",
      "type": "array",
      "items": {
        "$ref": "#/$defs/counterOffer"
      }
    },
    "script": {
      "description": "Only with --script: the read-out script of the plan answering the counter-offer when one was made, else --schedule ID, else the recommended plan.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "planId",
        "lang",
        "text"
      ],
      "properties": {
        "planId": {
          "anyOf": [
            {
              "$ref": "#/$defs/planId"
            },
            {
              "type": "null"
            }
          ]
        },
        "lang": {
          "enum": [
            "zh",
            "en"
          ]
        },
        "text": {
          "type": "string"
        }
      }
    }
  },
  "$defs": {
    "money": {
      "description": "Decimal string with exactly the currency's minor digits (\"1234.50\" for CNY, \"1234\" for JPY, \"1.234\" for KWD); never a JSON number.",
      "type": "string",
      "pattern": "^-?\\d+(\\.\\d+)?$"
    },
    "moneyOrNull": {
      "anyOf": [
        {
          "$ref": "#/$defs/money"
        },
        {
          "type": "null"
        }
      ]
    },
    "date": {
      "description": "Calendar date YYYY-MM-DD.",
      "type": "string",
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"
    },
    "rate6": {
      "description": "Annual rate as a fraction (not percent), 6 decimals: \"0.108964\" is 10.8964 %.",
      "type": "string",
      "pattern": "^-?\\d+\\.\\d{6}$"
    },
    "ratio4": {
      "description": "A ratio with 4 decimals, rounded half-up: \"0.8620\".",
      "type": "string",
      "pattern": "^-?\\d+\\.\\d{4}$"
    },
    "planId": {
      "description": "<offerId>-<n>, or <offerId>-<g>+<n> for a deferral, or <offerId>-<n>+dp<Y> for a down-payment variant (Y in currency units, trailing zero decimals dropped: installment-24+dp5000).",
      "type": "string",
      "pattern": "^.+-(\\d+\\+)?\\d+(\\+dp\\d+(\\.\\d+)?)?$"
    },
    "plan": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "offerId",
        "family",
        "label",
        "months",
        "graceMonths",
        "waived",
        "amount",
        "paymentNow",
        "regularPayment",
        "totalPaid",
        "totalInterest",
        "totalFees",
        "apr",
        "effectiveAnnualRate",
        "npv",
        "recoveryRate",
        "affordable",
        "paymentToSurplus",
        "dueBy",
        "schedule"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/planId"
        },
        "offerId": {
          "type": "string",
          "minLength": 1
        },
        "family": {
          "enum": [
            "installment",
            "deferral",
            "reduction"
          ]
        },
        "label": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "zh",
            "en"
          ],
          "properties": {
            "zh": {
              "type": "string",
              "minLength": 1
            },
            "en": {
              "type": "string",
              "minLength": 1
            }
          }
        },
        "months": {
          "type": "integer",
          "minimum": 0,
          "description": "Monthly periods, grace included; 0 for a lump sum."
        },
        "graceMonths": {
          "type": "integer",
          "minimum": 0
        },
        "waived": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "fees",
            "interest",
            "principal",
            "total"
          ],
          "properties": {
            "fees": {
              "$ref": "#/$defs/money"
            },
            "interest": {
              "$ref": "#/$defs/money"
            },
            "principal": {
              "$ref": "#/$defs/money"
            },
            "total": {
              "$ref": "#/$defs/money"
            }
          }
        },
        "amount": {
          "$ref": "#/$defs/money",
          "description": "A = total − waived (SPEC §4.4)."
        },
        "paymentNow": {
          "$ref": "#/$defs/money",
          "description": "The k = 0 payment; zero when none."
        },
        "regularPayment": {
          "$ref": "#/$defs/moneyOrNull",
          "description": "Largest payment at k ≥ 1; null for a lump sum."
        },
        "totalPaid": {
          "$ref": "#/$defs/money"
        },
        "totalInterest": {
          "$ref": "#/$defs/money"
        },
        "totalFees": {
          "$ref": "#/$defs/money"
        },
        "apr": {
          "$ref": "#/$defs/rate6",
          "description": "12 × monthly IRR."
        },
        "effectiveAnnualRate": {
          "$ref": "#/$defs/rate6",
          "description": "(1 + monthly IRR)^12 − 1."
        },
        "npv": {
          "$ref": "#/$defs/money"
        },
        "recoveryRate": {
          "$ref": "#/$defs/ratio4",
          "description": "npv / snapshot.total."
        },
        "affordable": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "null: a figure the check needs is missing and no known condition fails."
        },
        "paymentToSurplus": {
          "anyOf": [
            {
              "$ref": "#/$defs/ratio4"
            },
            {
              "type": "null"
            }
          ],
          "description": "regularPayment / surplus; null when either is missing or the surplus is not positive."
        },
        "dueBy": {
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "type": "null"
            }
          ],
          "description": "A lump sum's last day (asOf + lumpSumDays); null otherwise."
        },
        "schedule": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/scheduleRow"
          }
        }
      }
    },
    "scheduleRow": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "k",
        "date",
        "payment",
        "principal",
        "interest",
        "fee",
        "balance"
      ],
      "properties": {
        "k": {
          "type": "integer",
          "minimum": 0,
          "description": "0 = now (asOf), n = asOf + n calendar months."
        },
        "date": {
          "$ref": "#/$defs/date"
        },
        "payment": {
          "$ref": "#/$defs/money"
        },
        "principal": {
          "$ref": "#/$defs/money"
        },
        "interest": {
          "$ref": "#/$defs/money"
        },
        "fee": {
          "$ref": "#/$defs/money"
        },
        "balance": {
          "$ref": "#/$defs/money"
        }
      }
    },
    "counterOffer": {
      "description": "One verdict per offer (SPEC §4.10): with both --offer-lump Y and --offer-monthly X, a down-payment verdict for each installment offer (Y now and the rest at no more than X a month); --offer-monthly answers each installment and deferral offer and each reduction offer with monthly terms (n > 1); --offer-lump each reduction offer; in the policy's offer order.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "kind",
        "offerId",
        "family",
        "label",
        "offered",
        "downPayment",
        "verdict",
        "planId",
        "plan",
        "needed",
        "shortfall",
        "code",
        "reason"
      ],
      "properties": {
        "kind": {
          "enum": [
            "monthly",
            "lump",
            "down-payment"
          ],
          "description": "monthly: --offer-monthly X; lump: --offer-lump Y; down-payment: both (Y now, the rest at ≤ X a month)."
        },
        "offerId": {
          "type": "string",
          "minLength": 1
        },
        "family": {
          "enum": [
            "installment",
            "deferral",
            "reduction"
          ]
        },
        "label": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "zh",
            "en"
          ],
          "properties": {
            "zh": {
              "type": "string"
            },
            "en": {
              "type": "string"
            }
          }
        },
        "offered": {
          "$ref": "#/$defs/money",
          "description": "X or Y as offered (down-payment: X, the monthly figure)."
        },
        "downPayment": {
          "anyOf": [
            {
              "$ref": "#/$defs/money"
            },
            {
              "type": "null"
            }
          ],
          "description": "down-payment only: Y, paid at k = 0; null otherwise."
        },
        "verdict": {
          "enum": [
            "fits",
            "short",
            "not-offered"
          ],
          "description": "fits: `plan` meets the offer; short: nothing of this offer does, `needed` says what would and `shortfall` by how much; not-offered: the offer cannot answer for this account (`code`, `reason`)."
        },
        "planId": {
          "anyOf": [
            {
              "$ref": "#/$defs/planId"
            },
            {
              "type": "null"
            }
          ],
          "description": "plan.planId when the verdict is fits, else null."
        },
        "plan": {
          "anyOf": [
            {
              "$ref": "#/$defs/counterOfferPlan"
            },
            {
              "type": "null"
            }
          ],
          "description": "fits only. monthly: the shortest plan of the offer (fewest months, grace included; ties to the lower payment) whose regularPayment ≤ offered. lump: the offer's one-payment (term 1) plan, whose paymentNow ≤ offered."
        },
        "needed": {
          "anyOf": [
            {
              "$ref": "#/$defs/counterOfferPlan"
            },
            {
              "type": "null"
            }
          ],
          "description": "short only: what would fit. monthly: the offer's plan with the lowest regularPayment (its longest allowed term); lump: the one-payment plan (the lump sum the policy needs); down-payment: the variant of the longest allowed term, which is not in plans[] (it does not meet X; offering its regularPayment as X makes it a plan)."
        },
        "shortfall": {
          "anyOf": [
            {
              "$ref": "#/$defs/money"
            },
            {
              "type": "null"
            }
          ],
          "description": "short only: needed.payment − offered, exact to the minor unit."
        },
        "code": {
          "anyOf": [
            {
              "enum": [
                "bucket",
                "no-plan",
                "no-lump-sum",
                "down-payment-range"
              ]
            },
            {
              "type": "null"
            }
          ],
          "description": "not-offered only: bucket = the offer is not open to the account's bucket; no-plan = every term is unavailable; no-lump-sum = a reduction offer without an available term-1 plan; down-payment-range = the down payment is not between 0 and the amount A (exclusive)."
        },
        "reason": {
          "type": [
            "string",
            "null"
          ],
          "description": "not-offered only: the reason in English."
        }
      }
    },
    "counterOfferPlan": {
      "description": "A plan named by a counter-offer verdict.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "planId",
        "months",
        "graceMonths",
        "payment",
        "paymentNow",
        "dueBy",
        "affordable"
      ],
      "properties": {
        "planId": {
          "$ref": "#/$defs/planId"
        },
        "months": {
          "type": "integer",
          "minimum": 0,
          "description": "Monthly periods, grace included; 0 for a lump sum."
        },
        "graceMonths": {
          "type": "integer",
          "minimum": 0
        },
        "payment": {
          "$ref": "#/$defs/money",
          "description": "The payment the verdict compares: regularPayment (monthly) or paymentNow (lump)."
        },
        "paymentNow": {
          "$ref": "#/$defs/money"
        },
        "dueBy": {
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "type": "null"
            }
          ],
          "description": "A lump sum's last day; null otherwise."
        },
        "affordable": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "The plan's own affordability (SPEC §4.7) against the account's income and cash."
        }
      }
    }
  }
} as const;

/** The document as printed. */
export type OutputDoc = FromSchema<typeof OUTPUT_SCHEMA>;
/** One plan of the document (also the plan of an agreement record). */
export type PlanDoc = OutputDoc['plans'][number];
