/** The user errors of the APR core: a message code and its parameters, rendered at the edge. */
import { UserError } from '../errors.js';
import { msgOf, type MessageCode, type Params } from '../messages/index.js';

/** A user error from the APR core: a message code and its parameters, rendered at the edge in the user's language. */
export class AprError extends UserError {
  readonly messageCode: MessageCode;
  readonly params: Params;
  constructor(code: MessageCode & `apr.${string}`, params: Params, field = 'flows') {
    super(code, msgOf('en', code, params), { field, value: null, text: { code, params } });
    this.messageCode = code;
    this.params = params;
  }
}
