// A phone number people tap to call: a mobile number, a landline with its area code (and extension),
// or a short service number such as 12328. Spaces are allowed; a dash only after the area code.
import * as v from 'valibot';
import { fieldCheck } from './field-check';

const DIALABLE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{3,8})$/;

/** Whether the number can be dialled as written (spaces ignored). */
export const isDialable = (text: string): boolean => DIALABLE.test(text.replace(/\s+/g, ''));

/** The digits to hand to the phone dialler (a landline's extension is dropped). */
export const dialDigits = (text: string): string => text.replace(/\s+/g, '').replace(/^(0\d{2,3})-?(\d{7,8})-\d{1,6}$/, '$1$2').replace(/-/g, '');

const MESSAGE = '不是能拨打的电话号码，请填手机号、带区号的固定电话（如 0571-88886666）或 12328 这样的服务号码';

export const phoneNumber = v.pipe(v.string(), v.trim(), v.maxLength(20), fieldCheck(isDialable, MESSAGE));

/** A phone that may be left empty. */
export const optionalPhoneNumber = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20), fieldCheck((t: string) => t === '' || isDialable(t), MESSAGE)), '');
