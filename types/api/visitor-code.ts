// The mini-program's own code for visitors of the web version (the county portal's column): what a person
// scans where the web version cannot act for them (asking, applying, subscribing, registering).
import * as v from 'valibot';
import { defineAction } from './action';

/** The scene the visitors' code carries: the home page ignores it; it is no poster id (those are 12 characters). */
export const VISITOR_SCENE = 'portal';

export const visitorCodeApi = {
  /** Anyone: the code that opens the mini-program's home page, as a base64 PNG. */
  getVisitorCode: defineAction<{ png: string }>()(v.strictObject({})),
};
