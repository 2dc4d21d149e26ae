//! The bond maths agrees with QuantLib to 1e-9 relative on the committed grid
//! (tests/data/quantlib_grid.csv, written by scripts/quantlib_grid.py).
#![cfg(not(target_arch = "wasm32"))]

use selloff_lab::model::bond::Bond;

const GRID: &str = include_str!("data/quantlib_grid.csv");

fn rel_err(ours: f64, theirs: f64) -> f64 {
    (ours - theirs).abs() / theirs.abs().max(1e-12)
}

#[test]
fn agrees_with_quantlib_on_the_whole_grid() {
    let mut cases = 0;
    let mut zero_coupons = 0;
    let mut negative_yields = 0;
    for line in GRID.lines().skip(2) {
        let f: Vec<f64> = line.split(',').map(|x| x.parse().unwrap()).collect();
        let (tenor, coupon, y) = (f[0], f[1], f[2]);
        let a = Bond::new(tenor, coupon).unwrap().analytics(y).unwrap();
        let checks = [
            ("price", a.price, f[3]),
            ("macaulay", a.macaulay_duration, f[4]),
            ("modified", a.modified_duration, f[5]),
            ("convexity", a.convexity, f[6]),
            ("dv01", a.dv01, f[5] * f[3] * 1e-4),
        ];
        for (name, ours, theirs) in checks {
            assert!(
                rel_err(ours, theirs) < 1e-9,
                "{name} for tenor {tenor}, coupon {coupon}, yield {y}: {ours} vs QuantLib {theirs}"
            );
        }
        cases += 1;
        zero_coupons += usize::from(coupon == 0.0);
        negative_yields += usize::from(y < 0.0);
    }
    assert_eq!(cases, 600);
    assert!(zero_coupons > 0 && negative_yields > 0);
}
