// Installs a global Date that reads the local cloud's clock: `new Date()` and `Date.now()` run
// `offset` ms ahead of the machine, every other form of Date behaves as usual. Plain JavaScript,
// loaded by worker.cjs before a function's bundle, so the bundle and wx-server-sdk see only this Date.
const RealDate = Date;
let offset = 0;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }

  // Dates made by Node itself (fs stats, primordials) are still Dates.
  static [Symbol.hasInstance](value) {
    return value instanceof RealDate;
  }
}

globalThis.Date = ShiftedDate;

module.exports = {
  setClockOffset(ms) {
    offset = Number.isFinite(ms) ? ms : 0;
  },
};
