/**
 * The `repayplan track` output (schema/tracking.schema.json is generated from this object; test/schema/published.test.ts keeps them equal).
 */
export const TRACKING_SCHEMA = 
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://repayplan.dev/schema/tracking.schema.json",
  "title": "repayplan track output (schemaVersion 1)",
  "description": "`repayplan track --format json` for one agreement (a tracking document with `ledger`), for many (a tracking-list document), and each line of `--format ndjson` (a tracking document without `ledger`). Field names are normative (SPEC §10.2): money as strings with the currency's digits, counts as integers, dates YYYY-MM-DD. `--summary FILE` writes the `summary` definition.",
  "oneOf": [
    {
      "$ref": "#/$defs/tracking"
    },
    {
      "$ref": "#/$defs/trackingList"
    }
  ],
  "$defs": {
    "tracking": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "schemaVersion",
        "kind",
        "tool",
        "id",
        "planId",
        "family",
        "agreementDate",
        "asOf",
        "currency",
        "policy",
        "followUp",
        "status",
        "breakDate",
        "paid",
        "applied",
        "dueToDate",
        "arrears",
        "missed",
        "daysPastDue",
        "nextDue",
        "remaining",
        "overpaid",
        "action",
        "scheduleTotal",
        "instalments",
        "payments",
        "replan"
      ],
      "properties": {
        "schemaVersion": {
          "const": "1"
        },
        "kind": {
          "const": "repayplan.tracking"
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
        "id": {
          "type": [
            "string",
            "null"
          ],
          "description": "The agreement's account reference (ledger rows are matched on it)."
        },
        "planId": {
          "type": "string"
        },
        "family": {
          "enum": [
            "installment",
            "deferral",
            "reduction"
          ]
        },
        "agreementDate": {
          "$ref": "#/$defs/date",
          "description": "The agreement's asOf: payments dated before it are rejected."
        },
        "asOf": {
          "$ref": "#/$defs/date",
          "description": "The tracking date: payments dated after it are rejected."
        },
        "currency": {
          "type": "string",
          "pattern": "^[A-Z]{3}$"
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
          },
          "description": "The policy the agreement was made under (from the record)."
        },
        "followUp": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "graceDays",
            "breakAfterMissed",
            "breakAfterDays",
            "allocation",
            "onBreak",
            "reminders",
            "source"
          ],
          "description": "The follow-up settings the agreement was judged by (SPEC §10), and where they came from.",
          "properties": {
            "graceDays": {
              "type": "integer",
              "minimum": 0,
              "description": "Days after a due date before an unpaid instalment counts as missed."
            },
            "breakAfterMissed": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 1,
              "description": "Missed instalments (at one time) that break the agreement; null = no such rule."
            },
            "breakAfterDays": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 0,
              "description": "The agreement breaks once its oldest unpaid instalment is more than this many days past due; null = no such rule."
            },
            "allocation": {
              "enum": [
                "charges-first",
                "principal-first",
                "cn-art57"
              ]
            },
            "onBreak": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "reinstateWaivers"
              ],
              "properties": {
                "reinstateWaivers": {
                  "type": "boolean"
                }
              }
            },
            "reminders": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "daysBefore",
                "daysAfter"
              ],
              "properties": {
                "daysBefore": {
                  "type": "array",
                  "items": {
                    "type": "integer",
                    "minimum": 1
                  }
                },
                "daysAfter": {
                  "type": "array",
                  "items": {
                    "type": "integer",
                    "minimum": 1
                  }
                }
              }
            },
            "source": {
              "enum": [
                "record",
                "policy",
                "defaults"
              ],
              "description": "Where the settings came from: the record (schemaVersion 2), the policy (--policy or the record's preset) or the defaults."
            }
          }
        },
        "status": {
          "enum": [
            "on-track",
            "late",
            "broken",
            "completed"
          ],
          "description": "completed: every instalment settled; broken: §10.2 broke it on breakDate (once broken always broken); late: an instalment is missed; on-track otherwise."
        },
        "breakDate": {
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "type": "null"
            }
          ],
          "description": "The first day the agreement broke; null when it never did."
        },
        "paid": {
          "$ref": "#/$defs/money",
          "description": "Sum of the payments applied (dated from agreementDate to asOf) = applied.total + overpaid."
        },
        "applied": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "principal",
            "interest",
            "fees",
            "total"
          ],
          "properties": {
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
            }
          },
          "description": "What the payments put into the instalments, by part."
        },
        "dueToDate": {
          "$ref": "#/$defs/money",
          "description": "Sum of the instalments due on or before asOf."
        },
        "arrears": {
          "$ref": "#/$defs/money",
          "description": "Unpaid parts of the instalments due on or before asOf."
        },
        "missed": {
          "type": "integer",
          "minimum": 0,
          "description": "Instalments unsettled after their due date + graceDays."
        },
        "daysPastDue": {
          "type": "integer",
          "minimum": 0,
          "description": "Days from the oldest unsettled due date before asOf to asOf; 0 when none."
        },
        "nextDue": {
          "anyOf": [
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "date",
                "amount"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/date"
                },
                "amount": {
                  "$ref": "#/$defs/money"
                }
              }
            },
            {
              "type": "null"
            }
          ],
          "description": "The first unsettled instalment due on or after asOf, with what is left of it; null when none."
        },
        "remaining": {
          "$ref": "#/$defs/money",
          "description": "All unpaid parts = scheduleTotal − applied.total."
        },
        "overpaid": {
          "$ref": "#/$defs/money",
          "description": "What was paid beyond the last instalment."
        },
        "action": {
          "enum": [
            "none",
            "remind",
            "call",
            "re-plan"
          ],
          "description": "re-plan when broken, call when late, remind when an instalment falls due within the reminder window (the largest daysBefore) or is in its grace days, else none."
        },
        "scheduleTotal": {
          "$ref": "#/$defs/money"
        },
        "instalments": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "k",
              "dueDate",
              "amount",
              "principal",
              "interest",
              "fee",
              "paid",
              "applied",
              "unpaid",
              "settledDate",
              "status"
            ],
            "properties": {
              "k": {
                "type": "integer",
                "minimum": 0
              },
              "dueDate": {
                "$ref": "#/$defs/date"
              },
              "amount": {
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
              "paid": {
                "$ref": "#/$defs/money"
              },
              "applied": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "principal",
                  "interest",
                  "fee"
                ],
                "properties": {
                  "principal": {
                    "$ref": "#/$defs/money"
                  },
                  "interest": {
                    "$ref": "#/$defs/money"
                  },
                  "fee": {
                    "$ref": "#/$defs/money"
                  }
                }
              },
              "unpaid": {
                "$ref": "#/$defs/money"
              },
              "settledDate": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/date"
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "The date of the payment that completed it."
              },
              "status": {
                "enum": [
                  "on-time",
                  "late",
                  "missed",
                  "pending"
                ],
                "description": "on-time / late: settled within / after due date + graceDays; missed: unsettled after it; pending: unsettled, not yet missed."
              }
            }
          }
        },
        "payments": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "source",
              "row",
              "date",
              "amount",
              "applied",
              "overpaid"
            ],
            "properties": {
              "source": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "row": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "date": {
                "$ref": "#/$defs/date"
              },
              "amount": {
                "$ref": "#/$defs/money"
              },
              "applied": {
                "$ref": "#/$defs/money"
              },
              "overpaid": {
                "$ref": "#/$defs/money"
              }
            }
          },
          "description": "The ledger rows applied to this agreement, in the order applied (date, then ledger order)."
        },
        "replan": {
          "anyOf": [
            {
              "type": "null"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "account",
                "plannable",
                "reinstated",
                "evaluation"
              ],
              "properties": {
                "account": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "id",
                    "interest",
                    "fees",
                    "minimumDue",
                    "monthlyIncome",
                    "monthlyExpenses",
                    "otherDebtPayments",
                    "availableCash",
                    "principal",
                    "overdueDays",
                    "asOf"
                  ],
                  "properties": {
                    "id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "interest": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "fees": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "minimumDue": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "monthlyIncome": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "monthlyExpenses": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "otherDebtPayments": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "availableCash": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "principal": {
                      "$ref": "#/$defs/money"
                    },
                    "overdueDays": {
                      "type": "string",
                      "pattern": "^\\d+$"
                    },
                    "asOf": {
                      "$ref": "#/$defs/date"
                    }
                  },
                  "description": "The account of §10.3, in the shape plan --input reads."
                },
                "plannable": {
                  "type": "boolean",
                  "description": "False when no principal is left (nothing to plan)."
                },
                "reinstated": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "principal",
                    "interest",
                    "fees"
                  ],
                  "properties": {
                    "principal": {
                      "$ref": "#/$defs/money"
                    },
                    "interest": {
                      "$ref": "#/$defs/money"
                    },
                    "fees": {
                      "$ref": "#/$defs/money"
                    }
                  }
                },
                "evaluation": {
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "$ref": "output.schema.json"
                    }
                  ],
                  "description": "With --replan: the plan document of §5 for the account."
                }
              }
            }
          ],
          "description": "Only when broken: the debt as it stands again (§10.3)."
        },
        "ledger": {
          "$ref": "#/$defs/ledgerReport"
        }
      }
    },
    "trackingList": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "schemaVersion",
        "kind",
        "asOf",
        "agreements",
        "ledger",
        "summary"
      ],
      "properties": {
        "schemaVersion": {
          "const": "1"
        },
        "kind": {
          "const": "repayplan.tracking-list"
        },
        "asOf": {
          "$ref": "#/$defs/date"
        },
        "agreements": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/tracking"
          }
        },
        "ledger": {
          "$ref": "#/$defs/ledgerReport"
        },
        "summary": {
          "$ref": "#/$defs/summary"
        }
      }
    },
    "ledgerReport": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "read",
        "applied",
        "rejected",
        "rejections"
      ],
      "properties": {
        "read": {
          "type": "integer",
          "minimum": 0
        },
        "applied": {
          "type": "integer",
          "minimum": 0
        },
        "rejected": {
          "type": "integer",
          "minimum": 0
        },
        "rejections": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "source",
              "row",
              "line",
              "id",
              "column",
              "code",
              "reason"
            ],
            "properties": {
              "source": {
                "type": "string"
              },
              "row": {
                "type": "integer"
              },
              "line": {
                "type": "integer"
              },
              "id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "column": {
                "enum": [
                  "id",
                  "date",
                  "amount",
                  null
                ]
              },
              "code": {
                "enum": [
                  "ledger.unreadable",
                  "ledger.unknown-account",
                  "ledger.bad-date",
                  "ledger.bad-amount",
                  "ledger.before-agreement",
                  "ledger.after-as-of"
                ]
              },
              "reason": {
                "type": "string"
              }
            }
          }
        }
      },
      "description": "Every ledger row read is applied or rejected: read = applied + rejected."
    },
    "summary": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agreements",
        "byStatus",
        "currency",
        "paid",
        "applied",
        "overpaid",
        "dueToDate",
        "arrears",
        "remaining",
        "ledger"
      ],
      "properties": {
        "agreements": {
          "type": "integer"
        },
        "byStatus": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "on-track",
            "late",
            "broken",
            "completed"
          ],
          "properties": {
            "on-track": {
              "type": "integer"
            },
            "late": {
              "type": "integer"
            },
            "broken": {
              "type": "integer"
            },
            "completed": {
              "type": "integer"
            }
          }
        },
        "currency": {
          "type": "string"
        },
        "paid": {
          "$ref": "#/$defs/money"
        },
        "applied": {
          "$ref": "#/$defs/money"
        },
        "overpaid": {
          "$ref": "#/$defs/money"
        },
        "dueToDate": {
          "$ref": "#/$defs/money"
        },
        "arrears": {
          "$ref": "#/$defs/money"
        },
        "remaining": {
          "$ref": "#/$defs/money"
        },
        "ledger": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "read",
            "applied",
            "rejected",
            "received"
          ],
          "properties": {
            "read": {
              "type": "integer"
            },
            "applied": {
              "type": "integer"
            },
            "rejected": {
              "type": "integer"
            },
            "received": {
              "$ref": "#/$defs/money"
            }
          }
        }
      },
      "description": "The closing summary (also written by --summary FILE)."
    },
    "money": {
      "type": "string",
      "pattern": "^\\d+(\\.\\d+)?$"
    },
    "date": {
      "type": "string",
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"
    }
  }
} as const;
