#!/usr/bin/env python3
"""Writes tests/data/quantlib_grid.csv: reference prices and sensitivities from QuantLib.

The lesson's bond maths (src/model/bond.rs) must agree with these to 1e-9 relative. Each case is a
fixed-rate bullet bond, face 100, semiannual coupons, valued on its issue date (a coupon date), with
a 30/360 bond-basis day count so every coupon period is exactly half a year.

Run: pip install QuantLib==1.44 && python3 scripts/quantlib_grid.py
"""
import csv
import os

import QuantLib as ql

TENORS = [0.5, 1, 2, 5, 7.5, 10, 20, 30, 40, 50]
COUPONS = [0.0, 0.005, 0.01573, 0.03336, 0.05, 0.10]
YIELDS = [-0.01, -0.0025, 0.0, 0.001, 0.01573, 0.03336, 0.05047, 0.08, 0.12, 0.20]


def case(tenor, coupon, yld):
    today = ql.Date(15, ql.January, 2025)
    ql.Settings.instance().evaluationDate = today
    months = int(round(tenor * 12))
    maturity = today + ql.Period(months, ql.Months)
    schedule = ql.Schedule(today, maturity, ql.Period(ql.Semiannual), ql.NullCalendar(),
                           ql.Unadjusted, ql.Unadjusted, ql.DateGeneration.Backward, False)
    dc = ql.Thirty360(ql.Thirty360.BondBasis)
    bond = ql.FixedRateBond(0, 100.0, schedule, [coupon], dc)
    rate = ql.InterestRate(yld, dc, ql.Compounded, ql.Semiannual)
    price = ql.BondFunctions.cleanPrice(bond, rate, today)
    mod = ql.BondFunctions.duration(bond, rate, ql.Duration.Modified, today)
    mac = ql.BondFunctions.duration(bond, rate, ql.Duration.Macaulay, today)
    conv = ql.BondFunctions.convexity(bond, rate, today)
    dv01 = ql.BondFunctions.basisPointValue(bond, rate, today)
    return price, mac, mod, conv, dv01


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "quantlib_grid.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["# QuantLib " + ql.__version__ + " BondFunctions, semiannual compounding, 30/360 bond basis"])
        w.writerow(["tenor", "coupon", "yield", "price", "macaulay", "modified", "convexity", "bpv"])
        for t in TENORS:
            for c in COUPONS:
                for y in YIELDS:
                    vals = case(t, c, y)
                    w.writerow([repr(float(t)), repr(c), repr(y)] + [repr(v) for v in vals])
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main()
