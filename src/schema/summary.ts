/**
 * The portfolio summary of `repayplan batch` (--summary FILE, the last stderr line under
 * --format ndjson; SPEC §6, issue #12): the source of the published schema/summary.schema.json
 * (test/schema/published.test.ts keeps the file equal to it) and of its TypeScript type, which
 * the batch edge assigns its summary to, so the two cannot disagree. Pure data.
 */
import type { FromSchema } from 'json-schema-to-ts';

export const SUMMARY_SCHEMA = 
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://repayplan.dev/schema/summary.schema.json",
  "title": "repayplan batch --summary FILE (schemaVersion 1)",
  "description": "The portfolio summary of one `repayplan batch` run (SPEC §6): written by --summary FILE, and printed as the last line of stderr under --format ndjson. Counts are whole numbers; money is a decimal string with exactly the policy currency's minor digits, summed exactly (no float); rates are fractions with 4 decimals (\"0.7232\" = 72.32 %), null when there is nothing to divide by. `expectedNpv` sums the NPV of the recommended plans (a row with none adds 0); `recoveryRate` = expectedNpv / owed of the group. Additive changes keep schemaVersion \"1\".",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "kind",
    "tool",
    "policy",
    "asOf",
    "currency",
    "rows",
    "totals",
    "byBucket",
    "byFamily",
    "byPlan",
    "byAffordability",
    "byBucketFamily",
    "recoveryRates",
    "rejections",
    "ids"
  ],
  "properties": {
    "schemaVersion": {
      "const": "1"
    },
    "kind": {
      "const": "batch-summary"
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
          "type": "string"
        }
      }
    },
    "policy": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "version",
        "sha256"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "version": {
          "type": "string"
        },
        "sha256": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        }
      }
    },
    "asOf": {
      "$ref": "#/$defs/date",
      "description": "The default valuation date (--as-of) for rows without their own as_of."
    },
    "currency": {
      "type": "string",
      "pattern": "^[A-Z]{3}$"
    },
    "rows": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "read",
        "scored",
        "rejected",
        "blank"
      ],
      "description": "read = scored + rejected; blank lines are not rows.",
      "properties": {
        "read": {
          "$ref": "#/$defs/count"
        },
        "scored": {
          "$ref": "#/$defs/count"
        },
        "rejected": {
          "$ref": "#/$defs/count"
        },
        "blank": {
          "$ref": "#/$defs/count"
        }
      }
    },
    "totals": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "withPlan",
        "affordable",
        "affordableShare",
        "count",
        "owed",
        "owedIn12Months",
        "expectedNpv",
        "recoveryRate"
      ],
      "properties": {
        "withPlan": {
          "$ref": "#/$defs/count",
          "description": "Scored rows with a recommended plan."
        },
        "affordable": {
          "$ref": "#/$defs/count",
          "description": "Scored rows whose recommended plan is affordable (affordable = true)."
        },
        "affordableShare": {
          "$ref": "#/$defs/rateOrNull",
          "description": "affordable / scored."
        },
        "count": {
          "$ref": "#/$defs/count"
        },
        "owed": {
          "$ref": "#/$defs/money",
          "description": "Σ total owed today (T)."
        },
        "owedIn12Months": {
          "$ref": "#/$defs/money",
          "description": "Σ the status quo in 12 months (§4.9)."
        },
        "expectedNpv": {
          "$ref": "#/$defs/money",
          "description": "Σ NPV of the recommended plans."
        },
        "recoveryRate": {
          "$ref": "#/$defs/rateOrNull"
        }
      }
    },
    "byBucket": {
      "type": "array",
      "description": "Every bucket of the policy, in its order, zeros included.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "bucket",
          "count",
          "owed",
          "owedIn12Months",
          "expectedNpv",
          "recoveryRate"
        ],
        "properties": {
          "bucket": {
            "type": "string"
          },
          "count": {
            "$ref": "#/$defs/count"
          },
          "owed": {
            "$ref": "#/$defs/money",
            "description": "Σ total owed today (T)."
          },
          "owedIn12Months": {
            "$ref": "#/$defs/money",
            "description": "Σ the status quo in 12 months (§4.9)."
          },
          "expectedNpv": {
            "$ref": "#/$defs/money",
            "description": "Σ NPV of the recommended plans."
          },
          "recoveryRate": {
            "$ref": "#/$defs/rateOrNull"
          }
        }
      }
    },
    "byFamily": {
      "type": "array",
      "description": "installment, deferral, reduction, none (no plan recommended), in that order.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "family",
          "count",
          "owed",
          "owedIn12Months",
          "expectedNpv",
          "recoveryRate"
        ],
        "properties": {
          "family": {
            "$ref": "#/$defs/familyOrNone"
          },
          "count": {
            "$ref": "#/$defs/count"
          },
          "owed": {
            "$ref": "#/$defs/money",
            "description": "Σ total owed today (T)."
          },
          "owedIn12Months": {
            "$ref": "#/$defs/money",
            "description": "Σ the status quo in 12 months (§4.9)."
          },
          "expectedNpv": {
            "$ref": "#/$defs/money",
            "description": "Σ NPV of the recommended plans."
          },
          "recoveryRate": {
            "$ref": "#/$defs/rateOrNull"
          }
        }
      }
    },
    "byPlan": {
      "type": "array",
      "description": "Each recommended plan id (family and term) that occurs.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "plan",
          "family",
          "months",
          "count",
          "owed",
          "owedIn12Months",
          "expectedNpv",
          "recoveryRate"
        ],
        "properties": {
          "plan": {
            "type": "string"
          },
          "family": {
            "enum": [
              "installment",
              "deferral",
              "reduction"
            ]
          },
          "months": {
            "$ref": "#/$defs/count"
          },
          "count": {
            "$ref": "#/$defs/count"
          },
          "owed": {
            "$ref": "#/$defs/money",
            "description": "Σ total owed today (T)."
          },
          "owedIn12Months": {
            "$ref": "#/$defs/money",
            "description": "Σ the status quo in 12 months (§4.9)."
          },
          "expectedNpv": {
            "$ref": "#/$defs/money",
            "description": "Σ NPV of the recommended plans."
          },
          "recoveryRate": {
            "$ref": "#/$defs/rateOrNull"
          }
        }
      }
    },
    "byAffordability": {
      "type": "array",
      "description": "The `affordable` column: true, false (plans exist, none affordable), unknown (a figure is missing, or no plan at all).",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "affordable",
          "count",
          "owed",
          "owedIn12Months",
          "expectedNpv",
          "recoveryRate"
        ],
        "properties": {
          "affordable": {
            "enum": [
              "true",
              "false",
              "unknown"
            ]
          },
          "count": {
            "$ref": "#/$defs/count"
          },
          "owed": {
            "$ref": "#/$defs/money",
            "description": "Σ total owed today (T)."
          },
          "owedIn12Months": {
            "$ref": "#/$defs/money",
            "description": "Σ the status quo in 12 months (§4.9)."
          },
          "expectedNpv": {
            "$ref": "#/$defs/money",
            "description": "Σ NPV of the recommended plans."
          },
          "recoveryRate": {
            "$ref": "#/$defs/rateOrNull"
          }
        }
      }
    },
    "byBucketFamily": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "bucket",
          "family",
          "count"
        ],
        "properties": {
          "bucket": {
            "type": "string"
          },
          "family": {
            "$ref": "#/$defs/familyOrNone"
          },
          "count": {
            "$ref": "#/$defs/count"
          }
        }
      }
    },
    "recoveryRates": {
      "type": "array",
      "description": "Histogram of the recommended plans' recovery rates: [from, to), the last bin open (to = null).",
      "minItems": 11,
      "maxItems": 11,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "from",
          "to",
          "count"
        ],
        "properties": {
          "from": {
            "$ref": "#/$defs/rate"
          },
          "to": {
            "$ref": "#/$defs/rateOrNull"
          },
          "count": {
            "$ref": "#/$defs/count"
          }
        }
      }
    },
    "rejections": {
      "type": "array",
      "description": "Rejected rows by reason code, most frequent first, with the first few row numbers.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "count",
          "rows"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "count": {
            "type": "integer",
            "minimum": 1
          },
          "rows": {
            "type": "array",
            "maxItems": 5,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          }
        }
      }
    },
    "ids": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "duplicateRows",
        "duplicateIds",
        "examples",
        "maskCollisions",
        "collisionExamples",
        "withoutId"
      ],
      "properties": {
        "duplicateRows": {
          "$ref": "#/$defs/count",
          "description": "Rows whose id was already carried by an earlier row."
        },
        "duplicateIds": {
          "$ref": "#/$defs/count"
        },
        "examples": {
          "$ref": "#/$defs/idRows"
        },
        "maskCollisions": {
          "$ref": "#/$defs/count",
          "description": "Different ids that are shown the same once masked (§9)."
        },
        "collisionExamples": {
          "$ref": "#/$defs/idRows"
        },
        "withoutId": {
          "$ref": "#/$defs/count"
        }
      }
    }
  },
  "$defs": {
    "count": {
      "type": "integer",
      "minimum": 0
    },
    "money": {
      "type": "string",
      "pattern": "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"
    },
    "rate": {
      "type": "string",
      "pattern": "^-?[0-9]+\\.[0-9]{4}$"
    },
    "rateOrNull": {
      "anyOf": [
        {
          "$ref": "#/$defs/rate"
        },
        {
          "type": "null"
        }
      ]
    },
    "date": {
      "type": "string",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "familyOrNone": {
      "enum": [
        "installment",
        "deferral",
        "reduction",
        "none"
      ]
    },
    "idRows": {
      "type": "array",
      "maxItems": 5,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "rows"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "rows": {
            "type": "array",
            "minItems": 2,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          }
        }
      }
    }
  }
} as const;

export type SummaryDocument = FromSchema<typeof SUMMARY_SCHEMA>;
